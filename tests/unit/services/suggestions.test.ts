/**
 * Suggestions over the services, as the window and the CLI use them: rules on a
 * fresh workspace, rejections that stick across a restart, accepts the learner
 * keeps, a label the analyst adds learnt from done documents, and the model file
 * reused while the workspace is unchanged and rebuilt when it changes.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { nanoid } from 'nanoid'
import { describe, expect, it } from 'vitest'
import { furnitureLines } from '../../../src-main/core/page-furniture'
import { DEFAULT_LABELS, type Label } from '../../../src-main/core/model'
import type { Services } from '../../../src-main/services'
import { cpSlice, servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const settingsOnDisk = async (s: Services) =>
  JSON.parse(await readFile(join(s.workspace.dir, 'suggestions', 'settings.json'), 'utf8')) as {
    rejected: Array<{ documentId: string; start: number; end: number; label: string }>
    accepted: Array<{ documentId: string; start: number; end: number; label: string }>
  }

/** Every occurrence of `phrase` in `text`, in code points. */
function occurrences(text: string, phrase: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const length = [...phrase].length
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const start = [...text.slice(0, i)].length
    out.push([start, start + length])
  }
  return out
}

describe('suggestion services', () => {
  const tempDir = useTempDirs()

  it('offers the rules on a workspace with nothing annotated: figures with their rule and score, never in page furniture', async () => {
    const services = await servicesIn(await tempDir())
    const [doc] = await services.listDocuments({})
    const { suggestions } = await services.suggestDocument({ docId: doc!.id })
    const opened = await services.openDocument({ docId: doc!.id })
    const figures = suggestions.filter((s) => s.label === 'figure')
    expect(figures.length).toBeGreaterThanOrEqual(2)
    const furniture = furnitureLines(opened.text)
    expect(furniture.length).toBeGreaterThan(0)
    for (const s of suggestions) {
      expect(furniture.some(([a, b]) => s.start < b && a < s.end)).toBe(false)
      expect(cpSlice(opened.text, s.start, s.end)).toBe(s.text)
      expect(s.score).toBeGreaterThanOrEqual(0)
      expect(s.score).toBeLessThanOrEqual(1)
      expect(s.reasons.length).toBeGreaterThan(0)
    }
    expect(figures.every((s) => s.reasons.some((r) => r.kind === 'rule' && r.rule.startsWith('figure.')))).toBe(true)
    await services.close()
  })

  it('a rejected suggestion is never offered again for that document, also after a restart, and undo offers it again', async () => {
    const dir = await tempDir()
    let services = await servicesIn(dir)
    const [doc] = await services.listDocuments({})
    const first = (await services.suggestDocument({ docId: doc!.id })).suggestions[0]!
    const spot = { docId: doc!.id, start: first.start, end: first.end, label: first.label }
    await services.rejectSuggestion(spot)
    const offered = async () => (await services.suggestDocument({ docId: doc!.id })).suggestions.some((s) => s.start === first.start && s.end === first.end && s.label === first.label)
    expect(await offered()).toBe(false)
    expect((await settingsOnDisk(services)).rejected).toEqual([{ documentId: doc!.id, start: first.start, end: first.end, label: first.label }])
    await services.close()
    services = await servicesIn(dir)
    expect(await offered()).toBe(false)
    await services.restoreSuggestion(spot)
    expect(await offered()).toBe(true)
    expect((await settingsOnDisk(services)).rejected).toEqual([])
    await services.close()
  })

  it('refuses to remember a rejection outside the document or of a label the workspace lacks, and writes nothing', async () => {
    const services = await servicesIn(await tempDir())
    const [doc] = await services.listDocuments({})
    await expect(services.rejectSuggestion({ docId: doc!.id, start: 999_999, end: 1_000_000, label: 'figure' })).rejects.toThrow(/outside the document/)
    await expect(services.rejectSuggestion({ docId: doc!.id, start: 0, end: 4, label: 'nolabel' })).rejects.toThrow(/no label "nolabel"/)
    await expect(stat(join(services.workspace.dir, 'suggestions', 'settings.json'))).rejects.toThrow()
    await services.close()
  })

  it('a damaged suggestions/settings.json leaves the workspace working, refuses suggestions naming the file and place, and is never written over', async () => {
    const dir = await tempDir()
    let services = await servicesIn(dir)
    const settings = join(services.workspace.dir, 'suggestions', 'settings.json')
    await services.close()
    await mkdir(join(dir, 'workspace', 'suggestions'), { recursive: true })
    await writeFile(settings, '{"schema": 1, "rejected": [')
    services = await servicesIn(dir)
    const docs = await services.listDocuments({})
    expect(docs).toHaveLength(5)
    await expect(services.suggestDocument({ docId: docs[0]!.id })).rejects.toThrow(/settings\.json:1:\d+: not valid JSON/)
    await expect(services.rejectSuggestion({ docId: docs[0]!.id, start: 0, end: 4, label: 'figure' })).rejects.toThrow(/mend or remove it/)
    expect(await readFile(settings, 'utf8')).toBe('{"schema": 1, "rejected": [')
    await services.close()
  })

  it('an accepted suggestion is stored as a span with origin "suggested" and is kept as the learner evidence', async () => {
    const services = await servicesIn(await tempDir())
    const [doc] = await services.listDocuments({})
    const s = (await services.suggestDocument({ docId: doc!.id })).suggestions.find((x) => x.label === 'figure')!
    const result = await services.applySpanEdits({
      docId: doc!.id,
      edits: [{ op: 'add', span: { id: nanoid(12), start: s.start, end: s.end, label: s.label, origin: 'suggested', attributes: { score: s.score } } }],
    })
    expect(result.changed[0]).toMatchObject({ origin: 'suggested', start: s.start, end: s.end, attributes: { score: s.score } })
    await expect.poll(async () => (await settingsOnDisk(services)).accepted).toEqual([{ documentId: doc!.id, start: s.start, end: s.end, label: 'figure' }])
    // The document now has the span: it is no longer offered.
    const again = (await services.suggestDocument({ docId: doc!.id })).suggestions
    expect(again.some((x) => x.label === 'figure' && x.start < s.end && s.start < x.end)).toBe(false)
    await services.close()
  })

  it('learns a label the analyst adds from done documents and suggests its recurrences elsewhere, saving the model until the workspace changes', async () => {
    const services = await servicesIn(await tempDir())
    const country: Label = { id: 'country', name: 'Country', name_vi: 'Quốc gia', color: '#117733', hotkey: '4', description: '' }
    await services.updateLabels({ labels: [...DEFAULT_LABELS, country] })
    const docs = await services.listDocuments({})
    for (const d of docs.slice(0, 3)) {
      const { text } = await services.openDocument({ docId: d.id })
      const edits = ['Việt Nam', 'Nhật Bản'].flatMap((name) =>
        occurrences(text, name).map(([start, end]) => ({ op: 'add' as const, span: { id: nanoid(12), start, end, label: 'country' } })),
      )
      await services.applySpanEdits({ docId: d.id, edits })
      await services.setDocumentStatus({ docId: d.id, status: 'done' })
    }
    const target = docs[3]!
    const { text } = await services.openDocument({ docId: target.id })
    const found = (await services.suggestDocument({ docId: target.id })).suggestions.filter((s) => s.label === 'country')
    // Page furniture (datelines, related-article teasers) is never annotated, so never suggested.
    const furniture = furnitureLines(text)
    const expected = ['Việt Nam', 'Nhật Bản'].flatMap((n) => occurrences(text, n)).filter(([a, b]) => !furniture.some(([x, y]) => a < y && x < b))
    const hits = found.filter((s) => expected.some(([a, b]) => a === s.start && b === s.end))
    expect(hits.length / expected.length).toBeGreaterThan(0.8)
    expect(hits.length / found.length).toBeGreaterThan(0.8)
    expect(found.some((s) => s.reasons.some((r) => r.kind === 'memory' && r.seen > 1))).toBe(true)

    const model = join(services.workspace.dir, 'suggestions', 'model.json')
    const written = (await stat(model)).mtimeMs
    await services.suggestDocument({ docId: docs[4]!.id })
    expect((await stat(model)).mtimeMs).toBe(written)
    await services.setDocumentStatus({ docId: target.id, status: 'done' })
    await services.suggestDocument({ docId: docs[4]!.id })
    expect((await stat(model)).mtimeMs).toBeGreaterThan(written)
    await services.close()
  })

  it('orders the documents not done by how sure their suggestions are, least sure first', async () => {
    const services = await servicesIn(await tempDir())
    const order = await services.suggestionOrder({})
    expect(order).toHaveLength(5)
    const confidences = order.map((o) => o.confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b))
    await services.close()
  })
})
