// Extraction of dated events and attributed statements from one article, in numbered steps:
//   1. sentences, mentions and the article's own date facts (holidays that end on a stated day)
//   2. per sentence: date phrases, then attributions (with dates masked out)
//   3. the speaker of each statement, by mention, descriptor, pronoun or the quotation in progress
//   4. the statement's own date (the phrase bound to the speech verb), else the article's
//   5. events: the other date phrases of the sentence, at their own date, planned when ahead
import type { DateEvidence, IsoDate, Precision } from '../../shared/model'
import { findDates, findHolidaysEnd, type DateMention } from '../dates'
import { addDays, toDay } from '../dates/calendar'
import { findMentions, type Mention } from '../entities'
import { splitSentences, type Sentence } from '../text'
import type { ArticleForExtraction, ExtractedItem } from '../types'
import { colonSpeaker, findAttributions, mask, type Attribution } from './attribution'
import { buildContext, type StoryContext } from './context'
import { hasEventTrigger, reportsDoneEvent } from './events'
import { remember, resolveSpeaker, type Discourse, type Speaker } from './speaker'
import { eventTitle, quotedWords, statementTitle } from './title'

export type { StoryContext } from './context'

export function buildStoryContext(articles: readonly ArticleForExtraction[]): StoryContext {
  return buildContext(articles)
}

interface DateChoice {
  start: IsoDate
  end: IsoDate
  precision: Precision
  evidence: DateEvidence
}

