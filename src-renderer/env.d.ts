/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { BridgeApi } from '../src-main/api'

declare global {
  interface Window {
    /** Exposed by the preload (src-main/preload.ts): every contract method, answering envelopes, plus onCommand. Called only through app/client.ts. */
    readonly api: BridgeApi
  }
}

export {}
