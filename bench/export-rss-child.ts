/**
 * Run by export-jsonl.bench.ts in a fresh process: opens the workspace as the
 * command line does, exports it once, and prints the process's peak resident
 * memory before and after, in MB, as JSON.
 */
import { openServices } from '../src-main/services'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'

const [workspaceDir, out] = process.argv.slice(2) as [string, string]
const mb = (): number => process.resourceUsage().maxRSS / 1024
const services = await openServices({
  workspaceDir,
  resourcesDir: findResourcesDir(import.meta.url),
  access: 'read',
  dialogs: { chooseSavePath: async () => null },
})
const before = mb()
await services.exportDataset({ path: out, format: 'jsonl' })
await services.close()
process.stdout.write(`${JSON.stringify({ before: before, peak: mb() })}\n`)
