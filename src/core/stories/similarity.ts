// Similarity of two articles: cosine of tf-idf vectors over names, words and mentioned days, damped
// when the articles were published far apart. Candidate pairs come from an inverted index over each
// article's most telling features, so a large folder is never compared all against all.
import type { IsoDate } from '../../shared/model'
import { type ArticleFeatures, featureKind, type FeatureSpace, KIND_WEIGHT } from './features'

/** Feature ids (ascending) and their weights, L2-normalised: compact, and compared by a merge walk. */
export interface Vector {
  ids: Int32Array
  weights: Float64Array
}

/** Each feature's name (by id) and how many articles have it. */
export interface Vocabulary {
  names: readonly string[]
  df: number[]
}

export function vocabulary(features: readonly ArticleFeatures[], space: FeatureSpace): Vocabulary {
  const df = new Array<number>(space.names.length).fill(0)
  for (const f of features) for (const id of f.ids) df[id]++
  return { names: space.names, df }
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

/**
 * Each article's tf-idf vector. All vectors are views of two arrays, one allocation for the folder
 * rather than two per article (small typed arrays each cost a buffer of their own to make and to collect).
 */
export function tfidfVectors(features: readonly ArticleFeatures[], vocab: Vocabulary): Vector[] {
  const { kindWeight, idfs } = weighing(vocab, features.length)
  const allIds = new Int32Array(features.reduce((sum, f) => sum + f.ids.length, 0))
  const allWeights = new Float64Array(allIds.length)
  const scratch = scratchRow(vocab.df.length)
  let at = 0
  return features.map(({ ids, counts }) => {
    let norm = 0
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]
      const w = kindWeight[id] * (1 + Math.log(counts[k])) * idfs[id]
      scratch[id] = w
      norm += w * w
    }
    norm = Math.sqrt(norm) || 1
    // Ids are distinct: sorted natively, each finds its weight again through the scratch row.
    const vector: Vector = { ids: allIds.subarray(at, at + ids.length), weights: allWeights.subarray(at, at + ids.length) }
    at += ids.length
    vector.ids.set(ids)
    vector.ids.sort()
    for (let i = 0; i < vector.ids.length; i++) vector.weights[i] = scratch[vector.ids[i]] / norm
    return vector
  })
}

let scratch = new Float64Array(0)

/** A row of one number per feature id, reused across vectors (each fills only the cells it reads). */
function scratchRow(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size)
  return scratch
}

// Each feature's kind weight and idf, worked out once per vocabulary and folder size.
const WEIGHING = new WeakMap<Vocabulary, { total: number; kindWeight: Float64Array; idfs: Float64Array }>()

function weighing(vocab: Vocabulary, total: number): { kindWeight: Float64Array; idfs: Float64Array } {
  let known = WEIGHING.get(vocab)
  if (!known || known.total !== total || known.idfs.length !== vocab.df.length) {
    const kindWeight = new Float64Array(vocab.df.length)
    const idfs = new Float64Array(vocab.df.length)
    vocab.names.forEach((name, id) => {
      kindWeight[id] = KIND_WEIGHT[featureKind(name)] ?? 1
      idfs[id] = idf(vocab.df[id], total)
    })
    WEIGHING.set(vocab, (known = { total, kindWeight, idfs }))
  }
  return known
}

export function cosine(a: Vector, b: Vector): number {
  let i = 0, j = 0, sum = 0
  const { ids: ai, weights: aw } = a
  const { ids: bi, weights: bw } = b
  while (i < ai.length && j < bi.length) {
    if (ai[i] === bi[j]) sum += aw[i++] * bw[j++]
    else if (ai[i] < bi[j]) i++
    else j++
  }
  return sum
}

/**
 * Days within which outlets report the same event without penalty, and the decay beyond: two weeks, as
 * a story's follow-ups come weeks apart (a deal signed, put to a referendum, renegotiated) and still tell
 * it in the same names and words; another story of the same actors a month later shares far fewer.
 */
export const SAME_NEWS_DAYS = 3
export const DECAY_DAYS = 14

/** 1 for articles of the same days, falling off for articles weeks apart; 1 when a date is unknown. */
export function dateAffinity(a: IsoDate | null, b: IsoDate | null): number {
  return timeAffinity(dateTime(a), dateTime(b))
}

/** A date as dateAffinity reads it: its time, or null when unknown. */
export function dateTime(date: IsoDate | null): number | null {
  return date ? Date.parse(date) : null
}

