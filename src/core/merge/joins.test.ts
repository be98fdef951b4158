import { describe, expect, it } from 'vitest'
import { Holders, unite } from './joins'

describe('Holders', () => {
  const holders = new Holders<string>()
  for (const [key, group] of [['deal', 0], ['deal', 0], ['deal', 2], ['talks', 1], ['talks', 2], ['talks', 3], ['grain', 4]] as const) holders.add(key, group)

  it('counts each group once, and more than two as three', () => {
    expect([holders.count('deal'), holders.count('talks'), holders.count('grain'), holders.count('none')]).toEqual([2, 3, 1, 0])
  })

  it('gives the keys of exactly two holders, first added first', () => expect([...holders.pairs()]).toEqual([['deal', 0, 2]]))
})

describe('unite', () => {
  it('joins chains of pairs into their first group, members in order, without touching the clusters', () => {
    const clusters = [[4, 1], [0], [2], [3]]
    expect(unite(clusters, [[2, 0], [3, 2]])).toEqual([[1, 2, 3, 4], [0]])
    expect(clusters).toEqual([[4, 1], [0], [2], [3]])
  })
})
