// The first merge question: do two extracted items report the same statement or event?
// Same type, compatible speakers, compatible dates and enough shared distinctive content; the words
// are weighted by their rarity among the story's items, so "talks" (in every item) decides nothing and
// "endless" or "January 12" decide a lot.
import { countryNamed } from '../entities'
import { tokenKey } from '../entities/names'
import { COUNTRIES, demonymOf, OFFICES, ORGANISATIONS } from '../entities/gazetteer'
import { contentTokens } from '../stories/features'
import type { ExtractedItem } from '../types'
import { toDay } from '../dates/calendar'
import { memo, pairMemo } from '../memo'
import { type Bag, Vocabulary } from './words'

export type Comparable = Pick<ExtractedItem, 'articleId' | 'type' | 'start' | 'end' | 'precision' | 'dateEvidence' | 'speaker' | 'quote' | 'title' | 'text' | 'actors'>

const COLLECTIVE_NAMES = new Set([...COUNTRIES, ...ORGANISATIONS, ...OFFICES].map((e) => e.name.toLowerCase()))
const PARENT_BODY = new Map(ORGANISATIONS.filter((o) => o.partOf).map((o) => [o.name.toLowerCase(), o.partOf!.toLowerCase()]))

/** One body is part of the other: the EEAS speaks for the EU, the Security Council for the UN. */
export function bodyWithin(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase()
  return PARENT_BODY.get(x) === y || PARENT_BODY.get(y) === x
}

/** A country, organisation or office speaking ("Russia", "European Union", "US State Department official"). */
export function isCollective(speaker: string): boolean {
  return voiceOf(speaker).collective
}

/** What a speaker's name alone says, read once per name: the speaker questions ask it of every pair. */
interface Voice {
  /** A country, organisation or office. */
  readonly collective: boolean
  /** "A NATO official", "diplomatic sources": no one named. */
  readonly unnamed: boolean
}

const voiceOf = memo((speaker: string): Voice => {
  const s = speaker.toLowerCase()
  const collective = COLLECTIVE_NAMES.has(s) || /\b(?:official|officials|spokes(?:man|woman|person)|ministry|office|government|administration|service|department)\b/.test(s)
  return { collective, unnamed: UNNAMED_PERSON.test(speaker) }
})

/**
 * Speakers that may be one voice: the same person or body, or a body and someone the other report
 * names as acting for it ("Russia said" / Grushko with Russia among the item's actors).
 */
export function compatibleSpeakers(a: Comparable, b: Comparable): boolean {
  if (sameSpeaker(a.speaker, b.speaker)) return true
  if (!a.speaker || !b.speaker) return false
  const x = voiceOf(a.speaker), y = voiceOf(b.speaker)
  // One wire sentence whose "the statement said" each outlet traced to a different body (the headline's
  // "…: Turkey" in one, "Erdogan's office" a sentence earlier in another) is one statement.
  if (x.collective && y.collective && !x.unnamed && !y.unnamed && (holds(a.text, b.text) || holds(b.text, a.text))) return true
  // "Moscow summoned the chargé and called the move 'openly hostile'" and the Russian Foreign Ministry's statement: a country
  // speaks through its own ministry.
  if (ownBody(a.speaker, b.speaker) || ownBody(b.speaker, a.speaker)) return true
  return speaksFor(a.speaker, x, b, y) || speaksFor(b.speaker, y, a, x) || officialNamed(a, x, b, y) || officialNamed(b, y, a, x)
}

const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.name))

/** `body` is one of the country's own ministries or offices ("Russia", "Russian Foreign Ministry"). */
function ownBody(country: string, body: string): boolean {
  return COUNTRY_NAMES.has(country) && body.startsWith(`${demonymOf(country)} `) && voiceOf(body).collective && !voiceOf(body).unnamed
}

/** `outer` reports the whole of `inner`, a sentence long enough to be one outlet's copy of another's. */
function holds(outer: string, inner: string): boolean {
  return inner.length >= 80 && outer.includes(inner)
}

/**
 * The group's items, one per distinct speaker, text and actors: all compatibleSpeakers reads, so a
 * question asked of every pair of two groups is asked once per two voices, not of each of a hundred
 * wire copies. The first item of each kind, in order.
 */
