// One statement, one item: a statement an article goes on with in its next sentence ("“...,” he
// added", "the official said", a quotation that points back) is joined to it, "the statement said"
// further down goes back to it, a headline or a repeated sentence that restates it folds into it, and
// an unnamed source of a reported event leaves the event alone.
import type { Sentence } from '../text'
import { memo } from '../memo'
import type { ExtractedItem } from '../types'

const MAX_SPAN = 2000

/** The index of the sentence that holds `offset`; sentences are in text order. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sentences[mid].offset <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** How a statement's sentence gives its words, which decides whether it can go on with the one before. */
export interface StatementShape {
  /** It quotes whole words of the speaker, not a phrase in quotation marks ("“frank and substantial”"). */
  quoted: boolean
  /** Its first words point back to what was said ("“[Mr Sullivan] also noted ...", "“He added ..."). */
  refersBack: boolean
  /** The sentence opens with a quotation mark. */
  opensWithQuote: boolean
  /** No speech verb of its own: the quotation in progress names the speaker. */
  unattributed: boolean
  /** The attribution closes the words ("“...,” Fomin said", "..., the official said"). */
  closing: boolean
  /** The speaker is named by a pronoun or a definite description ("he", "the official", "the statement"). */
  anaphoric: boolean
  verb: string | null
  /** The speaker is a person, not a country, office or organisation. */
  person: boolean
  /** The country the speaker speaks for, when known. */
  country: string | null
  /** The subject is the statement itself, named again ("The EU statement said", "the communique added"). */
  namesStatement: boolean
  /** It opens by setting itself against what went before ("But he said ..."). */
  contrasts: boolean
  /** Its pronoun's speaker makes another point ("He also praised Whitlam, saying ..."). */
  addsPoint: boolean
  /** The words reported: what follows the verb, or what precedes a closing attribution. */
  reported: string
  /** The words name the person ("Sergei Lavrov said"), rather than a role ("Russia’s foreign minister says"). */
  named: boolean
  /** Reported speech that opens a statement ("S told a briefing that ...", "S hails the signing"): no quotation, or one inside a "that" clause. */
  lead: boolean
  /** It ends in a colon before the words it announces ("Jiang Yu told her regular briefing:"). */
  introduces: boolean
}

function sameOccasion(first: ExtractedItem, next: ExtractedItem): boolean {
  // A sentence without a date phrase of its own goes on at the occasion already reported.
  return (first.start === next.start && first.end === next.end) || next.dateEvidence.phrase === null
}

/**
 * Whether `next` goes on with `first`: a quotation with no speech verb of its own, "“...,” he added" or
 * "..., the official said", or the quotation a reported-speech lead announced ("S told a briefing that
 * ..." then "“...,” S said"), a role-named lead and the sentence that names the speaker, or a country's
 * position over two sentences. "S said X." then "S said Y." are two statements.
 */
// A quotation with no verb of its own goes on with a quotation when it points back to it; a new point
// ("“We have been clear: ...”") or one after reported speech it may only illustrate is a statement of its own.
function continues(first: StatementShape | undefined, next: StatementShape | undefined, sameSpeaker: boolean, firstSpeaker: string | null, sameParagraph: boolean): boolean {
  if (!next) return false
  // "The US said it could reach an agreement quickly." then "“...,” State Department spokesman Ned Price told reporters."
  if (!sameSpeaker) return !!first && !first.person && next.person && !!next.country && next.country === firstSpeaker && next.closing && next.opensWithQuote
  // Within one paragraph a quotation runs on, and "he" goes on with what he was just reported to say.
  if (next.unattributed) return next.opensWithQuote && (!!first?.introduces || (!!first?.quoted && (next.refersBack || sameParagraph)))
  // "But he said a lasting settlement required ...": a point set against the last is a statement of its own.
  if (next.anaphoric && !next.contrasts && !next.addsPoint && (sameParagraph || next.closing || /^(?:add|continu)/.test(next.verb ?? ''))) return true
  if (!first) return false
  // "S indicates that the agreement will mention the two-state solution." then "He says that the treaty
  // “does reference two states ...”": the next paragraph's "he" on the same subject (two words of it).
  if (next.anaphoric && first.person && sharedStems(first.reported, next.reported) >= ON_SUBJECT) return true
  // A country's or an office's position told over two sentences ("Russia denies ... Russia says ...").
  if (!first.person && !next.person) return true
  // A sentence that names the speaker by role, then one that names them, on a common subject: one statement.
  if ((first.lead || first.closing) && first.person && !first.named && !first.anaphoric && next.named && shareOf(stems(first.reported), stems(next.reported)) > 0) return true
  return next.closing && next.opensWithQuote && first.lead
}

