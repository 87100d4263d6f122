/**
 * Ends a command with a chosen exit code after it has said what it had to say:
 * `diff --exit-code` exits 1 when files differ, `merge` 1 when it refuses.
 */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`)
    this.name = 'CliExit'
  }
}
