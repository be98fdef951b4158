// Date expressions of news text resolved to windows. Like chrono, a list of small named parsers finds
// candidates and named refiners clean the list; unlike chrono, relative phrases follow news usage: a
// bare weekday is the most recent such day (the next one in future tense), weeks run Monday-Sunday,
// durations ("for 10 days") are never dates.
import type { IsoDate, Precision } from '../../shared/model'
import { isSpace } from '../text'
import {
  addDays, daysInMonth, FEAST_DAYS, FEAST_NAME, makeDate, monthOf, monthWindow, MONTHS, mondayOf, NOT_A_DAY_BEFORE, shiftMonth, toDay, weekday, weekdayOnOrBefore, WEEKDAYS, yearOf,
} from './calendar'

export interface DateWindow {
  start: IsoDate
  end: IsoDate
  precision: Precision
}

export interface DateMention extends DateWindow {
  phrase: string
  offset: number
  length: number
  /** absolute: the text names the day; relative: counted from the reference; anaphoric: from the event in context. */
  relation: 'absolute' | 'relative' | 'anaphoric'
  /** The phrase sits in a future-tense clause ("will meet on Friday"). */
  future: boolean
}

export interface DateContext {
  /** The article's publication date. */
  reference: IsoDate
  /** The date of the event in context (the previous sentence's), for "a day earlier", "the same day". */
  anchor?: IsoDate | null
  /** The anchor is a day named earlier in the same sentence, not the event in context. */
  anchorInSentence?: boolean
  /** The last day of holidays the article names ("the holidays ... will last through January 9"). */
  holidaysEnd?: IsoDate | null
  /** The text stated the anchor's year a few sentences before ("on December 25, 2024"): see nearAnchor. */
  anchorYearStated?: boolean
  /** The months the sentence before named with their year ("between April and July 1994"): see monthsWithYear. */
  yearOfMonths?: MonthsOfYear | null
}

/** Months named with their year: "in April 1994" (one), "between April and July 1994" (four). */
export interface MonthsOfYear {
  year: number
  from: number
  to: number
}

type Tense = 'past' | 'future' | 'neutral'

interface Candidate {
  match: RegExpExecArray
  tense: Tense
  context: DateContext
}

interface Parser {
  name: string
  /** The words (lower case, `DIGIT` for any number) a match can begin with: the scan tries the parser only where one begins. */
  starts: readonly string[]
  /** A cheap case-blind test on the text (see `caseless`): without it the parser is not tried at all. */
  hint: RegExp
  pattern: RegExp
  relation: DateMention['relation']
  resolve(c: Candidate): DateWindow | null
}

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)'
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['several', 3], ['a few', 3], ['few', 3],
])
const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\\d{1,3})'
const MONTH_WORDS = MONTH.slice(1, -1).split('|')
const WEEKDAY_WORDS = WEEKDAY.slice(1, -1).split('|')
/**
 * The day the text gave the happening a counted phrase goes after, by its noun ("the June 17 clash" before "Six days
 * after the clash"), in the latest year that puts it on or before the reference; null when no such day comes before.
 */
function namedHappeningDay(match: RegExpExecArray, reference: IsoDate): IsoDate | null {
  const noun = /(\p{Ll}[\p{Ll}-]*)$/u.exec(match[0])?.[1]
  if (!noun) return null
  const named = new RegExp(`\\b(?:${MONTH}\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})\\s+${noun}\\b|\\b${noun}\\s+(?:of|on)\\s+(?:${MONTH}\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})\\b`, 'gi')
  let last: RegExpExecArray | null = null
  for (const m of match.input.slice(Math.max(0, match.index - 2000), match.index).matchAll(named)) last = m
  if (!last) return null
  const [monthName, dayNumber] = last[1] ? [last[1], last[2]] : last[4] ? [last[4], last[3]] : last[5] ? [last[5], last[6]] : [last[8], last[7]]
  const year = Number(reference.slice(0, 4))
  const date = makeDate(year, month(monthName), Number(dayNumber))
  return date && date <= reference ? date : makeDate(year - 1, month(monthName), Number(dayNumber))
}

