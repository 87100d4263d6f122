/** Small documents for the suggestion tests: tokens from the core's tokenizer, spans found by their text. */
import { createOffsetMap } from '../../../src-main/core/offsets'
import { tokenize } from '../../../src-main/core/tokens'
import type { SuggestDocument, TrainingSpan } from '../../../src-main/core/suggest/types'

export function doc(id: string, text: string): SuggestDocument {
  return { id, text, tokens: tokenize(text) }
}

/** Every occurrence of `phrase` in the text as a span of `label`, in code points. */
export function spansOf(text: string, phrase: string, label: string): TrainingSpan[] {
  const map = createOffsetMap(text)
  const out: TrainingSpan[] = []
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    out.push({ start: map.toCodePoint(i), end: map.toCodePoint(i + phrase.length), label })
  }
  return out
}

const SUBJECTS = ['Bộ Công Thương', 'Tỉnh Nghệ An', 'Công ty Vinamilk', 'Thành phố Huế', 'Ngân hàng Nhà nước']
const VERBS = ['đã tổ chức hội nghị', 'công bố kế hoạch mới', 'tiếp nhận đề xuất', 'làm việc với đối tác']

/** A news-like text where `product` names recur among varied sentences. */
export function productDoc(id: string, seed: number, products: readonly string[]): { doc: SuggestDocument; spans: TrainingSpan[] } {
  const lines: string[] = []
  for (let i = 0; i < 6; i++) {
    const s = SUBJECTS[(seed + i) % SUBJECTS.length] as string
    const v = VERBS[(seed * 3 + i) % VERBS.length] as string
    const p = products[(seed + i) % products.length] as string
    lines.push(`${s} ${v} về mặt hàng ${p} trong tháng này.`)
  }
  const text = lines.join('\n')
  return { doc: doc(id, text), spans: products.flatMap((p) => spansOf(text, p, 'product')) }
}
