/**
 * The window's side of a failed save: an edit the file system refused is kept,
 * in order with every later edit, tried again after a pause or on request, and
 * its caller hears back only once it is on disk. Refusals of another kind pass through:
 * the window tells them apart by the error's code, whatever its message says.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WindowApi } from '../../../src-main/api'
import { ApiError } from '../../../src-main/core/api-envelope'
import { keepFailedEdits, RETRY_DELAYS, type SaveReporter } from '../../../src-renderer/storage/kept-edits'

const DISK_FULL = 'could not save /ws/spanwright.json: the disk is full (ENOSPC)'

/** An API whose setDocumentStatus fails while the disk is "full", recording what reached it. */
function fakeApi() {
  const saved: string[] = []
  const disk = { full: false }
  const api = {
    setDocumentStatus: vi.fn(async ({ docId, status }: { docId: string; status: string }) => {
      if (disk.full) throw new ApiError('io', DISK_FULL)
      if (docId === 'gone') throw new ApiError('not_found', 'the workspace has no document gone')
      if (docId === 'changed') throw new ApiError('conflict', 'could not save /ws/documents/changed.json: it was changed outside Spanwright')
      saved.push(`${docId}:${status}`)
      return { id: docId, status }
    }),
    listDocuments: vi.fn(async () => []),
  }
  return { api: api as unknown as WindowApi, saved, disk, calls: api.setDocumentStatus }
}

function reporter() {
  const log: string[] = []
  const state: SaveReporter = {
    failed: (message, waiting) => void log.push(`failed ${waiting}: ${message}`),
    attempting: (waiting) => void log.push(`attempting ${waiting}`),
    waitingNow: (waiting) => void log.push(`waiting ${waiting}`),
    cleared: () => void log.push('cleared'),
  }
  return { state, log }
}

describe('keeping edits whose save failed', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('keeps a refused save and every later edit in order, retries after a pause, and settles each once saved', async () => {
    const { api, saved, disk, calls } = fakeApi()
    const { state, log } = reporter()
    const onSaved = vi.fn()
    const kept = keepFailedEdits(api, state, onSaved)
    disk.full = true
    const settled: string[] = []
    const first = kept.api.setDocumentStatus({ docId: 'a', status: 'done' }).then(() => settled.push('a'))
    await vi.advanceTimersByTimeAsync(0)
    const second = kept.api.setDocumentStatus({ docId: 'b', status: 'skipped' }).then(() => settled.push('b'))
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual([`failed 1: ${DISK_FULL}`, 'waiting 2'])
    // While edits wait, a later one is not even tried: order is kept.
    expect(calls).toHaveBeenCalledTimes(1)

    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0] as number)
    expect(calls).toHaveBeenCalledTimes(2)
    expect(log.at(-1)).toMatch(/^failed 2: /)
    expect(settled).toEqual([])

    disk.full = false
    kept.retryNow()
    await Promise.all([first, second])
    expect(saved).toEqual(['a:done', 'b:skipped'])
    expect(settled).toEqual(['a', 'b'])
    expect(log.at(-1)).toBe('cleared')
    expect(onSaved).toHaveBeenCalledOnce()
  })

  it('waits longer after each failed retry, up to the last pause', async () => {
    const { api, disk, calls } = fakeApi()
    const kept = keepFailedEdits(api, reporter().state, () => {})
    disk.full = true
    void kept.api.setDocumentStatus({ docId: 'a', status: 'done' })
    await vi.advanceTimersByTimeAsync(0)
    for (const [i, delay] of [...RETRY_DELAYS, RETRY_DELAYS.at(-1) as number].entries()) {
      await vi.advanceTimersByTimeAsync(delay - 1)
      expect(calls, `retry ${i + 1}`).toHaveBeenCalledTimes(i + 1)
      await vi.advanceTimersByTimeAsync(1)
      expect(calls, `retry ${i + 1}`).toHaveBeenCalledTimes(i + 2)
    }
  })

  it('passes other refusals through at once, and leaves methods that are not edits alone', async () => {
    const { api, calls } = fakeApi()
    const { state, log } = reporter()
    const kept = keepFailedEdits(api, state, () => {})
    await expect(kept.api.setDocumentStatus({ docId: 'gone', status: 'done' })).rejects.toThrow('no document gone')
    expect(calls).toHaveBeenCalledOnce()
    expect(log).toEqual([])
    expect(kept.api.listDocuments).toBe(api.listDocuments)
  })
  it('decides by the code: a conflict is not retried even when its message reads like a refused save', async () => {
    const { api, calls } = fakeApi()
    const { state, log } = reporter()
    const kept = keepFailedEdits(api, state, () => {})
    const refused = kept.api.setDocumentStatus({ docId: 'changed', status: 'done' })
    await expect(refused).rejects.toMatchObject({ code: 'conflict' })
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS.at(-1) as number)
    expect(calls).toHaveBeenCalledOnce()
    expect(log).toEqual([])
  })
})
