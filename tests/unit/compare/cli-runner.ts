/** Runs the command line in-process, collecting what it prints. */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../../../src-main/cli/program'
import { RESOURCES_DIR } from '../../support/services'

export async function spanwright(argv: string[], options: { color?: boolean } = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, {
    resourcesDir: RESOURCES_DIR,
    workspace: (option) => (option ? { dir: option, from: 'option' } : { dir: '/nonexistent-default-workspace', from: 'default' }),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    color: options.color ?? false,
  })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

/** Every file under `dir` with its bytes and modification time, to show that reading changed nothing. */
export async function folderSnapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = join(dir, name)
    const info = await stat(file)
    out[name] = info.isDirectory() ? 'dir' : `${info.mtimeMs} ${(await readFile(file)).toString('base64')}`
  }
  return out
}
