import { describe, expect, it } from 'vitest'
import { farFromView, skippedSteps } from './visLanes'

describe('farFromView', () => {
  // vis-timeline's scrollTop is 0 at the top and negative once the lanes are scrolled down.
  const view = 700
  it.each([
    // On screen, just below, a screen below: near.
    [{ top: 100, height: 50 }, 0, false],
    [{ top: 800, height: 50 }, 0, false],
    [{ top: 1400, height: 50 }, 0, false],
    // More than a screen below the bottom.
    [{ top: 1401, height: 50 }, 0, true],
    // Scrolled down 2,000 px: a lane at 1,000 ends more than a screen above the top.
    [{ top: 1000, height: 50 }, -2000, true],
    [{ top: 1300, height: 50 }, -2000, false],
    [{ top: 3400, height: 50 }, -2000, false],
    [{ top: 3401, height: 50 }, -2000, true],
  ])('lane %o at scrollTop %d: far %s', (lane, scrollTop, far) => {
    expect(farFromView(lane, scrollTop, view)).toBe(far)
  })
})

describe('skippedSteps', () => {
  it('does nothing but read the top at its step, and answers "not resized" last', () => {
    const reads: number[] = []
    const steps = skippedSteps(12, 7, () => reads.push(1))
    expect(steps).toHaveLength(12)
    const results = steps.map((step) => step())
    expect(reads).toEqual([1])
    expect(results.at(-1)).toBe(false)
    expect(results.slice(0, 7).every((r) => r === undefined)).toBe(true)
  })
})
