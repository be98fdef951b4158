// Publication dates: what the file states ('dateline'), else what the article's own words print near the
// top ('text'), else what its story says ('story'), else the file's time ('file').
import * as chrono from 'chrono-node'
import type { IsoDate, PublishedFrom } from '../../shared/model'
import { findDates, PLUPERFECT_BEFORE, tenseAt } from '../dates'
import { addDays, makeDate, mondayOf, NOT_A_DAY_BEFORE, toDay, weekday as weekdayOf, weekdayOnOrBefore, WEEKDAYS } from '../dates/calendar'
import { EITHER_WAY, findDate, parseDateLine, readDateline, SAVED_LABEL } from '../load/dateline'
import { memo, pairMemo } from '../memo'
import { AHEAD_HEADING, CLOCK_STAMP, LEAD_CHARACTERS, LIST_ENTRY, quotedAt } from '../text'
import type { ArticleDocument } from '../types'
import { anchoredSpan, type DatedSentence, datedSentences, daysOf, otherRank, quotedSince, sentenceAround, type WeekdayMention } from './anchors'
import { contentTokens, LAST_YEAR_AFTER, mentionedMonthDays } from './features'
import type { StoryGroup } from './index'

export interface PublicationDate {
  published: IsoDate | null
  publishedFrom: PublishedFrom
}

/** A date read from the article's own words. */
export interface TextDate {
  date: IsoDate
  /**
   * How it was found: a date printed on its own line, a wire dateline, a date in the page address, or a day counted
   * from a date ("a week ago today, on 29 January").
   */
  how: 'printed' | 'dateline' | 'url' | 'counted'
  /** False when the text gave no year and it was guessed; the story may correct it. */
  yearStated: boolean
  /** A dateline without its year whose year the lead's weekday fixes: a stand-in for a stated one in a story with none. */
  weekdayPinned?: boolean
  /** A day counted from a day without its year (`date` counted in a placeholder year): its year is the first day's. */
  counted?: { from: IsoDate; days: number }
}

/** A day counted from a day of the month without its year ("almost four weeks since the retreat of February 3"). */
function countedFrom(monthDay: string, days: number): TextDate {
  const from = `2000-${monthDay}`
  return { date: addDays(from, days), how: 'counted', yearStated: false, counted: { from, days } }
}

/**
 * A yearless text date in the year `place` gives it; a counted one counts from its first day so placed, not from a
 * placeholder year's ("almost four weeks since February 3" is 1 March in 2021, not 29 February of a leap year).
 */
function placedDate(own: TextDate, place: (day: IsoDate) => IsoDate): IsoDate {
  return own.counted ? addDays(place(own.counted.from), own.counted.days) : place(own.date)
}

// A weekday's name, for the patterns below (any case: they are case-blind).
const WEEKDAY_NAME = [...WEEKDAYS.keys()].join('|')
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
const URL_DATE = /(?:\/|\b)(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:\/|\b)|\/(20\d\d)\/(\d{2})(\d{2})\//
const FULL_DATE = new RegExp(
  String.raw`\b(?:(\d{1,2})\s+(${MONTH})\.?,?\s+(\d{4})|(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b`,
  'gi',
)
const LINE_PARTS = /\s*[|·•]\s*/
const BYLINE_OR_READING_PART = /^\s*(?:By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|agencies|staff))*|(?:Reading|Read) time:?\s+\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s?\s+read)\s*$/u
// Words that may stand beside a printed date on its line without making it a sentence.
const DATE_LINE_WORDS = /^(?:updated|published|posted|last|on|at|by|gmt|utc|am|pm|ist|est|edt|cet|read|min|ago|hrs?|hours?|mins?|minutes?|\d+)$/i

/** How far into the article a printed date or dateline counts as the page's own date. */
const TOP_CHARACTERS = 800

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()]
}

const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{4}/

const PUBLISHED_AGO = /\b(?:published|posted)\s+(?:about\s+|over\s+|more than\s+)?(?:\d+|an?|one)\s+(?:years?|months?|weeks?|days?|hours?|hrs?|mins?|minutes?)\s+ago\b/i

/** A date printed on a line of its own near the top: "Friday 22 July 2022 - 23:49", "JANUARY 21, 2022". */
export function printedDate(text: string): IsoDate | null {
  for (const line of text.slice(0, TOP_CHARACTERS).split('\n')) {
    // Only a line with a year can print the page's full date; chrono is the costly part.
    // "Published 3 years ago · Updated: 2021-09-02": a page that gives its publication as an age prints only its last change.
    if (line.length > 80 || !/\b(?:19|20)\d\d\b/.test(line) || SAVED_LABEL.test(line) || PUBLISHED_AGO.test(line)) continue
    for (const r of chrono.parse(line)) {
      // chrono counts "3 hrs ago" from now, which it calls certain: the page prints its date with its year.
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || !/\d{4}/.test(r.text)) continue
      // A byline or a reading time set beside it as parts of their own ("Monday, 22 May 2023 | By Katrin Vollmer and agencies |
      // Reading time: 4 min") leave it a date line.
      const beside = (line.slice(0, r.index) + ' | ' + line.slice(r.index + r.text.length)).split(LINE_PARTS).filter((part) => !BYLINE_OR_READING_PART.test(part))
      const rest = beside.join(' ').match(/[\p{L}\d]+/gu) ?? []
      const words = rest.filter((w) => !DATE_LINE_WORDS.test(w) && !WEEKDAYS.has(w.toLowerCase()))
      // An outlet's name may sit beside the date ("The Guardian", "Xinhua) 08:06, ..."), a sentence may not.
      if (words.length > 3) continue
      // chrono reads month first; the loader's rule reads dots day-first ("09.08.2025, 10:25" is 9 August).
      if (DOTTED_DATE.test(r.text)) return findDate(r.text)?.date ?? null
      // "09/07/2018": either could be the month; the loader's date-line reading decides (day first, save beside a US time zone).
      if (EITHER_WAY.test(r.text)) return parseDateLine(line)?.date ?? null
      return makeDate(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!)
    }
  }
  return null
}

/** Full dates ("December 17, 2021", "3 November 2021") mentioned anywhere in the text. */
/** The day a match of FULL_DATE (or a pattern built on it) gives: "3 July 2013" or "July 3, 2013". */
function fullDateOf(m: RegExpExecArray | RegExpMatchArray): IsoDate | null {
  return m[1] ? makeDate(Number(m[3]), monthNumber(m[2]), Number(m[1])) : makeDate(Number(m[6]), monthNumber(m[4]), Number(m[5]))
}

export function mentionedFullDates(text: string): IsoDate[] {
  const out: IsoDate[] = []
  for (const m of text.matchAll(FULL_DATE)) {
    const date = fullDateOf(m)
    if (date) out.push(date)
  }
  return out
}

/**
 * A wire dateline near the top. Without a year, the year that puts it nearest the latest full date the
 * text mentions (an article reports its recent past and near future), else the file's date.
 */
export function datelineDate(text: string, fileDate: IsoDate | null): TextDate | null {
  for (const line of linesForDateline(text)) {
    const found = readDateline(line)
    if (!found) continue
    if (found.year !== null) {
      const date = makeDate(found.year, found.month, found.day)
      if (date) return { date, how: 'dateline', yearStated: true }
      continue
    }
    const pinned = weekdayPinnedYear(line, found.month, found.day, text)
    if (pinned) return { date: pinned, how: 'dateline', yearStated: false, weekdayPinned: true }
    // With no year anywhere, the month and day still place the report among its story's (as countedFromToday's do).
    const date = makeDate(2000, found.month, found.day)
    if (date) return { date: yearOfText(date, text, fileDate), how: 'dateline', yearStated: false }
  }
  return null
}

/**
 * "SARAJEVO, July 23 (Drina Press Service) – The outgoing High Representative ... on Friday used his special powers": a
 * wire's day is the one its lead names by weekday, which fixes the year among the three around the latest full date the
 * text names (2021, not 2022, the year of a deadline it mentions). Null when none, or more than one, has the day on that
 * weekday, or the text names no full date.
 */
function weekdayPinnedYear(line: string, month: number, day: number, text: string): IsoDate | null {
  const lead = weekdayMentions(line.slice(0, LEAD_CHARACTERS)).find((m) => !m.ahead)
  const full = mentionedFullDates(text).sort().at(-1)
  if (!lead || !full) return null
  const latest = Number(full.slice(0, 4))
  const days = [latest - 1, latest, latest + 1].map((year) => makeDate(year, month, day)).filter((d): d is IsoDate => d !== null && weekdayOf(d) === lead.weekday)
  return days.length === 1 ? days[0] : null
}

/**
 * A day without its year (held in the year 2000) in the year that puts it nearest the latest full date the text mentions (an
 * article reports its recent past and near future), else the file's date; as it is when there is neither.
 */
function yearOfText(day: IsoDate, text: string, fileDate: IsoDate | null): IsoDate {
  const latest = mentionedFullDates(text).sort().at(-1) ?? fileDate
  return latest ? nearestYear(day, latest) : day
}

/** The top lines, then (only if none holds a dateline) a live page's entry openings. */
function* linesForDateline(text: string): Generator<string> {
  yield* text.slice(0, TOP_CHARACTERS).split('\n')
  // Only a page with a time stamp opening a line ("18:05", "18:05 -") can be one.
  if (/^\s*\**\d{1,2}[:.]\d{2}\b/m.test(text)) yield* liveEntryOpenings(text)
}

/**
 * The opening lines of each entry of a live page (three time stamps or more: "18:05 - Ramaphosa arrives", or the stamp on a
 * line of its own), where the entry that broke the news may carry the wire's dateline ("JOHANNESBURG/WASHINGTON, May 21 -
 * ...") far down the page: the stamp line's rest, and its next two lines with words (a title, then the entry's first).
 */
function liveEntryOpenings(text: string): string[] {
  const lines = text.split('\n')
  const openings: string[] = []
  let stamps = 0
  lines.forEach((line, k) => {
    if (!ENTRY_STAMP.test(line)) return
    stamps++
    openings.push(line.replace(ENTRY_STAMP, ''), ...lines.slice(k + 1, k + 6).filter((l) => l.trim()).slice(0, 2))
  })
  return stamps >= 3 ? openings : []
}
const ENTRY_STAMP = new RegExp(String.raw`^\s*${CLOCK_STAMP}(?:\s*[-–—|:]\s*|\s*$)`)

export function urlDate(url: string | null): IsoDate | null {
  if (!url) return null
  const m = URL_DATE.exec(url)
  if (!m) return null
  return m[1] ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : makeDate(Number(m[4]), Number(m[5]), Number(m[6]))
}

/** The publication date the article's own words give, before anything is known of its story. */
export function dateFromText(doc: Pick<ArticleDocument, 'text' | 'url' | 'fileDate'> & { title?: string | null; lines?: ArticleDocument['lines'] }): TextDate | null {
  const printed = printedDate(doc.text) ?? officialTitleDate(doc.title)
  if (printed) return { date: printed, how: 'printed', yearStated: true }
  const dateline = datelineDate(doc.text, doc.fileDate)
  if (dateline?.yearStated) return dateline
  const fromUrl = urlDate(doc.url) ?? leadImageDate(doc.lines ?? [])
  if (fromUrl) return { date: fromUrl, how: 'url', yearStated: true }
  return dateline ?? countedFromToday(doc.text)
}

/**
 * The day in the address of the page's first image, when it gives one in full ("uploads/images/2024/05/13/..."): a newsroom
 * files the lead photo under the day it runs. A month alone ("/2024/07/") is too coarse.
 */
function leadImageDate(lines: ArticleDocument['lines']): IsoDate | null {
  const image = lines.find((l) => l.rule === 'image')
  const address = image && /\]\(([^)\s]+)/.exec(image.text)?.[1]
  const m = address ? /\/(20\d\d)\/(\d{2})\/(\d{2})\//.exec(address) : null
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

const OFFICIAL_PAPER = /\b(?:press conference|briefing|remarks|statement|readout|transcript|press release|communiqu[eé])\b/i
const DATE_AT_END = new RegExp(String.raw`${FULL_DATE.source}\W*$`, 'i')

/** The day a government's paper gives in its heading: "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 18, 2024". */
function officialTitleDate(title: string | null | undefined): IsoDate | null {
  if (!title || !OFFICIAL_PAPER.test(title)) return null
  const m = DATE_AT_END.exec(title)
  return m && fullDateOf(m)
}

// A weekday followed by a date names that date, not a day of this week: a month and its day, not a word that begins like a
// month ("Montenegro on Saturday declared", "on Friday marked").
// Not a habit ("one email, every Friday").
const WEEKDAY_MENTION = new RegExp(String.raw`(?<!\bevery\s)${NOT_A_DAY_BEFORE}\b(${WEEKDAY_NAME})\b(?!,?\s+(?:\d|the\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d))`, 'gi')

/** The weekday the article most often says things happened on ("said on Monday"), or null. */
export function mentionedWeekday(text: string): number | null {
  const counts = new Array<number>(7).fill(0)
  const first = new Array<number>(7).fill(Infinity)
  for (const m of text.matchAll(WEEKDAY_MENTION)) {
    const preceding = text.slice(Math.max(0, m.index - 6), m.index).toLowerCase()
    if (/next\s+$/.test(preceding)) continue
    const d = weekdayNamed(m[1])
    counts[d]++
    first[d] = Math.min(first[d], m.index)
  }
  let best: number | null = null
  for (let d = 0; d < 7; d++) {
    if (!counts[d]) continue
    if (best === null || counts[d] > counts[best] || (counts[d] === counts[best] && first[d] < first[best])) best = d
  }
  return best
}

/** A weekday's number (0 for Sunday) from its name in any case. */
function weekdayNamed(name: string): number {
  return WEEKDAYS.get(name.toLowerCase())!
}



