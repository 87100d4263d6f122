/**
 * The formats Spanwright writes and reads. Pure data, so the window can list
 * them without asking the main process.
 */
export const EXPORT_FORMAT_IDS = ['jsonl', 'spacy', 'prodigy', 'doccano', 'label-studio', 'brat', 'conll', 'hf'] as const
export type ExportFormat = (typeof EXPORT_FORMAT_IDS)[number]

/** Every export format can be imported, and so can plain text (`.txt`, `.md`: one document per file). */
export const IMPORT_FORMAT_IDS = [...EXPORT_FORMAT_IDS, 'text'] as const
export type ImportFormat = (typeof IMPORT_FORMAT_IDS)[number]

export interface FormatInfo {
  id: ExportFormat
  name: string
  /** 'file': one file (per split part); 'folder': a folder of files (per split part). */
  layout: 'file' | 'folder'
  /** Suggested extension of the file, with its dot; '' for folders. */
  extension: string
  /** Whether the format can lose spans (reported as dropped, never silently). */
  mayDrop: boolean
}

export const EXPORT_FORMATS: readonly FormatInfo[] = [
  { id: 'jsonl', name: 'Spanwright JSONL (canonical)', layout: 'file', extension: '.jsonl', mayDrop: false },
  { id: 'spacy', name: 'spaCy Doc JSON (one per line)', layout: 'file', extension: '.jsonl', mayDrop: false },
  { id: 'prodigy', name: 'Prodigy JSONL', layout: 'file', extension: '.jsonl', mayDrop: false },
  { id: 'doccano', name: 'doccano sequence labelling JSONL', layout: 'file', extension: '.jsonl', mayDrop: false },
  { id: 'label-studio', name: 'Label Studio JSON tasks', layout: 'file', extension: '.json', mayDrop: false },
  { id: 'brat', name: 'brat standoff (folder of .txt and .ann)', layout: 'folder', extension: '', mayDrop: false },
  { id: 'conll', name: 'CoNLL, one IOB2 column per label', layout: 'file', extension: '.conll', mayDrop: true },
  { id: 'hf', name: 'Hugging Face datasets JSONL (IOB2 tags per label)', layout: 'file', extension: '.jsonl', mayDrop: true },
]

export function formatInfo(id: ExportFormat): FormatInfo {
  return EXPORT_FORMATS.find((f) => f.id === id) as FormatInfo
}
