// load -> stories -> publication dates -> extract -> merge, assembled in one readable place.
import type { Article, Item, Story, Timeline } from '../shared/model'
import { buildStoryContext, extractItems } from './extract'
import { stableId } from './ids'
import { mergeItems } from './merge'
import { groupStories } from './stories'
import { inferPublicationDates } from './stories/published'
import type { ArticleForExtraction, LoadResult } from './types'

export function buildTimeline(folder: string, loaded: LoadResult): Timeline {
  const documents = loaded.documents
  const articleIds = new Set<string>()
  const ids = documents.map((d) => stableId('a', d.file, articleIds))
  const groups = groupStories(documents)
  // Dates are inferred after grouping: an undated article borrows from its story.
  const dates = inferPublicationDates(documents, groups)

  const storyIds = new Set<string>()
  const itemIds = new Set<string>()
  const stories: Story[] = []
  const items: Item[] = []
  const storyOf = new Map<number, string>()
  for (const group of groups) {
    const storyId = stableId('s', group.members.map((i) => documents[i].file).sort().join('\n'), storyIds)
    stories.push({ id: storyId, title: group.title, articleIds: group.members.map((i) => ids[i]) })
    for (const i of group.members) storyOf.set(i, storyId)

    const articles: ArticleForExtraction[] = group.members
      .filter((i) => dates[i].published)
      .map((i) => ({ id: ids[i], title: documents[i].title, text: documents[i].text, published: dates[i].published! }))
    const context = buildStoryContext(articles)
    const extracted = articles.flatMap((article) => extractItems(article, context))
    items.push(...mergeItems(storyId, extracted, itemIds))
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

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0].trim()
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}
