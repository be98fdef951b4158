// One measured run on one folder: the floor, then each pipeline stage, then the cache's reopen times.
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { buildTimeline, loadFolder } from '../../core'
import type { Stage } from '../../core/pipeline'
import type { RunFigures, StageFigures } from './report'

export interface RunOptions {
  workers: number
}

const mb = (bytes: number): number => bytes / 1e6
const peakMb = (): number => process.resourceUsage().maxRSS / 1024

/** What no pipeline can beat: reading every file and splitting it into sentences with one regex. */
export function floor(dir: string): { ms: number; bytes: number; files: number; sentences: number } {
  const start = performance.now()
  let bytes = 0
  let sentences = 0
  const names = readdirSync(dir)
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8')
    bytes += Buffer.byteLength(text)
    sentences += text.split(/(?<=[.!?])\s+(?=[A-Z"“])/).length
  }
  return { ms: performance.now() - start, bytes, files: names.length, sentences }
}

export async function runOnce(dir: string, _options: RunOptions): Promise<RunFigures> {
  const base = floor(dir)
  const stages: StageFigures[] = []
  const record = (stage: 'load' | Stage, ms: number): void => {
    stages.push({ stage, ms, mbPerS: mb(base.bytes) / (ms / 1000), peakMb: peakMb(), rssMb: process.memoryUsage().rss / 1e6 })
  }
  const startedAt = performance.now()
  const loaded = await loadFolder(dir)
  record('load', performance.now() - startedAt)
  const timeline = buildTimeline(dir, loaded, { onStage: record })
  const totalMs = performance.now() - startedAt
  return {
    files: base.files,
    bytes: base.bytes,
    floorMs: base.ms,
    totalMs,
    peakMb: peakMb(),
    stages,
    counts: { articles: timeline.articles.length, stories: timeline.stories.length, items: timeline.items.length, skipped: timeline.skipped.length },
    loadAverage: loadavg()[0],
  }
}
