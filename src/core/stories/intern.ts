// Dense ids for the strings and pairs story grouping meets again and again, found without allocating:
// a token is looked up by its place in the text (no slice per token), a pair of ids by the two numbers.

/**
 * Distinct strings, each with an id (0, 1, ... in the order added), looked up by a range of a text and
 * the range's hash (rangeHash: a caller that reads the characters anyway hashes them on the way).
 */
export class RangeIds {
  readonly strings: string[] = []
  private slots = new Int32Array(1024).fill(-1)
  private hashes = new Int32Array(512)
  /** Each string's code units, back to back from `offsets[id]`: compared without reading a string. */
  private units = new Uint16Array(4096)
  private offsets = new Int32Array(513)

  /** The id of text[start, end), or -1 when it was never added. */
  find(text: string, start: number, end: number, hash = rangeHash(text, start, end)): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]
      if (id < 0) return -1
      if (this.hashes[id] === hash && this.holds(id, text, start, end)) return id
    }
  }

  /** Adds text[start, end), which must not be there yet, and answers its id. */
  add(text: string, start: number, end: number, hash = rangeHash(text, start, end)): number {
    const id = this.strings.length
    if (2 * (id + 1) > this.slots.length) this.grow()
    this.strings.push(text.slice(start, end))
    if (id + 1 === this.hashes.length) {
      this.hashes = grown(this.hashes, 2 * this.hashes.length)
      this.offsets = grown(this.offsets, 2 * this.offsets.length)
    }
    const from = this.offsets[id]
    if (from + end - start > this.units.length) this.units = grown(this.units, 2 * (from + end - start))
    for (let i = start; i < end; i++) this.units[from + i - start] = text.charCodeAt(i)
    this.offsets[id + 1] = from + end - start
    this.hashes[id] = hash
    this.place(id, hash)
    return id
  }

  private holds(id: number, text: string, start: number, end: number): boolean {
    const from = this.offsets[id]
    if (this.offsets[id + 1] - from !== end - start) return false
    for (let i = start; i < end; i++) if (this.units[from + i - start] !== text.charCodeAt(i)) return false
    return true
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1
    let slot = hash & mask
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask
    this.slots[slot] = id
  }

  private grow(): void {
    this.slots = new Int32Array(2 * this.slots.length).fill(-1)
    for (let id = 0; id < this.strings.length; id++) this.place(id, this.hashes[id])
  }
}

/** A number for each distinct pair of non-negative ids, looked up by the pair. */
export class PairIds {
  private slots = new Int32Array(1024).fill(-1)
  private firsts = new Int32Array(512)
  private seconds = new Int32Array(512)
  private values = new Int32Array(512)
  private count = 0

  /** The number stored for (first, second), or -1. */
  get(first: number, second: number): number {
    const mask = this.slots.length - 1
    for (let slot = pairHash(first, second) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]
      if (k < 0) return -1
      if (this.firsts[k] === first && this.seconds[k] === second) return this.values[k]
    }
  }

  /** Stores `value` for a pair that has none yet. */
  set(first: number, second: number, value: number): void {
    const k = this.count++
    if (2 * this.count > this.slots.length) this.grow()
    if (k === this.firsts.length) {
      this.firsts = grown(this.firsts, 2 * k)
      this.seconds = grown(this.seconds, 2 * k)
      this.values = grown(this.values, 2 * k)
    }
    this.firsts[k] = first
    this.seconds[k] = second
    this.values[k] = value
    this.place(k)
  }

  private place(k: number): void {
    const mask = this.slots.length - 1
    let slot = pairHash(this.firsts[k], this.seconds[k]) & mask
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask
    this.slots[slot] = k
  }

  private grow(): void {
    this.slots = new Int32Array(2 * this.slots.length).fill(-1)
    for (let k = 0; k < this.count - 1; k++) this.place(k)
  }
}

/** FNV-1a over the range's code units: HASH_START, then hashUnit for each unit, then hashEnd. */
export function rangeHash(text: string, start: number, end: number): number {
  let h = HASH_START
  for (let i = start; i < end; i++) h = hashUnit(h, text.charCodeAt(i))
  return hashEnd(h)
}

export const HASH_START = 0x811c9dc5 | 0

export function hashUnit(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193)
}

export function hashEnd(h: number): number {
  return h >>> 1
}

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77)) >>> 1
}

function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length)
  bigger.set(array)
  return bigger
}
