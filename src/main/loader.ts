// How a folder becomes a timeline: in a worker thread (Electron main, so the UI never stalls) or in
// process (tests, and the local-browser mode when no built worker exists). Both are cancellable.
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type StoryRunner, timelineFromFolder } from '../core'
import type { LoadResult } from '../core/types'
import type { ExportFile, ExportRequest, LoadProgress } from '../shared/ipc'
import type { Timeline } from '../shared/model'

export interface LoadRequest {
  signal: AbortSignal
  onProgress: (progress: LoadProgress) => void
}

export type Loader = (folder: string, request: LoadRequest) => Promise<Timeline>

/** What src/main/worker.ts is asked to do (its workerData), and what each task answers. */
export type WorkerTask =
  /** `entry`: the script the worker runs, which its helper thread runs too (src/main/threads.ts). */
  | { task: 'load'; folder: string; cacheDir?: string; entry: string }
  | { task: 'export'; timeline: Timeline; request: ExportRequest }
  | { task: 'documents'; folder: string }
export interface WorkerResults {
  load: Timeline
  export: ExportFile
  documents: LoadResult
}

/** Messages from src/main/worker.ts. */
export type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
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
 */
export const inProcessLoaderWith = (cacheDir?: string, runStories?: StoryRunner): Loader => async (folder, { signal, onProgress }) => {
  onProgress({ phase: 'scan', done: 0, total: 0 })
  try {
    const timeline = await timelineFromFolder(folder, {
      cacheDir,
      runStories,
      signal,
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
 */
export function workerLoader(entry: string | URL, cacheDir?: string): Loader {
  const script = typeof entry === 'string' ? entry : fileURLToPath(entry)
  return (folder, { signal, onProgress }) => runInWorker(entry, { task: 'load', folder, cacheDir, entry: script }, signal, onProgress)
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
      // The worker answers the task it was given: its result has that task's type.
      else if (message.type === 'done') finish(() => resolve(message.result as WorkerResults[T['task']]))
      else finish(() => reject(new Error(message.message)))
    })
    worker.on('error', (error) => finish(() => reject(error)))
    worker.on('exit', (code) => finish(() => reject(new Error(`the worker stopped (exit code ${code})`))))
  })
}
