// Average-linkage agglomerative clustering over a sparse similarity graph (missing pairs count as 0).
// Average linkage, unlike single linkage, does not chain two stories together through one article that
// mentions both; unlike complete linkage it keeps a loosely worded rewrite with the copies it follows.
import type { Edge } from './similarity'

export interface Merge {
  /** Sizes of the two clusters joined and their average similarity. */
  sizes: [number, number]
  similarity: number
}

/** Extra factor on the linkage of two clusters (e.g. how close in time they are); 1 by default. */
export type ClusterAffinity = (a: readonly number[], b: readonly number[]) => number

/** Clusters (lists of indices, ascending) with average pairwise similarity >= threshold when joined. */
export function averageLinkage(
  count: number,
  edges: readonly Edge[],
  threshold: number,
  affinity: ClusterAffinity = () => 1,
  log?: Merge[],
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: count }, (_, i) => [i])
  const version = new Array<number>(count).fill(0)
  // The sum of similarities between two neighbouring clusters is one number in `pairSum`, which both
  // clusters' maps point to (a map of doubles would box every update). Each cluster's map sits in a
  // slot and is keyed by its neighbours' slots; joining two clusters re-keys only the smaller
  // neighbourhood. Slots of clusters joined away stay behind as keys in other maps and are skipped.
  const slotOf = Array.from({ length: count }, (_, i) => i)
  const clusterAt = Array.from({ length: count }, (_, i) => i)
  const pairs: Map<number, number>[] = Array.from({ length: count }, () => new Map())
  const pairSum = new Float64Array(edges.length)
  let pairCount = 0
  for (const { a, b, similarity } of edges) {
    let pair = pairs[a].get(b)
    if (pair === undefined) {
      pair = pairCount++
      pairs[a].set(b, pair)
      pairs[b].set(a, pair)
    }
    pairSum[pair] += similarity
  }
  const heap = new PairHeap()
  const average = (x: number, y: number): number =>
    (pairSum[pairs[slotOf[x]].get(slotOf[y])!] / (members[x]!.length * members[y]!.length)) * affinity(members[x]!, members[y]!)
  // Pairs under the threshold are never joined (popping one ends the loop), so they are never queued.
  const offer = (similarity: number, a: number, b: number): void => {
    if (!(similarity < threshold)) heap.push(similarity, a, b, version[a], version[b])
  }
  for (let x = 0; x < count; x++) for (const y of pairs[x].keys()) if (x < y) offer(average(x, y), x, y)

  while (heap.size) {
    const { similarity, a, b, versionA, versionB } = heap.pop()
    if (similarity < threshold) break
    if (!members[a] || !members[b] || version[a] !== versionA || version[b] !== versionB) continue
    log?.push({ sizes: [members[a]!.length, members[b]!.length], similarity })
    // Merge b into a, keeping the larger neighbourhood's slot.
    members[a] = mergeSorted(members[a]!, members[b]!)
    members[b] = null
    version[a]++
    let keep = slotOf[a]
    let gone = slotOf[b]
    if (pairs[gone].size > pairs[keep].size) [keep, gone] = [gone, keep]
    slotOf[a] = keep
    clusterAt[keep] = a
    clusterAt[gone] = -1
    for (const [y, pair] of pairs[gone]) {
      if (y === keep || clusterAt[y] < 0) continue
      const shared = pairs[keep].get(y)
      if (shared !== undefined) pairSum[shared] += pairSum[pair]
      else {
        pairs[keep].set(y, pair)
        pairs[y].set(keep, pair)
      }
    }
    pairs[gone] = new Map()
    for (const slot of pairs[keep].keys()) {
      const y = clusterAt[slot]
      if (y < 0) continue
      const [x, z] = a < y ? [a, y] : [y, a]
      offer(average(x, z), x, z)
    }
  }
  return members.filter((m): m is number[] => m !== null).sort((x, y) => x[0] - y[0])
}

/** Two ascending lists of distinct indices as one ascending list. */
function mergeSorted(x: readonly number[], y: readonly number[]): number[] {
  const out = new Array<number>(x.length + y.length)
  let i = 0, j = 0, k = 0
  while (i < x.length && j < y.length) out[k++] = x[i] < y[j] ? x[i++] : y[j++]
  while (i < x.length) out[k++] = x[i++]
  while (j < y.length) out[k++] = y[j++]
  return out
}

/**
 * A binary max-heap of candidate joins on similarity, ties broken by indices so the result never depends
 * on insertion order; kept in typed arrays (no object per entry).
 */
class PairHeap {
  size = 0
  private similarity = new Float64Array(1024)
  private a = new Int32Array(1024)
  private b = new Int32Array(1024)
  private versionA = new Int32Array(1024)
  private versionB = new Int32Array(1024)

  push(similarity: number, a: number, b: number, versionA: number, versionB: number): void {
    if (this.size === this.a.length) this.grow()
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(similarity, a, b, parent)) break
      this.move(parent, i)
      i = parent
    }
    this.set(i, similarity, a, b, versionA, versionB)
  }

  pop(): { similarity: number; a: number; b: number; versionA: number; versionB: number } {
    const top = { similarity: this.similarity[0], a: this.a[0], b: this.b[0], versionA: this.versionA[0], versionB: this.versionB[0] }
    const last = --this.size
    if (last > 0) {
      const s = this.similarity[last], a = this.a[last], b = this.b[last], va = this.versionA[last], vb = this.versionB[last]
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= last) break
        const r = l + 1
        const child = r < last && this.before(this.similarity[r], this.a[r], this.b[r], l) ? r : l
        if (!this.beforeEntry(child, s, a, b)) break
        this.move(child, i)
        i = child
      }
      this.set(i, s, a, b, va, vb)
    }
    return top
  }

  /** Whether (similarity, a, b) comes before entry k. */
  private before(similarity: number, a: number, b: number, k: number): boolean {
    const s = this.similarity[k]
    return similarity > s || (similarity === s && (a < this.a[k] || (a === this.a[k] && b < this.b[k])))
  }

  /** Whether entry k comes before (similarity, a, b). */
  private beforeEntry(k: number, similarity: number, a: number, b: number): boolean {
    const s = this.similarity[k]
    return s > similarity || (s === similarity && (this.a[k] < a || (this.a[k] === a && this.b[k] < b)))
  }

  private move(from: number, to: number): void {
    this.similarity[to] = this.similarity[from]
    this.a[to] = this.a[from]
    this.b[to] = this.b[from]
    this.versionA[to] = this.versionA[from]
    this.versionB[to] = this.versionB[from]
  }

  private set(k: number, similarity: number, a: number, b: number, versionA: number, versionB: number): void {
    this.similarity[k] = similarity
    this.a[k] = a
    this.b[k] = b
    this.versionA[k] = versionA
    this.versionB[k] = versionB
  }

  private grow(): void {
    const grown = <T extends Float64Array | Int32Array>(array: T): T => {
      const bigger = new (array.constructor as new (n: number) => T)(array.length * 2)
      bigger.set(array)
      return bigger
    }
    this.similarity = grown(this.similarity)
    this.a = grown(this.a)
    this.b = grown(this.b)
    this.versionA = grown(this.versionA)
    this.versionB = grown(this.versionB)
  }
}
