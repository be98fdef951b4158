// The reader's merges and splits: items regrouped from their sources, each regrouped item made again by
// the pipeline's own combine (majority date and speaker, conflicts, first report, corroboration), so a
// merged or split item reads exactly as if the pipeline had grouped its reports that way.
import { combine, sourceOf, type ArticleInfo } from '../merge/combine'
import { eventTitle, statementTitle } from '../extract/title'
import { hash32 } from '../ids'
import type { ExtractedItem } from '../types'
import type { ItemCorrection } from '../../shared/ipc'
import type { Item, Source, Timeline } from '../../shared/model'

/** The id of the item split off `itemId` with the sources of `articleIds`: the same on every load. */
export function splitItemId(itemId: string, articleIds: readonly string[]): string {
  return `i${hash32(`${itemId}|split|${[...new Set(articleIds)].sort().join(',')}`)}`
}

/** A source with its own date reading: what its words were is not kept, so neither is the item's evidence. */
const UNKNOWN_EVIDENCE = Object.freeze({ phrase: null, anchor: null })

/** Each source of the item as one article's report, as the merge stage saw it before combining. */
function reportsOf(item: Item): ExtractedItem[] {
  return item.sources.map((source) => ({
    articleId: source.articleId,
    type: item.type,
    start: source.date?.start ?? item.start,
    end: source.date?.end ?? item.end,
    precision: source.date?.precision ?? item.precision,
    planned: item.planned ?? false,
    dateEvidence: (!source.date && item.dateEvidence) || UNKNOWN_EVIDENCE,
    speaker: source.speaker !== undefined ? source.speaker : item.speaker,
    role: item.role ?? null,
    quote: item.quote ?? null,
    title: item.title,
    actors: item.actors,
    text: source.text,
    offset: source.offset ?? 0,
    length: source.length ?? source.text.length,
  }))
}

/** One sentence contains the other: the same passage, one quoted more fully. */
function samePassage(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a)
}

/**
 * Every article once with its fullest passage, as combine keeps it; where one article gave the two
 * items different sentences, both stay (the reader said they report one thing).
 */
function sourcesOf(reports: readonly ExtractedItem[], item: Item): Source[] {
  const chosen = new Map(item.sources.map((s) => [s.articleId, [s]]))
  for (const report of reports) {
    const kept = chosen.get(report.articleId)!
    if (!kept.some((s) => samePassage(s.text, report.text))) kept.push(sourceOf(report, item, item.speaker))
  }
  return [...chosen.values()].flat()
}

function articleInfo(timeline: Timeline): Map<string, ArticleInfo> {
  return new Map(timeline.articles.map((a) => [a.id, { id: a.id, file: a.file, outlet: a.outlet, published: a.published, publishedFrom: a.publishedFrom }]))
}

/** The item the reports make, under the identity (id, story, type and title) the reader keeps. */
function remade(reports: readonly ExtractedItem[], identity: Pick<Item, 'id' | 'storyId' | 'type' | 'title'>, articles: ReadonlyMap<string, ArticleInfo>): Item {
  const { id, storyId, type, title } = identity
  const item = { ...combine(reports, { storyId, articles }), id, storyId, type, title }
  item.sources = sourcesOf(reports, item)
  if (item.dateEvidence === UNKNOWN_EVIDENCE) delete item.dateEvidence
  return item
}

/** A title for reports the reader moved out, from the first reported sentence, as extraction titles one. */
function splitTitle(item: Item): string {
  const first = item.sources.find((s) => s.articleId === item.firstReported) ?? item.sources[0]
  return item.type === 'statement' && item.speaker ? statementTitle(item.speaker, first.text, null, item.quote ?? null) : eventTitle(first.text, null)
}

export function mergeItems(from: Item, into: Item, articles: ReadonlyMap<string, ArticleInfo>): Item {
  return remade([...reportsOf(into), ...reportsOf(from)], into, articles)
}