/** The date a story centres on: the lower median of its articles' known dates. */
export function storyCentre(dates: readonly IsoDate[]): IsoDate | null {
  if (!dates.length) return null
  const sorted = [...dates].sort()
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/** A year-less date in the centre's year and the years either side, nearest the centre first. */
function yearsAround(date: IsoDate, centre: IsoDate): IsoDate[] {
  const year = Number(centre.slice(0, 4))
  return [year - 1, year, year + 1]
    .map((y) => makeDate(y, Number(date.slice(5, 7)), Number(date.slice(8, 10))))
    .filter((d): d is IsoDate => d !== null)
    .sort((a, b) => Math.abs(Date.parse(a) - Date.parse(centre)) - Math.abs(Date.parse(b) - Date.parse(centre)))
}

/**
 * A year-less date in the year that puts it nearest the span of the story's dated reports (a day within it is nearest), the
 * later year on a tie: a report that gives only its month and day ("GYEONGJU, South Korea, Oct. 31") is more often a
 * follow-up months on than a forerunner.
 */
function nearestYearToSpan(date: IsoDate, first: IsoDate, last: IsoDate): IsoDate {
  const away = (d: IsoDate): number => (d < first ? toDay(first) - toDay(d) : d > last ? toDay(d) - toDay(last) : 0)
  return yearsAround(date, first)
    .concat(yearsAround(date, last))
    .sort((a, b) => away(a) - away(b) || b.localeCompare(a))[0] ?? date
}

/** Moves a year-less date to the year that puts it nearest the story's centre. */
export function nearestYear(date: IsoDate, centre: IsoDate): IsoDate {
  return yearsAround(date, centre)[0] ?? date
}

/**
 * Story-level guess for an undated article, else the story's centre. Each weekday it names as past
 * ("said Wednesday", "Thursday's talks ended early") falls on its date nearest the centre, within three
 * days either side; the article appeared on the latest of them. A report of the next day names that day
 * ("said Wednesday" the day after Tuesday's summit), which the last such weekday before the centre would put a week early.
 */
export function dateFromStory(text: string, centre: IsoDate, first: IsoDate = centre): IsoDate {
  const counted = dayOfCount(text, centre) ?? countedFromOpening(text, centre, first)
  if (counted) return counted
  return inWeekAfterNamed(text, withinPinnedWeek(text, weekdaysGuess(text, centre), centre), centre)
}

/**
 * A day the text names with its weekday ("Russia said on Saturday, October 29") and again by the weekday alone ("Early on
 * Saturday, the defence ministry said"): the weekday alone is that day, so a report the weekdays put in a later week
 * appeared in the week after it, on the latest weekday it names as past ("live coverage on Monday": 31 October).
 */
function withinPinnedWeek(text: string, guess: IsoDate, centre: IsoDate): IsoDate {
  const pin = pinnedDays(text, centre).filter((p) => !p.ahead && !p.entry).sort((a, b) => a.date.localeCompare(b.date)).at(-1)
  if (!pin || toDay(guess) - toDay(pin.date) <= 6) return guess
  // Not when the weekday came alone before ("pulled out on Sunday evening ... The trip began on Sunday, Sept. 10"), nor after
  // "last" ("expire at the end of last Friday, 15 September ... Friday, Świdnik."): a day named in full to tell it from the
  // nearer one.
  const alone = weekdayMentions(text).filter((m) => m.weekday === weekdayOf(pin.date))
  const before = alone[0] !== undefined && alone[0].offset < pin.at
  if (alone.every((m) => m.ahead) || (before && !sameHappening(text, alone[0].offset, pin.at)) || /\blast\s+$/i.test(text.slice(Math.max(0, pin.at - 5), pin.at))) return guess
  // Unless the two tell one happening ("broke his silence on Sunday evening ... in a televised address" and "The speech, broadcast
  // on national television on Sunday, December 1"): the news the report leads with, of the day before it.
  if (before) return addDays(pin.date, 1)
  return [...namedWeekdays(text).past].map((w) => weekdayOnOrBefore(addDays(pin.date, 6), w)).sort().at(-1)!
}

/** Content words two sentences of a text must share, besides weekdays, to tell one happening. */
const SAME_HAPPENING_SHARED = 3

/** Whether the sentences at two offsets of a text share enough words to tell one happening. */
function sameHappening(text: string, a: number, b: number): boolean {
  const words = new Set(contentTokens(sentenceAround(text, a)).filter((w) => !WEEKDAYS.has(w.toLowerCase())))
  return sharedCount(new Set(contentTokens(sentenceAround(text, b))), words) >= SAME_HAPPENING_SHARED
}

/** How many of `words` the set `among` holds. */
function sharedCount(words: Iterable<string>, among: ReadonlySet<string>): number {
  let shared = 0
  for (const w of words) if (among.has(w)) shared++
  return shared
}

function weekdaysGuess(text: string, centre: IsoDate): IsoDate {
  const guess = laterToday(text, afterLastWeekdays(text, weekdayGuess(text, centre), centre))
  // A report appears after the days it tells as done ("The revised agreement, unveiled Nov. 12 in Havana", "the address,
  // delivered ... on December 3"), and after the story's happening counted back from its days ("who represented Egypt at the
  // summit two weeks earlier"): one the weekdays put before such a day is of the first weekday it names as past from there.
  const done = [...ownDays(text, centre), ...countedBack(text).map((days) => addDays(centre, days))].sort().at(-1)
  if (!done) return guess
  const { past, ahead } = namedWeekdays(text)
  // News names the last few days by weekday: a report of "this morning" that names none as past and a day just before its
  // guess in full ("a statement, dated 27 January, confirming the attack") names its own day.
  if (!past.size && done < guess && toDay(guess) - toDay(done) <= TODAY_REACH_DAYS && TODAY_WORDS.test(text)) return done
  if (done <= guess) return weekdaysAfter(text, guess, done, past, centre)
  return pastRunFrom(done, past, ahead)
}

/** The first weekday the text names as past from `from` on; a run of days told in order from there ends on the report's day. */
function pastRunFrom(from: IsoDate, past: ReadonlySet<number>, ahead: ReadonlySet<number>): IsoDate {
  for (let k = 0; k < 7; k++) {
    if (!past.has(weekdayOf(addDays(from, k)))) continue
    // "put the plan on Wednesday", "said on Thursday".
    let end = addDays(from, k)
    while (k++ < 6 && past.has(weekdayOf(addDays(end, 1)))) end = addDays(end, 1)
    return aheadBounded(end, past, ahead)
  }
  return from
}

/**
 * pastRunFrom, when the text tells one of the next two days as past ("an event in Kinshasa on 21 January 2024", "a statement
 * released on Monday"); else the day itself: a weekday further on is another week's ("Published 9 November 2014" above "The
 * breakthrough came on Friday").
 */
function nextDaysRun(from: IsoDate, past: ReadonlySet<number>, ahead: ReadonlySet<number>): IsoDate {
  return [0, 1, 2].some((k) => past.has(weekdayOf(addDays(from, k)))) ? pastRunFrom(from, past, ahead) : from
}

/**
 * The weekdays the text tells in a clause of the past ("a statement released on Monday"), not those it only names ("talks in
 * Sydney on Sunday"), which namedWeekdays counts as past when they are not ahead.
 */
function toldAsPast(text: string): ReadonlySet<number> {
  // Nor a weekday of last week ("told a White House briefing last Thursday").
  const told = weekdayMentions(text).filter((m) => !/\blast\s+$/i.test(text.slice(Math.max(0, m.offset - 5), m.offset)) && tenseInSentence(text, m.offset, /^\p{L}+/u.exec(text.slice(m.offset))![0].length) === 'past')
  return new Set(told.map((m) => m.weekday))
}

/** pastRunFrom with the weekdays the text names as past and as ahead. */
function pastRunIn(text: string, from: IsoDate): IsoDate {
  const { past, ahead } = namedWeekdays(text)
  return pastRunFrom(from, past, ahead)
}

/**
 * A run of past weekdays with a gap, up to the first weekday the text looks ahead to: "told a news conference in Seoul on
 * Friday", "flew to Beijing on Saturday and is due to meet Xi on Sunday", after "Since Wednesday, March 15": Saturday.
 */
function aheadBounded(end: IsoDate, past: ReadonlySet<number>, ahead: ReadonlySet<number>): IsoDate {
  // A weekday told both as past and as ahead ("on Wednesday accused ... said parliament would hold") bounds nothing.
  const bounds = [...ahead].filter((w) => !past.has(w))
  if (!bounds.length) return end
  let last = end
  for (let day = addDays(end, 1); !bounds.includes(weekdayOf(day)) && toDay(day) - toDay(end) < 6; day = addDays(day, 1)) if (past.has(weekdayOf(day))) last = day
  return last
}

const TODAY_WORDS = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i
const TODAY_REACH_DAYS = 3

// "- July 22: Arias presents the 12-point San José Accord", "· Nov 24: Turkish F-16s shoot down ...": a timeline's entry.
const TIMELINE_ENTRY = new RegExp(String.raw`^[ \t\-*•·]*((?:${MONTH})\.?\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:\s*[-–]\s*\d{1,2})?\s*[:–—]\s+(.+)$`, 'gim')
const PLANNED_ENTRY = /\b(?:will|would|expected|due to|scheduled|planned|set to|is to|are to)\b/i

/** The days of a timeline the report gives, the happenings it lists as done (not an entry still planned). */
const timelineDays = memo((text: string): string[] =>
  [...text.matchAll(TIMELINE_ENTRY)].flatMap((m) => (PLANNED_ENTRY.test(m[2]) || underAheadHeading(text, m.index) ? [] : mentionedMonthDays(m[1]).slice(0, 1))), 64)


/** Whether the line at `offset` is an entry of a list whose heading announces days to come. */
function underAheadHeading(text: string, offset: number): boolean {
  let start = text.lastIndexOf('\n', offset - 1) + 1
  if (!LIST_ENTRY.test(text.slice(start, start + 6))) return false
  for (let lines = 0; start > 0 && lines < 12; lines++) {
    const end = start - 1
    start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end)
    if (AHEAD_HEADING.test(line.trim())) return true
    if (!line.trim() || LIST_ENTRY.test(line)) continue
    return false
  }
  return false
}

// "next Monday, January 28", or a newsletter's label for its next issue ("Next issue: Monday 28 January").
const NEXT_BEFORE = /\bnext\s+$|\b(?:next|coming)\s+(?:issue|edition|letter|newsletter|briefing|episode|update)\s*(?:[:–—-]|out|on)?\s*$/i

/** Days named with their own weekday ("on Tuesday, July 7"), where the two agree; `ahead` when told as still to come. */
const pinnedDays = pairMemo((text: string, centre: IsoDate): readonly { date: IsoDate; ahead: boolean; entry: boolean; at: number }[] => {
  const pinned: { date: IsoDate; ahead: boolean; entry: boolean; at: number }[] = []
  mentionedMonthDays(text, (offset, length) => {
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, offset - 32), offset))
    const monthDay = weekday && mentionedMonthDays(text.slice(offset, offset + length))[0]
    if (!monthDay) return false
    // "Thursday, 28 August" in a follow-up a year on: the weekday says which of the years around the story's it is.
    const date = yearsAround(`2000-${monthDay}`, centre).find((d) => weekdayOf(d) === weekdayNamed(weekday[1]))
    const from = offset - weekday[0].length
    if (!date) return false
    const line = text.lastIndexOf('\n', from - 1) + 1
    // A day that opens its line, as a timeline's entries do (a Markdown list loses its bullets).
    const entry = /^[ \t\-*•·]*$/.test(text.slice(line, from))
    pinned.push({ date, entry, at: from, ahead: NEXT_BEFORE.test(text.slice(Math.max(0, from - 30), from)) || tenseInSentence(text, from, offset + length - from) === 'future' || underAheadHeading(text, from) })
    return false
  })
  return pinned
}, 64)

/**
 * News names the days of its last week by weekday and older ones in full: the weekdays a report names as past fall after
 * the last day it tells as done in full ("Guterres said on 27 May"; "On Wednesday ... On Thursday ... expired on Saturday
 * night"). When `guess` puts one of them before that day, the report appeared after the last of them.
 */
function weekdaysAfter(text: string, guess: IsoDate, done: IsoDate, past: ReadonlySet<number>, centre: IsoDate): IsoDate {
  if (![...past].some((w) => weekdayOnOrBefore(guess, w) < done)) return guess
  // Each weekday on its first day after `done`: seven days on, back to that weekday.
  const latest = [...past].map((w) => weekdayOnOrBefore(addDays(done, 7), w)).sort().at(-1)!
  return laterToday(text, afterLastWeekdays(text, latest, centre))
}

const LAST_WEEK_PHRASE = /\blast week\b/gi
const NEXT_WEEK_PHRASE = new RegExp(String.raw`\bnext\s+(?:week|${WEEKDAY_NAME})\b`, 'gi')

/** The sentences (between stops and line breaks) that hold a match of `phrase`: found from the phrase, not by scanning every sentence. */
function sentencesWith(text: string, phrase: RegExp): string[] {
  return [...text.matchAll(phrase)].map((m) => sentenceAround(text, m.index, m.index + m[0].length))
}

/**
 * A day a sentence names in full as last week's ("prepared since last week, when EU leaders, at their summit in Brussels on
 * March 22, agreed") puts the report in the calendar week after it; one it names as next week's ("which will take place
 * next Wednesday, April 18") in the week before. There the report is of the latest weekday it names as past.
 */
function inWeekAfterNamed(text: string, guess: IsoDate, centre: IsoDate): IsoDate {
  const named = (phrase: RegExp, tense: (t: ReturnType<typeof tenseAt>) => boolean): IsoDate | null => {
    for (const sentence of sentencesWith(text, phrase)) {
      // Not a deadline set then ("Last week N'Djamena notified Paris that it wants every French soldier out by January 31").
      const day = mentionedMonthDays(sentence, (offset, length) => !DEADLINE_DAY_BEFORE.test(sentence.slice(Math.max(0, offset - 12), offset)) && tense(tenseInSentence(sentence, offset, length)))[0]
      if (day) return nearestYear(`2000-${day}`, centre)
    }
    return null
  }
  const last = named(LAST_WEEK_PHRASE, (t) => t !== 'future')
  const next = last ? null : named(NEXT_WEEK_PHRASE, (t) => t !== 'past')
  if (!last && !next) return guess
  const weekStart = addDays(mondayOf((last ?? next)!), last ? 7 : -7)
  const weekEnd = addDays(weekStart, 6)
  if (guess >= weekStart && guess <= weekEnd) return guess
  const days = [...namedWeekdays(text).past].map((w) => weekdayOnOrBefore(weekEnd, w)).sort()
  return days.at(-1) ?? weekStart
}

const DEADLINE_DAY_BEFORE = /\b(?:by|until|till|before)\s+$/i
const ISSUED_PAPER_BEFORE = /\b(?:decision|resolution|regulation|directive|decree|judg(?:e)?ment|ruling|letter|communiqu[eé]|note verbale|memorandum)\s+(?:of|dated)\s+(?:the\s+)?$/i

const LAST_WEEKDAY = new RegExp(String.raw`\blast\s+(${WEEKDAY_NAME})\b`, 'gi')
const LATER_ON = new RegExp(String.raw`\blater\s+(?:on\s+)?(${WEEKDAY_NAME})\b`, 'gi')

/**
 * "Yoon, who flies to New York later on Monday": a report that looks ahead to later on a weekday was written that
 * day, the first of that weekday from `guess`.
 */
function laterToday(text: string, guess: IsoDate): IsoDate {
  for (const m of text.matchAll(LATER_ON)) {
    if (tenseInSentence(text, m.index, m[0].length) !== 'future') continue
    const weekday = weekdayNamed(m[1])
    for (let k = 0; k < 7; k++) if (weekdayOf(addDays(guess, k)) === weekday) return addDays(guess, k)
  }
  return guess
}

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh']
// "which entered its fourth day overnight", "Fighting continues on the fifth day"; not "Thursday's second day of talks".
const DAY_COUNT = new RegExp(String.raw`\b(?:entered|enters|entering|continues|continued|rages|raged|into|on|for)\s+(?:its|a|the)\s+(${ORDINALS.join('|')})\s+(?:straight\s+|consecutive\s+)?day\b(?!\s+(?:on|of)\b)`, 'i')
const COUNT_FROM = new RegExp(String.raw`\b(?:began|started|erupted|broke out|since)\s+(?:on\s+)?(?:last\s+)?(${WEEKDAY_NAME})\b`, 'i')

/**
 * A report that counts the days of what it tells from the weekday it began ("The fighting began on Wednesday"
 * ... "entered its fourth day overnight") is of that day: the weekday nearest before the story's day, counted on.
 */
function dayOfCount(text: string, centre: IsoDate): IsoDate | null {
  const count = DAY_COUNT.exec(text)
  const from = count && COUNT_FROM.exec(text)
  if (!count || !from) return null
  const start = weekdayOnOrBefore(centre, weekdayNamed(from[1]))
  return addDays(start, ORDINALS.indexOf(count[1].toLowerCase()) + 1)
}

/**
 * "fighting since last Thursday", "approved it last Thursday": that Thursday lies in an earlier calendar week (from
 * Monday) than the report, which is moved forward until it does. When the story's day is such a weekday ("the
 * agreement concluded in Vienna last Tuesday", the Tuesday the dated reports give), that day is the one meant.
 */
function afterLastWeekdays(text: string, guess: IsoDate, centre: IsoDate): IsoDate {
  const weekdays = [...text.matchAll(LAST_WEEKDAY)].map((m) => weekdayNamed(m[1]))
  if (!weekdays.length) return guess
  for (let k = 0; k < 7; k++) {
    const date = addDays(guess, k)
    const monday = mondayOf(date)
    const last = (w: number): IsoDate => (w === weekdayOf(centre) && centre <= date ? centre : weekdayOnOrBefore(addDays(date, -1), w))
    if (weekdays.every((w) => last(w) < monday)) return date
  }
  return guess
}

/** The most days a run of weekdays told in order may span to give the report's day. */
const COMPACT_RUN_DAYS = 3

/** dateFromStory from the weekdays the report names and how its lead counts from the story's day. */
function weekdayGuess(text: string, centre: IsoDate): IsoDate {
  // A follow-up whose lead opens "Twelve days after the government and the TPLF signed ...", "A week after the
  // announcement of AUKUS", "A month after their historic handshake" counts from the story's day.
  const after = LEAD_AFTER.exec(text.slice(0, LEAD_CHARACTERS))
  // "Morrison will be in Washington on Friday" was not written on a Friday; nor after a day it names with its weekday as
  // still ahead ("Five weeks after Kuźnica ... When EU leaders gather in Brussels on Thursday, 16 December").
  if (after) {
    const counted = /^month/i.test(after[2]) ? monthsOn(centre, countOf(after[1])) : addDays(centre, countedDays(after[1], after[2]))
    const ahead = pinnedDays(text, centre).filter((p) => p.ahead && p.date > centre).map((p) => p.date).sort()[0]
    return beforeAheadWeekday(text, ahead && counted >= ahead ? addDays(ahead, -1) : counted)
  }
  // "Barrow returned to Gambia on Thursday, a week after he was sworn in": that weekday, weeks on from the story's day.
  const weeksOn = WEEKDAY_WEEKS_AFTER.exec(text.slice(0, LEAD_CHARACTERS))
  if (weeksOn) return weekdayOnOrBefore(addDays(centre, countedDays(weeksOn[2], weeksOn[3])), weekdayNamed(weeksOn[1]))
  const past = [...namedWeekdays(text).past]
  let latest: IsoDate | null = null
  // The day after which all the weekdays named fall within the fewest days: a run of days told in order ("announced on
  // Friday", "arrived on Saturday", "met on Monday") ends on the report's day, not the next Friday's.
  let run: { date: IsoDate; days: number } | null = null
  for (const weekday of past) {
    const before = weekdayOnOrBefore(centre, weekday)
    const date = Date.parse(centre) - Date.parse(before) <= 3 * 86_400_000 ? before : addDays(before, 7)
    if (!latest || date > latest) latest = date
    const days = Math.max(...past.map((w) => toDay(date) - toDay(weekdayOnOrBefore(date, w))))
    if (!run || days < run.days) run = { date, days }
  }
  if (run && run.days <= COMPACT_RUN_DAYS && past.length >= 3) latest = run.date
  // A weekday two or more days before the centre is background ("captured Shusha on Sunday"), not the article's day; unless
  // the lead tells the news on it ("New Delhi on Tuesday rejected ..."): the report is of that day.
  if (latest && latest < addDays(centre, -1) && leadWeekday(text) === weekdayOf(latest) && toDay(centre) - toDay(latest) <= 6) return latest
  if (!latest) return centre
  if (latest < addDays(centre, -1)) {
    // "complaints, lodged on Monday", "Zelensky is scheduled to speak again on Wednesday": a report written before a weekday
    // it looks ahead to is not of a centre on or after that day, but of the days just past.
    const ahead = [...namedWeekdays(text).ahead].map((w) => weekdayOnOrBefore(addDays(latest!, 7), w)).sort()[0]
    return ahead && ahead <= centre ? latest : centre
  }
  // "The treaty is due to expire on February 5": the article appeared before that day, which a week back puts it before;
  // not a day months off ("until its mandate ends on September 3", in January), whatever year is nearest.
  const passedAhead = aheadMonthDays(text).map((day) => nearestYear(`2000-${day}`, centre)).some((ahead) => ahead <= latest! && toDay(latest!) - toDay(ahead) < 7)
  if (passedAhead) latest = addDays(latest, -7)
  // "... signed a deal on Saturday, a step towards the agreement reached last week", "the accord signed on
  // November 2": an article that names the story's day by its date and as last week appeared the week after.
  const later = addDays(latest, 7)
  return LAST_WEEK.test(text) && namesDayOf(text, centre) && !inWeekBefore(centre, latest) && inWeekBefore(centre, later) && !weekdayDatedBefore(text, latest, centre) ? later : latest
}

