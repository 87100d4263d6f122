/**
 * What the analyst can do, in one place: the toolbar, the keyboard, the menu and
 * the components all call these (later: undo, find and navigation join them).
 */
import type { AppContext } from './context'
import { createDocumentCommands, type DocumentCommands } from './documents'
import { createExportCommand } from './export-jsonl'
import { createSpanCommands, type SpanCommands } from './spans'

export interface Commands extends DocumentCommands, SpanCommands {
  exportJsonl(): Promise<void>
  selectSpan(spanId: string | null): void
  /** Selects a span and scrolls the text to it (from the span panel; later: next/previous, find). */
  revealSpan(spanId: string): void
  /** Escape: drops the selected span and any pending text selection. */
  clearSelection(): void
}

export function createCommands(ctx: AppContext): Commands {
  return {
    ...createDocumentCommands(ctx),
    ...createSpanCommands(ctx),
    exportJsonl: createExportCommand(ctx),
    selectSpan(spanId) {
      ctx.doc.select(spanId)
    },
    revealSpan(spanId) {
      ctx.doc.reveal(spanId)
    },
    clearSelection() {
      ctx.doc.select(null)
      window.getSelection()?.removeAllRanges()
      ctx.textSelection.set(null)
    },
  }
}
