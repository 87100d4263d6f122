import { execFileSync, spawnSync } from 'node:child_process'

/** Whether python3 can be run here; tests that need it say so plainly when it cannot. */
export const hasPython = spawnSync('python3', ['--version']).status === 0

/** Runs a Python script with `args`, returns its stdout. */
export function runPython(script: string, args: string[]): string {
  return execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' })
}

if (!hasPython) console.warn('python3 is not installed: tests that read exports back in Python are skipped')
