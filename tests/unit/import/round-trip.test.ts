import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, type ExportFormat } from '../../../src-main/core/export'
import { openServices, type Services } from '../../../src-main/services'
import { corpusDocsWorkspace } from './corpus-docs-workspace'
import { RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

async function spansOf(services: Services) {
  const out = []
  for (const d of await services.listDocuments({})) {
    const doc = await services.openDocument({ docId: d.id })
    out.push({ id: d.id, status: d.status, text: doc.text, spans: doc.spans })
  }
  return out
}

const squeeze = (s: string): string => s.replace(/\s+/g, '')

describe('export, then import into a new workspace', () => {
  const tempDir = useTempDirs()

  it.each(EXPORT_FORMATS.filter((f) => f.id !== 'conll').map((f) => [f.id] as [ExportFormat]))(
    '%s brings back every text and span exactly',
    async (format) => {
      const dir = await tempDir()
      const source = await corpusDocsWorkspace(dir)
      const out = join(dir, `out-${format}`)
      const exported = await source.exportDataset({ path: out, format })
      const target = await openServices({ workspaceDir: join(dir, 'target'), resourcesDir: RESOURCES_DIR, annotator: 'minh', seed: false, dialogs: { chooseSavePath: async () => null } })
      const result = await target.importFiles({ paths: [out] })
      expect(result.problems).toEqual([])
      expect(result.imported).toHaveLength(4)
      const before = await spansOf(source)
      const after = await spansOf(target)
      expect(after.map((d) => [d.id, d.text])).toEqual(before.map((d) => [d.id, d.text]))
      const key = (s: { start: number; end: number; label: string; text: string }): string => `${s.start}..${s.end} ${s.label} ${s.text}`
      after.forEach((d, i) => expect(d.spans.map(key), format).toEqual((before[i]?.spans ?? []).map(key)))
      // Formats that carry them bring back span ids, notes, attributes and status.
      const first = (docs: typeof before): unknown => docs[0]?.spans.find((s) => s.note)
      if (['hf', 'label-studio'].includes(format)) expect(after.flatMap((d) => d.spans.map((s) => s.id))).toEqual(before.flatMap((d) => d.spans.map((s) => s.id)))
      if (['hf', 'brat'].includes(format)) expect(first(after)).toMatchObject({ note: 'kiểm tra lại\nsố liệu', attributes: { value: 3000000, unit: 'yên', confirmed: true, parties: ['Nhật Bản', 'Việt Nam'] } })
      if (['prodigy', 'label-studio'].includes(format)) expect(after.map((d) => d.status)).toEqual(before.map((d) => d.status))
      // hf keeps every span in `spans`; only its tag lists drop the overlapping ones.
      expect(exported.dropped.length > 0).toBe(format === 'hf')
      await source.close()
      await target.close()
    },
  )

  it('conll brings back every span it held, with its label and words (the text is rebuilt from tokens)', async () => {
    const dir = await tempDir()
    const source = await corpusDocsWorkspace(dir)
    const out = join(dir, 'out.conll')
    const exported = await source.exportDataset({ path: out, format: 'conll' })
    const target = await openServices({ workspaceDir: join(dir, 'target'), resourcesDir: RESOURCES_DIR, annotator: 'minh', seed: false, dialogs: { chooseSavePath: async () => null } })
    const result = await target.importFiles({ paths: [out] })
    expect(result.problems).toEqual([])
    const dropped = new Set(exported.dropped.map((d) => d.spanId))
    const before = await spansOf(source)
    const after = await spansOf(target)
    after.forEach((d, i) => {
      const expected = (before[i]?.spans ?? []).filter((s) => !dropped.has(s.id))
      expect(squeeze(d.text)).toBe(squeeze(before[i]?.text ?? ''))
      expect(d.spans.map((s) => `${s.label} ${squeeze(s.text)}`).sort()).toEqual(expected.map((s) => `${s.label} ${squeeze(s.text)}`).sort())
    })
    await source.close()
    await target.close()
  })
})
