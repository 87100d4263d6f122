/**
 * Two annotators' work on the seed articles, planned from the text so that it
 * reads like real annotation: figures (amounts, dates, counts), commitments and
 * agreements (a clause from its keyword to its end), figures nested in clauses.
 * "minh" disagrees with "lan" deterministically: some relabels (and a "date"
 * label lan does not use), some boundaries one word shorter, spans only one of
 * them tagged.
 */
import { createOffsetMap } from '../../../src-main/core/offsets'

export interface PlannedSpan {
  start: number
  end: number
  label: string
}

const FIGURE = /(?:(?:ngày|năm|tháng) )?\d[\d.,/]*\d?(?: ?%| (?:tỷ|triệu|nghìn)(?: (?:đồng|yên|USD|người))?| (?:đồng|yên|USD|người|năm|hoạt động|đoàn|văn kiện|dự án))?/gu
const CLAUSE = /(cam kết|sẵn sàng|tiếp tục|sẽ|đề nghị|thỏa thuận|ký kết|nhất trí|thống nhất)[^,;.:\n]{12,140}/gu
const AGREEMENT_WORDS = new Set(['thỏa thuận', 'ký kết', 'nhất trí', 'thống nhất'])

/** A number in [0, 1) from a string, the same on every run (FNV-1a, then murmur3's final mix so near seeds differ). */
function draw(seed: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32
}

/** Every span a careful annotator would tag, in UTF-16 units of `text`. */
function candidates(text: string): PlannedSpan[] {
  const out: PlannedSpan[] = []
  for (const m of text.matchAll(FIGURE)) {
    const body = m[0].replace(/[.,/]+$/u, '')
    if ([...body].length >= 2) out.push({ start: m.index, end: m.index + body.length, label: 'figure' })
  }
  for (const m of text.matchAll(CLAUSE)) {
    const body = m[0].trimEnd()
    out.push({ start: m.index, end: m.index + body.length, label: AGREEMENT_WORDS.has(m[1] ?? '') ? 'agreement' : 'commitment' })
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The span one word shorter at its end (a boundary disagreement), or null when it has one word. */
function shorter(text: string, s: PlannedSpan): PlannedSpan | null {
  const cut = text.lastIndexOf(' ', s.end - 1)
  if (cut <= s.start) return null
  const end = s.start + text.slice(s.start, cut).trimEnd().replace(/[,;:]+$/u, '').length
  return end > s.start ? { ...s, end } : null
}

const toCodePoints = (text: string, spans: readonly PlannedSpan[]): PlannedSpan[] => {
  const map = createOffsetMap(text)
  return spans.map((s) => ({ ...s, start: map.toCodePoint(s.start), end: map.toCodePoint(s.end) }))
}

/** lan's spans of one document (code points). */
export function lanSpans(docId: string, text: string): PlannedSpan[] {
  return toCodePoints(
    text,
    candidates(text).filter((s, i) => draw(`${docId}:lan:${i}`) >= 0.08),
  )
}

/** minh's spans of one document (code points): lan's, with disagreements. */
export function minhSpans(docId: string, text: string): PlannedSpan[] {
  const out: PlannedSpan[] = []
  for (const [i, s] of candidates(text).entries()) {
    const r = draw(`${docId}:minh:${i}`)
    if (r < 0.07) continue
    if (r < 0.17) out.push({ ...s, label: s.label === 'figure' ? (/^(ngày|năm|tháng)/u.test(text.slice(s.start)) ? 'date' : 'commitment') : s.label === 'commitment' ? 'agreement' : 'commitment' })
    else if (r < 0.29) out.push(shorter(text, s) ?? s)
    else out.push(s)
  }
  return toCodePoints(text, out)
}
