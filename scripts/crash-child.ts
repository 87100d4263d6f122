/**
 * The process the crash test kills. It loads, waits for "go" on stdin (so the
 * next child can load while the previous run is checked), opens the workspace
 * through the services and applies random edits from a few concurrent workers,
 * each on its own document, until it is killed.
 *
 * Protocol, one JSON object per line on stdout:
 *   {"t":"loaded"}  {"t":"ready"}
 *   {"t":"intent","w":1,"op":...}   before a call
 *   {"t":"ok","w":1,...}            after the call resolved: the edit is confirmed
 *   {"t":"fail","w":1,"code":...}   the call was refused
 * Usage: crash-child WORKSPACE RESOURCES SEED WORKERS
 */
import { createInterface } from 'node:readline'
import type { Span } from '../src-main/core/model'
import { openServices } from '../src-main/services'
import { seededRandom, type CrashOp } from './crash-oracle'
import { addSpan, relabelSpan, removeSpan } from '../tests/support/span-edits'

const [workspaceDir, resourcesDir, seedArg, workersArg] = process.argv.slice(2)
if (!workspaceDir || !resourcesDir) throw new Error('usage: crash-child WORKSPACE RESOURCES SEED WORKERS')
const random = seededRandom(Number(seedArg ?? 1))
const LABELS = ['commitment', 'agreement', 'figure']

// The parent reads until it kills this process; a closed pipe just ends the output.
process.stdout.on('error', () => undefined)
const say = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`)

say({ t: 'loaded' })
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()))

const services = await openServices({
  workspaceDir,
  resourcesDir,
  annotator: 'crash',
  holder: 'the crash test child',
  dialogs: { chooseSavePath: async () => null },
})
const docs = new Map<string, { tokens: Range[]; spans: Span[] }>()
for (const summary of await services.listDocuments({})) {
  const doc = await services.openDocument({ docId: summary.id })
  docs.set(doc.id, { tokens: words(doc.text), spans: doc.spans })
}
const trash = (await services.listTrash({})).map((t) => ({ trashId: t.trashId, docId: t.docId }))
const busy = new Set<string>()
say({ t: 'ready' })

const workers = Number(workersArg ?? 3)
for (let w = 1; w <= workers; w++) void worker(w)

async function worker(w: number): Promise<never> {
  for (;;) {
    const op = pick()
    if (!op) {
      await new Promise((r) => setTimeout(r, 1))
      continue
    }
    const id = 'docId' in op ? op.docId : ''
    busy.add(id)
    say({ t: 'intent', w, op })
    try {
      say({ t: 'ok', w, op: await apply(op) })
    } catch (error) {
      const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'internal'
      say({ t: 'fail', w, code, message: error instanceof Error ? error.message : String(error) })
    } finally {
      busy.delete(id)
    }
  }
}

/** A random operation on a document no other worker is using, or null when there is none. */
function pick(): CrashOp | null {
  const idle = [...docs.keys()].filter((id) => !busy.has(id))
  const roll = random()
  if (roll < 0.02 && trash.length > 0) {
    const item = trash[Math.floor(random() * trash.length)] as { trashId: string; docId: string }
    if (!busy.has(item.docId) && !docs.has(item.docId)) return { op: 'restore', docId: item.docId, trashId: item.trashId }
  }
  if (idle.length === 0) return null
  const docId = idle[Math.floor(random() * idle.length)] as string
  const doc = docs.get(docId) as { tokens: Range[]; spans: Span[] }
  if (roll < 0.04 && docs.size > 2) return { op: 'delete', docId }
  const span = doc.spans[Math.floor(random() * doc.spans.length)]
  if (span && roll < 0.3) return { op: 'remove', docId, spanId: span.id }
  if (span && roll < 0.45) {
    const label = LABELS.find((l) => l !== span.label && !doc.spans.some((s) => s.start === span.start && s.end === span.end && s.label === l))
    if (label) return { op: 'relabel', docId, spanId: span.id, label }
  }
  const first = Math.floor(random() * (doc.tokens.length - 6))
  const last = first + Math.floor(random() * 6)
  const label = LABELS[Math.floor(random() * LABELS.length)] as string
  return { op: 'add', docId, start: (doc.tokens[first] as Range)[0], end: (doc.tokens[last] as Range)[1], label }
}

async function apply(op: CrashOp): Promise<CrashOp> {
  const doc = docs.get(op.docId)
  switch (op.op) {
    case 'add': {
      const { span } = await addSpan(services, { docId: op.docId, start: op.start, end: op.end, label: op.label, snap: 'exact' })
      replaceSpans(op.docId, [...(doc?.spans ?? []).filter((s) => s.id !== span.id), span])
      return { ...op, spanId: span.id }
    }
    case 'relabel': {
      const { span } = await relabelSpan(services, { docId: op.docId, spanId: op.spanId, label: op.label })
      replaceSpans(op.docId, (doc?.spans ?? []).map((s) => (s.id === span.id ? span : s)))
      return op
    }
    case 'remove':
      await removeSpan(services, { docId: op.docId, spanId: op.spanId })
      replaceSpans(op.docId, (doc?.spans ?? []).filter((s) => s.id !== op.spanId))
      return op
    case 'delete': {
      const { trashId } = await services.deleteDocument({ docId: op.docId })
      docs.delete(op.docId)
      if (trashId) trash.push({ trashId, docId: op.docId })
      return { ...op, trashId: trashId ?? '' }
    }
    case 'restore': {
      await services.restoreDocument({ trashId: op.trashId })
      trash.splice(trash.findIndex((t) => t.trashId === op.trashId), 1)
      const opened = await services.openDocument({ docId: op.docId })
      docs.set(op.docId, { tokens: words(opened.text), spans: opened.spans })
      return op
    }
  }
}

/**
 * Code point ranges of the whitespace-separated chunks of `text`. Their ends are
 * token boundaries, so a span over them is taken exactly as asked ('exact'), and
 * finding them costs nothing next to segmenting.
 */
function words(text: string): Range[] {
  const out: Range[] = []
  let at = 0
  let start = -1
  for (const ch of text) {
    const space = /\s/u.test(ch)
    if (!space && start < 0) start = at
    if (space && start >= 0) {
      out.push([start, at])
      start = -1
    }
    at++
  }
  if (start >= 0) out.push([start, at])
  return out
}

type Range = [number, number]

function replaceSpans(docId: string, spans: Span[]): void {
  const doc = docs.get(docId)
  if (doc) doc.spans = spans
}
