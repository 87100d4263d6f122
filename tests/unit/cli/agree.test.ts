import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { spanwright } from '../compare/cli-runner'
import { differences, FIXTURES, PAIRS, readReference } from '../compare/reference-values'
import { addSpan } from '../../support/span-edits'

describe('spanwright agree', () => {
  const tempDir = useTempDirs()

  it.each(PAIRS)('--json on the %s pair has the documented shape and the reference values to 1e-9', async (prefix) => {
    const { code, stdout } = await spanwright(['agree', `${FIXTURES}${prefix}-a.jsonl`, `${FIXTURES}${prefix}-b.jsonl`, '--json'])
    expect(code).toBe(0)
    const json = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(['documents', 'labels', 'micro', 'mean_kappa', 'mean_alpha'])
    for (const figures of Object.values(json.labels as Record<string, object>)) expect(Object.keys(figures)).toEqual(['exact', 'partial', 'kappa', 'alpha'])
    expect(differences(json, readReference(prefix).agreement, 1e-9)).toEqual([])
  })

  it('prints a table per label with micro averages and means, undefined figures as —', async () => {
    const { stdout } = await spanwright(['agree', `${FIXTURES}tiny-a.jsonl`, `${FIXTURES}tiny-b.jsonl`])
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('1 paired document; spans of B (minh) scored against A (lan)')
    expect(lines).toContain('figure       0.000  0.000  0.000    1.000  1.000  1.000    0.737  0.747')
    expect(lines).toContain('topic        1.000  1.000  1.000    1.000  1.000  1.000        —      —')
    expect(lines).toContain('micro        0.500  0.500  0.500    0.750  0.750  0.750    0.383  0.366  (mean κ, α)')
  })

  it('orders labels as a workspace schema does, and a workspace agrees fully with its own export', async () => {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    for (const doc of await services.listDocuments({})) {
      await addSpan(services, { docId: doc.id, start: 0, end: 8, label: 'figure', snap: 'token' })
      await addSpan(services, { docId: doc.id, start: 10, end: 30, label: 'commitment', snap: 'token' })
    }
    await services.exportDataset({ path: join(dir, 'a.jsonl'), format: 'jsonl' })
    await services.close()
    const { stdout } = await spanwright(['agree', services.workspace.dir, join(dir, 'a.jsonl'), '--json'])
    const json = JSON.parse(stdout) as { documents: number; labels: Record<string, { exact: { f1: number }; kappa: number }> }
    expect(json.documents).toBe(5)
    expect(Object.keys(json.labels)).toEqual(['commitment', 'figure'])
    for (const f of Object.values(json.labels)) expect([f.exact.f1, f.kappa]).toEqual([1, 1])
  })

  it('says which input is wrong', async () => {
    expect(await spanwright(['agree', `${FIXTURES}tiny-a.jsonl`, '/nonexistent/b.jsonl'])).toMatchObject({
      code: 2,
      stderr: 'spanwright: /nonexistent/b.jsonl: no such file or folder\n',
    })
    expect((await spanwright(['agree', `${FIXTURES}tiny-a.jsonl`])).code).toBe(2)
  })
})
