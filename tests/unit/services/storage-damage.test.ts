import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src-main/cli/program'
import { RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { failure, servicesAt, snapshot } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'

/** A seeded workspace whose first document file is cut short; the others are untouched. */
async function withTruncatedDocument(root: string) {
  const ws = join(root, 'ws')
  const first = await servicesAt(ws)
  const ids = (await first.listDocuments({})).map((d) => d.id)
  await first.close()
  const file = join(ws, 'documents', `${ids[0]}.json`)
  const damaged = (await readFile(file, 'utf8')).slice(0, 300)
  await writeFile(file, damaged)
  return { ws, ids, file, damaged }
}

function cli(ws: string) {
  const err: string[] = []
  const run = (...argv: string[]) =>
    runCli(argv, { resourcesDir: RESOURCES_DIR, workspace: (o) => ({ dir: o ?? ws, from: o ? 'option' : 'default' }), stdout: () => undefined, stderr: (t) => void err.push(t) })
  return { run, err }
}

describe('a truncated document file', () => {
  const tempDir = useTempDirs()

  it('is reported by file name and line:column, and marked damaged in the list with that message', async () => {
    const { ws, ids, file } = await withTruncatedDocument(await tempDir())
    const services = await servicesAt(ws)
    expect((await services.listDocuments({})).every((d) => d.damaged === undefined)).toBe(true)
    const opened = await failure(services.openDocument({ docId: ids[0]! }))
    expect(opened.code).toBe('invalid_file')
    expect(opened.message).toMatch(new RegExp(`^${file}:\\d+:\\d+: not valid JSON \\(`))
    const listed = await services.listDocuments({})
    expect(listed.map((d) => d.damaged)).toEqual([opened.message, undefined, undefined, undefined, undefined])
    await services.close()
  })

  it('is found by verifyDocuments without opening it', async () => {
    const { ws, ids, file } = await withTruncatedDocument(await tempDir())
    const services = await servicesAt(ws)
    const damaged = await services.verifyDocuments({})
    expect(damaged.map((d) => d.id)).toEqual([ids[0]])
    expect(damaged[0]?.damaged).toMatch(new RegExp(`^${file}:\\d+:\\d+: not valid JSON`))
    await services.close()
  })

  it('is never written, moved or deleted, while every other document keeps working', async () => {
    const { ws, ids, file, damaged } = await withTruncatedDocument(await tempDir())
    const services = await servicesAt(ws)
    expect((await failure(addSpan(services, { docId: ids[0]!, start: 0, end: 4, label: 'figure', snap: 'token' }))).code).toBe('invalid_file')
    for (const id of ids.slice(1)) {
      const { span } = await addSpan(services, { docId: id, start: 0, end: 4, label: 'figure', snap: 'token' })
      expect((await services.openDocument({ docId: id })).spans).toEqual([span])
    }
    await services.verifyDocuments({})
    await services.close()
    const reopened = await servicesAt(ws)
    expect((await reopened.listDocuments({})).map((d) => d.spanCount)).toEqual([0, 1, 1, 1, 1])
    await reopened.close()
    expect(await readFile(file, 'utf8')).toBe(damaged)
  })

  it('works again once mended by hand, without restarting', async () => {
    const { ws, ids, file } = await withTruncatedDocument(await tempDir())
    const services = await servicesAt(ws)
    await failure(services.openDocument({ docId: ids[0]! }))
    const seedCopy = await servicesAt(join(ws, '..', 'fresh'))
    await seedCopy.close()
    await writeFile(file, await readFile(join(ws, '..', 'fresh', 'documents', `${ids[0]}.json`), 'utf8'))
    expect((await services.openDocument({ docId: ids[0]! })).id).toBe(ids[0])
    expect((await services.listDocuments({}))[0]?.damaged).toBeUndefined()
    await services.close()
  })

  it('makes the command line export fail naming the file and line:column, exit 1, no stack trace, no output file', async () => {
    const { ws, file } = await withTruncatedDocument(await tempDir())
    const { run, err } = cli(ws)
    const out = join(ws, '..', 'out.jsonl')
    expect(await run('export', '-w', ws, '-o', out)).toBe(1)
    expect(err.join('')).toMatch(new RegExp(`^spanwright: ${file}:\\d+:\\d+: not valid JSON \\([a-z ]+\\)\\n$`))
    expect(existsSync(out)).toBe(false)
  })
})

describe('a document file listed in the index but missing', () => {
  const tempDir = useTempDirs()

  it('is marked damaged as missing, the others keep working, and deleting it clears the entry', async () => {
    const ws = join(await tempDir(), 'ws')
    const first = await servicesAt(ws)
    const ids = (await first.listDocuments({})).map((d) => d.id)
    await first.close()
    const file = join(ws, 'documents', `${ids[2]}.json`)
    await rm(file)
    const services = await servicesAt(ws)
    const opened = await failure(services.openDocument({ docId: ids[2]! }))
    expect(opened).toEqual({ code: 'invalid_file', message: `${file}: the document file is missing (the workspace index lists it)` })
    expect((await services.listDocuments({}))[2]?.damaged).toBe(opened.message)
    await addSpan(services, { docId: ids[3]!, start: 0, end: 4, label: 'figure', snap: 'token' })
    expect(await services.deleteDocument({ docId: ids[2]! })).toMatchObject({ docId: ids[2], trashId: null })
    expect((await services.listDocuments({})).map((d) => d.id)).toEqual(ids.filter((_, i) => i !== 2))
    await services.close()
  })
})

describe('the workspace index', () => {
  const tempDir = useTempDirs()

  it('when truncated, stops the workspace from opening with file:line:column, and nothing is written or seeded', async () => {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    const index = join(ws, 'spanwright.json')
    await writeFile(index, (await readFile(index, 'utf8')).slice(0, 400))
    const before = await snapshot(ws)
    const refused = await failure(servicesAt(ws))
    expect(refused.code).toBe('invalid_file')
    expect(refused.message).toMatch(new RegExp(`^${index}:\\d+:\\d+: not valid JSON`))
    expect(await snapshot(ws)).toEqual(before)
    const { run, err } = cli(ws)
    expect(await run('export', '-w', ws, '-o', join(ws, '..', 'out.jsonl'))).toBe(1)
    expect(err.join('')).toBe(`spanwright: ${refused.message}\n`)
  })

  it('when lost, is rebuilt from the document files with every span kept', async () => {
    const ws = join(await tempDir(), 'ws')
    const first = await servicesAt(ws)
    const [doc] = await first.listDocuments({})
    await addSpan(first, { docId: doc!.id, start: 0, end: 4, label: 'figure', snap: 'token' })
    const [, gone] = await first.listDocuments({})
    await first.deleteDocument({ docId: gone!.id })
    await first.close()
    // A non-seed document makes it a user's workspace, not an interrupted seeding.
    await writeFile(join(ws, 'documents', 'ffffffffffffffff.json'), '{ "schema": 1, "broken')
    await rm(join(ws, 'spanwright.json'))
    const services = await servicesAt(ws)
    const listed = await services.listDocuments({})
    expect(listed).toHaveLength(5)
    expect(listed.find((d) => d.id === doc!.id)?.spanCount).toBe(1)
    expect(listed.some((d) => d.id === gone!.id)).toBe(false)
    expect(listed.find((d) => d.id === 'ffffffffffffffff')?.title).toBe('ffffffffffffffff.json')
    expect((await services.openDocument({ docId: doc!.id })).spans).toHaveLength(1)
    await services.close()
  })

  it('when lost during seeding, is finished by the next open with the five seed articles', async () => {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    const names = await readdir(join(ws, 'documents'))
    await rm(join(ws, 'documents', names[1]!))
    await rm(join(ws, 'spanwright.json'))
    const services = await servicesAt(ws)
    expect(await services.listDocuments({})).toHaveLength(5)
    await services.close()
  })
})
