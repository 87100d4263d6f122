/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { WindowApi } from '../src-main/api'

declare global {
  interface Window {
    /** Exposed by the preload (src-main/preload.ts): every contract method plus onCommand. */
    readonly api: WindowApi
  }
}

export {}
