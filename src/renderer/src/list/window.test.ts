import { describe, expect, it } from 'vitest'
import { rowAt, rowOffsets, rowWindow, scrollToRow } from './window'

describe('rowOffsets', () => {
  it('stacks measured heights and estimates the rest', () => {
    expect(rowOffsets(4, [10, undefined, 30], 20)).toEqual([0, 10, 30, 60, 80])
  })

  it('is [0] for no rows', () => {
    expect(rowOffsets(0, [], 20)).toEqual([0])
  })
})

describe('rowAt', () => {
  const offsets = [0, 10, 30, 60, 80]
  it.each([
    [0, 0],
    [9.5, 0],
    [10, 1],
    [29, 1],
    [30, 2],
    [79, 3],
    // Past the end: the last row.
    [500, 3],
    [-5, 0],
  ])('y %d is in row %d', (y, row) => {
    expect(rowAt(offsets, y)).toBe(row)
  })
})

describe('rowWindow', () => {
  // 1,000 rows of 50 px: 50,000 px in all.
  const offsets = rowOffsets(1000, [], 50)

  it('draws the rows in view and the margin, with padding for the rest', () => {
    expect(rowWindow(offsets, 10_000, 500, 100)).toEqual({ start: 198, end: 213, padTop: 9_900, padBottom: 50_000 - 10_650 })
  })

  it('keeps the list its full height whatever is drawn', () => {
    for (const scrollTop of [0, 1234, 25_000, 49_500]) {
      const w = rowWindow(offsets, scrollTop, 500, 200)
      expect(w.padTop + (offsets[w.end] - offsets[w.start]) + w.padBottom).toBe(50_000)
    }
  })

  it('starts at the first row and ends at the last', () => {
    expect(rowWindow(offsets, 0, 500, 200)).toMatchObject({ start: 0, padTop: 0 })
    expect(rowWindow(offsets, 49_500, 500, 200)).toMatchObject({ end: 1000, padBottom: 0 })
  })

  it('draws a short list whole', () => {
    expect(rowWindow(rowOffsets(3, [40, 90], 60), 0, 800, 400)).toEqual({ start: 0, end: 3, padTop: 0, padBottom: 0 })
  })

  it('follows measured heights: a tall open row takes the place of several', () => {
    const heights: (number | undefined)[] = []
    heights[5] = 1000
    const w = rowWindow(rowOffsets(100, heights, 50), 300, 400, 0)
    expect(w.start).toBe(5)
    expect(w.end).toBe(6)
  })

  it('draws nothing for an empty list', () => {
    expect(rowWindow([0], 0, 500, 100)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 })
  })
})

describe('scrollToRow', () => {
  const offsets = rowOffsets(100, [], 50)
  it('leaves a row already in view where it is', () => {
    expect(scrollToRow(offsets, 4, 100, 300)).toBe(100)
  })
  it('scrolls up to a row above, with its top at the top', () => {
    expect(scrollToRow(offsets, 1, 100, 300)).toBe(50)
  })
  it('scrolls down to a row below, with its bottom at the bottom', () => {
    expect(scrollToRow(offsets, 20, 100, 300)).toBe(750)
  })
  it('shows the top of a row taller than the viewport', () => {
    const tall = rowOffsets(3, [50, 1000, 50], 50)
    expect(scrollToRow(tall, 1, 0, 300)).toBe(50)
  })
})