/** dateAffinity of two dates given by dateTime. */
export function timeAffinity(a: number | null, b: number | null): number {
  if (a === null || b === null) return 1
  const days = Math.abs(a - b) / 86_400_000
  return days <= SAME_NEWS_DAYS ? 1 : Math.exp(-(days - SAME_NEWS_DAYS) / DECAY_DAYS)
}

export interface Edge {
  a: number
  b: number
  similarity: number
}

/** Pairs of articles (a[k] < b[k]), in (a, b) order. */
export interface Pairs {
  a: Int32Array
  b: Int32Array
}

/** How many of an article's heaviest features index it, and how many neighbours each article keeps. */
const INDEX_FEATURES = 25
const MAX_CANDIDATES = 40

/**
 * Pairs worth comparing: articles sharing one of their heaviest features. Features held by a large
 * part of a big folder are left out of the index (they find everything and separate nothing).
 */
export function candidatePairs(vectors: readonly Vector[], df: readonly number[]): Pairs {
  const n = vectors.length
  // Only features another article has can find a neighbour.
  const top = vectors.map((v) => heaviest(v, df))
  const postings = postingLists(vectors, top, df.length)
  const maxPosting = Math.max(50, Math.ceil(Math.sqrt(n) * 2))
  const shared = new Float64Array(n)
  const keys: number[] = []
  for (let i = 0; i < n; i++) {
    const touched: number[] = []
    const { ids, weights } = vectors[i]
    for (const k of top[i]) {
      const from = postings.start[ids[k]]
      const to = postings.start[ids[k] + 1]
      if (to - from > maxPosting) continue
      const weight = weights[k]
      for (let p = from; p < to; p++) {
        const j = postings.articles[p]
        if (j === i) continue
        if (shared[j] === 0) touched.push(j)
        shared[j] += weight
      }
    }
    // The MAX_CANDIDATES most shared (ties: lower index), kept in order while scanning.
    const best: number[] = []
    for (const j of touched) {
      const full = best.length === MAX_CANDIDATES
      if (full && !(shared[j] > shared[best[MAX_CANDIDATES - 1]] || (shared[j] === shared[best[MAX_CANDIDATES - 1]] && j < best[MAX_CANDIDATES - 1]))) continue
      let k = full ? MAX_CANDIDATES - 1 : best.push(j) - 1
      while (k > 0 && (shared[j] > shared[best[k - 1]] || (shared[j] === shared[best[k - 1]] && j < best[k - 1]))) best[k] = best[k - 1], k--
      best[k] = j
    }
    for (const j of best) keys.push(i < j ? i * n + j : j * n + i)
    for (const j of touched) shared[j] = 0
  }
  // Each pair as one number a * n + b: sorted natively, in (a, b) order; a pair both ends chose comes twice.
  const sorted = Float64Array.from(keys).sort()
  let count = 0
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[count++] = sorted[k]
  const pairs: Pairs = { a: new Int32Array(count), b: new Int32Array(count) }
  for (let k = 0; k < count; k++) (pairs.a[k] = Math.floor(sorted[k] / n)), (pairs.b[k] = sorted[k] % n)
  return pairs
}

/** For each feature id, the articles whose heaviest features hold it, ascending: articles[start[id], start[id + 1]). */
function postingLists(vectors: readonly Vector[], top: readonly number[][], features: number): { articles: Int32Array; start: Int32Array } {
  const start = new Int32Array(features + 1)
  top.forEach((positions, i) => positions.forEach((k) => start[vectors[i].ids[k] + 1]++))
  for (let id = 0; id < features; id++) start[id + 1] += start[id]
  const next = start.slice(0, features)
  const articles = new Int32Array(start[features])
  top.forEach((positions, i) => positions.forEach((k) => (articles[next[vectors[i].ids[k]]++] = i)))
  return { articles, start }
}

/**
 * Positions of a vector's INDEX_FEATURES heaviest features that another article has (ties: lower id),
 * heaviest first; kept in order while scanning rather than sorting them all.
 */
function heaviest(v: Vector, df: readonly number[]): number[] {
  const best: number[] = []
  const before = (x: number, y: number): boolean => v.weights[x] > v.weights[y] || (v.weights[x] === v.weights[y] && v.ids[x] < v.ids[y])
  for (let k = 0; k < v.ids.length; k++) {
    if (!(df[v.ids[k]] > 1)) continue
    const full = best.length === INDEX_FEATURES
    if (full && !before(k, best[INDEX_FEATURES - 1])) continue
    let at = full ? INDEX_FEATURES - 1 : best.push(k) - 1
    while (at > 0 && before(k, best[at - 1])) best[at] = best[at - 1], at--
    best[at] = k
  }
  return best
}

