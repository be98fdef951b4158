// One measured run on one folder: the floor, then each pipeline stage, then the cache's reopen times.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { buildTimeline, loadFolder } from '../../core'
import type { CacheReport } from '../../core/cache'
import type { Stage } from '../../core/pipeline'
import { workerLoader } from '../../main/loader'
import type { Timeline } from '../../shared/model'
import type { CachedOpen, RunFigures, StageFigures } from './report'

export interface RunOptions {
  /** 1: the pipeline on this thread (the CLI); 2: the app's load worker and its helper (src/main/loader.ts, threads.ts). */
  threads: 1 | 2
}

const mb = (bytes: number): number => bytes / 1e6
const peakMb = (): number => process.resourceUsage().maxRSS / 1024
const src = join(import.meta.dirname, '../..')
const built = join(src, '../out/main/worker.js')

/**
 * The entry the app's load worker and its helper run: the built bundle (out/main/worker.js) as the app
 * does, when it is newer than every source file; else the source, run by tsx (whose compiling in each
 * new worker then adds to the times).
 */
export const workerEntry: string | URL = builtIsFresh() ? built : new URL('../../main/worker.ts', import.meta.url)

function builtIsFresh(): boolean {
  if (!existsSync(built)) return false
  const builtAt = statSync(built).mtimeMs
  return readdirSync(src, { recursive: true, withFileTypes: true }).every((f) => !f.isFile() || statSync(join(f.parentPath, f.name)).mtimeMs < builtAt)
}

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
  const record = (stage: Stage, ms: number): void => {
    const known = stages.get(stage)
    const total = (known?.ms ?? 0) + ms
    if (performance.now() - memory.at > 50) memory = { peakMb: peakMb(), rssMb: process.memoryUsage.rss() / 1e6, at: performance.now() }
    stages.set(stage, { stage, ms: total, mbPerS: mb(base.bytes) / (total / 1000), peakMb: memory.peakMb, rssMb: memory.rssMb })
  }
  const startedAt = performance.now()
  const cpuAt = process.cpuUsage()
  const timeline = options.threads === 2 ? await inAppWorker(dir, record) : await inThisThread(dir, record)
  const totalMs = performance.now() - startedAt
  const cpu = process.cpuUsage(cpuAt)
  return {
    threads: options.threads,
    files: base.files,
    bytes: base.bytes,
    floorMs: base.ms,
    totalMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakMb: peakMb(),
    stages: [...stages.values()],
    counts: { articles: timeline.articles.length, stories: timeline.stories.length, items: timeline.items.length, skipped: timeline.skipped.length },
    loadAverage: loadavg()[0],
  }
}

async function inThisThread(dir: string, record: (stage: Stage, ms: number) => void): Promise<Timeline> {
  const start = performance.now()
  const loaded = await loadFolder(dir)
  record('load', performance.now() - start)
  return buildTimeline(dir, loaded, { onStage: record })
}

/** The app's path: a load worker that starts a helper, the timeline handed back to this thread. */
function inAppWorker(dir: string, record: (stage: Stage, ms: number) => void): Promise<Timeline> {
  return workerLoader(workerEntry)(dir, { signal: new AbortController().signal, onProgress: () => undefined, onStage: record })
}

/**
 * One open through the cache in a fresh process, as the app does it (an unchanged folder answered on this
 * thread, any other by a load worker that hands the timeline back); then the same open again, as a second
 * open in the same app session.
 */
export async function openCached(dir: string, cacheDir: string): Promise<CachedOpen> {
  let report: CacheReport | null = null
  const open = async (): Promise<{ ms: number; timeline: Timeline }> => {
    const start = performance.now()
    const timeline = await workerLoader(workerEntry, cacheDir)(dir, { signal: new AbortController().signal, onProgress: () => undefined, onCache: (r) => (report ??= r) })
    return { ms: performance.now() - start, timeline }
  }
  const first = await open()
  const peak = peakMb()
  const again = await open()
  return { ms: first.ms, againMs: again.ms, peakMb: peak, items: first.timeline.items.length, report }
}
