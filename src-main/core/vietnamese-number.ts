/**
 * The number a Vietnamese figure states, for the suggested `value` of a figure
 * span: "1.500 tỷ đồng" → 1.5e12 and unit "đồng"; "3 triệu yên", "520 nghìn
 * người", "05 văn kiện", "năm 2050", "2,5%", "hai mươi lăm", "3 tỷ 500 triệu".
 * Vietnamese writes "." between thousands and "," before decimals. A date
 * ("27/2"), a range ("3-5 triệu") or a lone ambiguous word ("năm" is also
 * "year") is not a value. Only a suggestion: the analyst confirms it.
 */

export interface VietnameseNumber {
  value: number
  /** What follows the number up to punctuation ("đồng", "người", "%"), or ''. */
  unit: string
}

interface Token {
  text: string
  /** Lower-cased, for matching words. */
  word: string
  start: number
  end: number
  kind: 'digits' | 'word' | 'other'
}

const DIGITS: Readonly<Record<string, number>> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mốt: 1,
}
/** Words that say another thing when they stand alone ("năm": year, "tư": private). */
const ONLY_IN_NUMBERS = new Set(['tư', 'năm', 'lăm', 'nhăm', 'mốt'])
/** Powers of ten; consecutive ones multiply ("nghìn tỷ" = 1e12). */
const SCALES: Readonly<Record<string, number>> = { chục: 1, trăm: 2, nghìn: 3, ngàn: 3, k: 3, triệu: 6, tr: 6, tỷ: 9, tỉ: 9 }
const STOP = /^[,;:()[\]{}"“”]$/u

function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.normalize('NFC').matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S/gu)) {
    const t = m[0]
    const kind = /^\d/.test(t) ? 'digits' : /^\p{L}/u.test(t) ? 'word' : 'other'
    out.push({ text: t, word: t.toLocaleLowerCase('vi'), start: m.index, end: m.index + t.length, kind })
  }
  return out
}

/** "1.500" → 1500, "2,5" → 2.5, "1.500.000,75": integer and fraction digits; null when the grouping is wrong. */
function splitDigits(s: string): { int: string; frac: string } | null {
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  const seps = (s.match(/[.,]/g) ?? []).length
  let decimalAt = -1
  if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma)
  else if (seps === 1) decimalAt = lastComma >= 0 ? lastComma : s.length - lastDot - 1 === 3 ? -1 : lastDot
  const int = decimalAt >= 0 ? s.slice(0, decimalAt) : s
  const frac = decimalAt >= 0 ? s.slice(decimalAt + 1) : ''
  const groups = int.split(/[.,]/)
  if (groups.length > 1 && (new Set(int.match(/[.,]/g)).size > 1 || groups.some((g, i) => (i === 0 ? g.length > 3 : g.length !== 3)))) return null
  if (/[.,]/.test(frac)) return null
  return { int: groups.join(''), frac }
}

/** A number below 1000 in words ("hai mươi lăm", "một trăm linh năm"), from token i. */
function smallInWords(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const w = (k: number): string => tokens[k]?.word ?? ''
  const digit = (k: number): number | undefined => (tokens[k]?.kind === 'word' ? DIGITS[w(k)] : undefined)
  let value = 0
  let at = i
  const h = digit(at)
  if (h !== undefined && w(at + 1) === 'trăm') {
    value = h * 100
    at += 2
    const u = digit(at + 1)
    if ((w(at) === 'linh' || w(at) === 'lẻ') && u !== undefined) return { value: value + u, next: at + 2 }
  }
  const t = digit(at)
  if (w(at) === 'mười' || (t !== undefined && w(at + 1) === 'mươi')) {
    value += w(at) === 'mười' ? 10 : (t as number) * 10
    at += w(at) === 'mười' ? 1 : 2
    const u = digit(at)
    if (u !== undefined && w(at) !== 'năm' && !(w(at) === 'mốt' && value === 10)) return { value: value + u, next: at + 1 }
    return { value, next: at }
  }
  if (at > i) return { value, next: at }
  if (t === undefined || w(at) === 'mốt' || w(at) === 'lăm' || w(at) === 'nhăm') return null
  return { value: t, next: at + 1 }
}

