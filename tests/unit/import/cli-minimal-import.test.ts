import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LABELS } from '../../../src-main/core/model'
import { sha256Hex } from '../../../src-main/core/hash'
import { documentId } from '../../../src-main/core/text'
import { openServices } from '../../../src-main/services'
import { hasPython, runPython } from '../../support/python'
import { RESOURCES_DIR } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { codePoints } from '../core/arbitraries'
import { cliIn } from '../export/cli-run'

async function workspaceState(workspace: string) {
  const services = await openServices({ workspaceDir: workspace, resourcesDir: RESOURCES_DIR, access: 'read', dialogs: { chooseSavePath: async () => null } })
  const list = await services.listDocuments({})
  const docs = await Promise.all(list.map((d) => services.openDocument({ docId: d.id })))
  const labels = services.workspace.labels
  await services.close()
  return { list, docs, labels }
}

/** `{"start", "end", "label"}` of `piece` in `text`, offsets in code points as a Python script computes them. */
function span(text: string, piece: string, label: string) {
  const start = codePoints(text.slice(0, text.indexOf(piece))).length
  return { start, end: start + codePoints(piece).length, label }
}

const EMOJI = 'Gia đình 👩‍👩‍👧 ủng hộ 👍🏽 Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên'
const RAW = 'cam ke\u0302\u0301t\r\nNha\u0323\u0302t Ba\u0309n' // NFD and CRLF, as a tool that kept them writes it

