// Merges the items of one story across articles: the same statement or event reported by several
// outlets becomes one item with one source per article.
// foldSayingEvents (passage.ts) drops events that only restate a statement -> identical wordings are
// compared once and candidate pairs come from rare shared words (candidates.ts) -> isSameItem (same.ts)
// and mutual best matches between two articles (align.ts) link pairs -> average linkage keeps groups
// whose members largely agree (one passage that mentions two statements cannot chain them) -> combine
// (combine.ts) makes each item -> ids from content.
import type { Item } from '../../shared/model'
import { stableId } from '../ids'
import { averageLinkage } from '../stories/cluster'
import type { Edge } from '../stories/similarity'
import type { ExtractedItem } from '../types'
import { type ArticleInfo, articleOrder, combine, itemKey } from './combine'
import { foldSayingEvents } from './passage'
import { mutualBestMatches } from './align'
import { candidatePairs, identicalWordings } from './candidates'
import { isSameItem, type MergeContext, storyContext } from './same'

export { combine, type ArticleInfo } from './combine'
export { isSameItem } from './same'

/**
 * Share of member pairs that must be the same item for two groups to join: rewordings of one
 * statement are often linked only through some of their copies, while a passage that merely mentions
 * a second statement links to few of its reports.
 */
const AGREEMENT = 0.3

export function groupSameItems(items: readonly ExtractedItem[], context: MergeContext = storyContext(items)): number[][] {
  // Compare distinct wordings only; copies follow their first.
  const copies = identicalWordings(items)
  const distinct = copies.map((group) => items[group[0]])
  const pairs = candidatePairs(distinct, context)
  const edges: Edge[] = []
  const linked = new Set<number>()
  for (const [a, b] of pairs)
    if (isSameItem(distinct[a], distinct[b], context)) edges.push({ a, b, similarity: 1 }), linked.add(a * distinct.length + b)
  for (const [a, b] of mutualBestMatches(distinct, pairs, context)) if (!linked.has(a * distinct.length + b)) edges.push({ a, b, similarity: 1 })
  return averageLinkage(distinct.length, edges, AGREEMENT)
    .map((members) => members.flatMap((m) => copies[m]).sort((x, y) => x - y))
    .sort((x, y) => x[0] - y[0])
}

export function mergeItems(
  storyId: string,
  extracted: readonly ExtractedItem[],
  articles: ReadonlyMap<string, ArticleInfo>,
  taken: Set<string>,
): Item[] {
  const order = articleOrder(articles)
  // A fixed order, so that ties in the clustering fall the same way on every load.
  const sorted = foldSayingEvents(extracted).sort((a, b) => order(a.articleId, b.articleId) || a.offset - b.offset || a.title.localeCompare(b.title))
  const context = storyContext(sorted, new Map([...articles].map(([id, a]) => [id, a.published])))
  const merged = groupSameItems(sorted, context).map((members) => {
    const items = members.map((i) => sorted[i])
    return { item: combine(items, { storyId, articles, context }), key: itemKey(storyId, items[0]) }
  })
  // Ids from content; the rare equal keys are told apart in key order, never by position in the folder.
  merged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return merged.map(({ item, key }) => ({ ...item, id: stableId('i', key, taken) }))
}
