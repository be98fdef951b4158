// Worker-thread entry: builds one folder's timeline, renders one export, or reads a folder's documents
// for the reader view, off the main thread; or, started by a load worker, runs its share of the stories.
import { parentPort, workerData } from 'node:worker_threads'
import { loadFolder } from '../core'
import { inProcessLoaderWith, type WorkerMessage, type WorkerResults, type WorkerTask } from './loader'
import { serveStories, storyThreads, type StoryTask } from './threads'

const port = parentPort
if (!port) throw new Error('worker.ts must run in a worker thread')
const post = (message: WorkerMessage): void => port.postMessage(message)
const task = workerData as WorkerTask | StoryTask

function run(task: WorkerTask): Promise<WorkerResults[WorkerTask['task']]> {
  switch (task.task) {
    case 'load':
      return inProcessLoaderWith(task.cacheDir, storyThreads(task.entry))(task.folder, {
        signal: new AbortController().signal,
        onProgress: (progress) => post({ type: 'progress', progress }),
      })
    // Loaded only here: the load worker's helper thread starts from this script and never exports.
    case 'export':
      return import('../core/export').then(({ exportTimeline }) => exportTimeline(task.timeline, task.request))
    case 'documents':
      return loadFolder(task.folder)
  }
}

if (task.task === 'stories') serveStories(port)
else
  run(task).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
