/**
 * The two-instance status race: two openings of one workspace in one process
 * (two windows, or the harness twice) change the status of two different
 * documents at the same moment, round after round. Both changes must be on disk.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentStatus } from '../src-main/core/model'
import { openServices } from '../src-main/services'
import { INDEX_FILE } from '../src-main/store/workspace/layout'

export interface StatusRaceCounts {
  rounds: number
  /** Status changes both calls confirmed but the index file does not hold. */
  lost: number
  problems: string[]
}

const STATUSES: DocumentStatus[] = ['todo', 'in_progress', 'done']

export async function raceStatuses(options: { rounds: number; resourcesDir: string }): Promise<StatusRaceCounts> {
  const counts: StatusRaceCounts = { rounds: 0, lost: 0, problems: [] }
  const work = await mkdtemp(join(tmpdir(), 'spanwright-status-race-'))
  const open = () => openServices({ workspaceDir: join(work, 'ws'), resourcesDir: options.resourcesDir, annotator: 'race', dialogs: { chooseSavePath: async () => null } })
  const first = await open()
  const second = await open()
  try {
    const [a, b] = await first.listDocuments({})
    if (!a || !b) throw new Error('the seeded workspace has fewer than two documents')
    for (let round = 1; round <= options.rounds; round++) {
      const want = { [a.id]: STATUSES[round % 3] as DocumentStatus, [b.id]: STATUSES[(round + 1) % 3] as DocumentStatus }
      await Promise.all([first.setDocumentStatus({ docId: a.id, status: want[a.id]! }), second.setDocumentStatus({ docId: b.id, status: want[b.id]! })])
      const index = JSON.parse(await readFile(join(work, 'ws', INDEX_FILE), 'utf8')) as { documents: Array<{ id: string; status: string }> }
      for (const id of [a.id, b.id]) {
        const status = index.documents.find((d) => d.id === id)?.status
        if (status !== want[id]) {
          counts.lost++
          counts.problems.push(`round ${round}: ${id} is ${status} on disk, not ${want[id]} as confirmed`)
        }
      }
      counts.rounds = round
    }
  } finally {
    await first.close()
    await second.close()
    await rm(work, { recursive: true, force: true })
  }
  return counts
}
