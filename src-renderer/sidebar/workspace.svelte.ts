/** The workspace as the window shows it: labels and the document list (summaries). */
import type { DocumentSummary, WorkspaceInfo } from '../../src-main/api'
import type { Label } from '../../src-main/core/model/label'

export class WorkspaceState {
  #info = $state<WorkspaceInfo | null>(null)
  #documents = $state<DocumentSummary[]>([])

  get path(): string {
    return this.#info?.path ?? ''
  }
  /** Recorded on new spans. */
  get annotator(): string {
    return this.#info?.annotator ?? ''
  }
  get labels(): readonly Label[] {
    return this.#info?.labels ?? []
  }
  get documents(): readonly DocumentSummary[] {
    return this.#documents
  }
  get loaded(): boolean {
    return this.#info !== null
  }

  label(id: string): Label | undefined {
    return this.labels.find((l) => l.id === id)
  }
  labelByHotkey(key: string): Label | undefined {
    return key ? this.labels.find((l) => l.hotkey === key) : undefined
  }
  labelIndex(id: string): number {
    return this.labels.findIndex((l) => l.id === id)
  }

  load(info: WorkspaceInfo, documents: DocumentSummary[]): void {
    this.#info = info
    this.#documents = documents
  }

  /** The labels as the service now stores them (after the schema editor saved). */
  setLabels(labels: Label[]): void {
    if (this.#info) this.#info = { ...this.#info, labels }
  }
  /** The whole list anew (after an import). */
  setDocuments(documents: DocumentSummary[]): void {
    this.#documents = documents
  }
  /** Why nothing can be changed (a read-only workspace), or null. */
  get readOnly(): string | null {
    return this.#info?.readOnly ?? null
  }

  /** Replaces one document's summary (span count, status) with what a service call returned. */
  updateSummary(summary: DocumentSummary): void {
    this.#documents = this.#documents.map((d) => (d.id === summary.id ? summary : d))
  }
}