/**
 * `dates[i]`: article i's publication date, or null; `monthDays[i]`: when only its month and day are
 * known (a wire dateline without a year, "HANOI, March 1 (Xinhua)"), that date in any year.
 */
export function similarityEdges(
  vectors: readonly Vector[],
  df: readonly number[],
  dates: readonly (IsoDate | null)[],
  monthDays: readonly (IsoDate | null)[] = [],
  mentioned: readonly (readonly IsoDate[] | null)[] = [],
  recalled: readonly (readonly number[] | null)[] = [],
  ahead: readonly (readonly IsoDate[] | null)[] = [],
  stated: readonly (readonly IsoDate[] | null)[] = [],
  past: readonly (readonly IsoDate[] | null)[] = [],
): Edge[] {
  // Each date parsed once.
  const times = dates.map(dateTime)
  const partial = monthDays.map(dateTime)
  const parsed = (days: readonly IsoDate[] | null | undefined): number[] | null => (days?.length ? days.map((d) => Date.parse(d)) : null)
  const named = dates.map((_, i) => (mentioned[i]?.length || ahead[i]?.length || stated[i]?.length ? { own: parsed(mentioned[i]), ahead: parsed(ahead[i]), stated: parsed(stated[i]), past: parsed(past[i]) } : null))
  const recalledMonthDays = recalled.map((days) => (days?.length ? new Set(days.map((t) => new Date(t).toISOString().slice(5, 10))) : null))
  // An undated report naming a day a dated one recalls, in any year: "since December 12" beside "the blockade that began on December 12".
  const namesRecalled = (undated: number, dated: number): boolean => times[undated] === null && !!mentioned[undated]?.some((day) => recalledMonthDays[dated]?.has(day.slice(5)))
  const edges: Edge[] = []
  // Pairs come in (a, b) order: a's weights are spread over a row once, and each b reads its own ids
  // from it (the merge walk of cosine stepped through both vectors for each of a's ~40 pairs).
  const row = new Float64Array(df.length)
  let spread = -1
  const pairs = candidatePairs(vectors, df)
  for (let k = 0; k < pairs.a.length; k++) {
    const a = pairs.a[k]
    const b = pairs.b[k]
    if (a !== spread) {
      if (spread >= 0) clearRow(row, vectors[spread])
      spreadRow(row, vectors[a])
      spread = a
    }
    const yearless = partial[a] != null || partial[b] != null
    const apart = timeAffinity(times[a], times[b])
    // Or, months apart, both recall one day: the blockade's first of December 12 in reports of February and of August.
    const recalls = daysAround(recalled[a], times[b]) > 0 || daysAround(recalled[b], times[a]) > 0 || (apart < FAR_APART && shareDay(recalled[a], recalled[b])) || namesRecalled(a, b) || namesRecalled(b, a)
    const affinity = yearless ? yearlessAffinity(times[a] ?? partial[a], times[b] ?? partial[b]) : recalls ? 1 : apart * namedDaysAffinity(named[a], times[b]) * namedDaysAffinity(named[b], times[a])
    const similarity = dotWithRow(row, vectors[b]) * affinity
    if (similarity > 0) edges.push({ a, b, similarity })
  }
  return edges
}

const YEAR_MS = 365.2425 * 86_400_000
/** The time affinity below which two dated reports need a day both recall to be told of one story (some four weeks apart). */
const FAR_APART = 0.2
const DAY_MS = 86_400_000

/**
 * The days a dated report names by month and day, each in the latest year that puts it on or before the report: what
 * it tells as done. An explainer seven weeks on that dates the raid's eve and the days after ("On 4 April, Ecuador
 * declared ...") recalls the story of those days; its time since them is no sign of another story. Sorted.
 */
export function recalledDays(monthDays: readonly IsoDate[], published: IsoDate | null): number[] | null {
  if (!published || !monthDays.length) return null
  const at = Date.parse(published)
  const year = Number(published.slice(0, 4))
  return monthDays.map((day) => {
    const same = Date.parse(`${year}${day.slice(4)}`)
    return same <= at ? same : Date.parse(`${year - 1}${day.slice(4)}`)
  }).filter((t) => !Number.isNaN(t)).sort((x, y) => x - y)
}

