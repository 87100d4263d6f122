import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { encoderFor, EXPORT_FORMATS, type DroppedSpan, type OutputFile } from '../../../src-main/core/export'
import { corpusRecords, LABELS } from './unicode-corpus'

const GOLDEN = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url))
// Set to rewrite the golden files after a deliberate change of a format; review the diff.
const UPDATE = process.env.SPANWRIGHT_UPDATE_GOLDEN === '1'

/** Every record through one fresh encoder: the files it writes and the spans it drops. */
function encodeCorpus(format: (typeof EXPORT_FORMATS)[number]['id']): { files: OutputFile[]; dropped: DroppedSpan[] } {
  const encoder = encoderFor(format, { labels: LABELS })
  const dropped: DroppedSpan[] = []
  if (encoder.layout === 'folder') {
    const files: OutputFile[] = []
    for (const r of corpusRecords()) {
      const out = encoder.encode(r)
      files.push(...out.files)
      dropped.push(...out.dropped)
    }
    return { files: [...files, ...encoder.finish()], dropped }
  }
  const chunks = corpusRecords().map((r) => {
    const out = encoder.encode(r)
    dropped.push(...out.dropped)
    return out.text
  })
  return { files: [{ name: 'corpus', content: encoder.begin + chunks.join(encoder.separator) + encoder.end }], dropped }
}

describe('each format on the Unicode corpus, against its golden file', () => {
  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))('%s writes exactly the golden bytes', async (id, info) => {
    const { files } = encodeCorpus(id)
    const dir = join(GOLDEN, `corpus-${id}`)
    if (UPDATE) {
      await mkdir(dir, { recursive: true })
      for (const f of files) await writeFile(join(dir, f.name + (info.layout === 'file' ? info.extension : '')), f.content)
    }
    expect(existsSync(dir)).toBe(true)
    const names = (await readdir(dir)).sort()
    expect(names).toEqual(files.map((f) => f.name + (info.layout === 'file' ? info.extension : '')).sort())
    for (const f of files) {
      expect(await readFile(join(dir, f.name + (info.layout === 'file' ? info.extension : '')), 'utf8'), `${id}: ${f.name}`).toBe(f.content)
    }
  })

  it('only the IOB2 formats drop spans, and each drop names the document, offsets, label and the span it collides with', () => {
    for (const format of EXPORT_FORMATS) {
      const { dropped } = encodeCorpus(format.id)
      if (!format.mayDrop) {
        expect(dropped, format.id).toEqual([])
        continue
      }
      expect(dropped.map((d) => [d.text, d.label, d.start, d.end]), format.id).toEqual([
        ['1.500', 'figure', 24, 29],
        ['520 nghìn người', 'figure', 31, 46],
      ])
      for (const d of dropped) expect(d.reason).toMatch(/^overlaps figure span \S+ \(\d+\.\.\d+\); IOB2 cannot hold two overlapping spans of one label$/)
    }
  })

  it('writes the same bytes every time', () => {
    for (const format of EXPORT_FORMATS) expect(encodeCorpus(format.id), format.id).toEqual(encodeCorpus(format.id))
  })
})
