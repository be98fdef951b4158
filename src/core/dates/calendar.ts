// Calendar arithmetic on ISO dates, in UTC so that no time zone shifts a day.
import type { IsoDate } from '../../shared/model'

const DAY_MS = 86_400_000

/** The month and day of feasts news dates things by ("on Friday, Christmas Day", "on the May Day holiday"). */
export const FEAST_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  'Christmas Eve': [12, 24], 'Christmas Day': [12, 25], 'Boxing Day': [12, 26], "New Year's Eve": [12, 31], "New Year's Day": [1, 1],
  'May Day': [5, 1], "Valentine's Day": [2, 14], 'Bastille Day': [7, 14], 'Armistice Day': [11, 11],
}

/** A feast's name as the text spells it, curly apostrophe or straight, when it is one of FEAST_DAYS. */
export const FEAST_NAME = String.raw`(?:Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve)|Boxing Day|May Day|Valentine['’]s Day|Bastille Day|Armistice Day)`

// Extraction and merging convert the same few thousand dates back and forth millions of times: a date
// is read from its digits (the very number Date.parse gives), a day's date remembered.
const DATES = new Map<number, IsoDate>()
const REMEMBERED = 100_000

/** Days since 1970-01-01 of an ISO date ("2022-01-10"), as Date.parse(date) / 86 400 000. */
export function toDay(date: IsoDate): number {
  return civilDay(date) ?? Date.parse(date) / DAY_MS
}

/** Days since 1970-01-01 of a date spelt YYYY-MM-DD with a month of 1-12 and a day of 1-31, else null. */
function civilDay(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null
  const year = digits(date, 0, 4), month = digits(date, 5, 7), day = digits(date, 8, 10)
  // Date.parse lets a day run past its month's end (February 30 is March 2), as the count below does.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null
  return daysFromCivil(year, month, day)
}

/** The decimal number in date[from, to), NaN when a character is not a digit. */
function digits(date: string, from: number, to: number): number {
  let n = 0
  for (let k = from; k < to; k++) {
    const d = date.charCodeAt(k) - 48
    if (d < 0 || d > 9) return Number.NaN
    n = n * 10 + d
  }
  return n
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
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
  const day = civilDay(date)
  // 1970-01-01 was a Thursday.
  return day === null ? new Date(`${date}T00:00:00Z`).getUTCDay() : ((day % 7) + 11) % 7
}

/** The last date on or before `date` that falls on `weekday`. */
export function weekdayOnOrBefore(date: IsoDate, day: number): IsoDate {
  return addDays(date, -((weekday(date) - day + 7) % 7))
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7))
}

export function makeDate(year: number, month: number, day: number): IsoDate | null {
  // Whole numbers only: a month no name matched (NaN, undefined) is no date.
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
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

/** A weekday in a name, no day of the story's: "the Good Friday Agreement", "Black Monday", "Bloody Sunday". */
export const NOT_A_DAY_BEFORE = String.raw`(?<!\b(?:Good|Black|Bloody|Ash|Maundy|Holy|Palm|Cyber)\s)`

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
])
