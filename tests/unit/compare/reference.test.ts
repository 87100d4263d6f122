import { spawnSync } from 'node:child_process'
import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { agreementOf, diffCorpora } from '../../../src-main/core/compare'
import { useTempDirs } from '../../support/temp-dir'
import { differences, FIXTURES, PAIRS, readReference, readSide, type Reference } from './reference-values'

const SCRIPT = fileURLToPath(new URL('../../../scripts/reference-agreement.py', import.meta.url))
// Debian's python3 is the one with python3-sklearn and python3-nltk (PyPI is out of reach here).
const PYTHON = '/usr/bin/python3'
const hasReferenceLibraries = spawnSync(PYTHON, ['-c', 'import sklearn, nltk']).status === 0

describe.each(PAIRS)('the %s fixture pair against scikit-learn and NLTK', (prefix) => {
  const a = readSide(`${FIXTURES}${prefix}-a.jsonl`)
  const b = readSide(`${FIXTURES}${prefix}-b.jsonl`)
  const reference = readReference(prefix)
  const diff = diffCorpora(a, b)

  it('pairs documents and counts every class of difference as the reference does', () => {
    expect(diff.counts).toEqual(reference.counts)
    const present = (p: string): number => diff.documents.filter((d) => d.present === p).length
    expect({ paired: present('both'), only_a: present('only_a'), only_b: present('only_b') }).toEqual(reference.documents)
  })

  it('gives every agreement figure to within 1e-9, with the same nulls', () => {
    expect(differences(agreementOf(diff.documents), reference.agreement, 1e-9)).toEqual([])
  })
})

describe('the seed fixture pair', () => {
  it('holds ties, nested spans, a label only one side uses, and every class of difference', () => {
    const reference = readReference('seed')
    for (const count of Object.values(reference.counts)) expect(count).toBeGreaterThan(0)
    expect(reference.agreement.labels.party?.exact.precision).toBeNull()
    expect(reference.agreement.labels.date?.exact.recall).toBeNull()
    const a = readSide(`${FIXTURES}seed-a.jsonl`)
    const nested = a.some((r) => r.spans.some((s) => r.spans.some((o) => o !== s && o.start <= s.start && s.end <= o.end)))
    expect(nested).toBe(true)
  })
})

describe('the reference values', () => {
  const tempDir = useTempDirs()

  it.skipIf(!hasReferenceLibraries)(
    'are what scripts/reference-agreement.py computes now (needs /usr/bin/python3 with python3-sklearn and python3-nltk)',
    async () => {
      const dir = await tempDir()
      for (const prefix of PAIRS) {
        for (const side of ['a', 'b']) await copyFile(`${FIXTURES}${prefix}-${side}.jsonl`, join(dir, `${prefix}-${side}.jsonl`))
      }
      const run = spawnSync(PYTHON, [SCRIPT, ...PAIRS.map((p) => join(dir, p))], { encoding: 'utf8' })
      expect(run.stderr).toBe('')
      for (const prefix of PAIRS) {
        const fresh = JSON.parse(await readFile(join(dir, `${prefix}-reference.json`), 'utf8')) as Reference
        const committed = readReference(prefix)
        expect(differences(fresh.agreement, committed.agreement, 0)).toEqual([])
        expect(fresh.counts).toEqual(committed.counts)
      }
    },
    60_000,
  )
})
