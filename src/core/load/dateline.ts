// Publication dates the file itself prints: the ` date YYYY-MM-DD` marker, "Published ..." lines and
// bare date lines near the top ("JANUARY 21, 2022", "Friday 22 July 2022 - 23:49").
import type { IsoDate } from '../../shared/model'
import { makeDate } from '../dates/calendar'

/** The marker some saved pages start with: ` date 2021-12-27 ` followed by the text. */
export const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '((?:19|20)\\d{2})'
// A US time zone: "11:47 AM" alone is written day-first too (the Gulf, South Asia).
const AMERICAN_TIME = /\b(?:[ECMP][SD]T|ET|PT)\b/
const DATE_FORMS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string | number, string] }[] = [
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i'), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), parts: (m) => [m[3], m[1], m[2]] },
  { re: /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|(?=T\d))/, parts: (m) => [m[1], Number(m[2]), m[3]] },
  // Dots are the day-first countries' (09.08.2025 is 9 August): the US writes slashes.
  { re: /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})\b/, parts: (m) => [m[3], Number(m[2]), m[1]] },
  // The month in Roman numerals, as Central and Eastern Europe writes it: "14.III.2018", "14 III 2018".
  { re: /\b(0?[1-9]|[12]\d|3[01])[. ](I{1,3}|IV|VI{0,3}|IX|XI{0,2})[. ]((?:19|20)\d{2})\b/, parts: (m) => [m[3], ROMAN_MONTHS.indexOf(m[2]) + 1, m[1]] },
  // East Asian papers: "2016年5月28日".
  { re: /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/, parts: (m) => [m[1], Number(m[2]), m[3]] },
  // With slashes, day and month in either order only when the numbers say which is which (21/01/2022, 01/21/2022).
  { re: /\b(1[3-9]|2\d|3[01])[/](0?[1-9]|1[0-2])[/]((?:19|20)\d{2})\b/, parts: (m) => [m[3], Number(m[2]), m[1]] },
  { re: /\b(0?[1-9]|1[0-2])[/](1[3-9]|2\d|3[01])[/]((?:19|20)\d{2})\b/, parts: (m) => [m[3], Number(m[1]), m[2]] },
]

// A wire dateline's month, capitalised as the wire writes it.
const WIRE_MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
// "GENEVA, January 21. /TASS/", "GENEVA, Jan 21 (Reuters) -", "TEHRAN, Nov. 3 (Xinhua) --", "JERUSALEM/DUBAI, June 13 (Levant Wire) –",
// "GYEONGJU, South Korea, Oct. 31 (Lakeshore Post) -"
const DATELINE = new RegExp(
  String.raw`^\s*(?:\p{Lu}[\p{Lu}\p{Ll} .'’-]{1,40}?,\s+)?(\p{Lu}[\p{Lu}\s.'’/-]{2,30}),\s+(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2},\s+)?(${WIRE_MONTH})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:[.,]?\s*/?\s*\(?\s*(?:/?[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+){0,3}/?)\s*\)?\s*)?(?:[-–—:]|\.|/)`,
  'u',
)
// "Pyongyang, September 14 (KCNA) --": a city written in small letters opens a dateline when the agency follows the day.
const AGENCY_DATELINE = new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}[\p{L}\s.'’-]{1,30}),\s+(${WIRE_MONTH})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*\(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,3}\)\s*[-–—:]`, 'u')
// Datelines with the year: "May 12, 2023 (JEDDAH) –", "12 May 2023 (KHARTOUM) -" (the date, then the place), and
// "Asmara, 17 July 2018 -", "ROTTERDAM, 12 March 2017 (BNA) –" (the place, then the date, day first).
const FULL_DATELINE = new RegExp(
  String.raw`^\s*(?:(?:(${WIRE_MONTH})\.?\s+(\d{1,2}),?|(\d{1,2})\s+(${WIRE_MONTH})\.?,?)\s+(\d{4})\s*\(\p{Lu}[\p{Lu}\s.'’-]{2,30}\)|\p{Lu}[\p{L}\s.'’-]{2,30},\s+(\d{1,2})\s+(${WIRE_MONTH})\.?,?\s+(\d{4})(?:\s*\(\p{Lu}[\p{L}\s.'’/-]{1,30}\))?)\s*[-–—:]`,
  'u',
)

/** The day a wire's dateline opening `line` gives, its year null when the dateline has none ("GENEVA, Jan 21 (Reuters) -"). */
export function readDateline(line: string): { year: number | null; month: number; day: number } | null {
  const m = DATELINE.exec(line) ?? AGENCY_DATELINE.exec(line)
  if (m) return { year: m[4] ? Number(m[4]) : null, month: MONTHS[m[2].slice(0, 3).toLowerCase()], day: Number(m[3]) }
  const full = FULL_DATELINE.exec(line)
  if (!full) return null
  const [month, day] = full[1] ? [full[1], full[2]] : full[3] ? [full[4], full[3]] : [full[7], full[6]]
  return { year: Number(full[5] ?? full[8]), month: MONTHS[month.slice(0, 3).toLowerCase()], day: Number(day) }
}

// Day and month either way round ("09/07/2018"): read only on a labelled date line or a line that is only the date.
export const EITHER_WAY = /\b(0?[1-9]|1[0-2])[/](0?[1-9]|1[0-2])[/]((?:19|20)\d{2})\b/

/**
 * A labelled date whose day and month could be either ("Issued on: 09/07/2018 - 19:52"): day first, as most of
 * the world writes it, unless the line keeps a US time zone ("7:52 PM EDT"), whose writers put the month first.
 */
function eitherWayDate(line: string): FoundDate | null {
  const m = EITHER_WAY.exec(line)
  if (!m) return null
  const [month, day] = AMERICAN_TIME.test(line) ? [m[1], m[2]] : [m[2], m[1]]
  const date = makeDate(Number(m[3]), Number(month), Number(day))
  return date ? { date, rest: line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length) } : null
}

