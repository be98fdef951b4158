// The one way the renderer reaches the API: the preload's `window.api` in Electron, else the
// local-browser bridge, authenticated by the token in the page address.
import type { Bridge } from '@shared/ipc'
import { httpBridge } from './http'

let bridge: Bridge | null = null

export function getBridge(): Bridge {
  bridge ??= window.api ?? httpBridge(new URLSearchParams(window.location.search).get('token') ?? '')
  return bridge
}

export type { Bridge }
