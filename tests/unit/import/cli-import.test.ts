import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jsonlLine } from '../../../src-main/core/export'
import { openServices } from '../../../src-main/services'
import { RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { cliIn } from '../export/cli-run'
import { corpusRecords } from '../export/unicode-corpus'
import { corpusDocsWorkspace } from './corpus-docs-workspace'

async function documentsIn(workspace: string) {
  const services = await openServices({ workspaceDir: workspace, resourcesDir: RESOURCES_DIR, access: 'read', dialogs: { chooseSavePath: async () => null } })
  const docs = await Promise.all((await services.listDocuments({})).map((d) => services.openDocument({ docId: d.id })))
  await services.close()
  return docs
}

describe('spanwright import', () => {
  const tempDir = useTempDirs()

  it('imports canonical JSONL exactly: export → import into a new workspace → export is byte-identical', async () => {
    const dir = await tempDir()
    await (await corpusDocsWorkspace(dir, 'source', 'lan')).close()
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', join(dir, 'source'), '-o', join(dir, 'a.jsonl'))).toBe(0)
    expect(await cli.run('import', join(dir, 'a.jsonl'), '-w', join(dir, 'fresh'))).toBe(0)
    expect(await cli.run('export', '-w', join(dir, 'fresh'), '-o', join(dir, 'b.jsonl'))).toBe(0)
    const a = await readFile(join(dir, 'a.jsonl'), 'utf8')
    expect(await readFile(join(dir, 'b.jsonl'), 'utf8')).toBe(a)
    // What must survive is really there: statuses, the annotator, notes, attributes, ids, timestamps.
    expect(a).toContain('"status":"in_progress"')
    expect(a).toContain('"note":"kiểm tra lại\\nsố liệu"')
    expect(a).toContain('"attributes":{"confirmed":true,"parties":["Nhật Bản","Việt Nam"],"unit":"yên","value":3000000}')
    expect(cli.stderr()).toContain(`imported 4 documents, 18 spans into ${join(dir, 'fresh')}\n`)
  })

  it('names file:line for a broken line, a span whose text does not match, and an unknown label, and imports nothing from that file', async () => {
    const dir = await tempDir()
    const [good, other, third] = corpusRecords()
    if (!good || !other || !third) throw new Error('corpus')
    const mismatch = { ...other, spans: other.spans.map((s, i) => (i === 0 ? { ...s, text: 'sai' } : s)) }
    const unknown = { ...third, spans: third.spans.map((s, i) => (i === 0 ? { ...s, label: 'party' } : s)) }
    const file = join(dir, 'bad.jsonl')
    await writeFile(file, [jsonlLine(good), '{"id": \n', jsonlLine(mismatch), jsonlLine(unknown)].join(''))
    const cli = cliIn(dir)
    expect(await cli.run('import', file, '-w', join(dir, 'ws'))).toBe(1)
    const err = cli.stderr().split('\n')
    const s0 = other.spans[0] as { id: string; start: number; end: number; text: string }
    const u0 = third.spans[0] as { id: string; start: number; end: number }
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: not valid JSON`)),
      `${file}:3: span 1 (${s0.id}, ${s0.start}..${s0.end}): text "sai" does not match text[start:end] ${JSON.stringify(s0.text)}`,
      `${file}:4: span 1 (${u0.id}, ${u0.start}..${u0.end}): unknown label "party" (known: commitment, agreement, figure)`,
      `spanwright: nothing imported from ${file} because of the problems above (--skip-invalid imports its good documents)`,
      `imported 0 documents, 0 spans into ${join(dir, 'ws')}`,
      '',
    ])
    expect(await documentsIn(join(dir, 'ws'))).toEqual([])
    const skip = cliIn(dir)
    expect(await skip.run('import', file, '-w', join(dir, 'ws'), '--skip-invalid')).toBe(0)
    expect((await documentsIn(join(dir, 'ws'))).map((d) => d.id)).toEqual([good.id])
  })

  it('refuses a file that is not UTF-8, or binary, with the byte offset, and still imports the other files', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'latin1.txt'), Uint8Array.from([0x48, 0x61, 0x0a, 0x4e, 0xe0, 0x69]))
    await writeFile(join(dir, 'image.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
    await writeFile(join(dir, 'ok.txt'), 'Hà Nội')
    const cli = cliIn(dir)
    expect(await cli.run('import', join(dir, 'latin1.txt'), join(dir, 'image.md'), join(dir, 'ok.txt'), '-w', join(dir, 'ws'))).toBe(1)
    expect(cli.stderr()).toContain(`${join(dir, 'latin1.txt')}:2: byte 4: invalid UTF-8 sequence starting with byte 0xe0; nothing was imported from this file\n`)
    expect(cli.stderr()).toContain(`${join(dir, 'image.md')}:1: byte 0: invalid UTF-8 sequence starting with byte 0x89; nothing was imported from this file\n`)
    expect((await documentsIn(join(dir, 'ws'))).map((d) => d.text)).toEqual(['Hà Nội'])
  })

  it('counts one document and one span in the singular', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'one.jsonl'), `${JSON.stringify({ text: 'Hai bên ký kết.', spans: [{ start: 0, end: 7, label: 'agreement' }] })}\n`)
    const cli = cliIn(dir)
    expect(await cli.run('import', join(dir, 'one.jsonl'), '-w', join(dir, 'ws'))).toBe(0)
    expect(cli.stderr()).toContain(`imported 1 document, 1 span into ${join(dir, 'ws')}\n`)
  })

  it('imports .txt and .md as one document each, saying which normalizations it applied', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.txt'), '\uFEFFVie\u0323\u0302t Nam\r\nNha\u0323\u0302t Ba\u0309n\r\n')
    await writeFile(join(dir, 'b.md'), '# Tiêu đề\n\nHai bên ký kết.\n')
    const cli = cliIn(dir)
    expect(await cli.run('import', join(dir, 'a.txt'), join(dir, 'b.md'), '-w', join(dir, 'ws'))).toBe(0)
    expect(cli.stderr()).toBe(`${join(dir, 'a.txt')}:1: text normalized (nfc, lf, bom)\nimported 2 documents, 0 spans into ${join(dir, 'ws')}\n`)
    expect((await documentsIn(join(dir, 'ws'))).map((d) => [d.source, d.text])).toEqual([
      ['a.txt', 'Việt Nam\nNhật Bản\n'],
      ['b.md', '# Tiêu đề\n\nHai bên ký kết.\n'],
    ])
  })

  it('moves spans along when it normalizes a document that has them, and says so', async () => {
    const dir = await tempDir()
    // doccano, written by a tool that kept NFD and CRLF: "cam kết" is 0..9 and "Nhật Bản" 11..22 there.
    const text = 'cam ke\u0302\u0301t\r\nNha\u0323\u0302t Ba\u0309n'
    await writeFile(join(dir, 'd.jsonl'), `${JSON.stringify({ text, label: [[0, 9, 'commitment'], [11, 22, 'agreement']] })}\n`)
    const cli = cliIn(dir)
    expect(await cli.run('import', join(dir, 'd.jsonl'), '-w', join(dir, 'ws'))).toBe(0)
    expect(cli.stderr()).toContain(`${join(dir, 'd.jsonl')}:1: text normalized (nfc, lf); 2 spans moved with it\n`)
    const [doc] = await documentsIn(join(dir, 'ws'))
    expect(doc?.spans.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 7, 'cam kết'],
      [8, 16, 'Nhật Bản'],
    ])
  })

  it('reports a document the workspace already has, or that came earlier in the same import, and does not add it twice', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.txt'), 'Hà Nội')
    await writeFile(join(dir, 'copy.txt'), 'Hà Nội')
    const cli = cliIn(dir)
    await cli.run('import', join(dir, 'a.txt'), join(dir, 'copy.txt'), '-w', join(dir, 'ws'))
    const again = cliIn(dir)
    expect(await again.run('import', join(dir, 'a.txt'), '-w', join(dir, 'ws'))).toBe(0)
    const docs = await documentsIn(join(dir, 'ws'))
    expect(docs).toHaveLength(1)
    expect(cli.stderr()).toContain(`${join(dir, 'copy.txt')}:1: document ${docs[0]?.id} ("Hà Nội") is earlier in this import; not imported again\n`)
    expect(again.stderr()).toContain(`${join(dir, 'a.txt')}:1: document ${docs[0]?.id} ("Hà Nội") is in the workspace; not imported again\n`)
  })

  it('reads every .txt and .md below a folder, in name order', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'notes', 'sub'), { recursive: true })
    await writeFile(join(dir, 'notes', 'b.txt'), 'Hai')
    await writeFile(join(dir, 'notes', 'sub', 'a.md'), 'Một')
    await writeFile(join(dir, 'notes', 'c.png'), 'not imported')
    const cli = cliIn(dir)
    expect(await cli.run('import', join(dir, 'notes'), '-w', join(dir, 'ws'))).toBe(0)
    expect((await documentsIn(join(dir, 'ws'))).map((d) => d.source)).toEqual(['b.txt', 'a.md'])
  })

  // Issue 13: a missing path used to be one problem among others, exit 1, with the rest imported into a new workspace.
  it('refuses a missing path before anything is read or created (exit 2)', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.txt'), 'Một')
    const cli = cliIn(dir)
    expect(await cli.run('import', join(dir, 'a.txt'), join(dir, 'missing.jsonl'), '-w', join(dir, 'ws'))).toBe(2)
    expect(cli.stderr()).toBe(`spanwright: ${join(dir, 'missing.jsonl')}: no such file or folder\n`)
    expect(existsSync(join(dir, 'ws'))).toBe(false)
  })

  it('reads a brat export folder and names a file it cannot place', async () => {
    const dir = await tempDir()
    const source = await corpusDocsWorkspace(dir)
    await source.exportDataset({ path: join(dir, 'brat'), format: 'brat' })
    await source.close()
    await writeFile(join(dir, 'mystery.dat'), 'a,b,c\n')
    const cli = cliIn(dir)
    const code = await cli.run('import', join(dir, 'brat'), join(dir, 'mystery.dat'), '-w', join(dir, 'ws'))
    expect(code).toBe(1)
    expect(cli.stderr()).toContain(`${join(dir, 'mystery.dat')}:1: cannot tell which format this is; name it with --format\n`)
    expect(cli.stderr()).toContain(`imported 4 documents, 18 spans into ${join(dir, 'ws')}\n`)
  })
})