// A weekday right before the day it names: "on Tuesday, July 7", "Friday the 13th", "on Tuesday (May 10)".
const WEEKDAY_BEFORE = new RegExp(String.raw`\b(${WEEKDAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?:on\s+)?(?:the\s+)?|\s+\()$`, 'i')

/**
 * "overnight on Wednesday, March 22. On Thursday, ...": a day named with its own weekday, in the six days up to `day`,
 * pins the week the text's other weekdays fall in; its "last week" is something before them.
 */
function weekdayDatedBefore(text: string, day: IsoDate, centre: IsoDate): boolean {
  return pinnedDays(text, centre).some(({ date }) => date <= day && toDay(day) - toDay(date) <= 6)
}

const LAST_WEEK = /\blast week\b/i

/** The weekday the lead's first past mention names, or null. */
function leadWeekday(text: string): number | null {
  const first = weekdayMentions(text).find((m) => !m.ahead)
  return first && first.offset < LEAD_CHARACTERS ? first.weekday : null
}
/** How far the closest dated report may be from the story's centre and still be read as of the same days. */
const SAME_DAYS_MS = 3 * 86_400_000

/** Whether the text names `date`, or a day beside it, by month and day ("November 2", "2 November"). */
function namesDayOf(text: string, date: IsoDate): boolean {
  const days = new Set(mentionedMonthDays(text))
  return [-1, 0, 1].some((k) => days.has(addDays(date, k).slice(5)))
}

/** Whether `day` falls in the calendar week (Monday to Sunday) before the one of `date`. */
function inWeekBefore(day: IsoDate, date: IsoDate): boolean {
  const monday = mondayOf(date)
  return day >= addDays(monday, -7) && day < monday
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
// A count in figures or words ("3", "a", "three"), and the words that make it rough ("almost three", "more than a").
const COUNT = String.raw`\d{1,2}|an?|one|${NUMBER_WORDS.join('|')}`
const ROUGHLY = String.raw`almost|nearly|just under|(?:just |a little )?(?:over|more than)`
// Opening a sentence: "Israel struck on Monday, two days after Hamas attacked" counts from something else.
const LEAD_AFTER = new RegExp(String.raw`(?:^|[\n.!?]\s*)(${COUNT})\s+(days?|weeks?|months?)\s+after\b`, 'i')

// A weekday told as weeks after something, in the lead: "on Thursday, a week after he was sworn in".
const WEEKDAY_WEEKS_AFTER = new RegExp(String.raw`\b(${WEEKDAY_NAME}),\s+(an?|one|${NUMBER_WORDS.join('|')})\s+(weeks?)\s+after\b`, 'i')

/** The lead counts from the story's own happening ("A month after their handshake", "on Thursday, a week after he was sworn in"). */
/** The readers of countedFromTold's leads before those that count to now ("It is now almost three weeks since ..."). */
const SINCE_READERS = 2

/**
 * A lead that counts the report's day from a happening it tells ("A day after Rishi Sunak stood beside Ursula von der Leyen at
 * Windsor and declared ...", "Two weeks after OPEC+ agreed to cut output targets by two million barrels a day, the row ..."):
 * the day the dated report that tells the happening in most of the same words gives it (else that report's own day), counted on.
 * So does one that says it is so long since the happening ("It is Tuesday, four weeks to the day since ..."), or its so-manieth day.
 */
function countedFromTold(text: string, sentences: () => readonly DatedSentence[]): IsoDate | null {
  const opening = text.slice(0, LEAD_CHARACTERS)
  // The first count whose happening a dated report tells: a headline's ("A week after the sanctions fell") may tell too little.
  const leads: (() => TextCount | null)[] = [
    () => toldCount(TOLD_COUNT.exec(opening)),
    () => toldCount(TOLD_COUNT.exec(earliestEntry(text))),
    // How long it is since ("It is now almost three weeks since Castro ordered ...") tells of now wherever it stands.
    () => {
      const m = outsideQuotes(text, TOLD_SINCE)
      return m && { count: m[2], unit: m[3], happening: m[4], modifier: m[1] }
    },
    () => textCount(TOLD_PASSED.exec(opening)),
  ]
  for (const [k, read] of leads.entries()) {
    const lead = read()
    const day = lead && toldDay(lead.happening, sentences)
    if (!day) continue
    const counted = addDays(day, countedDays(lead.count, lead.unit) + roughDays(lead.modifier, lead.unit))
    // "It is now almost three weeks since" counts to today itself.
    return lead.modifier && k < SINCE_READERS ? pastWeekdayNear(text, counted) : counted
  }
  return dayOfTold(text, sentences)
}

/**
 * "nearly two weeks after ... accused Kigali" counts only roughly: the day nearest it whose weekday the text names as past
 * ("told administrators on Thursday"), a later one before an earlier one as far; else the count's own.
 */
function pastWeekdayNear(text: string, counted: IsoDate): IsoDate {
  const { past } = namedWeekdays(text)
  for (let k = 0; k <= ROUGHLY_DAYS; k++) for (const day of [addDays(counted, k), addDays(counted, -k)]) if (past.has(weekdayOf(day))) return day
  return counted
}

/** A match of TOLD_COUNT: "more than" or "almost", the count, its unit and the happening. */
function toldCount(m: RegExpExecArray | null): TextCount | null {
  return m && { modifier: m[1], count: m[2], unit: m[3], happening: m[4] }
}

/** A count the text makes from a happening it tells: so many days or weeks, "almost" or "more than" so many. */
interface TextCount {
  count: string
  unit: string
  happening: string
  modifier?: string
}

/** A match whose groups are the count, its unit and the happening. */
function textCount(m: RegExpExecArray | null): TextCount | null {
  return m && { count: m[1], unit: m[2], happening: m[3] }
}

// "Irish Taoiseach Leo Varadkar, whose talks with Johnson near Liverpool a week earlier unlocked the negotiations": the
// sentence up to a count back from the day it tells of.
const COUNTED_EARLIER = new RegExp(String.raw`(?:^|[\n.!?]\s+)([^.!?\n“”"]{15,200}?)\b(${COUNT})\s+(days?|weeks?)\s+earlier\b`, 'gi')

/** The days so long after happenings the text counts back to as dated reports give them. */
function countedOnFromTold(text: string, sentences: () => readonly DatedSentence[]): IsoDate[] {
  return [...text.matchAll(COUNTED_EARLIER)].flatMap((m) => {
    const day = toldDay(m[1], sentences)
    return day ? [addDays(day, countedDays(m[2], m[3]))] : []
  })
}

/**
 * "Israel's security cabinet voted last night to accept an Egyptian-brokered truce", in the lead or a live blog's first
 * entry: the day after the one a dated report gives that happening ("The security cabinet on Thursday voted unanimously
 * to accept ..."). Only the clause of the night is compared ("fired their guns yesterday for the first time since North
 * Korea shelled it" is not the shelling).
 */
function dayAfterToldLastNight(text: string, sentences: () => readonly DatedSentence[], reach = TOLD_REACH_DAYS): IsoDate | null {
  for (const m of [...text.slice(0, LEAD_CHARACTERS).matchAll(LAST_NIGHT_CLAUSE), ...earliestEntry(text).matchAll(LAST_NIGHT_CLAUSE)]) {
    const day = toldDay(m[0].replace(LAST_NIGHT, ' '), sentences, false, reach)
    if (day) return addDays(day, 1)
  }
  return null
}
const LAST_NIGHT = /\b(?:yesterday|last night)\b/i

// "The International Court of Justice will tomorrow deliver its judgment in Peru's claim against Chile": a lead on the eve of
// a happening.
const TOMORROW_CLAUSE = happeningClause(String.raw`tomorrow\b`)
const TOMORROW = /\btomorrow\b/i
/** How far from the day its weekdays give a report may be moved to the eve of a happening of tomorrow. */
const EVE_REACH_DAYS = 7

/** A lead that tells a happening of tomorrow: the day before the one a dated report gives it. */
function dayBeforeToldTomorrow(text: string, sentences: () => readonly DatedSentence[]): IsoDate | null {
  for (const m of text.slice(0, LEAD_CHARACTERS).matchAll(TOMORROW_CLAUSE)) {
    if (quotedAt(text, m.index)) continue
    const day = toldDay(m[0].replace(TOMORROW, ' '), sentences)
    if (day) return addDays(day, -1)
  }
  return null
}
/**
 * The clause of a happening told with `phrase` (a pattern, its lookaheads included), outside quotation marks, up to the next
 * clause: none of its words opens another ("since", "after", "when", ...).
 */
function happeningClause(phrase: string): RegExp {
  const word = String.raw`(?:(?!\b(?:since|after|before|when|what|that|ago)\b)[^.!?,;:\n“”"])`
  return new RegExp(String.raw`(?<=^|[.!?,;:]\s+|\n)${word}*\b${phrase}${word}*`, 'gi')
}
const LAST_NIGHT_CLAUSE = happeningClause(String.raw`(?:yesterday|last night)\b(?!\s+for\b)`)
/** How far from the day its weekdays give a report may be moved to the day after a happening of last night. */
const LAST_NIGHT_REACH_DAYS = 4

// A request that a deed be done ("asked the UN Security Council to impose sanctions"), which tells no deed.
const ASKED_TO = /\b(?:ask(?:ed|s)?|urg(?:ed|es)|call(?:ed|s)\s+on|press(?:ed|es)|propos(?:ed|es))\b[^.;!?]{0,60}?\bto\s+\p{Ll}+/u
// The happening's verb of the past, as its stem: "signed" is "sign", "recalled" "recall".
const HAPPENING_VERB = /^\W*(?:[\p{L}'’-]+\s+){0,6}?(\p{Ll}{3,}?)e?d\b/u
const DEED_WEIGHT = 0.5
const COUNTED_FROM_ANOTHER = /\b(?:within|after)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|\d{1,2})\s+(?:days?|weeks?|months?)\b|\b(?:days?|weeks?|months?)\s+later\b|\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week)\b|\bthe\s+day\s+(?:before|after)\b/i

/**
 * The day the dated report that tells a happening in most of the same words gives it, if one shares enough of them; with
 * `stated`, only a day the report's sentence states.
 */
function toldDay(happening: string, sentences: () => readonly DatedSentence[], stated = false, reach = TOLD_REACH_DAYS): IsoDate | null {
  const words = new Set(contentTokens(happening))
  // "Three days after Sri Lanka signed away a 70 percent stake ...": of two sentences that share as many words, the one that
  // tells the signing ("yesterday signed the long-delayed agreement") tells the happening, not the one of the stake the
  // company "will take".
  const deed = HAPPENING_VERB.exec(happening)?.[1]
  // The deed told as done: "ruled", not "will deliver its ruling".
  const tellsDeed = deed ? new RegExp(String.raw`\b${deed}e?d\b`, 'i') : null
  let best: { shared: number; day: IsoDate } | null = null
  for (const sentence of sentences()) {
    let shared = sharedCount(words, sentence.words)
    if (shared < TOLD_SHARED || shared * 2 < words.size) continue
    // Nor one that asks for it ("The United States and Mexico on Monday asked the UN Security Council to impose sanctions") for
    // "after the Security Council sanctioned".
    if (tellsDeed && ASKED_TO.test(sentence.text) && !tellsDeed.test(sentence.text)) continue
    if (tellsDeed?.test(sentence.text)) shared += DEED_WEIGHT
    if (best && shared < best.shared) continue
    sentence.dates ??= findDates(sentence.text, { reference: sentence.published, anchor: null })
    const days = sentence.dates.filter((d) => d.precision === 'day' && !d.future && d.start <= sentence.published)
    const near = days.filter((d) => toDay(sentence.published) - toDay(d.start) <= reach)
    // "Turkey sent the Oruc Reis ... on August 10", told in October: a day too far back to trust, and not the report's own.
    if (days.length && !near.length) continue
    // A wire's dateline ("ISLAMABAD, Dec 27 (Margalla Dispatch) – The United States has welcomed the meeting") gives the report's day,
    // which states no day of the happening.
    if (stated && !near.some((d) => !DATELINE_AFTER.test(sentence.text.slice(d.offset + d.length)))) continue
    // "Raymond Davis, the CIA contractor who shot dead two men in Lahore in January, was flown out of Pakistan on Wednesday":
    // the happening comes with a time of its own before the day, which is another happening's.
    if (near.length && sentence.dates.some((d) => d.precision !== 'day' && !d.future && d.offset < near[0].offset && d.end < near[0].start)) continue
    // A report that counts from the happening itself ("Four weeks after Prague accused Russia of blowing up ...") tells it
    // so long before its own day.
    const counted = toldCount(TOLD_COUNT.exec(sentence.text))
    const nearDay = near.map((d) => d.start).sort().at(-1)
    // So does one that counts from it to a day it gives ("Two days after the International Court of Justice redrew their
    // maritime border, the presidents ... sat down together in Havana on Wednesday"), when the count's clause tells it.
    const countWords = counted && nearDay ? new Set(contentTokens(counted.happening)) : null
    const countsFromIt = countWords && sharedCount(words, countWords) * 2 >= Math.min(words.size, countWords.size)
    const countBack = (from: IsoDate): IsoDate => addDays(from, -countedDays(counted!.count, counted!.unit))
    // A sentence that tells its happening so long after another ("Within five days the president himself was on television
    // asking Egyptians to stop talking about the islands", in an analysis two months on) gives no day of its own: not its
    // report's either.
    if (!nearDay && !counted && COUNTED_FROM_ANOTHER.test(sentence.text)) continue
    const day = countsFromIt ? countBack(nearDay!) : nearDay ?? (counted ? countBack(sentence.published) : sentence.published)
    // Two sentences that share as many words: the happening is of the first day either gives.
    if (!best || shared > best.shared || day < best.day) best = { shared, day }
  }
  return best?.day ?? null
}

/**
 * The opening of a live blog's first entry when the blog is told newest first ("9:42 p.m." above "5:10 p.m." ... above
 * "8:00 a.m. Good morning. Six days after OPEC+ announced ..."): its lead, at the foot of the page. Else ''.
 */
function earliestEntry(text: string): string {
  const stamps = [...text.matchAll(STAMP_LINE)]
  if (stamps.length < 3) return ''
  // A twelve-hour clock's hours from midnight; a day's clock as it reads.
  const minutes = stamps.map((m) => (m[3] ? (Number(m[1]) % 12) + (/^p/i.test(m[3]) ? 12 : 0) : Number(m[1])) * 60 + Number(m[2]))
  if (!minutes.every((t, k) => k === 0 || t < minutes[k - 1])) return ''
  const last = stamps.at(-1)!
  return text.slice(last.index + last[0].length, last.index + last[0].length + LEAD_CHARACTERS)
}

// A live blog's time stamp on a line of its own: "9:42 p.m.", "18:25 BST".
const STAMP_LINE = new RegExp(String.raw`^${CLOCK_STAMP}$`, 'gm')

// Opening the lead or a sentence of it, after a dateline ("BELFAST — A day after ..."), perhaps as an exact or rough count
// ("Exactly four weeks after Donald Trump stood in the White House ..."); the happening up to its clause's end.
// Also set after the lead's news: "arrived in Paris early on Saturday ..., two weeks to the day after announcing his resignation".
const TOLD_COUNT = new RegExp(String.raw`(?:^|[\n.!?]\s*|[—–]\s+|,\s+)(?:(?:exactly|precisely|just|barely|only|some)\s+|(${ROUGHLY})\s+)?(${COUNT})\s+(days?|weeks?)\s+(?:to\s+the\s+day\s+)?after\s+([^,;.!?\n]{15,200})`, 'i')
const NTH = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth']
// "Pence and Pompeo are in Ankara today ..., on the ninth day of Operation Peace Spring, Turkey's offensive against Kurdish-led
// forces in northeast Syria": the report's day, counted from the first of what it tells.
// So does a live blog's first entry: "now in its fifth day since Turkey sent the Oruc Reis south of Kastellorizo".
const DAY_OF_TOLD = new RegExp(String.raw`\b(?:on|enters|entered|entering|into|in)\s+(?:the|its)\s+(${NTH.join('|')})\s+day\s+(?:of|since)\s+([^.;!?\n]{15,200})`, 'i')

/** The day a lead, or a live blog's first entry, tells as the so-manieth of a happening a dated report gives its first day. */
function dayOfTold(text: string, sentences: () => readonly DatedSentence[]): IsoDate | null {
  for (const part of [text.slice(0, LEAD_CHARACTERS), earliestEntry(text)]) {
    const m = DAY_OF_TOLD.exec(part)
    const first = m && toldDay(m[2], sentences)
    if (first) return addDays(first, NTH.indexOf(m[1].toLowerCase()))
  }
  return null
}

// "It is Tuesday, four weeks to the day since Vladimir Putin stood in the Kremlin's St George's Hall and declared ...": the
// report's day, counted from a happening it tells.
const TOLD_SINCE = new RegExp(String.raw`\b(?:it is|it's|it has been)\s+(?:now\s+)?(?:(?:${WEEKDAY_NAME}),\s+)?(?:(${ROUGHLY})\s+)?(?:(?:exactly|precisely|just)\s+)?(${COUNT})\s+(days?|weeks?)\s+(?:to\s+the\s+day\s+)?since\s+([^,;.!?\n]{15,200})`, 'gi')
// "Eight days have passed since the International Atomic Energy Agency certified that Iran had met its obligations".
const TOLD_PASSED = new RegExp(String.raw`\b(${COUNT})\s+(days?|weeks?)\s+(?:have|has)\s+(?:now\s+)?(?:passed|gone by|elapsed)\s+since\s+([^,;.!?\n]{15,200})`, 'i')
/** Content words the counted happening shares with the dated report's sentence that tells it. */
const TOLD_SHARED = 4
/** How long before its report a dated sentence's day may be to date the happening it tells. */
const TOLD_REACH_DAYS = 31

function countsFromStoryDay(text: string): boolean {
  const lead = text.slice(0, LEAD_CHARACTERS)
  return LEAD_AFTER.test(lead) || WEEKDAY_WEEKS_AFTER.test(lead)
}

function countOf(word: string): number {
  if (/^\d/.test(word)) return Number(word)
  return /^(?:an?|one)$/i.test(word) ? 1 : NUMBER_WORDS.indexOf(word.toLowerCase()) + 2
}

// "less than a month after it ended its military agreement with the United States", "barely two weeks after the vote".
const LESS_THAN_AFTER = new RegExp(String.raw`\b(?:less than|under|barely|not even|no more than)\s+(${COUNT})\s+(days?|weeks?|months?)\s+(?:after|since)\s+([^,;.!?\n“”"]{15,200})`, 'gi')

// Its clause tells of now: it opens the sentence, or is in the present or the perfect ("is replacing", "have taken part"), not
// in the past ("The visit came less than a week after ...", "announced a ceasefire yesterday, less than a day after ...").
const PRESENT_AUXILIARY = /\b(?:is|are|has|have)\b/i
const PERFECT = /\b(?:has|have)\s+(?:\w+\s+)?\w+\b/gi
const SIMPLE_PAST = /\b(?:\w{2,}ed|came|went|was|were|met|said|told|took|made|held|began|left|won|lost)\b/i

/** The earliest day so long after a happening a dated report gives as the text says it is now at most. */
function countedBound(text: string, sentences: () => readonly DatedSentence[]): IsoDate | null {
  let bound: IsoDate | null = null
  for (const m of text.matchAll(LESS_THAN_AFTER)) {
    const clause = text.slice(0, m.index).split(/[.!?\n]/).at(-1)!
    if (clause.trim() && (!PRESENT_AUXILIARY.test(clause) || SIMPLE_PAST.test(clause.replace(PERFECT, ' ')))) continue
    const day = toldDay(m[3], sentences)
    if (!day) continue
    const end = /^month/i.test(m[2]) ? monthsOn(day, countOf(m[1])) : addDays(day, countedDays(m[1], m[2]))
    if (!bound || end < bound) bound = end
  }
  return bound
}

/** The same day `months` calendar months on ("A month after their handshake of April 27": May 27), or the month's last. */
function monthsOn(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  return makeDate(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, last))!
}

