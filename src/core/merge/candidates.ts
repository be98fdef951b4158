// Which item pairs are worth asking about: a story of a thousand articles holds tens of thousands of
// items, too many to compare all against all. Wire copies repeat one wording dozens of times: each
// distinct wording is compared once. Other pairs must share one of their rarest words.
import type { ExtractedItem } from '../types'
import { itemTokens, type MergeContext, surname, vocabulary } from './same'
import type { Bag, Vocabulary } from './words'

/** Items reported in the very same words, type, date and voice: indices grouped, first index first. */
export function identicalWordings(items: readonly ExtractedItem[]): number[][] {
  const groups = new Map<string, number[]>()
  // Copies share their token list: each list is spelled out and numbered once.
  const wordingOf = new Map<readonly string[], number>()
  const wordings = new Map<string, number>()
  const wording = (tokens: readonly string[]): number => {
    let n = wordingOf.get(tokens)
    if (n === undefined) {
      const text = tokens.join(' ')
      n = wordings.get(text) ?? wordings.set(text, wordings.size).get(text)!
      wordingOf.set(tokens, n)
    }
    return n
  }
  items.forEach((item, i) => {
    const key = [item.type, item.start, item.end, item.speaker ? surname(item.speaker) : '', wording(itemTokens(item))].join('|')
    const group = groups.get(key)
    if (group) group.push(i)
    else groups.set(key, [i])
  })
  return [...groups.values()]
}

/** How many of an item's heaviest words index it, and the most items one word may point to. */
const INDEX_WORDS = 25
const MAX_POSTING = 400
/** Candidates kept per item. */
const MAX_CANDIDATES = 60

/** Item pairs [a, b], a < b, in ascending order: two numbers a pair in one typed array, no array per pair. */
export class PairList {
  /** `packed`: a0, b0, a1, b1, ... */
  constructor(private readonly packed: Int32Array) {}

  static of(pairs: readonly (readonly [number, number])[]): PairList {
    return new PairList(Int32Array.from(pairs.flat()))
  }

  get length(): number {
    return this.packed.length / 2
  }

  first(k: number): number {
    return this.packed[2 * k]
  }

  second(k: number): number {
    return this.packed[2 * k + 1]
  }

  toArray(): [number, number][] {
    return Array.from({ length: this.length }, (_, k): [number, number] => [this.first(k), this.second(k)])
  }
}

/** Pairs [a, b], a < b, of items of one type sharing one of their heaviest words. */
export function candidatePairs(items: readonly ExtractedItem[], context: MergeContext): PairList {
  const words = vocabulary(context)
  const bags = items.map((item) => words.bag(itemTokens(item)))
  const df = new Int32Array(words.size)
  for (const bag of bags) for (const id of bag.ids) df[id]++
  // Only words another item has can find a partner; of those, the rarest say most.
  const rank = heaviestFirst(df, words)
  const top = bags.map((bag) => heaviestShared(bag, df, rank))
  // Postings per type and word, at the word's number doubled, plus one for statements.
  const statement = Uint8Array.from(items, (item) => (item.type === 'statement' ? 1 : 0))
  const key = (i: number, id: number): number => id * 2 + statement[i]
  const postings = Postings.of(top, key, words.size * 2)
  // Each item keeps its closest candidates by shared weight: enough to find its own report among
  // dozens of copies without comparing every copy with every other.
  const shared = new Float64Array(items.length)
  const found = new PairCollector()
  const touched: number[] = []
  top.forEach((ids, i) => {
    for (const id of ids) {
      const from = postings.from(key(i, id)), to = postings.to(key(i, id))
      if (to - from > MAX_POSTING) continue
      const w = words.weight(id)
      for (let p = from; p < to; p++) {
        const j = postings.items[p]
        if (j === i) continue
        if (shared[j] === 0) touched.push(j)
        shared[j] += w
      }
    }
    if (touched.length > MAX_CANDIDATES) touched.sort((x, y) => shared[y] - shared[x] || x - y)
    for (let k = 0; k < touched.length && k < MAX_CANDIDATES; k++) {
      const j = touched[k]
      if (i < j) found.add(i, j)
      else found.add(j, i)
    }
    for (const j of touched) shared[j] = 0
    touched.length = 0
  })
  return found.distinct(items.length)
}

/** Each key's items, ascending, in one typed array (no array per word): items[from(key)] .. items[to(key) - 1]. */
class Postings {
  private constructor(
    private readonly start: Int32Array,
    readonly items: Int32Array,
  ) {}