// COUNT without the one: "two days", "a few weeks".
const SEVERAL = '(two|three|four|five|six|seven|eight|nine|ten|several|a few|\\d{1,3})'
// "a fortnight ago" is British news's two weeks.
const OFFSET_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 }
const OFFSET_UNIT = Object.keys(OFFSET_DAYS).join('|')
const COUNT_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several']
// A negated change or a change of state before "overnight": the idiom of suddenness.
const SUDDENLY_BEFORE = /(?:\b(?:not|cannot|never|no)\b|n['’]t\b)[^.;:,]{0,40}$|\b(?:happen(?:s|ed)?|come|came|change[sd]?|disappear(?:s|ed)?|vanish(?:es|ed)?|transform(?:s|ed)?|almost|virtually|practically|seemingly)\s+$/i
/** Stands for any digit in `Parser.starts`. */
const DIGIT = '0'
const DIGIT_CODE = DIGIT.charCodeAt(0)

function day(date: IsoDate | null): DateWindow | null {
  return date ? { start: date, end: date, precision: 'day' } : null
}

function month(name: string): number {
  return MONTHS.get(name.toLowerCase().replace('.', ''))!
}

/** A feast's day (month and day) in the year nearest the reference. */
function nearestFeast([month, date]: readonly [number, number], reference: IsoDate): IsoDate {
  const year = yearOf(reference)
  const days = [year - 1, year, year + 1].map((y) => makeDate(y, month, date)!)
  return days.sort((a, b) => Math.abs(toDay(a) - toDay(reference)) - Math.abs(toDay(b) - toDay(reference)))[0]
}

/** A count written in words or digits ("a", "three", "12"). */
export function count(word: string): number {
  return NUMBER_WORDS.get(word.toLowerCase()) ?? Number(word)
}

/** The year that puts month/day closest to the reference, on the side the tense points to. */
/**
 * "signed a decree dissolving the republic from January 1": the day a measure takes effect is told with the verb that
 * made it, whose past says nothing of that day's year; the nearest one is meant.
 */
function fromTense(match: RegExpExecArray, tense: Tense): Tense {
  return tense === 'past' && TAKES_EFFECT_BEFORE.test(match.input.slice(Math.max(0, match.index - 20), match.index)) ? 'neutral' : tense
}
const TAKES_EFFECT_BEFORE = /\b(?:from|as of|effective(?: from)?|with effect from|starting)\s+$/i

// "Days later, on December 10": a day on from the one the text is at.
const LATER_ON_BEFORE = /\blater,?\s+(?:on\s+)?$/i

// "since" opening the clause a month ends, with no verb of its own between ("since the downing of a jet in December").
const SINCE_CLAUSE_BEFORE = /\bsince\s+(?:the|a|an|its|his|her|their)\s[^.;:,]{0,70}$/i

/** How far after the day the text is at, or before it, a day of no stated year is read in that day's year. */
const NEAR_ANCHOR_AFTER = 31
const NEAR_ANCHOR_BEFORE = 7

/**
 * A day named without its year just after one the text dated in a year it stated ("on December 25, 2024 ... Three days later,
 * on December 28, ... In an interview on December 29, he said", told in October 2025): of the days around that one.
 */
function nearAnchor(m: number, d: number, anchor: IsoDate): IsoDate | null {
  for (const year of [yearOf(anchor), yearOf(anchor) + 1]) {
    const date = makeDate(year, m, d)
    const after = date ? toDay(date) - toDay(anchor) : NaN
    if (date && after <= NEAR_ANCHOR_AFTER && after >= -NEAR_ANCHOR_BEFORE) return date
  }
  return null
}

/**
 * A day named without its year: in the months the sentence before gave a year; after "later", on from the day the text is
 * at when that is no later than the report ("arrested on December 1, 2018. Days later, on December 10, ..."); else near the
 * day the text is at (nearAnchor), or by the tense around the report's day.
 */
function dayOfUnstatedYear(m: number, d: number, match: RegExpExecArray, context: DateContext, tense: Tense): IsoDate | null {
  // "... between April and July 1994. The killing began after the plane was shot down on April 6": that April's day.
  const named = context.yearOfMonths
  if (named && m >= named.from && m <= named.to) return makeDate(named.year, m, d)
  const later = context.anchor && LATER_ON_BEFORE.test(match.input.slice(Math.max(0, match.index - 20), match.index)) ? inferYear(m, d, context.anchor, 'future') : null
  if (later && later <= context.reference) return later
  const near = context.anchor && context.anchorYearStated && !context.anchorInSentence ? nearAnchor(m, d, context.anchor) : null
  return near && near <= context.reference ? near : inferYear(m, d, context.reference, fromTense(match, tense))
}

function inferYear(m: number, d: number, reference: IsoDate, tense: Tense): IsoDate | null {
  const year = yearOf(reference)
  const ref = toDay(reference)
  // The closest of last year's, this year's and next year's date, first on ties; among those that fit the tense when one is within 330 days.
  let closest: { date: IsoDate; distance: number } | null = null
  let closestFitting: { date: IsoDate; distance: number } | null = null
  for (let y = year - 1; y <= year + 1; y++) {
    const date = makeDate(y, m, d)
    if (date === null) continue
    const diff = toDay(date) - ref
    const distance = Math.abs(diff)
    if (!closest || distance < closest.distance) closest = { date, distance }
    const fits = tense === 'future' ? diff >= -3 : tense === 'past' ? diff <= 3 : true
    if (fits && (!closestFitting || distance < closestFitting.distance)) closestFitting = { date, distance }
  }
  return (closestFitting && closestFitting.distance < 330 ? closestFitting : closest)?.date ?? null
}

/** The year of a month named without one: last year's when it lies ahead of a past-tense sentence. */
function monthYear(m: number, reference: IsoDate, tense: Tense): number {
  const year = yearOf(reference)
  const refMonth = monthOf(reference)
  if (tense === 'future') return m >= refMonth ? year : year + 1
  if (tense === 'past') return m <= refMonth ? year : year - 1
  return m - refMonth > 6 ? year - 1 : refMonth - m > 6 ? year + 1 : year
}

function weekdayWindow(target: number, modifier: string, reference: IsoDate, tense: Tense): DateWindow | null {
  const current = weekday(reference)
  const back = (current - target + 7) % 7
  const ahead = (target - current + 7) % 7
  const mod = modifier.toLowerCase()
  if (mod === 'next') return day(addDays(reference, ahead || 7))
  // "Blinken said last Wednesday", written on a Thursday: yesterday would be "yesterday" or "on Wednesday"; the week before is meant.
  if (mod === 'last') return day(addDays(reference, -(back <= 1 ? back + 7 : back)))
  if (mod === 'this' || tense === 'future') return day(addDays(reference, ahead))
  return day(addDays(reference, -back))
}

function rangeWindow(m: number, from: number, to: number, year: string | undefined, reference: IsoDate, tense: Tense): DateWindow | null {
  if (to <= from) return null
  const start = year ? makeDate(Number(year), m, from) : inferYear(m, from, reference, tense)
  if (!start) return null
  const end = makeDate(yearOf(start), m, to)
  return end ? { start, end, precision: to - from > 6 ? 'month' : 'week' } : null
}

/** A year, or its first or last four months for "early"/"late", its middle for "mid". */
function partOfYear(edge: string, year: number): DateWindow {
  if (edge === 'early') return { start: `${year}-01-01`, end: `${year}-04-30`, precision: 'year' }
  if (edge === 'late') return { start: `${year}-09-01`, end: `${year}-12-31`, precision: 'year' }
  if (edge.startsWith('mid')) return { start: `${year}-05-01`, end: `${year}-08-31`, precision: 'year' }
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' }
}

function weekWindow(start: IsoDate, from?: IsoDate, to?: IsoDate): DateWindow {
  return { start: from ?? start, end: to ?? addDays(start, 6), precision: 'week' }
}

function partOfMonth(part: string, year: number, m: number): DateWindow {
  const p = part.toLowerCase()
  const last = daysInMonth(year, m)
  if (/early|beginning|start/.test(p)) return { start: makeDate(year, m, 1)!, end: makeDate(year, m, 10)!, precision: 'month' }
  if (/mid|middle/.test(p)) return { start: makeDate(year, m, 10)!, end: makeDate(year, m, 20)!, precision: 'month' }
  if (/late|end/.test(p)) return { start: makeDate(year, m, 20)!, end: makeDate(year, m, last)!, precision: 'month' }
  return { ...monthWindow(year, m), precision: 'month' }
}

const MONTH_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i
// Any date phrase has one of these; most sentences of a news article have none.
const ANY_HINT = /\d|day|week|fortnight|month|year|tonight|overnight|tomorrow|holiday|christmas|ramadan|\beid\b|time|evening|night|morning|afternoon|hours later|spring|summer|autumn|fall|winter|coming|recent|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i
// The two characters whose lower case holds an ASCII letter: 'İ' ("i̇") and the Kelvin sign ("k").
const LOWERS_TO_ASCII = /[\u0130\u212a]/

/**
 * The text the case-blind hints read: the text itself, as a pattern with the `i` flag on it finds what
 * the pattern finds in its lower case, but for the two characters that lower-case into ASCII.
 */
function caseless(text: string): string {
  return LOWERS_TO_ASCII.test(text) ? text.toLowerCase() : text
}

// Order matters only for ties: the overlap refiner keeps the longest phrase, then the earlier parser.
const PARSERS: readonly Parser[] = [
  {
    name: 'iso',
    starts: [DIGIT],
    hint: /\d{4}-\d\d-\d\d/i,
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    relation: 'absolute',
    resolve: ({ match }) => day(makeDate(Number(match[1]), Number(match[2]), Number(match[3]))),
  },
  {
    name: 'numeric',
    starts: [DIGIT],
    hint: /\d[./]\d/i,
    // 27.12.2021 and 27/12/2021 day first, 12/27/2021 when the second number cannot be a month; 2021/12/27.
    pattern: /\b(?:(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)|((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2}))\b/g,
    relation: 'absolute',
    resolve: ({ match }) => {
      if (match[5]) return day(makeDate(Number(match[5]), Number(match[6]), Number(match[7])))
      const a = Number(match[1])
      const b = Number(match[3])
      const year = Number(match[4])
      if (b > 12) return day(makeDate(year, a, b))
      return day(makeDate(year, b, a))
    },
  },
  {
    name: 'month-day-range',
    starts: [...MONTH_WORDS],
    hint: MONTH_HINT,
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})\\s*(?:-|–|to|and)\\s*(\\d{1,2})\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    relation: 'absolute',
    resolve: ({ match, context, tense }) => rangeWindow(month(match[1]), Number(match[2]), Number(match[3]), match[4], context.reference, tense),
  },
  {
    name: 'day-month-range',
    starts: [DIGIT],
    hint: MONTH_HINT,
    pattern: new RegExp(`\\b(\\d{1,2})\\s*(?:-|–|to|and)\\s*(\\d{1,2})\\s+${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    relation: 'absolute',
    resolve: ({ match, context, tense }) => rangeWindow(month(match[3]), Number(match[1]), Number(match[2]), match[4], context.reference, tense),
  },
  {
    name: 'month-day',
    starts: [...WEEKDAY_WORDS, ...MONTH_WORDS],
    hint: MONTH_HINT,
    pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?(?![.,]?\\d|\\s*(?:%|percent|per cent|million|billion|thousand))`, 'gi'),
    relation: 'absolute',
    resolve: ({ match, context, tense }) => {
      const m = month(match[2])
      const d = Number(match[3])
      // "they may 10 ...": the verb is lower case; the month ("on May 28") is not.
      if (match[2] === 'may' && !match[4] && !match[1]) return null
      // "the September 11 attacks", "the October 7 massacre": a past happening named by its day, of a year the text does not say.
      if (!match[4] && NAMED_BY_DAY.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 30))) return null
      return day(match[4] ? makeDate(Number(match[4]), m, d) : dayOfUnstatedYear(m, d, match, context, tense))
    },
  },
  {
    name: 'day-month',
    starts: [...WEEKDAY_WORDS, 'the', DIGIT],
    hint: MONTH_HINT,
    pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    relation: 'absolute',
    resolve: ({ match, context, tense }) => {
      const m = month(match[3])
      const d = Number(match[2])
      return day(match[4] ? makeDate(Number(match[4]), m, d) : dayOfUnstatedYear(m, d, match, context, tense))
    },
  },
  {
    name: 'month-year',
    starts: ['early', 'late', 'mid', 'the', ...MONTH_WORDS],
    hint: MONTH_HINT,
    pattern: new RegExp(`\\b(?:(early|late|mid-?|the middle of|the end of|the beginning of|the start of)\\s*)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    relation: 'absolute',
    resolve: ({ match }) => partOfMonth(match[1] ?? '', Number(match[3]), month(match[2])),
  },
  {
    // "between April and July 1994": the span, not its last month alone.
    name: 'month-span-year',
    starts: ['between', 'from'],
    hint: MONTH_HINT,
    pattern: new RegExp(`\\b(?:between|from)\\s+${MONTH}\\.?\\s+(?:and|to|until|through)\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    relation: 'absolute',
    resolve: ({ match }) => {
      const year = Number(match[3])
      const from = month(match[1])
      const to = month(match[2])
      if (to <= from) return null
      return { start: monthWindow(year, from).start, end: monthWindow(year, to).end, precision: 'month' }
    },
  },
  {
    // "said last March", "next June", "this October": the month of that name before, after or in the reference's year.
    name: 'named-month-relative',
    starts: ['last', 'next', 'this', 'coming'],
    hint: MONTH_HINT,
    pattern: new RegExp(`\\b(last|next|this|coming)\\s+${MONTH}\\b(?!\\.?\\s*\\d)`, 'gi'),
    relation: 'relative',
    resolve: ({ match, context }) => {
      // "at last may": the verb is lower case.
      if (match[2] === 'may') return null
      const m = month(match[2])
      const which = match[1].toLowerCase()
      const year = yearOf(context.reference)
      const now = monthOf(context.reference)
      const y = which === 'last' ? (m < now ? year : year - 1) : which === 'this' ? year : m > now ? year : year + 1
      return partOfMonth('', y, m)
    },
  },
  {
    name: 'month-of-relative-year',
    starts: ['early', 'late', 'mid', 'the', DIGIT, ...MONTH_WORDS],
    hint: MONTH_HINT,
    // "in June last year", "from 1 January next year", "until April 8 of next year": the month (or day) of the year the
    // words count from the article's.
    pattern: new RegExp(`\\b(?:(early|late|mid-?|the middle of|the end of|the beginning of|the start of)\\s*|(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH}\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?(last|next|this)\\s+year\\b`, 'gi'),
    relation: 'relative',
    resolve: ({ match, context }) => {
      const which = match[5].toLowerCase()
      const year = Number(context.reference.slice(0, 4)) + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
      const date = match[2] ?? match[4]
      return date ? day(makeDate(year, month(match[3]), Number(date))) : partOfMonth(match[1] ?? '', year, month(match[3]))
    },
  },
  {
    name: 'month-alone',
    starts: ['in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'through', 'early', 'late', 'mid', 'the'],
    hint: MONTH_HINT,
    // A month without day or year needs a preposition or a part-of-month word: "may" alone is a verb.
    pattern: new RegExp(`\\b(in|since|from|until|till|by|during|before|after|through|early|late|mid-?|(?:by |until |in )?the (?:middle|end|beginning|start) of|(?:by |until |in )?(?:early|late|mid)[- ])\\s*${MONTH}\\b(?!\\.?\\s*\\d)`, 'gi'),
    relation: 'relative',
    resolve: ({ match, context, tense }) => {
      const m = month(match[2])
      const prep = match[1].toLowerCase()
      // "the sharpest clash since the downing of an airliner in December": what a "since" clause tells is past.
      const sinceClause = SINCE_CLAUSE_BEFORE.test(match.input.slice(Math.max(0, match.index - 80), match.index))
      const t: Tense = prep === 'since' || sinceClause || prep === 'after' && tense !== 'future' ? 'past' : tense
      // "promised to sign a final deal by the end of February", told in March: a plan of the past, for a month just gone.
      const promised = t === 'future' && (monthOf(context.reference) - m + 12) % 12 <= 2 && PROMISED_BEFORE.test(match.input.slice(Math.max(0, match.index - 80), match.index))
      // "China proposed emergency consultations in early December", told in November: what was proposed is ahead.
      const proposed = t === 'past' && prep !== 'since' && (m - monthOf(context.reference) + 12) % 12 >= 1 && (m - monthOf(context.reference) + 12) % 12 <= 3 && PROPOSED_BEFORE.test(match.input.slice(Math.max(0, match.index - 100), match.index))
      return partOfMonth(prep, monthYear(m, context.reference, promised ? 'past' : proposed ? 'future' : t), m)
    },
  },
  {
    // "in a television interview on the first Sunday in March": the weekday of that rank in its month.
    name: 'weekday-of-month',
    starts: ['the', 'first', 'second', 'third', 'fourth', 'last'],
    hint: /day\b/i,
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|last)\\s+${WEEKDAY}\\s+(?:in|of)\\s+${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    relation: 'absolute',
    resolve: ({ match, context, tense }) => {
      const m = month(match[3])
      const year = match[4] ? Number(match[4]) : monthYear(m, context.reference, tense)
      const target = WEEKDAYS.get(match[2].toLowerCase())!
      const rank = match[1].toLowerCase()
      if (rank === 'last') {
        const end = makeDate(year, m, daysInMonth(year, m))!
        return day(weekdayOnOrBefore(end, target))
      }
      const first = makeDate(year, m, 1)!
      const offset = (target - weekday(first) + 7) % 7
      return day(addDays(first, offset + 7 * ['first', 'second', 'third', 'fourth'].indexOf(rank)))
    },
  },
  {
    name: 'weekday',
    starts: ['last', 'next', 'this', 'earlier', 'later', 'on', 'early', 'late', ...WEEKDAY_WORDS],
    hint: /day\b/i,
    pattern: new RegExp(`\\b(?:(last|next|this|earlier|later|on|early|late)\\s+(?:on\\s+)?)?${NOT_A_DAY_BEFORE}${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'gi'),
    relation: 'relative',
    resolve: ({ match, context, tense }) => weekdayWindow(WEEKDAYS.get(match[2].toLowerCase())!, match[1] ?? '', context.reference, tense),
  },
  {
    // "The two-day meeting on Thursday and Friday", "drills from Sunday to Wednesday": one span from its first day, read as
    // a weekday alone would be; not two days each read on its own (Friday then fell in the week before Thursday).
    name: 'weekday-span',
    starts: ['last', 'next', 'this', 'on', 'from', 'between', ...WEEKDAY_WORDS],
    hint: /day\b/i,
    pattern: new RegExp(`\\b(?:(last|next|this|on|from|between)\\s+)?${WEEKDAY}\\s+(and|to|through|until|till)\\s+${WEEKDAY}\\b`, 'gi'),
    relation: 'relative',
    resolve: ({ match, context, tense }) => {
      const first = WEEKDAYS.get(match[2].toLowerCase())!, days = (WEEKDAYS.get(match[4].toLowerCase())! - first + 7) % 7
      const start = /^(?:last|next|this)$/i.test(match[1] ?? '') ? match[1] : ''
      // "drills on Tuesday and Thursday" are two days; "between Tuesday and Thursday" and "on Friday and Saturday" one span.
      const list = match[3].toLowerCase() === 'and' && days > 1 && match[1]?.toLowerCase() !== 'between'
      const from = days && !list ? weekdayWindow(first, start, context.reference, tense) : null
      return from && { start: from.start, end: addDays(from.start, days), precision: 'week' }
    },
  },
  {
    name: 'deictic-day',
    starts: ['yesterday', 'today', 'tonight', 'tomorrow', 'this', 'last', 'overnight', 'the'],
    hint: /yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|overnight/i,
    pattern: /\b(the day before yesterday|the day after tomorrow|yesterday|(?<!the )today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|overnight)\b(?!\s+show)/gi,
    relation: 'relative',
    resolve: ({ match, context }) => {
      const w = match[1].toLowerCase()
      if (w === 'the day before yesterday') return day(addDays(context.reference, -2))
      if (w === 'the day after tomorrow') return day(addDays(context.reference, 2))
      if (w === 'yesterday' || w === 'last night') return day(addDays(context.reference, -1))
      // "approved overnight": the night before the article, on either side of midnight. "Change would not come overnight",
      // "peace cannot be built overnight": all at once, no time.
      if (w === 'overnight') return SUDDENLY_BEFORE.test(match.input.slice(Math.max(0, match.index - 50), match.index)) ? null : { start: addDays(context.reference, -1), end: context.reference, precision: 'week' }
      if (w === 'tomorrow') return day(addDays(context.reference, 1))
      return day(context.reference)
    },
  },
  {
    name: 'week',
    starts: ['earlier', 'later', 'last', 'this', 'next', 'past', 'previous', 'coming', 'the', 'week'],
    hint: /week/i,
    // "later in the week" is "later this week".
    pattern: /\b(?:(earlier|later)\s+)?(?:(last|this|next|past|previous|coming)\s+week|(?<=(?:earlier|later)\s+)(in) the week|(?:the\s+)?week\s+(?:before|after))\b(?!end)/gi,
    relation: 'relative',
    resolve: ({ match, context }) => {
      // "told ABC's This Week programme on Sunday": a capital Week is a name.
      if (/\bWeek\b/.test(match[0])) return null
      const ref = context.reference
      const which = match[3] ? 'this' : (match[2] ?? '').toLowerCase()
      const monday = mondayOf(ref)
      if (which === 'last' || which === 'previous') return weekWindow(addDays(monday, -7))
      if (which === 'past') return weekWindow(addDays(ref, -7), undefined, ref)
      if (which === 'next' || which === 'coming') return weekWindow(addDays(monday, 7))
      if (!which) return null
      const edge = (match[1] ?? '').toLowerCase()
      // "Earlier this week" on a Monday means the days just before.
      if (edge === 'earlier') return weekWindow(monday, toDay(monday) >= toDay(ref) ? addDays(ref, -7) : monday, ref)
      if (edge === 'later') return weekWindow(monday, ref)
      return weekWindow(monday)
    },
  },
  {
    name: 'season',
    starts: ['in', 'during', 'by', 'until', 'since', 'over', 'through', 'early', 'late', 'mid', 'this', 'last', 'next', 'the', 'spring', 'summer', 'autumn', 'fall', 'winter'],
    hint: /spring|summer|autumn|fall|winter/i,
    pattern: /\b(?:(?:in|during|by|until|since|over|through|(early|late|mid-?))\s+)?(?:(this|last|next|the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/gi,
    relation: 'relative',
    resolve: ({ match, context, tense }) => {
      const name = match[3].toLowerCase()
      const which = (match[2] ?? '').toLowerCase()
      // "the fall of Kabul" or "a fall in prices": only a season with a determiner or a year is a date.
      if (!which && !match[4]) return null
      // "The spring session of parliament", "the summer offensive": a season naming a thing, not a time.
      // So is one in a name: "the Winter Olympics in Pyeongchang", "the Summer Palace".
      if (which === 'the' && !match[4] && /^\s+(?:(?!of\b|and\b|or\b)\p{Ll}|(?:Olympics?|Paralympics|Games|Palace|Offensive|Session)\b)/u.test(match.input.slice(match.index + match[0].length))) return null
      // "visit Pyongyang in the fall" is a season, after a preposition and with no "of" to follow.
      const inTheFall = which === 'the' && /^(?:in|during|by|until|over|through)\s/i.test(match[0]) && !/^\s+of\b/i.test(match.input.slice(match.index + match[0].length))
      if (name === 'fall' && !match[4] && which !== 'this' && which !== 'last' && which !== 'next' && !inTheFall) return null
      const first = name === 'spring' ? 3 : name === 'summer' ? 6 : name === 'winter' ? 12 : 9
      const refYear = yearOf(context.reference)
      let year = match[4] ? Number(match[4]) : refYear
      if (!match[4]) {
        const startThisYear = toDay(makeDate(refYear, first, 1)!)
        const endThisYear = toDay(addDays(makeDate(refYear, first, 1)!, 91))
        const now = toDay(context.reference)
        if (which === 'last') year = now > endThisYear ? refYear : refYear - 1
        else if (which === 'next') year = now < startThisYear ? refYear : refYear + 1
        else if (tense === 'future' && now > endThisYear) year = refYear + 1
        else if (tense === 'past' && now < startThisYear) year = refYear - 1
      }
      const start = makeDate(year, first, 1)!
      return { start, end: addDays(start, 90), precision: 'month' }
    },
  },
  {
    name: 'end-of-period',
    starts: ['the', 'by', 'at', 'before', 'until', 'toward', 'towards'],
    hint: /end of/i,
    // "this month" is month-relative's.
    pattern: /\b(?:(?:by|at|before|until|towards?)\s+)?the\s+end\s+of\s+(?:the\s+(week|month|year)|this\s+(week|year))\b/gi,
    relation: 'relative',
    // The last days of the article's week, month or year: "a vote by the end of the month".
    resolve: ({ match, context }) => {
      const ref = context.reference
      const unit = (match[1] ?? match[2]).toLowerCase()
      if (unit === 'week') return { start: addDays(mondayOf(ref), 4), end: addDays(mondayOf(ref), 6), precision: 'week' }
      const year = yearOf(ref)
      if (unit === 'year') return { start: makeDate(year, 12, 1)!, end: makeDate(year, 12, 31)!, precision: 'month' }
      return partOfMonth('the end of', year, monthOf(ref))
    },
  },
  {
    name: 'week-of-month',
    starts: ['the', 'in'],
    hint: /week of/i,
    pattern: new RegExp(`\\b(?:in\\s+)?the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    relation: 'relative',
    // "signed in the first week of December": days 1-7 of that month, the last seven for "last".
    resolve: ({ match, context, tense }) => {
      const m = month(match[2])
      const year = match[3] ? Number(match[3]) : monthYear(m, context.reference, tense)
      const which = match[1].toLowerCase()
      const last = daysInMonth(year, m)
      const first = which === 'last' || which === 'final' ? last - 6 : 1 + 7 * ['first', 'second', 'third', 'fourth'].indexOf(which)
      return { start: makeDate(year, m, first)!, end: makeDate(year, m, first + 6)!, precision: 'week' }
    },
  },
  {
    name: 'weekend',
    starts: ['last', 'this', 'next', 'past', 'coming', 'over'],
    hint: /weekend/i,
    pattern: /\b(?:(last|this|next|past|coming|over the)\s+)weekend\b/gi,
    relation: 'relative',
    resolve: ({ match, context, tense }) => {
      const ref = context.reference
      const saturday = addDays(mondayOf(ref), 5)
      const which = match[1].toLowerCase()
      // "Over the weekend" in a past-tense sentence of a weekday is the weekend just gone.
      const back = which === 'last' || which === 'past' || (which !== 'next' && which !== 'coming' && tense === 'past' && toDay(saturday) > toDay(ref))
      const start = which === 'next' ? addDays(saturday, 7) : back ? addDays(saturday, -7) : saturday
      return { start, end: addDays(start, 1), precision: 'week' }
    },
  },
  {
    name: 'coming-or-recent',
    starts: ['in', 'over', 'during', 'within'],
    hint: /coming|recent|next few|past few|last few/i,
    pattern: /\b(?:in|over|during|within)\s+(?:the\s+)?(coming|recent|next few|past few|last few)\s+(days|weeks|months)\b/gi,
    relation: 'relative',
    resolve: ({ match, context }) => {
      const ref = context.reference
      const span = match[2].toLowerCase() === 'days' ? 7 : match[2].toLowerCase() === 'weeks' ? 30 : 120
      const ahead = /coming|next/i.test(match[1])
      return ahead ? { start: ref, end: addDays(ref, span), precision: 'approximate' } : { start: addDays(ref, -span), end: ref, precision: 'approximate' }
    },
  },
  {
    name: 'month-relative',
    starts: ['earlier', 'later', 'early', 'late', 'mid', 'at', 'the', 'this', 'last', 'next', 'past', 'previous', 'coming', 'in'],
    hint: /month/i,
    pattern: /\b(?:(earlier|later|early|late|mid-?|(?:at )?the end of|the beginning of|the start of)\s*)?(?:(this|last|next|past|previous|coming)\s+month|in\s+the\s+month)\b/gi,
    relation: 'relative',
    resolve: ({ match, context }) => {
      const ref = context.reference
      const which = (match[2] ?? 'this').toLowerCase()
      const edge = (match[1] ?? '').toLowerCase()
      if (!match[2] && !edge) return null
      const y = yearOf(ref)
      const m = monthOf(ref)
      if (which === 'last' || which === 'previous') {
        const p = shiftMonth(y, m, -1)
        return partOfMonth(edge, p.year, p.month)
      }
      if (which === 'past') return { start: addDays(ref, -30), end: ref, precision: 'month' }
      if (which === 'next' || which === 'coming') {
        const n = shiftMonth(y, m, 1)
        return partOfMonth(edge, n.year, n.month)
      }
      const whole = monthWindow(y, m)
      if (edge === 'earlier') return { start: whole.start, end: ref, precision: 'month' }
      if (edge === 'later') return { start: ref, end: whole.end, precision: 'month' }
      return partOfMonth(edge, y, m)
    },
  },
  {
    name: 'year-relative',
    starts: ['earlier', 'later', 'early', 'late', 'mid', 'this', 'last', 'next', 'past'],
    hint: /year/i,
    pattern: /\b(?:(earlier|later|early|late|mid-?)\s+)?(this|last|next|past)\s+year\b/gi,
    relation: 'relative',
    resolve: ({ match, context }) => {
      const ref = context.reference
      const y = yearOf(ref)
      const which = match[2].toLowerCase()
      const edge = (match[1] ?? '').toLowerCase()
      if (which === 'last' || which === 'next') return partOfYear(edge, which === 'last' ? y - 1 : y + 1)
      if (which === 'past') return { start: addDays(ref, -365), end: ref, precision: 'year' }
      if (edge === 'earlier') return { start: `${y}-01-01`, end: ref, precision: 'year' }
      if (edge === 'later') return { start: ref, end: `${y}-12-31`, precision: 'year' }
      return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' }
    },
  },
  {
    // "to hold a presidential election in the second half of 2024", "in the first half of next year".
    name: 'half-year',
    starts: ['in', 'during', 'by', 'before', 'until', 'the'],
    hint: /\bhalf\b/i,
    pattern: /\b(?:(?:in|during|by|before|until)\s+)?the\s+(first|second|latter)\s+half\s+of\s+(?:(this|next|last)\s+year|((?:19|20)\d\d))\b/gi,
    relation: 'relative',
    resolve: ({ match, context }) => {
      const which = (match[2] ?? '').toLowerCase()
      const year = match[3] ? Number(match[3]) : yearOf(context.reference) + (which === 'next' ? 1 : which === 'last' ? -1 : 0)
      return match[1].toLowerCase() === 'first' ? { start: `${year}-01-01`, end: `${year}-06-30`, precision: 'year' } : { start: `${year}-07-01`, end: `${year}-12-31`, precision: 'year' }
    },
  },
  {
    name: 'year',
    starts: ['in', 'since', 'from', 'until', 'by', 'during', 'before', 'after', 'early', 'late', 'mid'],
    hint: /(?:19|20)\d\d/i,
    pattern: /\b(in|since|from|until|by|during|before|after|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![-/]\d)/gi,
    relation: 'absolute',
    resolve: ({ match }) => ({ start: `${match[2]}-01-01`, end: `${match[2]}-12-31`, precision: 'year' }),
  },
  {
    name: 'offset',
    starts: ['in', 'within', ...COUNT_WORDS, DIGIT],
    hint: /day|week|fortnight|month|year/i,
    // "in about a month": an approximation reads as the count.
    pattern: new RegExp(`\\b(?:(in|within)\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+)?${COUNT}\\s+(${OFFSET_UNIT})s?\\b|${COUNT}\\s+(${OFFSET_UNIT})s?\\s+(ago(?:\\s+today)?|later|earlier))`, 'gi'),
    relation: 'relative',
    resolve: ({ match, context, tense }) => {
      const ref = context.reference
      const forward = match[1] !== undefined
      const n = count(forward ? match[2] : match[4])
      const unit = (forward ? match[3] : match[5]).toLowerCase()
      const days = n * OFFSET_DAYS[unit]
      const precision: Precision = unit === 'day' ? 'day' : unit === 'week' || unit === 'fortnight' ? 'week' : unit === 'month' ? 'month' : 'year'
      // "reimposed within 10 years": a term of years is a condition of an agreement, not a time on the calendar.
      if (forward && match[1].toLowerCase() === 'within') return unit === 'year' ? null : { start: ref, end: addDays(ref, days), precision: 'approximate' }
      // "the second session in three days": in the past tense a span, not a day ahead; so is "the first leader in 20
      // years", "the worst fighting in decades", whatever the tense.
      if (forward && (tense === 'past' || RECORD_BEFORE.test(match.input.slice(Math.max(0, match.index - 100), match.index)) || opensPastClause(match))) return null
      if (forward) return { start: addDays(ref, days - (unit === 'day' ? 0 : 3)), end: addDays(ref, days + (unit === 'day' ? 0 : 3)), precision }
      // "Three weeks ago today" is one day, not that day and today.
      const ago = match[6].toLowerCase().startsWith('ago')
      const dir = ago || match[6].toLowerCase() === 'earlier' ? -1 : 1
      // "The seizure of the Grace 1 led, two weeks later, to ...": a count on from a happening the text has not dated is
      // no day; counted from the article's day it would lie ahead of it.
      if (dir > 0 && !context.anchor) return null
      const base = ago ? ref : (context.anchor ?? ref)
      return day(addDays(base, dir * days))
    },
  },
  {
    // "Six days after the clash, Marcos told troops ...": counted from the day the text gave that happening, else from the
    // day it is at; only as the sentence's opening, or after an opening setting ("At his news conference two days after the
    // announcement,"): "The signing came two days after the vote, ..." counts the other way.
    // "A day after the signing, ..." is the anaphoric day's.
    name: 'counted-after',
    starts: [...COUNT_WORDS.filter((w) => !['a', 'an', 'one'].includes(w)), DIGIT],
    hint: /\bafter\b/i,
    pattern: new RegExp(`(?<=(?:^|[.!?]["”’]?\\s+|\\n)(?:(?:At|In|During|On|By)\\s[^,.;:!?]{1,60}\\s)?)${SEVERAL}\\s+(day|week)s?\\s+after\\s+(?:the|its|their|his|her)\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)?(?=,)`, 'giu'),
    relation: 'anaphoric',
    resolve: ({ match, context }) => {
      const from = namedHappeningDay(match, context.reference) ?? context.anchor
      return from ? day(addDays(from, count(match[1]) * (match[2].toLowerCase() === 'week' ? 7 : 1))) : null
    },
  },
  {
    name: 'anaphoric-day',
    starts: ['a', 'the', 'one', 'on', 'that', 'at', 'earlier', 'later'],
    hint: /\bday\b|the time|\b(?:previous|next|following)\s+(?:morning|afternoon|evening|night)\b/i,
    // "The next morning he walked through the Temple of Heaven": a part of the day after the one the text is at.
    // "on the same day that Dennis Rodman arrived": the day of the clause that follows, not the one the text is at; but "said
    // the same day that the dam should not be filled" is said that day.
    pattern: /\b(a|the|one)\s+day\s+(earlier|before|later|after)\b|\bthe\s+(previous|next|following)\s+(?:day|morning|afternoon|evening|night)\b|\b(?:on\s+)?(?:the\s+same|that)\s+day\b(?:(?<=\b(?:said|says|told|announced|added|stated|confirmed|declared|warned|wrote)\s+(?:on\s+)?(?:the\s+same|that)\s+day)|(?!\s+(?:that|as)\s))|\bat\s+the\s+time\b|\b(?:earlier|later)\s+in\s+the\s+day\b/gi,
    relation: 'anaphoric',
    resolve: ({ match, context }) => {
      // "earlier in the day": the day the text is at, the article's own when it has named none.
      if (/in\s+the\s+day$/i.test(match[0])) return day(context.anchor ?? context.reference)
      if (!context.anchor) return null
      const word = (match[2] ?? match[3] ?? '').toLowerCase()
      // "war was declared on Sunday, a day after fighters stormed in": what follows "after" came the day before.
      // "The signing came a day after Tsipras survived a motion": the day named before is what came after.
      // "who had been appointed the day before," with nothing after it is the day before the one the text is at.
      const adverb = /^\s*(?:[,.;:!?)–—]|$)/.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 3))
      const counted = !adverb && (context.anchorInSentence || CAME_BEFORE.test(match.input.slice(Math.max(0, match.index - 30), match.index))) && (word === 'after' || word === 'before')
      const back = counted ? word === 'after' : word === 'earlier' || word === 'before' || word === 'previous'
      if (back) return day(addDays(context.anchor, -1))
      if (word) return day(addDays(context.anchor, 1))
      return day(context.anchor)
    },
  },
  {
    // "That evening Bangkok recalled its ambassador", "The White House pushed back hours later": the day the text is at.
    name: 'anaphoric-time',
    starts: ['that', 'the', 'later', 'hours', 'a', 'several', 'only', 'just'],
    hint: /\b(?:that (?:same )?(?:evening|night|morning|afternoon)|the same (?:evening|night|morning|afternoon)|later that day|hours later)\b/i,
    // "That same evening he met ...", "the same night".
    pattern: /\b(?:later\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)(?:evening|night|morning|afternoon)\b|\blater\s+that\s+day\b|\b(?:(?:only|just)\s+)?(?:(?:a\s+few|several)\s+)?hours\s+later\b/gi,
    relation: 'anaphoric',
    resolve: ({ context }) => (context.anchor ? day(context.anchor) : null),
  },
  {
    // "On Friday, Christmas Day, Netanyahu and the king spoke by telephone": a feast of a fixed day, in the year nearest the text's.
    name: 'feast-day',
    starts: ['christmas', 'new', 'boxing', 'may', 'valentine', 'bastille', 'armistice'],
    hint: /christmas|new year|boxing day|may day|valentine|bastille day|armistice day/i,
    pattern: new RegExp(String.raw`\b${FEAST_NAME}(?![\w'’])`, 'g'),
    relation: 'relative',
    resolve: ({ match, context }) => {
      return day(nearestFeast(FEAST_DAYS[match[0].replace('’', "'")], context.reference))
    },
  },
  {
    // "The last troops left the day after Christmas": counted from the feast, which may go by its bare name here.
    name: 'feast-offset',
    starts: ['the', ...COUNT_WORDS, DIGIT],
    hint: /\b(?:after|before)\s+(?:christmas|new year|boxing day|may day|valentine|bastille day|armistice day)/i,
    pattern: new RegExp(String.raw`\b(?:(?:the|a|one)\s+day|${SEVERAL}\s+days)\s+(after|before)\s+(${FEAST_NAME}|Christmas|New Year['’]s|New Year)(?![\w'’])`, 'gi'),
    relation: 'relative',
    resolve: ({ match, context }) => {
      const name = match[3].replace('’', "'").toLowerCase()
      const feast = Object.entries(FEAST_DAYS).find(([feast]) => feast.toLowerCase() === name)?.[1] ?? FEAST_DAYS[name === 'christmas' ? 'Christmas Day' : "New Year's Day"]
      const days = match[1] ? count(match[1]) : 1
      const date = nearestFeast(feast, context.reference)
      return day(addDays(date, match[2].toLowerCase() === 'after' ? days : -days))
    },
  },
  {
    name: 'holidays',
    starts: ['immediately', 'right', 'soon', 'after'],
    hint: /holiday/i,
    pattern: /\b(?:immediately\s+|right\s+|soon\s+)?after\s+(?:the\s+)?(?:(?:russia's|russian|orthodox|new\s+year(?:'s)?|christmas|lunar\s+new\s+year|eid)\s+)*holidays?\b(?:\s+end)?/gi,
    relation: 'relative',
    resolve: ({ match, context }) => {
      if (context.holidaysEnd) return { start: addDays(context.holidaysEnd, 1), end: addDays(context.holidaysEnd, 5), precision: 'week' }
      if (!/new\s+year/i.test(match[0])) return null
      // Without the text's own end date, New Year holidays end in the first days of January.
      const y = monthOf(context.reference) >= 11 ? yearOf(context.reference) + 1 : yearOf(context.reference)
      return { start: `${y}-01-02`, end: `${y}-01-14`, precision: 'week' }
    },
  },
  {
    // "a truce before Ramadan", "talks will resume after Eid al-Fitr": the months of the Islamic calendar, on their days.
    name: 'islamic-calendar',
    starts: ['before', 'after', 'during', 'until', 'till', 'by', 'since', 'ahead', 'in', 'at', 'the', 'end', 'start', 'beginning', 'holy', 'eid', 'ramadan'],
    hint: /ramadan|\beid\b/i,
    pattern: /\b(?:(before|after|during|until|till|by|since|ahead of|in|(?:at )?the (?:end|start|beginning) of|throughout)\s+)?(?:the\s+)?((?:(?:holy|muslim|fasting)\s+)*month\s+of\s+|holy\s+)?(ramadan|eid al-fitr|eid ul-fitr|eid al-adha|eid ul-adha|eid)\b/gi,
    relation: 'relative',
    resolve: ({ match, context, tense }) => {
      const prep = (match[1] ?? '').toLowerCase()
      const name = match[3].toLowerCase()
      // "Tariq Ramadan", "Eid Mubarak": a name or a greeting, not a time; a bare "Ramadan" or "Eid" needs a word of time.
      if (/^\s+[A-Z]/.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 3))) return null
      if (!prep && !match[2] && (name === 'ramadan' || name === 'eid')) return null
      return islamicWindow(name, prep, context.reference, tense)
    },
  },
]