/** "two" "weeks" as days. */
function countedDays(count: string, unit: string): number {
  return countOf(count) * (/^week/i.test(unit) ? 7 : 1)
}

// "Seventeen days after the raid that killed Reyes, the crisis has moved ...": a follow-up that counts a week or more
// from a happening of the story, past its lead, counts from its opening day, the earliest the text names within the
// story's weeks.
const COUNTED_AFTER = new RegExp(String.raw`(?:^|[\n.!?]\s+)(${COUNT})\s+(days?|weeks?)\s+after\s+the\b`, 'gi')
const OPENING_REACH_DAYS = 14

// "fired their guns from Yeonpyeong island yesterday for the first time since North Korea shelled it four weeks ago":
// the story's opening happening, counted back from the report's days.
const SINCE_AGO = new RegExp(String.raw`\bsince\b[^.!?]{0,80}?\b(an?|one|${NUMBER_WORDS.join('|')}|\d{1,2})\s+(weeks?)\s+ago\b`, 'i')

function countedFromOpening(text: string, centre: IsoDate, first: IsoDate): IsoDate | null {
  // The lead's count is weekdayGuess's, from the story's centre ("Twelve days after the government and the TPLF signed").
  const after = [...text.matchAll(COUNTED_AFTER)].filter((m) => m.index >= LEAD_CHARACTERS).map((m) => countedDays(m[1], m[2])).find((n) => n >= 7)
  const ago = SINCE_AGO.exec(text.slice(0, LEAD_CHARACTERS))
  // A lead that counts from the story's happening and names no day of it ("Four weeks ago today, a dozen officers walked into
  // the studio"): from the story's first dated report, not from the earliest day the text names (the election before the coup).
  const lead = after === undefined && !ago ? LEAD_COUNT.exec(text.slice(0, LEAD_CHARACTERS)) : null
  if (lead) return addDays(first, countedDays(lead[1] ?? lead[4], lead[2] ?? lead[5]) + (/tomorrow/i.test(lead[3] ?? '') ? -1 : /yesterday/i.test(lead[3] ?? '') ? 1 : 0))
  const days = after ?? (ago ? countedDays(ago[1], ago[2]) : undefined)
  if (days === undefined) return null
  const opening = mentionedMonthDays(text)
    .map((day) => nearestYear(`2000-${day}`, centre))
    .filter((day) => day >= addDays(centre, -OPENING_REACH_DAYS) && day <= centre)
    .sort()[0]
  return opening ? addDays(opening, days) : null
}

// "Four weeks ago today, a dozen officers ...", "Two weeks ago tomorrow, a man ...", "A week ago yesterday, the first treated
// water ...", "Twelve days ago the Security Council gave ...", "It is 26 days since a police sergeant was shot dead", "Four weeks
// ago today Vladimir Putin signed two decrees": the report's day, counted on from the story's happening.
const LEAD_COUNT = new RegExp(String.raw`(?:^|[\n.!?]\s+)(?:(${COUNT})\s+(days?|weeks?)\s+ago(?:\s+(today|tomorrow|tonight|yesterday)[,\s]|,|\s+(?=the\s))|(?:it is|it's|it has been)\s+(${COUNT})\s+(days?|weeks?)\s+since\b)`, 'i')

// "When Amir-Abdollahian arrived in Islamabad a week ago today, on 29 January", "Four weeks ago, on 30 December, ...",
// "Three weeks ago today, in the small hours of 17 March", "Two weeks ago today, on Saturday, November 8", "Three weeks ago
// today, shortly before dawn on June 17", "Exactly a month ago, on 19 September": the report's day, counted from a date.
// Not the last part of a longer count ("eight years and four months ago, on 17 July 2014").
const AGO_TODAY = new RegExp(String.raw`(?<!\b(?:years?|months?|weeks?)\s+and\s+)\b(${COUNT})\s+(days?|weeks?|months?)\s+ago(?:\s+(?:today|tonight))?,?\s+(?:(?:\p{Ll}+\s+){1,3}(?=on\s))?(?:on\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?|in\s+the\s+(?:small|early)\s+hours\s+of\s+)?(?:(?:${WEEKDAY_NAME}),?\s+)?(?:(\d{1,2})\s+(${MONTH})|(${MONTH})\.?\s+(\d{1,2}))(?:,?\s+((?:19|20)\d\d))?`, 'iu')

// "It is three weeks since Antonio Guterres walked out ..., a little before 2 a.m. on July 7": the same count, from the day the
// sentence gives, or the next sentence opens with ("It has been exactly three weeks since Germany answered N'Djamena in kind.
// On 11 April the Foreign Office ...").
// "It is almost three weeks since ...": a little short of the count, or a little past it ("more than two weeks").
const SINCE_COUNT = new RegExp(String.raw`\b(?:it is|it's|it has been)\s+(?:now\s+)?(${ROUGHLY})?\s*(?:(?:exactly|precisely)\s+)?(${COUNT})\s+(days?|weeks?)\s+since\b((?:[ap]\.m\.|[^.!?]){0,200}(?:[.!?]\s+On\s+(?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2})\b)?)`, 'i')
// "More than two weeks have passed since Foreign Minister Denis Moncada read out, on November 19, the letter ...": the same.
const PASSED_COUNT = new RegExp(String.raw`(?:\b(${ROUGHLY})\s+)?\b(${COUNT})\s+(days?|weeks?)\s+(?:have|has)\s+(?:now\s+)?(?:passed|gone by|elapsed)\s+since\b((?:[ap]\.m\.|[^.!?]){0,200})`, 'i')
/** Days "almost" takes off a count of weeks, or "more than" adds. */
const ROUGHLY_DAYS = 2

// "the election on Wednesday, 15 March, just four days away", "run out on December 11, sixteen days from today", "go to the
// polls in six days' time, on Sunday, April 16":
// a day still ahead, counted from the report's.
const DAYS_AWAY = new RegExp(String.raw`\b((?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?),?\s+(?:just\s+|only\s+|now\s+|still\s+|barely\s+)?(${COUNT})\s+(days?|weeks?)\s+(?:away|from\s+(?:today|now))\b`, 'i')
const IN_TIME = new RegExp(String.raw`\bin\s+(${COUNT})\s+(days?|weeks?)['’]?s?\s+time,?\s+on\s+(?:(?:${WEEKDAY_NAME}),?\s+)?((?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?)`, 'i')

// "... 72 hours to leave the country on January 31, .... Three weeks later there is very little left to talk about": the
// lead's day, then the report's now counted on from it in the present tense.
const LATER_NOW = new RegExp(String.raw`\bon\s+((?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2}))\b[^.!?]{0,200}[.!?]["”’]?\s+(${COUNT})\s+(days?|weeks?)\s+(?:later|on),?\s+(?:there\s+(?:is|are)|it\s+is|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:is|are|has|have|looks?|seems?|remains?|stands?))\b`, 'iu')

// "The Treasury Department on Thursday imposed sanctions ..., ten days after the Feb. 1 coup": the lead's weekday is so many days
// after the day it names in full, in one sentence.
const WEEKDAY_COUNTED_AFTER_DAY = new RegExp(String.raw`(?:^|[.!?]\s+)[^.!?]*?\bon\s+(?:${WEEKDAY_NAME})\b[^.!?]*?,\s+(${COUNT})\s+(days?|weeks?)\s+after\s+(?:the\s+)?((?:${MONTH})\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH}))\b`, 'i')

// "Four days on from the joint communique of January 28, in which Mali, Burkina Faso and Niger declared ...", "Three days on
// from Monday's summit at Lancaster House on May 19", "Ten days after the Ninth Summit of the Americas closed in Los Angeles on
// Friday, June 10": a lead that opens counting from a happening it dates in full.
const LEAD_COUNTED_FROM_DAY = new RegExp(String.raw`(?:^|[.!?]\s+)(${COUNT})\s+(days?|weeks?)\s+(?:on\s+from|after|since)\s+(?:the|their|its|his|her|[a-z]+['’]s)\s+[^.!?,;:]{1,60}?\b(?:of|on)\s+(?:(?:${WEEKDAY_NAME}),?\s+)?((?:${MONTH})\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH}))\b(?!,?\s+(?:19|20)\d\d)`, 'i')

// "to leave the country by the end of today, Monday, April 19": the report's own day, named; "moved together yesterday,
// Wednesday, January 25": the day before it; "Good morning from Seoul, where it is Monday, May 24": its own. Without the weekday
// only after "today," and its like ("today, August 29, is the 107th anniversary of ..."), not after "it is".
const TODAY_NAMED = new RegExp(String.raw`\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|it is|it's|today is),?\s+(?:(?:${WEEKDAY_NAME}),?\s+|(?<=\b(?:today|tonight|yesterday|tomorrow),\s+))((?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?)`, 'i')

// "Finland will today become the 31st member of Nato, 74 years to the day after the North Atlantic Treaty was signed in
// Washington on 4 April 1949", "it was two years ago to the day, on 17 March 2020, that ...": the report's day, that many
// years on. Only in a sentence of the report's own day: "The talks opened a year to the day after ..." dates the talks.
const TO_THE_DAY = /\bto\s+the\s+day\b/gi
const YEARS_TO_THE_DAY = new RegExp(String.raw`\b(\d{1,3}|an?|one|${NUMBER_WORDS.join('|')})\s+years?\s+(?:ago\s+)?to\s+the\s+day\b`, 'i')
const OWN_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|ago)\b/i

function yearsToTheDay(text: string): TextDate | null {
  for (const sentence of sentencesWith(text, TO_THE_DAY)) {
    const years = YEARS_TO_THE_DAY.exec(sentence)
    const date = years && OWN_DAY.test(sentence) ? [...sentence.matchAll(FULL_DATE)].map(fullDateOf)[0] : null
    if (date) return { date: makeDate(Number(date.slice(0, 4)) + countOf(years![1]), Number(date.slice(5, 7)), Number(date.slice(8, 10))) ?? date, how: 'counted', yearStated: true }
  }
  return null
}

/** The day a lead's count from a day it names gives (`pattern`'s groups: the day, the count, its unit), its year to be found. */
function countedInLead(lead: string, pattern: RegExp, day: number, count: number, unit: number): TextDate | null {
  const m = pattern.exec(lead)
  const from = m ? mentionedMonthDays(m[day])[0] : undefined
  return m && from ? countedFrom(from, countedDays(m[count], m[unit])) : null
}

function countedFromToday(text: string): TextDate | null {
  const years = yearsToTheDay(text)
  if (years) return years
  const today = TODAY_NAMED.exec(text)
  const todayDay = today ? mentionedMonthDays(today[2])[0] : undefined
  if (todayDay) return countedFrom(todayDay, /^yesterday$/i.test(today![1]) ? 1 : /^tomorrow$/i.test(today![1]) ? -1 : 0)
  for (const pattern of [SINCE_COUNT, PASSED_COUNT]) {
    const since = pattern.exec(text)
    const from = since ? mentionedMonthDays(since[4])[0] : undefined
    if (since && from) return countedFrom(from, countedDays(since[2], since[3]) + roughDays(since[1], since[3]))
  }
  const lead = text.slice(0, LEAD_CHARACTERS)
  const counted = countedInLead(lead, LATER_NOW, 1, 2, 3) ?? countedInLead(lead, WEEKDAY_COUNTED_AFTER_DAY, 3, 1, 2) ?? countedInLead(lead, LEAD_COUNTED_FROM_DAY, 3, 1, 2)
  if (counted) return counted
  const away = DAYS_AWAY.exec(text)
  const inTime = away ? null : IN_TIME.exec(text)
  const [ahead, count, unit] = away ? [away[1], away[2], away[3]] : inTime ? [inTime[3], inTime[1], inTime[2]] : []
  const aheadDay = ahead ? mentionedMonthDays(ahead)[0] : undefined
  if (aheadDay) return countedFrom(aheadDay, -countedDays(count!, unit!))
  const m = AGO_TODAY.exec(text)
  if (!m) return null
  const day = Number(m[3] ?? m[6])
  const month = monthNumber(m[4] ?? m[5])
  const date = makeDate(m[7] ? Number(m[7]) : 2000, month, day)
  if (!date) return null
  return { date: /^month/i.test(m[2]) ? monthsOn(date, countOf(m[1])) : addDays(date, countedDays(m[1], m[2])), how: 'counted', yearStated: !!m[7] }
}

/** What a count's modifier ("almost", "more than") takes off or adds, for a count of weeks. */
function roughDays(modifier: string | undefined, unit: string): number {
  if (!modifier || !/week/i.test(unit)) return 0
  return /almost|nearly|under/i.test(modifier) ? -ROUGHLY_DAYS : ROUGHLY_DAYS
}

// "who represented Egypt at the AlUla summit two weeks earlier": the story's own happening, named, counted back. Not talks
// a clause only mentions ("whose talks with Johnson near Liverpool a week earlier unlocked the negotiations").
const COUNTED_BACK = new RegExp(String.raw`\b[Aa]t\s+the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:summit|meeting|talks|signing|ceremony|conference)\b[^.;]{0,40}?\b(${COUNT})\s+(days?|weeks?)\s+(?:earlier|before)\b`, 'gu')
// "Iran, which had said at the Tehran summit ten days earlier": a happening the pluperfect tells is one before the story's.
const PLUPERFECT_CLAUSE = /\bhad\s+(?:\w+\s+)?\w+\s*$/i

