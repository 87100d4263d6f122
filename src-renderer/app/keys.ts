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
import { inText, isTyping } from './focus'

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

export function handleKey(event: KeyboardEvent, ctx: AppContext, commands: Commands): boolean {
  if (event.defaultPrevented || event.isComposing) return false
  const anywhere = run(event, ['anywhere'], ctx, commands)
  if (anywhere !== null) return anywhere
  if (isTyping(event.target) || ctx.dialogs.open) return false
  const used = run(event, inText(event.target) ? ['window', 'text'] : ['window'], ctx, commands)
  if (used !== null) return used
  if (event.ctrlKey || event.metaKey || event.repeat) return false
  const label = ctx.workspace.labelByHotkey(event.key)
  if (!label) return false
  void commands.applyLabel(label.id)
  return true
}
