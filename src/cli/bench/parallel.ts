// Would two cores help? Extraction and merging run per story and read nothing outside the story, so
// they are the part that splits across worker threads. This measures them on one thread and on two
// (stories dealt to the lighter worker, inputs copied in, items copied back) on the same folder.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Item } from '../../shared/model'
import { buildTimeline, loadFolder } from '../../core'
import { buildStoryContext, extractItems } from '../../core/extract'
import { mergeItems } from '../../core/merge'
import type { StoryInputs } from '../../core/pipeline'

export interface ParallelFigures {
  stories: number
  oneThreadMs: number
  twoThreadsMs: number
  items: number
  itemsTwoThreads: number
  cores: number
}

/** The per-story step exactly as buildTimeline runs it. */
export function storyItems(inputs: StoryInputs, taken: Set<string>): Item[] {
  const context = buildStoryContext(inputs.articles)
  const extracted = inputs.articles.flatMap((article) => extractItems(article, context))
  return mergeItems(inputs.storyId, extracted, inputs.info, taken)
}

/** Every story's inputs, from one pass of the pipeline that skips the per-story step. */
export async function collectStories(dir: string): Promise<StoryInputs[]> {
  const stories: StoryInputs[] = []
  buildTimeline(dir, await loadFolder(dir), {
    memo: {
      recall: (inputs) => (stories.push(inputs), []),
      remember: () => undefined,
    },
  })
  return stories
}

export async function measureParallel(dir: string): Promise<ParallelFigures> {
  const stories = await collectStories(dir)
  let started = performance.now()
  const taken = new Set<string>()
  let items = 0
  for (const inputs of stories) items += storyItems(inputs, taken).length
  const oneThreadMs = performance.now() - started

  started = performance.now()
  const weight = (s: StoryInputs): number => s.articles.reduce((n, a) => n + a.text.length, 0) ** 1.5
  const shares: StoryInputs[][] = [[], []]
  const load = [0, 0]
  for (const s of [...stories].sort((a, b) => weight(b) - weight(a))) {
    const k = load[0] <= load[1] ? 0 : 1
    shares[k].push(s)
    load[k] += weight(s)
  }
  const counts = await Promise.all(shares.map((share) => inWorker(share)))
  const twoThreadsMs = performance.now() - started
  // Reported, not thrown: the workers import the pipeline afresh, so code edited meanwhile shows here.
  return { stories: stories.length, oneThreadMs, twoThreadsMs, items, itemsTwoThreads: counts[0] + counts[1], cores: availableParallelism() }
}

function inWorker(stories: StoryInputs[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), { workerData: stories, execArgv: [...process.execArgv] })
    worker.once('message', (count: number) => resolve(count))
    worker.once('error', reject)
  })
}
