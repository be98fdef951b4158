// load -> stories -> publication dates -> extract -> merge, assembled in one readable place.
import type { Article, Item, Story, Timeline } from '../shared/model'
import { buildStoryContext, extractItems } from './extract'
import { stableId } from './ids'
import { type ArticleInfo, mergeItems } from './merge'
import { groupStories } from './stories'
import { dateFromText, inferPublicationDates, type PublicationDate } from './stories/published'
import type { ArticleDocument, ArticleForExtraction, LoadResult } from './types'

export type Stage = 'stories' | 'dates' | 'extract' | 'merge'

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

export function buildTimeline(folder: string, loaded: LoadResult, options: BuildOptions = {}): Timeline {
  const clock = stageClock(options.onStage)
  const documents = loaded.documents
  const articleIds = new Set<string>()
  const ids = documents.map((d) => stableId('a', d.file, articleIds))
  // An article's own date (file or words) helps grouping; undated articles then borrow from their story.
  const textDates = clock.time('dates', () => documents.map(dateFromText))
  const knownDates = documents.map((d, i) => d.published ?? (textDates[i]?.yearStated ? textDates[i].date : null))
  const groups = clock.time('stories', () => groupStories(documents, knownDates))
  const dates = clock.time('dates', () => inferPublicationDates(documents, groups, textDates))

  const storyIds = new Set<string>()
  const itemIds = new Set<string>()
  const stories: Story[] = []
  const items: Item[] = []
  const storyOf = new Map<number, string>()
  for (const group of groups) {
    const storyId = stableId('s', storyAnchor(group.members, documents, dates), storyIds)
    stories.push({ id: storyId, title: group.title, articleIds: group.members.map((i) => ids[i]) })
    for (const i of group.members) storyOf.set(i, storyId)

    const articles: ArticleForExtraction[] = group.members
      .filter((i) => dates[i].published)
      .map((i) => ({ id: ids[i], title: documents[i].title, text: documents[i].text, published: dates[i].published! }))
    const info = new Map<string, ArticleInfo>(
      group.members.map((i) => [ids[i], { id: ids[i], file: documents[i].file, outlet: documents[i].outlet, published: dates[i].published }]),
    )
    const inputs: StoryInputs = { storyId, articles, info }
    const recalled = options.memo?.recall(inputs)
    if (recalled && replayable(recalled, itemIds)) {
      for (const item of recalled) itemIds.add(item.id)
      items.push(...recalled)
      continue
    }
    const extracted = clock.time('extract', () => {
      const context = buildStoryContext(articles)
      return articles.flatMap((article) => extractItems(article, context))
    })
    const merged = clock.time('merge', () => mergeItems(storyId, extracted, info, itemIds))
    options.memo?.remember(inputs, merged)
    items.push(...merged)
  }

  const articles: Article[] = documents.map((d, i) => ({
    id: ids[i],
    file: d.file,
    title: d.title ?? firstLine(d.text),
    outlet: d.outlet,
    url: d.url,
    published: dates[i].published,
    publishedFrom: dates[i].publishedFrom,
    storyId: storyOf.get(i) ?? '',
    furniture: d.furniture,
  }))
  items.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
  return { version: 1, folder, articles, stories, items, skipped: loaded.skipped }
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
