// The per-story step (extraction and merging) on two cores: this thread and one helper worker, started
// from the same entry as the load worker (task 'stories'). Stories go heaviest first to whichever thread
// is free; each story's items come back by its index, so the split never changes the timeline
// (buildTimelineWith makes the ids unique in story order afterwards).
import { availableParallelism } from 'node:os'
import { type MessagePort, Worker } from 'node:worker_threads'
import { storyItems, type StoryRunner } from '../core'
import type { StoryInputs } from '../core/pipeline'
import type { Item } from '../shared/model'

/** The helper's workerData. */
export interface StoryTask {
  task: 'stories'
}

interface StoryRequest {
  k: number
  inputs: StoryInputs
}

type StoryAnswer = { k: number; items: Item[] } | { k: number; error: string }

/** Stories the helper holds at once: one to work on, one waiting, so it never idles on this thread. */
const HELPER_QUEUE = 2

export interface ThreadOptions {
  /** After each run: how many stories the helper answered (tests, the bench). */
  onHelper?: (stories: number) => void
}

/**
 * `entry`: the worker script that serves task 'stories' (src/main/worker.ts, built or run by tsx). The
 * helper starts at once, so that its modules load while this thread reads the folder and groups the
 * stories; until the stories come it does not hold this thread open, and a load that needs none (a
 * cached folder) leaves it to end with this thread.
 */
export function storyThreads(entry: string | URL, options: ThreadOptions = {}): StoryRunner {
  let early = availableParallelism() >= 2 ? startHelper(entry) : null
  return async (stories) => {
    const helper = early
    early = null
    let run: { results: Item[][]; helped: number }
    if (stories.length >= 2 && availableParallelism() >= 2) run = await splitStories(helper ?? startHelper(entry), stories)
    else {
      void helper?.worker.terminate()
      run = { results: stories.map((s) => storyItems(s)), helped: 0 }
    }
    options.onHelper?.(run.helped)
    return run.results
  }
}

interface Helper {
  worker: Worker
  /** It failed or stopped before its stories came. */
  down: boolean
}

function startHelper(entry: string | URL): Helper {
  const worker = new Worker(entry, { workerData: { task: 'stories' } satisfies StoryTask })
  const helper: Helper = { worker, down: false }
  const down = (): void => void (helper.down = true)
  worker.on('error', down).on('exit', down)
  worker.unref()
  return helper
}

/** The helper's side: answers each story it is sent. */
export function serveStories(port: MessagePort): void {
  port.on('message', ({ k, inputs }: StoryRequest) => {
    let answer: StoryAnswer
    try {
      answer = { k, items: storyItems(inputs) }
    } catch (error) {
      answer = { k, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(answer)
  })
}

async function splitStories({ worker: helper, down }: Helper, stories: readonly StoryInputs[]): Promise<{ results: Item[][]; helped: number }> {
  const results: Item[][] = new Array(stories.length)
  let helped = 0
  const order = heaviestFirst(stories)
  const held = new Set<number>()
  let helperUp = !down
  helper.ref()
  let next = 0
  let helperIdle: (() => void) | null = null

  const feed = (): void => {
    while (helperUp && held.size < HELPER_QUEUE && next < order.length) {
      const k = order[next++]
      held.add(k)
      helper.postMessage({ k, inputs: stories[k] } satisfies StoryRequest)
    }
    if (!held.size) helperIdle?.()
  }
  // A helper that fails leaves its stories to this thread (an error then surfaces here, with its stack).
  const takeBack = (): void => {
    helperUp = false
    order.push(...held)
    held.clear()
    helperIdle?.()
  }
  helper.on('message', (answer: StoryAnswer) => {
    held.delete(answer.k)
    if ('items' in answer) {
      results[answer.k] = answer.items
      helped++
      feed()
    } else {
      order.push(answer.k)
      takeBack()
    }
  })
  helper.on('error', takeBack)
  helper.on('exit', takeBack)

  try {
    feed()
    for (;;) {
      while (next < order.length) {
        const k = order[next++]
        results[k] = storyItems(stories[k])
        // Lets the helper's answers in, and feeds it, between stories.
        await new Promise((resolve) => setImmediate(resolve))
      }
      if (held.size) await new Promise<void>((resolve) => (helperIdle = resolve))
      helperIdle = null
      if (next >= order.length && !held.size) return { results, helped }
    }
  } finally {
    helper.removeAllListeners()
    void helper.terminate()
  }
}

/** Story indices by decreasing work: extraction grows with the text, merging faster than linearly. */
function heaviestFirst(stories: readonly StoryInputs[]): number[] {
  const weight = stories.map((s) => s.articles.reduce((n, a) => n + a.text.length, 0) ** 1.5)
  return stories.map((_, k) => k).sort((a, b) => weight[b] - weight[a] || a - b)
}
