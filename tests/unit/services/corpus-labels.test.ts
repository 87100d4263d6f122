/**
 * The corpus methods behind the app's sidebar and label schema editor: a
 * document's status and the labels are in the index file when the call returns;
 * renaming keeps spans, removing a label in use needs a second, forced call.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentFile, Label, WorkspaceIndex } from '../../../src-main/core/model'
import type { Services } from '../../../src-main/services'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { addSpan } from '../../support/span-edits'

const indexOnDisk = async (services: Services): Promise<WorkspaceIndex> =>
  JSON.parse(await readFile(join(services.workspace.dir, 'spanwright.json'), 'utf8')) as WorkspaceIndex
const docOnDisk = async (services: Services, docId: string): Promise<DocumentFile> =>
  JSON.parse(await readFile(join(services.workspace.dir, 'documents', `${docId}.json`), 'utf8')) as DocumentFile

describe('corpus and label schema services', () => {
  const tempDir = useTempDirs()

  /** Services over a seeded workspace with spans: two figures in the first document, one in the second, a commitment. */
  async function withSpans() {
    const services = await servicesIn(await tempDir())
    const [a, b] = await services.listDocuments({})
    const tag = (docId: string, start: number, end: number, label: string) => addSpan(services, { docId, start, end, label, snap: 'token' })
    await tag(a!.id, 0, 4, 'figure')
    await tag(a!.id, 10, 20, 'figure')
    await tag(a!.id, 0, 8, 'commitment')
    await tag(b!.id, 0, 4, 'figure')
    return { services, a: a!.id, b: b!.id }
  }

  it('setDocumentStatus writes each status to the index file before it returns', async () => {
    const services = await servicesIn(await tempDir())
    const docs = await services.listDocuments({})
    for (const [i, status] of (['in_progress', 'done', 'skipped', 'todo'] as const).entries()) {
      const summary = await services.setDocumentStatus({ docId: docs[i]!.id, status })
      expect(summary).toMatchObject({ id: docs[i]!.id, status })
      expect((await indexOnDisk(services)).documents[i]?.status).toBe(status)
    }
    await expect(services.setDocumentStatus({ docId: '0000000000000000', status: 'done' })).rejects.toMatchObject({ code: 'not_found' })
    await services.close()
  })

  it('updateLabels renames, recolours, reorders and rekeys labels; every span keeps its label id', async () => {
    const { services, a } = await withSpans()
    const before = await docOnDisk(services, a)
    const [commitment, agreement, figure] = services.workspace.labels as [Label, Label, Label]
    const next: Label[] = [
      { ...figure, name: 'Number', name_vi: 'Con số', color: '#117733', hotkey: 'm' },
      commitment,
      { ...agreement, hotkey: '9' },
      { id: 'event', name: 'Event', name_vi: 'Sự kiện', color: '#aa3377', hotkey: 'e', description: 'Something that happened.', attributes: [{ id: 'when', name: 'When', name_vi: 'Khi nào', type: 'text' }] },
    ]
    expect(await services.updateLabels({ labels: next })).toEqual(next)
    expect((await indexOnDisk(services)).labels).toEqual(next)
    expect(await docOnDisk(services, a)).toEqual(before)
    await services.close()
  })

  it('updateLabels refuses duplicate ids, names or hotkeys, the app’s keys and a dropped label, changing nothing', async () => {
    const { services } = await withSpans()
    const labels = services.workspace.labels as Label[]
    const [first, second] = labels as [Label, Label]
    const bad: Array<[Label[], RegExp]> = [
      [[...labels, { ...first }], /two labels have the id "commitment"/],
      [[first, { ...second, hotkey: first.hotkey }, ...labels.slice(2)], /both have the hotkey "1"/],
      [[{ ...first, hotkey: '?' }, ...labels.slice(1)], /"\?" is kept for the app/],
      [[{ ...first, hotkey: 'n' }, ...labels.slice(1)], /"n" is kept for the app/],
      // Names are compared trimmed, NFC-normalised and in any case: the CLI and the API cannot make two alike.
      [[first, { ...second, name: ` ${first.name.toUpperCase()} ` }, ...labels.slice(2)], /are both named/],
      [[{ ...first, name: 'Cam kết'.normalize('NFD') }, { ...second, name: 'cam kết' }, ...labels.slice(2)], /are both named/],
      [labels.slice(1), /"commitment" are missing/],
      [[{ ...first, attributes: [{ id: 'parties', name: 'Parties', name_vi: 'Các bên', type: 'text' }] }, ...labels.slice(1)], /"parties" is a list; its type cannot change/],
      [[{ ...first, attributes: [{ id: 'who', name: 'Who', name_vi: '', type: 'text' }, { id: 'who', name: 'Who', name_vi: '', type: 'list' }] }, ...labels.slice(1)], /two attributes "who"/],
    ]
    for (const [next, message] of bad) {
      await expect(services.updateLabels({ labels: next })).rejects.toThrow(message)
    }
    expect((await indexOnDisk(services)).labels).toEqual(labels)
    await services.close()
  })

  it('removeLabel says how many spans use a label and removes it only when forced, spans first', async () => {
    const { services, a, b } = await withSpans()
    const asked = await services.removeLabel({ id: 'figure' })
    expect(asked).toMatchObject({ removed: false, spans: 3, documents: 2 })
    expect((await indexOnDisk(services)).labels.map((l) => l.id)).toEqual(['commitment', 'agreement', 'figure'])
    expect((await docOnDisk(services, a)).spans.filter((s) => s.label === 'figure')).toHaveLength(2)

    const done = await services.removeLabel({ id: 'figure', force: true })
    expect(done).toMatchObject({ removed: true, spans: 3, documents: 2 })
    expect((await indexOnDisk(services)).labels.map((l) => l.id)).toEqual(['commitment', 'agreement'])
    expect((await docOnDisk(services, a)).spans.map((s) => s.label)).toEqual(['commitment'])
    expect((await docOnDisk(services, b)).spans).toEqual([])
    await services.close()
  })

  it('removeLabel removes an unused label at once and refuses the last label', async () => {
    const services = await servicesIn(await tempDir())
    expect(await services.removeLabel({ id: 'agreement' })).toMatchObject({ removed: true, spans: 0, documents: 0 })
    await services.removeLabel({ id: 'figure' })
    await expect(services.removeLabel({ id: 'commitment' })).rejects.toThrow('at least one label')
    await expect(services.removeLabel({ id: 'nope' })).rejects.toMatchObject({ code: 'not_found' })
    expect((await indexOnDisk(services)).labels.map((l) => l.id)).toEqual(['commitment'])
    await services.close()
  })

  it('a new workspace has each default label’s guideline in English and Vietnamese', async () => {
    const services = await servicesIn(await tempDir())
    for (const label of (await indexOnDisk(services)).labels) {
      expect(label.guidelines?.en.definition, label.id).toMatch(/\w/)
      expect(label.guidelines?.vi.definition, label.id).toMatch(/\w/)
      expect(label.guidelines?.vi.examples.length, label.id).toBeGreaterThan(0)
    }
    await services.close()
  })
})
