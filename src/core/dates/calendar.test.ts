import { describe, expect, it } from 'vitest'
import { makeDate, toDay, weekday } from './calendar'

const parsed = (date: string): number => Date.parse(date) / 86_400_000

describe('toDay', () => {
  it('is Date.parse in days for every day of 1890-2110, and for days past a month end', () => {
    const mismatches: string[] = []
    for (let year = 1890; year <= 2110; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          if (toDay(date) !== parsed(date)) mismatches.push(date)
        }
    expect(mismatches).toEqual([])
  })

  it('agrees at the edges of the four-digit years', () => {
    for (const date of ['0000-01-01', '0000-02-29', '0000-03-01', '0001-01-01', '0399-12-31', '0400-02-29', '9999-12-31'])
      expect(toDay(date)).toBe(parsed(date))
  })

  it('leaves other spellings and impossible dates to Date.parse', () => {
    for (const date of ['2021-13-01', '2021-00-10', '2021-01-00', '2021-01-32', '2021-1-1', '+002021-01-01', '2021/01/01', '20a1-01-01', ''])
      expect(Object.is(toDay(date), parsed(date))).toBe(true)
  })
})

describe('weekday', () => {
  const byDate = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay()
  it('is Date.getUTCDay for every day of 1890-2110, days past a month end, the edges and other spellings', () => {
    const dates = ['0000-01-01', '0000-02-29', '0001-01-01', '0400-02-29', '9999-12-31', '2021-13-01', '2021-00-10', '2021-01-00', '2021-01-32', '2021-1-1', '2021/01/01', '']
    for (let year = 1890; year <= 2110; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) dates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
    expect(dates.filter((date) => !Object.is(weekday(date), byDate(date)))).toEqual([])
  })
})

describe('makeDate', () => {
  it('is the date of real days only, and of whole numbers only', () => {
    expect([makeDate(2024, 2, 29), makeDate(2023, 2, 29), makeDate(2023, 13, 1), makeDate(2023, 4, 31)]).toEqual(['2024-02-29', null, null, null])
    // A month no name matched is no date.
    expect([makeDate(2023, Number.NaN, 1), makeDate(2023, undefined as unknown as number, 1), makeDate(2023, 1.5, 1)]).toEqual([null, null, null])
  })
})