/** The days between the story's happening and the report's, as the report counts them back. */
function countedBack(text: string): number[] {
  return [...text.matchAll(COUNTED_BACK)]
    .filter((m) => !PLUPERFECT_CLAUSE.test(text.slice(Math.max(0, m.index - 40), m.index).split(/[,;.]/).at(-1)!))
    .map((m) => countedDays(m[1], m[2]))
}

/**
 * Each weekday a text names, and whether it looks ahead to it ("will meet on Thursday", "next Monday"). Asked
 * several times of one undated report (its guess, its anchors, its ahead days): read once.
 */
const weekdayMentions = memo((text: string): (WeekdayMention & { weekday: number })[] =>
  [...text.matchAll(WEEKDAY_MENTION)].map((m) => ({
    offset: m.index,
    weekday: weekdayNamed(m[1]),
    ahead: /next\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) || tenseInSentence(text, m.index, m[0].length) === 'future',
  })), 64)

/** "would travel to New York next week": a happening of the week after the report's, which a dated report may date. */
function nextWeekMentions(text: string): WeekdayMention[] {
  return [...text.matchAll(/\bnext week\b/gi)].map((m) => ({ offset: m.index, weekday: null, ahead: true }))
}

/**
 * The tense at a day, read from its own sentence: a headline or sentence above ("... set to sign deal", "... said
 * it would not take part") is not its clause. "on" goes with the day, as in the date phrases tenseAt reads
 * ("takes effect from midnight on Sunday").
 */
function tenseInSentence(text: string, offset: number, length: number): ReturnType<typeof tenseAt> {
  if (/\bon\s$/i.test(text.slice(Math.max(0, offset - 3), offset))) (offset -= 3), (length += 3)
  let start = offset
  while (start > 0 && offset - start < 200 && !/[.!?\n]/.test(text[start - 1])) start--
  return tenseAt(text.slice(start), offset - start, length)
}

const MONTH_TOLD = /\bin\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d|,?\s+(?:of\s+)?(?:(?:19|20)\d\d|(?:last|this|next|that|the previous|the following)\s+year|the year before))/g

/**
 * The first day of the latest month a text tells as past by its name alone ("recalled its ambassador in August"), in the
 * year that puts it within the story's dated days (from a month before the first to the last); null when it names none.
 */
function monthsToldBound(text: string, first: IsoDate, last: IsoDate): IsoDate | null {
  let bound: IsoDate | null = null
  const earliest = addDays(first, -31)
  const year = Number(last.slice(0, 4))
  for (const m of text.matchAll(MONTH_TOLD)) {
    if (tenseInSentence(text, m.index, m[0].length) !== 'past') continue
    const thisYear = makeDate(year, monthNumber(m[1]), 1)!
    const start = thisYear <= last ? thisYear : makeDate(year - 1, monthNumber(m[1]), 1)!
    if (start >= earliest && (!bound || start > bound)) bound = start
  }
  return bound
}

// "since the tribunal in The Hague ruled against China last month": a happening of the month before the report's. The clause
// before "last month", from its last comma or conjunction, or the words after "last month's".
const LAST_MONTH = /\blast\s+month\b(['’]s\s+)?/gi
const CLAUSE_CHARACTERS = 200
const CLAUSE_OPENING = /^.*(?:[,;:—–]|\b(?:since|after|when|because|as|that|while|before|and|but)\b)/is
const HAPPENING_WORDS = 3

/** The first day of the month after the latest happening the text tells as of last month that a dated report gives. */
function monthAfterToldLastMonth(text: string, sentences: () => readonly DatedSentence[]): IsoDate | null {
  let bound: IsoDate | null = null
  // Found from the phrase, then read back to the sentence's start: a pattern for the clause would be tried at every character.
  for (const m of text.matchAll(LAST_MONTH)) {
    // "last month's deportation of 40 Uyghur men to China": the happening is named after it.
    const after = m[1] ? text.slice(m.index + m[0].length, m.index + m[0].length + CLAUSE_CHARACTERS) : null
    const before = text.slice(Math.max(0, m.index - CLAUSE_CHARACTERS), m.index)
    const clause = after !== null ? after.slice(0, after.search(/[,;:.!?\n“”"—–(]|$/)) : before.slice(before.search(/[^.!?\n“”"]*$/)).replace(CLAUSE_OPENING, '').trim()
    if (contentTokens(clause).length < HAPPENING_WORDS) continue
    // Only a day a dated report states: one that retells the happening as of "last month" too gives only its own.
    const day = toldDay(clause, sentences, true)
    if (!day) continue
    const [year, month] = day.split('-').map(Number)
    const next = makeDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1)!
    if (!bound || next > bound) bound = next
  }
  return bound
}

/**
 * "verify the ceasefire that was agreed in Doha a week ago" beside "The ceasefire was announced by Qatar in the early hours of
 * October 19": a happening the text counts back to by days or weeks, and dates in a sentence of its own that shares its
 * words (or a dated report states), puts the report that many days after it (a day less for weeks, said loosely).
 */
function agoCountedBound(text: string, centre: IsoDate, sentences: () => readonly DatedSentence[]): IsoDate | null {
  let bound: IsoDate | null = null
  let own: DatedSentence[] | null = null
  for (const m of text.matchAll(COUNTED_AGO)) {
    // Counts with a day of their own ("a week ago today, on 29 January") or from "since" are read elsewhere; a quote's are its speaker's.
    if (AGO_ANCHORED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) || quotedAt(text, m.index)) continue
    // "Manila lifted the ban, which had frozen the market since February, two weeks ago": an aside's "since" is not the count's.
    const clause = clauseBefore(text, m.index)
    if (/\bsince\b/i.test(clause)) continue
    const words = contentTokens(clause).filter((w) => !WEEKDAYS.has(w.toLowerCase())).slice(-AGO_CLAUSE_WORDS)
    own ??= datedSentences([{ text, published: centre }])
    const day = statedDay(words, own, m.index, text) ?? toldDay(clause, sentences, true)
    if (!day) continue
    const days = countedDays(m[1], m[2])
    const next = addDays(day, /^week/i.test(m[2]) ? days - 1 : days)
    if (!bound || next > bound) bound = next
  }
  return bound
}

/**
 * "He is still in Puerto Rico, where he has been since he landed a week ago today" beside a dated report's "Henry landed in
 * Puerto Rico on Tuesday": a count of days or weeks back to today from a happening a dated report gives is the report's own day.
 */
function agoTodayDay(text: string, sentences: () => readonly DatedSentence[]): IsoDate | null {
  for (const m of text.matchAll(COUNTED_AGO)) {
    if (!/^\s+today\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) || quotedAt(text, m.index)) continue
    const day = toldDay(clauseBefore(text, m.index), sentences, true)
    if (day) return addDays(day, countedDays(m[1], m[2]))
  }
  return null
}

/** The clause of the sentence up to `at`, without its asides ("which had frozen the market since February"). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - CLAUSE_CHARACTERS), at)
  return before.slice(before.search(/[^.!?\n“”"]*$/)).replace(ASIDE, ' ')
}
const ASIDE = /,\s+(?:which|who|whom|whose)\b[^,]*,/gi
const COUNTED_AGO = new RegExp(String.raw`\b(${COUNT})\s+(days?|weeks?)\s+ago\b`, 'gi')
const AGO_ANCHORED = /^\s*(?:today|tonight|tomorrow|yesterday|,?\s+(?:on|in)\s)/i
/** The words nearest the count that name its happening ("verify the ceasefire that was agreed in Doha"). */
const AGO_CLAUSE_WORDS = 6
const AGO_SHARED = 2

/**
 * "Venezuela's bid was blocked at the BRICS summit in Kazan last week" beside "BRICS leaders wrapped up their summit in Kazan
 * on Thursday having agreed on a list of 13 countries ..., but Venezuela ... was not among them after Brazil refused": a
 * happening the text tells as last week's, which a dated report states the day of, puts the report in the calendar week after
 * that day's. The Monday of that week, or null.
 */
function lastWeekToldBound(text: string, sentences: () => readonly DatedSentence[]): IsoDate | null {
  let bound: IsoDate | null = null
  for (const m of text.matchAll(LAST_WEEK_CLAUSE)) {
    if (quotedAt(text, m.index)) continue
    const day = toldDay(m[0].replace(/\blast week\b/i, ' '), sentences, true)
    const monday = day && addDays(mondayOf(day), 7)
    if (monday && (!bound || monday > bound)) bound = monday
  }
  return bound
}
const LAST_WEEK_CLAUSE = happeningClause(String.raw`last week\b`)

/** The day a sentence of the text itself states for the words, in a sentence other than theirs. */
function statedDay(words: readonly string[], own: DatedSentence[], at: number, text: string): IsoDate | null {
  const home = sentenceAround(text, at)
  for (const sentence of own) {
    if (sentence.text === home || sharedCount(words, sentence.words) < AGO_SHARED) continue
    sentence.dates ??= findDates(sentence.text, { reference: sentence.published, anchor: null })
    // A day told as done ("lifted the ban on May 16") is before the text, whatever day the text was first guessed to be of.
    const day = sentence.dates.find((d) => d.precision === 'day' && /\d/.test(d.phrase) && (d.start <= sentence.published ? !d.future : doneVerbBefore(sentence.text, d.offset)))
    if (day) return day.start
  }
  return null
}

/** Where the first sentence of the text's first paragraph of prose (a line of a hundred characters or more) lies. */
function leadSentence(text: string): { from: number; to: number } | null {
  const paragraph = LEAD_PARAGRAPH.exec(text)
  if (!paragraph) return null
  const from = paragraph.index + paragraph[0].length - paragraph[1].length
  const stop = SENTENCE_END.exec(paragraph[1])
  const to = from + (stop ? stop.index : paragraph[1].length)
  // "Foreign Minister Murray McCully has welcomed the adoption ... of resolution 2334." then "The resolution was put to a vote
  // ... on Friday 23 December": news of the day that names no day leaves its day to the sentence after it.
  if (!NEWS_OF_THE_DAY.test(text.slice(from, to)) || DAY_NAMED.test(text.slice(from, to))) return { from, to }
  const next = NEXT_SENTENCE.exec(text.slice(to + 1))
  return next ? { from, to: to + 1 + next[0].length } : { from, to }
}
const LEAD_PARAGRAPH = /(?:^|\n)[ \t]*([^\n]{100,})/
const SENTENCE_END = /[.!?](?=\s|$)/
const NEWS_OF_THE_DAY = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\b/u
const DAY_NAMED = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tonight|overnight)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i
const NEXT_SENTENCE = /^\s*[^.!?]+[.!?](?=\s|$)/

/** How long after the day its lead gives in full a report may appear (a weekly's review of its week). */
const LEAD_PINNED_REACH_DAYS = 7

// "on the first anniversary of the killing of Majid Shahriari, who died ... on November 29 last year": a day a year before the
// story's own, not one of its days.
const ANNIVERSARY = /\banniversary\b|\ba\s+year\s+(?:ago|earlier|before)\s+to\s+the\s+day\b/i

/**
 * The first day of the year after a day of the story's dated span (or the month before it) that the text tells as last year's
 * ("a diplomatic note signed by Rau on October 3 last year").
 */
function yearAfterToldLastYear(text: string, first: IsoDate, last: IsoDate, sentences: () => readonly DatedSentence[]): IsoDate | null {
  const earliest = addDays(first, -31)
  let bound: IsoDate | null = null
  mentionedMonthDays(text, (offset, length) => {
    if (!LAST_YEAR_AFTER.test(text.slice(offset + length, offset + length + 24)) || ANNIVERSARY.test(sentenceAround(text, offset, offset + length))) return false
    const day = mentionedMonthDays(text.slice(offset, offset + length))[0]
    const dated = day ? yearsAround(`2000-${day}`, first).find((d) => d >= earliest && d <= last) : undefined
    // Not when the dated reports name that month of the year before ("since the July 2023 coup" beside "the coup of July 26
    // last year"): the day is the story's background, told as last year's by a report of the story's year.
    if (dated && monthsWithYear(sentences()).has(`${Number(dated.slice(0, 4)) - 1}${dated.slice(4, 7)}`)) return false
    const next = dated ? `${Number(dated.slice(0, 4)) + 1}-01-01` : null
    if (next && (!bound || next > bound)) bound = next
    return false
  })
  return bound
}

/** The months the sentences name with their year ("July 2023", "26 July 2023"), as "2023-07"; read once per story. */
function monthsWithYear(sentences: readonly DatedSentence[]): ReadonlySet<string> {
  const known = MONTHS_WITH_YEAR.get(sentences)
  if (known) return known
  const months = new Set<string>()
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(MONTH_OF_YEAR)) months.add(`${m[2]}-${String(monthNumber(m[1])).padStart(2, '0')}`)
  }
  MONTHS_WITH_YEAR.set(sentences, months)
  return months
}
const MONTHS_WITH_YEAR = new WeakMap<readonly DatedSentence[], ReadonlySet<string>>()
const MONTH_OF_YEAR = new RegExp(String.raw`\b(${MONTH})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b`, 'g')

const PLANNED_TIMELINE_ENTRY = /^[^:\n]{0,20}:\s+(?:deadline|target|due|scheduled|planned|expected|goal|next|set)\b/i

/** The days with their year the text tells in the past tense, in order. */
function fullDaysToldAsPast(text: string): IsoDate[] {
  const days: IsoDate[] = []
  for (const m of text.matchAll(FULL_DATE)) {
    const date = fullDateOf(m)
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)
    // Not a deadline set in the past ("notified Paris that it wants every French soldier out by January 31, 2025").
    if (!date || SAVED_LABEL.test(line) || DEADLINE_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    // Nor a timeline's entry of what is still to come ("30 November 2015: Deadline for residents who opted to move to cross over").
    if (!line.trim() && PLANNED_TIMELINE_ENTRY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue
    const tense = tenseInSentence(text, m.index, m[0].length)
    // A paper cited by its day ("Council decision of 23 March 2012; the list is in the annex") exists: it was issued by then.
    if (tense === 'past' || (tense !== 'future' && ISSUED_PAPER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))) days.push(date)
  }
  return days.sort()
}

/**
 * "Trump's comments came two weeks to the day after the State Department, on October 3, ordered ...", "The Special Meeting was
 * convened ten days after ... withdrew from the race on 5 February": a happening of October 17, of 15 February, told as done.
 */
function daysCountedAfterNamed(text: string, centre: IsoDate): IsoDate[] {
  return [...text.matchAll(CAME_COUNTED_AFTER)].flatMap((m) => mentionedMonthDays(m[3]).map((day) => addDays(nearestYear(`2000-${day}`, centre), countedDays(m[1], m[2]))))
}

const CAME_COUNTED_AFTER = new RegExp(String.raw`\b(?:came|followed|met|opened|began|took\s+place|(?:was|were)\s+(?:convened|held|called|signed|adopted|approved|announced))\s+(?:exactly\s+|just\s+|only\s+)?(${COUNT})\s+(days?|weeks?)\s+(?:to\s+the\s+day\s+)?after\b[^.;!?]{0,120}?\bon\s+((?:${MONTH})\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH}))\b(?!,?\s+(?:19|20)\d\d)`, 'gi')

// So long after a happening: "nearly five weeks after they had put their initials to ...", "six days after ... met ...".
const COUNT_AFTER = String.raw`(?:(${ROUGHLY})\s+)?(?:exactly\s+|just\s+|only\s+)?(${COUNT})\s+(days?|weeks?)\s+after\s+([^;.!?\n“”"]{15,200})`
// "The summons came six days after ...", "It came two days after Foreign Minister Sigmar Gabriel returned from Ankara", "The
// report comes four days after Melnyk drew condemnation ... in an interview ... published on Thursday, 30 June": the
// report's news, counted from a happening.
const CAME_AFTER = new RegExp(String.raw`(?:^|[.!?]\s+)(?:It|The\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:came|comes|followed)\s+${COUNT_AFTER}`, 'giu')
// "Counting continued on Friday, two days after Zimbabweans voted on Wednesday, August 23", "the foreign ministry in Chișinău
// said yesterday, five days after an airliner carrying him ... was turned back": a day of the report's own, counted so.
const DAY_AFTER = new RegExp(String.raw`\b(yesterday|last night|today|tonight|this (?:morning|afternoon|evening)|on\s+(?:${WEEKDAY_NAME}))(?:\s+(?:morning|afternoon|evening|night))?,\s+${COUNT_AFTER}`, 'giu')
// "Exactly one week ago today, the International Court of Justice delivered its judgment": the report's day, wherever it stands.
const AGO_TODAY_TOLD = new RegExp(String.raw`\b(?:(?:exactly|precisely|just)\s+)?(${COUNT})\s+(days?|weeks?)\s+ago\s+today,?\s+([^.;!?\n“”"]{15,200})`, 'giu')
// An aside set between commas ("France's foreign minister, Jean-Noël Barrot, met"), and what follows the happening's first clause.
const COMMA_ASIDE = /,\s[^,]{1,60},/g
const CLAUSE_END = /,|\s+(?:and\s+\p{Ll}+ed|that)\b/u

