// Folder watching for the app: one debounced callback with the files (relative, `/` separators) that
// were added, changed or removed; hidden and tooling folders ignored, like the loader ignores them.
import { watch, type FSWatcher } from 'node:fs'
import { sep } from 'node:path'
import { isIgnoredName } from './walk'

export interface WatchOptions {
  /** Quiet time before reporting: a download or an unzip writes many files in a burst. */
  debounceMs?: number
  onError?: (error: Error) => void
}

export function watchFolder(root: string, onChange: (changedFiles: string[]) => void, options: WatchOptions = {}): { close(): void } {
  const debounceMs = options.debounceMs ?? 300
  const pending = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let closed = false

  const flush = () => {
    timer = null
    if (closed || !pending.size) return
    const files = [...pending].sort()
    pending.clear()
    onChange(files)
  }

  let watcher: FSWatcher
  try {
    watcher = watch(root, { recursive: true, persistent: false }, onEvent)
  } catch (error) {
    // A vanished folder or an exhausted watch limit (ENOSPC) must not take the app down: no watching then.
    options.onError?.(error instanceof Error ? error : new Error(String(error)))
    return { close() {} }
  }
  watcher.on('error', (error: Error) => options.onError?.(error))

  function onEvent(_event: string, filename: string | Buffer | null): void {
    if (closed) return
    // Some platforms do not say which file changed: report the folder itself.
    const file = filename ? filename.toString().split(sep).join('/') : '.'
    if (file !== '.' && file.split('/').some(isIgnoredName)) return
    pending.add(file)
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, debounceMs)
  }

  return {
    close() {
      closed = true
      if (timer) clearTimeout(timer)
      watcher.close()
    },
  }
}
