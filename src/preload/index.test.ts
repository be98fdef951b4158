// The preload against a fake electron: what the page gets as window.api.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { channels, type Bridge } from '../shared/ipc'

const fake = vi.hoisted(() => {
  const state = {
    exposed: new Map<string, unknown>(),
    invoked: [] as unknown[][],
    listeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
  }
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void state.exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => (state.invoked.push(args), 'answer'),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
        void state.listeners.set(channel, [...(state.listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
        void state.listeners.set(channel, (state.listeners.get(channel) ?? []).filter((l) => l !== listener)),
    },
    webUtils: { getPathForFile: (file: { name: string }) => (file.name === 'dropped' ? '/home/u/news' : '') },
  }
  return { state, electron }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

let api: Bridge
beforeAll(async () => {
  await import('./index')
  api = fake.state.exposed.get('api') as Bridge
})

describe('preload bridge', () => {
  it('exposes exactly the contract as window.api', () => {
    expect([...fake.state.exposed.keys()]).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual([...channels, 'mode', 'on', 'pathForFile'].sort())
    expect(api.mode).toBe('electron')
  })

  it('forwards calls to ipcRenderer.invoke unchanged', async () => {
    expect(await api.openFolder('/news')).toBe('answer')
    expect(await api.exportTimeline({ format: 'png', width: 2400 })).toBe('answer')
    expect(fake.state.invoked).toEqual([
      ['openFolder', '/news'],
      ['exportTimeline', { format: 'png', width: 2400 }],
    ])
  })

  it('subscribes to contract events only, without leaking the IPC event', () => {
    const got: unknown[] = []
    const off = api.on('progress', (p) => got.push(p))
    for (const listener of fake.state.listeners.get('progress')!) listener({ sender: 'secret' }, { phase: 'read', done: 1, total: 2 })
    expect(got).toEqual([{ phase: 'read', done: 1, total: 2 }])
    off()
    expect(fake.state.listeners.get('progress')).toEqual([])
    expect(() => api.on('evil' as 'menu', () => undefined)).toThrow(/unknown event/)
  })

  it('opens external links only while the user is interacting', async () => {
    fake.state.invoked.length = 0
    vi.stubGlobal('navigator', { userActivation: { isActive: false } })
    expect(await api.openExternal('https://example.org/')).toBe(false)
    vi.stubGlobal('navigator', { userActivation: { isActive: true } })
    expect(await api.openExternal('https://example.org/')).toBe('answer')
    expect(fake.state.invoked).toEqual([['openExternal', 'https://example.org/']])
    vi.unstubAllGlobals()
  })

  it('gives dropped files their path, null when there is none', () => {
    expect(api.pathForFile({ name: 'dropped' } as File)).toBe('/home/u/news')
    expect(api.pathForFile({ name: 'virtual' } as File)).toBeNull()
  })
})
