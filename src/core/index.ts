// The pipeline's public entry points, shared by the main process, the CLI, the benchmarks and tests.
import type { Timeline } from '../shared/model'
import { type CacheOptions, cachedTimeline } from './cache'
import { loadFolder } from './load'
import { type BuildOptions, buildTimeline, buildTimelineWith, type StoryRunner } from './pipeline'
import type { LoadOptions } from './types'

export { loadFolder } from './load'
export { buildTimeline, buildTimelineWith, storyItems, type StoryRunner } from './pipeline'

export interface FolderOptions extends LoadOptions, Pick<BuildOptions, 'onStage'>, Pick<CacheOptions, 'onCache' | 'lookup'> {
  /** A folder of the app's own (never the article folder) where work is kept between opens. */
  cacheDir?: string
  /** Where the per-story step runs (worker threads); in this thread when absent. */
  runStories?: StoryRunner
}

export async function timelineFromFolder(folder: string, options: FolderOptions = {}): Promise<Timeline> {
  const { cacheDir, runStories, onStage, onCache, lookup, ...load } = options
  if (cacheDir) return cachedTimeline(folder, { ...load, cacheDir, runStories, onStage, onCache, lookup })
  const start = performance.now()
  const loaded = await loadFolder(folder, load)
  onStage?.('load', performance.now() - start)
  return runStories ? buildTimelineWith(runStories, folder, loaded, { onStage }) : buildTimeline(folder, loaded, { onStage })
}
