// Anchors for an undated report of a story told over several days: a happening it dates by weekday
// ("Putin signed the law on Friday") that a dated report of the story dates in full ("Putin signed the
// ratification law on Jan. 29") says which week the report was written in.
import type { IsoDate } from '../../shared/model'
import { type DateMention, type DateWindow, findDates } from '../dates'
import { addDays, mondayOf, weekday as weekdayOf } from '../dates/calendar'
import { splitSentences } from '../text'
import { contentTokens } from './features'

/** A weekday the undated report names, where, and whether it speaks of it as still ahead. */
export interface WeekdayMention {
  offset: number
  /** 0 for Sunday, as Date.getUTCDay; null for "next week", any day of the week after the report's. */
  weekday: number | null
  ahead: boolean
}

export interface DatedReport {
  text: string
  published: IsoDate
}

/** A sentence of a dated report, with its content words; its dates are read when a clause first needs them. */
export interface DatedSentence {
  text: string
  published: IsoDate
  words: ReadonlySet<string>
  dates?: readonly DateMention[]
}

/** The sentences of a story's dated reports, read once for all its undated reports. */
export function datedSentences(reports: readonly DatedReport[]): DatedSentence[] {
  return reports.flatMap((report) => splitSentences(report.text).map((s) => ({ text: s.text, published: report.published, words: new Set(contentTokens(s.text)) })))
}

/** Content words two clauses must share to tell of the same happening: "Putin", "signed", "law". */
const SHARED_WORDS = 3
/** How far from its report's day a dated happening may lie: an analysis looks back over the five or six weeks of its story. */
const NEAR_MS = 45 * 86_400_000

/**
 * The days the report can have appeared on, or null when nothing anchors it or the anchors disagree: a
 * past weekday's happening falls in the six days up to the report, one still ahead in the six days after.
 * `readSentences` is called only when the report names a weekday that could anchor it; without `clauses`,
 * only a happening named by its day ("Sunday's referendum") does.
 */
export function anchoredSpan(
  text: string,
  mentions: readonly WeekdayMention[],
  readSentences: () => readonly DatedSentence[],
  { clauses = true }: { clauses?: boolean } = {},
): { from: IsoDate; to: IsoDate } | null {
  const told = mentions
    .map((m) => ({ ...m, words: clauses ? clauseWords(clauseAt(text, m.offset)) : new Set<string>(), named: namedHappening(text, m), sentence: sentenceAround(text, m.offset) }))
    .filter((m) => m.words.size >= SHARED_WORDS || m.named.length)
  if (!told.length) return null
  const sentences = readSentences()
  const best = told.map(() => ({ shared: 0, day: null as IsoDate | null }))
  for (const sentence of sentences) {
    const shared = told.map((m) => countShared(m.words, sentence.words))
    if (!told.some((m, k) => shared[k] >= SHARED_WORDS || m.named.some((w) => sentence.words.has(w)))) continue
    sentence.dates ??= findDates(sentence.text, { reference: sentence.published, anchor: null })
    for (const d of sentence.dates) {
      // A day of the story's own weeks, not the treaty's signing years before.
      const days = daysOf(d)
      if (!days.length || Math.abs(Date.parse(d.start) - Date.parse(sentence.published)) > NEAR_MS) continue
      const clause = clauseWords(clauseAt(sentence.text, d.offset))
      const beside = besideDate(sentence.text, d)
      for (const day of days) told.forEach((m, k) => {
        if (m.weekday !== null && m.weekday !== weekdayOf(day)) return
        const n = countShared(m.words, clause)
        // Half of each clause: a name two clauses share ("opposition politician Alexei Navalny") is not their happening.
        // Not of another rank ("handed over its military base at Faya-Largeau ..., the first of its three sites", "handed over
        // its last military base in Chad on Thursday").
        const byClause = shared[k] >= SHARED_WORDS && n >= SHARED_WORDS && n * 2 >= Math.max(m.words.size, clause.size) && !otherRank(m.sentence, sentence.text) ? n : 0
        // "Sunday's referendum" is the "referendum next Sunday" of a dated report: the same noun beside a day of that weekday.
        const byName = m.named.some((w) => beside.has(w)) ? SHARED_WORDS : 0
        if (!byClause && !byName) return
        // A bare weekday's day depends on how its tense was read ("Referendum on Sunday" over a report of Tuesday); a
        // date ("October 2", "next Sunday") does not, and outweighs it.
        const score = Math.max(byClause, byName) - (BARE_WEEKDAY.test(d.phrase) ? 0.5 : 0)
        // Two dated reports that put the best match on different days leave the weekday unanchored.
        if (score > best[k].shared) best[k] = { shared: score, day }
        else if (score === best[k].shared && best[k].day !== day) best[k] = { shared: score, day: null }
      })
    }
  }
  let from: IsoDate | null = null
  let to: IsoDate | null = null
  told.forEach((m, k) => {
    const day = best[k].day
    if (!day) return
    const [lo, hi] = m.weekday === null ? weekBefore(day) : m.ahead ? [addDays(day, -6), addDays(day, -1)] : [day, addDays(day, 6)]
    if (!from || lo > from) from = lo
    if (!to || hi < to) to = hi
  })
  return from && to && from <= to ? { from, to } : null
}

/** The days a date tells: its day, or each day of a span of a few ("Blinken will visit Beijing on Sunday and Monday"). */
export function daysOf(d: DateWindow): IsoDate[] {
  if (d.precision === 'day') return [d.start]
  const days: IsoDate[] = []
  if (d.precision === 'week' && d.end <= addDays(d.start, 2)) for (let day = d.start; day <= d.end; day = addDays(day, 1)) days.push(day)
  return days
}

