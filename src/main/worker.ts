// Worker-thread entry: builds one folder's timeline off the main thread and reports progress.
import { parentPort, workerData } from 'node:worker_threads'
import { inProcessLoader, type WorkerData, type WorkerMessage } from './loader'

const port = parentPort
if (!port) throw new Error('worker.ts must run in a worker thread')
const post = (message: WorkerMessage): void => port.postMessage(message)
const { folder } = workerData as WorkerData

inProcessLoader(folder, { signal: new AbortController().signal, onProgress: (progress) => post({ type: 'progress', progress }) }).then(
  (timeline) => post({ type: 'done', timeline }),
  (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
)