describe('spanwright import of minimal records (text and spans only)', () => {
  const tempDir = useTempDirs()

  it('computes what is absent, keeps the status, moves offsets of NFD/CRLF text, and adds labels only with --add-labels', async () => {
    const dir = await tempDir()
    const file = join(dir, 'model.jsonl')
    const lines = [
      { text: EMOJI, spans: [span(EMOJI, '3 triệu yên', 'figure'), span(EMOJI, 'Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên', 'commitment')], status: 'done' },
      { text: RAW, spans: [span(RAW, 'cam ke\u0302\u0301t', 'commitment'), span(RAW, 'Nha\u0323\u0302t Ba\u0309n', 'party')] },
    ]
    await writeFile(file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''))

    const refused = cliIn(dir)
    expect(await refused.run('import', file, '-w', join(dir, 'ws'))).toBe(1)
    expect(refused.stderr()).toContain(`${file}:2: span 2 (11..22): unknown label "party" (known: commitment, agreement, figure)\n`)
    expect((await workspaceState(join(dir, 'ws'))).list).toEqual([])

    const cli = cliIn(dir)
    expect(await cli.run('import', file, '-w', join(dir, 'ws'), '--add-labels')).toBe(0)
    expect(cli.stdout()).toBe('added label party\n')
    expect(cli.stderr()).toContain(`${file}:2: text normalized (nfc, lf); 2 spans moved with it\n`)
    expect(cli.stderr()).toContain(`imported 2 documents, 4 spans into ${join(dir, 'ws')}\n`)
    const { list, docs, labels } = await workspaceState(join(dir, 'ws'))
    expect(list.map((d) => [d.id, d.status])).toEqual([
      [documentId(EMOJI), 'done'],
      [documentId('cam kết\nNhật Bản'), 'todo'],
    ])
    expect(docs.map((d) => d.spans.map((s) => [s.start, s.end, s.label, s.text]))).toEqual([
      [
        [25, 62, 'commitment', 'Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên'], // Python: text.find(piece) and len(piece)
        [51, 62, 'figure', '3 triệu yên'],
      ],
      [
        [0, 7, 'commitment', 'cam kết'],
        [8, 16, 'party', 'Nhật Bản'],
      ],
    ])
    const stored = JSON.parse(await readFile(join(dir, 'ws', 'documents', `${documentId('cam kết\nNhật Bản')}.json`), 'utf8')) as { import: unknown }
    expect(stored.import).toMatchObject({ normalized: ['nfc', 'lf'], original_sha256: sha256Hex(RAW) })
    const party = labels.find((l) => l.id === 'party')
    expect(party).toMatchObject({ name: 'party', hotkey: '4' })
    expect(DEFAULT_LABELS.map((l) => l.color)).not.toContain(party?.color)

    // Imported again: the same ids, so nothing is added twice and no label is added again.
    const again = cliIn(dir)
    expect(await again.run('import', file, '-w', join(dir, 'ws'), '--add-labels')).toBe(0)
    expect(again.stdout()).toBe('')
    expect(again.stderr()).toContain(`${file}:1: document ${documentId(EMOJI)} ("${EMOJI}") is in the workspace; not imported again\n`)
  })

  it('--add-labels refuses a label that cannot be a label id, naming file:line, and adds no label', async () => {
    const dir = await tempDir()
    const file = join(dir, 'ner.jsonl')
    await writeFile(file, `${JSON.stringify({ text: 'Hà Nội', spans: [{ start: 0, end: 6, label: 'LOC' }] })}\n`)
    const cli = cliIn(dir)
    expect(await cli.run('import', file, '-w', join(dir, 'ws'), '--add-labels')).toBe(1)
    expect(cli.stderr()).toContain(`${file}:1: spans.0.label: a label id is lower-case letters, digits, "_" or "-", starting with a letter\n`)
    expect(cli.stdout()).toBe('')
    // The same from any format import reads (here doccano), whose labels are free text.
    const doccano = join(dir, 'doccano.jsonl')
    await writeFile(doccano, `${JSON.stringify({ text: 'Hà Nội', label: [[0, 6, 'LOC']] })}\n`)
    expect(await cli.run('import', doccano, '-w', join(dir, 'ws'), '--add-labels')).toBe(1)
    expect(cli.stderr()).toContain(`${doccano}:1: span 0..6: "LOC" cannot be added as a label: a label id is lower-case letters, digits, "_" or "-", starting with a letter\n`)
    expect((await workspaceState(join(dir, 'ws'))).labels.map((l) => l.id)).toEqual(['commitment', 'agreement', 'figure'])
  })

  it('validate accepts minimal records and says how many documents and spans it read', async () => {
    const dir = await tempDir()
    const file = join(dir, 'model.jsonl')
    await writeFile(file, `${JSON.stringify({ text: EMOJI, spans: [span(EMOJI, '𠀋', 'figure')] })}\n`)
    const cli = cliIn(dir)
    expect(await cli.run('validate', file)).toBe(0)
    expect(cli.stderr()).toBe(`${file}: 1 document, 1 span: ok\n`)
  })

  // Shows as skipped with this name where python3 is missing.
  it.skipIf(!hasPython)('a file a Python script writes (str offsets) imports and exports so that Python reads text[start:end] == span text (needs python3)', async () => {
    const dir = await tempDir()
    const file = join(dir, 'py.jsonl')
    runPython(WRITE_MINIMAL, [file])
    const cli = cliIn(dir)
    expect(await cli.run('import', file, '-w', join(dir, 'ws'), '--add-labels')).toBe(0)
    expect(cli.stdout()).toBe('added label party\n')
    expect(await cli.run('export', '-w', join(dir, 'ws'), '-o', join(dir, 'out.jsonl'))).toBe(0)
    expect(runPython(READ_BACK, [join(dir, 'out.jsonl')]).trim().split('\n')).toEqual([
      'done 👩‍👩‍👧|Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên|3 triệu yên',
      'todo cam kết|Nhật Bản',
    ])
    expect(await readFile(join(dir, 'out.jsonl'), 'utf8')).toContain('"origin":"imported"')
  })
})

const WRITE_MINIMAL = `
import json, sys
docs = [
    ("Gia đình 👩‍👩‍👧 ủng hộ 👍🏽 Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên", [("3 triệu yên", "figure"), ("👩‍👩‍👧", "figure"), ("Nhật Bản cam kết hỗ trợ 𠀋 3 triệu yên", "commitment")], "done"),
    ("cam ke\\u0302\\u0301t\\r\\nNha\\u0323\\u0302t Ba\\u0309n", [("cam ke\\u0302\\u0301t", "commitment"), ("Nha\\u0323\\u0302t Ba\\u0309n", "party")], None),
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for text, pieces, status in docs:
        record = {"text": text, "spans": [{"start": text.find(p), "end": text.find(p) + len(p), "label": l} for p, l in pieces]}
        if status: record["status"] = status
        f.write(json.dumps(record, ensure_ascii=False) + "\\n")
`

const READ_BACK = `
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    for s in r["spans"]:
        assert r["text"][s["start"]:s["end"]] == s["text"], s
    print(r["status"], "|".join(s["text"] for s in r["spans"]))
`
