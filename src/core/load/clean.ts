// One article's lines -> kept text, headline, printed date and furniture. The order of the steps matters
// and is spelled out in classifyLines; the rules themselves live in furniture.ts and dateline.ts.
import type { IsoDate } from '../../shared/model'
import type { DocumentLine } from '../types'
import { makeDate } from '../dates/calendar'
import { AHEAD_ENTRY, AHEAD_HEADING } from '../text'
import { findDate, parseDateLine, readDateline } from './dateline'
import { isLearnable } from './learn'
import { furnitureRule, isLabelLine, isNameLine, isNewsParagraph, lineKey, looksLikeHeadline, words } from './furniture'

/** A line as a format parser hands it over; `kind` when the parser already knows (a date marker, a caption). */
export interface SourceLine {
  text: string
  kind?: 'date' | 'furniture'
  rule?: string
}

export interface FolderKnowledge {
  /** Keys (lineKey) of short lines that recur across several files of the folder: site furniture. */
  repeated: ReadonlySet<string>
}

export interface Classified {
  lines: DocumentLine[]
  title: string | null
  text: string
  furniture: string[]
  /** Best date the lines print, by label: published > bare date line > updated. */
  printedDate: IsoDate | null
  /**
   * The page's last change printed below its body ("Last modified: 11 February 2019"), or the day it was clipped or saved: not
   * its publication, which it bounds.
   */
  changedBy?: IsoDate
  /** The outlet's name atop a saved page ("Al Jazeera" over "News | Russia-Ukraine war" and the headline). */
  masthead: string | null
}

type Kind = NonNullable<DocumentLine['kind']>
interface Working {
  text: string
  trimmed: string
  /** lineKey(trimmed), computed once. */
  key: string
  kind: Kind
  rule?: string
}

const HEADER_LINES = 12
/** How many of the first lines, masthead, headline and byline among them, may open with the dateline. */
const DATELINE_LINES = 6
const LABELLED_DATE_LINES = 40
/** Paragraphs of news before a line that make it the page's footer. */
const FOOTER_AFTER_PARAGRAPHS = 3

/** lineKey of every line ('' for blank ones), computed once per load and shared with learnFolder. */
export function lineKeys(source: readonly SourceLine[]): string[] {
  return source.map((l) => {
    const trimmed = l.text.trim()
    return trimmed ? lineKey(trimmed) : ''
  })
}

export function classifyLines(source: readonly SourceLine[], knownTitle: string | null, folder: FolderKnowledge, keys = lineKeys(source)): Classified {
  const work: Working[] = source.map((l, i) => {
    const trimmed = l.text.trim()
    return { text: l.text, trimmed, key: keys[i], kind: l.kind ?? (trimmed ? 'body' : 'blank'), rule: l.rule }
  })
  const { printed: printedDate, changedBy } = markDateLines(work)
  markFurnitureRules(work)
  markRepeatsInFile(work, knownTitle)
  const masthead = knownTitle ? null : markMasthead(work)
  const title = markHeadline(work, knownTitle)
  markNamesLabelsAndFolderRepeats(work, folder)
  keepAheadHeadings(work)
  // A page clipped or saved on a day was published by then ("Clipped from ridgelinereview.in · 11 Jul 2017").
  const lastSeen = [changedBy, ...work.filter((l) => l.rule === 'save stamp').map((l) => findDate(l.trimmed)?.date)].filter((d): d is IsoDate => !!d).sort()[0]
  return { ...assemble(work, title, printedDate), masthead, ...(lastSeen ? { changedBy: lastSeen } : {}) }
}

/** A heading over a list of days to come ("COMING UP" over "Wednesday: Mass ..."): it tells the list's days are ahead. */
function keepAheadHeadings(work: Working[]): void {
  work.forEach((line, i) => {
    if (line.kind === 'body' || line.kind === 'blank' || !AHEAD_HEADING.test(line.trimmed)) return
    const next = work.slice(i + 1).find((l) => l.kind !== 'blank')
    if (next?.kind === 'body' && AHEAD_ENTRY.test(next.trimmed)) (line.kind = 'body'), delete line.rule
  })
}

