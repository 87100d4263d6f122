/**
 * Strict UTF-8 decoding that says *where* the input stops being UTF-8, which
 * TextDecoder's `fatal` mode does not.
 */
export type Utf8Result =
  | { ok: true; text: string }
  | { ok: false; byteOffset: number; reason: string }

/** Byte offset of the first ill-formed sequence (RFC 3629), or -1 when well-formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i] as number
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min = 0x80
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) min = 0xa0
      if (b === 0xed) max = 0x9f // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) min = 0x90
      if (b === 0xf4) max = 0x8f
    } else return i
    if (i + need >= n) return i // truncated at end of input
    const second = bytes[i + 1] as number
    if (second < min || second > max) return i
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number
      if (c < 0x80 || c > 0xbf) return i
    }
    i += need + 1
  }
  return -1
}

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  const bad = firstInvalidUtf8(bytes)
  const nul = bytes.indexOf(0)
  // Report whichever fault comes first in the file.
  if (nul >= 0 && (bad < 0 || nul < bad)) {
    return { ok: false, byteOffset: nul, reason: 'NUL byte: this looks like a binary file' }
  }
  if (bad >= 0) {
    const b = (bytes[bad] as number).toString(16).padStart(2, '0')
    return { ok: false, byteOffset: bad, reason: `invalid UTF-8 sequence starting with byte 0x${b}` }
  }
  return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
}
