import { describe, expect, it } from 'vitest'
import { memo } from './memo'

describe('memo', () => {
  it('computes each distinct text once, null answers included', () => {
    const calls: string[] = []
    const length = memo((t) => (calls.push(t), t.length ? t.length : null))
    expect([length('abc'), length(''), length('abc'), length('')]).toEqual([3, null, 3, null])
    expect(calls).toEqual(['abc', ''])
  })

  it('forgets everything once full, and answers the same after', () => {
    const calls: string[] = []
    const upper = memo((t) => (calls.push(t), t.toUpperCase()), 2)
    expect(['a', 'b', 'c', 'a', 'c'].map(upper)).toEqual(['A', 'B', 'C', 'A', 'C'])
    expect(calls).toEqual(['a', 'b', 'c', 'a'])
  })
})
