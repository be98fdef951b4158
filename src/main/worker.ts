// Worker-thread entry: builds one folder's timeline, renders one export, or reads a folder's documents
// for the reader view, off the main thread.
import { parentPort, workerData } from 'node:worker_threads'
import { loadFolder } from '../core'
import { exportTimeline } from '../core/export'
import { inProcessLoaderWith, type WorkerMessage, type WorkerResults, type WorkerTask } from './loader'

const port = parentPort
if (!port) throw new Error('worker.ts must run in a worker thread')
const post = (message: WorkerMessage): void => port.postMessage(message)
const task = workerData as WorkerTask

function run(task: WorkerTask): Promise<WorkerResults[WorkerTask['task']]> {
  switch (task.task) {
    case 'load':
      return inProcessLoaderWith(task.cacheDir)(task.folder, {
        signal: new AbortController().signal,
        onProgress: (progress) => post({ type: 'progress', progress }),
      })
    case 'export':
      return exportTimeline(task.timeline, task.request)
    case 'documents':
      return loadFolder(task.folder)
  }
}

const work = run(task)

work.then(
  (result) => post({ type: 'done', result }),
  (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
)