/** `first` with the quotation and the actors of `next`, told apart from it in the article. */
function withWords(first: ExtractedItem, next: ExtractedItem): ExtractedItem {
  const quotes = [first.quote, next.quote].filter((q): q is string => !!q)
  const actors = [...first.actors, ...next.actors.filter((a) => !first.actors.includes(a))].slice(0, 8)
  return { ...first, quote: quotes.length ? quotes.join(' … ') : null, actors }
}

/** `first` widened to cover `next`: the text spans both, the quotations are joined. */
function joined(first: ExtractedItem, next: ExtractedItem, text: string, introduced: boolean): ExtractedItem {
  const end = Math.min(Math.max(first.offset + first.length, next.offset + next.length), first.offset + MAX_SPAN)
  const quotes = [first.quote, next.quote].filter((q): q is string => !!q)
  const actors = [...first.actors, ...next.actors.filter((a) => !first.actors.includes(a))].slice(0, 8)
  // "The Royal Cabinet has issued a statement. It says the King received the delegation ...": the words are the next sentence's.
  // "Jiang Yu told her regular briefing:" then “We are not going to change ...”: the words are the quotation's.
  const title = BARE_STATEMENT.test(first.title) || introduced ? next.title : first.title
  return { ...first, ...datedBy(first, next), title, quote: quotes.length ? quotes.join(' … ') : null, actors, text: text.slice(first.offset, end), length: end - first.offset }
}

/**
 * "Tebboune has ruled out the visit." then "“I will not go to Canossa,” Tebboune said in an interview broadcast on Saturday":
 * a lead without a day of its own, joined by words its day names, is dated by them.
 */
function datedBy(first: ExtractedItem, next: ExtractedItem): Pick<ExtractedItem, 'precision' | 'dateEvidence'> {
  const named = first.precision === 'approximate' && next.precision === 'day' && next.dateEvidence.phrase !== null && next.start === first.start && next.end === first.end
  return named ? { precision: next.precision, dateEvidence: next.dateEvidence } : { precision: first.precision, dateEvidence: first.dateEvidence }
}

/** A title that only says there was a statement ("Royal Cabinet: A statement."). */
const BARE_STATEMENT = /:\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[eé]|declaration|readout)\.?$/i

/**
 * Step 7: a statement its speaker goes on with in the very next sentence, at the same occasion, is one
 * item spanning both. Any item of a sentence in between (another speaker, an event) keeps them apart.
 */
