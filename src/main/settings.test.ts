import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings, MAX_RECENT_FOLDERS, withRecentFolder, type Settings } from '../shared/settings'
import { confSettings } from './conf-store'
import { memoryStore, settingsStore } from './settings'

describe('withRecentFolder', () => {
  it('moves the folder to the front without duplicates', () => {
    expect(withRecentFolder(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c'])
    expect(withRecentFolder([], '/a')).toEqual(['/a'])
  })
  it('keeps at most MAX_RECENT_FOLDERS, dropping the oldest', () => {
    const full = Array.from({ length: MAX_RECENT_FOLDERS }, (_, i) => `/f${i}`)
    const next = withRecentFolder(full, '/new')
    expect(next).toHaveLength(MAX_RECENT_FOLDERS)
    expect(next[0]).toBe('/new')
    expect(next).not.toContain(`/f${MAX_RECENT_FOLDERS - 1}`)
  })
})

describe('settingsStore', () => {
  it('records recent folders and the last folder', () => {
    const store = settingsStore(memoryStore())
    store.addRecent('/a')
    const settings = store.addRecent('/b')
    expect(settings.recentFolders).toEqual(['/b', '/a'])
    expect(settings.lastFolder).toBe('/b')
  })

  it('ignores undefined fields in a patch and tells the listener what changed', () => {
    const changes: [Settings, Settings][] = []
    const store = settingsStore(memoryStore(), (after, before) => changes.push([after, before]))
    store.update({ theme: 'dark', lanes: undefined })
    expect(store.read().lanes).toBe(defaultSettings.lanes)
    expect(changes).toHaveLength(1)
    expect(changes[0][1].theme).toBe('system')
    expect(changes[0][0].theme).toBe('dark')
  })
})

describe('confSettings (the store the browser mode and tests use)', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nt-settings-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('starts from the defaults and persists to settings.json', async () => {
    const store = confSettings(dir)
    expect(store.read()).toEqual(defaultSettings)
    store.update({ window: { x: 10, y: 20, width: 900, height: 700, maximized: true } })
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Settings
    expect(onDisk.window).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: true })
    expect(confSettings(dir).read().window.width).toBe(900)
  })

  it('refuses values outside the schema', () => {
    const store = confSettings(dir)
    expect(() => store.update({ theme: 'neon' as Settings['theme'] })).toThrow()
    expect(store.read().theme).toBe('system')
  })

  it('falls back to the defaults when the file is corrupt', async () => {
    await writeFile(join(dir, 'settings.json'), '{ not json')
    expect(confSettings(dir).read()).toEqual(defaultSettings)
  })
})
