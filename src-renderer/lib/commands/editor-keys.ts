/**
 * The editor's keys (listed in the `?` sheet, shortcuts.ts): undo and redo, find,
 * and, while the text has the focus, the caret, Tab through spans and the
 * selected span's boundaries. Returns true when the key was used.
 */
import type { AppCommand } from '../../../src-main/api-methods'
import type { Commands } from './commands'
import type { AppContext } from './context'

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

/** The text has the focus, or nothing does (the body). */
function inText(target: EventTarget | null): boolean {
  return target === document.body || target === document.documentElement || (target instanceof Element && target.closest('article.text') !== null)
}

/** F6: the document list, the text, the span panel, in turn (as desktop apps move between panes). */
const REGIONS = ['nav', 'article.text', 'aside.panel']

function focusRegion(direction: 1 | -1): void {
  const regions = REGIONS.map((s) => document.querySelector<HTMLElement>(s))
  const at = regions.findIndex((r) => r?.contains(document.activeElement))
  for (let step = 1; step <= regions.length; step++) {
    const region = regions[(((at + direction * step) % regions.length) + regions.length) % regions.length]
    const target = region?.matches('[tabindex]')
      ? region
      : (region?.querySelector<HTMLElement>('[aria-current="page"], [aria-current="true"]') ?? region?.querySelector<HTMLElement>('button, select, input'))
    if (target) {
      target.focus()
      return
    }
  }
}

const ARROWS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowLeft: -1, ArrowUp: 1, ArrowDown: -1 }

export function handleEditorKey(event: KeyboardEvent, ctx: AppContext, commands: Commands): boolean {
  if (event.defaultPrevented || event.isComposing) return false
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  // Find works from anywhere, a text field included.
  if (mod && !event.altKey && !event.shiftKey && key === 'f') {
    commands.openFind()
    return true
  }
  if (key === 'F3' && !mod && !event.altKey) {
    commands.findNext(event.shiftKey ? -1 : 1)
    return true
  }
  if (key === 'F6' && !mod && !event.altKey && !ctx.dialogs.open) {
    focusRegion(event.shiftKey ? -1 : 1)
    return true
  }
  if (isTyping(event.target) || ctx.dialogs.open) return false
  if (mod && !event.altKey && (key === 'z' || (key === 'y' && !event.shiftKey))) {
    if (key === 'z' && !event.shiftKey) commands.undo()
    else commands.redo()
    return true
  }
  if (mod) return false
  if (event.key === '?') {
    ctx.dialogs.show('shortcuts')
    return true
  }
  if (!inText(event.target)) return false
  const direction = ARROWS[event.key]
  if (direction && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    commands.cycleOverlap(direction)
    return true
  }
  if (direction && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
    if (event.altKey) commands.moveBoundary(event.shiftKey ? 'start' : 'end', direction)
    else commands.moveCaret(direction, event.shiftKey)
    return true
  }
  if (event.key === 'Tab' && !event.altKey) return commands.stepSpan(event.shiftKey ? -1 : 1)
  if (event.key === 'Enter' && ctx.doc.selected) {
    commands.openNote()
    return true
  }
  return false
}

/** The editor's menu commands (Edit → Undo, Find…; Help → Keyboard shortcuts); false for others. */
export function runEditorCommand(command: AppCommand, ctx: AppContext, commands: Commands): boolean {
  const typing = isTyping(document.activeElement)
  switch (command) {
    case 'undo':
    case 'redo':
      // In a text field the menu's Undo undoes typing there, as everywhere else.
      if (typing) document.execCommand(command)
      else if (command === 'undo') commands.undo()
      else commands.redo()
      return true
    case 'find':
      commands.openFind()
      return true
    case 'find-next':
    case 'find-previous':
      commands.findNext(command === 'find-next' ? 1 : -1)
      return true
    case 'show-shortcuts':
      ctx.dialogs.show('shortcuts')
      return true
    default:
      return false
  }
}
