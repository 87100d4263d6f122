/**
 * Cue patterns for 'commitment' and 'agreement' (ANNOTATION-GUIDE.md): a
 * party's pledge, readiness or declared support; a verb of agreeing, signing,
 * jointly declaring or establishing. Each hit spans its clause from the subject
 * (cues-clauses.ts); requests, predictions and nominal mentions give none.
 * Priors are lower than the figures': the cue is right more often than the extent.
 */
import { createOffsetMap } from '../offsets'
import { clauseEnd, clauseStart, clauses } from './cues-clauses'
import type { RuleHit } from './types'

interface Cue {
  rule: string
  label: 'commitment' | 'agreement'
  confidence: number
  re: RegExp
}

const S = String.raw`[ \u00A0]`
const W = String.raw`[\p{L}\p{M}\p{N}]`
/** A whole-word regex that first checks the one letter every alternative starts with (much faster on long text). */
const words = (first: string, source: string, flags: string): RegExp =>
  new RegExp(String.raw`(?=[${first}])(?<!${W})(?:${source.replaceAll(String.raw`\b`, `(?!${W})`)})(?!${W})`, flags)
const cue = (label: Cue['label'], rule: string, confidence: number, first: string, source: string): Cue => ({ label, rule, confidence, re: words(first, source, 'giu') })

const CUES: readonly Cue[] = [
  cue('commitment', 'commitment.ready', 0.6, 's', String.raw`sẵn${S}sàng`),
  cue('commitment', 'commitment.pledge', 0.55, 'c', String.raw`cam${S}kết(?!${S}(?:của|này|đó|chung)\b)`),
  cue('commitment', 'commitment.continue', 0.5, 't', String.raw`tiếp${S}tục${S}(?:hỗ${S}trợ|ủng${S}hộ|cung${S}cấp|giúp${S}đỡ|đồng${S}hành|tạo${S}điều${S}kiện|phối${S}hợp${S}chặt${S}chẽ)`),
  // Followed by what is supported: "ủng hộ, luôn coi…" ends a list of nouns.
  cue('commitment', 'commitment.support', 0.45, 'lnmủ', String.raw`(?:luôn${S}|nhất${S}quán${S}|mạnh${S}mẽ${S})?ủng${S}hộ(?=${S}\p{L})`),
  cue('commitment', 'commitment.enable', 0.3, 't', String.raw`tạo${S}(?:mọi${S})?điều${S}kiện`),
  cue('commitment', 'commitment.will', 0.35, 's', String.raw`sẽ(?!${S}(?:thăm|dự|tham${S}dự|có${S}chuyến|diễn${S}ra|hội${S}đàm|gặp|tiếp(?!${S}(?:tục|nhận|cận))|là|được|trở${S}thành|bước${S}vào|tạo${S}ra|mang${S}lại|góp${S}phần|không|còn|phải)\b)`),
  cue('agreement', 'agreement.sign', 0.6, 'kđvc', String.raw`ký${S}kết|(?:đã|vừa|cùng|chính${S}thức)${S}ký(?!${S}(?:ban${S}hành|quyết${S}định|công${S}văn)\b)`),
  cue('agreement', 'agreement.concur', 0.6, 'n', String.raw`nhất${S}trí`),
  cue('agreement', 'agreement.unify', 0.5, 't', String.raw`thống${S}nhất(?!${S}(?:đất${S}nước|non${S}sông)\b)`),
  cue('agreement', 'agreement.establish', 0.55, 't', String.raw`thiết${S}lập${S}quan${S}hệ`),
  cue('agreement', 'agreement.declare', 0.55, 'rt', String.raw`(?:ra|thông${S}qua)${S}Tuyên${S}bố${S}chung`),
  cue('agreement', 'agreement.settle', 0.45, 'đvc', String.raw`(?:đã|vừa|cùng)${S}(?:đạt${S}(?:được${S})?)?th[ỏo]a${S}thuận`),
]

