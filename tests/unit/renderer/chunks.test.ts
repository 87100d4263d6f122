import { describe, expect, it } from 'vitest'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { chunkAt, chunkLines, CHUNK_CHARS, VIRTUALIZE_ABOVE } from '../../../src-renderer/editor/text/chunks'
import { lineTable, splitLines } from '../../../src-renderer/editor/text/lines'
import { spanContext } from '../../../src-renderer/editor/text/span-context'

describe('chunkLines', () => {
  it('keeps a short text as one chunk of every line', () => {
    const text = 'Tiêu đề\n\nĐoạn một.\nĐoạn hai.'
    const chunks = chunkLines(lineTable(text))
    expect(chunks).toHaveLength(1)
    expect(chunks[0]).toMatchObject({ index: 0, start: 0, end: text.length, chars: text.length - 3 })
    expect(chunks[0]?.lines.map((l) => l.text)).toEqual(text.split('\n'))
  })

  it('cuts a long text into chunks of whole lines that cover it in order, and finds the chunk of any offset', () => {
    const line = 'Nhật Bản cam kết hỗ trợ Việt Nam đào tạo nguồn nhân lực. '.repeat(12)
    const text = Array.from({ length: 400 }, (_, i) => `${i} ${line}`).join('\n')
    expect(text.length).toBeGreaterThan(VIRTUALIZE_ABOVE)
    const lines = splitLines(text)
    const chunks = chunkLines(lineTable(text))
    expect(chunks.length).toBeGreaterThan(text.length / (CHUNK_CHARS * 2))
    expect(chunks.flatMap((c) => c.lines)).toEqual(lines)
    chunks.forEach((c, i) => {
      expect(c.index).toBe(i)
      expect(text.slice(c.start, c.end)).toBe(c.lines.map((l) => l.text).join('\n'))
      expect(c.chars).toBe(c.lines.reduce((n, l) => n + l.text.length, 0))
      expect(chunkAt(chunks, c.start)).toBe(i)
      expect(chunkAt(chunks, c.end)).toBe(i)
    })
  })
})

describe('chunks of a long text', () => {
  // Emoji with a skin tone and ZWJ, astral CJK, NFD Vietnamese (combining marks) and a CRLF kept as the text has it.
  const line = (i: number): string => `${i} 👩🏽‍💻 𠀀𠀋 Vie\u0323\u0302t Nam cam kết hợp tác ${'Nhật Bản '.repeat(i % 7)}\r`
  const text = Array.from({ length: 3000 }, (_, i) => line(i)).join('\n')

  it('hold their lines as offsets in a table, and cut the lines from the text only when read', () => {
    const table = lineTable(text)
    expect(table.starts).toBeInstanceOf(Int32Array)
    expect(table.ends).toBeInstanceOf(Int32Array)
    const chunks = chunkLines(table)
    expect(chunks.length).toBeGreaterThan(10)
    for (const c of chunks) expect(Object.keys(c)).not.toContain('lines')
    const drawn = chunks[3]?.lines ?? []
    // Fresh each read (nothing kept for chunks out of view), equal each time.
    expect(chunks[3]?.lines).not.toBe(drawn)
    expect(chunks[3]?.lines).toEqual(drawn)
    expect(chunks.flatMap((c) => c.lines)).toEqual(splitLines(text))
    expect(chunks.flatMap((c) => c.lines).map((l) => l.text)).toEqual(text.split('\n'))
    chunks.forEach((c) => expect(text.slice(c.start, c.end)).toBe(c.lines.map((l) => l.text).join('\n')))
  })
})

describe('spanContext', () => {
  const text = 'Dòng trước.\nTại cuộc gặp, Phó Thủ tướng Trần Hồng Hà đã trao đổi các biện pháp nhằm thúc đẩy quan hệ 👩‍👩‍👧 hai nước.\nDòng sau.'
  const map = createOffsetMap(text)
  const at = (needle: string): [number, number] => {
    const start = [...text.slice(0, text.indexOf(needle))].length
    return [start, start + [...needle].length]
  }

  it('shows whole words around the span, within its paragraph, with … where it cuts', () => {
    const [s, e] = at('Trần Hồng Hà')
    expect(spanContext(map, s, e, 20)).toEqual({ before: '…gặp, Phó Thủ tướng ', after: ' đã trao đổi các…' })
    const [s2, e2] = at('Tại cuộc gặp')
    expect(spanContext(map, s2, e2, 20).before).toBe('')
    const [s3, e3] = at('hai nước.')
    expect(spanContext(map, s3, e3, 20)).toEqual({ before: '…đẩy quan hệ 👩‍👩‍👧 ', after: '' })
  })
})
