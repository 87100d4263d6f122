/** Export: the toolbar button, Ctrl+E and the menu command all open the export dialog (export/). */
import type { AppContext } from '../app/context'

export const EXPORT_DEFAULT_NAME = 'spanwright-export.jsonl'

export function createExportCommand(ctx: AppContext): () => Promise<void> {
  // A second trigger while an export runs (say, the accelerator and the key press both) does nothing.
  return async () => {
    if (!ctx.activity.busy('export')) ctx.storage.show('export')
  }
}
