// Similarity of two articles: cosine of tf-idf vectors over names, words and mentioned days, damped
// when the articles were published far apart. Candidate pairs come from an inverted index over each
// article's most telling features, so a large folder is never compared all against all.
import type { IsoDate } from '../../shared/model'
import { type ArticleFeatures, featureKind, KIND_WEIGHT } from './features'

/** Feature -> weight, L2-normalised. */
export type Vector = Map<string, number>

export function documentFrequencies(features: readonly ArticleFeatures[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const f of features) for (const key of f.counts.keys()) df.set(key, (df.get(key) ?? 0) + 1)
  return df
}

/**
 * A folder smaller than this is weighed as if it were this large: in a five-article folder every
 * shared feature is "common", and plain idf would let each article's own words drown what they share.
 */
export const MIN_FOLDER_SIZE = 50

/** Smoothed idf: a feature every article shares still counts a little, so a one-story folder holds together. */
export function idf(df: number, total: number): number {
  return Math.log(1 + Math.max(total, MIN_FOLDER_SIZE) / df)
}

export function tfidfVector(features: ArticleFeatures, df: ReadonlyMap<string, number>, total: number): Vector {
  const v: Vector = new Map()
  let norm = 0
  for (const [key, count] of features.counts) {
    const w = (KIND_WEIGHT[featureKind(key)] ?? 1) * (1 + Math.log(count)) * idf(df.get(key) ?? 1, total)
    v.set(key, w)
    norm += w * w
  }
  norm = Math.sqrt(norm) || 1
  for (const [key, w] of v) v.set(key, w / norm)
  return v
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [key, w] of small) {
    const other = large.get(key)
    if (other !== undefined) sum += w * other
  }
  return sum
}

/** Days within which outlets report the same event without penalty, and the decay beyond. */
export const SAME_NEWS_DAYS = 3
export const DECAY_DAYS = 7

/** 1 for articles of the same days, falling off for articles weeks apart; 1 when a date is unknown. */
export function dateAffinity(a: IsoDate | null, b: IsoDate | null): number {
  if (!a || !b) return 1
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000
  return days <= SAME_NEWS_DAYS ? 1 : Math.exp(-(days - SAME_NEWS_DAYS) / DECAY_DAYS)
}

export interface Edge {
  a: number
  b: number
  similarity: number
}

/** How many of an article's heaviest features index it, and how many neighbours each article keeps. */
const INDEX_FEATURES = 25
const MAX_CANDIDATES = 40

/**
 * Pairs worth comparing: articles sharing one of their heaviest features. Features held by most of a
 * large folder are left out of the index (they find everything and separate nothing).
 */
export function candidatePairs(vectors: readonly Vector[], df: ReadonlyMap<string, number>): [number, number][] {
  const n = vectors.length
  const postings = new Map<string, number[]>()
  // Only features another article has can find a neighbour.
  const top = vectors.map((v) =>
    [...v.entries()]
      .filter(([key]) => (df.get(key) ?? 0) > 1)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, INDEX_FEATURES),
  )
  top.forEach((features, i) => {
    for (const [key] of features) {
      const list = postings.get(key)
      if (list) list.push(i)
      else postings.set(key, [i])
    }
  })
  const maxPosting = Math.max(50, Math.ceil(Math.sqrt(n) * 5))
  const pairs: [number, number][] = []
  for (let i = 0; i < n; i++) {
    const shared = new Map<number, number>()
    for (const [key, w] of top[i]) {
      const list = postings.get(key)!
      if (list.length > maxPosting) continue
      for (const j of list) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + w)
    }
    const best = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES)
    for (const [j] of best) pairs.push(i < j ? [i, j] : [j, i])
  }
  const seen = new Set<number>()
  return pairs.filter(([a, b]) => {
    const key = a * n + b
    return !seen.has(key) && (seen.add(key), true)
  })
}

export function similarityEdges(vectors: readonly Vector[], df: ReadonlyMap<string, number>, dates: readonly (IsoDate | null)[]): Edge[] {
  return candidatePairs(vectors, df)
    .map(([a, b]) => ({ a, b, similarity: cosine(vectors[a], vectors[b]) * dateAffinity(dates[a], dates[b]) }))
    .filter((e) => e.similarity > 0)
}
