import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiInputs } from '../../../src-main/api'
import type { DocumentFile } from '../../../src-main/core/model'
import { cpSlice, servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

function find(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`"${needle}" is not in the text`)
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...needle].length }
}

describe('applySpanEdits', () => {
  const tempDir = useTempDirs()

  it('writes a list of edits in one step and returns what changed with the new summary', async () => {
    const services = await servicesIn(await tempDir())
    const [first] = await services.listDocuments({})
    const doc = await services.openDocument({ docId: first!.id })
    const file = join(services.workspace.dir, 'documents', `${doc.id}.json`)
    const added = await services.applySpanEdits({
      docId: doc.id,
      edits: [
        { op: 'add', span: { id: 'f1', ...find(doc.text, 'Ngày 27/2'), label: 'figure' } },
        { op: 'add', span: { id: 'c1', ...find(doc.text, 'Phó Thủ tướng Trần Hồng Hà'), label: 'commitment', attributes: { parties: ['Việt Nam'] } } },
      ],
    })
    expect(added.summary.spanCount).toBe(2)
    expect(added.changed.map((s) => [s.id, s.text, s.annotator])).toEqual([
      ['f1', 'Ngày 27/2', 'lan'],
      ['c1', 'Phó Thủ tướng Trần Hồng Hà', 'lan'],
    ])
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
    expect(onDisk.spans).toEqual(added.changed)

    const edited = await services.applySpanEdits({
      docId: doc.id,
      edits: [
        { op: 'update', id: 'f1', ...find(doc.text, '27/2'), attributes: { value: 27, unit: 'tháng 2' }, note: 'ngày' },
        { op: 'remove', id: 'c1' },
      ],
    })
    expect(edited.removed).toEqual(['c1'])
    expect(edited.summary.spanCount).toBe(1)
    const after = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
    expect(after.spans).toEqual(edited.changed)
    expect(after.spans[0]).toMatchObject({ id: 'f1', text: '27/2', note: 'ngày', attributes: { unit: 'tháng 2', value: 27 } })
    expect(after.spans[0]?.text).toBe(cpSlice(doc.text, after.spans[0]!.start, after.spans[0]!.end))
    await services.close()
  })

  it('writes nothing when one edit of the list is refused', async () => {
    const services = await servicesIn(await tempDir())
    const [first] = await services.listDocuments({})
    const doc = await services.openDocument({ docId: first!.id })
    const file = join(services.workspace.dir, 'documents', `${doc.id}.json`)
    const before = await readFile(file, 'utf8')
    await expect(
      services.applySpanEdits({
        docId: doc.id,
        edits: [
          { op: 'add', span: { id: 'f1', ...find(doc.text, 'Ngày 27/2'), label: 'figure' } },
          { op: 'add', span: { id: 'f2', ...find(doc.text, 'Ngày 27/2'), label: 'figure', attributes: { value: 'hai' } } },
        ],
      }),
    ).rejects.toThrow(/"value" must be a number/)
    expect(await readFile(file, 'utf8')).toBe(before)
    await services.close()
  })

  it('the IPC schema refuses malformed edits before any service code runs', () => {
    const schema = apiInputs.applySpanEdits
    const docId = '0123456789abcdef'
    expect(schema.safeParse({ docId, edits: [{ op: 'remove', id: 'x' }] }).success).toBe(true)
    for (const edits of [[], [{ op: 'move', id: 'x' }], [{ op: 'add', span: { id: 'x', start: -1, end: 2, label: 'figure' } }], [{ op: 'update', id: 'x', text: 'y' }]]) {
      expect(schema.safeParse({ docId, edits }).success, JSON.stringify(edits)).toBe(false)
    }
  })
})
