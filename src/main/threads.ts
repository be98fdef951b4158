// The per-story step (extraction and merging) on two cores: this thread and one helper worker, started
// from the same entry as the load worker (task 'stories'). Both pull stories from one shared queue,
// heaviest first: a counter in shared memory that each thread advances when it finishes a story, so
// neither waits for the other to hand out work. Each story's items come back by its index, so the split
// never changes the timeline (buildTimelineWith makes the ids unique in story order afterwards).
import { availableParallelism } from 'node:os'
import { type MessagePort, Worker } from 'node:worker_threads'
import { storyItems, type StoryRunner } from '../core'
import type { StoryInputs } from '../core/pipeline'
import type { Item } from '../shared/model'

/** The helper's workerData. */
export interface StoryTask {
  task: 'stories'
}

/** The queue's stories from `base` on (those not yet taken when the helper became ready). */
interface StoryShare {
  /** Shared: the queue position the next story is taken from, advanced by both threads. */
  next: Int32Array
  base: number
  /** Story indices of positions base, base + 1, ... and their inputs. */
  indices: number[]
  stories: StoryInputs[]
}

type HelperMessage =
  | { type: 'ready' }
  | { type: 'story'; k: number; items: Item[] }
  /** It stopped at story k; this thread does it again, so that the error surfaces here with its stack. */
  | { type: 'failed'; k: number; error: string }
  /** The queue is empty; every story it took has been answered. */
  | { type: 'done' }

export interface ThreadOptions {
  /** After each run: how many stories the helper answered (tests, the bench). */
  onHelper?: (stories: number) => void
}

export type StoryThreads = StoryRunner & {
  /** Whether the helper started (tests wait for it, so that it surely takes part in a small folder). */
  helperReady: Promise<boolean>
}

/**
 * `entry`: the worker script that serves task 'stories' (src/main/worker.ts, built or run by tsx). The
 * helper starts at once, so that its modules load while this thread reads the folder and groups the
 * stories; until the stories come it does not hold this thread open, and a load that needs none (a
 * cached folder) leaves it to end with this thread. This thread starts on the stories at once; the
 * helper joins when it says it is ready.
 */
export function storyThreads(entry: string | URL, options: ThreadOptions = {}): StoryThreads {
  const twoCores = availableParallelism() >= 2
  let early = twoCores ? startHelper(entry) : null
  const run = async (stories: readonly StoryInputs[]): Promise<Item[][]> => {
    const helper = early
    early = null
    let result: { results: Item[][]; helped: number }
    if (stories.length >= 2 && twoCores) result = await splitStories(helper ?? startHelper(entry), stories)
    else {
      void helper?.worker.terminate()
      result = { results: stories.map((s) => storyItems(s)), helped: 0 }
    }
    options.onHelper?.(result.helped)
    return result.results
  }
  return Object.assign(run, { helperReady: early?.ready ?? Promise.resolve(false) })
}

interface Helper {
  worker: Worker
  /** True once it said so; false when it failed or stopped first. */
  ready: Promise<boolean>
  isReady: boolean
}

function startHelper(entry: string | URL): Helper {
  const worker = new Worker(entry, { workerData: { task: 'stories' } satisfies StoryTask })
  const helper: Helper = { worker, ready: Promise.resolve(false), isReady: false }
  helper.ready = new Promise<boolean>((resolve) => {
    const onMessage = (message: HelperMessage): void => {
      if (message.type !== 'ready') return
      helper.isReady = true
      resolve(true)
    }
    worker.on('message', onMessage)
    worker.once('error', () => resolve(false)).once('exit', () => resolve(false))
  })
  worker.unref()
  return helper
}

/** The helper's side: says it is ready, then takes stories from the shared queue until it is empty. */
export function serveStories(port: MessagePort): void {
  const post = (message: HelperMessage): void => port.postMessage(message)
  port.on('message', ({ next, base, indices, stories }: StoryShare) => {
    for (let at = Atomics.add(next, 0, 1); at < base + stories.length; at = Atomics.add(next, 0, 1)) {
      const k = indices[at - base]
      try {
        post({ type: 'story', k, items: storyItems(stories[at - base]) })
      } catch (error) {
        return post({ type: 'failed', k, error: error instanceof Error ? error.message : String(error) })
      }
    }
    post({ type: 'done' })
  })
  post({ type: 'ready' })
}

async function splitStories(helper: Helper, stories: readonly StoryInputs[]): Promise<{ results: Item[][]; helped: number }> {
  const results: (Item[] | undefined)[] = new Array(stories.length)
  const order = heaviestFirst(stories)
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
  const { worker } = helper
  let helped = 0
  let working = false
  let finished = (): void => undefined
  const helperFinished = new Promise<void>((resolve) => (finished = resolve))

  // Called between this thread's stories: what is left of the queue then is the helper's to share.
  const share = (): void => {
    const base = Atomics.load(next, 0)
    if (working || base >= order.length) return
    working = true
    const indices = order.slice(base)
    worker.postMessage({ next, base, indices, stories: indices.map((k) => stories[k]) } satisfies StoryShare)
  }
  worker.ref()
  worker.on('message', (message: HelperMessage) => {
    if (message.type === 'ready') share()
    else if (message.type === 'story') {
      results[message.k] = message.items
      helped++
    } else finished()
  })
  worker.on('error', finished).on('exit', finished)

  try {
    if (helper.isReady) share()
    for (let at = Atomics.add(next, 0, 1); at < order.length; at = Atomics.add(next, 0, 1)) {
      results[order[at]] = storyItems(stories[order[at]])
      // Lets the helper's messages in between stories.
      await new Promise((resolve) => setImmediate(resolve))
    }
    if (working) await helperFinished
    // What the helper took and did not answer (it failed or stopped) is done here.
    return { results: Array.from(results, (items, k) => items ?? storyItems(stories[k])), helped }
  } finally {
    worker.removeAllListeners()
    void worker.terminate()
  }
}

/** Story indices by decreasing work: extraction grows with the text, merging faster than linearly. */
function heaviestFirst(stories: readonly StoryInputs[]): number[] {
  const weight = stories.map((s) => s.articles.reduce((n, a) => n + a.text.length, 0) ** 1.5)
  return stories.map((_, k) => k).sort((a, b) => weight[b] - weight[a] || a - b)
}
