/** The `spanwright` command line: wiring only; commands live in ./cli/. */
import { runCli } from './cli/program'
import { userDataDir, workspaceChoice } from './store/workspace/default-workspace'
import { findResourcesDir } from './store/workspace/resources-dir'

const exitCode = await runCli(process.argv.slice(2), {
  resourcesDir: findResourcesDir(import.meta.url),
  workspace: (option) => workspaceChoice(option, process.env, userDataDir()),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
process.exitCode = exitCode
