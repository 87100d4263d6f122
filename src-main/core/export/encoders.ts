/** The encoder of each export format. */
import { bratEncoder } from './brat'
import { conllEncoder } from './conll'
import { doccanoEncoder } from './doccano'
import type { ExportFormat } from './formats'
import { hfEncoder } from './hf'
import { jsonlEncoder } from './jsonl'
import { labelStudioEncoder } from './label-studio'
import { prodigyEncoder } from './prodigy'
import { spacyEncoder } from './spacy'
import type { EncodeContext, Encoder } from './types'

const ENCODERS: Record<ExportFormat, (ctx: EncodeContext) => Encoder> = {
  jsonl: jsonlEncoder,
  spacy: spacyEncoder,
  prodigy: prodigyEncoder,
  doccano: doccanoEncoder,
  'label-studio': labelStudioEncoder,
  brat: (ctx) => bratEncoder(ctx.labels),
  conll: conllEncoder,
  hf: hfEncoder,
}

/** A fresh encoder (some keep state across records, e.g. brat's attribute list). */
export const encoderFor = (format: ExportFormat, ctx: EncodeContext): Encoder => ENCODERS[format](ctx)