  /** The postings of `keys` keys, each item i posted under key(i, id) for each id of top[i]. */
  static of(top: readonly (readonly number[])[], key: (i: number, id: number) => number, keys: number): Postings {
    const start = new Int32Array(keys + 1)
    top.forEach((ids, i) => {
      for (const id of ids) start[key(i, id) + 1]++
    })
    for (let k = 0; k < keys; k++) start[k + 1] += start[k]
    const next = start.slice(0, keys)
    const items = new Int32Array(start[keys])
    top.forEach((ids, i) => {
      for (const id of ids) items[next[key(i, id)]++] = i
    })
    return new Postings(start, items)
  }

  from(key: number): number {
    return this.start[key]
  }

  to(key: number): number {
    return this.start[key + 1]
  }
}

/** Pairs [a, b], a < b, as found, repeats included, in two growing typed arrays. */
class PairCollector {
  private firsts = new Int32Array(1024)
  private seconds = new Int32Array(1024)
  private length = 0

  add(a: number, b: number): void {
    if (this.length === this.firsts.length) this.grow()
    this.firsts[this.length] = a
    this.seconds[this.length++] = b
  }

  /** Each pair once, in ascending order: counted out by first item, then each item's partners sorted. */
  distinct(n: number): PairList {
    const start = new Int32Array(n + 1)
    for (let k = 0; k < this.length; k++) start[this.firsts[k] + 1]++
    for (let a = 0; a < n; a++) start[a + 1] += start[a]
    const next = start.slice(0, n)
    const partners = new Int32Array(this.length)
    for (let k = 0; k < this.length; k++) partners[next[this.firsts[k]]++] = this.seconds[k]
    const packed = new Int32Array(this.length * 2)
    let length = 0
    for (let a = 0; a < n; a++) {
      sortRange(partners, start[a], start[a + 1])
      for (let k = start[a]; k < start[a + 1]; k++) if (k === start[a] || partners[k] !== partners[k - 1]) (packed[length++] = a), (packed[length++] = partners[k])
    }
    return new PairList(packed.subarray(0, length))
  }

  private grow(): void {
    const firsts = new Int32Array(this.firsts.length * 2), seconds = new Int32Array(this.seconds.length * 2)
    firsts.set(this.firsts)
    seconds.set(this.seconds)
    this.firsts = firsts
    this.seconds = seconds
  }
}

/** Sorts values[from, to) ascending in place; most ranges are a handful of partners. */
function sortRange(values: Int32Array, from: number, to: number): void {
  if (to - from > 16) {
    values.subarray(from, to).sort()
    return
  }
  for (let k = from + 1; k < to; k++) {
    const v = values[k]
    let m = k - 1
    while (m >= from && values[m] > v) (values[m + 1] = values[m]), m--
    values[m + 1] = v
  }
}

/**
 * Each word's place among the words more than one item has, heaviest first (ties: alphabetical):
 * sorting an item's words by it needs no weights nor spellings.
 */
function heaviestFirst(df: Int32Array, words: Vocabulary): Int32Array {
  const ids: number[] = []
  for (let id = 0; id < df.length; id++) if (df[id] > 1) ids.push(id)
  ids.sort((x, y) => words.weight(y) - words.weight(x) || (words.word(x) < words.word(y) ? -1 : 1))
  const rank = new Int32Array(df.length)
  ids.forEach((id, place) => (rank[id] = place))
  return rank
}

/** An item's INDEX_WORDS heaviest words that another item also has (ties: alphabetical). */
function heaviestShared(bag: Bag, df: Int32Array, rank: Int32Array): number[] {
  const ids: number[] = []
  for (let k = 0; k < bag.ids.length; k++) if (df[bag.ids[k]] > 1) ids.push(bag.ids[k])
  ids.sort((x, y) => rank[x] - rank[y])
  if (ids.length > INDEX_WORDS) ids.length = INDEX_WORDS
  return ids
}

/** Token overlap at which two wordings are copies of one sentence (an outlet's light edit). */
export const NEAR_COPY = 0.8

/**
 * Groups of near-copies: items of one type, date and voice whose words overlap almost entirely,
 * joined transitively. Indices into `items`, each group ascending, groups by first index.
 */
export function nearCopies(items: readonly ExtractedItem[], pairs: PairList, isCopy: (a: ExtractedItem, b: ExtractedItem) => boolean): number[][] {
  const parent = items.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  for (let k = 0; k < pairs.length; k++) {
    const a = pairs.first(k), b = pairs.second(k)
    if (find(a) !== find(b) && isCopy(items[a], items[b])) parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b))
  }
  const groups = new Map<number, number[]>()
  items.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i))
  return [...groups.values()]
}
