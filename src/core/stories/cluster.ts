// Average-linkage agglomerative clustering over a sparse similarity graph (missing pairs count as 0).
// Average linkage, unlike single linkage, does not chain two stories together through one article that
// mentions both; unlike complete linkage it keeps a loosely worded rewrite with the copies it follows.
import type { Edge } from './similarity'

export interface Merge {
  /** Sizes of the two clusters joined and their average similarity. */
  sizes: [number, number]
  similarity: number
}

/**
 * Extra factor on the linkage of two clusters (e.g. how close in time they are), read from a summary of
 * each cluster (e.g. its date) that is worked out once, when the cluster forms. Without one the factor is 1.
 */
export interface ClusterAffinity<Summary> {
  summary: (members: readonly number[]) => Summary
  between: (a: Summary, b: Summary) => number
}

/** Clusters (lists of indices, ascending) with average pairwise similarity >= threshold when joined. */
export function averageLinkage<Summary>(
  count: number,
  edges: readonly Edge[],
  threshold: number,
  affinity?: ClusterAffinity<Summary>,
  log?: Merge[],
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: count }, (_, i) => [i])
  const summaries = affinity ? members.map((m) => affinity.summary(m!)) : []
  const version = new Int32Array(count)
  const links = new ClusterLinks(count, edges)
  const heap = new PairHeap()
  const offer = (pair: number, x: number, y: number): void => {
    const a = Math.min(x, y)
    const b = Math.max(x, y)
    const mean = links.sum[pair] / (members[a]!.length * members[b]!.length)
    const similarity = affinity ? mean * affinity.between(summaries[a], summaries[b]) : mean
    // Pairs under the threshold are never joined (popping one ends the loop), so they are never queued.
    if (!(similarity < threshold)) heap.push(similarity, a, b, version[a], version[b])
  }
  for (let x = 0; x < count; x++) links.forEachNeighbour(x, (pair, y) => void (x < y && offer(pair, x, y)))

  while (heap.size) {
    const { similarity, a, b, versionA, versionB } = heap.pop()
    if (similarity < threshold) break
    if (!members[a] || !members[b] || version[a] !== versionA || version[b] !== versionB) continue
    log?.push({ sizes: [members[a]!.length, members[b]!.length], similarity })
    members[a] = mergeSorted(members[a]!, members[b]!)
    members[b] = null
    version[a]++
    if (affinity) summaries[a] = affinity.summary(members[a]!)
    links.join(a, b)
    links.forEachNeighbour(a, (pair, y) => offer(pair, a, y))
  }
  return members.filter((m): m is number[] => m !== null).sort((x, y) => x[0] - y[0])
}

/**
 * The sums of similarities between neighbouring clusters, one number per pair of clusters. Each cluster
 * owns a list of its pairs; a pair names its two ends by list (slot), so that joining two clusters keeps
 * the longer list and moves only the shorter one's pairs. Pairs emptied by a join are marked dead and
 * dropped from a list when its cluster next joins.
 */
class ClusterLinks {
  /** Per pair: its two slots (-1 once dead) and its similarity sum. */
  private readonly ends: Int32Array
  readonly sum: Float64Array
  private readonly lists: number[][]
  private readonly slotOf: Int32Array
  private readonly clusterAt: Int32Array
  /** Per slot: the pair that links it to the cluster being joined, while joining. */
  private readonly linked: Int32Array

  constructor(count: number, edges: readonly Edge[]) {
    this.ends = new Int32Array(2 * edges.length)
    this.sum = new Float64Array(edges.length)
    this.lists = Array.from({ length: count }, () => [])
    this.slotOf = Int32Array.from({ length: count }, (_, i) => i)
    this.clusterAt = Int32Array.from({ length: count }, (_, i) => i)
    this.linked = new Int32Array(count).fill(-1)
    // Edges by their lower end, in edge order: a pair given twice is found by marking the other ends
    // (a Map keyed by pair cost half a second at 10,000 articles).
    let pairs = 0
    const grouped = byLowerEnd(edges, count)
    for (let x = 0; x < count; x++) {
      const group = grouped.edges.subarray(grouped.start[x], grouped.start[x + 1])
      for (const e of group) {
        const { a, b, similarity } = edges[e]
        const y = a === x ? b : a
        let pair = this.linked[y]
        if (pair < 0) {
          this.linked[y] = pair = pairs++
          this.ends[2 * pair] = a
          this.ends[2 * pair + 1] = b
          this.lists[a].push(pair)
          this.lists[b].push(pair)
        }
        this.sum[pair] += similarity
      }
      for (const e of group) this.linked[edges[e].a === x ? edges[e].b : edges[e].a] = -1
    }
  }

  /** Calls visit(pair, neighbour) for each cluster linked to `cluster`. */
  forEachNeighbour(cluster: number, visit: (pair: number, neighbour: number) => void): void {
    const slot = this.slotOf[cluster]
    for (const pair of this.lists[slot]) {
      const end = this.ends[2 * pair]
      if (end < 0) continue
      visit(pair, this.clusterAt[end === slot ? this.ends[2 * pair + 1] : end])
    }
  }

  /** Cluster b joins cluster a: pairs to a common neighbour add up, the pair a-b goes. */
  join(a: number, b: number): void {
    let keep = this.slotOf[a]
    let gone = this.slotOf[b]
    if (this.lists[gone].length > this.lists[keep].length) [keep, gone] = [gone, keep]
    const kept = this.live(keep)
    for (const pair of kept) {
      const other = this.other(pair, keep)
      if (other === gone) this.kill(pair)
      else this.linked[other] = pair
    }
    for (const pair of this.lists[gone]) {
      // Dead already, as is the pair a-b (killed above).
      if (this.ends[2 * pair] < 0) continue
      const shared = this.linked[this.other(pair, gone)]
      if (shared >= 0) {
        this.sum[shared] += this.sum[pair]
        this.kill(pair)
      } else {
        this.ends[this.ends[2 * pair] === gone ? 2 * pair : 2 * pair + 1] = keep
        kept.push(pair)
      }
    }
    for (const pair of kept) if (this.ends[2 * pair] >= 0) this.linked[this.other(pair, keep)] = -1
    this.lists[keep] = kept
    this.lists[gone] = []
    this.slotOf[a] = keep
    this.clusterAt[keep] = a
  }

  /** The slot's list without dead pairs. */
  private live(slot: number): number[] {
    return this.lists[slot].filter((pair) => this.ends[2 * pair] >= 0)
  }

  private other(pair: number, slot: number): number {
    const end = this.ends[2 * pair]
    return end === slot ? this.ends[2 * pair + 1] : end
  }

  private kill(pair: number): void {
    this.ends[2 * pair] = -1
    this.ends[2 * pair + 1] = -1
  }
}

/** Edge indices grouped by the edge's lower end (a stable counting sort): group x is edges[start[x], start[x + 1]). */
function byLowerEnd(edges: readonly Edge[], count: number): { edges: Int32Array; start: Int32Array } {
  const start = new Int32Array(count + 1)
  for (const { a, b } of edges) start[Math.min(a, b) + 1]++
  for (let x = 0; x < count; x++) start[x + 1] += start[x]
  const next = start.slice(0, count)
  const grouped = new Int32Array(edges.length)
  edges.forEach(({ a, b }, e) => void (grouped[next[Math.min(a, b)]++] = e))
  return { edges: grouped, start }
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
