// The settings store behind the API. Main uses electron-store, the local-browser mode and the tests use
// `conf` (electron-store's base, which imports no electron): both fit `BackingStore`.
import { defaultSettings, withRecentFolder, type Settings } from '../shared/settings'

/** What electron-store and conf have in common and what we use of it. */
export interface BackingStore {
  readonly store: Settings
  set(object: Partial<Settings>): void
}

export interface SettingsStore {
  read(): Settings
  update(patch: Partial<Settings>): Settings
  /** Records an opened folder: front of the recent list, and the last folder. */
  addRecent(folder: string): Settings
}

export type SettingsListener = (settings: Settings, previous: Settings) => void

/** `onChange` runs after every write (main rebuilds the recent menu, applies the theme). */
export function settingsStore(backing: BackingStore, onChange?: SettingsListener): SettingsStore {
  const read = (): Settings => ({ ...defaultSettings, ...backing.store })
  const update = (patch: Partial<Settings>): Settings => {
    const before = read()
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
    backing.set(defined)
    const after = read()
    onChange?.(after, before)
    return after
  }
  return {
    read,
    update,
    addRecent: (folder) => update({ recentFolders: withRecentFolder(read().recentFolders, folder), lastFolder: folder }),
  }
}

/** An in-memory backing store, for tests and as a fallback when the settings file cannot be opened. */
export function memoryStore(initial: Partial<Settings> = {}): BackingStore {
  let store: Settings = { ...defaultSettings, ...initial }
  return {
    get store() {
      return store
    },
    set(object) {
      store = { ...store, ...object }
    },
  }
}
