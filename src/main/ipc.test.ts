import { describe, expect, it } from 'vitest'
import { channels, type Api } from '../shared/ipc'
import { defaultSettings } from '../shared/settings'
import { registerIpc, type InvokeEvent } from './ipc'
import { trustedOrigins } from './sender'

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown

function setup() {
  const listeners = new Map<string, Listener>()
  const calls: string[] = []
  const api = Object.fromEntries(
    channels.map((c) => [c, async (...args: unknown[]) => (calls.push(`${c}(${JSON.stringify(args)})`), c === 'settings' ? defaultSettings : null)]),
  ) as unknown as Api
  registerIpc({ handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never, api, trustedOrigins(undefined))
  const invoke = (url: string | null, channel: string, args: unknown[], parent: object | null = null) =>
    Promise.resolve().then(() => listeners.get(channel)!({ senderFrame: url === null ? null : { url, parent } } as unknown as InvokeEvent, ...args))
  return { listeners, calls, invoke }
}

describe('registerIpc', () => {
  it('registers every channel of the contract', () => {
    expect([...setup().listeners.keys()].sort()).toEqual([...channels].sort())
  })

  it('passes validated messages from the app frame to the handler', async () => {
    const { invoke, calls } = setup()
    expect(await invoke('app://app/index.html', 'settings', [])).toEqual(defaultSettings)
    await invoke('app://app/index.html', 'openFolder', ['/news'])
    expect(calls).toEqual(['settings([])', 'openFolder(["/news"])'])
  })

  it('refuses other senders before any handler runs', async () => {
    const { invoke, calls } = setup()
    await expect(invoke('https://example.org/', 'openFolder', ['/news'])).rejects.toThrow(/untrusted frame/)
    await expect(invoke('file:///tmp/x.html', 'openFolder', ['/news'])).rejects.toThrow(/untrusted frame/)
    await expect(invoke(null, 'settings', [])).rejects.toThrow(/untrusted frame/)
    await expect(invoke('app://app/index.html', 'settings', [], {})).rejects.toThrow(/untrusted frame/)
    expect(calls).toEqual([])
  })

  it('refuses invalid arguments before any handler runs', async () => {
    const { invoke, calls } = setup()
    await expect(invoke('app://app/index.html', 'openFolder', [{ path: '/news' }])).rejects.toThrow(/must be a string/)
    await expect(invoke('app://app/index.html', 'openExternal', ['file:///etc/passwd'])).rejects.toThrow(/invalid format/)
    expect(calls).toEqual([])
  })
})