export function joinContinuations(items: readonly ExtractedItem[], shapes: ReadonlyMap<ExtractedItem, StatementShape>, sentences: readonly Sentence[], text: string): ExtractedItem[] {
  const out: ExtractedItem[] = []
  // The statements of the latest sentence that gave items: where each is in `out`, the shape of the
  // sentence it last took in, the sentence it last took in, and whether its text reaches that sentence.
  let open: { at: number; shape: StatementShape | undefined; last: number; spans: boolean }[] = []
  let frontier = -1
  for (const item of items) {
    const first = sentenceAt(sentences, item.offset)
    const last = sentenceAt(sentences, item.offset + Math.max(item.length - 1, 0))
    const shape = shapes.get(item)
    const host = item.type === 'statement'
      ? open.find((o) => first === o.last + 1 && sentences[first].paragraph - sentences[o.last].paragraph <= 1
        && sameOccasion(out[o.at], item) && continues(o.shape, shape, out[o.at].speaker === item.speaker, out[o.at].speaker, sentences[first].paragraph === sentences[o.last].paragraph))
      : undefined
    // "The EU statement said that ..." further down goes back to the statement reported earlier.
    const earlier = !host && item.type === 'statement' && shape?.namesStatement
      ? out.findIndex((o) => o.type === 'statement' && o.speaker === item.speaker && sameOccasion(o, item))
      : !host && item.type === 'statement' ? goesOnAfterBackground(out, item, shape, sentences) : -1
    if (host) {
      const widened = host.spans ? joined(out[host.at], item, text, !!host.shape?.introduces && !!shape?.unattributed) : withWords(out[host.at], item)
      // A country's statement that its official goes on with is the official's.
      out[host.at] = widened.speaker === item.speaker ? widened : { ...widened, speaker: item.speaker, role: item.role }
      host.last = last
      host.shape = shape
    } else if (earlier >= 0) {
      out[earlier] = withWords(out[earlier], item)
      open = [{ at: earlier, shape, last, spans: false }]
    } else {
      if (first > frontier) open = []
      if (item.type === 'statement') open.push({ at: out.length, shape, last, spans: true })
      out.push(item)
    }
    frontier = Math.max(frontier, last)
  }
  return out
}

/**
 * "“...,” Al Zayani adds." after a paragraph of background: a named speaker who "adds" or "continues"
 * goes on with their last statement, when no other voice spoke since, it is the same occasion, and
 * background sentences lie between (the very next sentence is for `continues` to judge). The index in
 * `out` of that statement, or -1.
 */
function goesOnAfterBackground(out: readonly ExtractedItem[], item: ExtractedItem, shape: StatementShape | undefined, sentences: readonly Sentence[]): number {
  if (!shape || !item.speaker || shape.anaphoric || !/^(?:add|continu|went on|goes on)/.test(shape.verb ?? '')) return -1
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]
    if (o.type !== 'statement') continue
    const end = o.offset + Math.max(o.length - 1, 0)
    if (item.offset - end > MAX_SPAN || sentenceAt(sentences, end) + 1 >= sentenceAt(sentences, item.offset)) return -1
    return o.speaker === item.speaker && sameOccasion(o, item) ? i : -1
  }
  return -1
}

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'will', 'would', 'said', 'says', 'their', 'there', 'which', 'about', 'after', 'been', 'were', 'they', 'into', 'also', 'over'])

const LONG_WORD = /\p{L}{4,}/gu

/** Content words, cut to a stem-sized prefix ("Afghan" and "Afghanistan" meet); the set is shared, read it only. */
const stems: (text: string) => ReadonlySet<string> = memo((text) => {
  const words = text.toLowerCase().match(LONG_WORD) ?? []
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)))
}, 20_000)

/** Words the next paragraph's "he" must share with the statement before it to go on with it. */
const ON_SUBJECT = 2

function sharedStems(a: string, b: string): number {
  const y = stems(b)
  return [...stems(a)].filter((w) => y.has(w)).length
}

function shareOf(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (!part.size) return 0
  let n = 0
  for (const w of part) if (whole.has(w)) n++
  return n / part.size
}

/** Whether a headline's words are told by the body's statements of the same voice, taken together. */
function foldsInto(headline: ReadonlySet<string>, body: readonly ReadonlySet<string>[]): boolean {
  if (!body.length) return false
  return shareOf(headline, new Set(body.flatMap((b) => [...b]))) >= 0.5
}

