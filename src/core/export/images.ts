// Placeholder until the export work lands: the CLI's --svg/--png flags report that images are not built yet.
import type { Timeline } from '../../shared/model'

export interface ImageTargets {
  svg?: string
  png?: string
  width?: number
}

export async function writeTimelineImages(_timeline: Timeline, _targets: ImageTargets): Promise<void> {
  throw new Error('image export is not available yet')
}