// By Gregorian year: the first day of Ramadan as most Gulf states began it (a country may begin a day later), Eid al-Fitr
// (the day after its last) and Eid al-Adha (the tenth of Dhu al-Hijjah).
const ISLAMIC_DAYS: ReadonlyMap<number, { ramadan: IsoDate; fitr: IsoDate; adha: IsoDate }> = new Map(
  ([
    [2010, '2010-08-11', '2010-09-10', '2010-11-16'], [2011, '2011-08-01', '2011-08-30', '2011-11-06'], [2012, '2012-07-20', '2012-08-19', '2012-10-26'],
    [2013, '2013-07-09', '2013-08-08', '2013-10-15'], [2014, '2014-06-28', '2014-07-28', '2014-10-04'], [2015, '2015-06-18', '2015-07-17', '2015-09-24'],
    [2016, '2016-06-06', '2016-07-06', '2016-09-12'], [2017, '2017-05-27', '2017-06-25', '2017-09-01'], [2018, '2018-05-16', '2018-06-15', '2018-08-21'],
    [2019, '2019-05-06', '2019-06-04', '2019-08-11'], [2020, '2020-04-24', '2020-05-24', '2020-07-31'], [2021, '2021-04-13', '2021-05-13', '2021-07-20'],
    [2022, '2022-04-02', '2022-05-02', '2022-07-09'], [2023, '2023-03-23', '2023-04-21', '2023-06-28'], [2024, '2024-03-11', '2024-04-10', '2024-06-16'],
    [2025, '2025-03-01', '2025-03-30', '2025-06-06'], [2026, '2026-02-18', '2026-03-20', '2026-05-27'], [2027, '2027-02-08', '2027-03-09', '2027-05-16'],
    [2028, '2028-01-28', '2028-02-26', '2028-05-05'], [2029, '2029-01-16', '2029-02-14', '2029-04-24'], [2030, '2030-01-06', '2030-02-04', '2030-04-13'],
  ] as const).map(([year, ramadan, fitr, adha]) => [year, { ramadan, fitr, adha }]),
)

