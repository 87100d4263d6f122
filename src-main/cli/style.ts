/** Terminal colours for human output; plain text when stdout is not a terminal. */
import type { CliContext } from './context'

const SGR = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] } as const
export type StyleName = keyof typeof SGR
export type Style = (name: StyleName, text: string) => string

export function styleFor(ctx: CliContext): Style {
  const color = ctx.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR)
  if (!color) return (_name, text) => text
  return (name, text) => `\u001b[${SGR[name][0]}m${text}\u001b[${SGR[name][1]}m`
}
