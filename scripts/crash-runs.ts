/**
 * The crash test: a child process edits a workspace through the services and is
 * killed with SIGKILL at a random moment; then this process checks that every
 * edit the child confirmed is on disk, that every file parses, and that the
 * workspace opens cleanly (stale temporary files and the dead child's lock
 * taken care of). Runs repeat on the same workspace, each starting from what the
 * previous one left.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openServices } from '../src-main/services'
import { TEMP_PREFIX } from '../src-main/store/files/atomic-write'
import { LOCK_FILE } from '../src-main/store/workspace/layout'
import { bundleChild, startChild, type Child, type Line } from './crash-child-process'
import { confirm, problemWith, seededRandom, type CrashOp, type Model, type Observed, type SpanKey } from './crash-oracle'

export interface CrashOptions {
  runs: number
  resourcesDir: string
  /** Each child is killed this long after it is ready, at most (uniformly random). */
  maxKillMs?: number
  workers?: number
  seed?: number
  onRun?(run: number, counts: CrashCounts): void
}

export interface CrashCounts {
  runs: number
  confirmedEdits: number
  confirmedByOp: Record<CrashOp['op'], number>
  /** Kills that hit while at least one edit was in flight. */
  killsMidEdit: number
  inFlight: number
  /** In-flight edits found on disk after the kill (the rest had not reached it: both are correct). */
  inFlightLanded: number
  staleTemporaries: number
  staleLocks: number
  filesParsed: number
  problems: string[]
}

export async function runCrashRuns(options: CrashOptions): Promise<CrashCounts> {
  const random = seededRandom(options.seed ?? 20261123)
  const counts: CrashCounts = {
    runs: 0,
    confirmedEdits: 0,
    confirmedByOp: { add: 0, relabel: 0, remove: 0, delete: 0, restore: 0 },
    killsMidEdit: 0,
    inFlight: 0,
    inFlightLanded: 0,
    staleTemporaries: 0,
    staleLocks: 0,
    filesParsed: 0,
    problems: [],
  }
  const work = await mkdtemp(join(tmpdir(), 'spanwright-crash-'))
  const workspace = join(work, 'workspace')
  try {
    const bundle = await bundleChild(work)
    let model = toModel(await observe(workspace, options.resourcesDir, counts))
    const start = (run: number): Child => startChild(bundle, [workspace, options.resourcesDir, String((options.seed ?? 1) + run), String(options.workers ?? 3)])
    let next: Child | null = start(1)
    for (let run = 1; run <= options.runs && next; run++) {
      const child: Child = next
      await child.loaded
      child.go()
      await Promise.race([child.ready, child.exited])
      await sleep(random() * (options.maxKillMs ?? 200))
      child.process.kill('SIGKILL')
      await child.exited
      // The next child loads while this run is checked; it touches nothing before "go".
      next = run < options.runs ? start(run + 1) : null
      const { inFlight, problems } = replay(model, child.lines)
      counts.problems.push(...problems.map((p) => `run ${run}: ${p}`))
      if (!child.sawReady) counts.problems.push(`run ${run}: the child never became ready: ${child.stderr.slice(0, 2000)}`)
      counts.confirmedEdits += child.lines.filter((l) => l.t === 'ok').length
      for (const l of child.lines) if (l.t === 'ok' && l.op) counts.confirmedByOp[l.op.op]++
      counts.inFlight += inFlight.size
      if (inFlight.size > 0) counts.killsMidEdit++
      counts.problems.push(...(await checkFiles(workspace, counts)).map((p) => `run ${run}: ${p}`))
      const seen = await observe(workspace, options.resourcesDir, counts)
      for (const [docId, expected] of model) {
        const observed = seen.get(docId) ?? { where: 'absent', spans: [] }
        const problem = problemWith(docId, expected, inFlight.get(docId), observed)
        if (problem) counts.problems.push(`run ${run}: ${problem}`)
        else if (inFlight.has(docId) && problemWith(docId, expected, undefined, observed) !== null) counts.inFlightLanded++
      }
      for (const docId of seen.keys()) if (!model.has(docId)) counts.problems.push(`run ${run}: ${docId} appeared from nowhere`)
      model = toModel(seen)
      counts.runs = run
      options.onRun?.(run, counts)
    }
    next?.process.kill('SIGKILL')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return counts
}


/** Applies the child's confirmations to `model`; returns each worker's last unconfirmed operation, by document. */
function replay(model: Model, lines: Line[]): { inFlight: Map<string, CrashOp>; problems: string[] } {
  const pending = new Map<number, CrashOp>()
  const problems: string[] = []
  for (const line of lines) {
    if (line.t === 'intent' && line.op && line.w) pending.set(line.w, line.op)
    if (line.t === 'ok' && line.op && line.w) {
      confirm(model, line.op)
      pending.delete(line.w)
    }
    if (line.t === 'fail' && line.w) {
      pending.delete(line.w)
      // Refusals of a bad request are expected (a selection the snapping refuses); anything else is a fault.
      if (line.code !== 'invalid_argument') problems.push(`a call failed with ${line.code}: ${line.message}`)
    }
  }
  return { inFlight: new Map([...pending.values()].map((op) => [op.docId, op])), problems }
}

/** Every JSON file in the workspace parses; leftovers of the kill are counted. */
async function checkFiles(workspace: string, counts: CrashCounts): Promise<string[]> {
  const problems: string[] = []
  if (existsSync(join(workspace, LOCK_FILE))) counts.staleLocks++
  for (const name of await readdir(workspace, { recursive: true })) {
    const base = name.split('/').pop() ?? name
    if (base.startsWith(TEMP_PREFIX)) {
      counts.staleTemporaries++
      continue
    }
    if (!base.endsWith('.json')) continue
    try {
      JSON.parse(await readFile(join(workspace, name), 'utf8'))
      counts.filesParsed++
    } catch (error) {
      problems.push(`${name} does not parse: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return problems
}

/** Opens the workspace in this process as the app would, and reads back every document and the trash. */
async function observe(workspace: string, resourcesDir: string, counts: CrashCounts): Promise<Map<string, Observed>> {
  const services = await openServices({ workspaceDir: workspace, resourcesDir, annotator: 'check', dialogs: { chooseSavePath: async () => null } })
  try {
    const left = (await readdir(workspace, { recursive: true })).filter((n) => (n.split('/').pop() ?? n).startsWith(TEMP_PREFIX))
    if (left.length) counts.problems.push(`temporary files left after opening: ${left.join(', ')}`)
    const seen = new Map<string, Observed>()
    for (const item of await services.listTrash({})) {
      const file = JSON.parse(await readFile(join(workspace, 'trash', `${item.trashId}.json`), 'utf8')) as { spans: SpanKey[] }
      seen.set(item.docId, { where: 'trash', spans: file.spans.map(({ id, start, end, label }) => ({ id, start, end, label })) })
    }
    for (const summary of await services.listDocuments({})) {
      const doc = await services.openDocument({ docId: summary.id })
      if (doc.spanCount !== doc.spans.length) counts.problems.push(`${doc.id}: span count ${doc.spanCount} after reading ${doc.spans.length} spans`)
      seen.set(doc.id, { where: 'listed', spans: doc.spans.map(({ id, start, end, label }) => ({ id, start, end, label })) })
    }
    return seen
  } finally {
    await services.close()
  }
}

function toModel(seen: Map<string, Observed>): Model {
  const model: Model = new Map()
  for (const [docId, o] of seen) {
    if (o.where !== 'absent') model.set(docId, { where: o.where, spans: new Map(o.spans.map((s) => [s.id, s])) })
  }
  return model
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
