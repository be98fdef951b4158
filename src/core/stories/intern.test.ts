import { describe, expect, it } from 'vitest'
import { PairIds, RangeIds } from './intern'

function randomGenerator(seed: number): (n: number) => number {
  let state = seed
  return (n) => ((state = (state * 1103515245 + 12345) % 2 ** 31) >> 8) % n
}

describe('RangeIds', () => {
  it('finds every range added, and no other, as a Map of the sliced strings would', () => {
    const random = randomGenerator(11)
    const text = Array.from({ length: 4000 }, () => 'ab’c\u00e9x'[random(6)]).join('')
    const ids = new RangeIds()
    const reference = new Map<string, number>()
    for (let round = 0; round < 20000; round++) {
      const start = random(text.length - 8)
      const end = start + random(8)
      const want = reference.get(text.slice(start, end)) ?? -1
      expect(ids.find(text, start, end)).toBe(want)
      if (want < 0 && random(2)) reference.set(text.slice(start, end), ids.add(text, start, end))
    }
    expect(ids.strings).toEqual([...reference.keys()])
  })
})

describe('PairIds', () => {
  it('stores one number per pair, as a Map keyed by the pair would', () => {
    const random = randomGenerator(5)
    const pairs = new PairIds()
    const reference = new Map<string, number>()
    for (let round = 0; round < 20000; round++) {
      const first = random(300)
      const second = random(300)
      const want = reference.get(`${first},${second}`) ?? -1
      expect(pairs.get(first, second)).toBe(want)
      if (want < 0) {
        pairs.set(first, second, round)
        reference.set(`${first},${second}`, round)
      }
    }
  })
})