/** The happening a count is made from, without its asides and later clauses, as a dated report would tell it. */
function happeningOf(words: string): string {
  const plain = words.replace(COMMA_ASIDE, '')
  const end = CLAUSE_END.exec(plain)
  return end ? plain.slice(0, end.index) : plain
}

/** How far before the story's centre a happening counted from may be. */
const COUNTED_FROM_REACH_DAYS = 60

/**
 * The report's day from a day of its own it counts from a happening the story dates (or the sentence names in full): the day
 * after a yesterday so counted, a today itself, else the run of weekdays it names as past from a weekday so counted or from
 * the day its news came; a lead of yesterday's or today's news says which for the latter.
 */
function countedNewsDay(text: string, centre: IsoDate, sentences: () => readonly DatedSentence[]): IsoDate | null {
  for (const m of text.matchAll(DAY_AFTER)) {
    const day = countedDay(text, m, m.slice(2), centre, sentences)
    if (!day) continue
    const word = m[1].toLowerCase()
    if (LAST_NIGHT.test(word)) return addDays(day, 1)
    if (TODAY_WORDS.test(word)) return day
    const weekday = weekdayNamed(word.replace(/^on\s+/, ''))
    // A count of weeks, "nearly" so many, gives the week: the weekday named is the one nearest the day.
    const named = weekdayOnOrBefore(addDays(day, m[2] ? ROUGHLY_DAYS : 0), weekday)
    if (toDay(day) - toDay(named) <= (m[2] ? 2 * ROUGHLY_DAYS : 0)) return pastRunIn(text, named)
  }
  for (const m of text.matchAll(CAME_AFTER)) {
    const day = countedDay(text, m, m.slice(1), centre, sentences)
    if (!day) continue
    const lead = text.slice(0, LEAD_CHARACTERS)
    if (LAST_NIGHT.test(lead) && !TODAY_WORDS.test(lead)) return addDays(day, 1)
    return TODAY_WORDS.test(lead) ? day : pastRunIn(text, day)
  }
  // Only from a day a dated report states for the happening, not the day of a report that tells it without one, which may
  // come a day or two after it.
  for (const m of text.matchAll(AGO_TODAY_TOLD)) {
    const day = countedDay(text, m, ['', m[1], m[2], m[3]], centre, sentences, true)
    if (day) return day
  }
  return null
}

/** The day a count ([modifier, count, unit, happening]) reaches from the happening's day, as its words or a dated report give it. */
function countedDay(text: string, m: RegExpExecArray, [modifier, count, unit, happening]: string[], centre: IsoDate, sentences: () => readonly DatedSentence[], stated = false): IsoDate | null {
  if (quotedAt(text, m.index)) return null
  const named = mentionedMonthDays(happening)[0]
  const from = named ? nearestYear(`2000-${named}`, centre) : toldDay(happeningOf(happening), sentences, stated)
  if (!from || toDay(centre) - toDay(from) > COUNTED_FROM_REACH_DAYS) return null
  // "a day after the ... mission said on Friday": a report that tells it on another weekday tells another saying.
  const weekday = weekdayMentions(happening)[0]?.weekday
  if (weekday !== undefined && weekdayOf(from) !== weekday) return null
  return addDays(from, countedDays(count, unit) + roughDays(modifier, unit))
}

/** The days the story's dated reports tell of: every day their sentences date, as read from each report's own day. */
function storyDays(sentences: DatedSentence[]): Set<IsoDate> {
  const days = new Set<IsoDate>()
  for (const sentence of sentences) {
    sentence.dates ??= findDates(sentence.text, { reference: sentence.published, anchor: null })
    for (const d of sentence.dates) for (const day of daysOf(d)) days.add(day)
  }
  return days
}

/** The most days toldWeek scans. */
const TOLD_WEEK_SCAN_DAYS = 120

/**
 * The report's day in the one run of days from which the most weekdays it names as past, two at least, counted back fall
 * on `days` ("talks ... collapsed on Monday", "Wednesday's deal": the Monday and Wednesday a dated report weeks on dates
 * in full); null when two runs do as well. News names by weekday the days after the last it names in full as done
 * (`done`), so only those count.
 */
function toldWeek(text: string, days: ReadonlySet<IsoDate>, done: IsoDate | null, first: IsoDate, last: IsoDate): IsoDate | null {
  const past = [...namedWeekdays(text).past]
  let best: IsoDate | null = null
  let bestEnd: IsoDate | null = null
  let bestCount = 1
  let tie = false
  const end = addDays(last, 7)
  for (let day = done && done > first ? done : first, k = 0; day <= end && k < TOLD_WEEK_SCAN_DAYS; day = addDays(day, 1), k++) {
    let count = 0
    for (const weekday of past) {
      const on = weekdayOnOrBefore(day, weekday)
      if ((!done || on > done) && days.has(on)) count++
    }
    if (count > bestCount) [best, bestEnd, bestCount, tie] = [day, day, count, false]
    // The same weekdays on the same days give a run of equal days; another run as good leaves the week open.
    else if (count === bestCount && bestEnd && day === addDays(bestEnd, 1)) bestEnd = day
    else if (count === bestCount && best) tie = true
  }
  if (tie || !best || !bestEnd) return null
  // Within the run, the report is of the last weekday it names as past ("On Thursday the roads in the north were calm").
  for (let day = bestEnd; day > best; day = addDays(day, -1)) if (past.includes(weekdayOf(day))) return day
  return best
}

/**
 * "In the small hours of Friday, April 19, something flew over Isfahan. By the time most Americans woke up yesterday, ...": a
 * lead that names a day in full, then calls the next sentence's happening yesterday's, with no day between, is of the day after.
 */
function yesterdayPinned(text: string, centre: IsoDate): IsoDate | null {
  const yesterday = outsideQuotes(text.slice(0, LEAD_CHARACTERS), YESTERDAY)
  if (!yesterday) return null
  const pins = pinnedDays(text, centre).filter((p) => !p.ahead)
  // Or the lead's happening of yesterday, then its day in full: "laid to rest yesterday, when the two ministers signed a code
  // of conduct. Bishop and Natalegawa signed the Joint Understanding on Thursday, 28 August".
  const before = pins.filter((p) => p.at < yesterday.index).at(-1)
  const after = pins.find((p) => p.at > yesterday.index)
  for (const [pin, between] of [[before, before && text.slice(before.at + 12, yesterday.index)], [after, after && text.slice(yesterday.index + yesterday[0].length, after.at)]] as const) {
    // The day's own sentence or the next (a numbered heading between is none), and no other day named between.
    if (pin && between !== undefined && (between.replace(NUMBERED_HEADING, '\n').match(/[.!?]\s/g)?.length ?? 0) <= 1 && !WEEKDAY_ANYWHERE.test(between)) return addDays(pin.date, 1)
  }
  // Or further on, in a sentence that tells the same happening: "Wang Yi raised a glass with ... Jeremiah Manele in Beijing
  // yesterday" and, paragraphs down, "Then, on Saturday, September 21, Wang and Manele signed a joint communique".
  const told = pins.find((p) => p.at > yesterday.index && sameHappening(text, yesterday.index, p.at))
  return told ? addDays(told.date, 1) : null
}
const YESTERDAY = /\b(?:yesterday|last night)\b/gi

/**
 * The first match of a global pattern outside quotation marks, the quotes read in pairs from the start (an opening “ or ",
 * a closing ” or "); once a quote mark breaks the pairing nothing after it counts as outside. A walk, as a look-behind over
 * the text before each position made a quadratic pattern of it.
 */
function outsideQuotes(text: string, pattern: RegExp): RegExpExecArray | null {
  let inside = false
  let at = 0
  for (const match of text.matchAll(pattern)) {
    for (; at < match.index; at++) {
      const mark = text[at]
      if (mark === '"') inside = !inside
      else if (mark === '“' || mark === '”') {
        if (inside === (mark === '“')) return null
        inside = !inside
      }
    }
    if (!inside) return match
  }
  return null
}
const NUMBERED_HEADING = /\n\d{1,2}\.\s[^\n]*\n/g
const WEEKDAY_ANYWHERE = new RegExp(String.raw`\b(?:${WEEKDAY_NAME})\b`, 'i')

/**
 * "It takes effect on Thursday, September 1": a report that looks ahead to a day it names with its weekday appeared
 * before that day, on the last weekday before it that it names as past ("Borrell wrote late on Saturday evening").
 */
function beforePinnedAhead(text: string, published: IsoDate, centre: IsoDate): IsoDate {
  // Not an entry of a timeline, whose present ("Friday, December 3 — Kordahi resigns") may tell a day done.
  const ahead = pinnedDays(text, centre).filter((p) => p.ahead && !p.entry).map((p) => p.date).sort()[0]
  if (!ahead || published < ahead) return published
  const eve = addDays(ahead, -1)
  return [...namedWeekdays(text).past].map((w) => weekdayOnOrBefore(eve, w)).sort().at(-1) ?? eve
}

/**
 * "The decision was taken yesterday, Friday, by the bloc's council": the report is of a Saturday, the first after `pin`, the
 * last day it names with its weekday as done ("since the army removed Morsi on Wednesday, July 3"), when that is near the
 * guess, else the Saturday nearest the guess. So is one that names its own day ("would travel to Conakry 'tomorrow', that is
 * today, Thursday", "It's Tuesday") or its tomorrow ("The summit closes tomorrow, Sunday"), on or after `pin`.
 */
function dayOfOwnWeekdayNamed(own: OwnWeekday | null, published: IsoDate, pin: IsoDate | undefined): IsoDate {
  if (!own) return published
  const afterPin = pin && weekdayOnOrBefore(addDays(pin, own.fromYesterday ? 7 : 6), own.weekday)
  if (afterPin && Math.abs(toDay(afterPin) - toDay(published)) <= 7) return afterPin
  return weekdayOnOrBefore(addDays(published, 3), own.weekday)
}

interface OwnWeekday {
  weekday: number
  fromYesterday: boolean
}

/** The report's weekday, when it names it, or its yesterday's or tomorrow's, by the weekday alone; else null. */
function ownWeekdayNamed(text: string): OwnWeekday | null {
  const named = OWN_WEEKDAY_NAMED.exec(text)
  if (!named || quotedAt(text, named.index)) return null
  const after = /^yesterday/i.test(named[1]) ? 1 : /^tomorrow/i.test(named[1]) ? -1 : 0
  return { weekday: (weekdayNamed(named[2]) + after + 7) % 7, fromYesterday: after > 0 }
}

/** "<day word>, <weekday>": not "today, Thursday's vote", nor a weekday given its date, which the day named in full reads. */
function weekdayAfter(dayWords: string): RegExp {
  return new RegExp(String.raw`\b(${dayWords})(?:\s+(?:morning|afternoon|evening|night))?,?\s+(${WEEKDAY_NAME})\b(?!['’]s|,?\s+(?:the\s+)?\d|,?\s+${MONTH})`, 'i')
}
const OWN_WEEKDAY_NAMED = weekdayAfter(String.raw`yesterday|today|tonight|tomorrow|it is|it['’]s`)

const YESTERDAY_NAMED_REACH_DAYS = 14
const YESTERDAY_NAMED = weekdayAfter('yesterday')

/**
 * "A meeting in New York this week ... Patino is due to meet Hague in New York on Thursday, September 27": a report that looks
 * ahead to a day of this week it names with its weekday is of that week, from its Monday, not of weeks before.
 */
function inWeekOfPinnedAhead(text: string, published: IsoDate, centre: IsoDate): IsoDate {
  if (!THIS_WEEK.test(text)) return published
  const ahead = pinnedDays(text, centre).filter((p) => p.ahead && !p.entry).map((p) => p.date).sort()[0]
  if (!ahead || toDay(ahead) - toDay(published) <= 7) return published
  const monday = weekdayOnOrBefore(ahead, 1)
  return monday < ahead ? monday : addDays(ahead, -1)
}

/** The weekday a column's note says it runs on ("writes Asia's Week every Saturday", "His column appears every Friday"), else null. */
function columnWeekday(doc: Pick<ArticleDocument, 'lines'>): number | null {
  for (const line of doc.lines) {
    const m = COLUMN_WEEKDAY.exec(line.text)
    const sentence = m && line.text.split(/(?<=[.!?])\s+/).find((s) => s.includes(m[0]))
    if (m && sentence && !NEWSLETTER_PROMO.test(sentence)) return weekdayNamed(m[1])
  }
  return null
}
// "Barrel & Bourse Weekly is published every Saturday.": a weekly's own name says what it is.
const COLUMN_WEEKDAY = new RegExp(String.raw`\b(?:writes\b[^.!?\n]{0,60}?|(?:column|columns|letter|notebook|diary|weekly|digest|brief|briefing|bulletin|review|dispatch)\s+(?:appears|appear|is published|are published|runs|run|comes out)\s+)every\s+(${WEEKDAY_NAME})\b`, 'i')
// "Get the Straits Herald's China Briefing every Tuesday and Friday. Sign up": another product's days.
const NEWSLETTER_PROMO = /\b(?:newsletter|sign(?:\s|-)?up|subscribe|inbox|email)\b/i

const THIS_WEEK = /\bthis week\b/i
const WEEKEND_EDITION = /\bweekend (?:edition|issue|briefing|letter|newsletter)\b/i

const SATURDAY = 6

/** Whether the lead, or a masthead line the cleaning dropped ("Weekend edition | Issue 212"), calls the report a weekend edition. */
function weekendEdition(doc: Pick<ArticleDocument, 'lines'>, text: string): boolean {
  return WEEKEND_EDITION.test(text.slice(0, LEAD_CHARACTERS)) || doc.lines.slice(0, MASTHEAD_LINES).some((line) => WEEKEND_EDITION.test(line.text))
}
const MASTHEAD_LINES = 8

/**
 * Whether `guess` falls in the week after the last day the text names with its weekday as done ("Sunday, March 8. Erdoğan
 * addressed Greece"): a week's letter told by its days appeared within days of the last, not weeks on.
 */
function weekAfterPinned(text: string, guess: IsoDate, centre: IsoDate): boolean {
  const last = pinnedDays(text, centre).filter((p) => !p.ahead).map((p) => p.date).sort().at(-1)
  return !!last && guess >= last && toDay(guess) - toDay(last) <= 7
}

/** How many of the weekdays the text looks ahead to fall, counted on from `guess`, on one of `days`. */
function aheadWeekdaysOn(text: string, guess: IsoDate, days: ReadonlySet<IsoDate>): number {
  let count = 0
  for (const weekday of namedWeekdays(text).ahead) if (days.has(weekdayOnOrBefore(addDays(guess, 7), weekday))) count++
  return count
}

/**
 * Year-less days told as done, each in the year nearest the centre, but one months after the centre with no other day of the
 * text near it is of the year before: "more than 2,400 people were killed between January 1 and August 15", told in October
 * beside "on October 2", is of this January. A follow-up's days months on keep each other's year ("announced on November 17
 * ... 120 days from November 19").
 */
function doneInYears(days: readonly IsoDate[], centre: IsoDate): IsoDate[] {
  return days.map((day, k) => {
    const alone = !days.some((other, j) => j !== k && Math.abs(toDay(other) - toDay(day)) <= DONE_NEIGHBOUR_DAYS)
    const yearBefore = makeDate(Number(day.slice(0, 4)) - 1, Number(day.slice(5, 7)), Number(day.slice(8, 10)))
    return alone && yearBefore && toDay(day) - toDay(centre) > DONE_AHEAD_DAYS ? yearBefore : day
  })
}

const DONE_AHEAD_DAYS = 60
const DONE_NEIGHBOUR_DAYS = 30

/** The days a text names in full as done: after a verb of the past, with their weekday, or as a timeline's entries. */
function ownDays(text: string, centre: IsoDate): IsoDate[] {
  return [
    ...doneInYears([...doneMonthDays(text), ...timelineDays(text)].map((day) => nearestYear(`2000-${day}`, centre)), centre),
    ...pinnedDays(text, centre).filter((p) => !p.ahead).map((p) => p.date),
  ]
}

/** How many of the weekdays the text names as past fall, counted back from `guess`, on one of `days`. */
function pastWeekdaysOn(text: string, guess: IsoDate, days: ReadonlySet<IsoDate>): number {
  let count = 0
  for (const weekday of namedWeekdays(text).past) if (days.has(weekdayOnOrBefore(guess, weekday))) count++
  return count
}

/** The weekdays a text names in a past or plain clause, those it looks ahead to, and those that open a clause in the pluperfect. */
interface NamedWeekdays {
  past: ReadonlySet<number>
  ahead: ReadonlySet<number>
  earlier: ReadonlySet<number>
}

/** Content words a weekday's sentence shares with a dated report's sentence of that day, for the two to tell one happening. */
const WEEKDAY_TOLD_SHARED = 2

/**
 * How many of the weekdays the text names as past fall, counted back from `guess`, on a day a dated report gives in a
 * sentence that shares words with the weekday's own ("agreed in Khartoum last Wednesday", "signed the declaration in
 * Khartoum on Wednesday"): days the text tells, not days that happen to be told.
 */