/** The calendar week (Monday to Sunday) before the one `day` falls in: when "next week" was written. */
function weekBefore(day: IsoDate): [IsoDate, IsoDate] {
  const monday = mondayOf(day)
  return [addDays(monday, -7), addDays(monday, -1)]
}

// "Sunday's referendum", "Tuesday's phone call": the happening named by its day, in the noun or two after it.
const POSSESSIVE = /^\p{L}+['’]s\s+(\p{Ll}+(?:[\s-]\p{Ll}+)?)/u
// "ahead of Sunday's referendum" may name a happening still to come; its tense is not read from the noun.
const BEFORE_IT = /\b(?:ahead of|before|until|for)\s+$/i

/** The content words of the happening a weekday names in the possessive, when it is told as past; else none. */
function namedHappening(text: string, mention: WeekdayMention): string[] {
  if (mention.ahead) return []
  const after = POSSESSIVE.exec(text.slice(mention.offset, mention.offset + 60))
  if (!after || BEFORE_IT.test(text.slice(Math.max(0, mention.offset - 12), mention.offset))) return []
  return contentTokens(after[1])
}

const BARE_WEEKDAY = /^(?:on\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day$/i

/** The content words within a few words of a date phrase: "a referendum next Sunday", "the October 2 referendum". */
function besideDate(text: string, date: DateMention): Set<string> {
  return new Set(contentTokens(text.slice(Math.max(0, date.offset - 25), date.offset + date.length + 25).replace(DATE_WORDS, ' ')))
}

/** A clause's content words, without those of its date ("Jan. 29", "Friday"). */
function clauseWords(clause: string): Set<string> {
  return new Set(contentTokens(clause.replace(DATE_WORDS, ' ')))
}

const DATE_WORDS = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,4})(?:['’]s)?\b/gi

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0
  for (const w of a) if (b.has(w)) n++
  return n
}

// What ends a clause: a stop, a comma or dash, or a conjunction that opens another happening ("... came as Washington condemned ...").
const CLAUSE_END = /[.!?\n,;:—–]|\b(?:as|when|while|after|before|because|since|until|whereas)\b/gi

/** The clause of `text` around `offset`, read within a few hundred characters of it. */
function clauseAt(text: string, offset: number): string {
  const from = Math.max(0, offset - 300)
  const window = text.slice(from, offset + 300)
  const at = offset - from
  let start = 0
  let end = window.length
  for (const m of window.matchAll(CLAUSE_END)) {
    if (m.index < at) start = m.index + m[0].length
    else {
      end = m.index
      break
    }
  }
  return window.slice(start, end)
}

// Curly marks pair themselves; straight ones only within a paragraph, opening at a word's start and closing at its end.
const QUOTATION = /“([^”\n]{30,400})”|(?<![\p{L}\d])"([^"\n]{30,400})"(?![\p{L}\d])/gu
/** Content words a quotation needs to be recognised in another report, and the share of them that report must hold. */
const QUOTE_WORDS = 5
const QUOTE_SHARE = 0.8
const QUOTES_FOUND = 2

/**
 * The earliest of the days on which the words an undated report quotes were first told by a dated report (the day
 * that report gives the words, else its own day): the report is unlikely to have quoted them all before. A live blog
 * that quotes the address a wire of Wednesday carries is not of Tuesday, the day of the phone call it also tells.
 * Null when it quotes fewer than two passages a dated report holds.
 */
export function quotedSince(text: string, readSentences: () => readonly DatedSentence[]): IsoDate | null {
  let since: IsoDate | null = null
  let found = 0
  for (const m of text.matchAll(QUOTATION)) {
    const words = new Set(contentTokens(m[1] ?? m[2]))
    if (words.size < QUOTE_WORDS) continue
    let first: IsoDate | null = null
    for (const sentence of readSentences()) {
      if (countShared(words, sentence.words) < words.size * QUOTE_SHARE) continue
      sentence.dates ??= findDates(sentence.text, { reference: sentence.published, anchor: null })
      const told = sentence.dates.filter((d) => d.precision === 'day' && !d.future && d.start <= sentence.published && Math.abs(Date.parse(d.start) - Date.parse(sentence.published)) <= NEAR_MS).map((d) => d.start).sort().at(-1)
      const day = told ?? sentence.published
      if (!first || day < first) first = day
    }
    // Every quotation told: the earliest such day bounds the report. One alone is no sign: a next day's report may
    // quote words of the day before without saying when they were said.
    if (first) found++
    if (first && (!since || first < since)) since = first
  }
  return found >= QUOTES_FOUND ? since : null
}

/** The sentence (between stops and line breaks) of the text around [from, to). */
export function sentenceAround(text: string, from: number, to = from): string {
  let start = from
  while (start > 0 && !SENTENCE_STOP.test(text[start - 1])) start--
  let end = to
  while (end < text.length && !SENTENCE_STOP.test(text[end])) end++
  return text.slice(start, end)
}

const SENTENCE_STOP = /[.!?\n]/

// Not the "last" of a time ("ended its defence agreement with Paris last month").
const RANK = /\b(?:first|second|third|fourth|fifth|final|last(?!\s+(?:week|weekend|month|year|night|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))\b/gi

/** Two sentences that rank what they tell differently ("in its second reading on Wednesday", "in a first reading"): two happenings. */
export function otherRank(a: string, b: string): boolean {
  const ranks = (s: string): Set<string> => new Set([...s.matchAll(RANK)].map((m) => m[0].toLowerCase()))
  const x = ranks(a), y = ranks(b)
  return x.size > 0 && y.size > 0 && ![...x].some((r) => y.has(r))
}
