/**
 * `npm run crash -- --runs N [--max-kill-ms MS] [--workers W] [--seed S]`: the
 * crash test of the suite, as many runs as asked; prints the counts as JSON and
 * exits 1 if anything was lost or damaged.
 */
import { parseArgs } from 'node:util'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'
import { runCrashRuns } from './crash-runs'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    'max-kill-ms': { type: 'string', default: '200' },
    workers: { type: 'string', default: '3' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`crash: --runs takes a whole number above 0, not ${values.runs}\n`)
  process.exit(2)
}
const started = performance.now()
const counts = await runCrashRuns({
  runs,
  resourcesDir: findResourcesDir(import.meta.url),
  maxKillMs: Number(values['max-kill-ms']),
  workers: Number(values.workers),
  seed: Number(values.seed),
  onRun: (run, c) => {
    if (run % 25 === 0 || run === runs) process.stderr.write(`crash: ${run}/${runs} runs, ${c.confirmedEdits} confirmed edits, ${c.problems.length} problems\n`)
  },
})
const { problems, ...figures } = counts
process.stdout.write(`${JSON.stringify({ ...figures, seed: Number(values.seed), seconds: Math.round((performance.now() - started) / 100) / 10, problems: problems.length })}\n`)
for (const problem of problems.slice(0, 50)) process.stderr.write(`crash: ${problem}\n`)
process.exitCode = problems.length === 0 && counts.runs === runs ? 0 : 1