/** Printed publication dates near the top ("JANUARY 21, 2022"), or labelled anywhere early ("Updated: ..."). */
function markDateLines(work: Working[]): { printed: IsoDate | null; changedBy?: IsoDate } {
  const found: Record<'published' | 'bare' | 'updated' | 'mailed', IsoDate | null> = { published: null, bare: null, updated: null, mailed: null }
  let changedBy: IsoDate | undefined
  let seen = 0
  for (let i = 0; i < work.length; i++) {
    const line = work[i]
    if (line.kind === 'date' || line.kind === 'blank' || line.kind === 'furniture') continue
    if (++seen > LABELLED_DATE_LINES) break
    const date = parseDateLine(line.trimmed)
    if (!date || (date.kind === 'bare' && seen > HEADER_LINES)) continue
    line.kind = 'date'
    // An update printed after the body is the page's last change, months later as often as not; so is one a page
    // calls its last ("Last modified on Wed 12 Apr 2023" over a live blog of the 4th), wherever it stands.
    if (date.kind === 'updated' && (bodyBefore(work, i) || LAST_CHANGE.test(line.trimmed))) changedBy ??= date.date
    else found[MAIL_DATE.test(line.trimmed) && inMailHeader(work, i) ? 'mailed' : date.kind] ??= date.date
  }
  // A letter's own date ("Monday, January 28, 2019 · Issue No. 112") is its issue's, whenever it was mailed or forwarded.
  const printed = found.published ?? found.bare ?? found.mailed ?? (found.updated && leadDatelineBefore(work, found.updated)) ?? found.updated
  return changedBy && !printed ? { printed: leadDatelineBefore(work, changedBy), changedBy } : { printed }
}

/** Whether paragraphs of the article stand before line `at`: a line that follows them is the page's footer. */
function bodyBefore(work: readonly Working[], at: number): boolean {
  let paragraphs = 0
  for (let i = 0; i < at; i++) if (work[i].kind === 'body' && isNewsParagraph(work[i].trimmed)) paragraphs++
  return paragraphs >= FOOTER_AFTER_PARAGRAPHS
}

// Also after the masthead's other parts: "Cordillera Times · Politics · Last updated 16 July 2024".
const LAST_CHANGE = /(?:^|[·|•–—]\s*)last\s+(?:updated?|modified|changed)\b/i
const MAIL_DATE = /^date:\s/i
const MAIL_FIELD = /^(?:from|to|cc|subject|sent):\s/i

/** A "Date:" among a mail's header fields ("From:", "Subject:", "To:"). */
function inMailHeader(work: readonly Working[], at: number): boolean {
  return work.slice(Math.max(0, at - 3), at + 4).some((l) => MAIL_FIELD.test(l.trimmed))
}

/**
 * The date of the lead's dateline, when the page prints no date but its update's ("Updated Oct 2, 2018 08:15 GMT"
 * under the footer): the report appeared then, not when it was last changed.
 */
function leadDatelineBefore(work: readonly Working[], updated: IsoDate): IsoDate | null {
  const lead = work.filter((l) => l.kind === 'body').slice(0, DATELINE_LINES)
  for (const line of lead) {
    // "THE HAGUE, Oct 1, 2018 (GWS) – The court ruled ...": a wire's dateline with its year.
    const found = readDateline(line.trimmed)
    const date = found?.year ? makeDate(found.year, found.month, found.day) : null
    if (date && date <= updated) return date
  }
  return null
}

