import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentFile } from '../../../src-main/core/model'
import type { Services } from '../../../src-main/services'
import { cpSlice, servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { addSpan, relabelSpan, removeSpan } from '../../support/span-edits'

const onDisk = async (services: Services, docId: string): Promise<DocumentFile> =>
  JSON.parse(await readFile(join(services.workspace.dir, 'documents', `${docId}.json`), 'utf8')) as DocumentFile

/** Code point offsets of the first occurrence of `needle`. */
function find(text: string, needle: string): [number, number] {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`"${needle}" is not in the text`)
  const start = [...text.slice(0, at)].length
  return [start, start + [...needle].length]
}

describe('editing spans', () => {
  const tempDir = useTempDirs()

  async function firstDoc() {
    const services = await servicesIn(await tempDir())
    const [summary] = await services.listDocuments({})
    const doc = await services.openDocument({ docId: summary!.id })
    return { services, doc }
  }

  it('writes a new span to the document file before the call returns', async () => {
    const { services, doc } = await firstDoc()
    const [start, end] = find(doc.text, 'Phó Thủ tướng Trần Hồng Hà')
    const { span, summary } = await addSpan(services, { docId: doc.id, start, end, label: 'commitment', snap: 'token' })
    expect(summary.spanCount).toBe(1)
    const file = await onDisk(services, doc.id)
    expect(file.spans).toEqual([span])
    expect(span).toMatchObject({ start, end, label: 'commitment', text: 'Phó Thủ tướng Trần Hồng Hà', annotator: 'lan', origin: 'manual' })
    await services.close()
  })

  it('snaps a selection that cuts words outward to whole tokens and trims whitespace', async () => {
    const { services, doc } = await firstDoc()
    const [start, end] = find(doc.text, 'Thủ tướng Trần')
    const { span } = await addSpan(services, { docId: doc.id, start: start + 1, end: end - 2, label: 'figure', snap: 'token' })
    expect(span.text).toBe('Thủ tướng Trần')
    const padded = await addSpan(services, { docId: doc.id, start: start - 1, end: end + 1, label: 'agreement', snap: 'exact' })
    expect(padded.span.text).toBe(cpSlice(doc.text, padded.span.start, padded.span.end))
    expect(padded.span.text).not.toMatch(/^\s|\s$/)
    await services.close()
  })

  it('keeps a figure nested inside a commitment as two spans', async () => {
    const { services, doc } = await firstDoc()
    const [start, end] = find(doc.text, 'Ngày 27/2, tại trụ sở Chính phủ')
    const [fs, fe] = find(doc.text, '27/2')
    await addSpan(services, { docId: doc.id, start, end, label: 'commitment', snap: 'token' })
    await addSpan(services, { docId: doc.id, start: fs, end: fe, label: 'figure', snap: 'token' })
    const file = await onDisk(services, doc.id)
    expect(file.spans.map((s) => [s.label, s.text])).toEqual([
      ['commitment', 'Ngày 27/2, tại trụ sở Chính phủ'],
      ['figure', '27/2'],
    ])
    await services.close()
  })

  it('relabels and removes spans on disk', async () => {
    const { services, doc } = await firstDoc()
    const { span } = await addSpan(services, { docId: doc.id, start: 0, end: 8, label: 'commitment', snap: 'token' })
    await relabelSpan(services, { docId: doc.id, spanId: span.id, label: 'agreement' })
    expect((await onDisk(services, doc.id)).spans.map((s) => s.label)).toEqual(['agreement'])
    const summary = await removeSpan(services, { docId: doc.id, spanId: span.id })
    expect(summary.spanCount).toBe(0)
    expect((await onDisk(services, doc.id)).spans).toEqual([])
    await services.close()
  })

  it('loses no span when many are added to one document at once', async () => {
    const { services, doc } = await firstDoc()
    const words = [...doc.text.matchAll(/\p{L}+/gu)].slice(0, 40)
    await Promise.all(
      words.map((m) => {
        const start = [...doc.text.slice(0, m.index)].length
        return addSpan(services, { docId: doc.id, start, end: start + [...m[0]].length, label: 'figure', snap: 'token' })
      }),
    )
    const file = await onDisk(services, doc.id)
    expect(new Set(file.spans.map((s) => s.start)).size).toBe(words.length)
    await services.close()
    const reopened = await servicesIn(join(services.workspace.dir, '..'))
    expect((await reopened.listDocuments({}))[0]!.spanCount).toBe(words.length)
    await reopened.close()
  })

  it('refuses an unknown label and offsets outside the text, leaving the file untouched', async () => {
    const { services, doc } = await firstDoc()
    const before = await readFile(join(services.workspace.dir, 'documents', `${doc.id}.json`), 'utf8')
    await expect(addSpan(services, { docId: doc.id, start: 0, end: 4, label: 'opinion', snap: 'token' })).rejects.toThrow(
      'unknown label "opinion"; the workspace has commitment, agreement, figure',
    )
    const length = [...doc.text].length
    await expect(addSpan(services, { docId: doc.id, start: 0, end: length + 5, label: 'figure', snap: 'token' })).rejects.toThrow(
      `fall outside the text (0..${length})`,
    )
    expect(await readFile(join(services.workspace.dir, 'documents', `${doc.id}.json`), 'utf8')).toBe(before)
    await services.close()
  })

  it('reports a damaged document file by name, line and column and leaves it as it was', async () => {
    const dir = await tempDir()
    const first = await servicesIn(dir)
    const [summary] = await first.listDocuments({})
    await first.close()
    const file = join(dir, 'workspace', 'documents', `${summary!.id}.json`)
    const damaged = (await readFile(file, 'utf8')).slice(0, 200)
    await writeFile(file, damaged)
    const services = await servicesIn(dir)
    await expect(services.openDocument({ docId: summary!.id })).rejects.toThrow(new RegExp(`${file}:\\d+:\\d+: not valid JSON`))
    expect(await readFile(file, 'utf8')).toBe(damaged)
    await services.close()
  })
})
