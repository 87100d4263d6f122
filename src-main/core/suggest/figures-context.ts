/**
 * Where digits are not a figure (ANNOTATION-GUIDE.md, "Not figures"): inside a
 * URL, e-mail, phone number or document code, inside a name ("G20",
 * "COVID-19", "ASEAN 47"), and after an ordinal or naming word ("thứ 2",
 * "lần thứ 13", "số 2", "Quận 1", "Nghị định 13").
 */
import { wordRegex } from '../word-regex'

const URL_TOKEN = /^(?:https?:\/\/|www\.)|@[\p{L}\p{N}-]+\.|\.(?:vn|com|net|org|gov|edu|info)(?:[/?#]|[.,;:)]*$)/iu
/** A digit glued by "/" or "-" to letters, or letters to digits: "13/2023/NĐ-CP", "292-KH/TU", "COVID-19", "Su-30". */
const CODE_TOKEN = /\p{N}[/-]\p{L}|\p{L}[/-]\p{N}/u
const QUARTER_TOKEN = /^\(?(?:I{1,3}|IV)\/\d{4}/u
const PHONE_LABEL = /(?<![\p{L}\p{N}])(?:hotline|điện thoại|đt|sđt|tel|fax|đường dây nóng)(?![\p{L}\p{N}])[^\n\d]{0,12}[\d\s.()+-]{4,}/giu
const PHONE = /(?:\+84|\(0\d{1,3}\)|(?<![\p{N}.,])0)[ .-]?\d{1,4}(?:[ .-]?\d{2,4}){1,4}(?![\p{N}])/gu

/** UTF-16 [start, end) ranges no figure may touch: URLs, e-mails, codes (whole tokens), phone numbers. */
export function forbiddenZones(text: string): Array<[number, number]> {
  const zones: Array<[number, number]> = []
  for (const m of text.matchAll(/(?<!\S)[^\s/@.-]*[/@.-]\S*/gu)) {
    const token = m[0]
    if (URL_TOKEN.test(token) || (CODE_TOKEN.test(token) && !QUARTER_TOKEN.test(token))) zones.push([m.index, m.index + token.length])
  }
  // Whatever follows a phone label on its line: "Hotline: 1900 1234".
  for (const m of text.matchAll(PHONE_LABEL)) zones.push([m.index, m.index + m[0].length])
  // Phone numbers: 0 or +84, then groups; at least 9 digits in all.
  for (const m of text.matchAll(PHONE)) if ((m[0].match(/\d/gu) ?? []).length >= 9) zones.push([m.index, m.index + m[0].length])
  return zones
}

export const inZone = (zones: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean =>
  zones.some(([s, e]) => start < e && end > s)

/** Words after which a number names or ranks something, case-insensitive. */
const ORDINAL_BEFORE = wordRegex(
  String.raw`\b(?:thứ|hạng|top|khóa|khoá|điều|khoản|chương|mục|quận|phường|tầng|phòng|lớp|tập|bài|vùng|đoàn|khu|tổ|phiên|giải|lô|tuyến|cổng|ga|block|tòa|toà|phần|chặng|vòng|bảng|nhóm|số)[ \u00A0]$`,
  'iu',
)
/** Capitalised document and meeting names: "Nghị định 13", "Hội nghị 11". */
const NAME_BEFORE = wordRegex(
  String.raw`\b(?:Nghị quyết|Nghị định|Thông tư|Chỉ thị|Quyết định|Kết luận|Công điện|Công văn|Kế hoạch|Hội nghị|Luật|Hiệp định|Đại hội|Sắc lệnh|Pháp lệnh)[ \u00A0]$`,
  'u',
)
/** "tổng số 140", "con số 500", "chỉ số 1.200", "tỷ số 2-1" are amounts, not names. */
const AMOUNT_SO = wordRegex(String.raw`\b(?:tổng|con|chỉ|tỷ|tỉ|các|những|một|với)[ \u00A0]số[ \u00A0]$`, 'iu')
const ACRONYM_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}{2,}[ \u00A0]$/u

/** Whether the digits at `start` are a rank or part of a name, judged by the text before them. */
export function namedOrRanked(text: string, start: number, plain: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start)
  if (ORDINAL_BEFORE.test(before) && !AMOUNT_SO.test(before)) return true
  if (NAME_BEFORE.test(before)) return true
  // "ASEAN 47", "COP 28": a bare number after an acronym is part of the name; a year is not ("APEC 2027").
  if (plain && ACRONYM_BEFORE.test(before)) return true
  // Letters glued before: "G20", "MH370" ("COVID-19" is a code zone).
  if (/[\p{L}\p{M}]$/u.test(before)) return true
  return false
}

/** "1. Tăng cường…", "(2) …": numbering, not a figure. */
export function isListMarker(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const before = text.slice(lineStart, start)
  const after = text.slice(end, end + 2)
  return (/^[\s(]*$/u.test(before) && /^[.)]\s/u.test(after)) || (/\($/u.test(before) && /^\)/u.test(after) && end - start <= 2)
}
