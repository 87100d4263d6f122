import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadAnnotationSource, loadAnnotationSources } from '../../../src-main/store/import/annotation-source'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { folderSnapshot } from './cli-runner'
import { FIXTURES } from './reference-values'

describe('loadAnnotationSource', () => {
  const tempDir = useTempDirs()

  it('reads a canonical .jsonl file, named after its annotator', async () => {
    const source = await loadAnnotationSource(`${FIXTURES}seed-b.jsonl`)
    expect([source.kind, source.name, source.records.length, source.labels]).toEqual(['jsonl', 'minh', 4, []])
  })

  it('reads a workspace folder without writing to it, with its annotator and label order', async () => {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    await services.close()
    const before = await folderSnapshot(services.workspace.dir)
    const source = await loadAnnotationSource(services.workspace.dir)
    expect([source.kind, source.name, source.records.length, source.labels]).toEqual(['workspace', 'lan', 5, ['commitment', 'agreement', 'figure']])
    expect(source.records[0]?.tokens.length).toBeGreaterThan(100)
    expect(await folderSnapshot(services.workspace.dir)).toEqual(before)
  })

  it('refuses a file with broken records, listing each as file:line', async () => {
    const dir = await tempDir()
    const lines = (await readFile(`${FIXTURES}tiny-a.jsonl`, 'utf8')).trimEnd()
    const broken = lines.replace('"text":"Nhật Bản"', '"text":"Nhật"')
    await writeFile(join(dir, 'x.jsonl'), `${lines}\n{"id":\n${broken}\n`)
    await expect(loadAnnotationSource(join(dir, 'x.jsonl'))).rejects.toThrow(
      new RegExp(`is not a canonical annotation file \\(2 problems\\):\\n.*x\\.jsonl:2: not valid JSON.*\\n.*x\\.jsonl:3: span \\d+ \\(lan-3, 0\\.\\.8\\): text "Nhật" does not match`),
    )
  })

  it('refuses a file that is not UTF-8, with the byte offset', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'x.jsonl'), Buffer.from([0x7b, 0xff, 0x7d]))
    await expect(loadAnnotationSource(join(dir, 'x.jsonl'))).rejects.toThrow(/x\.jsonl: byte 1: invalid UTF-8/)
  })

  it('refuses a missing path and a folder that is not a workspace, creating nothing', async () => {
    const dir = await tempDir()
    await expect(loadAnnotationSource(join(dir, 'missing'))).rejects.toMatchObject({ code: 'invalid_argument' })
    await mkdir(join(dir, 'plain'))
    await expect(loadAnnotationSource(join(dir, 'plain'))).rejects.toThrow(/is a folder but not a Spanwright workspace/)
    expect(await folderSnapshot(join(dir, 'plain'))).toEqual({})
  })

  it('tells apart inputs made under one annotator name', async () => {
    const dir = await tempDir()
    await copyFile(`${FIXTURES}tiny-a.jsonl`, join(dir, 'other.jsonl'))
    const sources = await loadAnnotationSources([`${FIXTURES}tiny-a.jsonl`, `${FIXTURES}tiny-b.jsonl`, join(dir, 'other.jsonl')])
    expect(sources.map((s) => s.name)).toEqual(['lan (tiny-a.jsonl)', 'minh', 'lan (other.jsonl)'])
  })
})
