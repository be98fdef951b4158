// How a folder becomes a timeline: in a worker thread (Electron main, so the UI never stalls) or in
// process (tests, and the local-browser mode when no built worker exists). Both are cancellable.
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type StoryRunner, timelineFromFolder } from '../core'
import type { CacheReport } from '../core/cache'
import { type Listing, type Lookup, storedOrListing, timelineFromBytes } from '../core/cache/head'
import type { Stage } from '../core/pipeline'
import type { LoadResult } from '../core/types'
import type { ExportFile, ExportRequest, LoadProgress } from '../shared/ipc'
import type { Timeline } from '../shared/model'

export interface LoadRequest {
  signal: AbortSignal
  onProgress: (progress: LoadProgress) => void
  /** Each stage's time as it ends, and what the cache reused (the bench). */
  onStage?: (stage: Stage, ms: number) => void
  onCache?: (report: CacheReport) => void
}

export type Loader = (folder: string, request: LoadRequest) => Promise<Timeline>

/** What src/main/worker.ts is asked to do (its workerData), and what each task answers. */
export type WorkerTask =
  /**
   * `entry`: the script the worker runs, which its helper thread runs too (src/main/threads.ts).
   * `listing`: the folder's listing as the main process found it (with `cacheDir`), not to be made again.
   * `stored`: the timeline may be answered as its bytes (StoredTimeline).
   * `report`: post each stage's time and the cache's report (the bench).
   */
  | { task: 'load'; folder: string; cacheDir?: string; listing?: Listing; entry: string; stored: boolean; report?: boolean }
  | { task: 'export'; timeline: Timeline; request: ExportRequest }
  | { task: 'documents'; folder: string }
export interface WorkerResults {
  load: Timeline | StoredTimeline
  export: ExportFile
  documents: LoadResult
}

/**
 * A timeline as the cache keeps it (src/core/cache/codec.ts; a stored one checked whole): handed over as
 * bytes, it is decoded once, here, instead of in the worker and again by postMessage.
 */
export interface StoredTimeline {
  stored: Uint8Array
}

/** Messages from src/main/worker.ts. */
export type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'stage'; stage: Stage; ms: number }
  | { type: 'cache'; report: CacheReport }
  | { type: 'done'; result: WorkerResults[WorkerTask['task']] }
  | { type: 'error'; message: string }

export class LoadCancelled extends Error {
  constructor() {
    super('Loading was cancelled')
    this.name = 'LoadCancelled'
  }
}

/**
 * `cacheDir`: where work is kept between opens (src/core/cache), in the app's data folder.
 * `runStories`: where the per-story step runs (src/main/threads.ts in the load worker); this thread when absent.
 * `lookup`: what the cache found for this folder just before (the load worker looks first).
 */
export const inProcessLoaderWith = (cacheDir?: string, runStories?: StoryRunner, lookup?: Lookup): Loader => async (folder, { signal, onProgress, onStage, onCache }) => {
  onProgress({ phase: 'scan', done: 0, total: 0 })
  try {
    const timeline = await timelineFromFolder(folder, {
      cacheDir,
      runStories,
      signal,
      onStage,
      onCache,
      lookup,
      onProgress: (done, total) => onProgress({ phase: done < total ? 'read' : 'build', done, total }),
    })
    signal.throwIfAborted()
    return timeline
  } catch (error) {
    if (signal.aborted) throw new LoadCancelled()
    throw error
  }
}

export const inProcessLoader: Loader = inProcessLoaderWith()

/**
 * One worker per load, which starts a helper for half the stories (src/main/threads.ts): cancelling
 * terminates the worker, which also stops work stuck in synchronous code, and its helper with it.
 * A folder whose listing is unchanged since its timeline was stored is answered here, from the cache,
 * without a worker (whose start alone took a fifth of such a reopen); any other is handed the listing.
 */
export function workerLoader(entry: string | URL, cacheDir?: string): Loader {
  const script = typeof entry === 'string' ? entry : fileURLToPath(entry)
  return async (folder, { signal, onProgress, ...report }) => {
    const cached = cacheDir ? await cancellable(signal, () => storedOrListing(folder, cacheDir, signal)) : undefined
    if (signal.aborted) throw new LoadCancelled()
    if (cached && 'timeline' in cached) {
      report.onCache?.({ hit: 'listing', counts: null })
      return { ...cached.timeline, folder }
    }
    const listing = cached?.listing
    const load = (stored: boolean): Promise<WorkerResults['load']> =>
      runInWorker(entry, { task: 'load', folder, cacheDir, listing, entry: script, stored, report: Boolean(report.onStage ?? report.onCache) }, signal, onProgress, report)
    const result = await load(true)
    if (!('stored' in result)) return result
    const timeline = timelineFromBytes(result.stored)
    // Checked whole before it was sent, so hardly ever: bytes that are no timeline are loaded without.
    return timeline ? { ...timeline, folder } : ((await load(false)) as Timeline)
  }
}

/** `work`, whose failure after an abort is the load's cancelling. */
async function cancellable<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (signal.aborted) throw new LoadCancelled()
    throw error
  }
}

/** Exports (PNG rasterising takes ~0.5 s) off the main thread too. */
export function workerExporter(entry: string | URL): (timeline: Timeline, request: ExportRequest) => Promise<ExportFile> {
  return (timeline, request) => runInWorker(entry, { task: 'export', timeline, request }, new AbortController().signal)
}

/** A folder's documents (every line, furniture marked) for the reader view, read off the main thread. */
export function workerDocuments(entry: string | URL): (folder: string) => Promise<LoadResult> {
  return (folder) => runInWorker(entry, { task: 'documents', folder }, new AbortController().signal)
}

function runInWorker<T extends WorkerTask>(
  entry: string | URL,
  task: T,
  signal: AbortSignal,
  onProgress: (progress: LoadProgress) => void = () => undefined,
  report: Pick<LoadRequest, 'onStage' | 'onCache'> = {},
): Promise<WorkerResults[T['task']]> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new LoadCancelled())
    const worker = new Worker(entry, { workerData: task })
    let settled = false
    const finish = (settle: () => void): void => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', abort)
      void worker.terminate()
      settle()
    }
    const abort = (): void => finish(() => reject(new LoadCancelled()))
    signal.addEventListener('abort', abort, { once: true })
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress)
      else if (message.type === 'stage') report.onStage?.(message.stage, message.ms)
      else if (message.type === 'cache') report.onCache?.(message.report)
      // The worker answers the task it was given: its result has that task's type.
      else if (message.type === 'done') finish(() => resolve(message.result as WorkerResults[T['task']]))
      else finish(() => reject(new Error(message.message)))
    })
    worker.on('error', (error) => finish(() => reject(error)))
    worker.on('exit', (code) => finish(() => reject(new Error(`the worker stopped (exit code ${code})`))))
  })
}
