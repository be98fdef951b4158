// What an export contains: the items the view shows (filters and range), in date order, and the
// articles they cite, numbered in order of first citation.
import type { Article, Item, Timeline } from '../../shared/model'
import { dayOf } from './dates'

export interface DayRange {
  start: number
  end: number
}

export interface DatedItem {
  item: Item
  /** Day numbers, start <= end. */
  start: number
  end: number
}

export interface Selection {
  items: DatedItem[]
  /** Selected items whose dates are not real ISO dates: they cannot be placed on an axis. */
  undated: Item[]
}

export function byDate(a: DatedItem, b: DatedItem): number {
  return a.start - b.start || a.end - b.end || a.item.id.localeCompare(b.item.id)
}

/** The items of `timeline` named in `itemIds` (all when absent) that overlap `range` (inclusive days). */
export function selectItems(timeline: Timeline, itemIds?: readonly string[], range?: DayRange): Selection {
  const wanted = itemIds ? new Set(itemIds) : null
  const items: DatedItem[] = []
  const undated: Item[] = []
  for (const item of timeline.items) {
    if (wanted && !wanted.has(item.id)) continue
    const start = dayOf(item.start)
    const end = dayOf(item.end) ?? start
    if (start === null || end === null) {
      if (!range) undated.push(item)
      continue
    }
    const [lo, hi] = start <= end ? [start, end] : [end, start]
    if (range && (hi < range.start || lo > range.end)) continue
    items.push({ item, start: lo, end: hi })
  }
  return { items: items.sort(byDate), undated }
}

/** Parses a view range of ISO dates or date-times; null when either end is not a date. */
export function parseRange(range: { start: string; end: string } | undefined): DayRange | null {
  if (!range) return null
  const start = dayOf(range.start)
  const end = dayOf(range.end)
  if (start === null || end === null) return null
  return start <= end ? { start, end } : { start: end, end: start }
}

export interface NumberedSource {
  n: number
  articleId: string
  article: Article | null
}

/** Articles cited by `items`, numbered from 1 in order of first citation. */
export function numberSources(timeline: Timeline, items: readonly Item[]): { list: NumberedSource[]; numberOf: Map<string, number> } {
  const articles = new Map(timeline.articles.map((a) => [a.id, a]))
  const numberOf = new Map<string, number>()
  const list: NumberedSource[] = []
  for (const item of items) {
    for (const source of item.sources) {
      if (numberOf.has(source.articleId)) continue
      const n = list.length + 1
      numberOf.set(source.articleId, n)
      list.push({ n, articleId: source.articleId, article: articles.get(source.articleId) ?? null })
    }
  }
  return { list, numberOf }
}