/** The occasion's window in the year the tense points to (the nearest when it points nowhere), then the part the preposition takes. */
function islamicWindow(name: string, prep: string, reference: IsoDate, tense: Tense): DateWindow | null {
  const year = yearOf(reference)
  const spans: { start: IsoDate; end: IsoDate }[] = []
  for (const y of [year - 1, year, year + 1]) {
    const days = ISLAMIC_DAYS.get(y)
    if (!days) continue
    if (name === 'ramadan') spans.push({ start: days.ramadan, end: addDays(days.fitr, -1) })
    else if (/adha/.test(name)) spans.push({ start: days.adha, end: addDays(days.adha, 3) })
    else spans.push({ start: days.fitr, end: addDays(days.fitr, 2) })
  }
  if (!spans.length) return null
  const ref = toDay(reference)
  const distance = (w: { start: IsoDate; end: IsoDate }): number => Math.min(Math.abs(toDay(w.start) - ref), Math.abs(toDay(w.end) - ref))
  const span =
    tense === 'future' ? spans.find((w) => toDay(w.end) >= ref) :
    tense === 'past' ? spans.filter((w) => toDay(w.start) <= ref).at(-1) :
    spans.reduce((a, b) => (distance(b) < distance(a) ? b : a))
  if (!span) return null
  if (/^(?:before|ahead of|until|till|by)$/.test(prep)) return { start: addDays(span.start, -7), end: addDays(span.start, -1), precision: 'week' }
  if (prep === 'after') return { start: addDays(span.end, 1), end: addDays(span.end, 7), precision: 'week' }
  if (/end of$/.test(prep)) return { start: addDays(span.end, -6), end: span.end, precision: 'week' }
  if (/(?:start|beginning) of$/.test(prep)) return { start: span.start, end: addDays(span.start, 6), precision: 'week' }
  return { start: span.start, end: span.end, precision: name === 'ramadan' ? 'month' : 'week' }
}

