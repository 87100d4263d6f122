/**
 * What the analyst can do, in one place: the toolbar, the keyboard, the menu and
 * the components all call these (later: undo, find and navigation join them).
 */
import type { AppContext } from './context'
import { createCorpusCommands, type CorpusCommands } from '../sidebar/corpus'
import { createDocumentCommands, type DocumentCommands } from '../sidebar/documents'
import { createExportCommand } from '../export/export-jsonl'
import { createImportCommands, type ImportCommands } from '../import/import-files'
import { createLabelCommands, type LabelCommands } from '../labels/labels'
import { createSpanCommands, type SpanCommands } from '../editor/spans'
import { createCaretCommands, type CaretCommands } from '../editor/caret'
import { createFindCommands, type FindCommands } from '../find/find'
import { createSpanEditor } from '../editor/span-editor'
import { createSuggestionCommands, type SuggestionCommands } from '../suggestions/suggestion-commands'
import { createRenameCommand } from '../sidebar/rename'

export interface Commands extends DocumentCommands, SpanCommands, CorpusCommands, ImportCommands, LabelCommands, CaretCommands, FindCommands, SuggestionCommands {
  exportJsonl(): Promise<void>
  /** Renames the open document; true once saved. */
  renameDocument(title: string): Promise<boolean>
  selectSpan(spanId: string | null): void
  /** Selects a span, scrolls the text to it and flashes it (from the span panel). */
  revealSpan(spanId: string): void
  /** Escape: drops the selected span, any pending text selection and the keyboard caret. */
  clearSelection(): void
}

export function createCommands(ctx: AppContext): Commands {
  const documents = createDocumentCommands(ctx)
  const editor = createSpanEditor(ctx)
  return {
    ...documents,
    ...createCorpusCommands(ctx, documents.openDocument),
    ...createImportCommands(ctx, documents.openDocument),
    ...createLabelCommands(ctx, documents.openDocument),
    ...createSpanCommands(ctx, editor),
    ...createCaretCommands(ctx, editor),
    ...createFindCommands(ctx, editor),
    ...createSuggestionCommands(ctx, editor),
    exportJsonl: createExportCommand(ctx),
    renameDocument: createRenameCommand(ctx),
    selectSpan(spanId) {
      ctx.doc.select(spanId)
    },
    revealSpan(spanId) {
      ctx.cursor.set(null)
      ctx.doc.flash(spanId)
    },
    clearSelection() {
      ctx.doc.select(null)
      window.getSelection()?.removeAllRanges()
      ctx.textSelection.set(null)
      ctx.cursor.set(null)
    },
  }
}