/** A noun before the cue makes it a mention: "các cam kết", "sự ủng hộ", "việc ký kết", "lễ ký kết". */
const NOMINAL = words('cnvslbtđgh', String.raw`(?:các|những|việc|sự|lời|lễ|cuộc|tính|ngày|đất nước|thực hiện|nhận được|cảm ơn|văn bản|hợp tác|được)${S}$`, 'iu')
/** Requests, proposals, wishes and predictions in the clause before the cue. */
const NOT_A_PLEDGE = words('đmkythdcnnđg', String.raw`nhằm|để|góp phần|đề nghị|đề xuất|mong|mong muốn|kêu gọi|yêu cầu|tin tưởng|tin rằng|kỳ vọng|hy vọng|dự kiến|dự báo|có thể|cần|nếu|đề cập|kỷ niệm|kể từ|từ khi`, 'iu')
/** "sẽ" after a thing, not a party, is a prediction: "Dự án sẽ hoàn thành…", "Chuyến thăm sẽ tạo…". */
const THING = /^(?:quan hệ|dự án|công trình|giá|thời tiết|tình hình|chuyến thăm|hội nghị|sự kiện|việc|điều này|đây|đó|kết quả|thị trường|nền kinh tế|kinh tế|mưa|bão|nhiệt độ|quy định|luật|chính sách)(?![\p{L}\p{M}\p{N}])/iu

/** A subject of two parties turns a pledge into a joint declaration too. */
const JOINT = words('hcl', String.raw`hai bên|hai nước|các bên|hai phía|lẫn nhau`, 'iu')
const ANY_CUE = new RegExp(CUES.map((c) => c.re.source).join('|'), 'giu')

const trimmed = (text: string, start: number, end: number): [number, number] => {
  while (start < end && /[\s\p{P}]/u.test(text[start] ?? '')) start++
  while (end > start && /[\s\p{P}]/u.test(text[end - 1] ?? '')) end--
  return [start, end]
}

export function cueHits(text: string): RuleHit[] {
  const out: Array<{ start: number; end: number; label: string; rule: string; confidence: number }> = []
  const all = CUES.flatMap((c) => [...text.matchAll(c.re)].map((m) => ({ c, at: m.index })))
  all.sort((x, y) => x.at - y.at || CUES.indexOf(x.c) - CUES.indexOf(y.c))
  let next = 0
  for (const [from, to] of clauses(text)) {
    while (next < all.length && (all[next] as (typeof all)[number]).at < from) next++
    const taken: Record<Cue['label'], number> = { commitment: from, agreement: from }
    for (let k = next; k < all.length && (all[k] as (typeof all)[number]).at < to; k++) {
      const { c, at } = all[k] as (typeof all)[number]
      if (at < taken[c.label]) continue
      // Judged after the last comma: "Đánh giá hai nước có thể…, Thủ tướng khẳng định Chính phủ sẵn sàng…" is a pledge.
      const before = text.slice(Math.max(from, text.lastIndexOf(',', at - 1) + 1), at)
      if (NOMINAL.test(before.slice(-20)) || NOT_A_PLEDGE.test(before)) continue
      const [start, end] = trimmed(text, clauseStart(text, Math.max(from, taken[c.label]), at), clauseEnd(text, at + 1, to, ANY_CUE))
      if (end <= start || (c.rule === 'commitment.will' && THING.test(text.slice(start, at)))) continue
      // "Thông qua Tuyên bố chung, …" with no subject is "through", not "adopted".
      if (c.rule === 'agreement.declare' && start === at && /^thông/iu.test(text.slice(at, at + 5))) continue
      out.push({ start, end, label: c.label, rule: c.rule, confidence: c.confidence })
      taken[c.label] = end
      if (c.label === 'commitment' && JOINT.test(text.slice(start, at))) {
        const [js] = trimmed(text, Math.max(from, text.lastIndexOf(',', start - 1) + 1), end)
        out.push({ start: js, end, label: 'agreement', rule: 'agreement.joint_pledge', confidence: 0.4 })
        taken.agreement = end
      }
    }
  }
  // One hit per extent and label: the strongest cue names it.
  const best = new Map<string, (typeof out)[number]>()
  for (const h of out) {
    const key = `${h.start}:${h.end}:${h.label}`
    if ((best.get(key)?.confidence ?? -1) < h.confidence) best.set(key, h)
  }
  const map = createOffsetMap(text)
  return [...best.values()].map((h) => ({ ...h, start: map.toCodePoint(h.start), end: map.toCodePoint(h.end) }))
}
