/**
 * The shape of a token as the sequence model sees it: letters become X or x,
 * digits d, other characters stay themselves ("1.500" → "d.ddd", "Nhật" → "Xxxx").
 * The long shape caps letter runs at two so that syllables of any length share
 * one shape while digit groups keep their exact length; the short shape collapses
 * every run ("Xx", "d.d").
 */

function charClass(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c >= 48 && c <= 57) return 'd'
  if (c >= 65 && c <= 90) return 'X'
  if (c >= 97 && c <= 122) return 'x'
  if (c < 128) return ch
  const lower = ch.toLowerCase()
  const upper = ch.toUpperCase()
  if (lower === upper) return /\p{Nd}/u.test(ch) ? 'd' : ch.length > 1 ? 'A' : ch
  return ch === upper ? 'X' : 'x'
}

export interface TokenShape {
  long: string
  short: string
}

export function tokenShape(token: string): TokenShape {
  let long = ''
  let short = ''
  let last = ''
  let run = 0
  for (const ch of token) {
    const k = charClass(ch)
    run = k === last ? run + 1 : 1
    if (run === 1) short += k
    const letter = k === 'X' || k === 'x'
    if (!letter || run <= 2) long += k
    last = k
    if (long.length > 12) break
  }
  return { long, short }
}
