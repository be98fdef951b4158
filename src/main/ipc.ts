// ipcMain adapters: one handler per channel, each checking the sender before the shared dispatch.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { channels, type Api, type Events } from '../shared/ipc'
import { dispatch } from './handlers'
import { isTrustedUrl } from './sender'

export function registerIpc(handlers: Api, origins: readonly string[]): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
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
