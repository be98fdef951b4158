// The pipeline's public entry points, shared by the main process, the CLI, the benchmarks and tests.
import type { Timeline } from '../shared/model'
import { loadFolder } from './load'
import { buildTimeline } from './pipeline'
import type { LoadOptions } from './types'

export { loadFolder } from './load'
export { buildTimeline } from './pipeline'

export async function timelineFromFolder(folder: string, options: LoadOptions = {}): Promise<Timeline> {
  return buildTimeline(folder, await loadFolder(folder, options))
}
