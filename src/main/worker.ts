// Worker-thread entry: builds one folder's timeline, or renders one export, off the main thread.
import { parentPort, workerData } from 'node:worker_threads'
import { exportTimeline } from '../core/export'
import { inProcessLoaderWith, type WorkerMessage, type WorkerTask } from './loader'

const port = parentPort
if (!port) throw new Error('worker.ts must run in a worker thread')
const post = (message: WorkerMessage): void => port.postMessage(message)
const task = workerData as WorkerTask

const work =
  task.task === 'load'
    ? inProcessLoaderWith(task.cacheDir)(task.folder, { signal: new AbortController().signal, onProgress: (progress) => post({ type: 'progress', progress }) })
    : exportTimeline(task.timeline, task.request)

work.then(
  (result) => post({ type: 'done', result }),
  (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
)
