/// <reference lib="dom" />
// The renderer's only door to main: the contract's channels, derived from `channels`, and event
// subscriptions limited to the contract's events. Built as CommonJS for the sandboxed renderer.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { channels, eventNames, type Api, type Bridge, type Events, type Unsubscribe } from '../shared/ipc'

// Each channel forwards its arguments unchanged; main validates them against the channel's schema.
const api = Object.fromEntries(
  channels.map((channel) => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
) as unknown as Api

const bridge: Bridge = {
  ...api,
  mode: 'electron',
  // Only a user's click may open the system browser: a script running later (or injected) cannot.
  openExternal: (url) => (navigator.userActivation?.isActive ? api.openExternal(url) : Promise.resolve(false)),
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): Unsubscribe {
    if (!eventNames.includes(event)) throw new Error(`unknown event ${String(event)}`)
    // The IPC event object (with its sender) never reaches the page.
    const handler = (_event: IpcRendererEvent, payload: Events[E]): void => listener(payload)
    ipcRenderer.on(event, handler)
    return () => void ipcRenderer.removeListener(event, handler)
  },
  pathForFile(file: File): string | null {
    return webUtils.getPathForFile(file) || null
  },
}

contextBridge.exposeInMainWorld('api', bridge)
