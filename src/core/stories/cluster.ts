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
  const similarityOf = (pair: number, a: number, b: number): number => {
    const mean = links.sum[pair] / (members[a]!.length * members[b]!.length)
    return affinity ? mean * affinity.between(summaries[a], summaries[b]) : mean
  }
  // Each cluster x keeps only its best pair with a higher cluster y (ties: lowest y), so the heap holds
  // one entry per cluster, not one per changed pair (754k offers for 8k joins at 10,000 articles). Every
  // pair a join changes is checked against its lower cluster's best then, so a best whose far end has
  // since joined is still an upper bound: it is looked up again only when it reaches the top.
  const heap = new ClusterHeap(count)
  const best = new Int32Array(count)
  const bestVersion = new Int32Array(count)
  const findBest = (x: number): void => {
    let top = -1
    let topSimilarity = 0
    links.forEachNeighbour(x, (pair, y) => {
      if (y < x) return
      const similarity = similarityOf(pair, x, y)
      // Pairs under the threshold are never joined, so they are never queued.
      if (similarity < threshold) return
      if (top < 0 || similarity > topSimilarity || (similarity === topSimilarity && y < top)) (top = y), (topSimilarity = similarity)
    })
    if (top < 0) return heap.remove(x)
    best[x] = top
    bestVersion[x] = version[top]
    heap.set(x, topSimilarity)
  }
  for (let x = 0; x < count; x++) findBest(x)

  while (heap.size) {
    const a = heap.top()
    const b = best[a]
    if (!members[b] || version[b] !== bestVersion[a]) {
      findBest(a)
      continue
    }
    log?.push({ sizes: [members[a]!.length, members[b]!.length], similarity: heap.similarity(a) })
    members[a] = mergeSorted(members[a]!, members[b]!)
    members[b] = null
    version[a]++
    heap.remove(b)
    if (affinity) summaries[a] = affinity.summary(members[a]!)
    links.join(a, b)
    // a's pair with a lower cluster belongs to that cluster's best when it beats it (or is it).
    links.forEachNeighbour(a, (pair, x) => {
      if (x > a) return
      const similarity = similarityOf(pair, x, a)
      if (similarity < threshold) return
      const bound = heap.similarity(x)
      if (!heap.has(x) || similarity > bound || (similarity === bound && a <= best[x])) {
        best[x] = a
        bestVersion[x] = version[a]
        heap.set(x, similarity)
      }
    })
    findBest(a)
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
 * A binary max-heap of clusters on their best pair's similarity, ties to the lower cluster (so to the
 * lower pair, as each cluster's best pair is with a higher one); a cluster's key can move either way.
 */
class ClusterHeap {
  size = 0
  private readonly key: Float64Array
  private readonly heap: Int32Array
  /** Per cluster: its place in the heap, or -1. */
  private readonly place: Int32Array

  constructor(count: number) {
    this.key = new Float64Array(count)
    this.heap = new Int32Array(count)
    this.place = new Int32Array(count).fill(-1)
  }

  has(x: number): boolean {
    return this.place[x] >= 0
  }

  top(): number {
    return this.heap[0]
  }

  similarity(x: number): number {
    return this.key[x]
  }

  set(x: number, similarity: number): void {
    if (this.place[x] < 0) {
      this.place[x] = this.size
      this.heap[this.size++] = x
    }
    this.key[x] = similarity
    this.down(this.up(this.place[x]))
  }

  remove(x: number): void {
    const i = this.place[x]
    if (i < 0) return
    this.place[x] = -1
    const last = this.heap[--this.size]
    if (i === this.size) return
    this.heap[i] = last
    this.place[last] = i
    this.down(this.up(i))
  }

  private before(x: number, y: number): boolean {
    return this.key[x] > this.key[y] || (this.key[x] === this.key[y] && x < y)
  }

  private up(i: number): number {
    const x = this.heap[i]
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(x, this.heap[parent])) break
      this.put(i, this.heap[parent])
      i = parent
    }
    this.put(i, x)
    return i
  }

  private down(i: number): void {
    const x = this.heap[i]
    for (;;) {
      const l = 2 * i + 1
      if (l >= this.size) break
      const r = l + 1
      const c = r < this.size && this.before(this.heap[r], this.heap[l]) ? r : l
      if (!this.before(this.heap[c], x)) break
      this.put(i, this.heap[c])
      i = c
    }
    this.put(i, x)
  }

  private put(i: number, x: number): void {
    this.heap[i] = x
    this.place[x] = i
  }
}
