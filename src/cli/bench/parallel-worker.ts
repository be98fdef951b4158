// Worker side of parallel.ts: runs the per-story step on its share and answers with the item count.
import { parentPort, workerData } from 'node:worker_threads'
import type { StoryInputs } from '../../core/pipeline'
import { storyItems } from './parallel'

const taken = new Set<string>()
let items = 0
for (const inputs of workerData as StoryInputs[]) items += storyItems(inputs, taken).length
parentPort?.postMessage(items)
