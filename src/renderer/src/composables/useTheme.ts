// Light/dark theme: follows the system unless the user picks one; the choice is saved in settings.
import { computed, onBeforeUnmount, ref, watchEffect } from 'vue'
import type { Bridge } from '@shared/ipc'
import type { Settings } from '@shared/settings'

export type ThemeChoice = Settings['theme']

export function useTheme(bridge: Bridge) {
  const choice = ref<ThemeChoice>('system')
  const media = window.matchMedia('(prefers-color-scheme: dark)')
  const systemDark = ref(media.matches)
  const onChange = (e: MediaQueryListEvent): void => {
    systemDark.value = e.matches
  }
  media.addEventListener('change', onChange)
  onBeforeUnmount(() => media.removeEventListener('change', onChange))

  const effective = computed<'light' | 'dark'>(() => (choice.value === 'system' ? (systemDark.value ? 'dark' : 'light') : choice.value))
  watchEffect(() => {
    document.documentElement.dataset.theme = effective.value
  })

  async function set(theme: ThemeChoice): Promise<void> {
    choice.value = theme
    await bridge.updateSettings({ theme }).catch(() => undefined)
  }

  /** One key toggles between the two looks, whichever the system uses. */
  function toggle(): Promise<void> {
    return set(effective.value === 'dark' ? 'light' : 'dark')
  }

  return { choice, effective, set, toggle }
}
