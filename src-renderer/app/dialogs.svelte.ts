/** Which of the app's dialogs is open (one at a time), and what the import report shows. */
import type { ImportSummary } from '../../src-main/api'

export type DialogName = 'labels' | 'guidelines' | 'import-report' | 'shortcuts'

export class DialogsState {
  #open = $state<DialogName | null>(null)
  #report = $state.raw<ImportSummary | null>(null)

  get open(): DialogName | null {
    return this.#open
  }
  get importReport(): ImportSummary | null {
    return this.#report
  }

  show(name: DialogName): void {
    this.#open = name
  }
  showImportReport(summary: ImportSummary): void {
    this.#report = summary
    this.#open = 'import-report'
  }
  close(): void {
    this.#open = null
  }
}