/** Whether two sorted lists of days hold one day in common. */
export function shareDay(a: readonly number[] | null | undefined, b: readonly number[] | null | undefined): boolean {
  if (!a || !b) return false
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) return true
    if (a[i] < b[j]) i++
    else j++
  }
  return false
}

/** How many distinct days of `days` (sorted times) fall from SAME_NEWS_DAYS before `from` to `to`. */
export function daysAround(days: readonly number[] | null | undefined, from: number | null, to = from): number {
  if (!days || from === null || to === null) return 0
  let count = 0
  let last = NaN
  for (const day of days) if (day >= from - SAME_NEWS_DAYS * DAY_MS && day <= to && day !== last) (count++), (last = day)
  return count
}

/**
 * timeAffinity when a side knows its month and day but not its year: the nearest year it could be in.
 * A wire copy datelined "March 1" is then far from a story of June.
 */
function yearlessAffinity(a: number | null, b: number | null): number {
  return a === null || b === null ? 1 : timeAffinity(0, apartInAnyYear(a, b))
}

/** How far apart two days are in the nearest years they could be in (month and day only). */
function apartInAnyYear(a: number, b: number): number {
  const within = Math.abs(a - b) % YEAR_MS
  return Math.min(within, YEAR_MS - within)
}

/**
 * An undated article beside a dated one: the closest of the days it names by month and day ("talks held
 * from March 6 to 10") to the other's date. A report of March is far from a story of June, whatever words
 * the two share (a Chinese minister welcoming both); an article that names no day is near any.
 */
function namedDaysAffinity(days: { own: readonly number[] | null; ahead: readonly number[] | null; stated: readonly number[] | null; past: readonly number[] | null } | null, date: number | null): number {
  if (!days || date === null) return 1
  // A day it names as still ahead ("the summit expected in Riyadh on May 19") puts it before that day, by up to half a year;
  // one it tells as done ("On Oct. 17, his government and the opposition signed the Barbados agreement") after it, by up to a
  // season.
  if (days.ahead?.some((day) => forwardInAnyYear(date, day) <= AHEAD_REACH_MS)) return 1
  if (days.past?.some((day) => forwardInAnyYear(day, date) <= PAST_REACH_MS || apartInAnyYear(day, date) <= NAMED_DAYS_SLACK_MS)) return 1
  // A day with its year a year or more away ("August 6, 1945") is history the report recalls, not its time.
  const stated = (days.stated ?? []).filter((day) => Math.abs(day - date) < YEAR_MS)
  // Nor does a day it tells as done further from the other's: "since taking office on June 30", "the tribunal ruled on July 12"
  // in a report of October is background, no sign of a report of July.
  const own = (days.own ?? []).filter((day) => !days.past?.includes(day))
  if (!own.length && !days.ahead?.length && !stated.length) return 1
  let nearest = YEAR_MS
  for (const day of [...own, ...(days.ahead ?? [])]) nearest = Math.min(nearest, apartInAnyYear(day, date))
  for (const day of stated) nearest = Math.min(nearest, Math.abs(day - date))
  // Plans and background a month either side ("talks on January 12" in a December report) still belong.
  return nearest <= NAMED_DAYS_SLACK_MS ? 1 : timeAffinity(0, nearest)
}

const NAMED_DAYS_SLACK_MS = 31 * 86_400_000
const AHEAD_REACH_MS = 183 * 86_400_000
const PAST_REACH_MS = 92 * 86_400_000

/** How far `to` lies after `from` in the nearest year it could be in (month and day only). */
function forwardInAnyYear(from: number, to: number): number {
  return (((to - from) % YEAR_MS) + YEAR_MS) % YEAR_MS
}

function spreadRow(row: Float64Array, v: Vector): void {
  for (let i = 0; i < v.ids.length; i++) row[v.ids[i]] = v.weights[i]
}

function clearRow(row: Float64Array, v: Vector): void {
  for (let i = 0; i < v.ids.length; i++) row[v.ids[i]] = 0
}

/**
 * cosine(a, b) with a spread over `row`: the same products added in the same (ascending id) order, and
 * a feature a lacks adds 0 * weight = +0, which leaves the sum as it is: the same number to the last bit.
 */
function dotWithRow(row: Float64Array, b: Vector): number {
  let sum = 0
  const { ids, weights } = b
  for (let j = 0; j < ids.length; j++) sum += row[ids[j]] * weights[j]
  return sum
}
