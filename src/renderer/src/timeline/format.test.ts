import { describe, expect, it } from 'vitest'
import { formatDate, formatItemDate, isWindow, nextDay } from './format'

describe('formatItemDate', () => {
  it.each([
    [{ start: '2021-12-27', end: '2021-12-27', precision: 'day' as const }, 'Mon 27 Dec 2021'],
    [{ start: '2021-12-27', end: '2021-12-27', precision: 'approximate' as const }, 'Mon 27 Dec 2021 (approximate)'],
    [{ start: '2021-12-01', end: '2021-12-31', precision: 'month' as const }, 'December 2021'],
    [{ start: '2021-01-01', end: '2021-12-31', precision: 'year' as const }, '2021'],
    [{ start: '2021-12-01', end: '2021-12-27', precision: 'month' as const }, '1 Dec – 27 Dec 2021 (within a month)'],
    [{ start: '2021-12-27', end: '2022-01-09', precision: 'week' as const }, '27 Dec 2021 – 9 Jan 2022 (within a week)'],
  ])('%o -> %s', (item, text) => {
    expect(formatItemDate(item)).toBe(text)
  })
})

describe('dates', () => {
  it('formats and steps ISO days', () => {
    expect(formatDate('2022-01-09')).toBe('9 Jan 2022')
    expect(formatDate(null)).toBe('date unknown')
    expect(nextDay('2021-12-31')).toBe('2022-01-01')
    expect(nextDay('2024-02-28')).toBe('2024-02-29')
  })

  it('treats non-day precision or multi-day spans as windows', () => {
    expect(isWindow({ start: '2021-12-27', end: '2021-12-27', precision: 'day' })).toBe(false)
    expect(isWindow({ start: '2021-12-27', end: '2021-12-27', precision: 'week' })).toBe(true)
    expect(isWindow({ start: '2021-12-27', end: '2021-12-28', precision: 'day' })).toBe(true)
  })
})
