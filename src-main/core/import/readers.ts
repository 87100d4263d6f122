/** The reader of each format that keeps one or more documents in one file. */
import type { ImportFormat } from '../export/formats'
import { readConll } from './conll'
import { readDoccano } from './doccano'
import { readHf } from './hf'
import { readLabelStudio } from './label-studio'
import { readProdigy } from './prodigy'
import { readSpacy } from './spacy'
import type { ReadResult } from './types'

export type SingleFileFormat = Exclude<ImportFormat, 'jsonl' | 'brat' | 'text'>

export const READERS: Record<SingleFileFormat, (content: string, file: string) => ReadResult> = {
  spacy: readSpacy,
  prodigy: readProdigy,
  doccano: readDoccano,
  'label-studio': readLabelStudio,
  conll: readConll,
  hf: readHf,
}
