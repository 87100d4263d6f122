import { Command, CommanderError } from 'commander'
import { SpanwrightError } from '../core/errors'
import type { CliContext } from './context'
import { addExportCommand } from './export-command'

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('spanwright')
    .description('Spanwright: annotate text spans, export training data')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr })
  addExportCommand(program, ctx)
  return program
}

/** Runs the command line; returns the exit code. Users see messages, never stack traces. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof SpanwrightError) {
      ctx.stderr(`spanwright: ${error.message}\n`)
      return error.code === 'invalid_argument' ? 2 : 1
    }
    ctx.stderr(`spanwright: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
