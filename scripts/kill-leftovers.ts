/**
 * kill -9 during an export or an import: the command line runs as its own
 * process and is killed (SIGKILL) where it leaves something behind
 * (SPANWRIGHT_TEST_PAUSE: a partial export, a replace half done, document files
 * not yet listed); then the next command runs. Nothing may be left over, and the
 * user's earlier export and the imported documents must be there.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../src-main/cli/program'
import { openServices } from '../src-main/services'
import { INDEX_FILE } from '../src-main/store/workspace/layout'
import { bundleForNode } from './bundle-for-node'

export interface KillLeftoverCounts {
  rounds: number
  /** Leftovers the kills made (partial files and folders, a moved-aside export, unlisted documents). */
  made: number
  /** Of those, what the next command cleaned up, put back or listed, and said so. */
  cleaned: number
  problems: string[]
}

const POINTS = ['export-partial', 'export-replace', 'import-files'] as const

export async function killLeftovers(options: { rounds: number; resourcesDir: string }): Promise<KillLeftoverCounts> {
  const counts: KillLeftoverCounts = { rounds: 0, made: 0, cleaned: 0, problems: [] }
  const work = await mkdtemp(join(tmpdir(), 'spanwright-kill-leftovers-'))
  try {
    const cli = await bundleCli(work, options.resourcesDir)
    const ws = join(work, 'ws')
    await (await openServices({ workspaceDir: ws, resourcesDir: options.resourcesDir, dialogs: { chooseSavePath: async () => null } })).close()
    const out = join(work, 'out')
    await mkdir(out)
    const run = async (...argv: string[]): Promise<string> => {
      let err = ''
      const code = await runCli(argv, { resourcesDir: options.resourcesDir, workspace: () => ({ dir: ws, from: 'option' }), stdout: () => undefined, stderr: (t) => void (err += t), color: false, progress: false })
      if (code !== 0) counts.problems.push(`spanwright ${argv.join(' ')} exited ${code}: ${err.trim()}`)
      return err
    }
    const brat = join(out, 'brat')
    await run('export', '-w', ws, '-f', 'brat', '-o', brat)
    for (let round = 1; round <= options.rounds; round++) {
      const point = POINTS[(round - 1) % POINTS.length]!
      if (point === 'import-files') {
        const listed = await indexIds(ws)
        const file = join(work, `article-${round}.txt`)
        await writeFile(file, `Bài số ${round}\n\nBộ cam kết giải ngân ${round * 100} tỉ đồng.\n`)
        await killAt(cli, point, ['import', '-w', ws, file])
        const unlisted = (await readdir(join(ws, 'documents'))).map((n) => n.slice(0, 16)).filter((id) => !listed.includes(id))
        counts.made += unlisted.length
        const next = join(work, `next-${round}.txt`)
        await writeFile(next, `Tin tiếp theo ${round}\n\nGiá điện tăng ${round},5%.\n`)
        const said = await run('import', '-w', ws, next)
        const now = await indexIds(ws)
        const kept = unlisted.filter((id) => now.includes(id))
        if (kept.length < unlisted.length) counts.problems.push(`round ${round}: ${unlisted.length - kept.length} unlisted documents still unlisted`)
        if (kept.length && !said.includes('recovered')) counts.problems.push(`round ${round}: the recovered documents were not reported`)
        else counts.cleaned += kept.length
      } else {
        const target = point === 'export-replace' ? brat : join(out, 'data.jsonl')
        const format = point === 'export-replace' ? 'brat' : 'jsonl'
        await killAt(cli, point, ['export', '-w', ws, '-f', format, '-o', target])
        const made = (await readdir(out)).filter((n) => n.includes('.partial'))
        counts.made += made.length
        const said = await run('export', '-w', ws, '-f', format, '-o', target)
        const left = (await readdir(out)).filter((n) => n.includes('.partial'))
        if (left.length) counts.problems.push(`round ${round}: left ${left.join(', ')}`)
        const told = said.split('\n').filter((l) => /removed leftover partial export|put back/.test(l)).length
        if (told !== made.length) counts.problems.push(`round ${round}: ${made.length} leftovers, ${told} reported`)
        counts.cleaned += Math.min(told, made.length - left.length)
      }
      counts.rounds = round
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return counts
}

async function indexIds(ws: string): Promise<string[]> {
  return (JSON.parse(await readFile(join(ws, INDEX_FILE), 'utf8')) as { documents: Array<{ id: string }> }).documents.map((d) => d.id)
}

/** The command line, bundled: node starts on it far faster than on the TypeScript sources. */
export async function bundleCli(work: string, resourcesDir: string): Promise<string> {
  const outfile = await bundleForNode(new URL('../src-main/cli.ts', import.meta.url), join(work, 'main', 'cli.mjs'), { commonJs: true })
  await symlink(resourcesDir, join(work, 'resources'))
  return outfile
}

/** Runs the command line until it pauses at `point`, then kills it with SIGKILL. */
export async function killAt(cli: string, point: string, args: string[]): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, SPANWRIGHT_TEST_PAUSE: point }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('close', (_code, signal) => resolve(signal)))
  await new Promise<void>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      if (stderr.includes(`paused at ${point}`)) resolve()
    })
    void exited.then(() => reject(new Error(`spanwright ${args.join(' ')} ended before ${point}: ${stderr}`)))
  })
  child.kill('SIGKILL')
  return exited
}
