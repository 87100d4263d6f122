import { Command, CommanderError } from 'commander'
import { SpanwrightError } from '../core/errors'
import { addAgreeCommand } from './agree-command'
import { CliExit } from './cli-exit'
import type { CliContext } from './context'
import { addDiffCommand } from './diff-command'
import { addExportCommand } from './export-command'
import { addImportCommand } from './import-command'
import { addValidateCommand } from './validate-command'
import { addMergeCommand } from './merge-command'
import { addShowCommand } from './show-command'
import { addSuggestCommand } from './suggest-command'

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('spanwright')
    .description('Spanwright: annotate text spans, export training data')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr })
  addExportCommand(program, ctx)
  addImportCommand(program, ctx)
  addValidateCommand(program, ctx)
  addDiffCommand(program, ctx)
  addAgreeCommand(program, ctx)
  addMergeCommand(program, ctx)
  addShowCommand(program, ctx)
  addSuggestCommand(program, ctx)
  return program
}

/** Runs the command line; returns the exit code. Users see messages, never stack traces. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof CliExit) return error.exitCode
    if (error instanceof SpanwrightError) {
      ctx.stderr(`spanwright: ${error.message}\n`)
      return error.code === 'invalid_argument' ? 2 : 1
    }
    ctx.stderr(`spanwright: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
