// A story's words as numbers: the merge compares tens of thousands of item pairs, each a weighted
// overlap of a few dozen words. Numbering every word once and weighing every token list once turns
// each comparison into a walk over two small typed arrays instead of string hashing and set building.

/** A token list's distinct words, in first-seen order (the order sums are taken in), and their weights. */
export interface Bag {
  readonly ids: Int32Array
  readonly weights: Float64Array
}

export class Vocabulary {
  private readonly numbers = new Map<string, number>()
  private readonly words: string[] = []
  private weightOf = new Float64Array(1024).fill(Number.NaN)
  private readonly lists = new WeakMap<readonly string[], Int32Array>()
  private readonly bags = new WeakMap<readonly string[], Bag>()
  private marks = new Int32Array(1024)
  private stamp = 0

  /** `weigh` gives a word's weight from its text and number; asked once per word. */
  constructor(private readonly weigh: (word: string, id: number) => number) {}

  get size(): number {
    return this.words.length
  }

  word(id: number): string {
    return this.words[id]
  }

  number(word: string): number {
    let id = this.numbers.get(word)
    if (id === undefined) {
      id = this.words.length
      this.numbers.set(word, id)
      this.words.push(word)
      if (id >= this.marks.length) this.grow()
    }
    return id
  }

  weight(id: number): number {
    let w = this.weightOf[id]
    if (Number.isNaN(w)) this.weightOf[id] = w = this.weigh(this.words[id], id)
    return w
  }

  /** The numbers of the distinct words of `tokens`, in first-seen order, worked out once per list. */
  distinct(tokens: readonly string[]): Int32Array {
    let ids = this.lists.get(tokens)
    if (!ids) {
      const stamp = this.nextStamp()
      const found: number[] = []
      for (const t of tokens) {
        const id = this.number(t)
        if (this.marks[id] !== stamp) (this.marks[id] = stamp), found.push(id)
      }
      this.lists.set(tokens, (ids = Int32Array.from(found)))
    }
    return ids
  }

  /** The distinct words of `tokens` and their weights, worked out once per list. */
  bag(tokens: readonly string[]): Bag {
    let bag = this.bags.get(tokens)
    if (!bag) {
      const ids = this.distinct(tokens)
      const weights = new Float64Array(ids.length)
      for (let k = 0; k < ids.length; k++) weights[k] = this.weight(ids[k])
      this.bags.set(tokens, (bag = { ids, weights }))
    }
    return bag
  }

  /** Weighted share of `part`'s words that `whole` also has, 0..1. */
  containment(part: Bag, whole: Bag): number {
    const stamp = this.nextStamp()
    for (let k = 0; k < whole.ids.length; k++) this.marks[whole.ids[k]] = stamp
    let shared = 0, total = 0
    for (let k = 0; k < part.ids.length; k++) {
      total += part.weights[k]
      if (this.marks[part.ids[k]] === stamp) shared += part.weights[k]
    }
    return total ? shared / total : 0
  }

  /**
   * Weighted Dice overlap of two bags, 0..1. The sums run in the order of the sets they replace
   * (a's words, then b's), so every figure is the same to the last bit.
   */
  overlap(a: Bag, b: Bag): number {
    const stamp = this.nextStamp()
    for (let k = 0; k < b.ids.length; k++) this.marks[b.ids[k]] = stamp
    let shared = 0, total = 0
    for (let k = 0; k < a.ids.length; k++) {
      const w = a.weights[k]
      total += w
      if (this.marks[a.ids[k]] === stamp) shared += 2 * w
    }
    for (let k = 0; k < b.weights.length; k++) total += b.weights[k]
    return total ? shared / total : 0
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) (this.stamp = 0), this.marks.fill(0)
    return ++this.stamp
  }

  private grow(): void {
    const marks = new Int32Array(this.marks.length * 2)
    marks.set(this.marks)
    this.marks = marks
    const weights = new Float64Array(this.weightOf.length * 2).fill(Number.NaN)
    weights.set(this.weightOf)
    this.weightOf = weights
  }
}
