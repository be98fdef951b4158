// Calendar arithmetic on whole UTC days (days since 1970-01-01), and the date axis's ticks.
import type { Precision } from '../../shared/model'

const DAY_MS = 86_400_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Day number of an ISO date (a time part, as in a view range, is ignored); null when not a real date. */
export function dayOf(iso: string | null | undefined): number | null {
  const m = iso ? ISO_DAY.exec(iso) : null
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(year, month - 1, day)
  const date = new Date(ms)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return ms / DAY_MS
}

export interface CalendarDay {
  year: number
  /** 1-12 */
  month: number
  day: number
}

export function calendar(day: number): CalendarDay {
  const date = new Date(day * DAY_MS)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

export function formatDay(day: number, withYear = true): string {
  const c = calendar(day)
  return `${c.day} ${MONTHS[c.month - 1]}${withYear ? ` ${c.year}` : ''}`
}

export function formatSpan(start: number, end: number): string {
  if (start === end) return formatDay(start)
  const a = calendar(start)
  const b = calendar(end)
  if (a.year === b.year) return `${formatDay(start, false)} – ${formatDay(end)}`
  return `${formatDay(start)} – ${formatDay(end)}`
}

/** A short date for an item label, as precise as the item: "27 Dec", "20–26 Dec", "Dec 2021", "c. 10 Jan". */
export function formatItemDate(start: number, end: number, precision: Precision, withYear: boolean): string {
  const a = calendar(start)
  const b = calendar(end)
  if (precision === 'year') return String(a.year)
  if (precision === 'month' && a.year === b.year && a.month === b.month) return `${MONTHS[a.month - 1]} ${a.year}`
  const approximate = precision === 'approximate' ? 'c. ' : ''
  if (start === end) return approximate + formatDay(start, withYear)
  const year = withYear ? ` ${b.year}` : ''
  if (a.year === b.year && a.month === b.month) return `${approximate}${a.day}–${b.day} ${MONTHS[b.month - 1]}${year}`
  return `${approximate}${formatDay(start, withYear && a.year !== b.year)} – ${formatDay(end, withYear)}`
}

function firstOfMonth(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / DAY_MS
}

export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year'

export interface Tick {
  day: number
  label: string
  major: boolean
}

/** Approximate length of each unit in days, for choosing one that leaves room for its labels. */
const UNIT_DAYS: Record<TickUnit, number> = { day: 1, week: 7, month: 30.4, quarter: 91.3, year: 365.25 }
const UNITS: TickUnit[] = ['day', 'week', 'month', 'quarter', 'year']

/** The finest unit whose labels are at least `minSpacing` pixels apart. */
export function chooseUnit(pixelsPerDay: number, minSpacing: number): TickUnit {
  return UNITS.find((unit) => UNIT_DAYS[unit] * pixelsPerDay >= minSpacing) ?? 'year'
}

/** Tick days of `unit` inside [from, to) (day numbers). Weeks start on Monday, as in the news week. */
function unitStarts(unit: TickUnit, from: number, to: number, step = 1): number[] {
  const out: number[] = []
  if (unit === 'day' || unit === 'week') {
    // 1970-01-01 was a Thursday: Monday is day 4 modulo 7.
    const first = unit === 'day' ? Math.ceil(from) : Math.ceil((from - 4) / 7) * 7 + 4
    const stride = unit === 'day' ? step : 7 * step
    for (let d = first; d < to; d += stride) out.push(d)
    return out
  }
  const months = unit === 'month' ? step : unit === 'quarter' ? 3 * step : 12 * step
  const start = calendar(Math.floor(from))
  let year = start.year
  let month = unit === 'month' ? start.month : unit === 'quarter' ? start.month - ((start.month - 1) % 3) : 1
  if (unit === 'year') year -= year % step
  for (;;) {
    const d = firstOfMonth(year, month)
    if (d >= to) break
    if (d >= from) out.push(d)
    month += months
    while (month > 12) {
      month -= 12
      year += 1
    }
  }
  return out
}

/** Major ticks with labels adapted to the span, and unlabelled minor ticks one unit finer. */
export function axisTicks(from: number, to: number, pixelsPerDay: number): { unit: TickUnit; ticks: Tick[] } {
  const unit = chooseUnit(pixelsPerDay, 86)
  // Years so dense that even one label per year collides: label every 2, 5, 10... years.
  let yearStep = 1
  if (unit === 'year') {
    for (const step of [1, 2, 5, 10, 20, 50, 100]) {
      yearStep = step
      if (step * 365.25 * pixelsPerDay >= 70) break
    }
  }
  const majors = unitStarts(unit, from, to, yearStep)
  let previousYear: number | null = null
  const ticks: Tick[] = majors.map((day) => {
    const c = calendar(day)
    const showYear = previousYear !== c.year
    previousYear = c.year
    let label: string
    if (unit === 'day' || unit === 'week') label = formatDay(day, showYear)
    else if (unit === 'year') label = String(c.year)
    else label = `${MONTHS[c.month - 1]}${showYear ? ` ${c.year}` : ''}`
    return { day, label, major: true }
  })
  const minorUnit = UNITS[UNITS.indexOf(unit) - 1]
  if (minorUnit && UNIT_DAYS[minorUnit] * pixelsPerDay >= 8) {
    const majorSet = new Set(majors)
    for (const day of unitStarts(minorUnit, from, to)) if (!majorSet.has(day)) ticks.push({ day, label: '', major: false })
  }
  return { unit, ticks: ticks.sort((a, b) => a.day - b.day) }
}