export interface FoundDate {
  date: IsoDate
  /** The line minus the date: what else the line says. */
  rest: string
}

/** The first calendar date written out in `line`, if any. */
export function findDate(line: string): FoundDate | null {
  for (const form of DATE_FORMS) {
    const m = form.re.exec(line)
    if (!m) continue
    const [y, mo, d] = form.parts(m)
    const month = typeof mo === 'number' ? mo : MONTHS[mo.toLowerCase().slice(0, 3)]
    const iso = makeDate(Number(y), month, Number(d))
    if (iso) return { date: iso, rest: line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length) }
  }
  return null
}

// A transcript's or a monitoring service's label names the broadcast's day, perhaps with its place: "Place and date of
// broadcast: Damascus, Monday 14 November 2011", "Air date: ...".
const PUBLISHED_LABEL = /^\s*(?:(first\s+)?publish(?:ed|\s+date)|publication\s+date|pub\s?date|posted|issued|updated?|last\s+(?:updated?|modified)|modified|(?:place\s+and\s+)?date(?:\s+and\s+place)?\s+of\s+(?:broadcast|publication|transmission|release|issue)|(?:broadcast|air|release|transmission)\s+date(?:\s+and\s+place)?|date(?:d)?)\b(?:\s+(?:on|at))?\s*[:\-–]?\s*/i
const WEEKDAY = /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(day)?\b\.?/gi
const TIME = /\bT?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?Z?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|ist|est|edt|cet|cest|msk|bst|[a-z]{2,4}t)\b)?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?/gi

const YEAR_DIGITS = /(?:19|20)\d\d/
// A labelled date with its year in two digits, day first with dots ("Published: 03.04.15, 14:12"), as Israeli and
// European sites print it. Only right after its label: alone, "03.04.15" may be a version or a score.
const SHORT_YEAR = /^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{2})(?![\d.])/
const LABELLED_SHORT_YEAR = new RegExp(`\\b(?:published|posted|updated|date)\\s*:?\\s*${SHORT_YEAR.source.slice(1)}`, 'i')

function mayHoldDate(line: string): boolean {
  return YEAR_DIGITS.test(line) || LABELLED_SHORT_YEAR.test(line)
}

