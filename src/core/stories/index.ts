// Groups articles into stories: the same event told by different outlets.
// features (names, words, mentioned days) -> tf-idf over the folder -> candidate pairs from an inverted
// index -> similarity damped by publication distance -> average-linkage clustering -> a title per story.
import type { IsoDate } from '../../shared/model'
import type { ArticleDocument } from '../types'
import { averageLinkage, type Merge } from './cluster'
import { type ArticleFeatures, daysOfLastYear, FeatureSpace, mentionedMonthParts } from './features'
import { dateTime, daysAround, type Edge, recalledDays, shareDay, similarityEdges, tfidfVectors, timeAffinity, vocabulary } from './similarity'
import { aheadMonthDays, mentionedFullDates, pastMonthDays } from './published'
import { storyTitle } from './title'

export interface StoryGroup {
  /** Indices into the document list, ascending. */
  members: number[]
  title: string
  /** Per member, the dated member it is most like (a document index), or -1: what an undated report is dated from. */
  closestDated: number[]
}

/**
 * Average similarity two groups need to be one story. On the dev folders the loosest true join (a live
 * blog joining four reports of the Abraham Accords signing) is at 0.13, wire copies and rewrites at
 * 0.2-0.9; unrelated stories stay under 0.07, and two stories with the same actors a month apart
 * (Lavrov on talks in December, Lavrov and Blinken in Geneva in January) at 0.12 undated, 0.025 once
 * their dates are counted.
 */
export const STORY_THRESHOLD = 0.1

export interface GroupingTrace {
  edges: Edge[]
  merges: Merge[]
}

/**
 * `dates[i]`: the article's publication date when already known (file or own words), else null;
 * `monthDays[i]`: a date whose year the article does not give (a wire dateline), else null.
 */
export function groupStories(
  documents: readonly ArticleDocument[],
  dates: readonly (IsoDate | null)[],
  threshold = STORY_THRESHOLD,
  trace?: GroupingTrace,
  monthDays: readonly (IsoDate | null)[] = [],
): StoryGroup[] {
  if (!documents.length) return []
  const space = new FeatureSpace()
  const features = documents.map((d) => space.read(`${d.title ?? ''}\n${d.text}`))
  const vocab = vocabulary(features, space)
  const vectors = tfidfVectors(features, vocab)
  // An undated article's own days ("from March 6 to 10"), read with its features, in a year of its own: only month and day count.
  // One that names its happening by its weekday ("Friday's summit") names its month-days as background
  // ("his last visit to the White House, on February 28").
  const undated = (i: number): boolean => !dates[i] && !monthDays[i] && !WEEKDAY_TOLD.test(documents[i].text)
  const aheads = documents.map((d, i) => (undated(i) ? aheadMonthDays(d.text).map((day) => `2000-${day}`) : null))
  const pasts = documents.map((d, i) => (undated(i) ? pastMonthDays(d.text).map((day) => `2000-${day}`) : null))
  // Days it gives with their year ("the bombing of August 6, 1945") are placed in that year (similarityEdges).
  const stated = documents.map((d, i) => (undated(i) ? mentionedFullDates(d.text) : null))
  const mentioned = features.map((f, i) =>
    undated(i) ? namedDays(f, space, documents[i].text, [...aheads[i]!, ...stated[i]!.map((day) => `2000-${day.slice(5)}`), ...daysOfLastYear(documents[i].text)]) : null,
  )
  // A dated report's month-days (no text: the parts of months it names, "early April", recall no day), but not those it looks
  // ahead to ("the referendum on October 2" in a report of August 25 recalls no October 2).
  const recalled = features.map((f, i) => (dates[i] ? recalledDays(namedDays(f, space, '', aheadMonthDays(documents[i].text).map((day) => `2000-${day}`)), dates[i]) : null))
  // An undated report's days other than those ahead, in no year yet: a group places them before its last dated report.
  const unplaced = features.map((f, i) => (undated(i) ? namedDays(f, space, '', [...aheads[i]!, ...stated[i]!.map((day) => `2000-${day.slice(5)}`)]) : null))
  const edges = similarityEdges(vectors, vocab.df, dates, monthDays, mentioned, recalled, aheads, stated, pasts)
  // Pairs with an undated article escape the date damping; their clusters, once dated, do not. At half strength (the
  // root): the links of their dated pairs are damped already, and a story's follow-up two weeks on (a court suspending
  // the primary a deal had allowed) should not be damped twice over. Nor is a later group that dates two or more days
  // of the earlier one's (an analysis five weeks on that retells the expulsions of 18 and 21 September).
  const byCentre = { summary: (members: readonly number[]) => clusterTimes(members, dates, recalled, unplaced), between: clusterAffinity }
  const clusters = attachLoneArticles(averageLinkage(documents.length, edges, threshold, byCentre, trace?.merges), edges, dates, threshold)
  if (trace) trace.edges = edges
  const clusterOf = new Int32Array(documents.length)
  clusters.forEach((members, c) => members.forEach((i) => (clusterOf[i] = c)))
  const weight = new Float64Array(documents.length)
  const closest = new Int32Array(documents.length).fill(-1)
  const closeness = new Float64Array(documents.length)
  for (const { a, b, similarity } of edges) {
    if (clusterOf[a] !== clusterOf[b]) continue
    weight[a] += similarity
    weight[b] += similarity
    if (dates[b] && similarity > closeness[a]) (closest[a] = b), (closeness[a] = similarity)
    if (dates[a] && similarity > closeness[b]) (closest[b] = a), (closeness[b] = similarity)
  }
  return clusters.map((members) => ({
    members,
    title: storyTitle(members.map((i) => documents[i]), members.map((i) => weight[i])),
    closestDated: members.map((i) => closest[i]),
  }))
}

