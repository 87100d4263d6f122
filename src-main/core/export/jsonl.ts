/** `jsonl`: the canonical record itself (docs/format.md). */
import { jsonlLine } from './canonical-record'
import { lineEncoder, type FileEncoder } from './types'

export const jsonlEncoder = (): FileEncoder => lineEncoder((record) => ({ text: jsonlLine(record), dropped: [] }))
