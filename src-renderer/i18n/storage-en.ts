/** The words of the export dialog and of the storage views (damage, trash, conflicts), in English. */
import { EXPORT_FORMATS, type ExportFormat } from '../../src-main/core/export/formats'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

export const storageEn = {
  exportDialog: {
    title: 'Export',
    format: 'Format',
    /** Each export format's name in the dialog's list (in English, core/export/formats.ts's own). */
    formats: Object.fromEntries(EXPORT_FORMATS.map((f) => [f.id, f.name])) as Record<ExportFormat, string>,
    mayDrop: 'This format cannot hold every span: any it drops are listed after the export.',
    statuses: 'Documents with status',
    labels: 'Spans with label',
    split: 'Split into train, dev and test',
    ratio: (part: string) => `${part} ratio`,
    seed: 'Seed',
    strict: 'Strict: write nothing rather than drop a span',
    submit: 'Export',
    badRatios: (sum: number) => `The ratios must add up to 1 (they add up to ${sum}).`,
    noStatus: 'Choose at least one status.',
    noLabel: 'Choose at least one label.',
    progress: 'Export progress',
    progressText: (done: number, total: number) => `Exporting: ${done} of ${total} documents`,
    part: (name: string, documents: number, spans: number, path: string, dropped: number) =>
      `${name}: ${plural(documents, 'document', 'documents')} (${plural(spans, 'span', 'spans')}${dropped ? `; ${dropped} not written` : ''}) to ${path}`,
    notWritten: (n: number) => `${plural(n, 'span', 'spans')} not written: see the list`,
    showDropped: 'Show the list',
    leftovers: (removed: number, size: string, restored: boolean) =>
      [
        removed ? `removed ${plural(removed, 'leftover partial export', 'leftover partial exports')} (${size}) from an interrupted export` : '',
        restored ? 'put back the earlier export an interrupted export had moved aside' : '',
      ]
        .filter(Boolean)
        .join('; '),
    droppedTitle: (n: number) => `${plural(n, 'span was', 'spans were')} dropped`,
    droppedIntro: 'The export succeeded, but the format could not hold these spans:',
    document: 'Document',
    offsets: 'Offsets',
    label: 'Label',
    text: 'Text',
    reason: 'Reason',
    reasons: {
      label_not_exported: 'its label is not one of the exported labels',
      not_on_tokens: 'its ends do not fall on token boundaries',
      overlaps: (label: string, start: number, end: number) =>
        `overlaps the ${label} span at ${start}–${end}, which was written: one IOB2 column cannot hold two overlapping spans of one label`,
    },
  },
  damaged: {
    marker: 'Damaged',
    title: 'This document’s file is damaged',
    hint: 'Fix the file by hand (or restore it from a backup); every other document keeps working.',
  },
  trash: {
    open: 'Trash',
    openHint: 'Deleted documents (restore them from here)',
    title: 'Trash',
    empty: 'The trash is empty.',
    deleteDocument: (title: string) => `Delete “${title}” (Delete)`,
    deleted: (title: string) => `Moved “${title}” to the trash`,
    deleteFailed: 'Could not delete the document',
    restore: 'Restore',
    restoreNamed: (title: string) => `Restore “${title}”`,
    restored: (title: string) => `Restored “${title}”`,
    restoreFailed: 'Could not restore the document',
    listFailed: 'Could not read the trash',
    deletedAt: (when: string) => `deleted ${when}`,
    spans: (n: number) => plural(n, 'span', 'spans'),
    undo: 'Undo',
    confirmTitle: 'Delete this document?',
    confirmBody: (title: string, spans: number) =>
      `“${title}” has ${plural(spans, 'span', 'spans')}. It goes to the trash with them; Ctrl+Z or Restore in the trash brings it back.`,
    keep: 'Keep it',
    confirmDelete: 'Move to the trash',
  },
  recovered: (titles: readonly string[], trashed: number) =>
    [
      titles.length ? `Recovered ${plural(titles.length, 'document', 'documents')} from an interrupted import, listed as to do: ${titles.map((t) => `“${t}”`).join(', ')}.` : '',
      trashed ? `${plural(trashed, 'unreadable file it left was', 'unreadable files it left were')} moved to the trash.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  conflicts: {
    open: 'Conflicts',
    openHint: 'Documents changed outside Spanwright while you edited them',
    title: 'Conflicts',
    empty: 'No conflict is waiting.',
    notice: (title: string) => `“${title}” was changed outside Spanwright: the outside version is shown, your version was kept as a conflict copy.`,
    intro: 'Each document was changed by another program while you edited it here. Choose which version to keep; the other goes to the trash folder.',
    copy: (file: string, at: string) => `Your version: ${file} (saved ${at})`,
    keepOutside: 'Keep outside version',
    keepMine: 'Keep my version',
    resolved: (title: string) => `Conflict on “${title}” resolved`,
    failed: 'Could not resolve the conflict',
  },
}

export type StorageMessages = typeof storageEn