const WEEKDAY_TOLD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+\p{Ll}/u

/** The days (month and day, as "2000-MM-DD") among an article's features, and the parts of months its text names. */
function namedDays(features: ArticleFeatures, space: FeatureSpace, text: string, placed: readonly IsoDate[] = []): IsoDate[] {
  const days: IsoDate[] = mentionedMonthParts(text).map((day) => `2000-${day}`)
  // Those it names as ahead ("sanctions would snap back ... on November 4") bound it only from above, and those with their
  // year are in that year (similarityEdges): neither is a day of a year of its own.
  for (const id of features.ids) {
    const day = space.names[id].startsWith('md:') ? `2000-${space.names[id].slice(3)}` : null
    if (day && !placed.includes(day)) days.push(day)
  }
  return days
}

/** Share of the threshold a lone article's average link to a story must reach, its best link reaching the threshold. */
const LONE_ARTICLE = 0.75

/**
 * An article left alone whose closest article is of a story, and which is near enough to the story as a
 * whole (a local paper's angle on the Paris agreement: 0.13 to one report, 0.095 on average), joins it:
 * a folder of downloads seldom holds one article of a story of its own that close to another story.
 */
function attachLoneArticles(clusters: number[][], edges: readonly Edge[], dates: readonly (IsoDate | null)[], threshold: number): number[][] {
  const clusterOf = new Int32Array(dates.length)
  clusters.forEach((members, c) => members.forEach((i) => (clusterOf[i] = c)))
  const lone = (i: number): boolean => clusters[clusterOf[i]].length === 1
  const sums = new Map<number, Map<number, { sum: number; best: number }>>()
  for (const { a, b, similarity } of edges) {
    for (const [x, y] of [[a, b], [b, a]]) {
      if (!lone(x) || lone(y)) continue
      const byCluster = sums.get(x) ?? sums.set(x, new Map()).get(x)!
      const link = byCluster.get(clusterOf[y]) ?? { sum: 0, best: 0 }
      byCluster.set(clusterOf[y], { sum: link.sum + similarity, best: Math.max(link.best, similarity) })
    }
  }
  const into = new Map<number, number>()
  for (const [x, byCluster] of sums) {
    let target = -1, targetAverage = 0
    for (const [c, { sum, best }] of byCluster) {
      const members = clusters[c]
      const average = (sum / members.length) * timeAffinity(dateTime(dates[x]), dateTime(centre(members.map((i) => dates[i]))))
      if (best >= threshold && average >= LONE_ARTICLE * threshold && average > targetAverage) (target = c), (targetAverage = average)
    }
    if (target >= 0) into.set(x, target)
  }
  if (!into.size) return clusters
  const joined = clusters.map((members) => [...members])
  for (const [x, c] of into) joined[c].push(x), (joined[clusterOf[x]] = [])
  return joined.filter((members) => members.length).map((members) => members.sort((a, b) => a - b))
}

interface ClusterTimes {
  centre: number | null
  first: number | null
  last: number | null
  /** The days its reports recall, sorted. */
  recalled: number[]
}

/**
 * A group's dates and the days its reports recall. An undated report's days count too, placed on or before the
 * group's last dated report: an essay after the prize ceremony that recalls "the committee's choice on 8 October"
 * is told of the October reports.
 */
function clusterTimes(
  members: readonly number[],
  dates: readonly (IsoDate | null)[],
  recalled: readonly (readonly number[] | null)[],
  unplaced: readonly (readonly IsoDate[] | null)[],
): ClusterTimes {
  const known = members.map((i) => dates[i]).filter((d): d is IsoDate => d !== null).sort()
  const last = known.at(-1) ?? null
  return {
    centre: dateTime(centre(known)),
    first: dateTime(known[0] ?? null),
    last: dateTime(last),
    recalled: members.flatMap((i) => recalled[i] ?? recalledDays(unplaced[i] ?? [], last) ?? []).sort((x, y) => x - y),
  }
}

/**
 * How many of the earlier group's days the later one must recall to be told of the same story: its reports' days, or
 * the week after them (the ambassadors' return four and eight days after the summit). One is enough: an analysis five
 * weeks on dates the day the thaw was announced ("at noon on 17 December") and nothing else of that week; a truce's
 * six-month review, the day it began.
 */
const RECALLED_DAYS = 1
const WEEK_MS = 7 * 86_400_000

function clusterAffinity(a: ClusterTimes, b: ClusterTimes): number {
  const [early, late] = (a.centre ?? 0) <= (b.centre ?? 0) ? [a, b] : [b, a]
  if (early.last !== null && daysAround(late.recalled, early.first, early.last + WEEK_MS) >= RECALLED_DAYS) return 1
  if (shareDay(early.recalled, late.recalled)) return 1
  // A report of a day between a group's first and last reports is of its days, however far its centre.
  if (late.centre !== null && early.last !== null && late.centre <= early.last) return 1
  return Math.sqrt(timeAffinity(a.centre, b.centre))
}

/** Lower median of the known dates, or null. */
function centre(dates: readonly (IsoDate | null)[]): IsoDate | null {
  const known = dates.filter((d): d is IsoDate => d !== null).sort()
  return known.length ? known[Math.floor((known.length - 1) / 2)] : null
}
