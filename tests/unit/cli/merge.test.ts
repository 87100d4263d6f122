import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCanonicalJsonl } from '../../../src-main/core/import'
import { loadAnnotationSource } from '../../../src-main/store/import/annotation-source'
import { useTempDirs } from '../../support/temp-dir'
import { spanwright } from '../compare/cli-runner'
import { FIXTURES } from '../compare/reference-values'

const A = `${FIXTURES}tiny-a.jsonl`
const B = `${FIXTURES}tiny-b.jsonl`

const spansOf = async (file: string) => {
  const { records, problems } = readCanonicalJsonl(await readFile(file, 'utf8'), file)
  expect(problems).toEqual([])
  return records.flatMap((r) => r.record.spans.map((s) => `${s.start}-${s.end}:${s.label} ${s.origin} ${JSON.stringify(s.attributes)}`))
}

describe('spanwright merge', () => {
  const tempDir = useTempDirs()

  it('refuses to write when the strategy leaves conflicts, listing each one', async () => {
    const dir = await tempDir()
    const out = join(dir, 'gold.jsonl')
    const { code, stderr } = await spanwright(['merge', A, B, '--out', out])
    expect(code).toBe(1)
    expect(stderr.split('\n')).toEqual([
      'conflict: 9f13f21c50a14a76 "Nhật Bản cam kết hỗ trợ 3 triệu yên." agreement 0..8 "Nhật Bản": had lan; not minh',
      'conflict: 9f13f21c50a14a76 "Nhật Bản cam kết hỗ trợ 3 triệu yên." figure 24..35 "3 triệu yên": had lan; not minh',
      'conflict: 9f13f21c50a14a76 "Nhật Bản cam kết hỗ trợ 3 triệu yên." commitment 0..8 "Nhật Bản": had minh; not lan',
      'conflict: 9f13f21c50a14a76 "Nhật Bản cam kết hỗ trợ 3 triệu yên." figure 26..35 "triệu yên": had minh; not lan',
      'spanwright: 4 conflicts the majority strategy cannot settle; nothing was written (settle them, choose another --strategy, or --force to write the merge without those spans)',
      // Issue 13: with two inputs majority ties on every disagreement; the message says which strategies settle them.
      "spanwright: with two inputs every disagreement is a tie: --strategy prefer-first keeps the first input's span where they disagree and adds the spans only the second has; --strategy union keeps both; --force keeps only the spans both have; or settle each one in the app (Review → Compare with File…)",
      '',
    ])
    expect(await readdir(dir)).toEqual([])
  })

  it('--force writes the agreed spans with their provenance and leaves the conflicts out', async () => {
    const dir = await tempDir()
    const out = join(dir, 'gold.jsonl')
    const { code, stderr } = await spanwright(['merge', A, B, '--out', out, '--force'])
    expect(code).toBe(0)
    expect(stderr).toMatch(/merged 1 documents, 2 spans from lan, minh \(majority, 4 conflicting spans left out\) to .*gold\.jsonl\n$/)
    expect(await spansOf(out)).toEqual([
      '0-36:topic merged {"annotators":["lan","minh"]}',
      '9-35:commitment merged {"annotators":["lan","minh"]}',
    ])
  })

  it('union and prefer-first settle everything and write a file the comparison commands read', async () => {
    const dir = await tempDir()
    expect((await spanwright(['merge', A, B, '-o', join(dir, 'union.jsonl'), '--strategy', 'union'])).code).toBe(0)
    expect(await spansOf(join(dir, 'union.jsonl'))).toEqual([
      '0-8:agreement merged {"annotators":["lan"]}',
      '0-8:commitment merged {"annotators":["minh"]}',
      '0-36:topic merged {"annotators":["lan","minh"]}',
      '9-35:commitment merged {"annotators":["lan","minh"]}',
      '24-35:figure merged {"annotators":["lan"]}',
      '26-35:figure merged {"annotators":["minh"]}',
    ])
    expect((await spanwright(['merge', A, B, '-o', join(dir, 'first.jsonl'), '--strategy', 'prefer-first'])).code).toBe(0)
    expect(await spansOf(join(dir, 'first.jsonl'))).toEqual([
      '0-8:agreement merged {"annotators":["lan"]}',
      '0-36:topic merged {"annotators":["lan","minh"]}',
      '9-35:commitment merged {"annotators":["lan","minh"]}',
      '24-35:figure merged {"annotators":["lan"]}',
    ])
    expect((await loadAnnotationSource(join(dir, 'first.jsonl'))).name).toBe('lan+minh')
    // Preferring A where they disagree, and B adding nothing undisputed here, gives A's spans again.
    expect((await spanwright(['diff', join(dir, 'first.jsonl'), A, '--exit-code'])).code).toBe(0)
  })

  it('takes three or more inputs, and tells apart inputs with the same annotator by file name', async () => {
    const dir = await tempDir()
    const out = join(dir, 'gold.jsonl')
    expect((await spanwright(['merge', A, B, A, '-o', out])).code).toBe(0)
    const spans = await spansOf(out)
    expect(spans).toContain('24-35:figure merged {"annotators":["lan (tiny-a.jsonl) #1","lan (tiny-a.jsonl) #3"]}')
    expect(spans).toHaveLength(4)
  })

  it('refuses bad arguments with exit code 2 and writes nothing', async () => {
    const dir = await tempDir()
    const out = join(dir, 'gold.jsonl')
    expect(await spanwright(['merge', A, '-o', out])).toMatchObject({ code: 2, stderr: 'spanwright: merge needs at least two inputs\n' })
    expect((await spanwright(['merge', A, B, '-o', out, '--strategy', 'vote'])).code).toBe(2)
    expect((await spanwright(['merge', A, B])).code).toBe(2)
    expect(await spanwright(['merge', A, B, '-o', dir, '--strategy', 'union'])).toMatchObject({ code: 2, stderr: expect.stringContaining('it is a folder') })
    expect(existsSync(out)).toBe(false)
  })
})
