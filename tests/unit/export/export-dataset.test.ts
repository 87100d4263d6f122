import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDataset, SpansDroppedError } from '../../../src-main/store/export/export-dataset'
import { useTempDirs } from '../../support/temp-dir'
import { corpusWorkspace } from './corpus-workspace'

const nonEmptyLines = (text: string): string[] => text.split('\n').filter(Boolean)

describe('exportDataset', () => {
  const tempDir = useTempDirs()

  it('writes one file per split part, named after the target, holding every document exactly once', async () => {
    const dir = await tempDir()
    const { services } = await corpusWorkspace(dir)
    const split = { parts: [{ name: 'train', ratio: 0.5 }, { name: 'test', ratio: 0.5 }], seed: 3 }
    const result = await services.exportDataset({ path: join(dir, 'data.jsonl'), format: 'jsonl', split })
    expect(result.parts.map((p) => p.path)).toEqual([join(dir, 'data.train.jsonl'), join(dir, 'data.test.jsonl')])
    expect(existsSync(join(dir, 'data.jsonl'))).toBe(false)
    const whole = await services.exportDataset({ path: join(dir, 'all.jsonl'), format: 'jsonl' })
    const parts = await Promise.all(result.parts.map(async (p) => nonEmptyLines(await readFile(p.path, 'utf8'))))
    expect(parts.map((p) => p.length)).toEqual(result.parts.map((p) => p.documents))
    expect(parts.flat().sort()).toEqual(nonEmptyLines(await readFile(join(dir, 'all.jsonl'), 'utf8')).sort())
    expect(result.documents).toBe(whole.documents)
    // The same seed gives the same files.
    const again = await services.exportDataset({ path: join(dir, 'again.jsonl'), format: 'jsonl', split })
    expect(await readFile(join(dir, 'again.test.jsonl'), 'utf8')).toBe(await readFile(join(dir, 'data.test.jsonl'), 'utf8'))
    expect(again.parts.map((p) => p.documents)).toEqual(result.parts.map((p) => p.documents))
    await services.close()
  })

  it('gives a folder format one subfolder per part', async () => {
    const dir = await tempDir()
    const { services } = await corpusWorkspace(dir)
    const split = { parts: [{ name: 'train', ratio: 0.5 }, { name: 'dev', ratio: 0.5 }], seed: 1 }
    const result = await services.exportDataset({ path: join(dir, 'brat'), format: 'brat', split })
    expect((await readdir(join(dir, 'brat'))).sort()).toEqual(['.spanwright-export', 'dev', 'train'])
    for (const part of result.parts) {
      const names = await readdir(part.path)
      expect(names.filter((n) => n.endsWith('.ann'))).toHaveLength(part.documents)
      expect(names).toContain('annotation.conf')
    }
    await services.close()
  })

  it('exports only what the filters choose: statuses, labels (also the CoNLL columns) and annotator', async () => {
    const dir = await tempDir()
    const { services } = await corpusWorkspace(dir)
    const done = await services.exportDataset({ path: join(dir, 'done.jsonl'), format: 'jsonl', statuses: ['done'] })
    expect(done.documents).toBe(0) // imported documents start as todo
    const figures = await services.exportDataset({ path: join(dir, 'f.conll'), format: 'conll', labels: ['figure'] })
    const rows = nonEmptyLines(await readFile(join(dir, 'f.conll'), 'utf8')).map((l) => l.split('\t'))
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([2]))
    expect(rows.some((r) => r[1] === 'B-figure')).toBe(true)
    // Nine figure spans; two lie inside another figure, which one IOB2 column cannot hold: seven are written.
    expect(figures.spans).toBe(7)
    expect(figures.dropped).toHaveLength(2)
    expect(figures.parts).toEqual([expect.objectContaining({ spans: 7, dropped: 2 })])
    expect((await services.exportDataset({ path: join(dir, 'm.jsonl'), format: 'jsonl', annotator: 'minh' })).documents).toBe(0)
    expect((await services.exportDataset({ path: join(dir, 'l.jsonl'), format: 'jsonl', annotator: 'lan' })).documents).toBe(4)
    await expect(services.exportDataset({ path: join(dir, 'x.jsonl'), format: 'jsonl', labels: ['nope'] })).rejects.toThrow(
      'unknown label nope (the workspace has commitment, agreement, figure)',
    )
    await services.close()
  })

  it('with strict, writes nothing and lists every span the format would drop', async () => {
    const dir = await tempDir()
    const { services } = await corpusWorkspace(dir)
    const error = await exportDataset(services.workspace, { path: join(dir, 'x.conll'), format: 'conll', strict: true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SpansDroppedError)
    expect((error as SpansDroppedError).dropped.map((d) => d.text)).toEqual(['1.500', '520 nghìn người'])
    expect((error as Error).message).toMatch(/^conll cannot hold 2 spans \(\w+ 24\.\.29 figure; \w+ 31\.\.46 figure\); nothing was written/)
    expect(await readdir(dir)).not.toContain('x.conll')
    expect((await readdir(dir)).filter((n) => n.includes('partial'))).toEqual([])
    // Formats that hold everything succeed with strict.
    expect((await services.exportDataset({ path: join(dir, 'x.jsonl'), format: 'spacy', strict: true })).dropped).toEqual([])
    await services.close()
  })

  it('leaves the old file as it was when a document cannot be read midway', async () => {
    const dir = await tempDir()
    const { services, workspace } = await corpusWorkspace(dir)
    await writeFile(join(dir, 'out.jsonl'), 'old\n')
    const last = services.workspace.entries().at(-1)?.id as string
    await writeFile(join(workspace, 'documents', `${last}.json`), '{ damaged')
    await expect(services.exportDataset({ path: join(dir, 'out.jsonl'), format: 'jsonl' })).rejects.toThrow(/not valid JSON/)
    expect(await readFile(join(dir, 'out.jsonl'), 'utf8')).toBe('old\n')
    expect((await readdir(dir)).filter((n) => n.includes('partial'))).toEqual([])
    await services.close()
  })

  it('exports what the files hold now, also when another program changed a document the app has open', async () => {
    const dir = await tempDir()
    const { services, workspace } = await corpusWorkspace(dir)
    const id = services.workspace.entries()[0]?.id as string
    await services.openDocument({ docId: id }) // kept in memory from here on
    const file = join(workspace, 'documents', `${id}.json`)
    await writeFile(file, (await readFile(file, 'utf8')).replace('"note":""', '"note":"sửa bên ngoài"'))
    await services.exportDataset({ path: join(dir, 'a.jsonl'), format: 'jsonl' })
    expect(await readFile(join(dir, 'a.jsonl'), 'utf8')).toContain('"note":"sửa bên ngoài"')
    await services.close()
  })

  it('replaces an earlier brat export, but never a folder holding other files', async () => {
    const dir = await tempDir()
    const { services } = await corpusWorkspace(dir)
    await services.exportDataset({ path: join(dir, 'brat'), format: 'brat', split: { parts: [{ name: 'a', ratio: 0.5 }, { name: 'b', ratio: 0.5 }], seed: 0 } })
    await services.exportDataset({ path: join(dir, 'brat'), format: 'brat' })
    expect((await readdir(join(dir, 'brat'))).filter((n) => n.endsWith('.ann'))).toHaveLength(4)
    await writeFile(join(dir, 'brat', 'stale.ann'), '')
    await expect(services.exportDataset({ path: join(dir, 'brat'), format: 'brat' })).rejects.toThrow(
      `cannot export to ${join(dir, 'brat')}: the folder holds stale.ann, not written by a Spanwright export; choose an empty or new folder`,
    )
    await mkdir(join(dir, 'mine'))
    await writeFile(join(dir, 'mine', 'thesis.docx'), 'x')
    await expect(services.exportDataset({ path: join(dir, 'mine'), format: 'brat' })).rejects.toThrow(
      `cannot export to ${join(dir, 'mine')}: the folder holds thesis.docx, not written by a Spanwright export; choose an empty or new folder`,
    )
    expect(await readdir(join(dir, 'mine'))).toEqual(['thesis.docx'])
    await services.close()
  })

  it('reports progress after each document, ending at the total, and is idle afterwards', async () => {
    const dir = await tempDir()
    const { services } = await corpusWorkspace(dir)
    const seen: string[] = []
    const stop = services.progress.listen((p) => seen.push(`${p.task} ${p.done}/${p.total}`))
    await services.exportDataset({ path: join(dir, 'p.jsonl'), format: 'hf' })
    stop()
    expect(seen).toEqual(['export 1/4', 'export 2/4', 'export 3/4', 'export 4/4'])
    expect(await services.taskProgress({})).toEqual({ task: null, done: 0, total: 0 })
    await services.close()
  })
})
