// Settings in a plain-Node process (local-browser mode, tests): `conf` in a chosen folder.
import Conf, { type Options, type Schema } from 'conf'
import { defaultSettings, settingsSchema, type Settings } from '../shared/settings'
import { settingsStore, type SettingsStore } from './settings'

export function confSettings(dir: string): SettingsStore {
  const conf = new Conf<Settings>({
    cwd: dir,
    configName: 'settings',
    // conf types defaults with dot-notation keys, which a Record-valued field (corrections) cannot satisfy.
    defaults: defaultSettings as NonNullable<Options<Settings>['defaults']>,
    // The shared schema is plain JSON Schema; conf's type is stricter about literal unions.
    schema: settingsSchema as unknown as Schema<Settings>,
    clearInvalidConfig: true,
  })
  return settingsStore(conf)
}
