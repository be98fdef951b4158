// load -> stories -> publication dates -> extract -> merge, assembled in one readable place.
import type { Article, Item, Story, Timeline } from '../shared/model'
import { buildStoryContext, extractItems } from './extract'
import { stableId, uniqueId } from './ids'
import { type ArticleInfo, mergeItems } from './merge'
import { groupStories } from './stories'
import { dateFromText, inferPublicationDates, type PublicationDate } from './stories/published'
import type { ArticleDocument, ArticleForExtraction, LoadResult } from './types'

/** `extract+merge`: the per-story step when a StoryRunner runs it (on other threads, which do not report). */
export type Stage = 'load' | 'stories' | 'dates' | 'extract' | 'merge' | 'extract+merge'

export interface BuildOptions {
  /** Called after each run of a stage with its time in milliseconds (benchmarks); extract and merge run once per story. */
  onStage?: (stage: Stage, ms: number) => void
  /** Stories an earlier load already extracted and merged (src/core/cache). */
  memo?: StoryMemo
}

/** Everything a story's extraction and merging read. */
export interface StoryInputs {
  storyId: string
  articles: readonly ArticleForExtraction[]
  info: ReadonlyMap<string, ArticleInfo>
}

export interface StoryMemo {
  /** The items an earlier load made from exactly these inputs. */
  recall(inputs: StoryInputs): readonly Item[] | undefined
  remember(inputs: StoryInputs, items: readonly Item[]): void
}

/**
 * Runs the per-story step (storyItems) on every story given, possibly on other threads; answers each
 * story's items in the order given. Stories read nothing outside their inputs, so any split gives the
 * same items; ids are made unique across the folder afterwards, in story order.
 */
export type StoryRunner = (stories: readonly StoryInputs[]) => Promise<Item[][]>

export function buildTimeline(folder: string, loaded: LoadResult, options: BuildOptions = {}): Timeline {
  const plan = planStories(loaded, options)
  const fresh = plan.toRun.map((inputs) => storyItems(inputs, options.onStage))
  return assembleTimeline(folder, loaded, plan, fresh, options)
}

/** buildTimeline with the per-story step handed to `runStories`: the same timeline, to the byte. */
export async function buildTimelineWith(runStories: StoryRunner, folder: string, loaded: LoadResult, options: BuildOptions = {}): Promise<Timeline> {
  const plan = planStories(loaded, options)
  const start = performance.now()
  const fresh = plan.toRun.length ? await runStories(plan.toRun) : []
  options.onStage?.('extract+merge', performance.now() - start)
  return assembleTimeline(folder, loaded, plan, fresh, options)
}

/** One story's extraction and merge. Item ids are unique within the story only (see claimIds). */
export function storyItems(inputs: StoryInputs, onStage?: BuildOptions['onStage']): Item[] {
  const clock = stageClock(onStage)
  const extracted = clock.time('extract', () => {
    const context = buildStoryContext(inputs.articles)
    return inputs.articles.flatMap((article) => extractItems(article, context))
  })
  return clock.time('merge', () => mergeItems(inputs.storyId, extracted, inputs.info, new Set()))
}

/** The folder-wide steps: ids, dates, stories, and each story's inputs (with what the memo recalls). */
interface StoryPlan {
  ids: string[]
  dates: PublicationDate[]
  stories: Story[]
  storyOf: Map<number, string>
  inputs: StoryInputs[]
  recalled: (readonly Item[] | undefined)[]
  /** The stories the memo had nothing for, in story order. */
  toRun: StoryInputs[]
}

