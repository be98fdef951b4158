// ipcMain adapters: one handler per channel, each checking the sender before the shared dispatch.
// ipcMain comes in as a parameter, so plain-Node tests can drive it with a fake.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { channels, type Api, type Events } from '../shared/ipc'
import { dispatch } from './handlers'
import { isTrustedUrl } from './sender'

/** What the handler needs of the event: the frame that sent it. */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>

export function registerIpc(ipc: Pick<IpcMain, 'handle'>, handlers: Api, origins: readonly string[]): void {
  for (const channel of channels) {
    ipc.handle(channel, (event: InvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      // Only our app's top frame: not an iframe, not a page that got navigated elsewhere.
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url, origins)) {
        throw new Error(`${channel}: refused a message from an untrusted frame`)
      }
      return dispatch(handlers, channel, args)
    })
  }
}

export function sendEvent<E extends keyof Events>(contents: WebContents | undefined, event: E, payload: Events[E]): void {
  if (contents && !contents.isDestroyed()) contents.send(event, payload)
}