function weekdaysToldOn(text: string, guess: IsoDate, sentences: readonly DatedSentence[]): number {
  const told = new Set<number>()
  for (const m of weekdayMentions(text)) {
    if (m.ahead || told.has(m.weekday)) continue
    const day = weekdayOnOrBefore(guess, m.weekday)
    const words = contentTokens(sentenceAround(text, m.offset)).filter((w) => !WEEKDAYS.has(w.toLowerCase()))
    for (const sentence of sentences) {
      if (sharedCount(words, sentence.words) < WEEKDAY_TOLD_SHARED) continue
      sentence.dates ??= findDates(sentence.text, { reference: sentence.published, anchor: null })
      if (!sentence.dates.some((d) => daysOf(d).includes(day))) continue
      told.add(m.weekday)
      break
    }
  }
  return told.size
}

/**
 * The day a dated report gives the happening the lead tells by its weekday, when it gives it that weekday ("The Trade Ministry
 * said on Tuesday that the restrictions ... covered products ranging from iron and steel and construction equipment" beside
 * "On April 9, the ministry had restricted exports of 54 product groups, including iron and steel, construction materials"):
 * the lead's day, so the report is of the week it begins. Of several such reports, the one sharing most words.
 */
function leadWeekdayTold(text: string, first: WeekdayMention & { weekday: number }, sentences: () => readonly DatedSentence[]): IsoDate | null {
  const lead = sentenceAround(text, first.offset)
  const words = new Set(contentTokens(lead).filter((w) => !WEEKDAYS.has(w.toLowerCase())))
  let best: { shared: number; day: IsoDate } | null = null
  for (const sentence of sentences()) {
    const shared = sharedCount(words, sentence.words)
    if (shared < LEAD_TOLD_SHARED || shared * 4 < words.size || (best && shared <= best.shared) || otherRank(lead, sentence.text)) continue
    sentence.dates ??= findDates(sentence.text, { reference: sentence.published, anchor: null })
    // A day the report states ("On April 9"), not one it names by its weekday too, which may be another week's; nor its
    // dateline's ("HAIKOU/BEIJING, April 4 (SSWS) - Chinese President Jiang Zemin on Tuesday demanded").
    const day = sentence.dates.find((d) => d.precision === 'day' && /\d/.test(d.phrase) && !DATELINE_AFTER.test(sentence.text.slice(d.offset + d.length)) && !d.future && weekdayOf(d.start) === first.weekday && toDay(sentence.published) - toDay(d.start) <= TOLD_REACH_DAYS)
    if (day) best = { shared, day: day.start }
  }
  return best?.day ?? null
}

/** The first weekday the text names as past, when it is the lead's: its second sentence may tell its day, past a headline and a byline. */
function leadPastWeekday(text: string): (WeekdayMention & { weekday: number }) | null {
  const first = weekdayMentions(text).find((m) => !m.ahead)
  return first && first.offset < 2 * LEAD_CHARACTERS ? first : null
}

/** Words the lead's sentence and a dated report's must share, and at least a quarter of the lead's. */
const LEAD_TOLD_SHARED = 5
// What follows a dateline's day: the agency in brackets, or the dash before the news.
const DATELINE_AFTER = /^,?\s*(?:\d{4}\s*)?(?:\(|[-–—]\s)/


/**
 * The year of a day given without one, from the folder's dated reports: the year that puts it nearest one of them, among
 * those in which it falls on the weekday the lead names, if any does ("TALLINN, Aug 19 ... on Wednesday sentenced", in a
 * folder of stories of 2013 to 2018: 2015).
 */
function yearOfFolder(day: IsoDate, stated: readonly IsoDate[], text: string): IsoDate {
  const weekday = leadPastWeekday(text)?.weekday
  const distance = (candidate: IsoDate): number => Math.min(...stated.map((d) => Math.abs(toDay(d) - toDay(candidate))))
  const onWeekday = (candidate: IsoDate): number => (weekday !== undefined && weekdayOf(candidate) === weekday ? 0 : 1)
  const candidates = [...new Set(stated.map((d) => nearestYear(day, d)))]
  return candidates.sort((a, b) => onWeekday(a) - onWeekday(b) || distance(a) - distance(b))[0]
}

/** Asked a dozen times of each undated report by the guesses of its day: read once. */
const namedWeekdays = memo((text: string): NamedWeekdays => {
  const past = new Set<number>(), ahead = new Set<number>(), earlier = new Set<number>()
  for (const m of weekdayMentions(text)) {
    if (m.ahead) ahead.add(m.weekday)
    // "the ICJ had ordered Venezuela on Friday": a day before the days the report tells, not one of them.
    else if (!PLUPERFECT_BEFORE.test(text.slice(Math.max(0, m.offset - 60), m.offset))) {
      past.add(m.weekday)
      if (PLUPERFECT_AFTER.test(text.slice(m.offset, m.offset + 80))) earlier.add(m.weekday)
    }
  }
  // "The flight came two days after [they] reopened the embassy on Monday": the flight's day is told too (Wednesday).
  for (const m of text.matchAll(CAME_DAYS_AFTER)) past.add((weekdayNamed(m[2]) + countOf(m[1])) % 7)
  return { past, ahead, earlier }
}, 64)
// "On Monday night, Machado had said": the weekday opens a clause in the pluperfect.
const PLUPERFECT_AFTER = /^\p{L}+day(?:\s+(?:morning|afternoon|evening|night))?,\s+(?!(?:in|on|at|which|who|whom|where|when|and|but|as|after|before|while)\b)(?:(?!(?:said|says|told|that|reported|announced|which|who)\b)[\p{L}'’.-]+\s+){1,5}?had\s+(?!been\s+(?:due|set|scheduled|expected)\b)\p{Ll}/u

const CAME_DAYS_AFTER = new RegExp(String.raw`\b(?:came|followed)\s+(two|three|four|five|six|\d)\s+days\s+after\b[^.;]{0,160}?\bon\s+(${WEEKDAY_NAME})\b`, 'gi')

const AGO_TODAY_WORDS = /\bago today\b/i

/**
 * Within the days its happenings allow (anchoredSpan, over the first set of sentences that allows any): `guess` when the
 * report names its weekday as past ("Ghani said Sunday"); else the latest day whose weekday it names as past, as
 * dateFromStory reads a report of one week; else `guess` when allowed, else the earliest allowed day.
 */
function withinAnchors(text: string, guess: IsoDate, sentences: readonly (() => readonly DatedSentence[])[], clauses: boolean): IsoDate {
  const mentions = [...weekdayMentions(text), ...(clauses ? nextWeekMentions(text) : [])]
  let span: { from: IsoDate; to: IsoDate } | null = null
  for (let k = 0; k < sentences.length && !span; k++) span = anchoredSpan(text, mentions, sentences[k], { clauses })
  if (!span) return guess
  const { past } = namedWeekdays(text)
  // A report that counts its day from a happening tells it as today, not by its weekday ("A week ago today, Israeli jets struck").
  if (guess >= span.from && guess <= span.to && (past.has(weekdayOf(guess)) || AGO_TODAY_WORDS.test(text))) return guess
  for (let day = span.to; day >= span.from; day = addDays(day, -1)) if (past.has(weekdayOf(day))) return day
  return guess >= span.from && guess <= span.to ? guess : span.from
}

/** The days the text names by month and day as still ahead ("due to expire on February 5"): asked by grouping and again by each guess of its date. */
export const aheadMonthDays = memo((text: string): readonly string[] => mentionedMonthDays(text, (offset, length) => tenseInSentence(text, offset, length) === 'future'), 64)

/**
 * The days the text names by month and day in a clause of the past ("On Oct. 17, his government and the opposition signed"),
 * or as the start of what still holds ("since taking office on June 30").
 */
export const pastMonthDays = memo(
  (text: string): readonly string[] =>
    mentionedMonthDays(text, (offset, length) => SINCE_BEFORE.test(text.slice(Math.max(0, offset - 40), offset)) || tenseInSentence(text, offset, length) === 'past'),
  64,
)
const SINCE_BEFORE = /\bsince\s+(?:[\p{L}’'-]+\s+){0,3}?(?:on\s+)?$/iu

/**
 * The days the text names by month and day right after a verb of something done ("unveiled Nov. 12", "signed on
 * November 2"); not after a plan ("scheduled for", "set on") nor a verb further off ("decided to call a meeting on
 * January 12", "confirmed the November 29 resumption"), which may name a day still ahead.
 */
function doneMonthDays(text: string): string[] {
  return mentionedMonthDays(text, (offset, length) => {
    const after = text.slice(offset + length, offset + length + 40)
    // "the ouster of Mohamed Morsi on 3 July 2013": a day of its own year, not of the story's weeks.
    if (YEAR_AFTER.test(after)) return false
    if (FUTURE_IN_SENTENCE.test(text.slice(Math.max(0, offset - 200), offset))) return false
    return DONE_BEFORE.test(text.slice(Math.max(0, offset - 30), offset)) || doneVerbBefore(text, offset) || DONE_AFTER.test(after) || (OPENS_SENTENCE.test(text.slice(Math.max(0, offset - 6), offset)) && SUBJECT_THEN_DONE.test(after))
  })
}

// "On January 24 the transitional government demanded ...": a day opening a sentence, its subject, then a verb of the past.
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n)(?:On\s+)?$/
const SUBJECT_THEN_DONE = /^,?\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?!(?:was|were)\s+(?:due|set|scheduled|expected|to)\b)(?:\p{Ll}{3,}ed|met|held|signed|flew|began|took|made|won|lost|went|gave|sent|struck|broke|fell|rose|was|were)\b/u

// "eased sanctions on Venezuela's oil sector on Oct. 18": a verb of something done earlier in the clause, with no plan,
// infinitive or reported clause ("said that the 29 November date") since; not a participle of the future ("will be barred
// from hiring Turks from January 1").
const CLAUSE_VERB_DONE = /(?<!\b(?:will|would|shall|could|may|might|must|to)\s+(?:not\s+)?(?:be|have\s+been)\s+)\b(?:(?!(?:scheduled|planned|expected|slated|postponed|delayed|rescheduled|proposed|called|asked|urged|agreed|decided|invited|announced|reported|stated|confirmed|added|noted|warned|insisted|stressed)\b)\w{3,}ed|ran|met|held|signed|began|took|made|won|lost|went|gave|sent|struck|broke|fell|rose)\b(?![^]*\b(?:to|that|will|would|shall|could|can|may|might|must|due|set|scheduled|planned|expected|until|by|before|through|ahead|deadline|plans?|aims?)\b)[^]*$/i

// The day, then a happening it names: "February 26 parliamentary elections", "the July 1 anniversary of the handover".
const NAMED_HAPPENING = /^[\p{L}.]+(?:\s+\d{1,2})?,?\s+(?:[\p{Ll}-]+\s+){0,2}(?:elections?|polls?|vote|ballot|referendum|summit|talks|meeting|conference|ceremony|hearing|trial|anniversary|protests?|attacks?)\b/u

function doneVerbBefore(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 100), offset)
  // "who registered for the February 26 parliamentary elections": the day names the happening, not the verb's day.
  if (/\b(?:the|its|their)\s+$/i.test(before) && NAMED_HAPPENING.test(text.slice(offset, offset + 60))) return false
  return CLAUSE_VERB_DONE.test(before.slice(before.search(/[^.;:!?\n,—–]*$/)))
}

// "the general election will be held in seven phases, starting on April 11, with votes counted on May 23": a participle
// after a sentence's future tells what is to come.
const FUTURE_IN_SENTENCE = /\b(?:will|shall|(?:is|are) (?:to|due|scheduled|set|expected))\b[^.!?\n]*$/i

// "the Nov. 30 deadline ran out", "the Oct. 22 primary was won by": the day's happening, then its verb in the past.
const DONE_AFTER = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:ran out|expired|passed|lapsed|ended|was (?!(?:scheduled|planned|expected|set|due|postponed|delayed)\b)\w+ed|were (?!(?:scheduled|planned|expected|set|due|postponed|delayed)\b)\w+ed)\b/u
const YEAR_AFTER = /^,?\s+(?:19|20)\d\d\b/
const DONE_BEFORE = /\b(?:(?!(?:scheduled|planned|expected|slated|postponed|delayed|rescheduled|set)\b)\w{3,}ed|said|told|spoke|wrote|broadcast|held|met|made|given|sent|struck|won|lost|spoken|written|taken|shot|began|begun|fell|flew|gave|went|came|took|left),?\s+(?:on\s+)?$/i

/** The day before `date` when the text speaks of `date`'s weekday as still ahead. */
function beforeAheadWeekday(text: string, date: IsoDate): IsoDate {
  return namedWeekdays(text).ahead.has(weekdayOf(date)) ? addDays(date, -1) : date
}

/** With no dated story: the latest full date the text mentions that is not after the file's date. */
export function latestMentionedDate(text: string, fileDate: IsoDate | null): IsoDate | null {
  const past = mentionedFullDates(text).filter((d) => !fileDate || d <= fileDate).sort()
  return past.at(-1) ?? null
}

const YEAR_NAMED = /\b(?:19[5-9]\d|20\d\d)\b/g
/** How many years on from the latest year the texts name a weekday's day is looked for. */
const PINNED_YEAR_REACH = 12

/**
 * With no dated report and no full date: a day the texts name with its weekday but no year ("On Friday, August 23, Zelimkhan
 * Khangoshvili was shot"), in the first year from the latest one they name in which the weekday falls on it, and not after
 * the file's date. A report names background years before its own ("arrived in Germany in 2016").
 */
function pinnedYearlessDay(texts: readonly string[], fileDate: IsoDate | null): IsoDate | null {
  const lastYear = fileDate ? Number(fileDate.slice(0, 4)) : Infinity
  // Not Math.max(...years): a hostile text may name more years than a call takes arguments.
  let from = -Infinity
  for (const text of texts) for (const m of text.matchAll(YEAR_NAMED)) if (Number(m[0]) <= lastYear && Number(m[0]) > from) from = Number(m[0])
  if (from === -Infinity) return null
  let best: IsoDate | null = null
  for (const text of texts) {
    mentionedMonthDays(text, (offset, length) => {
      const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, offset - 32), offset))
      const monthDay = weekday && mentionedMonthDays(text.slice(offset, offset + length))[0]
      if (!monthDay || YEAR_AFTER.test(text.slice(offset + length, offset + length + 7))) return false
      const start = offset - weekday[0].length
      if (tenseInSentence(text, start, offset + length - start) === 'future') return false
      for (let year = from; year <= Math.min(from + PINNED_YEAR_REACH, lastYear); year++) {
        const date = `${year}-${monthDay}`
        if (weekdayOf(date) !== weekdayNamed(weekday[1])) continue
        if ((!fileDate || date <= fileDate) && (!best || date > best)) best = date
        break
      }
      return false
    })
  }
  return best
}

function latestFileDate(dates: readonly (IsoDate | null)[]): IsoDate | null {
  return dates.filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null
}

/** A date the loader read from a printed line of the page is the article's words ('text'), not a date line. */
function statedHow(doc: Pick<ArticleDocument, 'lines'>): PublishedFrom {
  const line = doc.lines.find((l) => l.kind === 'date')
  return line && !/^\s*date \d{4}-\d{2}-\d{2}/.test(line.text) ? 'text' : 'dateline'
}