const STATEMENT_DATE_GAP = /^[\s,]*(?:(?:in|at|during|to|on|via|after|before|with)\s+(?:an?|the|his|her|its|their)?\s*[\w'’\- ]{0,40}?\s*)?$/

/** Step 4: the date phrase that says when the speaker spoke. */
function statementDate(sentence: string, attribution: Attribution, dates: readonly DateMention[]): DateMention | null {
  const verbEnd = attribution.verbOffset + attribution.verb.length
  const from = Math.min(attribution.subjectOffset, attribution.verbOffset)
  for (const d of dates) {
    if (d.future || d.precision === 'year') continue
    if (d.offset >= from && d.offset < attribution.verbOffset) return d
    if (d.offset >= verbEnd && d.offset - verbEnd < 60 && STATEMENT_DATE_GAP.test(sentence.slice(verbEnd, d.offset))) return d
    if (d.offset <= 3 && /^(?:on|earlier|last|late|early|this)?\s*\w/i.test(d.phrase) && d.offset < from) return d
  }
  return null
}

function fromMention(d: DateMention, anchor: IsoDate): DateChoice {
  return { start: d.start, end: d.end, precision: d.precision, evidence: { phrase: d.phrase, anchor } }
}

function articleDate(published: IsoDate, precision: Precision = 'approximate'): DateChoice {
  return { start: published, end: published, precision, evidence: { phrase: null, anchor: published } }
}

const QUOTE_ONLY = /^[“"‘«]/
const MAX_TEXT = 600

function actorsOf(mentions: readonly Mention[], from: number, to: number): string[] {
  const names: string[] = []
  for (const m of mentions) {
    if (m.offset < from || m.offset >= to || m.kind === 'place') continue
    if (!names.includes(m.name)) names.push(m.name)
  }
  return names.slice(0, 8)
}

/** Sentences that are page furniture or too thin to hold a statement or an event. */
function isThin(s: Sentence): boolean {
  return s.text.length < 25 || !/[a-z]{3,}/.test(s.text) || /^(?:photo|image|credit|file photo|read more|see also|related)\b/i.test(s.text)
}

export function extractItems(article: ArticleForExtraction, context: StoryContext): ExtractedItem[] {
  // Step 1.
  const text = article.text
  const published = article.published
  const mentions = context.mentions.get(article.id) ?? findMentions(text, context.registry)
  const holidaysEnd = findHolidaysEnd(text, published)
  const sentences = splitSentences(text)
  const items: ExtractedItem[] = []
  let discourse: Discourse = { last: null, lastPerson: null, lastBody: null, lastOfficial: null }
  let anchor: IsoDate | null = null
  let labelSpeaker: Speaker | null = null
  let lastStatement: { speaker: Speaker; paragraph: number; index: number } | null = null

  sentences.forEach((s, index) => {
    if (isThin(s)) return
    const base = s.offset
    // Step 2.
    const dates = findDates(s.text, { reference: published, anchor, holidaysEnd })
    const masked = mask(s.text, dates)
    const attributions = findAttributions(masked)

    // Step 3.
    let speaker: Speaker | null = null
    let attribution: Attribution | null = null
    const firstOfParagraph = index === 0 || sentences[index - 1].paragraph !== s.paragraph
    const colon = firstOfParagraph ? colonSpeaker(s.text) : null
    if (colon) {
      const resolved = resolveSpeaker(colon.subject, base + colon.offset, base + colon.offset + colon.subject.length, mentions, discourse, context)
        ?? labelPerson(colon.subject, context)
      if (resolved) {
        speaker = resolved
        attribution = { subject: colon.subject, subjectOffset: colon.offset, verb: ':', verbOffset: colon.offset + colon.subject.length, contentAfter: colon.contentAfter }
        if (colon.offset === 0 && /^[\p{Lu} .]+$/u.test(colon.subject)) labelSpeaker = resolved
      }
    }
    if (!speaker) {
      const resolved = attributions
        .map((a) => ({ a, sp: resolveSpeaker(a.subject, base + a.subjectOffset, base + a.subjectOffset + a.subject.length, mentions, discourse, context) }))
        .filter((x): x is { a: Attribution; sp: Speaker } => x.sp !== null)
      const main = resolved.find((x) => !x.a.contentAfter) ?? resolved[0]
      if (main) ({ a: attribution, sp: speaker } = main)
    }
    if (!speaker && lastStatement && QUOTE_ONLY.test(s.text) && !attributions.length && s.paragraph - lastStatement.paragraph <= 1 && index - lastStatement.index <= 2) {
      speaker = lastStatement.speaker
    }
    const previous = items[items.length - 1]
    if (!speaker && labelSpeaker && !attributions.length) {
      // A transcript: the labelled speaker's paragraph is one statement.
      if (previous?.type === 'statement' && previous.speaker === labelSpeaker.name && lastStatement && lastStatement.paragraph === s.paragraph) {
        extend(previous, s, text)
        return
      }
      if (s.text.length > 60) speaker = labelSpeaker
    }
    // "..., he added." and "..., the statement said." go on with the statement just reported.
    if (speaker && attribution && previous?.type === 'statement' && previous.speaker === speaker.name && lastStatement && index - lastStatement.index === 1
      && (/^add/.test(attribution.verb) || /^(?:it|the statement)$/i.test(attribution.subject.trim()))) {
      extend(previous, s, text)
      lastStatement = { speaker, paragraph: s.paragraph, index }
      return
    }

    // Step 4.
    const used = new Set<DateMention>()
    if (speaker) {
      const own = attribution ? statementDate(s.text, attribution, dates) : null
      if (own) used.add(own)
      const date = own ? fromMention(own, own.relation === 'anaphoric' && anchor ? anchor : published) : articleDate(published, attribution && /^(?:says|tells|adds)$/.test(attribution.verb) ? 'day' : 'approximate')
      const quote = quotedWords(s.text, attribution)
      items.push({
        articleId: article.id,
        type: 'statement',
        start: date.start,
        end: date.end,
        precision: date.precision,
        planned: false,
        dateEvidence: date.evidence,
        speaker: speaker.name,
        role: speaker.role,
        quote,
        title: statementTitle(speaker.name, masked, attribution, quote),
        actors: actorsOf(mentions, base, base + s.length),
        text: s.text.slice(0, MAX_TEXT),
        offset: base,
        length: Math.min(s.length, MAX_TEXT),
      })
      if (own && !own.future && own.precision === 'day') anchor = own.start
      discourse = remember(discourse, speaker)
      lastStatement = { speaker, paragraph: s.paragraph, index }
    }

    // Step 5.
    const seen = new Set<string>()
    let anchored = false
    for (const d of dates) {
      if (used.has(d)) continue
      const key = `${d.start}/${d.end}`
      if (seen.has(key)) continue
      const ahead = toDay(d.start) > toDay(published)
      if (speaker && !(d.future || ahead) && (d.precision === 'year' || d.precision === 'approximate')) continue
      if (!hasEventTrigger(s.text)) continue
      seen.add(key)
      const evidenceAnchor = d.relation === 'anaphoric' && anchor ? anchor : published
      items.push({
        articleId: article.id,
        type: 'event',
        start: d.start,
        end: d.end,
        precision: d.precision,
        planned: d.future || ahead,
        dateEvidence: { phrase: d.phrase, anchor: evidenceAnchor },
        speaker: null,
        role: null,
        quote: null,
        title: eventTitle(s.text, d),
        actors: actorsOf(mentions, base, base + s.length),
        text: s.text.slice(0, MAX_TEXT),
        offset: base,
        length: Math.min(s.length, MAX_TEXT),
      })
      // The sentence's first past day is the event later sentences count from; "the January 10 dialogue" is not.
      if (!anchored && !d.future && !ahead && d.precision === 'day' && !/\bthe\s*$/i.test(s.text.slice(0, d.offset))) {
        anchor = d.start
        anchored = true
      }
    }
    if (!speaker) {
      const subject = mentions.find((m) => m.kind === 'person' && m.offset >= base && m.offset < base + 60)
      if (subject) discourse = { ...discourse, lastPerson: { name: subject.name, kind: 'person', role: subject.role ?? null, country: subject.country ?? null } }
    }
    if (!speaker && !dates.length && reportsDoneEvent(s.text) && s.paragraph < 12) {
      const date = articleDate(published)
      items.push({
        articleId: article.id,
        type: 'event',
        start: addDays(date.start, 0),
        end: date.end,
        precision: date.precision,
        planned: false,
        dateEvidence: date.evidence,
        speaker: null,
        role: null,
        quote: null,
        title: eventTitle(s.text, null),
        actors: actorsOf(mentions, base, base + s.length),
        text: s.text.slice(0, MAX_TEXT),
        offset: base,
        length: Math.min(s.length, MAX_TEXT),
      })
    }
  })
  return items
}

/** Adds the next sentence of the same statement to an item. */
function extend(item: ExtractedItem, s: Sentence, text: string): void {
  const end = Math.min(s.offset + s.length, item.offset + MAX_TEXT * 2)
  item.length = end - item.offset
  item.text = text.slice(item.offset, end)
}

/** A transcript label ("FOREIGN MINISTER LAVROV", "SECRETARY BLINKEN") names a person by surname. */
function labelPerson(label: string, context: StoryContext): Speaker | null {
  const words = label.trim().split(/\s+/)
  const surname = words[words.length - 1]
  const entry = context.registry.bySurnameKey(surname.charAt(0) + surname.slice(1).toLowerCase())
  if (!entry) return null
  return { name: entry.name, kind: 'person', role: entry.role ?? null, country: entry.country ?? null }
}
