/**
 * The window's calls go through api/client.ts: a value comes back as itself, a
 * refusal as an ApiError with the service's code and message (the preload sends
 * envelopes, since a thrown error loses its code crossing the contextBridge).
 */
import { describe, expect, it, vi } from 'vitest'
import type { BridgeApi } from '../../../src-main/api'
import { ApiError } from '../../../src-main/core/api-envelope'
import { apiClient } from '../../../src-renderer/app/client'

function bridge(): BridgeApi {
  const fake = {
    listDocuments: async () => ({ ok: true, value: [{ id: 'a' }] }),
    setDocumentStatus: async () => ({ ok: false, error: { code: 'read_only', message: 'the folder /ws is read-only' } }),
    applySpanEdits: async (input: unknown) => ({ ok: false, error: { code: 'conflict', message: `changed outside: ${JSON.stringify(input)}` } }),
    onCommand: vi.fn(() => () => {}),
  }
  return fake as unknown as BridgeApi
}

describe('the renderer api client', () => {
  it('resolves to the value of a successful call', async () => {
    await expect(apiClient(bridge()).listDocuments({})).resolves.toEqual([{ id: 'a' }])
  })

  it('throws an ApiError carrying the code and the message of a refused call', async () => {
    const error = await apiClient(bridge()).setDocumentStatus({ docId: 'a', status: 'done' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'read_only', message: 'the folder /ws is read-only' })
  })

  it('passes the input through and keeps onCommand as the bridge has it', async () => {
    const source = bridge()
    const client = apiClient(source)
    await expect(client.applySpanEdits({ docId: 'a', edits: [{ op: 'remove', id: 's1' }] })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('"s1"') })
    expect(client.onCommand).toBe(source.onCommand)
  })
})
