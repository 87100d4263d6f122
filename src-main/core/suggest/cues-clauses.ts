/**
 * Clauses for cue spans (ANNOTATION-GUIDE.md, "Extent"): a span runs from the
 * subject next to its cue to the end of the clause. Clauses end at a sentence
 * end, ";", a line break, and at a comma that opens a new clause ("…, qua đó",
 * "…, Phó Thủ tướng cũng…"); a comma inside a list of objects does not.
 */
import { wordRegex } from '../word-regex'

/** UTF-16 [start, end) of every ";"-delimited clause of every sentence and line. */
export function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const m of text.matchAll(/[^\n;.!?…]+(?:[.!?…](?=[\p{N}\p{L}])[^\n;.!?…]*)*/gu)) out.push([m.index, m.index + m[0].length])
  return out
}

const CONNECTOR = String.raw`(?:qua đó|trong đó|đồng thời|nhằm|góp phần|nhưng|song|tuy nhiên|trong khi|khi|vì|do đó|bởi|từ đó|theo đó|sau khi|trước khi|tạo|giúp|mở ra)`
const SUBJECT = String.raw`(?:Phó|Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Tổng thống|Tổng Bí thư|Đại sứ|Thống đốc|ông|bà|hai bên|hai nước|phía|Chính phủ|lãnh đạo)`
/** Where a comma (or "và" before another cue) ends the clause early. */
const COMMA_END = wordRegex(String.raw`,[ \u00A0]+(?:${CONNECTOR}|${SUBJECT})\b`, 'gu')

export function clauseEnd(text: string, from: number, end: number, nextCue: RegExp): number {
  // Searched in the clause alone: a search from `from` in the whole text could run to its end for every cue.
  const clause = text.slice(from, end)
  COMMA_END.lastIndex = 0
  const comma = COMMA_END.exec(clause)
  const stop = comma ? comma.index : clause.length
  // Separate pledges joined by "và": "ủng hộ X và sẵn sàng Y" are two spans.
  nextCue.lastIndex = 0
  for (let m = nextCue.exec(clause); m && m.index < stop; m = nextCue.exec(clause)) {
    const and = /(?:^|\s)(và)\s$/u.exec(clause.slice(Math.max(0, m.index - 4), m.index))
    if (and && m.index > 0) return from + m.index - (and[0].length - and[0].indexOf('và'))
  }
  // An aside at the clause end is not part of it: "… bằng 0 (net zero), Phó Thủ tướng…".
  const aside = /\s\([^()]*\)?$/u.exec(clause.slice(0, stop).trimEnd())
  return from + (aside && aside.index > 0 ? aside.index : stop)
}

/** Reporting verbs: "X khẳng định Y sẵn sàng…" is Y's pledge, so the span starts at Y. */
const REPORTING = wordRegex(String.raw`\b(?:khẳng định|cho biết|nhấn mạnh|tuyên bố|cho rằng|bày tỏ tin tưởng|thông báo)(?:[ \u00A0]+rằng)?[ ,\u00A0]+`, 'giu')
/** Words that open a clause without being its subject. */
const LEADING = wordRegex(String.raw`^(?:(?:qua đó|đồng thời|theo đó|trong đó|do đó|vì vậy|ngoài ra|bên cạnh đó|tuy nhiên|nhưng|song|và|còn|đặc biệt|thứ \p{L}+|một là|hai là|ba là)[ ,\u00A0]+)+`, 'iu')

/** Start of the span for a cue at `cue` in the clause starting at `from`. */
export function clauseStart(text: string, from: number, cue: number): number {
  let start = from
  const lastComma = text.lastIndexOf(',', cue - 1)
  if (lastComma >= from) start = lastComma + 1
  const before = text.slice(start, cue)
  if (/(?:^|\s)và\s+$/u.test(before)) return cue
  REPORTING.lastIndex = 0
  for (let m = REPORTING.exec(before); m; m = REPORTING.exec(before)) {
    const after = start + m.index + m[0].length
    if (after < cue) start = after
    break
  }
  // "…là việc hai bên đã ra Tuyên bố chung": the span starts at the subject after "việc".
  const nominal = /(?:^|\s)(?:là\s+)?việc\s+(?=\S+\s+\S)/gu
  let last: RegExpExecArray | null = null
  for (let m = nominal.exec(text.slice(start, cue)); m; m = nominal.exec(text.slice(start, cue))) last = m
  if (last) start += last.index + last[0].length
  while (/\s/u.test(text[start] ?? '')) start++
  const lead = LEADING.exec(text.slice(start, cue))
  return lead ? start + lead[0].length : start
}