const PROMISED_BEFORE = /\b(?:promised|pledged|vowed|undertook|had (?:agreed|planned|hoped|aimed|intended|promised|pledged|vowed))\s+to\s+(?:[\w-]+\s+){0,8}$/i
// A proposal and its object, with no full stop or second verb of the past between them and the date.
const PROPOSED_BEFORE = /\b(?:proposed|suggested|called for|offered|wanted|sought|preferred|requested|asked for|pushed for|invited\b[^.;:!?]{0,60}\bto)\s+(?:(?!\b(?:was|were|had|did|\w+ed)\b)[^.;:!?])*$/i
const NAMED_BY_DAY = /^\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|massacres?|shootings?|raids?)\b/i
const FOR_BEFORE = /\bfor\s+$/i
// An invitation still standing ("has invited", "invites"); "invited reporters to the plant on Saturday" may be told as done.
const INVITED_TO_BEFORE = /\b(?:(?:has|have)\s+invited|invites)\b[^.;:!?]{0,80}\bto\s+(?:a|an|the)\s+[^.;:!?]{1,60}?\s(?:on\s+)?$/i
const NEXT_COMES_BEFORE = /\b(?:next|coming|immediate|real|key|big)\b[^.;:!?,]{0,40}\b(?:comes?|is|falls?)\s+(?:on\s+)?$/i
// "voted 15-0 to adopt resolution 2118 on Friday": so is what a vote decided.
const MADE_TO_BEFORE = /(?<!\b(?:will|would|shall|could|may|might|to)\s+(?:be\s+)?)\b(?:forced|compelled|voted)\s+(?:[\p{L}\d'’-]+\s+){0,4}?to\s+\p{Ll}+\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:on\s+)?$/u
const MOVED_TO_BEFORE = /\b(?:postponed|moved|delayed|pushed back|put off|rescheduled|brought forward)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:to|until|till)\s+(?:next\s+)?$/u
const STARTS_FROM_BEFORE = /\b(?:from|starting|as of|effective)\s+$/i
const WEEKDAY_ONLY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i
// "X came a day after ...": X is the day already named.
const CAME_BEFORE = /\b(?:came|comes|followed|follows|happened|occurred|took place|was|is)\s+(?:just\s+|only\s+|exactly\s+)?$/i
// "may" before a number is the month ("announced on May 25, after Biden proposed ... an April 13 phone call"); so is
// "may" after one or after a preposition ("signed on 20 May and in force from 22 May", "talks in May and June").
// Not the noun: "the will of the people as expressed in elections on November 8".
const FUTURE_MARKER = /\b((?<!\b(?:the|a|its|his|her|their|our|political|popular|good|free|ill)\s)will|would|shall|'ll|to be (?:held|signed|hosted)|is to|are to|set to|scheduled|expected|plans? to|planned|going to|due (?:to|at|in|back|home)\b|upcoming|(?:could|(?<!\b(?:\d{1,2}(?:st|nd|rd|th)?|in|of|since|from|until|early|late|mid|last|next|this)\s)may|might) (?!have\b|not\b|be\b|\d)\w+|to (?:meet|hold|sign|start|begin|resume|convene|visit|travel|attend|take place|be))\b/i
const MODAL_BY_BEFORE = /\b(?:could|may|might|should|must)\s+(?:(?!(?:have|not)\b)\w+\s+){1,3}by\s+$/i
// "If Parliament has not approved a deal by the end of Saturday": a condition's deadline, told in the present, is ahead.
const CONDITION_BY_BEFORE = /\b(?:if|unless)\s+[^,;.!?]{0,80}?\b(?:has|have|is|are|does|do)\b[^,;.!?]{0,60}?\bby\s+(?:the\s+end\s+of\s+)?$/i
const PLACE_AT_END = /\s(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*$/u
// "in cities across the country", "outside the embassy": where, in words of any case.
const WHERE_AT_END = /\s(?:in|across|around|outside|throughout|near|at)\s+(?:(?!(?:on|by|from|until|and|or|how|what|why|whether|when|where|which|who|has|have|had|is|are|was|were)\b)[\p{L}'’-]+\s+){1,5}$/u
const PLANNED_THING = /\b(?:the|a|an|its|their|his|her)\s+planned\b/gi
const FUTURE_PASSIVE_BEFORE = /\b(?:will|would|shall|'ll|to)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?\w+\s+(?:on\s+)?$/i
const PAST_SPEECH_BEFORE = /\b(said|says|told|announced|confirmed|added|stated|tweeted|noted|warned|urged|reported|denied|declared|insisted|stressed|met|held|signed|arrived|landed|was|were)\s+(?:on\s+)?$/i
// "to" marks the future before a verb ("agreed to meet on Friday"), not before whom or what ("spoke to
// reporters on Monday", "sent to parliament on Friday"): a determiner, a pronoun or a plural follows those.
// Case matters, so the pattern spells out its capitals: a name after "to" is a place or an audience ("was
// heading to Istanbul on Thursday"). After "speaking", "talking" or "according", "to" names whom ("Speaking
// to CNN on Sunday"). What one failed, refused or tried to do was (not) done then ("ambassadors failed to agree on Friday").
// The verb may open words quoted ("urging MPs to “get Brexit done on Saturday”").
const INFINITIVE_TO = String.raw`(?<!\b(?:[Ss]peaking|[Tt]alking|spoke|talked|[Aa]ccording|interview|failed|refused|declined|managed|tried|attempted)\s)[Tt]o(?=\s+[“"]?(?!(?:the|a|an|his|her|its|their|this|that|these|those|him|them|us|me|it|parliament|congress|council|court|hospital|power|office|prison|jail|house arrest|death)\b|[a-z]+ing\s+point\b)[a-z]*(?:ss|[a-rt-z])\b)`
const INFINITIVE_NEAR = new RegExp(String.raw`\b${INFINITIVE_TO}`)
// The present progressive with a date is an arrangement: "is heading to Geneva on Thursday", "are meeting on Friday".
// A deadline ahead: "must respond by Sunday", "has until Sunday to respond". The present simple of a
// journey or a meeting is the schedule: "Blinken travels to Riyadh on Monday", "the council votes on Friday", "the two
// navies begin their largest-ever exercises on Tuesday".
const FUTURE_NEAR = new RegExp(String.raw`\b(?:(?:[Ii]s|[Aa]re|[Aa]m)\s+\w+ing|(?<!(?:\b\d{1,3}|\b(?:the|a|an|his|her|its|their|of|many|several))\s)(?:travels|arrives|visits|heads|flies|departs|hosts|holds|meets|convenes|votes|resumes|begins|starts|opens|ends|expires|runs out|lapses|(?:runs|lasts|continues|running|lasting|continuing) (?:until|till|through)|takes effect|comes into (?:force|effect)|goe?s? to the polls)|(?<!\b(?:did|do|does|not|n't|to|would|could|should|might|may|can|will|the|a|an|its|their|of)\s)(?:begin|start|open|resume|convene|meet|take effect|come into (?:force|effect))(?=\s)|[Mm]ust|(?:[Hh]as|[Hh]ave)\s+until|[Ww]ill|[Ww]ould|[Ss]hall|'ll|${INFINITIVE_TO}|[Gg]oing|[Dd]ue|[Ss]et(?!\s+(?:out|up|off|aside|about|apart|down|fire|in)\b)|[Ee]xpected|[Ss]cheduled|[Pp]lans?|[Pp]lanned)\b`)
const FIXTURE_WITH_OBJECT = /(?<!\b(?:did|do|does|not|n't|to|would|could|should|might|may|can|will|the|a|an|its|their|of)\s)\b(?:begins?|starts?|opens?|holds?|stages?|launch(?:es)?|votes\s+(?:for|on))\s+(?:their|its|the|a|an)\s+(?:(?!(?:was|were|had|did|\w+ed)\b)[\w’'-]+\s+){0,4}$/
// A record the count measures from ("the first ... in", "the worst ... in"): "in 20 years" is then a span gone by.
/** "In five weeks Syria's foreign minister visited Jeddah, ...": a span opening a sentence told in the past. */
function opensPastClause(match: RegExpExecArray): boolean {
  if (!/(?:^|[.!?]["”’]?\s+|\n)$/.test(match.input.slice(0, match.index))) return false
  const clause = match.input.slice(match.index + match[0].length).replace(/^\s*,/, '').split(/[,;.:!?]/)[0]
  return (PAST_IN_CLAUSE.test(clause) || PAST_NEAR.test(clause)) && !FUTURE_MARKER.test(clause)
}

// A verb of the past right before the day, not a participle of a plan or a passive ("to be signed on", "was due to be held on").
const DONE_RIGHT_BEFORE = /(?<!\b(?:be|been|being|to|will|would|shall|may|might|could|should|must|is|are|was|were|has|have|had|not|get|gets|got)\s+)\b(?:expired|ended|collapsed|lapsed|closed|opened|began|broke out|erupted|died|resigned|landed|arrived|departed|crashed|exploded)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i
// "the second Gulf Arab state in a month": an ordinal with "the" counts within a span, as a superlative does.
const RECORD_BEFORE = /\b(?:first|last|only|worst|best|highest|lowest|biggest|largest|deadliest|longest|heaviest|fiercest|most|least|the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b[^.;:!?]{0,90}$/i
const PLAN_WORD = /\b(?:scheduled|planned|due|set|expected)\b/i
// "had" opening the clause, with no report or later modal between it and the date.
export const PLUPERFECT_BEFORE = /\bhad\b(?:(?!\b(?:will|would|said|says|told|that|is|are)\b)[^,;.])*$/i
// Not an adjective after a preposition: "behind closed doors", "in occupied territory".
const PAST_NEAR = /(?<!\b(?:a|an|the|its|his|her|their|behind|under|with|of|for|in|into|from|by)\s)\b(?:\w{3,}ed|fell|met|held|said|told|took|made|went|came|gave|began|rose|saw|spoke|won|lost|left|sent|struck|broke|chose|drew|flew|fought|hit|led|sat|stood|shot|threw|wrote|ran|paid|sold|brought|kept|found|put(?=\s+to\s+death\b)|was|were|had)\b/i
const PAST_VERB = /\b(said|told|announced|confirmed|added|stated|tweeted|noted|warned|urged|reported|denied|declared|insisted|stressed)\b/gi

// The subject's few capitalised words (and up to two words more: "EU foreign ministers", "the Greek parliament"), then a verb of a
// fixture in the present tense.
const SCHEDULED_PRESENT_AFTER = /^[,\s]+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:and\s+)?){1,4}(?:\p{Ll}+\s+){0,2}(?:play|plays|meet|meets|vote|votes|host|hosts|face|faces|visit|visits|open|opens|convene|convenes|gather|gathers|travel|travels|resume|resumes)\b/u
const RELATIVE_CLAUSE_BEFORE = /\b(?:who|which)\s+([^,;:–—()]{1,80})$/i
const PAST_IN_CLAUSE = /\b(?:has|have|had|was|were|did|ago|earlier|last)\b|\b\w+ed\b/i
const PAST_IN_CLAUSE_ALL = new RegExp(PAST_IN_CLAUSE.source, 'gi')
const INFINITIVE = new RegExp(INFINITIVE_TO, 'g')
const DEADLINE_BEFORE = /\b(?:by|before|until)\s*$/i
const DECIDED = /\b(?:agreed|decided|voted|resolved|promised|pledged|undertook)\b/i

/** Where the last match of a global pattern starts, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  let at = -1
  for (const m of text.matchAll(pattern)) at = m.index
  return at
}

/** The tense of the clause a phrase sits in, judged from the words before it back to a speech verb. */
const SPAN_UNTIL_BEFORE = /\bfor (?:another |a further |an additional )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?),?\s+(?:until|till|through)\s+$/i
const HAPPENING_BEFORE = /\b(?:summit|meeting|talks|elections?|vote|poll|conference|council|session|visit|ceremony|referendum|hearing|trial|signing|debate)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i
// A verb's form of the past, regular or common irregular: "When they met again in New York on 20 September" looks back.
const PAST_FORM = /\b(?:\w{2,}ed|met|was|were|had|did|said|told|made|took|came|went|gave|held|spoke|won|lost|began|flew|left|sent|saw|found|led|sat|stood|brought|fought|struck|wrote)\b/i
// What may open a sentence before its day: nothing, "On", or a step on from the last ("Days later, on", "Then, on").
const OPENING_BEFORE_DAY = /^(?:(?:then|later|afterwards|(?:(?:a|one|two|three|several|a few)\s+)?(?:days?|weeks?|hours?)\s+later),?\s*)?(?:on|by|from)?$/i
const TIME_CLAUSE_OPENS = /(?:^|[.!?]\s+)(?:When|Once|By the time|As soon as)\s[^.!?,;:]*$/
const TIME_CLAUSE_AFTER_COMMA = /,\s+(?:before|when|once|until|after)\s[^.!?,;:“”"]*$/
const PRESENT_ARRANGEMENT = /\b(?:fly|flies|travel|travels|meet|meets|head|heads|go|goes|arrive|arrives|leave|leaves|return|returns|hold|holds|sign|signs|visit|visits|attend|attends|gather|gathers|convene|convenes)\b/
const DAY_WILL_BE = /^,?\s+(?:would|will|shall)\s+(?:not\s+)?be\b/i
const FUTURE_RIGHT_AFTER = /^,?\s+(?:will|shall|(?:is|are) (?:to|due to|set to|scheduled to|expected to))\s/i

/** Whether the text before a day ends in a relative clause told in the past ("who left for Israel with the guard"). */
function relativeOfThePast(before: string): boolean {
  const relative = RELATIVE_CLAUSE_BEFORE.exec(before)
  return !!relative && (PAST_IN_CLAUSE.test(relative[1]) || PAST_NEAR.test(relative[1])) && !FUTURE_MARKER.test(relative[1])
}

const COPULA_BEFORE = /\b(?:is|are)\s+(?:on\s+)?$/i
const SOONEST_BEFORE = /\b(?:as\s+(?:early|soon)\s+as|no\s+(?:earlier|sooner)\s+than)\s+(?:on\s+)?$/i
const AIM_BEFORE = /\b(?:priority|aim|goal|task|objective|ambition|intention)\s+(?:is|was|will be|would be)\s+to\s+\p{Ll}+\b[^.;:!?,]{0,60}$/u

export function tenseAt(text: string, offset: number, length: number): Tense {
  // "Sobyanin said Monday would be a non-working day", "says Monday, June 26, will be": the day is what will be, not the day of the saying.
  const before = text.slice(Math.max(0, offset - 120), offset)
  // Not the comma that closes a relative clause of the past: "the staff, who left with the guard on Monday night, would not be allowed".
  const after = text.slice(offset + length, offset + length + 20)
  if (DAY_WILL_BE.test(after) && !(after.startsWith(',') && relativeOfThePast(before))) return 'future'
  // "could be put to a vote as early as Saturday": the soonest a thing may happen lies ahead; not "as early as last week".
  if (SOONEST_BEFORE.test(before) && !/^\s*(?:last|past)\b/i.test(text.slice(offset, offset + length))) return 'future'
  // "The leaders' retreat, where the communiqué is usually agreed, is on Saturday": what is on a weekday lies ahead (what was, behind).
  if (COPULA_BEFORE.test(before) && WEEKDAY_ONLY.test(text.slice(offset, offset + length).replace(/^on\s+/i, '')) && !/^['’ʼ]s\b/u.test(text.slice(offset + length, offset + length + 3))) return 'future'
  // "said (on) " ends `before`, so it lies in its last three pieces: the pattern need not try every position.
  // "will be held on Friday" is the one such participle that looks ahead.
  // So may a place between them: "would be held in Havana in January".
  const verbEnd = before.replace(PLACE_AT_END, ' ')
  if (PAST_SPEECH_BEFORE.test(verbEnd.slice(lastWordsFrom(verbEnd, 3)))) return FUTURE_PASSIVE_BEFORE.test(verbEnd.slice(lastWordsFrom(verbEnd, 8))) ? 'future' : 'past'
  // "renewed the mandate for another six months, until January 31": a span from now ends ahead, whatever the verb of the renewal.
  if (SPAN_UNTIL_BEFORE.test(before.slice(-60))) return 'future'
  // The verb right before the phrase decides first: "prices fell on Friday", "will be signed on Friday".
  const near = before.slice(lastWordsFrom(before, 5))
  // "forced a Ryanair jet to land in Minsk on Sunday": what one was made to do was done then.
  if (MADE_TO_BEFORE.test(before.slice(lastWordsFrom(before, 12)))) return 'past'
  // "who had postponed his annual news conference to Friday": the day a thing was moved to is still ahead.
  if (MOVED_TO_BEFORE.test(before.slice(lastWordsFrom(before, 9)))) return 'future'
  // "The deadline for the fighters to leave expired on Monday": the verb the day follows is done, whatever infinitive precedes it.
  if (DONE_RIGHT_BEFORE.test(before.slice(lastWordsFrom(before, 4)))) return 'past'
  // "had originally been scheduled for early October", "had cancelled a gala planned for Friday": a plan of the past.
  if (FUTURE_NEAR.test(near)) return PLAN_WORD.test(near) && PLUPERFECT_BEFORE.test(before.slice(lastWordsFrom(before, 12))) ? 'past' : 'future'
  // "called supporters to rally in cities across the country on Saturday": a place between them leaves the verb as near.
  const unplaced = before.replace(WHERE_AT_END, ' ')
  if (unplaced.length < before.length && /^(?:on\s+)?\p{Lu}/u.test(text.slice(offset, offset + length)) && INFINITIVE_NEAR.test(unplaced.slice(lastWordsFrom(unplaced, 3)))) return 'future'
  // "The United States and the Philippines begin their largest-ever Balikatan exercises on Tuesday": so is the present of a
  // fixture and its object.
  if (FIXTURE_WITH_OBJECT.test(before.slice(lastWordsFrom(before, 9)))) return 'future'
  // "Gas could be gone by Sunday": what may be done by a day is still ahead of it; so is the deadline of a condition.
  if (MODAL_BY_BEFORE.test(before.slice(lastWordsFrom(before, 6))) || CONDITION_BY_BEFORE.test(before)) return 'future'
  // "called a rally for Friday": a weekday an arrangement is for lies ahead, unless planned in the past (above) ("for Friday's attack" does not).
  if (FOR_BEFORE.test(before) && WEEKDAY_ONLY.test(text.slice(offset, offset + length)) && !/^['’ʼ]s\b/u.test(text.slice(offset + length, offset + length + 3))) return 'future'
  // "has invited leaders to a summit in the Russian capital on Saturday", "The next public moment comes on Wednesday", "The
  // immediate test is Friday's conference": a weekday an invitation is to, or the next thing comes on, lies ahead.
  if (WEEKDAY_ONLY.test(text.slice(offset, offset + length).replace(/^on\s+/i, '')) && (INVITED_TO_BEFORE.test(before) || NEXT_COMES_BEFORE.test(before))) return 'future'
  if (PAST_NEAR.test(near)) return 'past'
  // "Santos: ceasefire from Monday", "the ban applies from Monday": a weekday a state starts from, told without a verb of
  // the past, is the coming one.
  if (STARTS_FROM_BEFORE.test(before) && WEEKDAY_ONLY.test(text.slice(offset, offset + length)) && !PAST_IN_CLAUSE.test(before.slice(lastWordsFrom(before, 8)))) return 'future'
  // "the ambassador – who was out of the country on Saturday – would not be allowed to return": a relative clause's own
  // verb of the past dates its day, whatever the sentence around it looks ahead to.
  if (relativeOfThePast(before)) return 'past'
  // "his first priority was to make the Bali ministerial conference in December a success": an aim looks ahead of its telling.
  if (AIM_BEFORE.test(before)) return 'future'
  let cut = 0
  for (const m of before.matchAll(PAST_VERB)) cut = (m.index ?? 0) + m[0].length
  const clause = before.slice(cut)
  // A semicolon closes the clause a plan speaks for: "Yang was due in Seoul this week; on Thursday the ministry said ...".
  const ownClause = clause.slice(clause.lastIndexOf(';') + 1)
  // "had announced the planned name of the office on July 20": after a verb of the past, "the planned" names a thing.
  if (FUTURE_MARKER.test(cut ? ownClause.replace(PLANNED_THING, '') : ownClause)) return 'future'
  // "The Eastern Partnership summit on Wednesday, 15 December, will be the first": the happening the day dates is the
  // subject, its verb follows. Not a day after a clause ("launched by Modi ... on November 30, is expected to hold").
  if (cut === 0 && HAPPENING_BEFORE.test(before) && FUTURE_RIGHT_AFTER.test(text.slice(offset + length, offset + length + 40))) return 'future'
  // "When EU leaders gather in Brussels on Thursday, 16 December, ...": a clause of time with no verb of the past looks ahead.
  const timeClause = cut === 0 ? TIME_CLAUSE_OPENS.exec(before) : null
  if (timeClause && !PAST_FORM.test(timeClause[0])) return 'future'
  // "..., before the two men fly to Jeju island for a summit on Saturday": so does one after a comma whose verb is a present.
  const laterClause = cut === 0 ? TIME_CLAUSE_AFTER_COMMA.exec(before) : null
  if (laterClause && !PAST_FORM.test(laterClause[0]) && PRESENT_ARRANGEMENT.test(laterClause[0])) return 'future'
  if (cut === 0 && !/[,;:]$/.test(before.trim())) {
    // A sentence-opening phrase ("On Friday, the two will meet") takes the tense of what follows.
    // Up to the sentence's end and its first verb of the past: "On Wednesday, Trump met Trong, who will fly home" was Wednesday.
    const after = text.slice(offset + length, offset + length + 60).split(/[.!?;]\s/)[0].split(/\b(?:said|told|announced|reported|was|were|had|did|that)\b/)[0]
    if (OPENING_BEFORE_DAY.test(before.trim())) {
      const future = FUTURE_MARKER.exec(after)
      if (future && !PAST_NEAR.test(after.slice(0, future.index))) return 'future'
      // "On Wednesday, October 14, Turkey and Armenia play their return qualifier": a fixture in the present is ahead.
      if (SCHEDULED_PRESENT_AFTER.test(after)) return 'future'
      // "Days later, on December 10, Chinese authorities detained Kovrig": a verb of the past, the day it was done.
      if (!future && PAST_FORM.test(text.slice(offset + length, offset + length + 80).split(/[.!?;]\s/)[0])) return 'past'
    }
  }
  if (!PAST_IN_CLAUSE.test(clause)) return 'neutral'
  // "agreed to clarify past issues by December 15": a deadline of the purpose looks ahead of the agreement
  // ("failed to make a breakthrough on Friday" does not).
  if (DEADLINE_BEFORE.test(before) && lastMatch(INFINITIVE, clause) > lastMatch(PAST_IN_CLAUSE_ALL, clause)) return 'future'
  // "Congress agreed on 21 October to put the new constitution to a referendum on 25 January 2009": the day of what was
  // decided on, when nothing done is told after it.
  if (DECIDED.test(clause) && lastMatch(INFINITIVE, clause) > lastMatch(PAST_IN_CLAUSE_ALL, clause)) return 'future'
  return 'past'
}

/**
 * Where the last `count` pieces of `text.split(/\s+/)` begin: the tail the near-verb tests read, without
 * splitting the whole text (they look for words only, so the white space between them may stay as it is).
 */
export function lastWordsFrom(text: string, count: number): number {
  let i = text.length
  for (let piece = 1; ; piece++) {
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--
    if (piece === count || i === 0) return i
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  }
}

interface Found extends DateMention {
  rank: number
}

/** Every date phrase of `text` with its window, longest phrase first where they overlap. */
export function findDates(text: string, context: DateContext): DateMention[] {
  return datesIn(scanDates(text), text, 0, context)
}

/** A phrase a parser matched, not yet resolved: resolving needs the sentence's context. */
export interface DateCandidate {
  rank: number
  match: RegExpExecArray
}

/**
 * Every parser's matches in a whole text, as if each ran its global pattern over it (`datesIn` then
 * resolves the candidates of each sentence). Every pattern begins at a word start with one of its
 * parser's `starts`, so one pass over the word starts tries each parser's sticky pattern only there,
 * instead of twenty patterns each trying every position of the text.
 */
export function scanDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = []
  const subject = caseless(text)
  if (!ANY_HINT.test(subject)) return out
  const hinted: (boolean | undefined)[] = []
  const hints = new Map<RegExp, boolean>()
  // Where each parser's last match ended: as with a global pattern, its next match starts there or later.
  const after = new Array<number>(PARSERS.length).fill(0)
  let inWord = false
  for (let at = 0; at < text.length; at++) {
    const first = text.charCodeAt(at)
    // Patterns begin at a word start as `\b` sees it: an ASCII word character after none.
    const starts = !inWord
    inWord = isWordCode(first)
    if (!inWord || !starts) continue
    const rules = PARSERS_AT[startKey(first, text.charCodeAt(at + 1))]
    if (!rules) continue
    const third = lowerCode(text.charCodeAt(at + 2))
    for (let r = 0; r < rules.length; r++) {
      const { rank, thirds } = rules[r]
      if (at < after[rank] || (thirds && !(third < 128 && thirds[third]))) continue
      let on = hinted[rank]
      if (on === undefined) {
        const hint = PARSERS[rank].hint
        on = hints.get(hint)
        if (on === undefined) hints.set(hint, (on = hint.test(subject)))
        hinted[rank] = on
      }
      if (!on) continue
      const sticky = STICKY[rank]
      sticky.lastIndex = at
      const match = sticky.exec(text)
      if (!match) continue
      out.push({ rank, match })
      after[rank] = at + match[0].length
    }
  }
  return out
}

/** The hint of every parser (in rank order), then the one any date needs, as `scanDates` applies them, for their tests. */
export function dateHints(): ((text: string) => boolean)[] {
  return [...PARSERS.map((p) => p.hint), ANY_HINT].map((hint) => (text: string) => hint.test(caseless(text)))
}

/** Each parser's pattern (a fresh copy, global), in rank order: what `scanDates` must find, for its tests. */
export function datePatterns(): RegExp[] {
  return PARSERS.map((p) => new RegExp(p.pattern.source, p.pattern.flags))
}

/** \w without the unicode flag: ASCII letters, digits and the underscore, as `\b` in the patterns sees them. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
}

/** Index into PARSERS_AT: the first two characters of a word in lower case (one when the word has one), any digit as `DIGIT`. */
function startKey(first: number, second: number): number {
  if (first >= 48 && first <= 57) return DIGIT_CODE << 7
  return (lowerCode(first) << 7) | (isWordCode(second) ? lowerCode(second) : 0)
}

function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code | 0x20 : code
}

function keyOfStart(start: string): number {
  return startKey(start.charCodeAt(0), start.length > 1 ? start.charCodeAt(1) : 0)
}

const STICKY = PARSERS.map((p) => new RegExp(p.pattern.source, p.pattern.flags.replace('g', '') + 'y'))
/**
 * A parser that may match at a word beginning with some two characters, and the third characters its
 * starts allow there ("the" and "thursday", not "they" or "this"); null when a start of one or two
 * characters ("in", "a") allows any.
 */
interface StartRule {
  rank: number
  /** By the third character's code (ASCII): 1 where a start allows it. */
  thirds: Uint8Array | null
}

/** The parsers, in rank order, that may match at a word beginning with each start key. */
const PARSERS_AT: (StartRule[] | undefined)[] = (() => {
  const table: (StartRule[] | undefined)[] = new Array(128 * 128)
  PARSERS.forEach((parser, rank) => {
    for (const start of parser.starts) {
      const rules = (table[keyOfStart(start)] ??= [])
      let rule = rules.find((r) => r.rank === rank)
      if (!rule) rules.push((rule = { rank, thirds: new Uint8Array(128) }))
      if (start.length <= 2) rule.thirds = null
      else if (rule.thirds) rule.thirds[start.charCodeAt(2)] = 1
    }
  })
  return table
})()

/**
 * The dates of one sentence: `sentence` starts at `from` in the scanned text; offsets in the result are
 * the sentence's own. Candidates must be sorted by offset (as `scanDates` returns them).
 */
export function datesIn(candidates: readonly DateCandidate[], sentence: string, from: number, context: DateContext): DateMention[] {
  const found: Found[] = []
  const to = from + sentence.length
  let lo = 0
  let hi = candidates.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (candidates[mid].match.index < from) lo = mid + 1
    else hi = mid
  }
  // "extended on June 30 and again a week later": a day the sentence named before is what "later" counts from.
  let sentenceContext = context
  for (let i = lo; i < candidates.length && candidates[i].match.index < to; i++) {
    const { rank, match } = candidates[i]
    if (match.index + match[0].length > to) continue
    const parser = PARSERS[rank]
    const offset = match.index - from
    const tense = tenseAt(sentence, offset, match[0].length)
    const window = parser.resolve({ match, tense, context: sentenceContext })
    if (!window) continue
    if (window.precision === 'day') sentenceContext = { ...context, anchor: window.start, anchorInSentence: true }
    found.push({
      ...window,
      phrase: match[0],
      offset,
      length: match[0].length,
      relation: parser.relation,
      // "circulated to members last week": a window that ended before the reference day is past, whatever the verbs suggest.
      future: toDay(window.start) > toDay(context.reference) || (tense === 'future' && toDay(window.end) >= toDay(context.reference)),
      rank,
    })
  }
  if (!found.length) return []
  // A Found is a DateMention with its parser's rank; the extra field does no harm downstream.
  return thatYear(sentence, found.length > 1 ? aheadOfWordsDay(sentence, removeOverlaps(found), context) : found, context)
}

// A weekday alone, as the weekday parser reads it without "next", "this" or "last".
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?$`, 'i')

/**
 * Refiner: "Lavrov said on Thursday that he would meet Blinken on Friday", "informed the authorities on Friday that from
 * Saturday it would no longer carry goods": a weekday ahead in words of a day before is the first such weekday after that
 * day, not after the report's.
 */
function aheadOfWordsDay(sentence: string, found: Found[], context: DateContext): Found[] {
  return found.map((f, i) => {
    if (!f.future || f.precision !== 'day' || !BARE_WEEKDAY.test(f.phrase)) return f
    const said = found.findLast((o, k) => k < i && o.precision === 'day' && !o.future)
    if (!said || !/\bthat\b/i.test(sentence.slice(said.offset + said.length, f.offset))) return f
    const day = addDays(said.start, ((weekday(f.start) - weekday(said.start) + 6) % 7) + 1)
    return day < f.start ? { ...f, start: day, end: day, future: toDay(day) > toDay(context.reference) } : f
  })
}

const MONTHS_WITH_YEAR = new RegExp(`\\b${MONTH}\\.?(?:\\s+(?:and|to|through|until)\\s+|\\s*[-–]\\s*)?(?:${MONTH}\\.?)?,?\\s+(\\d{4})\\b`, 'gi')

/**
 * The last month or span of months a sentence names with its year and no day, "in April 1994", "between April and July
 * 1994", when that year is not the reference's: a day the next sentence names in those months without a year is of it.
 */
export function monthsWithYear(sentence: string, reference: IsoDate): MonthsOfYear | null {
  if (!/\d{4}/.test(sentence)) return null
  let last: MonthsOfYear | null = null
  for (const match of sentence.matchAll(MONTHS_WITH_YEAR)) {
    const year = Number(match[3])
    const from = month(match[1])
    const to = match[2] ? month(match[2]) : from
    if (year !== yearOf(reference) && to >= from) last = { year, from, to }
  }
  return last
}

/** Refiner: "in November of that year" takes the year the sentence (or the event in context) named before. */
function thatYear(sentence: string, found: Found[], context: DateContext): Found[] {
  if (!found.some((f) => f.precision === 'month')) return found
  return found.map((f, i) => {
    if (f.precision !== 'month' || !/^\s+(?:of\s+)?that\s+year\b/i.test(sentence.slice(f.offset + f.length))) return f
    const before = found.slice(0, i).reverse().find((o) => o.precision === 'year')
    const year = before ? yearOf(before.start) : context.anchor ? yearOf(context.anchor) : null
    if (year === null) return f
    const m = monthOf(f.start)
    return { ...f, ...monthWindow(year, m), future: false }
  })
}

/** Refiner: of overlapping phrases keep the longest, then the earlier parser. */
function removeOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => b.length - a.length || a.rank - b.rank)
  const kept: Found[] = []
  for (const f of sorted) {
    if (kept.some((k) => f.offset < k.offset + k.length && k.offset < f.offset + f.length)) continue
    kept.push(f)
  }
  return kept.sort((a, b) => a.offset - b.offset)
}

const ABSOLUTE_FULL = new Set(['iso', 'numeric', 'month-day', 'day-month'])

/**
 * Dates the text states outright ("Friday 22 July 2022", "JANUARY 21, 2022", "2021-12-27"). Without a
 * reference only dates with a year count; with one, "Jan 21" takes the year closest to it.
 */
export function findAbsoluteDates(text: string, reference?: IsoDate): { date: IsoDate; offset: number; phrase: string }[] {
  const out: { date: IsoDate; offset: number; phrase: string }[] = []
  const context: DateContext = { reference: reference ?? '2000-01-01' }
  PARSERS.forEach((parser) => {
    if (!ABSOLUTE_FULL.has(parser.name)) return
    parser.pattern.lastIndex = 0
    for (let match = parser.pattern.exec(text); match; match = parser.pattern.exec(text)) {
      const hasYear = parser.name === 'iso' || parser.name === 'numeric' || match[4] !== undefined
      if (!hasYear && !reference) continue
      const window = parser.resolve({ match, tense: 'neutral', context })
      if (window) out.push({ date: window.start, offset: match.index, phrase: match[0] })
    }
  })
  const sorted = out.sort((a, b) => a.offset - b.offset || b.phrase.length - a.phrase.length)
  return sorted.filter((d, i) => i === 0 || d.offset >= sorted[i - 1].offset + sorted[i - 1].phrase.length)
}

const HOLIDAY_HINT = /holiday|working day/i

/** The last day of holidays an article names: "will last ... through January 9", "first working day ... January 10". */
export function findHolidaysEnd(text: string, reference: IsoDate): IsoDate | null {
  // Both patterns need one of these words; most articles have neither.
  if (!HOLIDAY_HINT.test(caseless(text))) return null
  const through = /holidays?\b[^.\n]{0,60}?\b(?:through|till|until|to|ending on|end on)\s+((?:[a-z]+\.?\s+\d{1,2})|(?:\d{1,2}\s+[a-z]+))/i.exec(text)
  if (through) {
    const d = findDates(through[1], { reference }).find((m) => m.precision === 'day')
    if (d) return d.start
  }
  const working = /first (?:official )?working day[^.\n]{0,60}?\b(?:on|is|starts on|will be)\s+([a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[a-z]+)/i.exec(text)
  if (working) {
    const d = findDates(working[1], { reference }).find((m) => m.precision === 'day')
    if (d) return addDays(d.start, -1)
  }
  return null
}
