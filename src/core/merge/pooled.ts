// How close two groups of items are as wholes: a group's many wordings cover what one sentence misses.
import type { ExtractedItem } from '../types'
import { itemTokens, type MergeContext, vocabulary } from './same'

/** Tf-idf cosine of two groups' pooled words: a group's many wordings cover what one sentence misses. */
export function pooledSimilarity(a: readonly ExtractedItem[], b: readonly ExtractedItem[], context: MergeContext): number {
  return cosine(pooledWords(a, context), pooledWords(b, context))
}

/** Each word's weight summed over the group's items (a word counts once per item), words by number. */
export function pooledWords(group: readonly ExtractedItem[], context: MergeContext): Map<number, number> {
  const words = vocabulary(context)
  const v = new Map<number, number>()
  for (const item of group) {
    const { ids, weights } = words.bag(itemTokens(item))
    for (let k = 0; k < ids.length; k++) v.set(ids[k], (v.get(ids[k]) ?? 0) + weights[k])
  }
  return v
}

export function cosine(x: ReadonlyMap<number, number>, y: ReadonlyMap<number, number>): number {
  let dot = 0, nx = 0, ny = 0
  for (const [t, w] of x) (nx += w * w), (dot += w * (y.get(t) ?? 0))
  for (const w of y.values()) ny += w * w
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0
}