export function distinctVoices<T extends Comparable>(items: readonly T[]): T[] {
  if (items.length < 2) return [...items]
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = voiceKey(item)
    return !seen.has(key) && !!seen.add(key)
  })
}

const voiceKeys = new WeakMap<Comparable, string>()

/** The speaker, text and actors of an item as one string, spelled out once per item. */
function voiceKey(item: Comparable): string {
  let key = voiceKeys.get(item)
  if (key === undefined) voiceKeys.set(item, (key = JSON.stringify([item.speaker, item.text, item.actors])))
  return key
}

// A body speaks through a named person of the report; "a NATO official" is neither NATO nor a named person.
// The body must be among the actors itself: a person the report names ("under the auspices of President
// Erdogan") is not that person's office, unless the report is the words of a written statement
// ("..., will attend the event along with Erdogan ..., the statement said"), which speaks for its author.
function speaksFor(body: string, bodyVoice: Voice, other: Comparable, otherVoice: Voice): boolean {
  return (
    bodyVoice.collective &&
    !bodyVoice.unnamed &&
    !otherVoice.collective &&
    other.actors.some((actor) => sameSpeaker(actor, body) && (WRITTEN_STATEMENT.test(other.text) || (isCollective(actor) && !namedOnlyAfter(actor, other))))
  )
}

/**
 * The body is not among the words that introduce the person ("Russian Deputy Foreign Minister Alexander
 * Grushko said"): it is what the person speaks of ("Trump said Kim had promised that North Korea would
 * not ...", "“… Ukraine's neutrality …,” Fomin said"), not whom the person speaks for.
 */
function namedOnlyAfter(body: string, item: Comparable): boolean {
  const before = wordsBeforeSpeaker(item)
  return before !== null && ![body, demonymOf(body)].some((name) => wholeWord(name).test(before))
}

const beforeSpeaker = new WeakMap<Comparable, string | null>()

/** What the report says before the speaker's surname, outside the words it quotes (lower case); null when the surname is not found. */
function wordsBeforeSpeaker(item: Comparable): string | null {
  let before = beforeSpeaker.get(item)
  if (before === undefined) {
    const text = item.text.toLowerCase()
    // The surname as written: its key (surname()) folds letters ("Abdullah" is "abdulah") and is found in no text.
    const at = item.speaker ? text.indexOf(item.speaker.toLowerCase().split(/\s+/).at(-1)!) : -1
    before = at < 0 ? null : text.slice(0, at).replace(/“[^”]*”?|"[^"]*"?/g, ' ')
    beforeSpeaker.set(item, before)
  }
  return before
}

/** A name as a whole word, in lower case: compiled once per name, as every pair of a story asks of the same few. */
const wholeWord = memo((name: string): RegExp => new RegExp(`\\b${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`))

/**
 * "A UAE official" in one report is the person another report names with that country's office
 * beside the name ("Anwar Gargash, UAE’s minister of state for foreign affairs"). A country the
 * statement merely mentions is not enough: Lavrov speaking of NATO is no NATO official.
 */
