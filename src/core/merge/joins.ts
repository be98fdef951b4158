// How the join rules after the clustering regroup: pairs of groups united, or groups moved into another.
import type { ExtractedItem } from '../types'
import { datesAgree, sameSpeaker } from './same'

/** The clusters with each pair's two groups made one (chains follow); members in order, groups by their first. */
export function unite(clusters: readonly number[][], pairs: Iterable<readonly [number, number]>): number[][] {
  const parent = clusters.map((_, g) => g)
  const find = (g: number): number => (parent[g] === g ? g : (parent[g] = find(parent[g])))
  for (const [a, b] of pairs) {
    const x = find(a), y = find(b)
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y)
  }
  const joined = new Map<number, number[]>()
  clusters.forEach((members, g) => joined.set(find(g), [...(joined.get(find(g)) ?? []), ...members]))
  return [...joined.values()].map((members) => members.sort((x, y) => x - y))
}

/** The clusters with each group k whose `into[k]` is a group (not -1) moved into that group. */
export function moveInto(clusters: readonly number[][], into: readonly number[]): number[][] {
  const joined = clusters.map((members, k) => (into[k] >= 0 ? [] : [...members]))
  clusters.forEach((members, k) => {
    if (into[k] >= 0) joined[into[k]].push(...members)
  })
  return joined.filter((members) => members.length).map((members) => members.sort((x, y) => x - y))
}

/** Statements of one named voice and day, every report from another article than the other group's. */
export function oneVoiceAndDay(x: readonly ExtractedItem[], y: readonly ExtractedItem[]): boolean {
  return x.every((i) =>
    y.every((j) => i.type === 'statement' && j.type === 'statement' && i.speaker !== null && sameSpeaker(i.speaker, j.speaker) && datesAgree(i, j) && i.articleId !== j.articleId),
  )
}