function planStories(loaded: LoadResult, options: BuildOptions): StoryPlan {
  const clock = stageClock(options.onStage)
  const documents = loaded.documents
  const articleIds = new Set<string>()
  const ids = documents.map((d) => stableId('a', d.file, articleIds))
  // An article's own date (file or words) helps grouping; undated articles then borrow from their story.
  // A date the file states outranks its words, which are then never read.
  const textDates = clock.time('dates', () => documents.map((d) => (d.published ? null : dateFromText(d))))
  const knownDates = documents.map((d, i) => d.published ?? (textDates[i]?.yearStated ? textDates[i].date : null))
  // A wire dateline's month and day place the report among its story's; a day counted from another ("just four days
  // away") says nothing of which story it is in, and a follow-up weeks on would be held apart by it.
  const monthDays = documents.map((d, i) => (d.published || textDates[i]?.yearStated || textDates[i]?.how === 'counted' ? null : (textDates[i]?.date ?? null)))
  const groups = clock.time('stories', () => groupStories(documents, knownDates, undefined, undefined, monthDays))
  const dates = clock.time('dates', () => inferPublicationDates(documents, groups, textDates))

  const storyIds = new Set<string>()
  const stories: Story[] = []
  const storyOf = new Map<number, string>()
  const inputs = groups.map((group): StoryInputs => {
    const storyId = stableId('s', storyAnchor(group.members, documents, dates), storyIds)
    stories.push({ id: storyId, title: group.title, articleIds: group.members.map((i) => ids[i]) })
    for (const i of group.members) storyOf.set(i, storyId)
    const articles: ArticleForExtraction[] = group.members
      .filter((i) => dates[i].published)
      .map((i) => ({ id: ids[i], title: documents[i].title, text: documents[i].text, published: dates[i].published! }))
    const info = new Map<string, ArticleInfo>(
      group.members.map((i) => [ids[i], { id: ids[i], file: documents[i].file, outlet: documents[i].outlet, published: dates[i].published, publishedFrom: dates[i].publishedFrom }]),
    )
    return { storyId, articles, info }
  })
  const recalled = inputs.map((story) => options.memo?.recall(story))
  return { ids, dates, stories, storyOf, inputs, recalled, toRun: inputs.filter((_, k) => !recalled[k]) }
}

/** Every story's items in story order, ids made unique across the folder, then the timeline. */
function assembleTimeline(folder: string, loaded: LoadResult, plan: StoryPlan, fresh: readonly Item[][], options: BuildOptions): Timeline {
  const documents = loaded.documents
  const itemIds = new Set<string>()
  const items: Item[] = []
  let next = 0
  plan.inputs.forEach((inputs, k) => {
    const recalled = plan.recalled[k]
    if (recalled && replayable(recalled, itemIds)) {
      // One by one, not spread into one call: a story may hold more items than a call takes arguments.
      for (const item of recalled) {
        itemIds.add(item.id)
        items.push(item)
      }
      return
    }
    const merged = claimIds(recalled ? storyItems(inputs, options.onStage) : fresh[next++], itemIds)
    options.memo?.remember(inputs, merged)
    for (const item of merged) items.push(item)
  })

  const articles: Article[] = documents.map((d, i) => ({
    id: plan.ids[i],
    file: d.file,
    title: d.title ?? firstLine(d.text),
    outlet: d.outlet,
    url: d.url,
    published: plan.dates[i].published,
    publishedFrom: plan.dates[i].publishedFrom,
    storyId: plan.storyOf.get(i) ?? '',
    furniture: d.furniture,
  }))
  items.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
  return { version: 1, folder, articles, stories: plan.stories, items, skipped: loaded.skipped }
}

/**
 * A story's items with the ids stableId gives them in the folder-wide set: each story-local id's base
 * ("i" + hash) takes its first free suffix, in the story's order, exactly as a folder-wide merge would.
 */
function claimIds(items: readonly Item[], taken: Set<string>): Item[] {
  return items.map((item) => ({ ...item, id: uniqueId(item.id.replace(/-\d+$/, ''), taken) }))
}

/**
 * Remembered items stand for a fresh merge only when stableId would give them the same ids again: none
 * carried a collision suffix and none is taken by an earlier story of this load.
 */
function replayable(items: readonly Item[], taken: ReadonlySet<string>): boolean {
  return items.every((item) => !item.id.includes('-') && !taken.has(item.id))
}

function stageClock(onStage: BuildOptions['onStage']): { time<T>(stage: Stage, run: () => T): T } {
  return {
    time(stage, run) {
      if (!onStage) return run()
      const start = performance.now()
      try {
        return run()
      } finally {
        onStage(stage, performance.now() - start)
      }
    },
  }
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0].trim()
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}

/**
 * The file a story's id derives from: its first-published article (then the first by path). Adding a
 * later article to the story, or another story to the folder, leaves the id unchanged.
 */
function storyAnchor(members: readonly number[], documents: readonly ArticleDocument[], dates: readonly PublicationDate[]): string {
  const key = (i: number): string => `${dates[i].published ?? '9999'}\n${documents[i].file}`
  return documents[members.reduce((best, i) => (key(i) < key(best) ? i : best))].file
}