/** `textDates[i]`: dateFromText of document i, read only when the document states no date of its own. */
export function inferPublicationDates(
  documents: readonly ArticleDocument[],
  groups: readonly StoryGroup[],
  textDates: readonly (TextDate | null)[],
): PublicationDate[] {
  const result: PublicationDate[] = documents.map((d, i) => {
    if (d.published) return { published: d.published, publishedFrom: statedHow(d) }
    const own = textDates[i]
    if (own) return { published: own.date, publishedFrom: 'text' }
    return { published: d.fileDate, publishedFrom: d.fileDate ? 'file' : null }
  })
  // A day without its year in a text that names no full date, though the folder's other reports state theirs: of the year
  // those are of ("TALLINN, Aug 19" among reports of September and October 2015), not of the day the file was copied.
  const folderStated = [...new Set(documents.flatMap((d, i) => (d.published || textDates[i]?.yearStated ? [result[i].published!] : [])))]
  const ofFolderYear = documents.map((d, i) => {
    const own = textDates[i]
    if (d.published || !own || own.yearStated || !folderStated.length || mentionedFullDates(d.text).length) return false
    result[i] = { published: placedDate(own, (day) => yearOfFolder(day, folderStated, d.text)), publishedFrom: 'text' }
    return true
  })
  for (const group of groups) {
    const stated = group.members.filter((i) => documents[i].published || textDates[i]?.yearStated)
    // A story none of whose reports states its year: those whose year their dateline's weekday, or the folder, fixes stand
    // for dated ones.
    const dated = stated.length ? stated : group.members.filter((i) => textDates[i]?.weekdayPinned || ofFolderYear[i])
    const known = dated.map((i) => result[i].published!)
    // A story of undated reports that name no full date: the day one of them names with its weekday stands for a dated one.
    if (!known.length && group.members.every((i) => !latestMentionedDate(documents[i].text, documents[i].fileDate))) {
      const day = pinnedYearlessDay(group.members.map((i) => documents[i].text), latestFileDate(group.members.map((i) => documents[i].fileDate)))
      if (day) known.push(day)
    }
    const centre = storyCentre(known)
    const sorted = [...known].sort()
    // Dated reports more than three days apart: a story told over days, whose undated reports need anchoring by
    // the happenings they share with dated reports; in a story of one day only one named by its day ("Sunday's
    // referendum") moves a report from the day its weekdays give.
    const overDays = sorted.length > 1 && Date.parse(sorted.at(-1)!) - Date.parse(sorted[0]) > SAME_DAYS_MS
    let sentences: DatedSentence[] | undefined
    let toldDays: Set<IsoDate> | undefined
    // A report dated by a dateline without its year is of the story's span all the same: what it tells anchors the undated
    // reports too, when no report that states its year tells it ("RAŠKA, Serbia, Jan 14 - A Serbian train ... was stopped on
    // Saturday" for "Four days after a train painted in the Serbian tricolour was stopped at Raška").
    const spanned = stated.length ? group.members.filter((i) => !documents[i].published && textDates[i] && !textDates[i]!.yearStated) : []
    for (const i of spanned) result[i] = { published: placedDate(textDates[i]!, (day) => nearestYearToSpan(day, sorted[0], sorted.at(-1)!)), publishedFrom: 'text' }
    const sentencesOf = (members: readonly number[]): DatedSentence[] => datedSentences(members.map((i) => ({ text: documents[i].text, published: result[i].published! })))
    const datedSentencesOnce = (): DatedSentence[] => (sentences ??= sentencesOf(dated))
    let toldSentences: DatedSentence[] | undefined
    const toldSentencesOnce = (): DatedSentence[] => (toldSentences ??= [...datedSentencesOnce(), ...sentencesOf(spanned)])
    const anchorSets = spanned.length ? [datedSentencesOnce, toldSentencesOnce] : [datedSentencesOnce]
    /** What `read` finds in the dated reports' sentences, else in those of the reports dated without their year too. */
    const toldByAny = <T>(read: (sentences: () => readonly DatedSentence[]) => T | null): T | null => read(datedSentencesOnce) ?? (spanned.length ? read(toldSentencesOnce) : null)
    group.members.forEach((i, k) => {
      const doc = documents[i]
      if (doc.published) return
      // The headline leads too: "Three weeks after the flotilla, Israel loosens its grip on Gaza".
      const text = doc.title && !doc.text.startsWith(doc.title) ? `${doc.title}.\n${doc.text}` : doc.text
      const own = textDates[i]
      if (own) {
        if (!own.yearStated && centre) result[i] = { published: placedDate(own, (day) => nearestYearToSpan(day, sorted[0] ?? centre, sorted.at(-1) ?? centre)), publishedFrom: 'text' }
        // A story with no year anywhere: the year a yearless dateline's takes, not the placeholder a count from a day without
        // its year was made in ("Two weeks ago, on August 30").
        else if (!own.yearStated && !ofFolderYear[i]) result[i] = { published: placedDate(own, (day) => yearOfText(day, doc.text, doc.fileDate)), publishedFrom: 'text' }
        return
      }
      if (centre) {
        const counted = toldByAny((sentences) => countedFromTold(text, sentences))
        if (counted) {
          result[i] = { published: counted, publishedFrom: 'story' }
          return
        }
        // A story told over days has no one day: the report most like this one, when far from the centre, tells of its
        // days, and the happenings it dates by weekday that dated reports date in full say which week it was written in.
        const closest = group.closestDated[k]
        const near = closest >= 0 ? result[closest].published! : centre
        const centreGuess = dateFromStory(text, centre, sorted[0])
        let guess = centreGuess
        if (Math.abs(Date.parse(near) - Date.parse(centre)) > SAME_DAYS_MS) {
          // A next-day report most like an analysis weeks on (TASS on the Geneva summit, like an arms-control review of
          // October) stays of the story's days when, counted from there, at least half the weekdays it names as past
          // fall on days the dated reports tell of, and none does counted from the report like it.
          const nearGuess = dateFromStory(text, near, sorted[0])
          // The days it names in full count too ("delivered ... on December 3" beside "told lawmakers on Thursday"); so does a
          // weekday it looks ahead to that a dated report tells ("the conference that opens in Paris on Monday").
          const told = (toldDays ??= storyDays(datedSentencesOnce()))
          const days = new Set([...told, ...ownDays(text, centre)])
          const onCentre = pastWeekdaysOn(text, centreGuess, days)
          const nearOn = pastWeekdaysOn(text, nearGuess, days)
          // As many either way ("called in China's representatives on Monday"): a report that names a day in full as done ("an
          // interview broadcast on April 21") is of the week after it, not of a week weeks on.
          const done = ownDays(text, centre).sort().at(-1)
          const weekAfterDone = (guess: IsoDate): boolean => done !== undefined && guess >= done && toDay(guess) - toDay(done) <= 6
          // Or one that tells a happening a dated report dates as so long before ("Varadkar, whose talks with Johnson near
          // Liverpool a week earlier unlocked the negotiations") is of the day so long after it.
          let countedDaysOn: IsoDate[] | undefined
          const countedOn = (guess: IsoDate): boolean => (countedDaysOn ??= countedOnFromTold(text, datedSentencesOnce)).some((day) => Math.abs(toDay(day) - toDay(guess)) <= 1)
          const ofCentre =
            (onCentre > 0 && onCentre * 2 >= namedWeekdays(text).past.size && nearOn === 0) ||
            (onCentre > 0 && onCentre === nearOn && weekAfterDone(centreGuess) && !weekAfterDone(nearGuess)) ||
            (onCentre === nearOn && countedOn(centreGuess) && !countedOn(nearGuess)) ||
            (aheadWeekdaysOn(text, centreGuess, told) > 0 && aheadWeekdaysOn(text, nearGuess, told) === 0) ||
            (weekAfterPinned(text, centreGuess, centre) && !weekAfterPinned(text, nearGuess, centre))
          // A lead that counts from the story's happening ("returned on Thursday, a week after he was sworn in") counts
          // from the story's days, not from those of a report weeks on that it happens to be like.
          if (!ofCentre && !countsFromStoryDay(text)) guess = nearGuess
          // Neither: the week in which more of the weekdays it names as past fall on the days the dated reports tell of.
          // Not when the two agree, nor when the lead counts from the story's happening.
          if (!ofCentre && centreGuess !== nearGuess && !countsFromStoryDay(text)) {
            const week = toldWeek(text, days, done ?? null, sorted[0], sorted.at(-1)!)
            // Nor when no more of its weekdays fall on days a dated report tells in the words of the weekday's sentence than
            // from the report it is most like, where some do: "The ceasefire agreed in Khartoum last Wednesday" is the
            // Wednesday of the declaration's report, whatever days a report weeks on tells.
            const toldOn = (day: IsoDate): number => weekdaysToldOn(text, day, datedSentencesOnce())
            const toldNear = week ? toldOn(nearGuess) : 0
            if (week && pastWeekdaysOn(text, week, days) > Math.max(onCentre, nearOn) && (toldNear === 0 || toldOn(week) > toldNear)) guess = week
          }
        }
        let published = withinAnchors(text, guess, anchorSets, overDays)
        // A report that tells a month of the story's as past ("which Vilnius did in September") appeared after it began:
        // then it is of the days of the first dated report since (not of an August report it is most like).
        const since = monthsToldBound(text, sorted[0], sorted.at(-1)!)
        const after = since && published < since ? dated.map((j) => result[j].published!).filter((d) => d >= since).sort()[0] : undefined
        if (after) published = withinAnchors(text, dateFromStory(text, after), anchorSets, overDays)
        // Nor before the month after a happening it tells as of last month, or the year after a day of the story it tells as last
        // year's ("a note signed ... on October 3 last year"): then of the first dated report since, or of the weekdays it names
        // counted from that month's first week.
        const notBefore = [monthAfterToldLastMonth(text, datedSentencesOnce), yearAfterToldLastYear(text, sorted[0], sorted.at(-1)!, datedSentencesOnce)].filter((d): d is IsoDate => d !== null).sort().at(-1)
        if (notBefore && published < notBefore) {
          const firstSince = dated.map((j) => result[j].published!).filter((d) => d >= notBefore).sort()[0]
          published = withinAnchors(text, dateFromStory(text, firstSince ?? addDays(notBefore, 3)), anchorSets, overDays)
          if (published < notBefore) published = notBefore
        }
        // Nor before the day a happening it counts back to was that many days ago: then of the weekdays it names as past from there.
        const countedBack = agoCountedBound(text, centre, datedSentencesOnce)
        if (countedBack && published < countedBack) {
          published = pastRunIn(text, countedBack)
        }
        // A count back to today from a happening a dated report gives ("since he landed a week ago today") names the day itself.
        const agoToday = agoTodayDay(text, datedSentencesOnce)
        if (agoToday) published = agoToday
        // Nor in the week of a happening it tells as last week's that a dated report dates: then of the weekdays it names as
        // past from the Monday after.
        const weekAfter = lastWeekToldBound(text, datedSentencesOnce)
        if (weekAfter && published < weekAfter) {
          published = pastRunIn(text, weekAfter)
        }
        // Nor after so long a time from a happening a dated report gives, when the text says it is now within it ("Moscow is
        // replacing its Western partners less than a month after it ended its military agreement with the United States"): then
        // of the last weekday it names as past before that.
        const bound = countedBound(text, datedSentencesOnce)
        if (bound && published > bound) published = [...namedWeekdays(text).past].map((w) => weekdayOnOrBefore(bound, w)).sort().at(-1) ?? bound
        // Nor before a day it tells as past with its year ("On August 2, 2019, ... the Treaty ... was terminated"): a live blog of
        // that day, most like the report of the treaty's suspension six months before, had been put beside it. From that day on,
        // the weekdays it tells as past run to its own ("an event in Kinshasa on 21 January 2024" and "a statement released on
        // Monday": the 22nd). A happening it counts on from a day so named ("came two weeks to the day after ..., on October 3")
        // is its own news, of that day.
        const pastInFull = fullDaysToldAsPast(text).at(-1)
        const countedOn = daysCountedAfterNamed(text, centre).sort().at(-1)
        if (pastInFull && published < pastInFull) published = nextDaysRun(pastInFull, toldAsPast(text), namedWeekdays(text).ahead)
        if (countedOn && published < countedOn) published = countedOn
        const toldInFull = [pastInFull, countedOn].filter((d): d is IsoDate => d !== undefined).sort().at(-1)
        // Nor before a day it names with its weekday as done ("voted 15-0 to adopt resolution 2118 on Friday, September 27").
        const done = pinnedDays(text, centre).filter((p) => !p.ahead && !p.entry)
        const pinned = done.map((p) => p.date).sort().at(-1)
        if (pinned && published < pinned) published = pinned
        // Nor weeks after a day its lead's first sentence gives in full with its weekday ("arrested five Nigerien nationals on
        // Wednesday, June 5"): the report is of that day's week, not of the later one it is most like. Not a day the lead
        // recalls after counting from it ("have now spent eight nights ... The facts are not in dispute. On the morning of Sunday, April 1").
        const lead = leadSentence(text)
        const leadPinned = lead && done.find((p) => p.at >= lead.from && p.at < lead.to)
        if (leadPinned && toDay(published) - toDay(leadPinned.date) > LEAD_PINNED_REACH_DAYS) {
          // A weekday its own sentence names beside it is of that week ("put to a vote on Friday 23 December ..., after Egypt
          // ... asked on Thursday"), not one the report counts on to.
          const { past, ahead } = namedWeekdays(text)
          const beside = new Set(weekdayMentions(sentenceAround(text, leadPinned.at)).map((m) => m.weekday))
          published = pastRunFrom(leadPinned.date, new Set([...past].filter((w) => !beside.has(w))), ahead)
        }
        // A weekend edition is of the Saturday after the last day it names so ("Weekend edition | Issue 212", a masthead the
        // cleaning drops, over "On Thursday morning, May 20"); not one of last week ("at the end of last Friday, 15 September").
        const thisWeek = done.filter((p) => !/\blast\s+$/i.test(text.slice(Math.max(0, p.at - 5), p.at))).map((p) => p.date).sort().at(-1)
        if (thisWeek && weekendEdition(doc, text)) published = weekdayOnOrBefore(addDays(thisWeek, 6), SATURDAY)
        // A report put on a day it names as past ("Obama and Castro spoke on Tuesday", read as the report's own day) is
        // not of a day before a dated report first gave the words it quotes (Wednesday's address).
        const quoted = namedWeekdays(text).past.has(weekdayOf(published)) ? quotedSince(text, datedSentencesOnce) : null
        if (quoted && published < quoted) published = quoted
        published = beforePinnedAhead(text, published, centre)
        published = inWeekOfPinnedAhead(text, published, centre)
        const own = ownWeekdayNamed(text)
        published = dayOfOwnWeekdayNamed(own, published, pinned)
        // A day the report tells in the pluperfect ("On Monday night, Machado had said") came before the report's.
        if (namedWeekdays(text).earlier.has(weekdayOf(published))) published = addDays(published, 1)
        const afterPinned = yesterdayPinned(text, centre)
        if (afterPinned && Math.abs(toDay(afterPinned) - toDay(published)) <= 7) published = afterPinned
        // A lead that tells a happening of last night: the day after the one a dated report gives it, near the guess.
        const afterTold = toldByAny((sentences) => dayAfterToldLastNight(text, sentences))
        // Further when the lead names its yesterday's weekday and the day after the one a dated report gives falls on the
        // report's weekday so named: "opened yesterday, Tuesday", which a dated report gives as Tuesday, April 11, a week after
        // the weekdays' guess.
        const reach = afterTold && weekdayOf(afterTold) === weekdayOf(published) && YESTERDAY_NAMED.test(text) ? YESTERDAY_NAMED_REACH_DAYS : LAST_NIGHT_REACH_DAYS
        // Not on another weekday than the one it names as its own ("yesterday, three days after the special forces overthrew
        // President Alpha Condé" is no overthrow of yesterday in a report of "today, Thursday").
        if (afterTold && Math.abs(toDay(afterTold) - toDay(published)) <= reach && (!own || weekdayOf(afterTold) === own.weekday)) published = afterTold
        else if (!mentionedMonthDays(text).length) {
          // A report that names no day of its own, whose happening of yesterday a dated report gives months before its own day
          // ("A man was shot dead in broad daylight in the Kleiner Tiergarten park in Moabit yesterday", told in December as
          // "shot dead in the Kleiner Tiergarten park in the Moabit district on August 23"): the day after that one, when it is
          // not the one found near, which the guess was too far from.
          const longBefore = dayAfterToldLastNight(text, datedSentencesOnce, Infinity)
          if (longBefore && longBefore < published && (!afterTold || longBefore < afterTold)) published = longBefore
        }
        // Nor of another week than the one a dated report gives the lead's weekday's happening: a day of slack before it, and
        // after it the six days a weekday named bare is of ("Darmanin said on Thursday"), or seven for one named as last week's.
        const leadWeekday = leadPastWeekday(text)
        const leadDay = leadWeekday && toldByAny((sentences) => leadWeekdayTold(text, leadWeekday, sentences))
        const toldReach = leadWeekday && /\blast\s+$/i.test(text.slice(Math.max(0, leadWeekday.offset - 5), leadWeekday.offset)) ? 7 : 6
        if (leadDay && (toDay(published) < toDay(leadDay) - 1 || toDay(published) - toDay(leadDay) > toldReach)) {
          const week = dateFromStory(text, leadDay)
          published = week >= leadDay && toDay(week) - toDay(leadDay) <= 6 ? week : addDays(leadDay, 1)
        }
        // What the report tells came so long after a happening the story dates ("The summons came six days after France's foreign
        // minister ... met President Abdelmadjid Tebboune", "Counting continued on Friday, two days after Zimbabweans voted on
        // Wednesday, August 23"): the report is of that day as its own words place it.
        // Not before a day the report names in full as done ("The remarks came three days after a Chinese ban on group tours ...
        // took effect. Since Wednesday, March 15, ...": a report of the ban's order, on March 2, tells another happening).
        const newsDay = toldByAny((sentences) => countedNewsDay(text, centre, sentences))
        if (newsDay && !(pinned && newsDay < pinned) && !(toldInFull && newsDay < toldInFull)) published = newsDay
        // A lead of a happening of tomorrow that a dated report gives ("The International Court of Justice will tomorrow deliver its
        // judgment"): the report is of its eve, when that is near.
        const eve = toldByAny((sentences) => dayBeforeToldTomorrow(text, sentences))
        if (eve && Math.abs(toDay(eve) - toDay(published)) <= EVE_REACH_DAYS && !(pinned && eve < pinned) && !(toldInFull && eve < toldInFull)) published = eve
        // A column that says the weekday it runs on ("Hélène Marchetti writes about the Mediterranean every Saturday") is of that
        // weekday nearest the guess.
        const runsOn = columnWeekday(doc)
        if (runsOn !== null) published = weekdayOnOrBefore(addDays(published, 3), runsOn)
        // Nor after the page's last change or the file's ("Last modified on Mon 14 Sep 2020" over an analysis of the 13th).
        if (doc.fileDate && published > doc.fileDate) published = doc.fileDate
        result[i] = { published, publishedFrom: 'story' }
        return
      }
      const latest = latestMentionedDate(text, doc.fileDate)
      if (latest) {
        const weekday = mentionedWeekday(text)
        const guess = weekday === null ? latest : weekdayOnOrBefore(addDays(latest, 6), weekday)
        result[i] = { published: doc.fileDate && guess > doc.fileDate ? latest : guess, publishedFrom: 'story' }
      }
    })
  }
  return result
}
