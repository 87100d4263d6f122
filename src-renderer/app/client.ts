/**
 * The window's only door to the main process: the preload answers every call
 * with an envelope, and this turns a refused one into an ApiError carrying its
 * code (io, conflict, invalid_file, locked, read_only, …), so the window decides
 * by the code and shows the message as written.
 */
import type { BridgeApi, WindowApi } from '../../src-main/api'
import { unwrap, type Envelope } from '../../src-main/core/api-envelope'

export function apiClient(bridge: BridgeApi): WindowApi {
  const client: Record<string, unknown> = { onCommand: bridge.onCommand }
  for (const [method, call] of Object.entries(bridge)) {
    if (method === 'onCommand') continue
    const send = call as (input: unknown) => Promise<Envelope<unknown>>
    client[method] = async (input: unknown) => unwrap(await send(input))
  }
  // Every method of the bridge is wrapped one for one: the same names, each now resolving to its value.
  return client as unknown as WindowApi
}