/** A line of its own without closing punctuation: a headline or subheading. */
function isHeadline(item: ExtractedItem, sentences: readonly Sentence[]): boolean {
  const i = sentenceAt(sentences, item.offset)
  const s = sentences[i]
  const alone = (i === 0 || sentences[i - 1].paragraph !== s.paragraph) && (i === sentences.length - 1 || sentences[i + 1].paragraph !== s.paragraph)
  return alone && !/[.!?…][”"’»)]*\s*$/.test(s.text)
}

/**
 * Step 8: a statement told twice by one article folds into its fuller telling: a headline
 * ("Situation at Afghan-Tajik border a concern: Russia") into the body statements of the same voice
 * (the person, or the country they speak for) that hold most of its words, and a sentence the page
 * repeats into its first telling.
 */
export function foldRestatements(items: readonly ExtractedItem[], sentences: readonly Sentence[], countryOf: (speaker: string) => string | null): ExtractedItem[] {
  const statements = items.filter((i) => i.type === 'statement' && i.speaker)
  // Each statement's words, read once and only when a comparison gets that far: the search below looks at every pair.
  const stemsOf = new Map<ExtractedItem, ReadonlySet<string>>()
  const words = (item: ExtractedItem): ReadonlySet<string> => {
    let found = stemsOf.get(item)
    if (!found) stemsOf.set(item, (found = stems(item.text)))
    return found
  }
  const headline = new Set(statements.filter((i) => isHeadline(i, sentences)))
  const sameVoice = (short: ExtractedItem, full: ExtractedItem): boolean =>
    short.speaker === full.speaker || full.actors.includes(short.speaker!) || (!!full.speaker && countryOf(full.speaker) === short.speaker)
  const folded = new Set<ExtractedItem>()
  // Everything the body has a headline's voice say: once one sentence shows a person speaks for the country, all of theirs count.
  const bodyOf = (item: ExtractedItem): ExtractedItem[] => {
    const body = statements.filter((o) => o !== item && !headline.has(o) && !folded.has(o))
    const voices = new Set(body.filter((o) => sameVoice(item, o)).map((o) => o.speaker))
    return body.filter((o) => voices.has(o.speaker))
  }
  for (const item of statements) {
    const into = headline.has(item)
      ? foldsInto(words(item), bodyOf(item).map(words))
      : statements.find((o) => o !== item && o.offset < item.offset && !folded.has(o) && o.speaker === item.speaker && o.start === item.start && o.end === item.end
        && shareOf(words(item), words(o)) >= 0.8 && shareOf(words(o), words(item)) >= 0.8)
    if (into) folded.add(item)
  }
  return items.filter((i) => !folded.has(i))
}

const UNNAMED_SOURCE = /\b(?:officials?|sources)$/i

// "Guterres, who announced on Thursday that ..., will attend the signing, the statement said": what will be
// is announced, whatever past event the sentence also dates.
const ANNOUNCES = /\b(?:will|shall)\b/i

/**
 * Step 6: "Last week, the sides met in Istanbul ..., Turkish officials said": an unnamed source closing a
 * sentence that reports a past, dated event is where the event comes from, not a statement of its own.
 */
export function foldSourcing(items: readonly ExtractedItem[], shapes: ReadonlyMap<ExtractedItem, StatementShape>): ExtractedItem[] {
  const sourcing = (s: ExtractedItem): boolean => {
    const shape = shapes.get(s)
    // So is one that opens it with a bare "said": "Officials said Obama and Castro spoke by telephone ... on Tuesday".
    const source = shape && (shape.closing || (UNNAMED_SOURCE.test(s.speaker ?? '') && /^(?:said|say|says)$/.test(shape.verb ?? '')))
    return s.type === 'statement' && !!shape && !!source && !shape.person && !s.quote && s.dateEvidence.phrase === null
      && !ANNOUNCES.test(shape.reported)
      && items.some((e) => e.type === 'event' && !e.planned && e.dateEvidence.phrase !== null && e.offset >= s.offset && e.offset + e.length <= s.offset + s.length)
  }
  return items.filter((i) => !sourcing(i))
}
