// Alignment of two articles' items: an item and its closest counterpart in another article, each the
// other's best match, report the same thing even when reworded beyond the plain threshold (a rewrite
// keeps its source's items, in other words). A floor keeps unrelated leftovers apart, and two statements of one
// voice must share more than the speaker's name.
import type { ExtractedItem } from '../types'
import type { PairList } from './candidates'
import { besidesSpeaker, comparableOf, factsOf, type MergeContext, sharedBesidesSpeaker, similarityOf, vocabulary } from './same'

export const ALIGN_FLOOR = 0.15
/** The floor for two statements of one voice dated a day apart (within the slack that lets them be compared). */
const OTHER_DAY_FLOOR = 0.25
/**
 * Two statements of one voice that share its name and a single other word ("deal") are two things
 * the speaker said, however alone each stands in its article.
 */
export const SHARED_BESIDES_SPEAKER = 2

/**
 * Pairs [a, b] (a < b, indices into `items`) that are each other's best match between their two
 * articles, among the candidate pairs.
 */
export function mutualBestMatches(items: readonly ExtractedItem[], candidates: PairList, context: MergeContext): [number, number][] {
  // best.get(key(i, article)): item i's best counterpart in that article and its similarity.
  const articles = new Map<string, number>()
  for (const item of items) if (!articles.has(item.articleId)) articles.set(item.articleId, articles.size)
  const key = (i: number, articleId: string): number => i * articles.size + articles.get(articleId)!
  const best = new Map<number, { j: number; similarity: number }>()
  const offer = (i: number, j: number, similarity: number): void => {
    const current = best.get(key(i, items[j].articleId))
    if (!current || similarity > current.similarity || (similarity === current.similarity && j < current.j)) best.set(key(i, items[j].articleId), { j, similarity })
  }
  const words = vocabulary(context)
  const facts = items.map((item) => factsOf(item, context))
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates.first(k), j = candidates.second(k)
    if (!comparableOf(facts[i], facts[j])) continue
    const similarity = similarityOf(facts[i], facts[j], words)
    offer(i, j, similarity)
    offer(j, i, similarity)
  }
  const pairs: [number, number][] = []
  for (const [code, { j, similarity }] of best) {
    const i = Math.floor(code / articles.size)
    if (i >= j || similarity < ALIGN_FLOOR) continue
    // Statements on two days (a day's slack apart) are two occasions unless their words are closer.
    if (items[i].type === 'statement' && items[i].start !== items[j].start && besidesSpeaker(facts[i], facts[j], words) < OTHER_DAY_FLOOR) continue
    if (items[i].type === 'statement' && sharedBesidesSpeaker(items[i], items[j]) < SHARED_BESIDES_SPEAKER) continue
    if (best.get(key(j, items[i].articleId))?.j === i) pairs.push([i, j])
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
}
