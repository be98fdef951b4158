// The per-story step (extraction and merging) on two cores, for folders with enough text to pay for it
// (HELPER_FROM_CHARS): this thread and one helper worker, started from the same entry as the load worker
// (task 'stories'). This thread takes stories from one queue,
// heaviest first, and hands the helper a batch of them at a time: a batch when the helper is ready and
// the next each time a batch reaches it, so that it never waits for this thread's story to end, and
// holds the texts of two batches at most (handing it the whole queue at once copied every text into it:
// some 65 MB more at 10,000 articles). Each story's items come back by its index, so the split never changes
// the timeline (buildTimelineWith makes the ids unique in story order afterwards).
import { availableParallelism } from 'node:os'
import { type MessagePort, Worker } from 'node:worker_threads'
import { storyItems, type StoryRunner } from '../core'
import type { StoryInputs } from '../core/pipeline'
import type { Item } from '../shared/model'

/** The helper's workerData. */
export interface StoryTask {
  task: 'stories'
}

/** Stories for the helper: their indices and their inputs. */
interface StoryBatch {
  indices: number[]
  stories: StoryInputs[]
}

type HelperMessage =
  | { type: 'ready' }
  /** A batch arrived: the helper wants the next one while it works on this. */
  | { type: 'more' }
  | { type: 'story'; k: number; items: Item[] }
  /** It stopped at story k; this thread does it again, so that the error surfaces here with its stack. */
  | { type: 'failed'; k: number; error: string }

export interface ThreadOptions {
  /** After each run: how many stories the helper answered (tests, the bench). */
  onHelper?: (stories: number) => void
  /** Story text (characters) from which the helper takes part; below it this thread does every story. */
  helperFrom?: number
}

/**
 * The helper's start and cold code cost about a second; it gains about a quarter of the per-story step.
 * Measured with the app's load worker, helper against none: 1,000 articles (2.3 MB) 4.3 s against 3.6-4.9 s,
 * 3,000 (6.8 MB) 7.5-8.4 s against 8.1-8.4 s, 10,000 (23 MB) 17.9-18.5 s against 21.3-21.7 s. Below this
 * much text the helper only costs CPU time and memory (70 MB at 1,000 articles).
 */
export const HELPER_FROM_CHARS = 8_000_000

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
  const helperFrom = options.helperFrom ?? HELPER_FROM_CHARS
  let early = twoCores ? startHelper(entry) : null
  const run = async (stories: readonly StoryInputs[]): Promise<Item[][]> => {
    const helper = early
    early = null
    let result: { results: Item[][]; helped: number }
    if (stories.length >= 2 && twoCores && textLength(stories) >= helperFrom) result = await splitStories(helper ?? startHelper(entry), stories)
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

/** The helper's side: says it is ready, then answers each batch of stories, story by story. */
export function serveStories(port: MessagePort): void {
  const post = (message: HelperMessage): void => port.postMessage(message)
  let failed = false
  port.on('message', ({ indices, stories }: StoryBatch) => {
    if (failed) return
    post({ type: 'more' })
    for (const [i, k] of indices.entries()) {
      try {
        post({ type: 'story', k, items: storyItems(stories[i]) })
      } catch (error) {
        failed = true
        return post({ type: 'failed', k, error: error instanceof Error ? error.message : String(error) })
      }
    }
  })
  post({ type: 'ready' })
}

async function splitStories(helper: Helper, stories: readonly StoryInputs[]): Promise<{ results: Item[][]; helped: number }> {
  const results: (Item[] | undefined)[] = new Array(stories.length)
  const weights = stories.map(storyWeight)
  const order = heaviestFirst(weights)
  const { worker } = helper
  let taken = 0
  let helped = 0
  /** Stories handed to the helper and not yet answered, while it still works. */
  let owed = 0
  let helping = true
  let settled = (): void => undefined
  const helperSettled = new Promise<void>((resolve) => (settled = resolve))
  const stop = (): void => {
    helping = false
    settled()
  }

  // Called between this thread's stories, when the helper's messages come in.
  const handOver = (): void => {
    if (!helping || taken >= order.length) return
    const end = batchEnd(order, weights, taken)
    const indices = order.slice(taken, end)
    taken = end
    owed += indices.length
    worker.postMessage({ indices, stories: indices.map((k) => stories[k]) } satisfies StoryBatch)
  }
  worker.ref()
  worker.on('message', (message: HelperMessage) => {
    if (message.type === 'ready' || message.type === 'more') handOver()
    else if (message.type === 'story') {
      results[message.k] = message.items
      helped++
      if (--owed === 0 && taken >= order.length) settled()
    } else stop()
  })
  worker.on('error', stop).on('exit', stop)

  try {
    if (helper.isReady) handOver()
    while (taken < order.length) {
      const k = order[taken++]
      results[k] = storyItems(stories[k])
      // Lets the helper's messages in between stories.
      await new Promise((resolve) => setImmediate(resolve))
    }
    if (helping && owed > 0) await helperSettled
    // What the helper took and did not answer (it failed or stopped) is done here.
    return { results: Array.from(results, (items, k) => items ?? storyItems(stories[k])), helped }
  } finally {
    worker.removeAllListeners()
    void worker.terminate()
  }
}

function textLength(stories: readonly StoryInputs[]): number {
  return stories.reduce((n, story) => n + story.articles.reduce((m, a) => m + a.text.length, 0), 0)
}

/** A story's work: extraction grows with the text, merging faster than linearly. */
function storyWeight(story: StoryInputs): number {
  return story.articles.reduce((n, a) => n + a.text.length, 0) ** 1.5
}

/** Story indices by decreasing weight. */
export function heaviestFirst(weights: readonly number[]): number[] {
  return weights.map((_, k) => k).sort((a, b) => weights[b] - weights[a] || a - b)
}

/** Share of the work left that one batch takes: batches small enough to hold little, large enough to be few. */
const BATCH_SHARE = 1 / 16

/**
 * Where the batch that starts at queue position `start` ends: at least one story, and the following ones
 * while the batch weighs less than BATCH_SHARE of what is left of the queue.
 */
export function batchEnd(order: readonly number[], weights: readonly number[], start: number): number {
  let left = 0
  for (let at = start; at < order.length; at++) left += weights[order[at]]
  let end = start + 1
  for (let weight = weights[order[start]]; end < order.length && weight + weights[order[end]] <= left * BATCH_SHARE; end++) weight += weights[order[end]]
  return end
}
