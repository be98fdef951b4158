import { effectScope } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import type { Bridge, Events, OpenResult } from '@shared/ipc'
import type { Timeline } from '@shared/model'
import { defaultSettings } from '@shared/settings'
import { fixture } from '../timeline/fixture'
import { RELOAD_CANCELLED, useSession } from './useSession'

type Listener = (payload: never) => void

/** A Bridge whose events the test sends itself; openFolder answers with `open(path)`. */
function fakeBridge(open: (path: string) => Promise<OpenResult>, { cancelStops = true } = {}) {
  const listeners = new Map<keyof Events, Set<Listener>>()
  const calls: string[] = []
  const bridge: Bridge = {
    mode: 'browser',
    chooseFolder: async () => null,
    openFolder: (path) => {
      calls.push(`open ${path}`)
      return open(path)
    },
    cancelLoad: async () => {
      calls.push('cancel')
      return cancelStops
    },
    article: async () => null,
    recentFolders: async () => ['/recent'],
    settings: async () => defaultSettings,
    updateSettings: async () => defaultSettings,
    exportTimeline: async () => ({ fileName: 'x', mimeType: 'text/plain', base64: '' }),
    saveFile: async () => null,
    openExternal: async () => false,
    correctItem: async () => fixture,
    clearCorrection: async () => fixture,
    corrections: async () => ({ corrections: [], titles: {} }),
    pathForFile: () => null,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(listener as Listener)
      listeners.set(event, set)
      return () => set.delete(listener as Listener)
    },
  }
  const emit = <E extends keyof Events>(event: E, payload: Events[E]): void => listeners.get(event)?.forEach((l) => (l as (p: Events[E]) => void)(payload))
  return { bridge, emit, calls }
}

// Each session lives in a scope, as in a component, and is disposed after the test (unsubscribing).
const scopes: ReturnType<typeof effectScope>[] = []
afterEach(() => scopes.splice(0).forEach((s) => s.stop()))
function session(bridge: Bridge) {
  const scope = effectScope()
  scopes.push(scope)
  const s = scope.run(() => useSession(bridge))
  if (!s) throw new Error('no session')
  return s
}

const at = (folder: string, patch: Partial<Timeline> = {}): Timeline => ({ ...fixture, folder, ...patch })

describe('useSession', () => {
  it('opens a folder, trimming the path, and lists recent folders', async () => {
    const { bridge, calls } = fakeBridge(async (path) => ({ status: 'loaded', timeline: at(path) }))
    const s = session(bridge)
    await s.open('  /data/a  ')
    expect(calls).toEqual(['open /data/a'])
    expect(s.timeline.value?.folder).toBe('/data/a')
    expect(s.generation.value).toBe(1)
    expect(s.loading.value).toBe(false)
    expect(s.recent.value).toEqual(['/recent'])
  })

  it('keeps the view on a reload of the same folder, and resets it for another folder', async () => {
    const { bridge, emit } = fakeBridge(async (path) => ({ status: 'loaded', timeline: at(path) }))
    const s = session(bridge)
    await s.open('/data/a')
    emit('timelineChanged', at('/data/a', { items: [] }))
    expect(s.timeline.value?.items).toEqual([])
    expect(s.generation.value).toBe(1)
    emit('folderOpened', { status: 'loaded', timeline: at('/data/b') })
    expect(s.timeline.value?.folder).toBe('/data/b')
    expect(s.generation.value).toBe(2)
  })

  it('shows progress until the load ends, and reports cancel and errors without losing the timeline', async () => {
    let finish: (r: OpenResult) => void = () => undefined
    const { bridge, emit, calls } = fakeBridge(() => new Promise((resolve) => (finish = resolve)))
    const s = session(bridge)
    emit('folderOpened', { status: 'loaded', timeline: at('/data/a') })
    const pending = s.open('/data/b')
    expect(s.loading.value).toBe(true)
    emit('progress', { phase: 'read', done: 1, total: 4 })
    expect(s.progress.value).toEqual({ phase: 'read', done: 1, total: 4 })
    await s.cancel()
    finish({ status: 'cancelled' })
    await pending
    expect(calls).toContain('cancel')
    expect(s.progress.value).toBeNull()
    expect(s.notice.value).toBe('Loading cancelled.')
    expect(s.timeline.value?.folder).toBe('/data/a')

    const failing = s.open('/nope')
    finish({ status: 'error', message: 'not a folder' })
    await failing
    expect(s.error.value).toBe('not a folder')
    expect(s.timeline.value?.folder).toBe('/data/a')
  })

  it('ends the progress of a reload started by main when cancelled', async () => {
    const { bridge, emit, calls } = fakeBridge(async (path) => ({ status: 'loaded', timeline: at(path) }))
    const s = session(bridge)
    await s.open('/data/a')
    emit('progress', { phase: 'read', done: 3, total: 600 })
    expect(s.progress.value).not.toBeNull()
    await s.cancel()
    expect(calls).toContain('cancel')
    expect(s.progress.value).toBeNull()
    expect(s.timeline.value?.folder).toBe('/data/a')
    expect(s.notice.value).toBe(RELOAD_CANCELLED)
  })

  it('says nothing of a cancel that came after the reload had ended', async () => {
    const { bridge, emit } = fakeBridge(async (path) => ({ status: 'loaded', timeline: at(path) }), { cancelStops: false })
    const s = session(bridge)
    await s.open('/data/a')
    emit('progress', { phase: 'read', done: 599, total: 600 })
    await s.cancel()
    expect(s.progress.value).toBeNull()
    expect(s.notice.value).toBeNull()
  })

  it('ignores a second open while one is loading, and blank paths', async () => {
    const { bridge, calls } = fakeBridge(() => new Promise(() => undefined))
    const s = session(bridge)
    void s.open('/data/a')
    await s.open('/data/b')
    await s.open('   ')
    expect(calls).toEqual(['open /data/a'])
  })
})

it('stops listening when its scope ends', () => {
  const { bridge, emit } = fakeBridge(async (path) => ({ status: 'loaded', timeline: at(path) }))
  const scope = effectScope()
  const s = scope.run(() => useSession(bridge))!
  scope.stop()
  emit('folderOpened', { status: 'loaded', timeline: at('/data/a') })
  expect(s.timeline.value).toBeNull()
})
