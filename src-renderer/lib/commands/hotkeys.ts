/**
 * The window's keyboard shortcuts. Returns true when the key was used (the caller
 * then prevents the default). Keys typed into a text field are left alone.
 */
import type { Label } from '../../../src-main/core/model/label'
import { measureAfterPaint, PERF } from '../perf'
import type { Commands } from './commands'

export interface HotkeyContext {
  commands: Commands
  labelByHotkey(key: string): Label | undefined
  hasSelectedSpan: boolean
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

export function handleHotkey(event: KeyboardEvent, ctx: HotkeyContext): boolean {
  if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return false
  const command = event.ctrlKey || event.metaKey
  if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'e') {
    void ctx.commands.exportJsonl()
    return true
  }
  if (command || event.repeat) return false
  const label = ctx.labelByHotkey(event.key)
  if (label) {
    void ctx.commands.applyLabel(label.id)
    measureAfterPaint(PERF.keypress, event.timeStamp)
    return true
  }
  if ((event.key === 'Delete' || event.key === 'Backspace') && ctx.hasSelectedSpan) {
    void ctx.commands.removeSpan()
    return true
  }
  if (event.key === 'Escape') {
    ctx.commands.clearSelection()
    return true
  }
  return false
}
