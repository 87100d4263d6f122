import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../src-main/core/export'
import { detectFormat, formatProblem, readBrat, READERS } from '../../../src-main/core/import'

const GOLDEN = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url))
const problems = (r: { problems: Parameters<typeof formatProblem>[0][] }): string[] => r.problems.map(formatProblem)

describe('detectFormat', () => {
  it('tells every export format from its content (the golden files)', async () => {
    for (const f of EXPORT_FORMATS) {
      const dir = join(GOLDEN, `corpus-${f.id}`)
      const name = (await readdir(dir)).find((n) => n !== 'annotation.conf' && !n.endsWith('.txt')) as string
      // Named neutrally, so only the content can tell (brat is the .ann beside its .txt).
      const shown = f.id === 'brat' ? name : 'upload.data'
      expect(detectFormat(shown, await readFile(join(dir, name), 'utf8')), f.id).toBe(f.id)
    }
  })

  it('takes .txt and .md as plain text, and gives up on content it does not know', () => {
    expect(detectFormat('notes.md', '{"text": "x", "label": []}')).toBe('text')
    expect(detectFormat('a.TXT', 'Hà Nội')).toBe('text')
    expect(detectFormat('a.data', 'Hà Nội\nnăm 2050')).toBeNull()
    expect(detectFormat('a.jsonl', '{"foo": 1}')).toBeNull()
  })
  it('reads a .jsonl file whose first line is broken as canonical JSONL, so its lines are named', () => {
    expect(detectFormat('work.jsonl', '{"id": "0123\n{"x":1}\n')).toBe('jsonl')
    expect(detectFormat('work.json', '{"id": "0123\n')).toBeNull()
  })

  it('reads a line of only text and a list of spans (model output a script wrote) as canonical JSONL, a Prodigy task as Prodigy', () => {
    const minimal = '{"text": "Hà Nội", "spans": [{"start": 0, "end": 6, "label": "figure"}]}\n'
    expect(detectFormat('model.out', minimal)).toBe('jsonl')
    expect(detectFormat('model.out', '{"text": "Hà Nội", "spans": [], "_input_hash": 1}\n')).toBe('prodigy')
  })
})

describe('format readers name the file and line of every problem', () => {
  it('spaCy: a broken line and a span without a label', () => {
    const content = '{"text":"a b","spans":{"sc":[{"start":0,"end":1,"label":"figure","kb_id":""}]}}\n{"text":\n{"text":"a","ents":[{"start":0,"end":1}]}\n'
    const r = READERS.spacy(content, 's.jsonl')
    expect(r.docs.map((d) => [d.line, d.spans.length])).toEqual([[1, 1]])
    expect(problems(r)).toEqual([expect.stringMatching(/^s\.jsonl:2: not valid JSON/), 's.jsonl:3: ents.0.label: Invalid input: expected string, received undefined'])
  })

  it('doccano: a triple that is not [start, end, label]; `entities` objects are read too', () => {
    const content = '{"text":"Hà Nội","label":[[0,2,"figure"],[3,"x"]]}\n{"text":"Hà Nội","entities":[{"start_offset":3,"end_offset":6,"label":"figure"}]}\n'
    const r = READERS.doccano(content, 'd.jsonl')
    expect(problems(r)).toEqual(['d.jsonl:1: label.1: Too small: expected array to have >=3 items'])
    expect(r.docs.map((d) => d.spans)).toEqual([[{ start: 3, end: 6, label: 'figure' }]])
  })

  it('Label Studio: the line each task starts on, and JSON faults with their line', () => {
    const content = '[\n  {"data": {"text": "Hà"}},\n  {"data": {}},\n  {"data": {"text": "x"}, "annotations": [{"result": [{"type": "labels", "value": {"labels": ["figure"]}}]}]}\n]\n'
    const r = READERS['label-studio'](content, 'l.json')
    expect(problems(r)).toEqual(['l.json:3: data.text: Invalid input: expected string, received undefined', 'l.json:4: result (no id): labels without value.start and value.end'])
    expect(problems(READERS['label-studio']('[\n{"data": 1},\n{"data"\n]', 'bad.json'))).toEqual(['bad.json:4: not valid JSON (colon expected)'])
  })

  it('CoNLL: a row with the wrong number of columns and a tag that is not IOB2, at their own lines', () => {
    const content = '-DOCSTART-\tO\n\nHà\tB-figure\nNội\tI-figure\tO\nnăm\tX-figure\n'
    const r = READERS.conll(content, 'c.conll')
    expect(problems(r)).toEqual(['c.conll:4: 3 columns where earlier lines have 2', 'c.conll:5: "X-figure" is not an IOB2 tag (O, B-label or I-label)'])
    expect(r.docs[0]?.text).toBe('Hà năm')
  })

  it('Hugging Face: tags that do not match the tokens', () => {
    const r = READERS.hf('{"tokens":["Hà","Nội"],"figure_tags":["B-figure"]}\n', 'h.jsonl')
    expect(problems(r)).toEqual(['h.jsonl:1: figure_tags: expected one tag per token (2)'])
  })

  it('brat: a text that does not match its offsets, a discontinuous span, and a dangling attribute', () => {
    const text = 'Hà Nội cam kết\nnăm 2050'
    const ann = ['T1\tfigure 0 2\tHà', 'T2\tfigure 3 6\tHà', 'T3\tfigure 0 2;7 10\tHà cam', 'A1\tunit T9 yên', 'R1\tcause Arg1:T1 Arg2:T1', 'X'].join('\n')
    const r = readBrat(text, ann, 'a.ann', 'a.txt')
    expect(problems(r)).toEqual([
      'a.ann:2: text "Hà" does not match the text at its offsets "Nội"',
      'a.ann:3: a discontinuous span (fragments apart by more than line breaks) cannot be held; only spans split at line breaks can',
      'a.ann:4: attribute A1 refers to T9, which is not a text-bound annotation above it',
      'a.ann:6: not a brat annotation line (T, A, #, R, E, M, N or *)',
    ])
    expect(r.notices?.map(formatProblem)).toEqual(['a.ann:1: ignored R lines: only text-bound annotations, their attributes and notes are imported'])
  })
})
