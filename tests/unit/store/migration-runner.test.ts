/**
 * The migration runner, end to end through the real workspace code. Schema 1 is
 * the first released version, so there is no real migration yet: this file
 * pretends the current build writes schema 2 and registers test-only steps, then
 * opens the real v1 fixture with it.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { copyFixture, FIXTURES, servicesAt, snapshot } from './storage-helpers'
import { addSpan } from '../../support/span-edits'

vi.mock('../../../src-main/core/model/schema-version', () => ({ SCHEMA_VERSIONS: { index: 2, document: 2, trash: 1, lock: 1 } }))
vi.mock('../../../src-main/core/model/migrations/registry', () => ({
  MIGRATIONS: [
    {
      kind: 'index',
      from: 1,
      summary: 'titles in capitals (test only)',
      up: (d: { documents: Array<{ title: string }> }) => ({ ...d, documents: d.documents.map((e) => ({ ...e, title: e.title.toUpperCase() })) }),
    },
    {
      kind: 'document',
      from: 1,
      summary: 'every span gets a note (test only)',
      up: (d: { spans: Array<Record<string, unknown>> }) => ({ ...d, spans: d.spans.map((s) => ({ ...s, note: 'migrated' })) }),
    },
  ],
}))

const FIRST = '2a778210f30da504'
const SECOND = 'd4e8812a8063d7ab'
const fixtureFile = (rel: string): Promise<string> => readFile(join(FIXTURES, 'v1', 'workspace', rel), 'utf8')
const json = async (file: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>

describe('migrations on open (with a test-only schema 2)', () => {
  const tempDir = useTempDirs()

  it('migrates the index when the workspace opens and keeps the original under backups/schema-1', async () => {
    const ws = await copyFixture(1, join(await tempDir(), 'ws'))
    const services = await servicesAt(ws)
    expect((await services.listDocuments({})).map((d) => d.title)).toEqual([
      'VIỆT NAM VÀ NHẬT BẢN KÝ KẾT 05 VĂN KIỆN HỢP TÁC',
      'NHẬT BẢN TIẾP TỤC HỖ TRỢ ĐÀO TẠO NGUỒN NHÂN LỰC',
    ])
    expect(await json(join(ws, 'spanwright.json'))).toMatchObject({ schema: 2 })
    expect(await readFile(join(ws, 'backups', 'schema-1', 'spanwright.json'), 'utf8')).toBe(await fixtureFile('spanwright.json'))
    await services.close()
  })

  it('migrates a document when it is opened, and only that one, keeping a backup of it', async () => {
    const ws = await copyFixture(1, join(await tempDir(), 'ws'))
    const services = await servicesAt(ws)
    const doc = await services.openDocument({ docId: FIRST })
    expect(doc.spans.map((s) => s.note)).toEqual(['migrated', 'migrated', 'migrated'])
    expect(await json(join(ws, 'documents', `${FIRST}.json`))).toMatchObject({ schema: 2 })
    expect(await readFile(join(ws, 'backups', 'schema-1', 'documents', `${FIRST}.json`), 'utf8')).toBe(
      await fixtureFile(`documents/${FIRST}.json`),
    )
    expect(await readFile(join(ws, 'documents', `${SECOND}.json`), 'utf8')).toBe(await fixtureFile(`documents/${SECOND}.json`))
    await services.close()
  })

  it('writes an edit of a migrated document in the new schema', async () => {
    const ws = await copyFixture(1, join(await tempDir(), 'ws'))
    const services = await servicesAt(ws)
    const { text } = await services.openDocument({ docId: SECOND })
    const [start, end] = [0, [...text].indexOf(' ')]
    await addSpan(services, { docId: SECOND, start, end, label: 'agreement', snap: 'token' })
    const file = (await json(join(ws, 'documents', `${SECOND}.json`))) as { schema: number; spans: Array<{ note: string; label: string }> }
    expect(file.schema).toBe(2)
    expect(file.spans.map((s) => [s.label, s.note])).toEqual([
      ['agreement', ''],
      ['figure', 'migrated'],
    ])
    await services.close()
  })

  it('migrates only in memory when opened for reading, changing no file', async () => {
    const ws = await copyFixture(1, join(await tempDir(), 'ws'))
    const before = await snapshot(ws)
    const services = await servicesAt(ws, { access: 'read' })
    expect((await services.openDocument({ docId: FIRST })).spans[0]?.note).toBe('migrated')
    await services.close()
    expect(await snapshot(ws)).toEqual(before)
  })

  it('never replaces an earlier backup: a different one gets a numbered name', async () => {
    const ws = await copyFixture(1, join(await tempDir(), 'ws'))
    await (await servicesAt(ws)).close()
    const original = await fixtureFile('spanwright.json')
    // The user puts a v1 index back (from git, say) that differs from the first one.
    const other = original.replace('"annotator": "lan"', '"annotator": "minh"')
    await writeFile(join(ws, 'spanwright.json'), other)
    await (await servicesAt(ws)).close()
    expect(await readFile(join(ws, 'backups', 'schema-1', 'spanwright.json'), 'utf8')).toBe(original)
    expect(await readFile(join(ws, 'backups', 'schema-1', 'spanwright.json.2'), 'utf8')).toBe(other)
  })
})
