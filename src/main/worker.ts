// Worker-thread entry: builds one folder's timeline, renders one export, or reads a folder's documents
// for the reader view, off the main thread; or, started by a load worker, runs its share of the stories.
// The pipeline's modules load only when a task needs them. An unchanged folder never gets here: the main
// process answers it from the cache before it starts a worker (src/main/loader.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { encoded, withHead } from '../core/cache/head'
import type { WorkerMessage, WorkerResults, WorkerTask } from './loader'
import type { StoryTask } from './threads'

const port = parentPort
if (!port) throw new Error('worker.ts must run in a worker thread')
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer)
const task = workerData as WorkerTask | StoryTask

async function run(task: WorkerTask): Promise<WorkerResults[WorkerTask['task']]> {
  switch (task.task) {
    case 'load': {
      const lookup = task.listing && withHead(task.listing)
      const [{ inProcessLoaderWith }, { storyThreads }] = await Promise.all([import('./loader'), import('./threads')])
      const timeline = await inProcessLoaderWith(task.cacheDir, storyThreads(task.entry), lookup)(task.folder, {
        signal: new AbortController().signal,
        onProgress: (progress) => post({ type: 'progress', progress }),
        onStage: task.report ? (stage, ms) => post({ type: 'stage', stage, ms }) : undefined,
        onCache: task.report ? (report) => post({ type: 'cache', report }) : undefined,
      })
      return task.stored ? { stored: encoded(timeline) } : timeline
    }
    case 'export':
      return import('../core/export').then(({ exportTimeline }) => exportTimeline(task.timeline, task.request))
    case 'documents':
      return import('../core').then(({ loadFolder }) => loadFolder(task.folder))
  }
}

function transferOf(result: WorkerResults[WorkerTask['task']]): ArrayBuffer[] {
  return 'stored' in result ? [result.stored.buffer as ArrayBuffer] : []
}

if (task.task === 'stories') void import('./threads').then(({ serveStories }) => serveStories(port))
else
  run(task).then(
    (result) => post({ type: 'done', result }, transferOf(result)),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
