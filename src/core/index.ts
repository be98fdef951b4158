// The pipeline's public entry points, shared by the main process, the CLI, the benchmarks and tests.
import type { Timeline } from '../shared/model'
import { cachedTimeline } from './cache'
import { loadFolder } from './load'
import { buildTimeline } from './pipeline'
import type { LoadOptions } from './types'

export { loadFolder } from './load'
export { buildTimeline } from './pipeline'

/** `cacheDir`: a folder of the app's own (never the article folder) where work is kept between opens. */
export async function timelineFromFolder(folder: string, options: LoadOptions & { cacheDir?: string } = {}): Promise<Timeline> {
  const { cacheDir, ...load } = options
  if (cacheDir) return cachedTimeline(folder, { ...load, cacheDir })
  return buildTimeline(folder, await loadFolder(folder, load))
}
