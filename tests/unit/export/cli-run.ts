/** Runs the command line in-process, collecting what it prints. */
import { join } from 'node:path'
import { runCli } from '../../../src-main/cli/program'
import { RESOURCES_DIR } from '../../support/services'

export function cliIn(dir: string, options: { progress?: boolean } = {}) {
  const out: string[] = []
  const err: string[] = []
  const run = (...argv: string[]): Promise<number> =>
    runCli(argv, {
      resourcesDir: RESOURCES_DIR,
      workspace: (option) => (option ? { dir: option, from: 'option' } : { dir: join(dir, 'default-workspace'), from: 'default' }),
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      color: false,
      progress: options.progress ?? false,
    })
  return { run, stdout: () => out.join(''), stderr: () => err.join('') }
}
