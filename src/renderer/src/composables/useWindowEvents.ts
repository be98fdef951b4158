// Window-level input: the keyboard map and folders dropped on the window.
import { onBeforeUnmount, onMounted, ref } from 'vue'
import type { Bridge } from '@shared/ipc'
import { shortcutFor, type Shortcut } from '../input/shortcuts'

// Checkboxes and buttons take no letters or arrows, so the timeline keys still work from a ticked filter.
const KEYLESS_INPUTS = ['checkbox', 'button', 'submit', 'reset']

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.includes(target.type)
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
}

/** Calls `run` for mapped keys; it returns false when the shortcut does not apply now (the key then passes). */
export function useShortcuts(run: (s: Shortcut) => boolean, context: { search: () => HTMLElement | null; dialogOpen: () => boolean }): void {
  const onKey = (e: KeyboardEvent): void => {
    const s = shortcutFor({
      key: e.key,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      altKey: e.altKey,
      shiftKey: e.shiftKey,
      inField: inField(e.target),
      inSearch: e.target !== null && e.target === context.search(),
      inDialog: context.dialogOpen(),
    })
    if (s && run(s)) e.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}

/**
 * Folders dropped on the window. Electron gives the path (through the preload); a browser does not, so
 * `onNoPath` asks the user to type it.
 */
export function useFolderDrop(bridge: Bridge, onPath: (path: string) => void, onNoPath: () => void) {
  const dragging = ref(false)
  const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false
  const over = (e: DragEvent): void => {
    if (!hasFiles(e)) return
    e.preventDefault()
    dragging.value = true
  }
  const leave = (e: DragEvent): void => {
    if (e.relatedTarget === null) dragging.value = false
  }
  const drop = (e: DragEvent): void => {
    if (!hasFiles(e)) return
    e.preventDefault()
    dragging.value = false
    const file = e.dataTransfer?.files[0]
    const path = file ? bridge.pathForFile(file) : null
    if (path) onPath(path)
    else onNoPath()
  }
  onMounted(() => {
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('dragover', over)
    window.removeEventListener('dragleave', leave)
    window.removeEventListener('drop', drop)
  })
  return { dragging }
}
