// The pipeline's export and watch functions, in the shapes the shared handlers take.
import { exportTimeline } from '../core/export'
import { watchFolder } from '../core/load/watch'
import type { ExportFn, WatchFn } from './handlers'

export const exportFromCore: ExportFn = (timeline, request) => exportTimeline(timeline, request)

export const watchWithCore: WatchFn = (root, onChange) => {
  const watcher = watchFolder(root, () => onChange(), {
    onError: (error) => console.error(`watching ${root} failed: ${error.message}`),
  })
  return () => watcher.close()
}
