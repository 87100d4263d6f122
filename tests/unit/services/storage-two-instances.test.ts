import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'
import { addSpan } from '../../support/span-edits'
import { servicesAt } from '../store/storage-helpers'

/** Two service instances on one workspace in one process: two windows, or the harness opened twice. */
describe('two openings of one workspace in one process', () => {
  const tempDir = useTempDirs()

  it('keeps both status changes when they race, round after round', async () => {
    const ws = join(await tempDir(), 'ws')
    const first = await servicesAt(ws)
    const second = await servicesAt(ws)
    try {
      const [a, b] = await first.listDocuments({})
      const statuses = ['in_progress', 'done', 'todo', 'done', 'in_progress'] as const
      for (const status of statuses) {
        await Promise.all([
          first.setDocumentStatus({ docId: a!.id, status }),
          second.setDocumentStatus({ docId: b!.id, status }),
        ])
        const onDisk = JSON.parse(await readFile(join(ws, 'spanwright.json'), 'utf8')) as { documents: Array<{ id: string; status: string }> }
        expect(onDisk.documents.filter((d) => d.id === a!.id || d.id === b!.id).map((d) => d.status)).toEqual([status, status])
      }
    } finally {
      await first.close()
      await second.close()
    }
  })

  it('never loses an edit when both change one document at once: the second is kept as a conflict copy', async () => {
    const ws = join(await tempDir(), 'ws')
    const first = await servicesAt(ws)
    const second = await servicesAt(ws)
    try {
      const [doc] = await first.listDocuments({})
      await first.openDocument({ docId: doc!.id })
      await second.openDocument({ docId: doc!.id })
      const results = await Promise.allSettled([
        addSpan(first, { docId: doc!.id, start: 0, end: 4, label: 'figure', snap: 'token' }),
        addSpan(second, { docId: doc!.id, start: 10, end: 14, label: 'commitment', snap: 'token' }),
      ])
      const file = JSON.parse(await readFile(join(ws, 'documents', `${doc!.id}.json`), 'utf8')) as { spans: unknown[] }
      // The second to take its turn edited a version that is no longer the file's: refused as a conflict, its copy holds the edit.
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
      expect(file.spans).toHaveLength(1)
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
      expect((refused.reason as { code?: string }).code).toBe('conflict')
      const copy = /saved beside it as (\S+\.conflict-\S+\.json)$/.exec(String((refused.reason as Error).message))?.[1]
      const copied = JSON.parse(await readFile(copy ?? 'no copy named', 'utf8')) as { spans: unknown[] }
      expect(copied.spans).toHaveLength(1)
    } finally {
      await first.close()
      await second.close()
    }
  })

  it('shares one lock when both open at the same moment: it stays until the last one closes', async () => {
    const ws = join(await tempDir(), 'ws')
    await (await servicesAt(ws)).close()
    const [first, second] = await Promise.all([servicesAt(ws), servicesAt(ws)])
    await first.close()
    expect(existsSync(join(ws, '.spanwright.lock'))).toBe(true)
    const [doc] = await second.listDocuments({})
    await second.setDocumentStatus({ docId: doc!.id, status: 'done' })
    await second.close()
    expect(existsSync(join(ws, '.spanwright.lock'))).toBe(false)
  })

  it('keeps both openings\' suggestion decisions and thresholds in suggestions/settings.json', async () => {
    const ws = join(await tempDir(), 'ws')
    const first = await servicesAt(ws)
    const second = await servicesAt(ws)
    try {
      const [a, b] = await first.listDocuments({})
      await Promise.all([
        first.setSuggestionThreshold({ label: 'commitment', threshold: 0.7 }),
        second.setSuggestionThreshold({ label: 'figure', threshold: 0.4 }),
        first.rejectSuggestion({ docId: a!.id, start: 0, end: 4, label: 'figure' }),
        second.rejectSuggestion({ docId: b!.id, start: 2, end: 6, label: 'commitment' }),
      ])
      await second.setSuggestionThreshold({ label: 'agreement', threshold: 0.5 })
      const onDisk = JSON.parse(await readFile(join(ws, 'suggestions', 'settings.json'), 'utf8')) as {
        rejected: Array<{ documentId: string }>
        thresholds: Record<string, number>
      }
      expect(onDisk.thresholds).toEqual({ agreement: 0.5, commitment: 0.7, figure: 0.4 })
      expect(onDisk.rejected.map((r) => r.documentId).sort()).toEqual([a!.id, b!.id].sort())
    } finally {
      await first.close()
      await second.close()
    }
  })

  it('keeps both openings\' review decisions in review.json, and each sees the other\'s', async () => {
    const dir = await tempDir()
    const ws = join(dir, 'ws')
    const other = join(dir, 'other')
    const first = await servicesAt(ws)
    const minh = await servicesAt(other, { annotator: 'minh' })
    const docs = await first.listDocuments({})
    // A and B disagree on the label of the first word of the first two documents.
    for (const [k, doc] of docs.slice(0, 2).entries()) {
      await addSpan(first, { docId: doc.id, start: 0, end: 3, label: 'commitment', snap: 'exact' })
      await addSpan(minh, { docId: doc.id, start: 0, end: 3, label: k ? 'figure' : 'agreement', snap: 'exact' })
    }
    await minh.close()
    const second = await servicesAt(ws)
    try {
      await first.compareWith({ path: other })
      await second.compareWith({ path: other })
      const keyOf = async (services: typeof first, docId: string): Promise<string> =>
        (await services.reviewDocument({ docId })).items.find((i) => i.class !== 'match')!.key
      const [a, b] = [docs[0]!.id, docs[1]!.id]
      await Promise.all([
        first.decideReview({ docId: a, key: await keyOf(first, a), decision: 'accept_b' }),
        second.decideReview({ docId: b, key: await keyOf(second, b), decision: 'accept_a' }),
      ])
      const onDisk = JSON.parse(await readFile(join(ws, 'review.json'), 'utf8')) as { documents: Record<string, { decisions: Record<string, string> }> }
      expect(Object.keys(onDisk.documents).sort()).toEqual([a, b].sort())
      expect(Object.values(onDisk.documents[a]!.decisions)).toEqual(['accept_b'])
      expect(Object.values(onDisk.documents[b]!.decisions)).toEqual(['accept_a'])
      expect(await first.getReview({})).toMatchObject({ documents: 2, decisions: 2 })
      expect((await second.reviewDocument({ docId: a })).items.find((i) => i.class !== 'match')?.decision).toBe('accept_b')
    } finally {
      await first.close()
      await second.close()
    }
  })
})
