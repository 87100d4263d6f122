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
})
