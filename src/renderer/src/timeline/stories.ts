// Per-story summaries for the sidebar.
import type { Item, Timeline } from '@shared/model'

export interface StorySummary {
  id: string
  title: string
  articleCount: number
  itemCount: number
  /** Earliest and latest item dates, else article publication dates; null when nothing is dated. */
  from: string | null
  to: string | null
}

export function storySummaries(timeline: Timeline): StorySummary[] {
  const published = new Map(timeline.articles.map((a) => [a.id, a.published]))
  const itemsOf = new Map<string, Item[]>()
  for (const i of timeline.items) {
    const list = itemsOf.get(i.storyId)
    if (list) list.push(i)
    else itemsOf.set(i.storyId, [i])
  }
  return timeline.stories.map((s) => {
    const items = itemsOf.get(s.id) ?? []
    const dates = items.length
      ? items.flatMap((i) => [i.start, i.end])
      : s.articleIds.map((id) => published.get(id)).filter((d): d is string => typeof d === 'string')
    dates.sort()
    return { id: s.id, title: s.title, articleCount: s.articleIds.length, itemCount: items.length, from: dates[0] ?? null, to: dates.at(-1) ?? null }
  })
}
