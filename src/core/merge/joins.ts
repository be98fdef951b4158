// How the join rules after the clustering regroup: pairs of groups united, or groups moved into another.
import type { ExtractedItem } from '../types'
import { datesAgree, onNamedOtherDays, sameSpeaker } from './same'

/** The clusters with each pair's two groups made one (chains follow); members in order, groups by their first. */
export function unite(clusters: readonly number[][], pairs: Iterable<readonly [number, number]>): number[][] {
  const parent = clusters.map((_, g) => g)
  const find = (g: number): number => (parent[g] === g ? g : (parent[g] = find(parent[g])))
  for (const [a, b] of pairs) {
    const x = find(a), y = find(b)
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y)
  }
  const joined = new Map<number, number[]>()
  clusters.forEach((members, g) => {
    const into = joined.get(find(g)) ?? joined.set(find(g), []).get(find(g))!
    for (const m of members) into.push(m)
  })
  return [...joined.values()].map((members) => members.sort((x, y) => x - y))
}

/** The clusters with each group k whose `into[k]` is a group (not -1) moved into that group. */
export function moveInto(clusters: readonly number[][], into: readonly number[]): number[][] {
  const joined = clusters.map((members, k) => (into[k] >= 0 ? [] : [...members]))
  clusters.forEach((members, k) => {
    if (into[k] >= 0) for (const m of members) joined[into[k]].push(m)
  })
  return joined.filter((members) => members.length).map((members) => members.sort((x, y) => x - y))
}

/**
 * Statements of one named voice and day, every report from another article than the other group's. Two
 * days the reports name ("on Friday", "on Saturday") are two occasions, whatever the day of slack.
 */
export function oneVoiceAndDay(x: readonly ExtractedItem[], y: readonly ExtractedItem[]): boolean {
  return x.every((i) =>
    y.every(
      (j) =>
        i.type === 'statement' && j.type === 'statement' && i.speaker !== null && sameSpeaker(i.speaker, j.speaker) && datesAgree(i, j) && !onNamedOtherDays(i, j) && i.articleId !== j.articleId,
    ),
  )
}

/** Whether some two of the groups are statements of one voice and day: the only groups the joins by shared words unite. */
export function anyOneVoiceAndDay(groups: readonly (readonly ExtractedItem[])[]): boolean {
  const voiced = groups.filter((group) => group.every((i) => i.type === 'statement' && i.speaker !== null))
  for (let a = 0; a < voiced.length; a++) for (let b = a + 1; b < voiced.length; b++) if (oneVoiceAndDay(voiced[a], voiced[b])) return true
  return false
}

const MANY = -1

/**
 * Which groups hold each key, as far as the joins ask: a key held by exactly two groups may join
 * them, one held by more is a topic. Two numbers per key instead of a set of holders per key.
 */
export class Holders<K> {
  private readonly first = new Map<K, number>()
  /** The second holder, or MANY when more than two. */
  private readonly second = new Map<K, number>()

  add(key: K, group: number): void {
    const a = this.first.get(key)
    if (a === undefined) this.first.set(key, group)
    else if (a !== group) {
      const b = this.second.get(key)
      if (b === undefined) this.second.set(key, group)
      else if (b !== group && b !== MANY) this.second.set(key, MANY)
    }
  }

  /** How many groups hold `key`: 0, 1, 2, or 3 for more than two. */
  count(key: K): number {
    if (!this.first.has(key)) return 0
    const b = this.second.get(key)
    return b === undefined ? 1 : b === MANY ? 3 : 2
  }

  /** Each key held by exactly two groups, with the two in the order they were added. */
  *pairs(): IterableIterator<[K, number, number]> {
    for (const [key, b] of this.second) if (b !== MANY) yield [key, this.first.get(key)!, b]
  }
}
