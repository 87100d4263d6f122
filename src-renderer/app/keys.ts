/**
 * The window's key presses, looked up in core/keymap.ts by where the focus is:
 * keys that work anywhere (the menu's, find), then, unless a text field or a
 * dialog has the focus, the window's, then the text's, then the label hotkeys
 * (from the label schema). True when the key was used (the caller prevents the default).
 */
import { commandOf, type KeyContext } from '../../src-main/core/keymap'
import type { Commands } from './commands'
import type { AppContext } from './context'
import { runCommand, type WindowKeyCommand } from './actions'
import { inDocumentList, inText, isTyping } from './focus'

/** The first binding of `contexts` for this key, run; null when no binding has the key. */
function run(event: KeyboardEvent, contexts: readonly KeyContext[], ctx: AppContext, commands: Commands): boolean | null {
  for (const context of contexts) {
    const binding = commandOf(event, context)
    if (!binding) continue
    // Holding such a key down runs it once.
    if (event.repeat && 'once' in binding) return false
    return runCommand(binding.command as WindowKeyCommand, ctx, commands)
  }
  return null
}

/** The caret keys the list has no use for (it moves with Up/Down): right after a document is opened there, they move the caret in its text, which takes the focus. */
const CARET_COMMANDS: ReadonlySet<string> = new Set(['caret-left', 'caret-right', 'extend-left', 'extend-right'])
function moveFromList(event: KeyboardEvent, ctx: AppContext, commands: Commands): boolean {
  const binding = commandOf(event, 'text')
  if (!binding || !CARET_COMMANDS.has(binding.command) || !ctx.doc.tokens) return false
  document.querySelector<HTMLElement>('article.text')?.focus({ preventScroll: true })
  return runCommand(binding.command as WindowKeyCommand, ctx, commands)
}

export function handleKey(event: KeyboardEvent, ctx: AppContext, commands: Commands): boolean {
  if (event.defaultPrevented || event.isComposing) return false
  const anywhere = run(event, ['anywhere'], ctx, commands)
  if (anywhere !== null) return anywhere
  if (isTyping(event.target) || ctx.dialogs.open) return false
  if (inDocumentList(event.target) && moveFromList(event, ctx, commands)) return true
  const used = run(event, inText(event.target) ? ['window', 'text'] : ['window'], ctx, commands)
  if (used !== null) return used
  if (event.ctrlKey || event.metaKey || event.repeat) return false
  const label = ctx.workspace.labelByHotkey(event.key)
  if (!label) return false
  void commands.applyLabel(label.id)
  return true
}
