// The Bridge over HTTP, for the local-browser mode: one POST per API call, Server-Sent Events for
// main-to-renderer messages. Mirrors src/preload/index.ts so the views cannot tell the two apart.
import type { Api, Bridge, Channel, Events, Unsubscribe } from '@shared/ipc'
import { channels } from '@shared/ipc'

export const TOKEN_HEADER = 'x-app-token'

export function httpBridge(token: string, base = ''): Bridge {
  let source: EventSource | null = null

  const call = async (channel: Channel, args: unknown[]): Promise<unknown> => {
    const response = await fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(args),
    })
    const body = (await response.json().catch(() => ({ error: `HTTP ${response.status}` }))) as {
      value?: unknown
      error?: string
    }
    if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`)
    return body.value
  }

  const events = (): EventSource => {
    if (source) return source
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`)
    return source
  }

  // Each channel's arguments and result are checked against the contract on the server side.
  const api = Object.fromEntries(
    channels.map((channel) => [channel, (...args: unknown[]) => call(channel, args)]),
  ) as unknown as Api

  return {
    ...api,
    // No native dialogs in a browser: the renderer asks for a path / downloads the file instead.
    chooseFolder: async () => null,
    saveFile: async () => null,
    // The user's own browser is the external browser: a new tab, without access to this page.
    async openExternal(url) {
      if (!/^https?:\/\//i.test(url)) return false
      window.open(url, '_blank', 'noopener,noreferrer')
      return true
    },
    pathForFile: () => null,
    mode: 'browser',
    on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): Unsubscribe {
      const handler = (message: MessageEvent<string>): void => listener(JSON.parse(message.data) as Events[E])
      const target = events()
      target.addEventListener(event, handler)
      return () => target.removeEventListener(event, handler)
    },
  }
}