function shortYearDate(text: string): FoundDate | null {
  const m = SHORT_YEAR.exec(text)
  if (!m) return null
  const year = Number(m[3]) + (Number(m[3]) < 70 ? 2000 : 1900)
  const date = makeDate(year, Number(m[2]), Number(m[1]))
  return date ? { date, rest: text.slice(m[0].length) } : null
}
/** When a reader's tool saved the page ("| Created | September 12, 2020 8:41 AM |", "accessed 2016-02-01"), not when it appeared. */
export const SAVED_LABEL = /\b(?:created|clipped|saved|accessed|retrieved|downloaded|captured|archived|bookmarked|imported|cached|forwarded|signed up|subscribed)\b/i
// An e-paper's edition and page beside its date ("Saturday, May 28, 2016 Morning edition, Page 1") label it too.
const LABEL_WORDS = /\b(?:published|updated|posted|last|first|modified|on|at|by|date|time|e-?paper|(?:morning|evening|late|city|final|weekend|print) edition|edition|page \d+)\b/gi
// The words of a paper's own script beside an English date line ("朝刊 1面", "（土）"): no sentence of the article.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}（）]+/gu

// A line that is a numeric date and nothing else, perhaps with its time ("07/08/2023" under a byline): the page's date.
const ONLY_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[-–,|]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$/i

export interface DateLine {
  date: IsoDate
  kind: 'published' | 'updated' | 'bare'
}

/**
 * A line that is only a publication date, possibly labelled ("Published: ...", "Updated ...") and with a
 * weekday, a time or a short attribution left over ("Xinhua) 08:06, November 04, 2021").
 * A sentence that merely contains a date ("On December 17, 2021, the ministry published ...") is not one.
 */
export function parseDateLine(line: string): DateLine | null {
  const release = RELEASE_HEAD.exec(line)
  if (release && release[0].length < line.length) {
    const dated = dateLineOf(line.slice(release[0].length))
    return dated && { date: dated.date, kind: 'published' }
  }
  if (line.length > 90) return bylineDate(line)
  if (!mayHoldDate(line)) return null
  return dateLineOf(line) ?? bylineDate(line)
}

// A press release's head before its place and day: "FOR IMMEDIATE RELEASE Ref.: FSM-EMB/PR/2022-014 · 31 May 2022", "PRESS RELEASE
// No. 117/SCO Samarkand, 16 September 2022", "KENYATAAN MEDIA / MEDIA STATEMENT — FOR IMMEDIATE RELEASE Ruj.: SUKJ/UP/2008/112 · 24 May 2008".
const RELEASE_HEAD = /^(?:(?:for immediate release|(?:press|media|news) (?:release|statement)|communiqu[ée] de presse|kenyataan media|siaran pers)\b\s*(?:[/·|—–:-]\s*)?)+(?:(?:press release\s+)?(?:no\.?|number|ref\.?|reference|ruj\.?)\s*:?\s*[\w./-]+\s*)?(?:[·|—–,-]\s*)?/i

