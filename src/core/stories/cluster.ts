// Average-linkage agglomerative clustering over a sparse similarity graph (missing pairs count as 0).
// Average linkage, unlike single linkage, does not chain two stories together through one article that
// mentions both; unlike complete linkage it keeps a loosely worded rewrite with the copies it follows.
import type { Edge } from './similarity'

export interface Merge {
  /** Sizes of the two clusters joined and their average similarity. */
  sizes: [number, number]
  similarity: number
}

interface HeapEntry {
  similarity: number
  a: number
  b: number
  versionA: number
  versionB: number
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
  // Sum of similarities between cluster x and its neighbouring clusters.
  const sums: Map<number, number>[] = Array.from({ length: count }, () => new Map())
  for (const { a, b, similarity } of edges) {
    sums[a].set(b, (sums[a].get(b) ?? 0) + similarity)
    sums[b].set(a, (sums[b].get(a) ?? 0) + similarity)
  }
  const heap: HeapEntry[] = []
  const average = (x: number, y: number): number =>
    ((sums[x].get(y) ?? 0) / (members[x]!.length * members[y]!.length)) * affinity(members[x]!, members[y]!)
  // Pairs under the threshold are never joined (popping one ends the loop), so they are never queued.
  const offer = (entry: HeapEntry): void => {
    if (!(entry.similarity < threshold)) push(heap, entry)
  }
  for (let x = 0; x < count; x++)
    for (const y of sums[x].keys()) if (x < y) offer({ similarity: average(x, y), a: x, b: y, versionA: 0, versionB: 0 })

  while (heap.length) {
    const top = pop(heap)
    if (top.similarity < threshold) break
    const { a, b } = top
    if (!members[a] || !members[b] || version[a] !== top.versionA || version[b] !== top.versionB) continue
    log?.push({ sizes: [members[a]!.length, members[b]!.length], similarity: top.similarity })
    // Merge b into a.
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y)
    members[b] = null
    version[a]++
    for (const [y, s] of sums[b]) {
      if (y === a) continue
      sums[a].set(y, (sums[a].get(y) ?? 0) + s)
      sums[y].delete(b)
      sums[y].set(a, sums[a].get(y)!)
    }
    sums[a].delete(b)
    sums[b] = new Map()
    for (const y of sums[a].keys()) {
      const [x, z] = a < y ? [a, y] : [y, a]
      offer({ similarity: average(x, z), a: x, b: z, versionA: version[x], versionB: version[z] })
    }
  }
  return members.filter((m): m is number[] => m !== null).sort((x, y) => x[0] - y[0])
}

// A binary max-heap on similarity; ties broken by indices so the result never depends on insertion order.
function before(x: HeapEntry, y: HeapEntry): boolean {
  return x.similarity > y.similarity || (x.similarity === y.similarity && (x.a < y.a || (x.a === y.a && x.b < y.b)))
}

function push(heap: HeapEntry[], entry: HeapEntry): void {
  heap.push(entry)
  let i = heap.length - 1
  while (i > 0) {
    const parent = (i - 1) >> 1
    if (!before(heap[i], heap[parent])) break
    ;[heap[i], heap[parent]] = [heap[parent], heap[i]]
    i = parent
  }
}

function pop(heap: HeapEntry[]): HeapEntry {
  const top = heap[0]
  const last = heap.pop()!
  if (heap.length) {
    heap[0] = last
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let best = i
      if (l < heap.length && before(heap[l], heap[best])) best = l
      if (r < heap.length && before(heap[r], heap[best])) best = r
      if (best === i) break
      ;[heap[i], heap[best]] = [heap[best], heap[i]]
      i = best
    }
  }
  return top
}
