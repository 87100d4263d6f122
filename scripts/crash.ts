/**
 * `npm run crash -- --runs N [--max-kill-ms MS] [--workers W] [--seed S]
 * [--lock-processes P] [--lock-rounds R] [--status-rounds R] [--kill-rounds R]`:
 * the crash test of the suite, as many runs as asked, then the stale-lock race
 * (P processes take over one stale lock at once, R rounds), the two-instance
 * status race and kill -9 during exports and imports (kill-leftovers.ts); prints
 * one line of JSON counts for each and exits 1 if anything was lost, damaged or left over.
 */
import { parseArgs } from 'node:util'
import { findResourcesDir } from '../src-main/store/workspace/resources-dir'
import { runCrashRuns } from './crash-runs'
import { raceStaleLock } from './lock-race'
import { raceStatuses } from './status-race'
import { killLeftovers } from './kill-leftovers'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    'max-kill-ms': { type: 'string', default: '200' },
    workers: { type: 'string', default: '3' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'lock-processes': { type: 'string', default: '16' },
    'lock-rounds': { type: 'string', default: '25' },
    'status-rounds': { type: 'string', default: '50' },
    'kill-rounds': { type: 'string', default: '6' },
  },
})
const wholeNumber = (flag: 'runs' | 'lock-processes' | 'lock-rounds' | 'status-rounds' | 'kill-rounds', min: number): number => {
  const n = Number(values[flag])
  if (Number.isInteger(n) && n >= min) return n
  process.stderr.write(`crash: --${flag} takes a whole number from ${min}, not ${values[flag]}\n`)
  process.exit(2)
}
const runs = wholeNumber('runs', 1)
const lockProcesses = wholeNumber('lock-processes', 2)
const lockRounds = wholeNumber('lock-rounds', 0)
const statusRounds = wholeNumber('status-rounds', 0)
const killRounds = wholeNumber('kill-rounds', 0)
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
let failed = problems.length > 0 || counts.runs !== runs

if (lockRounds > 0) {
  const lock = await raceStaleLock({ processes: lockProcesses, rounds: lockRounds })
  const { problems: lockProblems, ...lockFigures } = lock
  process.stdout.write(`${JSON.stringify({ race: 'stale-lock', ...lockFigures, problems: lockProblems.length })}\n`)
  for (const problem of lockProblems.slice(0, 50)) process.stderr.write(`crash: stale lock: ${problem}\n`)
  failed ||= lockProblems.length > 0 || lock.rounds !== lockRounds
}
if (statusRounds > 0) {
  const status = await raceStatuses({ rounds: statusRounds, resourcesDir: findResourcesDir(import.meta.url) })
  const { problems: statusProblems, ...statusFigures } = status
  process.stdout.write(`${JSON.stringify({ race: 'two-instance-status', ...statusFigures, problems: statusProblems.length })}\n`)
  for (const problem of statusProblems.slice(0, 50)) process.stderr.write(`crash: status race: ${problem}\n`)
  failed ||= statusProblems.length > 0 || status.rounds !== statusRounds
}
if (killRounds > 0) {
  const kill = await killLeftovers({ rounds: killRounds, resourcesDir: findResourcesDir(import.meta.url) })
  const { problems: killProblems, ...killFigures } = kill
  process.stdout.write(`${JSON.stringify({ race: 'kill-9-export-import', ...killFigures, problems: killProblems.length })}\n`)
  for (const problem of killProblems.slice(0, 50)) process.stderr.write(`crash: kill -9: ${problem}\n`)
  failed ||= killProblems.length > 0 || kill.rounds !== killRounds || kill.cleaned !== kill.made
}
process.exitCode = failed ? 1 : 0