/** The numeral at token i: digits, or a number in words. */
function numeralAt(tokens: readonly Token[], i: number): { int: string; frac: string; next: number; words: boolean } | null {
  const token = tokens[i]
  if (token?.kind === 'digits') {
    const parts = splitDigits(token.text)
    return parts && { ...parts, next: i + 1, words: false }
  }
  const small = smallInWords(tokens, i)
  return small && { int: String(small.value), frac: '', next: small.next, words: true }
}

interface Expression {
  value: number
  next: number
}

/** Terms with falling scales, summed: "3 tỷ 500 triệu" = 3.5e9. Null when token i starts no value. */
function expressionAt(tokens: readonly Token[], i: number): Expression | null {
  let value = 0
  let at = i
  let lastExp = Infinity
  for (;;) {
    const n = numeralAt(tokens, at)
    if (!n) break
    let exp = 0
    let next = n.next
    for (let s = SCALES[tokens[next]?.word ?? '']; s !== undefined; s = SCALES[tokens[next]?.word ?? '']) {
      exp += s
      next++
    }
    if (exp >= lastExp || (at > i && exp === 0)) break
    let frac = n.frac
    if (exp > 0 && frac === '' && tokens[next]?.word === 'rưỡi') {
      frac = '5'
      next++
    }
    const alone = n.words && exp === 0 && next === at + 1 && ONLY_IN_NUMBERS.has(tokens[at]?.word ?? '')
    if (alone) break
    value += Number(`${n.int}${frac}e${exp - frac.length}`)
    lastExp = exp
    at = next
  }
  return at > i ? { value, next: at } : null
}

/** Token k is "/" or "-" joining two numbers ("27/2", "3-5"): a date or a range, not one value. */
const joinsNumbers = (tokens: readonly Token[], k: number): boolean =>
  /^[/\-–]$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.kind === 'digits' && tokens[k + 1]?.kind === 'digits'

/** A minus sign right before the number; a hyphen after a word ("COVID-19") makes it part of a name. */
function signBefore(tokens: readonly Token[], first: number): 1 | -1 | 'name' {
  const minus = tokens[first - 1]
  if (!minus || !/^[-−]$/.test(minus.text) || minus.end !== tokens[first]?.start) return 1
  return tokens[first - 2]?.end === minus.start ? 'name' : -1
}

export function parseVietnameseNumber(input: string): VietnameseNumber | null {
  const text = input.normalize('NFC')
  const tokens = tokenize(text)
  for (let i = 0; i < tokens.length; i++) {
    const year = tokens[i]?.word === 'năm' && tokens[i + 1]?.kind === 'digits'
    const first = year ? i + 1 : i
    const expr = expressionAt(tokens, first)
    if (!expr) continue
    const sign = signBefore(tokens, first)
    if (sign === 'name' || joinsNumbers(tokens, expr.next) || joinsNumbers(tokens, first - 1)) {
      i = expr.next
      continue
    }
    let next = expr.next
    let unit = ''
    if (tokens[next]?.text === '%') unit = '%'
    else if (tokens[next]?.word === 'phần' && tokens[next + 1]?.word === 'trăm') unit = '%'
    if (unit === '%') next += tokens[next]?.text === '%' ? 1 : 2
    else {
      let end = next
      while (end < tokens.length && !STOP.test(tokens[end]?.text ?? '')) end++
      const from = tokens[next]?.start
      unit = from === undefined || end === next ? '' : text.slice(from, tokens[end - 1]?.end).replace(/[.!?…]+$/u, '').trim()
      if (year) unit = 'năm'
    }
    return { value: sign * expr.value || 0, unit }
  }
  return null
}
