// Groups articles into stories: the same event told by different outlets.
// features (names, words, mentioned days) -> tf-idf over the folder -> candidate pairs from an inverted
// index -> similarity damped by publication distance -> average-linkage clustering -> a title per story.
import type { IsoDate } from '../../shared/model'
import type { ArticleDocument } from '../types'
import { averageLinkage, type Merge } from './cluster'
import { FeatureSpace } from './features'
import { dateTime, type Edge, similarityEdges, tfidfVectors, timeAffinity, vocabulary } from './similarity'
import { storyTitle } from './title'

export interface StoryGroup {
  /** Indices into the document list, ascending. */
  members: number[]
  title: string
}

/**
 * Average similarity two groups need to be one story. On the dev folders the loosest true join (a live
 * blog joining four reports of the Abraham Accords signing) is at 0.13, wire copies and rewrites at
 * 0.2-0.9; unrelated stories stay under 0.07, and two stories with the same actors a month apart
 * (Lavrov on talks in December, Lavrov and Blinken in Geneva in January) at 0.12 undated, 0.005 once
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
  const edges = similarityEdges(vectors, vocab.df, dates, monthDays)
  // Pairs with an undated article escape the date damping; their clusters, once dated, do not.
  const byCentre = { summary: (members: readonly number[]) => dateTime(centre(members.map((i) => dates[i]))), between: timeAffinity }
  const clusters = averageLinkage(documents.length, edges, threshold, byCentre, trace?.merges)
  if (trace) trace.edges = edges
  const clusterOf = new Int32Array(documents.length)
  clusters.forEach((members, c) => members.forEach((i) => (clusterOf[i] = c)))
  const weight = new Float64Array(documents.length)
  for (const { a, b, similarity } of edges) {
    if (clusterOf[a] !== clusterOf[b]) continue
    weight[a] += similarity
    weight[b] += similarity
  }
  return clusters.map((members) => ({ members, title: storyTitle(members.map((i) => documents[i]), members.map((i) => weight[i])) }))
}

/** Lower median of the known dates, or null. */
function centre(dates: readonly (IsoDate | null)[]): IsoDate | null {
  const known = dates.filter((d): d is IsoDate => d !== null).sort()
  return known.length ? known[Math.floor((known.length - 1) / 2)] : null
}