function officialNamed(unnamed: Comparable, unnamedVoice: Voice, named: Comparable, namedVoice: Voice): boolean {
  if (!unnamedVoice.unnamed || namedVoice.collective || namedVoice.unnamed) return false
  const country = countryIn(unnamed.speaker!)
  if (!country) return false
  const last = named.speaker!.split(/\s+/).at(-1)!
  const at = named.text.indexOf(last)
  if (at < 0) return false
  // The apposition after the name, or the title before it.
  const after = named.text.slice(at + last.length).match(/^,\s*([^,.;]{3,80})/)?.[1] ?? ''
  const before = named.text.slice(Math.max(0, at - 80), at).split(/[,.;:“”"]/).at(-1) ?? ''
  return [after, before].some((title) => countryIn(title) === country && OFFICE_WORD.test(title))
}

const OFFICE_WORD = /\b(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|official|adviser|advisor|president|negotiator|diplomat)\b/i

const countryIn = memo(countryNamed)

/** A report closed by a document as its source: "..., the statement said". */
const WRITTEN_STATEMENT = /\bthe (?:statement|communiqu[eé]|readout|press release) (?:said|says|added|stated)\b/i

const UNNAMED_PERSON = /\b(?:official|officials|spokes(?:man|woman|person)|diplomat|source|sources)\b/i

/** What the question needs to know of the story: how rare each word is, when each article appeared. */
export interface MergeContext {
  /** Weight of a content token (rarer among the story's items = heavier). */
  weight(token: string): number
  /** Publication date of an article, when known. */
  published(articleId: string): string | null
}

/** Without a story every word weighs the same and no publication date is known. */
export const FLAT_CONTEXT: MergeContext = { weight: () => 1, published: () => null }

export function storyContext(items: readonly Comparable[], published: ReadonlyMap<string, string | null> = new Map()): MergeContext {
  const df: number[] = []
  const n = Math.max(items.length, 2)
  const words = new Vocabulary((_, id) => Math.log(1 + n / (df[id] ?? 1)))
  for (const item of items) for (const id of words.distinct(itemTokens(item))) df[id] = (df[id] ?? 0) + 1
  const context: MergeContext = { weight: (t) => words.weight(words.number(t)), published: (id) => published.get(id) ?? null }
  vocabularies.set(context, words)
  return context
}

const vocabularies = new WeakMap<MergeContext, Vocabulary>()

/** The context's numbered words; a context made elsewhere (tests, the flat one) gets its own, kept bounded. */
export function vocabulary(context: MergeContext): Vocabulary {
  let words = vocabularies.get(context)
  if (!words || words.size > 200_000) vocabularies.set(context, (words = new Vocabulary((t) => context.weight(t))))
  return words
}

const tokenCache = new WeakMap<object, readonly string[]>()
const setCache = new WeakMap<readonly string[], ReadonlySet<string>>()

/** A quote's words; copies repeat one quote, read once. */
const quoteTokens = memo((quote: string): readonly string[] => contentTokens(quote), 10_000)

function tokenSet(tokens: readonly string[]): ReadonlySet<string> {
  let set = setCache.get(tokens)
  if (!set) setCache.set(tokens, (set = new Set(tokens)))
  return set
}

/**
 * Words outlets use for one thing: a meeting is "met", "talks" or "negotiations"; a call is by "phone"
 * or "telephone". Folded to one token so that rewordings share it (stems as contentTokens makes them).
 */
const SYNONYM: ReadonlyMap<string, string> = new Map([
  ...['met', 'meet', 'talk', 'negotiation', 'negotiat'].map((t): [string, string] => [t, 'meet']),
  ...['telephone', 'phon'].map((t): [string, string] => [t, 'phone']),
])

export function itemTokens(item: Comparable): readonly string[] {
  let tokens = tokenCache.get(item)
  if (!tokens) {
    tokens = wordingTokens([item.title, item.quote ?? '', item.text].join('\n'))
    tokenCache.set(item, tokens)
  }
  return tokens
}

/** Weighted Dice overlap of two token sets, 0..1. */
export function overlap(a: readonly string[], b: readonly string[], context: MergeContext): number {
  const words = vocabulary(context)
  return words.overlap(words.bag(a), words.bag(b))
}

// The pairwise questions ask about the same few names and dates thousands of times per story (the
// hottest spot of a 1,000-article folder): each is worked out once.
// Wire copies repeat one wording in many items: it is read once (and its tokens, shared, are then
// weighed once). Bounded tighter, as a wording is long.
const wordingTokens = memo((wording: string): readonly string[] => contentTokens(wording).map((t) => SYNONYM.get(t) ?? t), 10_000)

const fold = memo((name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim(),
)

/** The surname key: last word, with transliteration variants folded (Sergey/Sergei, Antony/Anthony). */
export const surname = memo((name: string): string => tokenKey(fold(name).split(' ').at(-1) ?? ''))

/**
 * Same speaker: equal, one contained in the other ("Lavrov", "Sergey Lavrov"; "State Department",
 * "US State Department"), or the same surname (Sergey/Sergei Lavrov).
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return a === b
  return speakerPairs(a, b)
}

const speakerPairs = pairMemo((a: string, b: string): boolean => {
  const x = fold(a), y = fold(b)
  if (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true
  // A surname is a person's: "Japanese Defence Ministry" and "South Korean Defense Ministry" end alike and are two voices.
  return surname(a).length > 3 && surname(a) === surname(b) && !isCollective(a) && !isCollective(b)
})


/**
 * Date windows that overlap. Two single days may be one apart: outlets resolve "yesterday" or a
 * weekday from different publication dates. Wider windows ("last week") must really overlap.
 */
export function datesAgree(a: Pick<Comparable, 'start' | 'end'>, b: Pick<Comparable, 'start' | 'end'>): boolean {
  return windowsAgree(toDay(a.start), toDay(a.end), toDay(b.start), toDay(b.end), a.start === a.end && b.start === b.end)
}

function windowsAgree(aStart: number, aEnd: number, bStart: number, bEnd: number, singleDays: boolean): boolean {
  const slack = singleDays ? 1 : 0
  return aStart <= bEnd + slack && bStart <= aEnd + slack
}

/**
 * What the pairwise questions read of one item, worked out once per item and story: they ask it of
 * tens of thousands of pairs, and days as numbers and words as bags are cheap to compare.
 */
export interface Facts {
  readonly item: Comparable
  readonly startDay: number
  readonly endDay: number
  /** Its article's publication date, when known. */
  readonly published: string | null
  /** Pinned to dates away from the day its article appeared. */
  readonly away: boolean
  readonly words: Bag
  /** For an event: the kinds of happening its sentence reports (EVENT_KINDS bits), 0 when none is told. */
  readonly kinds: number
}

/** Happenings no report of the other is: a phone call, a signing, an arrival and a meeting. */
const EVENT_KINDS: readonly RegExp[] = [
  /\b(?:tele)?phone\b|\bphoned\b/i,
  /\bsign(?:s|ed|ing)\b/i,
  /\b(?:arriv(?:e|ed|es|ing|al)|landed|touched down)\b/i,
  /\b(?:met|meets?|meeting|talks|summit)\b/i,
]

function eventKinds(item: Comparable): number {
  if (item.type !== 'event') return 0
  let kinds = 0
  EVENT_KINDS.forEach((kind, bit) => {
    if (kind.test(item.text)) kinds |= 1 << bit
  })
  return kinds
}

/** Two events that each tell what happened, and tell different things ("signed a statement" / "discussed it by telephone"). */
function differentKindsOf(a: Facts, b: Facts): boolean {
  return a.kinds !== 0 && b.kinds !== 0 && (a.kinds & b.kinds) === 0
}

const factsByVocabulary = new WeakMap<Vocabulary, WeakMap<Comparable, Facts>>()

/** The item's facts in this context (kept by the context's vocabulary, whose numbers the bags use). */
export function factsOf(item: Comparable, context: MergeContext): Facts {
  const words = vocabulary(context)
  let known = factsByVocabulary.get(words)
  if (!known) factsByVocabulary.set(words, (known = new WeakMap()))
  let facts = known.get(item)
  if (!facts) known.set(item, (facts = readFacts(item, context, words)))
  return facts
}

function readFacts(item: Comparable, context: MergeContext, words: Vocabulary): Facts {
  const startDay = toDay(item.start), endDay = toDay(item.end)
  const published = context.published(item.articleId)
  const publishedDay = published === null ? 0 : toDay(published)
  return {
    item,
    startDay,
    endDay,
    published,
    away: published !== null && (startDay > publishedDay || endDay < publishedDay - 1),
    words: words.bag(itemTokens(item)),
    kinds: eventKinds(item),
  }
}

const doers = new WeakMap<Comparable, string | null>()

/** The surname of the first person an event's sentence names: "Türkiye's foreign minister, Mevlüt Çavuşoğlu, deposited ...". */
function doerOf(item: Comparable): string | null {
  if (item.type !== 'event') return null
  let doer = doers.get(item)
  if (doer !== undefined) return doer
  let first = Infinity
  doer = null
  for (const actor of item.actors) {
    if (isCollective(actor)) continue
    const surname = actor.split(/\s+/).at(-1)!
    const at = item.text.indexOf(surname)
    if (at >= 0 && at < first) (doer = surname), (first = at)
  }
  doers.set(item, doer)
  return doer
}

/**
 * Two groups of events, each done by one person in most reports, who differ, and whom most reports of the other group do
 * not name: two deeds of one day, however alike their words ("Çavuşoğlu ... has handed over Turkey's instrument of
 * ratification to Blinken" / "Haavisto handed Finland's instrument of accession to ... Blinken").
 */
export function deedsOfTwo(x: readonly Comparable[], y: readonly Comparable[]): boolean {
  // One report of a group may name another first ("Antony Blinken ... has arrived at Nato headquarters"): most decide.
  const one = (group: readonly Comparable[]): string | null => {
    const count = new Map<string, number>()
    for (const doer of group.map(doerOf)) if (doer) count.set(doer, (count.get(doer) ?? 0) + 1)
    return [...count].find(([, n]) => n * 2 > group.length)?.[0] ?? null
  }
  const a = one(x), b = one(y)
  const mostName = (group: readonly Comparable[], doer: string): boolean => group.filter((i) => i.text.includes(doer)).length * 2 > group.length
  return a !== null && b !== null && a !== b && !mostName(x, b) && !mostName(y, a)
}

function daysAgree(a: Facts, b: Facts): boolean {
  return windowsAgree(a.startDay, a.endDay, b.startDay, b.endDay, a.item.start === a.item.end && b.item.start === b.item.end)
}

/**
 * Both items sit on the same precise window, away from the day either article appeared: a scheduled
 * or past event pinned to its own date ("talks on January 12", "the call on January 18"). Two reports
 * of that are one event even in different words.
 */
export function sameOwnDate(a: Comparable, b: Comparable, context: MergeContext): boolean {
  return sameOwnDateOf(factsOf(a, context), factsOf(b, context))
}

function sameOwnDateOf(a: Facts, b: Facts): boolean {
  if (a.item.start !== b.item.start || a.item.end !== b.item.end || a.endDay - a.startDay > 7) return false
  return a.away && b.away
}

/**
 * Two events each pinned to dates of their own that do not overlap ("the Russia-NATO Council on
 * January 12", "the OSCE Permanent Council on January 13"): two events. The day of slack between
 * outlets is for dates read relative to the article ("yesterday"), not for dates the text names.
 */
export function differentOwnDates(a: Comparable, b: Comparable, context: MergeContext): boolean {
  return differentOwnDatesOf(factsOf(a, context), factsOf(b, context))
}

function differentOwnDatesOf(a: Facts, b: Facts): boolean {
  if (a.item.type !== 'event' || b.item.type !== 'event') return false
  const disjoint = a.endDay < b.startDay || b.endDay < a.startDay
  return disjoint && a.away && b.away
}

/**
 * An item an outlet dates to another day on purpose ("Earlier Thursday, Blinken said ...") beside an
 * undated one of an article of that same publication day: the day of slack between outlets does not
 * apply, the writer set the two days apart.
 */
export function dayBeforeTheirs(a: Comparable, b: Comparable, context: MergeContext): boolean {
  return dayBeforeTheirsOf(factsOf(a, context), factsOf(b, context))
}

function dayBeforeTheirsOf(a: Facts, b: Facts): boolean {
  const undatedFirst = a.item.precision === 'approximate'
  const dated = undatedFirst ? b : a, undated = undatedFirst ? a : b
  if (undated.item.precision !== 'approximate' || dated.item.precision === 'approximate' || dated.item.start !== dated.item.end) return false
  return dated.published !== null && dated.published === undated.published && dated.item.start !== undated.item.start
}

/** Content overlap needed: items of compatible dates; items whose dates disagree must share much more. */
export const SAME_CONTENT = 0.3
export const SAME_CONTENT_DATES_DISAGREE = 0.55
/** Events pinned to the same date of their own need only share something. */
export const SAME_CONTENT_OWN_DATE = 0.1

export function contentSimilarity(a: Comparable, b: Comparable, context: MergeContext): number {
  return similarityOf(factsOf(a, context), factsOf(b, context), vocabulary(context))
}

/** contentSimilarity of two items' facts, bags of `words`. */
export function similarityOf(a: Facts, b: Facts, words: Vocabulary): number {
  const all = words.overlap(a.words, b.words)
  // A quote translated or trimmed differently still shares its rare words.
  const x = a.item.quote, y = b.item.quote
  const quotes = x && y ? words.overlap(words.bag(quoteTokens(x)), words.bag(quoteTokens(y))) : 0
  return Math.max(all, quotes)
}

const besidesCache = new WeakMap<object, string[]>()

/** The item's words without those of its speaker's name. */
function tokensBesidesSpeaker(item: Comparable): string[] {
  let tokens = besidesCache.get(item)
  if (!tokens) {
    const names = new Set(item.speaker ? contentTokens(item.speaker) : [])
    besidesCache.set(item, (tokens = itemTokens(item).filter((t) => !names.has(t))))
  }
  return tokens
}

/**
 * Content words two items share besides their speakers' names: "Trump says ... peace deal" and
 * "..., Donald Trump told a crowd where the deal was signed" share the speaker, which the speaker check
 * has already weighed, and one common word, not what was said.
 */
export function sharedBesidesSpeaker(a: Comparable, b: Comparable): number {
  const other = tokenSet(tokensBesidesSpeaker(b))
  let shared = 0
  for (const t of tokenSet(tokensBesidesSpeaker(a))) if (other.has(t)) shared++
  return shared
}

export function isSameItem(a: Comparable, b: Comparable, context: MergeContext = FLAT_CONTEXT): boolean {
  return isSameItemOf(factsOf(a, context), factsOf(b, context), vocabulary(context))
}

/** isSameItem of two items' facts, bags of `words`. */
export function isSameItemOf(a: Facts, b: Facts, words: Vocabulary): boolean {
  if (a.item.type !== b.item.type) return false
  if (a.item.type === 'statement' && (saidAfterPublished(a, b) || saidAfterPublished(b, a))) return false
  // One sentence's items at two dates ("signed a road map on Tuesday to clarify past issues by
  // December 15") were told apart by the extractor on purpose.
  if (a.item.articleId === b.item.articleId && a.item.text === b.item.text && (a.item.start !== b.item.start || a.item.end !== b.item.end)) return false
  if (a.item.type === 'statement' && (!compatibleSpeakers(a.item, b.item) || twoQuotesOfOneArticle(a.item, b.item))) return false
  if (differentKindsOf(a, b)) return false
  const similarity = similarityOf(a, b, words)
  // Different outlets may date one statement differently ("on Monday" where others say Wednesday):
  // kept as one item with the disagreement recorded, but only when the content leaves no doubt.
  if (a.item.type === 'event' && sameOwnDateOf(a, b)) return similarity >= SAME_CONTENT_OWN_DATE
  if (differentOwnDatesOf(a, b)) return false
  if (saidOnDaysOfTheirOwn(a, b)) return a.item.articleId !== b.item.articleId && (similarity >= SAME_CONTENT_DATES_DISAGREE || retold(a, b, words))
  if (daysAgree(a, b) && !dayBeforeTheirsOf(a, b)) return similarity >= SAME_CONTENT && (a.item.start === b.item.start || a.item.type !== 'statement' || besidesSpeaker(a, b, words) >= SAME_CONTENT)
  return similarity >= SAME_CONTENT_DATES_DISAGREE || retold(a, b, words)
}

/**
 * Two statements of one voice a day apart both name it ("Ursula von der Leyen wrote late on Sunday ..." / "Ursula von der
 * Leyen said the Commission would freeze ..."): only their other words say whether they are one.
 */
export function besidesSpeaker(a: Facts, b: Facts, words: Vocabulary): number {
  const x = a.item.quote, y = b.item.quote
  const quotes = x && y ? words.overlap(words.bag(quoteTokens(x)), words.bag(quoteTokens(y))) : 0
  return Math.max(words.overlap(words.bag(tokensBesidesSpeaker(a.item)), words.bag(tokensBesidesSpeaker(b.item))), quotes)
}

/**
 * Items that may be one report whatever their wording says: of one type, from two articles, of
 * compatible voices and dates (mutualBestMatches weighs only such pairs).
 */
export function comparableOf(a: Facts, b: Facts): boolean {
  const x = a.item, y = b.item
  if (x.type !== y.type || x.articleId === y.articleId) return false
  if (x.type === 'statement' && (!compatibleSpeakers(x, y) || saidAfterPublished(a, b) || saidAfterPublished(b, a))) return false
  if (differentOwnDatesOf(a, b) || differentKindsOf(a, b) || saidOnDaysOfTheirOwn(a, b)) return false
  return (daysAgree(a, b) && !dayBeforeTheirsOf(a, b)) || (x.type === 'event' && sameOwnDateOf(a, b))
}

/**
 * Two statements each dated to a day by their own words, different days ("after the talks on Saturday,
 * Kurti told reporters" / "at a press conference on Sunday, Kurti said"): two occasions. One article
 * never tells one statement on two days; two outlets may disagree over one, which only wording that
 * leaves no doubt settles (the day of slack is for dates read off the article).
 */
function saidOnDaysOfTheirOwn(a: Facts, b: Facts): boolean {
  return a.item.type === 'statement' && onNamedOtherDays(a.item, b.item)
}

/** A date as an item or a report gives it, with the words it came from when known. */
export type Dated = Pick<Comparable, 'start' | 'end'> & { precision?: Comparable['precision']; dateEvidence?: Comparable['dateEvidence'] }

/** Two single days, each named by the text's own words ("on Saturday", "Monday"), that differ. */
export function onNamedOtherDays(x: Dated, y: Dated): boolean {
  const named = (d: Dated): boolean => d.precision === 'day' && (d.dateEvidence?.phrase ?? null) !== null
  return named(x) && named(y) && x.start !== y.start
}

/**
 * One article quoting one voice twice in different words, once posted online and once not, reports two
 * statements: "Our relationship has never been worse than it is now," Trump said; hours before, he
 * tweeted that it had "NEVER been worse thanks to ... foolishness". Two quotes of one channel may be one
 * statement told in parts ("Raisi also added Iran “is serious ...”" and "“Lifting sanctions ...,” Raisi had
 * said in a broadcast"); a lead quoting a phrase of the whole quote quotes words it holds.
 */
function twoQuotesOfOneArticle(a: Comparable, b: Comparable): boolean {
  if (a.articleId !== b.articleId || !a.quote || !b.quote || POSTED.test(a.text) === POSTED.test(b.text)) return false
  const x = ` ${fold(a.quote)} `, y = ` ${fold(b.quote)} `
  return !x.includes(y) && !y.includes(x)
}

export const POSTED = /\b(?:tweet(?:s|ed)?|on (?:Twitter|X|Facebook|Telegram|Instagram|social media)|posted|wrote on)\b/i

/**
 * `b` was said on a day after `a`'s article appeared ("Peskov told reporters on Tuesday" beside Monday's
 * report of Peskov): `a` cannot report it, unless both quote the same words. "Early Friday" in Asia is
 * Thursday in an American paper: a day's edge is a day of slack.
 */
export function saidAfterPublished(a: Facts, b: Facts): boolean {
  // The same quoted words are one statement, the dates a disagreement between outlets.
  if (a.published === null || b.item.precision !== 'day' || (a.item.quote !== null && a.item.quote === b.item.quote)) return false
  const after = b.startDay - toDay(a.published)
  return after > 1 || (after === 1 && !DAY_EDGE.test(b.item.dateEvidence.phrase ?? ''))
}

const DAY_EDGE = /\b(?:early|late|overnight|night|midnight)\b/i

/** Share of the shorter wording found in the other, and the fewest words that may count as a retelling. */
export const RETOLD = 0.8
const RETOLD_MIN_WORDS = 8

/**
 * One outlet's sentence found nearly word for word in another outlet's longer passage ("..., the EU said
 * in a statement on Monday" / "... Wednesday" inside two paragraphs): one report, whatever day each gives.
 */
function retold(a: Facts, b: Facts, words: Vocabulary): boolean {
  if (a.item.articleId === b.item.articleId) return false
  const short = a.words.ids.length <= b.words.ids.length ? a.words : b.words
  const long = short === a.words ? b.words : a.words
  return short.ids.length >= RETOLD_MIN_WORDS && words.containment(short, long) >= RETOLD
}
