// One measured run on one folder: the floor, then each pipeline stage, then the cache's reopen times.
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { buildTimeline, buildTimelineWith, loadFolder, type StoryRunner } from '../../core'
import { cachedTimeline, type CacheReport } from '../../core/cache'
import type { Stage } from '../../core/pipeline'
import { storyThreads } from '../../main/threads'
import type { CachedOpen, RunFigures, StageFigures } from './report'

export interface RunOptions {
  /** 1: the pipeline on this thread; 2: the app's load worker (src/main/threads.ts). */
  threads: 1 | 2
}

const mb = (bytes: number): number => bytes / 1e6
const peakMb = (): number => process.resourceUsage().maxRSS / 1024
/** The app's helper thread runs the load worker's entry. */
const workerEntry = new URL('../../main/worker.ts', import.meta.url)

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

export async function runOnce(dir: string, options: RunOptions): Promise<RunFigures> {
  const base = floor(dir)
  const stages = new Map<string, StageFigures>()
  // Extract and merge report once per story: times add up, memory is read at most every 50 ms (reading
  // it per story cost the one-thread run half a second at 10,000 articles).
  let memory = { peakMb: 0, rssMb: 0, at: -Infinity }
  const record = (stage: 'load' | Stage | 'extract+merge', ms: number): void => {
    const known = stages.get(stage)
    const total = (known?.ms ?? 0) + ms
    if (performance.now() - memory.at > 50) memory = { peakMb: peakMb(), rssMb: process.memoryUsage.rss() / 1e6, at: performance.now() }
    stages.set(stage, { stage, ms: total, mbPerS: mb(base.bytes) / (total / 1000), peakMb: memory.peakMb, rssMb: memory.rssMb })
  }
  const startedAt = performance.now()
  // As the app's load worker does: the helper starts with the load.
  const runStories = options.threads === 2 ? storyThreads(workerEntry) : null
  const loaded = await loadFolder(dir)
  record('load', performance.now() - startedAt)
  const timeline = runStories
    ? await buildTimelineWith(timed(runStories, (ms) => record('extract+merge', ms)), dir, loaded, { onStage: record })
    : buildTimeline(dir, loaded, { onStage: record })
  const totalMs = performance.now() - startedAt
  return {
    threads: options.threads,
    files: base.files,
    bytes: base.bytes,
    floorMs: base.ms,
    totalMs,
    peakMb: peakMb(),
    stages: [...stages.values()],
    counts: { articles: timeline.articles.length, stories: timeline.stories.length, items: timeline.items.length, skipped: timeline.skipped.length },
    loadAverage: loadavg()[0],
  }
}

/** The per-story step on both threads, timed from the first story sent to the last answer. */
function timed(run: StoryRunner, onDone: (ms: number) => void): StoryRunner {
  return async (stories) => {
    const start = performance.now()
    const items = await run(stories)
    onDone(performance.now() - start)
    return items
  }
}

/** One open through the cache, as the app's worker does it (a fresh process each time). */
export async function openCached(dir: string, cacheDir: string): Promise<CachedOpen> {
  const startedAt = performance.now()
  let report: CacheReport | null = null
  const timeline = await cachedTimeline(dir, { cacheDir, onCache: (r) => (report = r), runStories: storyThreads(workerEntry) })
  return { ms: performance.now() - startedAt, peakMb: peakMb(), items: timeline.items.length, report }
}
