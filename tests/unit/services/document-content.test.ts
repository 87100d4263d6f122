/**
 * A document file that parses and matches the schema but not its own text
 * (a hand edit, another tool) is damaged: opened, edited and exported it would
 * carry bad offsets into a dataset.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentFile } from '../../../src-main/core/model'
import { useTempDirs } from '../../support/temp-dir'
import { failure, servicesAt } from '../store/storage-helpers'
import { addSpan } from '../../support/span-edits'
import { cliIn } from '../export/cli-run'

type Change = (doc: DocumentFile) => void

async function withChangedDocument(root: string, change: Change) {
  const ws = join(root, 'ws')
  const first = await servicesAt(ws)
  const ids = (await first.listDocuments({})).map((d) => d.id)
  await addSpan(first, { docId: ids[0]!, start: 0, end: 4, label: 'figure', snap: 'token' })
  await addSpan(first, { docId: ids[0]!, start: 10, end: 14, label: 'figure', snap: 'token' })
  await first.close()
  const file = join(ws, 'documents', `${ids[0]}.json`)
  const doc = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
  change(doc)
  const bytes = `${JSON.stringify(doc, null, 2)}\n`
  await writeFile(file, bytes)
  return { ws, ids, file, bytes }
}

const span0 = (doc: DocumentFile) => doc.spans[0]!

const CASES: Array<[string, Change, RegExp]> = [
  ['a span past the end of the text', (d) => void (span0(d).end = 1_000_000), /span \S+ 0\.\.1000000 falls outside the text \(0\.\.\d+\)/],
  ['a span whose start is after its end', (d) => void Object.assign(span0(d), { start: 5, end: 2 }), /span \S+ 5\.\.2 is empty or reversed/],
  ['a span whose text does not match its offsets', (d) => void (span0(d).text = 'khác'), /span \S+ 0\.\.\d+: its text "khác" is not the text at its offsets/],
  ['an id that is not the hash of the text', (d) => void (d.text_sha256 = '0'.repeat(64)), /text_sha256 is not the SHA-256 of the text/],
  ['text in NFD', (d) => void (d.text = d.text.normalize('NFD')), /the text is not in NFC/],
  ['text with CR LF', (d) => void (d.text = d.text.replace(/\n/g, '\r\n')), /the text has a carriage return/],
  ['two spans with one id', (d) => void (d.spans[1]!.id = span0(d).id), /two spans have the id \S+/],
]

describe('a document file that disagrees with its own text', () => {
  const tempDir = useTempDirs()

  it.each(CASES)('with %s is damaged, with the reason, and never written', async (_what, change, reason) => {
    const { ws, ids, file, bytes } = await withChangedDocument(await tempDir(), change)
    const services = await servicesAt(ws)
    const opened = await failure(services.openDocument({ docId: ids[0]! }))
    expect(opened.code).toBe('invalid_file')
    expect(opened.message).toMatch(new RegExp(`^${file}: `))
    expect(opened.message).toMatch(reason)
    expect((await services.listDocuments({}))[0]?.damaged).toBe(opened.message)
    expect((await failure(addSpan(services, { docId: ids[0]!, start: 20, end: 24, label: 'figure', snap: 'token' }))).code).toBe('invalid_file')
    await services.close()
    expect(await readFile(file, 'utf8')).toBe(bytes)
  })

  it('stops an export, naming the file and the reason (exit 1)', async () => {
    const dir = await tempDir()
    const { ws, file } = await withChangedDocument(dir, CASES[0]![1])
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', ws, '--out', join(dir, 'out.jsonl'))).toBe(1)
    expect(cli.stderr()).toContain(`${file}: span`)
    expect(cli.stderr()).toMatch(/falls outside the text/)
  })

  it('refuses an index that lists one document twice, naming it', async () => {
    const dir = await tempDir()
    const ws = join(dir, 'ws')
    const first = await servicesAt(ws)
    await first.close()
    const index = join(ws, 'spanwright.json')
    const json = JSON.parse(await readFile(index, 'utf8')) as { documents: unknown[] }
    json.documents.push(json.documents[0])
    await writeFile(index, JSON.stringify(json))
    const cli = cliIn(dir)
    expect(await cli.run('export', '-w', ws, '--out', join(dir, 'out.jsonl'))).toBe(1)
    expect(cli.stderr()).toMatch(new RegExp(`${index}: the document [0-9a-f]{16} is listed twice \\(entries 1 and 6\\)`))
  })
})