// "By Inés Carrasco and Carlos Salazar · Mexico City / Quito · Friday 24 May 2024, 09:15 CEST": a byline's parts.
// "Wheatland Report - Markets & Policy - Published 2025-08-13 - wheatlandreport.ca": a masthead's dashes part it as well.
const BYLINE_PARTS = /\s+[·|•\-–—]\s+/
const NAME_WORDS = /^(?:[\p{Lu}\d][\p{L}\p{M}.'’-]*|and|of|de|del|da|la|van|von|by|in|\/|&)$/u

/** A date that is one part of a byline or dateline of names and places, the others holding no sentence. */
function bylineDate(line: string): DateLine | null {
  if (line.length > 200 || !mayHoldDate(line)) return null
  const parts = line.replace(/^[*_\s]+|[*_\s]+$/g, '').split(BYLINE_PARTS)
  if (parts.length < 2) return null
  const dated = parts.map((part) => (part.length <= 90 ? dateLineOf(part) : null))
  // "International | 13/08/2008 - 09:41 | Updated 14/08/2008 - 11:02": the update beside the publication is a part too.
  const first = dated.findIndex((d) => d !== null && d.kind !== 'updated')
  const at = first >= 0 ? first : dated.findIndex((d) => d !== null)
  // "| Created | September 12, 2020 8:41 AM |": the label in the part before says whose date it is.
  if (at < 0 || (at > 0 && SAVED_LABEL.test(parts[at - 1])) || !parts.every((part, k) => k === at || bylinePart(part) || dated[k]?.kind === 'updated')) return null
  return dated[at]
}

// "Johanna Reinholt, diplomatic correspondent": a name and the post it writes from.
const BYLINE_ROLE = /^(?:(?:chief|senior|foreign|diplomatic|political|defen[cs]e|security|economics?|international|world|national|regional|bureau|deputy|staff|news|special|associate|managing|contributing)|(?:correspondent|editor|reporter|writer|columnist|contributor|analyst|journalist)s?)$/i

// A live page's header beside its date: "last entry 22:55 GMT", "Jump to latest".
const LIVE_LABEL = /^(?:(?:last|latest|first) (?:entry|update|updated|post)|jump to (?:the )?latest(?: entry| post)?|live(?: updates| coverage)?)$/i

// "Henrik Aalto · 3 hrs ago · 27 August 2008": the page's age when it was saved, beside its date.
const TIME_AGO = /^\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+ago$/i

// A page's last change, in English or in the language of the site around an English article ("Оновлено: 11.12.2019 16:05").
const UPDATED_LABEL = /update|modified|оновлено|обновлено|aktualizacja|aktualisiert|mis à jour|actualizado|aggiornato|güncellendi|güncelleme|更新|수정/i

// "News ID: 88214 | Publish Date: Saturday 20 July 2019 - 18:45 | Politics": the page's number for the story.
// A newsletter's issue ("Issue No. 112", "Vol. 3, No. 14") likewise.
// A press release's reference likewise: "Ref.: FSM-EMB/PR/2022-014", "Press Release No. 2023-0831-04".
const STORY_NUMBER = /^(?:(?:news|article|story|content|post|issue|press release|media release|release)\s+)?(?:id|no\.?|number|code|ref\.?|reference|ruj\.?)\s*[:#]?\s*(?:[\w-]{1,20}|[\w.-]{1,12}(?:\/[\w.-]{1,12}){1,3})$|^(?:issue|edition|vol\.?|volume)\s*(?:no\.?\s*)?#?\d{1,5}(?:,?\s*no\.?\s*\d{1,5})?$/i

// The site's address in its masthead: "wheatlandreport.ca", "www.example.co.uk".
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?$/i

// "Published 22 June 2021, 06:00 CEST · Analysis · 7 min read".
const READING_TIME = /^\d{1,3}[\s-]*min(?:ute)?s?(?:\s+read)?$/i

// A paper's masthead beside its date: "Thursday, March 6, 2014 | Manama 24°C | Print edition | E-paper | Subscribe".
const MASTHEAD_PART = /^(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}-?\d{1,3}\s*°\s*[CF]?|(?:print|digital|today'?s|morning|evening|weekend|city|late|final)\s+(?:edition|paper)|e-?paper|e-?edition|subscribe|sign in|log ?in|register|newsletters?|my account|menu|search)$/iu

/** A byline's part beside its date: names and places, a time of day, a live page's label, or a name and its post. */
function bylinePart(part: string): boolean {
  const rest = part.replace(TIME, '').trim()
  if (!rest || LIVE_LABEL.test(rest) || TIME_AGO.test(rest) || READING_TIME.test(rest) || SAVED_LABEL.test(rest) || STORY_NUMBER.test(rest) || WEB_ADDRESS.test(rest) || MASTHEAD_PART.test(rest)) return true
  return part.replace(/,/g, ' ').trim().split(/\s+/).every((word) => NAME_WORDS.test(word) || BYLINE_ROLE.test(word))
}

function dateLineOf(line: string): DateLine | null {
  if (SAVED_LABEL.test(line)) return null
  const label = PUBLISHED_LABEL.exec(line)
  const found = label ? (findDate(line.slice(label[0].length)) ?? eitherWayDate(line.slice(label[0].length)) ?? shortYearDate(line.slice(label[0].length))) : (findDate(line) ?? (ONLY_DATE.test(line) ? eitherWayDate(line) : null))
  if (!found) return null
  const rest = found.rest.replace(CJK, ' ').replace(WEEKDAY, ' ').replace(TIME, ' ').replace(LABEL_WORDS, ' ').replace(/[|,\-–—:;()[\]/•·]+/g, ' ').replace(/\b\d{1,4}\b/g, ' ').trim()
  // What is left may be a short attribution ("Xinhua", "By Reuters"), never the words of a sentence.
  const words = rest ? rest.split(/\s+/) : []
  if (words.length > 3 || words.some((w) => !/^[\p{Lu}\d]/u.test(w))) return null
  const kind = UPDATED_LABEL.test(line) && !/published|posted|issued/i.test(line) ? 'updated' : label || /published|posted|issued/i.test(line) ? 'published' : 'bare'
  return { date: found.date, kind }
}