// Under "Also in today's Ledger", a newsletter's briefs of other news, each under its topic: "Markets: the US Federal Reserve held ...".
const OTHER_NEWS_BRIEF = /^[\p{Lu}][\p{L} .'’&-]{1,30}:\s+\S.{0,300}$/u

/** Pattern rules; after a `tail` rule (paywall, share bar, comment form, footer) everything is furniture until a real paragraph. */
function markFurnitureRules(work: Working[]): void {
  let tail: string | null = null
  for (const line of work) {
    if (line.kind !== 'body') continue
    const rule = furnitureRule(line.trimmed)
    if (rule) {
      line.kind = 'furniture'
      line.rule = rule.name
      if (rule.tail) tail = rule.name
    } else if (tail && (!isNewsParagraph(line.trimmed) || (tail === 'see also heading' && OTHER_NEWS_BRIEF.test(line.trimmed)))) {
      line.kind = 'furniture'
      line.rule = `after ${tail}`
    } else tail = null
  }
}

/** A line that repeats an earlier one in the same file (a headline shown twice, a caption and its alt text). */
function markRepeatsInFile(work: Working[], knownTitle: string | null): void {
  const seen = new Set<string>()
  if (knownTitle) seen.add(lineKey(knownTitle))
  for (const line of work) {
    if (line.kind === 'blank') continue
    const key = line.key
    if (!key) continue
    if (seen.has(key) && line.kind === 'body') {
      line.kind = 'furniture'
      line.rule = 'repeated line'
    } else if (line.kind === 'body' || line.kind === 'furniture') seen.add(key)
  }
}

// A name of one to three capitalised words ("The Guardian", "Al Jazeera", "Le Quotidien du Rhin"), nothing a headline would say.
const MASTHEAD = /^(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:de|du|des|del|della|di|da|do|la|le|les|el|van|von|der)\s+)?\p{Lu}[\p{L}&'’.-]*){0,2}$/u
/** A headline of its own, at least this long, must come within the first lines below a masthead. */
const MASTHEAD_HEADLINE_WORDS = 5

/**
 * A page saved as text may open with the outlet's name, then a section line and the headline: the name is
 * furniture (and the outlet), the headline the title. A short first line followed by the body is a headline.
 */
function markMasthead(work: Working[]): string | null {
  const site = markSiteHeader(work)
  if (site !== undefined) return site
  const [first, ...next] = work.filter((l) => l.kind === 'body').slice(0, 4)
  const headline = next.findIndex(isHeadlineBelowHeader)
  if (!first || headline < 0) return null
  // "STEPPE LEDGER · Russia & Eurasia", "The Albion Letter — Foreign Affairs": the name and its section on one line.
  const withSection = NAME_AND_SECTION.exec(first.trimmed)
  const name = MASTHEAD.test(first.trimmed) ? first.trimmed : withSection && MASTHEAD.test(withSection[1]) && words(withSection[2]) <= 4 ? withSection[1] : null
  if (!name) return null
  first.kind = 'furniture'
  first.rule = 'masthead'
  // "News | Russia-Ukraine war", "World › Afghanistan", "World News" between the name and the headline; a tagline or an issue's
  // number ("Asia security newsletter · Issue 41") is the masthead's too.
  for (const line of next.slice(0, headline)) {
    if (SECTION_LINE.test(line.trimmed) || SECTION_NAME.test(line.trimmed)) (line.kind = 'furniture'), (line.rule = 'section line')
    else if (ISSUE_NUMBER.test(line.trimmed) && words(line.trimmed) <= SITE_HEADER_WORDS) (line.kind = 'furniture'), (line.rule = 'masthead')
  }
  // A section ("World", "Politics") or a topic ("Israel-Hamas War") heads a page the same way; it names no outlet.
  return SECTION_NAME.test(name) || TOPIC_WORD.test(name) ? null : name
}

const ISSUE_NUMBER = /\b(?:issue|no\.|vol\.|volume|edition)\s*#?\d+\b/i
const NAME_AND_SECTION = /^(.+?)\s+[·•|—–]\s+([\p{L}&',. -]{2,40})$/u

/** A headline of its own under a masthead or site header: long enough, no section line, no issue's number. */
function isHeadlineBelowHeader(line: Working): boolean {
  return looksLikeHeadline(line.trimmed) && words(line.trimmed) >= MASTHEAD_HEADLINE_WORDS && !SECTION_LINE.test(line.trimmed) && !ISSUE_NUMBER.test(line.trimmed)
}

/** Lines a site header may hold above its navigation bar: its name and a tagline, never a paragraph. */
const SITE_HEADER_LINES = 3
const SITE_HEADER_WORDS = 12
/** What may stand between the bar and the headline: a date in the site's own calendar ("Juche 112.9.14."). */
const BETWEEN_WORDS = 4

/**
 * A page saved as text under its site's header: the name, perhaps a tagline ("Sudan Tribune" / "Plural news and
 * views on Sudan", "MercoPress, South Atlantic News Agency"), then a navigation bar ("Home | Politics | Economy"),
 * or a bar of its own ("KCNA Watch | Korean Central News Agency of DPRK"), then the headline. All above the
 * headline is furniture; the name before its description is the outlet. Undefined when the page has no such header.
 */
function markSiteHeader(work: Working[]): string | null | undefined {
  const top = work.filter((l) => l.kind !== 'blank').slice(0, SITE_HEADER_LINES + 1)
  const bar = top.findLastIndex((l, k) => (l.kind === 'furniture' && l.rule === 'breadcrumb') || (l.kind === 'body' && (NAV_BAR.test(l.trimmed) || (k === 0 && SECTION_LINE.test(l.trimmed)))))
  // Above the last bar: the name, a tagline, or another bar (sections over languages).
  if (bar < 0 || top.slice(0, bar).some((l) => l.kind !== 'body' || (words(l.trimmed) > SITE_HEADER_WORDS && !NAV_BAR.test(l.trimmed)))) return undefined
  const after = work.slice(work.indexOf(top[bar]) + 1).filter((l) => l.kind === 'body')
  const headline = after.findIndex(isHeadlineBelowHeader)
  if (headline < 0 || after.slice(0, headline).some((l) => words(l.trimmed) > BETWEEN_WORDS)) return undefined
  for (const line of [...top.slice(0, bar + 1), ...after.slice(0, headline)]) {
    if (line.kind !== 'body') continue
    line.kind = 'furniture'
    line.rule = 'masthead'
  }
  const name = bar > 0 || !NAV_BAR.test(top[0].trimmed) ? top[0].trimmed.split(/\s+[|｜–—-]\s+|,\s+/)[0] : ''
  return MASTHEAD.test(name) && !SECTION_NAME.test(name) && !TOPIC_WORD.test(name) ? name : null
}

// A site's navigation: three or more items between bars ("Top stories | Argentina | Brazil").
// A Japanese or Chinese site's bar is the full-width one ("ホーム ｜ 国際 ｜ 政治").
const NAV_BAR = /^[^|｜]{1,40}(?:\s[|｜]\s[^|｜]{1,40}){2,}$/
const SECTION_LINE = /\s[|›»>｜＞]\s/
const SECTION_NAME = /^(?:world|politics|international|national|nation|business|economy|news|opinion|analysis|diplomacy|defen[cs]e|security|regions?|asia|asia pacific|europe|africa|americas|middle east|live|breaking|latest|home|top stories)(?: news)?$/i
const TOPIC_WORD = /\b(?:war|crisis|conflict|talks|summit|live)\b/i

/** The headline: the metadata title's line, or the first text line when it reads like a headline. */
function markHeadline(work: Working[], knownTitle: string | null): string | null {
  if (knownTitle) {
    const key = lineKey(knownTitle)
    const line = work.find((l) => (l.kind === 'body' || l.rule === 'repeated line') && l.key === key)
    if (line) line.kind = 'headline'
    if (line) line.rule = undefined
    return knownTitle.trim() || null
  }
  const first = work.find((l) => l.kind === 'body')
  if (!first || !looksLikeHeadline(first.trimmed)) return null
  first.kind = 'headline'
  return splitRunTogether(first.trimmed)
}

/** "Talks end in GenevaBlinken sees grounds..." (a list of headlines saved without breaks): keep the first. */
function splitRunTogether(title: string): string {
  if (!/[a-z][A-Z]/.test(title)) return title
  const parts = title.split(/(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/u)
  return parts.length > 1 && parts.every((p) => p.trim().split(/\s+/).length >= 3) ? parts[0].trim() : title
}

function markNamesLabelsAndFolderRepeats(work: Working[], folder: FolderKnowledge): void {
  for (const line of work) {
    if (line.kind !== 'body') continue
    const rule = isNameLine(line.trimmed)
      ? 'name or credit line'
      : isLabelLine(line.trimmed)
        ? 'label'
        : isLearnable(line.trimmed) && folder.repeated.has(line.key)
          ? 'repeated across files'
          : null
    if (rule) {
      line.kind = 'furniture'
      line.rule = rule
    }
  }
}

/** Kept lines become paragraphs separated by a blank line; hard-wrapped files are re-joined first. */
function assemble(work: Working[], title: string | null, printedDate: IsoDate | null): Omit<Classified, 'masthead'> {
  const wrapped = isHardWrapped(work)
  const lines: DocumentLine[] = []
  const furniture: string[] = []
  let text = ''
  let previous: Kind | null = null
  let lastBody = ''
  const allText = wrapped ? work.map((line) => line.trimmed).join('\n') : ''
  for (const line of work) {
    if (line.kind !== 'body') {
      lines.push({ text: line.text, furniture: line.kind === 'furniture' || line.kind === 'date', offset: -1, kind: line.kind, ...(line.rule ? { rule: line.rule } : {}) })
      if (line.kind === 'furniture' || line.kind === 'date') furniture.push(line.trimmed)
      if (line.kind !== 'blank' || !wrapped) previous = line.kind
      else previous = 'blank'
      continue
    }
    const spaced = line.trimmed.includes('  ') ? line.trimmed.replace(/ {2,}/g, ' ') : line.trimmed
    const stamp = LIVE_TIME.exec(spaced)
    const body = stamp ? spaced.slice(stamp[0].length) : spaced
    // The stamp stands on a line of its own, as a live blog's entries are read.
    if (stamp) {
      if (text) text += '\n\n'
      const time = stamp[0].replace(/[\s\-–—:|]+$/, '')
      lines.push({ text: time, furniture: false, offset: text.length, kind: 'body' })
      text += time
    }
    // In a hard-wrapped file a line continues the paragraph unless the previous one ended a sentence.
    const join = !stamp && wrapped && previous === 'body' && (!SENTENCE_END.test(lastBody) || /^\p{Ll}/u.test(body))
    // "suspend Man-" / "goush in November": a word the typesetting broke is one word again; one the text writes with its
    // hyphen elsewhere ("foreign-policy") keeps it.
    const broken = join && BROKEN_WORD.exec(lastBody)
    const rest = broken ? /^\p{Ll}+/u.exec(body) : null
    if (broken && rest && !allText.includes(`${broken[1]}-${rest[0]}`)) {
      text = text.slice(0, -1)
      lines[lines.length - 1] = { ...lines[lines.length - 1], text: lastBody.slice(0, -1) }
    } else if (text) text += broken && rest ? '' : join ? ' ' : '\n\n'
    lines.push({ text: body, furniture: false, offset: text.length, kind: 'body' })
    text += body
    lastBody = body
    previous = 'body'
  }
  return { lines, title, text, furniture, printedDate }
}

const SENTENCE_END = /[.!?:"”’]$/
const BROKEN_WORD = /(\p{L}+)-$/u
// A live blog's time over an entry ("18:25 BST Biden: ...", "9.30am: Talks begin"): not the entry's words, nor part of a name.
const LIVE_TIME = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|PKT|JST|KST|AEST|AEDT)?\s*[-–—:|]?\s+(?=\p{Lu})/u

/** Lines broken at a fixed width inside paragraphs (many lines continue in lower case on the next line). */
function isHardWrapped(work: Working[]): boolean {
  let breaks = 0
  let continued = 0
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i].trimmed
    const b = work[i + 1].trimmed
    if (!a || !b) continue
    breaks++
    if (!/[.!?:"”]$/.test(a) && /^[\p{Ll}(“"'‘]/u.test(b)) continued++
  }
  return breaks >= 3 && continued / breaks >= 0.3
}
