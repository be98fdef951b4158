import type { Bridge } from '@shared/ipc'

declare global {
  interface Window {
    /** Set by the preload in Electron; absent in the local-browser mode. */
    api?: Bridge
  }
}

export {}
