// Calendar arithmetic on ISO dates, in UTC so that no time zone shifts a day.
import type { IsoDate } from '../../shared/model'

const DAY_MS = 86_400_000

// Extraction and merging convert the same few thousand dates back and forth millions of times.
const DAYS = new Map<IsoDate, number>()
const DATES = new Map<number, IsoDate>()
const REMEMBERED = 100_000

export function toDay(date: IsoDate): number {
  let day = DAYS.get(date)
  if (day === undefined) {
    day = Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS)
    if (DAYS.size >= REMEMBERED) DAYS.clear()
    DAYS.set(date, day)
  }
  return day
}

export function fromDay(day: number): IsoDate {
  let date = DATES.get(day)
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10)
    if (DATES.size >= REMEMBERED) DATES.clear()
    DATES.set(day, date)
  }
  return date
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days)
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7))
}

export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7))
}

export function monthWindow(year: number, month: number): { start: IsoDate; end: IsoDate } {
  return { start: makeDate(year, month, 1)!, end: makeDate(year, month, daysInMonth(year, month))! }
}

/** Shifts a (year, month) pair by `delta` months. */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
])

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
])