/** The item without the sources of `articleIds`, and the new item they make; null when nothing or everything would move. */
export function splitItem(item: Item, articleIds: readonly string[], articles: ReadonlyMap<string, ArticleInfo>): [Item, Item] | null {
  const moving = new Set(articleIds)
  const reports = reportsOf(item)
  const moved = reports.filter((r) => moving.has(r.articleId))
  const kept = reports.filter((r) => !moving.has(r.articleId))
  if (!moved.length || !kept.length) return null
  const remaining = remade(kept, item, articles)
  const draft = remade(moved, { id: splitItemId(item.id, [...new Set(moved.map((r) => r.articleId))]), storyId: item.storyId, type: item.type, title: item.title }, articles)
  return [remaining, { ...draft, title: splitTitle(draft) }]
}

/** Merges whose chain of targets comes back to them: all of them are left out. */
function cyclic(merges: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>()
  for (const start of merges.keys()) {
    const seen = new Set<string>([start])
    for (let next = merges.get(start); next !== undefined; next = merges.get(next)) {
      if (next === start) out.add(start)
      if (seen.has(next)) break
      seen.add(next)
    }
  }
  return out
}

interface SplitOp {
  itemId: string
  articleIds: string[]
}

/**
 * The timeline's items after the reader's merges and splits. They are applied as their items appear: a
 * merge once both items exist (into a split-off item after its split), a split once its item holds all the
 * moved articles (of an item merged into it after that merge); what never can be applied is ignored, and
 * a cycle of merges is ignored whole, so those items show as they were.
 */
export function regroupItems(timeline: Timeline, corrections: readonly ItemCorrection[]): Item[] {
  const targets = new Map(corrections.filter((c) => c.mergeInto !== undefined && c.mergeInto !== c.itemId).map((c) => [c.itemId, c.mergeInto!]))
  const loops = cyclic(targets)
  const merges = new Map([...targets].filter(([from]) => !loops.has(from)))
  const splits: SplitOp[] = corrections.flatMap((c) => (c.split ?? []).map((group) => ({ itemId: c.itemId, articleIds: [...new Set(group)] })))
  if (!merges.size && !splits.length) return timeline.items

  const articles = articleInfo(timeline)
  const order = timeline.items.map((i) => i.id)
  const items = new Map(timeline.items.map((i) => [i.id, i]))
  /** Where a merged item went, to follow later merges or splits aimed at it. */
  const mergedInto = new Map<string, string>()
  const current = (id: string): Item | undefined => {
    for (const seen = new Set<string>(); !items.has(id) && mergedInto.has(id) && !seen.has(id); id = mergedInto.get(id)!) seen.add(id)
    return items.get(id)
  }
  const applyMerge = (from: string, to: string): boolean => {
    const source = current(from), target = current(to)
    if (!source || !target) return false
    if (source !== target) {
      items.set(target.id, mergeItems(source, target, articles))
      items.delete(source.id)
      mergedInto.set(source.id, target.id)
    }
    return true
  }
  const applySplit = (split: SplitOp, partly: boolean): boolean => {
    const item = current(split.itemId)
    if (!item) return false
    const present = split.articleIds.filter((id) => item.sources.some((s) => s.articleId === id))
    if (!partly && present.length < split.articleIds.length) return false
    const parts = splitItem(item, present, articles)
    if (parts && !items.has(parts[1].id)) {
      items.set(item.id, parts[0])
      items.set(parts[1].id, parts[1])
      order.splice(order.indexOf(item.id) + 1, 0, parts[1].id)
    }
    return true
  }

  const pendingMerges = new Map(merges)
  const pendingSplits = new Set(splits)
  for (let progress = true; progress; ) {
    progress = false
    for (const [from, to] of pendingMerges) if (applyMerge(from, to)) pendingMerges.delete(from), (progress = true)
    for (const split of pendingSplits) if (applySplit(split, false)) pendingSplits.delete(split), (progress = true)
    // Stuck: a split whose articles never all arrive moves those that are there.
    if (!progress) for (const split of pendingSplits) if (applySplit(split, true)) pendingSplits.delete(split), (progress = true)
  }
  return order.flatMap((id) => items.get(id) ?? [])
}
