import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src-main/cli/program'
import { RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { copyFixture, failure, FIXTURES, servicesAt, snapshot } from './storage-helpers'
import { addSpan } from '../../support/span-edits'

const FIRST = '2a778210f30da504'
const TRASHED = 'c46bab7e037be886'

describe('a workspace written by an earlier version', () => {
  const tempDir = useTempDirs()

  it('opens the schema 1 fixture as it is: documents, statuses, spans and trash', async () => {
    const ws = await copyFixture(1, join(await tempDir(), 'ws'))
    const services = await servicesAt(ws)
    expect((await services.listDocuments({})).map((d) => [d.title, d.status, d.spanCount])).toEqual([
      ['Việt Nam và Nhật Bản ký kết 05 văn kiện hợp tác', 'todo', 3],
      ['Nhật Bản tiếp tục hỗ trợ đào tạo nguồn nhân lực', 'in_progress', 1],
    ])
    expect((await services.openDocument({ docId: FIRST })).spans.map((s) => [s.label, s.text])).toEqual([
      ['agreement', 'ký kết 05 văn kiện hợp tác'],
      ['commitment', 'cam kết hỗ trợ 3 triệu yên'],
      ['figure', '3 triệu yên'],
    ])
    const [trashed] = await services.listTrash({})
    expect(trashed).toMatchObject({ docId: TRASHED, title: 'Bài viết đã bị xóa' })
    await services.restoreDocument({ trashId: trashed!.trashId })
    expect((await services.listDocuments({})).map((d) => d.id)).toEqual([FIRST, 'd4e8812a8063d7ab', TRASHED])
    await services.close()
  })
})

describe('a file written by a newer version', () => {
  const tempDir = useTempDirs()

  async function newerFile(rel: string): Promise<{ ws: string; file: string; text: string }> {
    const ws = await copyFixture(1, join(await tempDir(), 'ws'))
    const file = join(ws, rel)
    const text = (await readFile(file, 'utf8')).replace('"schema": 1', '"schema": 99')
    await writeFile(file, text)
    return { ws, file, text }
  }

  it('is refused when it is the index, with a message naming it, and nothing in the folder is written', async () => {
    const { ws, file } = await newerFile('spanwright.json')
    const before = await snapshot(ws)
    const refused = await failure(servicesAt(ws))
    expect(refused).toEqual({
      code: 'newer_version',
      message: `${file}: written by a newer version of Spanwright (schema 99; this version reads schema 1 and older). Update Spanwright to open it; the file is left as it is.`,
    })
    expect(await snapshot(ws)).toEqual(before)
  })

  it('is refused when it is a document: marked damaged, never rewritten, the others still work', async () => {
    const { ws, file, text } = await newerFile(`documents/${FIRST}.json`)
    const services = await servicesAt(ws)
    expect(await failure(services.openDocument({ docId: FIRST }))).toMatchObject({ code: 'newer_version', message: expect.stringContaining(file) })
    expect(await failure(addSpan(services, { docId: FIRST, start: 0, end: 4, label: 'figure', snap: 'token' }))).toMatchObject({
      code: 'newer_version',
    })
    const [first, second] = await services.listDocuments({})
    expect(first?.damaged).toMatch(/written by a newer version of Spanwright \(schema 99/)
    expect(second?.damaged).toBeUndefined()
    await addSpan(services, { docId: second!.id, start: 0, end: 4, label: 'figure', snap: 'token' })
    await services.close()
    expect(await readFile(file, 'utf8')).toBe(text)
  })

  it('makes the command line export fail naming the file, exit 1, no stack trace', async () => {
    const { ws, file } = await newerFile(`documents/${FIRST}.json`)
    const err: string[] = []
    const code = await runCli(['export', '-w', ws, '-o', join(ws, '..', 'out.jsonl')], {
      resourcesDir: RESOURCES_DIR,
      workspace: (o) => ({ dir: o ?? ws, from: o ? 'option' : 'default' }),
      stdout: () => undefined,
      stderr: (t) => void err.push(t),
    })
    expect(code).toBe(1)
    expect(err.join('')).toMatch(new RegExp(`^spanwright: ${file}: written by a newer version of Spanwright[^\\n]*\\n$`))
  })

  it('keeps the fixture files themselves unchanged by these tests', async () => {
    expect(await readFile(join(FIXTURES, 'v1', 'workspace', 'spanwright.json'), 'utf8')).toMatch(/^\{\n {2}"schema": 1,/)
  })
})
