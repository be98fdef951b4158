// The opened folder: loading with progress and cancel, the current timeline, recent folders, and updates
// pushed by main (reloads on disk changes, folders opened from the menu or by drag and drop).
import { onScopeDispose, ref, shallowRef } from 'vue'
import type { Bridge, LoadProgress, OpenResult, Unsubscribe } from '@shared/ipc'
import type { Timeline } from '@shared/model'

export const RELOAD_CANCELLED = 'Reload cancelled: the timeline shows the folder as it was last loaded.'

export function useSession(bridge: Bridge) {
  const timeline = shallowRef<Timeline | null>(null)
  /** Bumped when a different folder is shown (the view refits), not when the same one reloads. */
  const generation = ref(0)
  const loading = ref(false)
  const progress = ref<LoadProgress | null>(null)
  const error = ref<string | null>(null)
  const notice = ref<string | null>(null)
  const recent = ref<string[]>([])

  function apply(result: OpenResult): void {
    progress.value = null
    if (result.status === 'loaded') {
      const changedFolder = timeline.value?.folder !== result.timeline.folder
      timeline.value = result.timeline
      if (changedFolder) generation.value++
      error.value = null
      notice.value = null
    } else if (result.status === 'cancelled') {
      notice.value = 'Loading cancelled.'
    } else {
      error.value = result.message
    }
  }

  async function refreshRecent(): Promise<void> {
    recent.value = await bridge.recentFolders().catch(() => [])
  }

  async function open(path: string): Promise<void> {
    const folder = path.trim()
    if (!folder || loading.value) return
    loading.value = true
    progress.value = null
    error.value = null
    notice.value = null
    try {
      apply(await bridge.openFolder(folder))
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      loading.value = false
      progress.value = null
      void refreshRecent()
    }
  }

  /** Native dialog where there is one; false when the caller must ask for a path instead. */
  async function choose(): Promise<boolean> {
    if (bridge.mode !== 'electron') return false
    const path = await bridge.chooseFolder()
    if (path) await open(path)
    return true
  }

  async function cancel(): Promise<void> {
    // A reload started by main (a change on disk) has no pending open() here to end the progress bar,
    // nor to say that what is shown is the folder as it was before the change. Asked before the await:
    // a cancelled open() may have ended by the time the answer comes.
    const reloading = !loading.value
    const stopped = await bridge.cancelLoad()
    if (!reloading) return
    progress.value = null
    if (stopped) notice.value = RELOAD_CANCELLED
  }

  const subscriptions: Unsubscribe[] = [
    bridge.on('progress', (p) => {
      progress.value = p.phase === 'done' ? null : p
    }),
    bridge.on('timelineChanged', (t) => {
      if (!timeline.value || timeline.value.folder !== t.folder) generation.value++
      timeline.value = t
    }),
    bridge.on('folderOpened', (r) => {
      apply(r)
      void refreshRecent()
    }),
  ]
  onScopeDispose(() => subscriptions.forEach((off) => off()))
  void refreshRecent()

  return { timeline, generation, loading, progress, error, notice, recent, open, choose, cancel }
}

export type Session = ReturnType<typeof useSession>
