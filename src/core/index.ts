// The pipeline's public entry points, shared by the main process, the CLI, the benchmarks and tests.
import type { Timeline } from '../shared/model'
import { cachedTimeline } from './cache'
import { loadFolder } from './load'
import { buildTimeline, buildTimelineWith, type StoryRunner } from './pipeline'
import type { LoadOptions } from './types'

export { loadFolder } from './load'
export { buildTimeline, buildTimelineWith, storyItems, type StoryRunner } from './pipeline'

/**
 * `cacheDir`: a folder of the app's own (never the article folder) where work is kept between opens.
 * `runStories`: where the per-story step runs (worker threads); in this thread when absent.
 */
export async function timelineFromFolder(folder: string, options: LoadOptions & { cacheDir?: string; runStories?: StoryRunner } = {}): Promise<Timeline> {
  const { cacheDir, runStories, ...load } = options
  if (cacheDir) return cachedTimeline(folder, { ...load, cacheDir, runStories })
  const loaded = await loadFolder(folder, load)
  return runStories ? buildTimelineWith(runStories, folder, loaded) : buildTimeline(folder, loaded)
}
