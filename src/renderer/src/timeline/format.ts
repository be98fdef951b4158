// Human-readable dates for items, with the precision made explicit.
import type { IsoDate, Item, Precision } from '@shared/model'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

interface Ymd {
  y: number
  m: number
  d: number
}

function parse(iso: IsoDate): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null
}

/** "27 Dec 2021"; the input unchanged when it is not an ISO date. */
export function formatDate(iso: IsoDate | null): string {
  if (!iso) return 'date unknown'
  const p = parse(iso)
  return p ? `${p.d} ${MONTHS[p.m - 1]} ${p.y}` : iso
}

function weekday(p: Ymd): string {
  return WEEKDAYS[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()]
}

/** Items known only to lie somewhere in a window are drawn as faded ranges. */
export function isWindow(item: Pick<Item, 'start' | 'end' | 'precision'>): boolean {
  return item.precision !== 'day' || item.start !== item.end
}

export const precisionLabel: Record<Precision, string> = {
  day: 'exact day',
  week: 'within a week',
  month: 'within a month',
  year: 'within a year',
  approximate: 'approximate',
}

/** The item's date as a reader would say it: "Mon 27 Dec 2021", "December 2021", "1 Dec – 27 Dec 2021 (approximate)". */
export function formatItemDate(item: Pick<Item, 'start' | 'end' | 'precision'>): string {
  const s = parse(item.start)
  const e = parse(item.end)
  if (!s || !e) return `${item.start} – ${item.end}`
  if (item.start === item.end) {
    const day = `${weekday(s)} ${formatDate(item.start)}`
    return item.precision === 'day' ? day : `${day} (${precisionLabel[item.precision]})`
  }
  const lastDay = new Date(Date.UTC(e.y, e.m, 0)).getUTCDate()
  if (item.precision === 'month' && s.y === e.y && s.m === e.m && s.d === 1 && e.d === lastDay) {
    return `${LONG_MONTHS[s.m - 1]} ${s.y}`
  }
  if (item.precision === 'year' && s.y === e.y && s.m === 1 && s.d === 1 && e.m === 12 && e.d === 31) {
    return String(s.y)
  }
  const from = s.y === e.y ? `${s.d} ${MONTHS[s.m - 1]}` : formatDate(item.start)
  return `${from} – ${formatDate(item.end)} (${precisionLabel[item.precision]})`
}

/** The day after an ISO date: vis-timeline range ends are exclusive, ours are inclusive. */
export function nextDay(iso: IsoDate): IsoDate {
  const p = parse(iso)
  if (!p) return iso
  return new Date(Date.UTC(p.y, p.m - 1, p.d + 1)).toISOString().slice(0, 10)
}
