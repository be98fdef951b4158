// Filters, facet counts and text search over the timeline model: pure, so the view only binds them.
import type { Article, Item, ItemType, Timeline } from '@shared/model'

export interface Filters {
  /** Each facet: the values to keep; empty keeps everything. */
  types: ItemType[]
  actors: string[]
  speakers: string[]
  outlets: string[]
  stories: string[]
  from: string | null
  to: string | null
  query: string
}

export type Facet = 'types' | 'actors' | 'speakers' | 'outlets' | 'stories'

export const FACETS: readonly Facet[] = ['types', 'actors', 'speakers', 'outlets', 'stories']

export function emptyFilters(): Filters {
  return { types: [], actors: [], speakers: [], outlets: [], stories: [], from: null, to: null, query: '' }
}

export function isFiltered(f: Filters): boolean {
  return FACETS.some((k) => f[k].length > 0) || f.from !== null || f.to !== null || f.query.trim() !== ''
}

export const UNKNOWN_OUTLET = 'Unknown outlet'
export const NO_SPEAKER = 'No speaker'

export function outletName(article: Pick<Article, 'outlet'> | undefined): string {
  return article?.outlet?.trim() || UNKNOWN_OUTLET
}

/** Search terms: whitespace-separated, lower-cased; an item matches when it contains every term. */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((t) => t.length > 0)
}

export type ArticleIndex = ReadonlyMap<string, Article>

export function articleIndex(timeline: Pick<Timeline, 'articles'>): Map<string, Article> {
  return new Map(timeline.articles.map((a) => [a.id, a]))
}

/** The facet values an item carries; an item counts once per value. */
export function facetValues(item: Item, facet: Facet, articles: ArticleIndex): string[] {
  switch (facet) {
    case 'types':
      return [item.type]
    case 'actors':
      return [...new Set(item.actors)]
    case 'speakers':
      return [item.speaker ?? NO_SPEAKER]
    case 'outlets':
      return [...new Set(item.sources.map((s) => outletName(articles.get(s.articleId))))]
    case 'stories':
      return [item.storyId]
  }
}

// Items are never mutated (a reload brings new objects), so their search text is built once.
const searchTexts = new WeakMap<Item, string>()

function searchableText(item: Item, articles: ArticleIndex): string {
  let text = searchTexts.get(item)
  if (text === undefined) {
    const parts = [item.title, item.speaker ?? '', item.role ?? '', item.quote ?? '', ...item.actors]
    for (const s of item.sources) parts.push(s.text, outletName(articles.get(s.articleId)))
    text = parts.join('\n').toLowerCase()
    searchTexts.set(item, text)
  }
  return text
}

export function matchesQuery(item: Item, terms: readonly string[], articles: ArticleIndex): boolean {
  if (terms.length === 0) return true
  const text = searchableText(item, articles)
  return terms.every((t) => text.includes(t))
}

function matchesFacet(item: Item, facet: Facet, selected: readonly string[], articles: ArticleIndex): boolean {
  if (selected.length === 0) return true
  return facetValues(item, facet, articles).some((v) => selected.includes(v))
}

/** A window item is kept when it overlaps the date range at all. */
function matchesDates(item: Item, f: Filters): boolean {
  if (f.from && item.end < f.from) return false
  if (f.to && item.start > f.to) return false
  return true
}

function matchesAll(item: Item, f: Filters, terms: readonly string[], articles: ArticleIndex, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet !== except && !matchesFacet(item, facet, f[facet], articles)) return false
  }
  return matchesDates(item, f) && matchesQuery(item, terms, articles)
}

export function applyFilters(timeline: Timeline, f: Filters, articles: ArticleIndex = articleIndex(timeline)): Item[] {
  const terms = searchTerms(f.query)
  return timeline.items.filter((item) => matchesAll(item, f, terms, articles))
}

export interface FacetCount {
  value: string
  label: string
  count: number
}

/**
 * For each facet, how many items each value would show given every *other* filter: the usual faceted-search
 * count, so ticking a value never makes its siblings read zero.
 */
export function facetCounts(timeline: Timeline, f: Filters, articles: ArticleIndex = articleIndex(timeline)): Record<Facet, FacetCount[]> {
  const terms = searchTerms(f.query)
  const storyTitles = new Map(timeline.stories.map((s) => [s.id, s.title]))
  const result = {} as Record<Facet, FacetCount[]>
  for (const facet of FACETS) {
    const counts = new Map<string, number>()
    const totals = new Map<string, number>()
    for (const item of timeline.items) {
      const values = facetValues(item, facet, articles)
      const kept = matchesAll(item, f, terms, articles, facet)
      for (const v of values) {
        totals.set(v, (totals.get(v) ?? 0) + 1)
        counts.set(v, (counts.get(v) ?? 0) + (kept ? 1 : 0))
      }
    }
    // Ordered by the unfiltered totals, so the checkboxes do not jump about as filters change.
    result[facet] = [...counts]
      .map(([value, count]) => ({ value, label: facet === 'stories' ? (storyTitles.get(value) ?? value) : value, count }))
      .sort((a, b) => (totals.get(b.value) ?? 0) - (totals.get(a.value) ?? 0) || a.label.localeCompare(b.label))
  }
  return result
}

export interface Segment {
  text: string
  hit: boolean
}

/** Splits text into plain and matching segments for every term, case-insensitively, for `<mark>` rendering. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, hit: false }]
  const lower = text.toLowerCase()
  const hit = new Array<boolean>(text.length).fill(false)
  for (const t of terms) {
    for (let i = lower.indexOf(t); i !== -1; i = lower.indexOf(t, i + 1)) hit.fill(true, i, i + t.length)
  }
  const out: Segment[] = []
  for (let i = 0; i < text.length; ) {
    let j = i
    while (j < text.length && hit[j] === hit[i]) j++
    out.push({ text: text.slice(i, j), hit: hit[i] })
    i = j
  }
  return out
}
