// Settings on disk through electron-store (in the app's userData folder), with the shared schema.
import Store, { type Options, type Schema } from 'electron-store'
import { defaultSettings, settingsSchema, type Settings } from '../shared/settings'
import { memoryStore, settingsStore, type SettingsListener, type SettingsStore } from './settings'

export function electronSettings(onChange?: SettingsListener): SettingsStore {
  try {
    const store = new Store<Settings>({
      name: 'settings',
      // Typed with dot-notation keys, which a Record-valued field (corrections) cannot satisfy.
      defaults: defaultSettings as NonNullable<Options<Settings>['defaults']>,
      // The shared schema is plain JSON Schema; electron-store's type is stricter about literal unions.
      schema: settingsSchema as unknown as Schema<Settings>,
      clearInvalidConfig: true,
    })
    return settingsStore(store, onChange)
  } catch (error) {
    console.error('settings could not be opened; using defaults for this run:', error)
    return settingsStore(memoryStore(), onChange)
  }
}
