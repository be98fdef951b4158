// Extraction of dated events and attributed statements from one article, in numbered steps:
//   1. sentences, mentions and the article's own date facts (holidays that end on a stated day)
//   2. per sentence: date phrases, then attributions (with dates masked out)
//   3. the speaker of each statement, by mention, descriptor, pronoun or the quotation in progress
//   4. the statement's own date (the phrase bound to the speech verb), else the article's
//   5. events: the other date phrases of the sentence, at their own date, planned when ahead
//   6. an unnamed source closing the report of a past event is the event's, not a statement (foldSourcing)
//   7. a statement the next sentence goes on with is one item, as is one its speaker "adds" to after
//      background (joinContinuations)
//   8. a headline or a repeated sentence folds into the statement it restates (foldRestatements)
import type { DateEvidence, IsoDate, Precision } from '../../shared/model'
import { count, type DateCandidate, datesIn, findHolidaysEnd, monthsWithYear, type MonthsOfYear, scanDates, type DateMention } from '../dates'
import { addDays, toDay, weekday, weekdayOnOrBefore, WEEKDAYS } from '../dates/calendar'
import { findMentions, type Mention } from '../entities'
import { demonymOf } from '../entities/gazetteer'
import { AHEAD_ENTRY, AHEAD_HEADING, CLOCK_STAMP, FIRST_PERSON, maskQuotations, quotedAt, splitSentences, type Sentence } from '../text'
import type { ArticleForExtraction, ExtractedItem } from '../types'
import { colonSpeaker, colonSpeakers, findAttributions, mask, reportedByAt, topicHead, type Attribution } from './attribution'
import { buildContext, officeClass, type StoryContext } from './context'
import { foldRestatements, foldSourcing, joinContinuations, type StatementShape } from './continuations'
import { hasEventTrigger, reportsDoneEvent } from './events'
import { bodyOpening, partiesOf, personOf, pronounsOf, remember, resolveSpeaker, rulersNamed, speakingOf, type Discourse, type Speaker } from './speaker'
import { datelineOf, eventTitle, quotedWords, shortSpeaker, statementTitle } from './title'

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

// Between "said" and "on Monday" only an audience or a setting: "told reporters", "urged Russia",
// "told a regular press briefing", "said in a statement", "in an interview with the Rossiya-1 channel"; a clause
// of its own ("that", "would") ends it.
// Whom the words went to may come first: "wrote to the president of the UN Security Council late on Thursday".
// "told her hosts during a visit to Warsaw in October": "to" before a name is a place's, not an infinitive's.
const STATEMENT_DATE_GAP = /^[\s,]*(?:to\s+(?=the\s|a\s|an\s|his\s|her\s|their\s|\p{Lu}))?(?:to\s+(?=\p{Lu})|(?!(?:that|would|will|shall|should|could|can|may|might|must|to|was|were|is|are|be|been|had|has|have|did|does|do|not|and|but|which|who|if|when|after|before)\b)[\p{L}\p{N}'’\-]+[\s,]+){0,10}(?:on\s+)?$/u
// "Kurti rejected that account on Monday evening": after a verb that takes an object, "that" is the object's, not a clause's.
const OBJECT_VERB = /^(?:rejected|dismissed|welcomed|condemned|critici[sz]ed|praised|hailed|disputed|denounced|slammed)$/i
const DEMONSTRATIVE_OBJECT = /^\s+(?:that|this|these|those)\s+[\p{Ll}-]+\s+(?:on\s+)?$/u

// "told reporters in Paris after the gavel came down late on Saturday", "said after an extraordinary meeting of the
// NATO-Ukraine Commission in Brussels on Monday": words said right after what that day saw.
const SAID_AFTER = /^[\s,]*(?:(?!(?:that|which|who)\b)[\p{L}'’\-]+\s+){0,4}(?:shortly\s+|just\s+|soon\s+)?after\s+(?:(?!(?:that|which|who|said|says)\b)[\p{L}\p{N}'’\-]+\s+){1,10}$/u

// "defended the diversion in a combative speech to parliament on May 26": the day of the speech the words were given in.
const SPOKEN_IN = /^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:in|during)\s+(?:a|an|his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:speech|address|interview|statement|remarks|briefing|message|post|tweet|letter|broadcast)\b[^.;:"“”]{0,60}?\s(?:on\s+)?$/u
// A clause about the speaker that dates something else: "who was prime minister when Sweden applied in May".
const RELATIVE_ASIDE = /,\s*(?:who|which|whose)\b[^,]*\b(?:when|after|before|since|until)\b/i
// "Chavez, who a week ago ordered ten battalions to the border, said", "Maduro, who was sworn in ... on January 10,
// responded": a deed of the speaker's told as background; but
// "Trump, who arrived back at Joint Base Andrews early Wednesday, tweeted" spoke on arriving.
const RELATIVE_DEED = /,\s*(?:who|whose|which)\b[^,;]*?\b(?:(?!(?:spoke|said|told|addressed|asked|answered|replied|arrived|returned|landed)\b)(?:\p{Ll}{3,}ed|broke|met|held|sent|took|made|went|won|lost|flew|left|began|fought|struck|led)|(?:was|were)\s+(?!(?:due|expected|scheduled|set|going|about|to)\b)(?!\p{Ll}+ing\b)\p{Ll}{3,})\b/u
const OCCASION_BEFORE = /\b(?:at|during|in) which\s+$|\bwhere\s+$/i

/**
 * "a dinner on Wednesday evening, at which Trump called Kim “a great leader”": words said at an occasion
 * the sentence has just dated, which stays an event of its own.
 */
/** A date inside an aside between commas after the subject, one that does not tell when the speaker spoke ("speaking in June"). */
function inAside(sentence: string, from: number, d: DateMention, verbOffset: number): boolean {
  const before = sentence.slice(from, d.offset)
  return before.includes(',') && sentence.slice(d.offset + d.length, verbOffset).includes(',') && !SPEAKING_BEFORE.test(before)
}

function occasionDate(sentence: string, attribution: Attribution, dates: readonly DateMention[]): DateMention | null {
  const from = Math.min(attribution.subjectOffset, attribution.verbOffset)
  if (!OCCASION_BEFORE.test(sentence.slice(Math.max(0, from - 20), from))) return null
  return dates.findLast((d) => d.offset + d.length <= from && !d.future && d.precision === 'day') ?? null
}

// "Stoltenberg, speaking on Wednesday, tried to sound unbothered": the day a person spoke, told before the words.
// So does the person's speech ("Mike Pompeo's speech at the Nixon Presidential Library in Yorba Linda, California, on Thursday").
const SPEAKING_BEFORE = /\b(?:speaking|addressing|asked|interviewed|in an interview|in remarks|(?:used|gave|delivered|in) (?:his|her|their|a) (?:speech|address|remarks)|at (?:a|an|his|her|their) (?:news|press) conference|at (?:a|his|her|their) (?:briefing|rally))\b[^.;:“”"]{0,50}$|['’]s (?:speech|address|remarks|interview)\b[^.;:“”"]{0,80}$/i

/**
 * A sentence that dates when a person spoke without reporting the words, which the next sentences
 * quote ("“It is no longer a question of if, but when,” he said."): the person and that day.
 */
function speakingOccasion(sentence: string, mentions: readonly Mention[], base: number, dates: readonly DateMention[], lastPerson: Speaker | null): { name: string; date: DateMention } | null {
  const participle = OPENING_SPEAKING.test(sentence)
  for (const d of dates) {
    if (d.future || d.precision !== 'day') continue
    // "on Monday 21 March, she sat beside Richard Ratcliffe ... at a packed press conference": the person "she" is, that day.
    if (lastPerson && PRONOUN_AT_OCCASION.test(sentence.slice(d.offset + d.length, d.offset + d.length + 160))) return { name: lastPerson.name, date: d }
    const before = sentence.slice(Math.max(0, d.offset - 100), d.offset)
    // "The harshest reaction came on August 9 from Ali Akbar Velayati": the person follows the day.
    const reaction = REACTION_CAME.test(before)
    if (!reaction && !SPEAKING_BEFORE.test(before)) continue
    // "Speaking to reporters outside Minsk on Sunday, Alexander Lukashenko answered ...": the one the opening participle is of.
    const opened = !reaction && participle && /^,\s*$/.test(sentence.slice(d.offset + d.length, d.offset + d.length + 2))
    const person = mentions.find((m) => m.kind === 'person' && (reaction || m.offset < base + d.offset || (opened && m.offset - base - d.offset - d.length <= OPENED_SUBJECT_CHARS)))
    if (person) return { name: person.name, date: d }
  }
  return null
}

const OPENING_SPEAKING = /^(?:Speaking|Addressing|Asked|Interviewed|Talking)\b/
/** How far past an opening participle's day its subject's name may begin ("on Sunday, President Alexander Lukashenko"). */
const OPENED_SUBJECT_CHARS = 30
/** How far into a sentence an opening phrase of time, with its date, may reach. */
const OPENING_SETTING_CHARS = 80
const DAY_HEADING = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})(?:,?\s+\d{4})?[.:]?$/i
const PRONOUN_AT_OCCASION = /^,?\s+(?:he|she)\s+[^.;:“”"]{0,120}?\bat\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:press|news)\s+conference\b/i
const RELATIVE_BEFORE = /\b(?:which|who)\b[^,.;:“”"]{0,60}$/i
const REACTION_CAME = /\b(?:reaction|response|criticism|condemnation|rebuke|praise|warning|comment)\b[^.;:“”"]{0,30}\bcame\s+(?:on\s+)?$/i

const MEETING_OF_DAY = /^['’ʼ]s\s+(?:[\w-]+\s+)?(?:session|meeting|summit|talks|conference|briefing|debate|hearing)\b/i
// The occasions words are given at ("Monday's statement", "In a call on May 12").
const SPEAKING = 'statement|speech|address|remarks|interview|briefing|press conference|news conference'
const SPEAKING_OCCASION = new RegExp(`^['’ʼ]s\\s+(?:\\w+\\s+)?(?:${SPEAKING}|comments|announcement)\\b`, 'i')
const SPOKEN_SETTING = new RegExp(`^(?:In|At|During)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:${SPEAKING}|call|phone call|telephone call|meeting)\\b`, 'i')

const CONJUNCTION_OPENING = /^(?:But|And|Yet|Then|So)\s+(?:on\s+)?$/
const ASKED_ASIDE = /,\s*who\s+(?:was|were|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:asked|questioned|pressed|interviewed)\b[^,;:“”"]{0,60}$|,\s*who\s+(?:spoke|talked)\s+to\s+(?:reporters|journalists|the\s+press)\b[^,;:“”"]{0,40}$/u
const DESCRIPTION_OPENING = /^\s*(?:the|a|an|his|her|its|their|one|former)\s/i
const OCCASION_ASIDE = /^,\s*(?:speaking|addressing|talking|writing|replying|responding|asked)\b[^,;:“”"]{1,100},\s*$/

/** Step 4: the date phrase that says when the speaker spoke. */
function statementDate(sentence: string, attribution: Attribution, dates: readonly DateMention[]): DateMention | null {
  const verbEnd = attribution.verbOffset + attribution.verb.length
  const from = Math.min(attribution.subjectOffset, attribution.verbOffset)
  const setting = OPENING_SETTING.exec(sentence)?.[0].length ?? 0
  const opening = OPENING_PARTICIPLE.exec(sentence)?.[0].length ?? 0
  // "Yair Lapid, who during a visit to Morocco on August 11 and 12 voiced concern": in words a relative clause itself
  // reports, its day is theirs, before any day of the sentence around it ("Speaking on Sunday, Lukashenko answered
  // Westerwelle, who last week called Belarus ...").
  const ofClause = (d: DateMention): boolean =>
    !!attribution.relative && d.offset >= from && d.offset < attribution.verbOffset && RELATIVE_BEFORE.test(sentence.slice(from, d.offset)) && !/[,;“”"]/.test(sentence.slice(d.offset + d.length, attribution.verbOffset))
  const clauseDay = dates.find((d) => !d.future && d.precision !== 'year' && ofClause(d))
  if (clauseDay) return clauseDay
  // "Julie Bishop, who was asked repeatedly on Tuesday whether she had spoken to her counterpart, said only that ...": the
  // occasion the speaker's aside tells of is when the words were said.
  const occasion = dates.find((d) => !d.future && d.precision === 'day' && d.offset >= from && d.offset < attribution.verbOffset && ASKED_ASIDE.test(sentence.slice(from, d.offset)))
  if (occasion) return occasion
  // Only a description: "Zardari, in an article published in The Washington Post on Tuesday, rejected" dates the words.
  const apposed = attribution.apposition && DESCRIPTION_OPENING.test(sentence.slice(attribution.apposition.offset)) ? attribution.apposition : undefined
  for (const d of dates) {
    if (d.future || d.precision === 'year') continue
    // "Jean-Noël Barrot, the foreign minister who had announced the “new phase” in Algiers on April 6, wrote": a day in what
    // is set beside the speaker's name tells of the speaker, not of the words.
    if (apposed && d.offset >= apposed.offset && d.offset < apposed.offset + apposed.length) continue
    // "the result of Sunday's referendum": a day in the possessive dates a thing the words name; but "In Monday's
    // statement to the House of Commons, Trudeau had said" dates the words.
    const after = sentence.slice(d.offset + d.length, d.offset + d.length + 40)
    const meeting = d.offset >= from && d.offset < attribution.verbOffset && MEETING_OF_DAY.test(after)
    // "During Monday's meeting, Xi told Blinken": an opening occasion of that day is where the words were said.
    if (d.offset < from && /^(?:In|At|During)\s+$/i.test(sentence.slice(0, d.offset)) && (MEETING_OF_DAY.test(after) || SPEAKING_OCCASION.test(after))) return d
    if (/^['’ʼ]s\b/u.test(after) && !(d.offset < from && SPEAKING_OCCASION.test(after)) && !meeting) continue
    // "Andersson, who was prime minister when Sweden applied in May last year, welcomed": the date is the clause's; but
    // "Shoukry, who chaired part of Wednesday's session, told the ministers": the speaker spoke at the meeting the clause dates.
    // Nor "Ortega, whose government broke off relations with Colombia on Thursday, said": the clause's deed is dated.
    // "de Mistura, the UN's Syria envoy since July 2014, told", "Lamamra, a veteran diplomat who returned to the foreign ministry
    // in July, said": a span the speaker's post has lasted, or a month of a deed told about them, is not when they spoke.
    // So is any span of an aside set between commas ("The former academic, appointed only last year, told reporters").
    if (d.offset >= from && d.offset < attribution.verbOffset && (sinceAt(sentence, d) || (d.precision !== 'day' && (/,[^,;]*\b(?:who|which|whose)\b/i.test(sentence.slice(from, d.offset)) || inAside(sentence, from, d, attribution.verbOffset))))) continue
    if (d.offset >= from && d.offset < attribution.verbOffset && ((!RELATIVE_ASIDE.test(sentence.slice(from, d.offset)) && !RELATIVE_DEED.test(sentence.slice(from, attribution.verbOffset))) || meeting)) return d
    // After a colon ("Santos: ceasefire from Monday") come the words, not when they were said.
    if (d.offset >= verbEnd && d.offset - verbEnd < 90 && attribution.verb !== ':' && (STATEMENT_DATE_GAP.test(sentence.slice(verbEnd, d.offset)) || (OBJECT_VERB.test(attribution.verb) && DEMONSTRATIVE_OBJECT.test(sentence.slice(verbEnd, d.offset))) || (d.precision === 'day' && (SAID_AFTER.test(sentence.slice(verbEnd, d.offset)) || SPOKEN_IN.test(sentence.slice(verbEnd, d.offset)))))) return d
    // An opening adverbial: "On Monday, Lavrov said", "In a statement issued on Wednesday, 3 November, the EU said".
    // "On Monday, Lavrov said that ..."; but in "The two spoke on Wednesday, the Elysee said" the date is the event's.
    // Not the sentence's opening day when another stands right before the subject ("On Tuesday Wang announced ..., and on
    // Wednesday Sogavare confirmed it").
    const nearer = dates.some((o) => o.offset > d.offset && o.offset < from && /^[\s,]*$/.test(sentence.slice(o.offset + o.length, from)))
    // So does a day a clause of "when" opens on: "The warnings began last Thursday, when Kim Yo Jong issued a statement".
    if (d.offset < from && attribution.contentAfter && !nearer && (d.offset <= 3 || /^[\s,]*(?:when\s+)?$/.test(sentence.slice(d.offset + d.length, from))) && !/[“”"]/.test(sentence.slice(0, d.offset))) return d
    // So does one, after a conjunction too, that an aside of the occasion follows ("But on July 6, speaking to foreign journalists
    // in Minsk, the Belarusian leader said the opposite: ..."), wherever the words stand.
    if (d.offset < from && (d.offset <= 3 || CONJUNCTION_OPENING.test(sentence.slice(0, d.offset))) && OCCASION_ASIDE.test(sentence.slice(d.offset + d.length, from))) return d
    // "After militants attacked an army camp in Uri in September 2016, killing 19 soldiers, India announced ...": the
    // words came when the opening clause's happening did.
    if (d.offset < from && attribution.contentAfter && OPENING_AFTER.test(sentence.slice(0, from)) && !/[“”"]/.test(sentence.slice(0, from))) return d
    // An opening setting of quoted words: "In Amsterdam on 12 April, Macron doubled down: “...,” he told reporters". Not of a
    // happening told ("On Wednesday, the ministers discussed the border, a spokesman said": the day is the discussion's).
    if (d.relation !== 'anaphoric' && d.offset + d.length <= setting && /[“"]/.test(sentence.slice(setting, from))) return d
    // "In a call on May 12, two days into the fighting, Biden said": an opening setting that names an occasion of speaking.
    if (d.relation !== 'anaphoric' && d.offset + d.length <= setting && setting <= from && SPOKEN_SETTING.test(sentence.slice(0, setting))) return d
    // "Speaking to The New Times on Saturday, a day after Friday's signing, Nduhungirehe said": the occasion's clause dates the words.
    if (d.offset + d.length <= opening && opening <= from) return d
  }
  // "Kim said the summit was a success, state media reported on Wednesday": words reported that day were said by then.
  const reported = reportedByAt(sentence)
  if (reported > attribution.verbOffset) for (const d of dates) if (d.offset > reported && !d.future && d.precision === 'day') return d
  return null
}

/**
 * The day the lead reports ("signed ... at the White House on Tuesday" in Wednesday's paper): what the
 * article's undated statements and events ("Trump says five countries might join") were most likely
 * said and done on: the past day, up to three days before publication, of the lead's first dated sentence.
 */
function newsPeg(sentences: readonly Sentence[], candidates: readonly DateCandidate[], published: IsoDate, holidaysEnd: IsoDate | null): NewsPeg {
  let read = 0
  for (const s of sentences) {
    if (isThin(s)) continue
    if (read++ === LEAD_SENTENCES) break
    // Someone's own words ("Yesterday we spent a great deal of time", a transcript) date what they did, not the news.
    // Words quoted within the reporter's sentence ('"We have a deal," Borrell wrote shortly before midnight on Saturday') are not.
    if (FIRST_PERSON.test(maskQuotations(s.text))) continue
    // "rejected accusations that its troops violated the ceasefire which took effect at midnight on Monday": the day
    // of a relative clause is background, not the lead's news.
    // "A day earlier, President Trump spoke ..." in a standfirst counts from a day the lead has not told yet.
    // A wire dateline ("Washington, August 9, APA.") dates the article, not its news.
    const dateline = datelineOf(s.text)?.[0].length ?? 0
    const dates = datesIn(candidates, s.text, s.offset, { reference: published, anchor: null, holidaysEnd })
      .filter((d) => d.offset >= dateline && !COUNTED_FROM_TOLD.test(d.phrase) && !quotedAt(s.text, d.offset) && !RELATIVE_BEFORE.test(s.text.slice(Math.max(0, d.offset - 80), d.offset))
        // "The crisis began on Friday evening, June 23, ... Here is how Saturday unfolded": the start is background.
        && !BEGAN_BEFORE.test(s.text.slice(Math.max(0, d.offset - 30), d.offset)))
    if (!dates.length) continue
    // The first dated sentence decides: a plan ("a ceasefire will begin on 15 February") leaves the day of publication.
    // A day, or the last day of a span the sentence spells out ("held talks from March 6 to 10").
    const pegs = dates.filter((d) => (!d.future || d.end === published) && (d.precision === 'day' || (d.precision === 'week' && /\d/.test(d.phrase))) && toDay(d.end) <= toDay(published) && toDay(published) - toDay(d.end) <= 3)
    // A standfirst's span gone by ("shows how far the two governments have come since March") is background: the lead after
    // it may still date the news.
    if (!pegs.length && dates.every((d) => d.precision !== 'day' && d.precision !== 'week' && (/^since\b/i.test(d.phrase) || /\bsince\s+$/i.test(s.text.slice(Math.max(0, d.offset - 8), d.offset))))) continue
    if (!pegs.length) return { happened: published, said: published }
    // "... were killed in a clash on Monday night, the Indian Army said on Tuesday": the news happened on Monday and was
    // told on Tuesday, when the article's undated words were most likely said too.
    const said = pegs.find((d) => d.end >= pegs[0].end && SAID_ON_BEFORE.test(s.text.slice(Math.max(0, d.offset - 40), d.offset)))
    return { happened: pegs[0].end, said: (said ?? pegs[0]).end }
  }
  return { happened: published, said: published }
}

/** The day the lead's news happened, and the day it was told (that of its speech verb, when the lead dates one). */
interface NewsPeg {
  happened: IsoDate
  said: IsoDate
}

const BEGAN_BEFORE = /\b(?:began|started|erupted|broke out)\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:\w+day(?:\s+(?:morning|afternoon|evening|night))?,\s+)?$/i
const SAID_ON_BEFORE = /\b(?:said|told (?:reporters|journalists|parliament|lawmakers)|announced|confirmed|stated|reported)\s+(?:on\s+)?$/i

/**
 * The sentence up to the next speaker it names after this one's verb: "Blinken warned of a response and
 * Lavrov said Moscow was waiting" gives Blinken only his half. Words reported right after the verb
 * ("Trump said Kim told him ...") stay whole.
 */
function ownWords(sentence: string, attribution: Attribution | null, speaker: string, resolved: readonly { a: Attribution; sp: Speaker }[]): string {
  if (!attribution?.contentAfter) return sentence
  const verbEnd = attribution.verbOffset + attribution.verb.length
  // "praised what he described as ...": the speaker's own pronoun goes on with the same words.
  const next = resolved.find(({ a, sp }) => a.subjectOffset > verbEnd && sp.name !== speaker && !PRONOUN_SUBJECT.test(a.subject.trim()) && !a.relative && a.verb !== 'according to')
  if (!next || REPORTED_RIGHT_AFTER.test(sentence.slice(verbEnd, next.a.subjectOffset))) return sentence
  return sentence.slice(0, next.a.subjectOffset).replace(/[\s,;]*(?:\b(?:and|but|while|whereas)\s*)?$/i, '')
}

/** A date's span without a closing conjunction: "a day after Trump said" still subordinates Trump's words. */
function withoutConjunction(d: DateMention): { offset: number; length: number } {
  const conjunction = / (?:after|before|since|until)$/i.exec(d.phrase)
  return conjunction ? { offset: d.offset, length: d.length - conjunction[0].length } : d
}

/** The weekday a letter's heading names, in the week up to the letter's day. */
function weekdayOfTheWeek(name: string, published: IsoDate): DateChoice {
  const day = weekdayOnOrBefore(published, WEEKDAYS.get(name.toLowerCase())!)
  return { start: day, end: day, precision: 'day', evidence: { phrase: name, anchor: published } }
}

/** The day the text is at, for a sentence that names none. */
function atDay(anchor: IsoDate): DateChoice {
  return { start: anchor, end: anchor, precision: 'day', evidence: { phrase: null, anchor } }
}

function fromMention(d: DateMention, anchor: IsoDate): DateChoice {
  return { start: d.start, end: d.end, precision: d.precision, evidence: { phrase: d.phrase, anchor } }
}

// "Cambodian forces then fired rockets", "told reporters afterwards", "replied within hours": what follows the happening
// the text has just dated.
// "then" before a past verb: not "since then struck" (a span), "if ..., then Ukraine will", "then of the leaders";
// "shortly after his arrival" has its own.
const SEQUENCE = /(?<!\b(?:since|until|till|by|from|before|back|even)\s)\bthen\s+(?:\w+ed|began|came|flew|fought|gave|held|hit|left|made|met|ran|said|sent|shot|spoke|struck|swept|took|told|went|won|wrote)\b|\bafterwards?\b|\b(?:shortly|soon|immediately) after(?=[,.;])|\b(?:shortly|soon|just) (?:after|before) midnight\b|\bwithin (?:hours|minutes|the hour)\b/i
const SAME_DAY_LATER = /\bhours\s+later\b|\bthat\s+(?:evening|night|morning|afternoon)\b|\blater\s+that\s+day\b/i
/** How many sentences back the dated happening may be that "then", "hours later" or "that evening" goes on from. */
const SEQUENCE_REACH = 2
/** The longest line a list may hold as one item. */
const LIST_ITEM_CHARS = 300

// "August 4, 1993: Chief Cabinet Secretary Yohei Kono acknowledges ...": a timeline's entry is a happening of its day,
// whatever its verb.
const ENTRY_AFTER_DATE = /^\s*(?:[:–—]|-\s)/

function opensTimelineEntry(sentence: string, d: DateMention): boolean {
  return d.offset === 0 && ENTRY_AFTER_DATE.test(sentence.slice(d.length))
}

/** The day of a sentence that goes on ("then", "afterwards") from the happening dated `back` sentences before, if it does. */
function sequelDate(sentence: string, anchor: IsoDate | null, back: number): DateChoice | null {
  if (!anchor || back > SEQUENCE_REACH) return null
  const m = SEQUENCE.exec(sentence)
  return m ? { start: anchor, end: anchor, precision: 'day', evidence: { phrase: m[0], anchor } } : null
}

// "On Wednesday the Russian defence ministry had raised the stakes": a day that opens the sentence, then the pluperfect.
const STEPPED_BACK_AFTER = /^[\s,]*(?:[\p{Lu}\p{Ll}][\p{L}'’-]*\s+){0,6}had\s+(?:\w+ly\s+)?(?:\p{Ll}+ed|been|met|held|made|sent|taken|given|begun|spoken|told|said|won|lost|broken|struck|fought|led|gone|come)\b/u

function steppedBack(sentence: string, d: DateMention): boolean {
  return d.offset <= 3 && STEPPED_BACK_AFTER.test(sentence.slice(d.offset + d.length))
}

function articleDate(published: IsoDate, precision: Precision = 'approximate'): DateChoice {
  return { start: published, end: published, precision, evidence: { phrase: null, anchor: published } }
}

const AGO = /\bago\b/i
/** How far before its article a day must be for the article to be retelling it. */
const RETOLD_DAYS = 7
const QUOTE_ONLY = /^[“"‘«]/
// A sentence that announces what follows: a list, or the words of its speaker.
const ENDS_IN_COLON = /:\s*$/
// "“We have been here before,” said a Tehran importer": words someone the text does not name says, not the last speaker's.
const UNNAMED_VOICE = /[”"»’],?\s+(?:(?:said|says|added|told)\s+(?:a|an|one|another)\s|(?:a|an|one|another)\s[^.“”"]{0,80}?\b(?:said|says|added)\b)/i
// A state's own outlet: "North Korea's state media", "the DPRK's official news agency KCNA", and the agencies that speak
// for their governments by name (KCNA, Xinhua, IRNA, SANA, WAM, SPA, KUNA, QNA).
const STATE_AGENCIES = 'KCNA|Korean Central News Agency|Xinhua|IRNA|SANA|WAM|SPA|Saudi Press Agency|KUNA|QNA'
const STATE_MEDIA = new RegExp(String.raw`\b(?:state|state-run|state-owned|official)\s+(?:news\s+)?(?:media|agency|news agency|television|TV|broadcaster)\b|\b(?:${STATE_AGENCIES})\b`)

/** The text of the paragraph that sentence `index` opens. */
function paragraphOf(sentences: readonly Sentence[], index: number): string {
  let end = index
  while (end + 1 < sentences.length && sentences[end + 1].paragraph === sentences[index].paragraph) end++
  return sentences.slice(index, end + 1).map((s) => s.text).join(' ')
}

const OPENING_AFTER = /^(?:After|Following|When)\b[^;:.]*,\s*$/
const COUNTED_FROM_TOLD = /\b(?:earlier|later)$/i
const TODAY_WORDS = 'today|tonight|this (?:morning|afternoon|evening)'
const TODAY = new RegExp(`^(?:${TODAY_WORDS})$`, 'i')
const DEICTIC_WORD = /^(?:yesterday|today|tonight|tomorrow)$/i
const COUNT_AHEAD = /^(?:in|within)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)/i
const DEICTIC_DAY = new RegExp(`^(?:yesterday|${TODAY_WORDS})$`, 'i')
const COLON_QUOTE = /^[^:“”"]{2,80}:\s+[“"]/
const CAPITALS_HEAD = /^[\p{Lu} .'’-]+$/u
const DATELINE_REACH = 4
const QUESTION_LABEL = /^(?:Question|Q)\s*:\s/
const QUESTION_END = /\?["”’)]*\s*$/
const PHRASE_THEN_PRONOUN = /^(?:As|After|Before|Since|While|When|Under|During|Despite|Like|Unlike|Following|Until)\b[^.;:“”"]{0,150}?,\s+(?:he|she)\s+\p{Ll}/u
// "Good afternoon, and thank you for coming.", "RESTREPO: Thank you, Isabel.", "Welcome to our live coverage.": not "Thanks to Qatar,
// both were freed on Monday", nor "Welcome news for Kyiv".
// A programme's sign-off, "That is all from The Majlis Hour tonight.", likewise.
const COURTESY = /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]*:\s*)?(?:(?:good (?:morning|afternoon|evening)|thank you(?!\s+to\b)|thanks(?!\s+to\b)|hello|welcome(?=\s+(?:to|back|and)\b|[,.!])|enjoy the \w+|that(?:['’]s| is) all (?:from|for)\b|in the name of (?:god|allah)\b)\b[^.!?\n]{0,40}[.!?]+\s*)+$/iu
const NAME_THANKS = /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]*:\s*)?(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.'’-]*,\s*(?:thank you|thanks)(?: (?:very|so) much)?[.!]$/u
// Under a transcript's label too: "OSEI: So is South Africa staying in the ICC?"
const ASKS = /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]*:\s+)?(?:(?:And|But|So|Well|Now|Okay|OK)\s*,?\s+(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could|should|what|why|how|when|where|who|which)|Has|Have|Had|Did|Does|Do|Is|Are|Was|Were|Will|Would|Can|Could|Should|What|Why|How|When|Where|Who|Which)\s/u
const WHAT_AT_END = /\b(?:what|why|how|who|where|when)\?["”’)]*\s*$/i
const QUOTE_OPENING = /^["“‘]/
const ANSWER_LABEL = /^(?:Answer|A)\s*:\s/
const STATE_AGENCY = new RegExp(String.raw`^(?:the\s+)?(?:${STATE_AGENCIES})$`)
// A setting that opens a sentence before its subject: "In Amsterdam on 12 April, ".
const OPENING_SETTING = /^(?:In|At|On|During|Later|Earlier|Afterwards)\b[^,“”"]{1,50},\s+/
const OPENING_DAY = /^(?:(?:Early|Late)\s+)?(?:[Oo]n|By)\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:(?:morning|afternoon|evening|night)\s+)?/u
// A chronology's label of the day ("SUNDAY: Assange made his first appearance ...").
const DAY_LABEL = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^:.]{0,20}:\s+/i
// A section's heading that names its weekday: "TUESDAY: THE OFFENSIVE", "Monday".
const WEEKDAY_SECTION = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s*[:.–—-]\s*[^.!?]{0,60})?$/i
// A weekday in capitals that runs into its paragraph: "TUESDAY. Seoul moved fast."
const RUN_IN_WEEKDAY = /^(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)[.:](?:\s|$)/
const SECTION_TITLE_WORDS = 6
// Nothing but capitalised words (a title: "Russian Foreign Minister ") before a name that opens the sentence.
const TITLES_ONLY = /^(?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|the|respected|former|acting|outgoing|incoming|embattled|veteran)\s+)*$/u
// What may stand between a speech verb and the subject of the words it reports: "said (that) Kim told him", "claimed that
// the EU's enlargement commissioner, Olivér Várhelyi, had warned him".
const REPORTED_RIGHT_AFTER = /^\s*(?:that\s+)?(?:(?:the|an?|\p{Lu}[\p{L}\p{M}.'’-]*['’]s)\s[^,;:“”"]{1,60},\s*)?$/u
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i)$/i
const PERSON_PRONOUN = /^(?:he|she|they)$/i
/** How many sentences (the headline and standfirst first) make the lead, whose day is the article's news peg. */
const LEAD_SENTENCES = 6
const MAX_TEXT = 1000

function actorsOf(mentions: readonly Mention[], from: number, to: number): string[] {
  const names: string[] = []
  for (const m of mentions) {
    if (m.offset < from || m.offset >= to || m.kind === 'place') continue
    if (!names.includes(m.name)) names.push(m.name)
  }
  return names.slice(0, 8)
}

const FURNITURE_LEAD = /^(?:photo|image|picture|credit|file photo|read more|read also|also read|see also|related|recommended|watch|listen|advertisement|sign up|subscribe|newsletter|published|updated|posted|last updated|first published|reporting by|editing by|writing by|copyright|all rights reserved)\b/i

/** Sentences that are page furniture or too thin to hold a statement or an event. */
function isThin(s: Sentence): boolean {
  return s.text.length < 25 || !/[a-z]{3,}/.test(s.text) || FURNITURE_LEAD.test(s.text)
}

export function extractItems(article: ArticleForExtraction, context: StoryContext): ExtractedItem[] {
  // Step 1.
  const text = article.text
  const published = article.published
  const mentions = context.mentions.get(article.id) ?? findMentions(text, context.registry)
  const holidaysEnd = findHolidaysEnd(text, published)
  const sentences = splitSentences(text)
  const candidates = scanDates(text)
  const items: ExtractedItem[] = []
  const shapes = new Map<ExtractedItem, StatementShape>()
  // The headline is read before the body: "the statement said" under "Russia, Ukraine to sign deal: Turkey" is Turkey's.
  let discourse: Discourse = { ...headlineDiscourse(article.title, context), pronouns: pronounsOf(text, mentions, context) }
  let anchor: IsoDate | null = null
  // The sentence that set `anchor`, for "then" and "afterwards" (which reach only a sentence or two).
  let anchorIndex = -1
  // The day the text is at was counted back from the article's ("handed a third term 10 days ago"): background, not a day told.
  let anchorAgo = false
  // The text stepped back to the anchor's day from the news ("On Wednesday the defence ministry had raised the stakes"): its
  // paragraph is told from that day, as an analysis's is.
  let anchorFlashback = false
  // The anchor's day opens its sentence ("On Tuesday President Dmitry Medvedev signed decrees"): the scene it sets is the sentence's own.
  let anchorOpens = false
  // The anchor's sentence told its day and no item of its own ("Britain took its own step yesterday."): the next ones tell it.
  let anchorBare = false
  /** Whether the anchor's day is one a state has lasted since (sinceClauseAt). */
  let anchorSince = false
  // An analysis weeks on tells the visit day by day: words it reports without a day, and happenings, in the paragraph of the
  // day it has just told ("On 6 November he ... met Xi. Xi told him ..."), were of that day, not of when the analysis appeared.
  // So are those after a sentence that opens with its day ("On Thursday, the world voted anyway. The U.N. General Assembly
  // ... adopted a resolution").
  // Not from a day a state has lasted since ("It is the line Berlin has used since the report was unveiled on September 1. In the
  // same breath she said ..."): the text is not at it, though "three days later" counts from it.
  const retold = (index: number, anchor: IsoDate | null, at: number): DateChoice | null =>
    anchor && !anchorAgo && !anchorSince && at >= 0 && index - at <= 2 && sentences[at].paragraph === sentences[index].paragraph && (toDay(published) - toDay(anchor) > RETOLD_DAYS || anchorFlashback || anchorOpens || anchorBare)
      ? atDay(anchor)
      : null
  // Whether a sentence names the person, as the story's register knows them ("Modi" is Narendra Modi).
  const namesPerson = (sentence: Sentence, name: string): boolean =>
    mentions.some((m) => m.kind === 'person' && m.offset >= sentence.offset && m.offset < sentence.offset + sentence.length && personOf(m, context).name === name)
  // "Modi addressed the diaspora at the Ronald Reagan Building on Friday evening. He announced that ...": a pronoun that
  // goes on from the sentence just told, which names the speaker, speaks at that scene.
  // So do the words quoted right after it ("On Tuesday President Dmitry Medvedev signed decrees ... \n\n “This is not an easy
  // choice,” Medvedev said in a televised address"), though a new paragraph opens with them.
  const continued = (index: number, attribution: Attribution | null, speaker: string): DateChoice | null =>
    anchor && !anchorAgo && anchorIndex === index - 1 && attribution !== null && !attribution.relative && namesPerson(sentences[anchorIndex], speaker) && anchor < published
      && ((sentences[anchorIndex].paragraph === sentences[index].paragraph && attribution.subjectOffset === 0 && PERSON_PRONOUN.test(attribution.subject))
        || (anchorOpens && !attribution.contentAfter && QUOTE_ONLY.test(sentences[index].text)))
      ? atDay(anchor)
      : null
  // "At that open session, ... Guterres said", "Yang Jiechi told the same conference": the occasion of the sentences just before,
  // the day a happening was told on or the words last dated, whichever came later.
  const occasionJustTold = (index: number): DateChoice | null => {
    const words = lastDated && index - lastDated.index <= SEQUENCE_REACH ? lastDated : null
    if (anchor && index - anchorIndex <= SEQUENCE_REACH && (!words || anchorIndex > words.index)) return atDay(anchor)
    return words?.date ?? null
  }
  // "Orpo told reporters after the vote": the day the text is at, when that is the news's (not "Novák, who resigned on
  // February 10") and the sentence that dated it, or the next, told the vote ("The bill passed by 167 votes to 31").
  const occasionAfter = (index: number, sentence: string): DateChoice | null => {
    const occasion = AFTER_OCCASION.exec(sentence)
    if (!occasion || !anchor || anchorIndex < 0 || toDay(published) - toDay(anchor) > OCCASION_NEWS_DAYS) return null
    const told = OCCASION_TOLD[occasion[1].toLowerCase()]
    // In the sentence that dated it or the next, which goes on with its happening.
    for (let j = Math.min(index - 1, anchorIndex + 1); j >= anchorIndex; j--) if (told.test(sentences[j].text)) return atDay(anchor)
    return null
  }
  let labelSpeaker: Speaker | null = null
  // Whether labelSpeaker answers a briefing's questions ("Answer: ...").
  let answering = false
  // The paragraphs of a journalist's questions ("Q: One more. Will the ministry ask Hungary for the file ...?"): their
  // questions are no one's words; what they tell first stands ("Q: Fujimura said this morning that ... How do you respond?").
  const asking = new Set(sentences.filter((s, i) => (i === 0 || sentences[i - 1].paragraph !== s.paragraph) && QUESTION_LABEL.test(s.text)).map((s) => s.paragraph))
  const host = briefingHost(article.title, context)
  const presenters = programHosts(text, context)
  let lastStatement: { speaker: Speaker; paragraph: number; index: number } | null = null
  // The person a sentence ending in a colon opens with, whose words the quotation after it gives.
  let introducer: { speaker: Speaker; index: number } | null = null
  let lastStatementItem: ExtractedItem | null = null
  let statementDay: IsoDate | null = null
  let lastDated: { date: DateChoice; index: number; speaker: string } | null = null
  // Words that announce a list ("Here are the measures May has announced:"): its items, one a line without a full stop
  // ("All planned high-level bilateral contacts suspended"), are happenings of the day the words were said.
  let listOf: { date: DateChoice; index: number } | null = null
  let heading: { date: DateChoice; paragraph: number } | null = null
  // The paragraph of a live blog's latest time stamp on a line of its own ("**17:40**"): each entry opens like a lead.
  let entryAt = -1
  // An entry that recaps the day before ("A recap of yesterday's events for those just joining us."): what it tells after
  // that, up to the next time stamp, is of that day.
  let recap: DateChoice | null = null
  // The day of the weekday section the text is in ("TUESDAY: THE OFFENSIVE"), up to the next heading.
  let section: DateChoice | null = null
  // The paragraph of the latest entry of a list of days to come, or of its heading.
  let aheadList = -1
  // A paragraph added after publication ("UPDATE, Saturday: ..."): its days are read from the day it names.
  let update: { paragraph: number; day: IsoDate } | null = null
  // A past day the last sentence ended on ("... trace back to January 27."), which a next sentence's "That morning" picks up.
  let closingDay: { day: IsoDate; index: number } | null = null
  // The months the last sentence named with a year not the report's, for a day the next one names without it.
  let namedMonths: { months: MonthsOfYear; index: number; paragraph: number } | null = null
  // The last year a sentence stated with a day or month ("on December 25, 2024"): the year the days just after are told in.
  let statedYear: { year: number; index: number } | null = null
  const listItem = (index: number): boolean => {
    const s = sentences[index]
    return s.paragraph !== sentences[index - 1]?.paragraph && s.paragraph !== sentences[index + 1]?.paragraph && s.text.length <= LIST_ITEM_CHARS && !/[.!?…]["”’)]?\s*$/.test(s.text)
  }

  // "## A deal signed at a checkpoint" over a paragraph of prose: a heading of the page, with no day of its own, tells nothing
  // the paragraph under it does not. A deck's words are news of their own ("Trump says five countries might join").
  const subheading = (index: number): boolean => {
    const s = sentences[index]
    const next = sentences[index + 1]
    return (
      index > 0 && !!next && listItem(index) && next.text.length >= SUBHEADED_PARAGRAPH_CHARS && /[.!?…]["”’)]?\s*$/.test(next.text) &&
      s.text.split(/\s+/).length <= SUBHEADING_WORDS && !HEADLINE_SPEECH.test(s.text) && !candidates.some((c) => c.match.index >= s.offset && c.match.index < s.offset + s.length)
    )
  }

  // A live blog's entries each tell the news of its day, which its opening may name ("The UN Security Council meets in
  // New York this Saturday, January 26"); a day an entry names is no peg for the rest.
  const newsDay = newsPeg(isLiveBlog(sentences) ? sentences.slice(0, sentences.findIndex((s) => ENTRY_STAMP.test(s.text))) : sentences, candidates, published, holidaysEnd)
  let first = 0
  const said = new Set<string>()
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index]
    // Mentions and sentences are both in text order: each sentence takes its own slice, in one sweep.
    while (first < mentions.length && mentions[first].offset < s.offset) first++
    let last = first
    while (last < mentions.length && mentions[last].offset < s.offset + s.length) last++
    if (ENTRY_STAMP.test(s.text)) (entryAt = s.paragraph), (recap = null)
    const updated = UPDATE_LABEL.exec(s.text)
    if (updated) update = { paragraph: s.paragraph, day: addDays(published, (WEEKDAYS.get(updated[1].toLowerCase())! - weekday(published) + 7) % 7) }
    const reference = update?.paragraph === s.paragraph ? update.day : published
    // "Wednesday, March 4. Michel flew to Ankara ...": a day heading its paragraph dates what the paragraph tells.
    if (DAY_HEADING.test(s.text) && s.paragraph !== sentences[index - 1]?.paragraph) {
      const day = datesIn(candidates, s.text, s.offset, { reference, anchor: null, holidaysEnd })[0]
      heading = day && day.precision === 'day' ? { paragraph: s.paragraph, date: fromMention(day, published) } : null
    }
    // "TUESDAY. Seoul moved fast.": a weekday in capitals running into a letter's paragraph heads it, of the letter's week.
    const runIn = s.paragraph !== sentences[index - 1]?.paragraph ? RUN_IN_WEEKDAY.exec(s.text) : null
    if (runIn) heading = { paragraph: s.paragraph, date: weekdayOfTheWeek(runIn[1], published) }
    // "TUESDAY: THE OFFENSIVE" on a line of its own over a letter's paragraphs: what they tell with no day of their own is of
    // that weekday of the letter's week, up to the next heading.
    if (s.paragraph !== sentences[index - 1]?.paragraph && listItem(index)) {
      const line = s.text.trim()
      const named = WEEKDAY_SECTION.exec(line)?.[1]
      // A heading ("Friday: a resignation and a decree"), not an entry of a list of days ("Wednesday: Mass for about 150,000
      // people at Kyaikkasan ground in Yangon"): the weekday alone, in capitals, or with a short title.
      const titled = named && (line === named || !/\p{Ll}/u.test(line) || line.split(/\s+/).length <= SECTION_TITLE_WORDS + 1) ? named : null
      if (titled) {
        section = weekdayOfTheWeek(titled, published)
        continue
      }
      section = null
    }
    const headed = heading?.paragraph === s.paragraph ? heading.date : (recap ?? section)
    // "COMING UP" over "Wednesday: Mass at Kyaikkasan ground", "Thursday: The Pope travels to Dhaka": each entry is of a day ahead.
    if (s.paragraph !== sentences[index - 1]?.paragraph) aheadList = AHEAD_HEADING.test(s.text) || (aheadList === s.paragraph - 1 && AHEAD_ENTRY.test(s.text)) ? s.paragraph : -1
    // A headline repeated by the page (title, then again above the body) is one sentence.
    if (isThin(s) || said.has(s.text) || subheading(index)) {
      // "Erdoğan was defiant. Addressing Turkey's ambassadors ..., he said": a short sentence about a person is whom "he" goes on to mean.
      const about = mentions[first]?.kind === 'person' && mentions[first].offset === s.offset && first < last && /[.!]$/.test(s.text.trim()) ? mentions[first] : undefined
      if (about) discourse = speakingOf(discourse, spokenOf(about))
      continue
    }
    said.add(s.text)
    if (entryAt >= 0 && RECAP_OF_YESTERDAY.test(s.text)) {
      const day = addDays(published, -1)
      recap = { start: day, end: day, precision: 'day', evidence: { phrase: 'yesterday', anchor: published } }
      continue
    }
    const here = mentions.slice(first, last)
    const base = s.offset
    // Who "the two sides" are: named before them in the sentence, else by the latest sentence that named two or more.
    const partiesHere = partiesOf(here, text, context)
    const lastGovernment = rulersNamed(here, s.text, base) ?? discourse.lastGovernment
    discourse = { ...discourse, parties: discourse.here && discourse.here.length >= 2 ? discourse.here : discourse.parties, here: partiesHere, article: { mentions, before: first }, lastGovernment }
    // Step 2.
    const dateline = datelineOf(s.text)
    if (closingDay?.index === index - 1 && THAT_DAY_OPENING.test(s.text)) (anchor = closingDay.day), (anchorIndex = index - 1), (anchorBare = false), (anchorSince = false)
    const yearOfMonths = namedMonths?.index === index - 1 && namedMonths.paragraph === s.paragraph ? namedMonths.months : null
    const anchorYearStated = anchor !== null && statedYear !== null && index - statedYear.index <= STATED_YEAR_REACH && Number(anchor.slice(0, 4)) === statedYear.year
    const inSentence = datesIn(candidates, s.text, s.offset, { reference, anchor, holidaysEnd, yearOfMonths, anchorYearStated })
    const months = monthsWithYear(s.text, published)
    namedMonths = months && { months, index, paragraph: s.paragraph }
    const stated = inSentence.findLast((d) => d.precision !== 'year' && /\b\d{4}\b/.test(d.phrase))
    if (stated) statedYear = { year: Number(stated.start.slice(0, 4)), index }
    // "hours later", "that evening" go on from a happening just told; after a stretch without a date they date nothing.
    const fresh = anchorIndex >= 0 && index - anchorIndex <= SEQUENCE_REACH
    // The update's label dates nothing itself.
    const opener = updated?.[0].length ?? dateline?.[0].length ?? 0
    const kept = inSentence.filter((d) => d.offset >= opener && (fresh || d.relation !== 'anaphoric' || !SAME_DAY_LATER.test(d.phrase)))
    const counted = COUNTED_OPENING.exec(s.text)
    const dates = withoutRestatedCounts(aheadList === s.paragraph ? kept.map((d) => aheadOf(d, published)) : counted ? countedFrom(kept, counted) : kept, s.text)
    const closing = dates.at(-1)
    closingDay = closing && closing.precision === 'day' && !closing.future && closing.start <= published && /^[\s"”’).,;:!?]*$/.test(s.text.slice(closing.offset + closing.length)) ? { day: closing.start, index } : null
    const masked = dates.length ? mask(s.text, dates.map(withoutConjunction)) : s.text
    const attributions = findAttributions(masked)

    // Step 3.
    let speaker: Speaker | null = null
    let attribution: Attribution | null = null
    let resolved: { a: Attribution; sp: Speaker }[] = []
    const firstOfParagraph = index === 0 || sentences[index - 1].paragraph !== s.paragraph
    // Within a paragraph only a name before quoted words ("... He adds that Israel and Kosovo will recognise each other.
    // Trump: “There was a lot of fighting, and now there's a lot of love.”"), as a live blog writes.
    const colonHere = firstOfParagraph || COLON_QUOTE.test(s.text) ? colonSpeaker(s.text) : null
    const headResolved = colonHere
      ? resolveSpeaker(colonHere.subject, base + colonHere.offset, base + colonHere.offset + colonHere.subject.length, here, discourse, context) ?? labelPerson(colonHere.subject, context)
      : null
    // "PORT MORESBY: Leaders of the 21 APEC economies ended ...": a place in capitals opening the report, under its
    // headline and kicker, is its dateline; a transcript's first label names a person ("SECRETARY BLINKEN:").
    const placeHead: boolean = index < DATELINE_REACH && !labelSpeaker && colonHere?.offset === 0 && CAPITALS_HEAD.test(colonHere.subject) && headResolved?.kind !== 'person' && namesPlace(colonHere.subject, here, base)
    // A programme's host, labelled so at the first turn ("MAYA OKAFOR (host):"), asks and links: "OKAFOR: And then the money
    // started arriving." is no statement of hers.
    const hostTurn = headResolved?.kind === 'person' && colonHere?.offset === 0 && presenters.has(headResolved.name)
    if (hostTurn) (labelSpeaker = null), (answering = false)
    const colon = placeHead || hostTurn ? null : colonHere
    const colonResolved: Speaker | null = placeHead || hostTurn ? null : headResolved
    // A transcript label ("SECRETARY BLINKEN:") names the speaker of what follows, up to the next label.
    const label = colon && colonResolved?.kind === 'person' && colon.offset === 0 && /^[\p{Lu} .]+$/u.test(colon.subject)
    if (label) labelSpeaker = colonResolved
    // A briefing's "Question: ... Answer: ...": the answer is the spokesperson's the text has named, the question no one's.
    else if (firstOfParagraph && QUESTION_LABEL.test(s.text)) (labelSpeaker = null), (answering = false)
    else if (firstOfParagraph && ANSWER_LABEL.test(s.text) && (host ?? discourse.lastPerson)) (labelSpeaker = host ?? discourse.lastPerson), (answering = true)
    // The answer goes on while its paragraphs speak in the first person; the report's own words after it end it.
    // So does a transcript's: "He did not say where or when" after "SECRETARY POMPEO: ..." is the reporter's again.
    else if (firstOfParagraph && labelSpeaker && !FIRST_PERSON.test(paragraphOf(sentences, index))) (labelSpeaker = null), (answering = false)
    if (asking.has(s.paragraph) && QUESTION_END.test(s.text)) continue
    // "SPOKESMAN: Good afternoon.", "Thank you all. Enjoy the afternoon.": a briefing's courtesies tell nothing.
    if (COURTESY.test(s.text)) continue
    // "HADDAD: Dr Nadia Farhat, thank you.": an interviewer's thanks as a turn of its own (said before an answer, it opens the turn).
    if (NAME_THANKS.test(s.text) && paragraphOf(sentences, index).trim() === s.text.trim()) continue
    // "Has Barbecue said anything since last night?", "And the White House says what?": the reporter's question tells no one's words.
    if (QUESTION_END.test(s.text) && !QUOTE_OPENING.test(s.text) && (ASKS.test(s.text) || WHAT_AT_END.test(s.text))) continue
    const answerLabel = answering && firstOfParagraph ? ANSWER_LABEL.exec(s.text) : null
    const colonAttribution: Attribution | null = colon
      ? { subject: colon.subject, subjectOffset: colon.offset, verb: ':', verbOffset: colon.offset + colon.subject.length, contentAfter: colon.contentAfter }
      : null
    if (label && colonResolved) {
      speaker = colonResolved
      attribution = colonAttribution
    } else {
      resolved = attributions
        .map((a) => ({ a, sp: resolveAttribution(a, s.text, base, here, discourse, context) }))
        .filter((x): x is { a: Attribution; sp: Speaker } => x.sp !== null)
      // "Guterres, who earlier announced that ..., will attend ..., the statement said": a relative clause is
      // background; the sentence's own attribution speaks, or no one does when it names no one known.
      const own = attributions.some((a) => !a.relative) ? resolved.filter((x) => !x.a.relative) : resolved
      // "Trump told Moon he would support the talks "100 percent", according to Moon's office": the one who told speaks, an
      // office passes the words on. A person it is according to speaks ("Macron had asked his host ..., according to von der Leyen").
      const teller = own.some((x) => x.a.verb === 'according to' && x.sp.kind !== 'person') ? own.find((x) => x.a.contentAfter && x.sp.kind === 'person' && x.a.verb !== 'according to') : undefined
      const main = teller ?? own.find((x) => !x.a.contentAfter) ?? own[0]
      if (main) ({ a: attribution, sp: speaker } = main)
      // "Bahrain FM: “...”", "Talks to be held next month: Lavrov": a colon names the speaker when no verb does.
      else if (colonResolved) {
        speaker = colonResolved
        attribution = colonAttribution
      }
      // "Putin told Erdogan that ..., the Kremlin said": a seat of government reads out what a leader said or did; the
      // person the sentence opens with speaks.
      // So does a person's own department ("Blinken spoke with Ali and reaffirmed ..., according to the State Department"), not
      // another country's reporting the person's deed.
      const closing = main && !main.a.contentAfter ? main.a.subject.trim().replace(/[.!?]+$/, '') : ''
      const seat = SEAT.test(closing)
      const doer = seat || (OWN_DEPARTMENT.test(closing) && main!.sp.country !== null) ? openingPerson(here, base, s.text) : null
      const reader = doer ? personOf(doer, context) : null
      if (reader && (seat || reader.country === main!.sp.country)) speaker = reader
      // "The prime minister directed that all channels be activated ..., the statement said": a statement, whoever
      // issued it, reads out what the person it opens with said or ordered.
      const readOut = attributions.find((a) => !a.contentAfter && STATEMENT_CLOSING.test(a.subject.trim()))
      const holder = readOut ? openingHolder(here, base, s.text, discourse, context) : null
      if (holder) (speaker = holder), (attribution = readOut!)
    }
    // "Answer: ... Russia welcomes any steps ...": in an answer, a country or body speaks through the one answering.
    if (speaker && answering && labelSpeaker && speaker.kind !== 'person') speaker = labelSpeaker
    // "On Biden: “He's a very balanced ...”": a quotation under a topic head goes on like a bare one.
    const topic = topicHead(s.text)
    if (!speaker && lastStatement && QUOTE_ONLY.test(s.text.slice(topic)) && !attributions.length && !quotedHeading(sentences, index) && !UNNAMED_VOICE.test(s.text) && s.paragraph - lastStatement.paragraph <= 1 && index - lastStatement.index <= 2) {
      speaker = lastStatement.speaker
    }
    // "Thorbjørn Jagland, the chairman of the Nobel Committee, began with the sentence everyone had been waiting for:" then a
    // quotation: the words are those of the person the lead-in opens with.
    if (!speaker && introducer?.index === index - 1 && QUOTE_ONLY.test(s.text) && !attributions.length) speaker = introducer.speaker
    const introducing: Mention | null = !speaker && ENDS_IN_COLON.test(s.text) ? openingPerson(here, base, s.text) : null
    introducer = introducing ? { speaker: personOf(introducing, context), index } : null
    const previous = lastStatementItem
    if (!speaker && labelSpeaker && !attributions.length) {
      // A transcript: the labelled speaker's paragraph is one statement.
      if (previous?.type === 'statement' && previous.speaker === labelSpeaker.name && lastStatement && lastStatement.paragraph === s.paragraph) {
        extend(previous, s, text)
        continue
      }
      if (s.text.length > 60) speaker = labelSpeaker
    }
    // "“...,” he added." goes on with the statement just reported.
    // "But he added that ...": a point set against the last is a statement of its own.
    if (speaker && attribution && previous?.type === 'statement' && previous.speaker === speaker.name && lastStatement && index - lastStatement.index === 1
      && /^add/.test(attribution.verb) && /^(?:he|she|it|they|the(?: \w+)? statement)$/i.test(attribution.subject.trim()) && !CONTRAST.test(s.text)) {
      extend(previous, s, text)
      lastStatement = { speaker, paragraph: s.paragraph, index }
      continue
    }

    // "In Stockholm, the Swedish Security Service, Säpo, took over the investigation": a body may open past a setting.
    const setting = OPENING_SETTING.exec(s.text)?.[0].length ?? 0
    const opening = speaker ? null : (bodyOpening(here, base, s.text) ?? (setting ? bodyOpening(here.filter((m) => m.offset >= base + setting), base + setting, s.text.slice(setting)) : null))
    if (opening) discourse = { ...discourse, lastBody: opening }

    // Step 4.
    const used = new Set<DateMention>()
    statementDay = null
    // The day the sentence's speaker spoke, which later sentences count from ("The same day, ...").
    let spokeOnDay = false
    if (speaker) {
      const own = attribution ? statementDate(s.text, attribution, dates) : null
      if (own) used.add(own)
      const occasion = !own && attribution ? occasionDate(s.text, attribution, dates) : null
      // An undated quotation right after a dated statement of the same speaker belongs to the same occasion; so does
      // a transcript's answer after the report dated the remarks ("acknowledged in Doha on Saturday ... SECRETARY POMPEO: ...").
      const sameOccasion: boolean = lastDated !== null && lastDated.speaker === speaker.name && (index - lastDated.index <= 2 || speaker === labelSpeaker)
      const inherited: DateChoice | null = !own && sameOccasion ? lastDated!.date : null
      const dated = own ?? occasion
      const toldOccasion = dated || inherited ? null : SAME_OCCASION.test(s.text) ? occasionJustTold(index) : occasionAfter(index, s.text)
      const date: DateChoice = dated
        ? fromMention(dated, dated.relation === 'anaphoric' && anchor ? anchor : published)
        : inherited ?? toldOccasion ?? headed ?? sequelDate(s.text, anchor, index - anchorIndex) ?? retold(index, anchor, anchorIndex) ?? continued(index, attribution, speaker.name) ?? articleDate(newsDay.said, attribution && /^(?:says|tells|adds)$/.test(attribution.verb) ? 'day' : 'approximate')
      if (dated || toldOccasion) lastDated = { date, index, speaker: speaker.name }
      // "He said ... But, he continued, ... They would be reminded ..., he said.": the occasion goes on while its speaker does,
      // and so does the day the text is at ("Hours later the two foreign ministers met").
      else if (inherited) {
        lastDated = { ...lastDated!, index }
        if (anchor === inherited.start && anchorIndex >= 0 && index - anchorIndex <= SEQUENCE_REACH) anchorIndex = index
      }
      if (ENDS_IN_COLON.test(s.text)) listOf = { date, index }
      // "Trump called Kim "a great leader" and Kim predicted an "excellent result"": each speaker's quote is their own.
      const quote = quotedWords(ownWords(s.text, attribution, speaker.name, resolved), attribution)
      statementDay = date.start === date.end ? date.start : null
      lastStatementItem = {
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
        // Only the date of the statement itself is left out of its title ("said on Monday that ...").
        title: statementTitle(shortSpeaker(speaker.name, speaker.kind === 'person'), ownWords(mask(s.text, [...(own ? [own] : []), ...(answerLabel ? [{ offset: 0, length: answerLabel[0].length }] : [])]), attribution, speaker.name, resolved), attribution, quote),
        actors: actorsOf(here, base, base + s.length),
        text: s.text.slice(0, MAX_TEXT),
        offset: base,
        length: Math.min(s.length, MAX_TEXT),
      }
      items.push(lastStatementItem)
      shapes.set(lastStatementItem, statementShape(s.text, attribution, quote, speaker))
      // "Blinken warned of a response and Lavrov said Moscow was still waiting": one statement per speaker.
      const speakers = new Set([speaker.name])
      // The voice the sentence ends on, whom its next sentence's "he" most likely means.
      let lastVoice: { speaker: Speaker; at: number } = { speaker, at: attribution?.subjectOffset ?? 0 }
      for (const other of resolved) {
        if (speakers.has(other.sp.name) || other.a.verb === 'according to' || other.sp.kind !== 'person') continue
        // "Onodera said ..., a day after Trump said the drills would be halted": background, reported in its own place.
        if (other.a.relative && !attribution?.relative) continue
        // "Trump said Kim told him he did not know": what the speaker reports of another is the speaker's statement.
        if (attribution?.contentAfter && REPORTED_RIGHT_AFTER.test(s.text.slice(attribution.verbOffset + attribution.verb.length, other.a.subjectOffset))) continue
        // "Putin praised what he described as ...": "he" after a named speaker is that speaker, whatever came before.
        if (speaker.kind === 'person' && /^(?:he|she)$/i.test(other.a.subject.trim())) continue
        // "..., the French president said, repeating what he had already told Conte": not the one "he" told.
        if (toldThemself(s.text, base, other.a, other.sp, here, context)) continue
        // Inside the words of a closing attribution ("S1, who announced X, will attend ..., the statement said") it is reported, not said.
        if (attribution && !attribution.contentAfter && other.a.verbOffset < attribution.subjectOffset) continue
        speakers.add(other.sp.name)
        if (other.a.subjectOffset > lastVoice.at) lastVoice = { speaker: other.sp, at: other.a.subjectOffset }
        const otherOwn = statementDate(s.text, other.a, dates)
        if (otherOwn) used.add(otherOwn)
        const otherDate = otherOwn ? fromMention(otherOwn, published) : date
        items.push({
          ...lastStatementItem,
          start: otherDate.start,
          end: otherDate.end,
          precision: otherDate.precision,
          dateEvidence: otherDate.evidence,
          speaker: other.sp.name,
          role: other.sp.role,
          quote: null,
          title: statementTitle(shortSpeaker(other.sp.name, true), otherOwn ? mask(s.text, [otherOwn]) : s.text, other.a, null),
        })
      }
      // "Tehran called the operation piracy and summoned the British ambassador", "Iran on Thursday banned all imports ...
      // and accused the coalition": the speaker's deed beside the words is a happening of the same day.
      if (own && date.precision === 'day' && COORDINATED_DEED.test(maskQuotations(s.text))) {
        items.push({ ...lastStatementItem, type: 'event', speaker: null, role: null, quote: null, title: eventTitle(s.text, own) })
      }
      // "Washington blamed Kataib Hezbollah and on Dec. 29 struck five of the group's sites": a deed of a day of its own, after
      // the words, is a happening of that day.
      const deedDay = attribution ? dates.find((d) => !used.has(d) && d.precision === 'day' && !d.future && d.offset > attribution!.verbOffset && DEED_DAY_BEFORE.test(s.text.slice(0, d.offset)) && PAST_DEED_AFTER.test(s.text.slice(d.offset + d.length))) : undefined
      if (deedDay) {
        const day = fromMention(deedDay, published)
        items.push({ ...lastStatementItem, type: 'event', speaker: null, role: null, quote: null, start: day.start, end: day.end, precision: day.precision, dateEvidence: day.evidence, title: eventTitle(s.text, deedDay) })
      }
      if (own && !own.future && own.precision === 'day') (anchor = own.start), (anchorIndex = index), (anchorAgo = AGO.test(own.phrase)), (anchorFlashback = false), (anchorOpens = false), (anchorBare = false), (anchorSince = false), (spokeOnDay = true)
      discourse = remember(discourse, speaker)
      // "The Blue House says President Lee Myung-bak ... ordered the military to respond. Later, his office says, he told
      // commanders ...": the person a body's words open on is whom "he" and "his" go on to mean.
      if (speaker.kind !== 'person' && attribution?.contentAfter) {
        const verbEnd = base + attribution.verbOffset + attribution.verb.length
        const about = here.find((m) => m.kind === 'person' && m.offset >= verbEnd && m.offset - verbEnd <= CONTENT_OPENS && !quotedAt(s.text, m.offset - base))
        if (about) discourse = speakingOf(discourse, spokenOf(about))
      }
      // "On Tuesday Wang Wenbin announced ..., and on Wednesday Sogavare confirmed it. “...,” he told MPs": he is Sogavare.
      if (lastVoice.speaker !== speaker) discourse = remember(discourse, lastVoice.speaker)
      lastStatement = { speaker, paragraph: s.paragraph, index }
    }

    // "The Taliban had announced on Monday that they were ending the truce that preceded the signing on Saturday. The same day,
    // ...": after words dated by their saying, the text is at that day, not at one the words name.
    if (spokeOnDay) closingDay = null

    // Step 5.
    const seen = new Set<string>()
    // "announced on Monday that they were ending the truce that preceded the signing on Saturday": Monday stays the anchor.
    let anchored = spokeOnDay
    // Whether a happening of this sentence set the anchor.
    let anchoredHere = false
    const eventDates = dates.length ? new Set(dates.filter((d) => !used.has(d)).map((d) => `${d.start}/${d.end}`)).size : 0
    let trigger: boolean | undefined
    // "On Thursday Khan told parliament that the pilot would be released tomorrow": the words' own tomorrow, from their day; so
    // is their count ahead ("announced on February 1 that the US would ... withdraw in six months").
    const spoken = statementDay && statementDay !== reference && attribution ? toDay(statementDay) - toDay(reference) : 0
    for (const told of dates) {
      if (used.has(told)) continue
      const d = spoken && told.offset > attribution!.verbOffset && (DEICTIC_WORD.test(told.phrase) || COUNT_AHEAD.test(told.phrase)) ? { ...told, start: addDays(told.start, spoken), end: addDays(told.end, spoken) } : told
      // "signed a joint appeal to dissolve the Minsk Group, which was set up in 1992": the year is the group's, not the signing's.
      if (backgroundOfMain(s.text, d)) continue
      const key = `${d.start}/${d.end}`
      if (seen.has(key)) continue
      const ahead = toDay(d.start) > toDay(published)
      if (speaker && !(d.future || ahead) && (d.precision === 'year' || d.precision === 'approximate')) continue
      // "This is what happened today," Lavrov said: the day of the statement is no event of its own.
      if (speaker && d.start === statementDay && TODAY.test(d.phrase)) continue
      // "... said that “the world is a much more dangerous place today than it was yesterday”": the speaker's own now and then.
      if (DEICTIC_DAY.test(d.phrase) && quotedAt(s.text, d.offset)) continue
      // "... to “respect the will of the people as expressed in democratic elections on November 8”": a day gone by in the words
      // the speaker is quoted in is what they speak of.
      if (speaker && !d.future && !ahead && quotedAt(s.text, d.offset)) continue
      if (!(trigger ??= hasEventTrigger(s.text)) && !opensTimelineEntry(s.text, d)) continue
      // "an opportunity to export this year's harvest": a year in the possessive dates a thing the speaker names, not an event.
      if (speaker && d.precision === 'year' && /^['’ʼ]s\b/u.test(s.text.slice(d.offset + d.length))) continue
      // "..., a day after Trump said the drills would be halted": the day of background words is no event.
      if (attributions.some((a) => a.relative && a.subjectOffset >= d.offset + d.length && a.subjectOffset - d.offset - d.length <= 2)) continue
      // "North Korea, which warned on Saturday that the drills could bring the region to the brink of war, said ...": so is
      // the day of words a relative clause recalls.
      if (RELATIVE_WORDS_BEFORE.test(s.text.slice(Math.max(0, d.offset - 60), d.offset))) continue
      // "the contract under which the line had carried gas since 1996": a state's years are no day of an event; nor is how long
      // the speaker has held a post ("de Mistura, the UN's Syria envoy since July 2014, told").
      if (sinceAt(s.text, d) && (d.precision === 'year' || (attribution && d.offset > attribution.subjectOffset && d.offset < attribution.verbOffset))) continue
      if (baselineOf(s.text, d)) continue
      // A year or month around a day of the same sentence is its context, not a second event.
      if (d.precision !== 'day' && dates.some((o) => o !== d && o.precision === 'day' && toDay(o.start) >= toDay(d.start) && toDay(o.end) <= toDay(d.end))) continue
      seen.add(key)
      // Several events in one sentence ("the January 10 dialogue, the January 12 council meeting and ..."):
      // each keeps the clause that holds its date; so does "hours later" ("the Duma voted, and the Federation
      // Council approved it hours later").
      // So does a clause of the place ("arrived in Cairo from Dubai, where he addressed the summit on Tuesday").
      const clause = eventDates > 1 || (d.relation === 'anaphoric' && d.offset > 0 && SAME_DAY_LATER.test(d.phrase)) || WHERE_CLAUSE.test(s.text.slice(0, d.offset)) ? clauseAround(s.text, d) : null
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
        title: clause ? clauseTitle(clause, d, here, base) : eventTitle(s.text, d),
        actors: actorsOf(here, base, base + s.length),
        text: (clause ? clause.text : s.text).slice(0, MAX_TEXT),
        offset: base + (clause ? clause.offset : 0),
        length: Math.min(clause ? clause.text.length : s.length, MAX_TEXT),
      })
      // The sentence's first past day is the event later sentences count from; "the January 10 dialogue" is not, unless
      // the text is at no day yet ("lost the December 1 election. He conceded defeat the next day"). Of a list of
      // happenings told in order ("visited Jeddah (April 12), ... and voted in Cairo (May 7)"), the last.
      const pastDay = !d.future && !ahead && d.precision === 'day' && (anchor === null || !/\bthe\s*$/i.test(s.text.slice(0, d.offset)))
      if (pastDay && (!anchored || (anchoredHere && anchor !== null && d.start > anchor))) {
        anchor = d.start
        anchorIndex = index
        anchorAgo = AGO.test(d.phrase)
        anchorFlashback = steppedBack(s.text, d)
        anchorOpens = d.offset <= 3
        anchorBare = false
        anchorSince = sinceClauseAt(s.text, d)
        anchored = anchoredHere = true
      }
    }
    // "The harshest reaction came on August 9 from ...": a past day that dates no item still sets the day the text is at.
    if (!anchored && !speaker) {
      const told = dates.find((d) => !d.future && d.precision === 'day' && toDay(d.start) <= toDay(published) && !/\bthe\s*$/i.test(s.text.slice(0, d.offset)))
      if (told) (anchor = told.start), (anchorIndex = index), (anchorAgo = AGO.test(told.phrase)), (anchorFlashback = steppedBack(s.text, told)), (anchorOpens = told.offset <= 3), (anchorBare = (items.at(-1)?.offset ?? -1) < s.offset), (anchorSince = sinceClauseAt(s.text, told))
    }
    // A statement only in a relative clause ("..., Lukashenko answered Westerwelle, who last week called ...") leaves the
    // occasion of the sentence's own subject.
    const occasion = !speaker || attribution?.relative ? speakingOccasion(s.text, here, base, dates, discourse.lastPerson) : null
    if (occasion && occasion.name !== speaker?.name) lastDated = { date: fromMention(occasion.date, occasion.date.relation === 'anaphoric' && anchor ? anchor : published), index, speaker: occasion.name }
    if (!speaker) {
      // A name inside a quotation ("“Bullets wrote our past ...”") is someone's words, not whom the text goes on about.
      // "Asked on Monday about the Belarus plan, Chinese Foreign Ministry spokesperson Mao Ning ...": after an opening participle's clause.
      // "The day before that meeting, on August 17, NATO Secretary General Jens Stoltenberg received ...": past an opening phrase
      // of time, up to its date and comma, when it names no one.
      // Not a pronoun's sentence ("Four days after she landed, on Monday 21 March, she sat beside Richard Ratcliffe").
      const setting = dates
        .filter((d) => /^,\s+(?!(?:He|She|They|It|We)\b)\p{Lu}/u.test(s.text.slice(d.offset + d.length, d.offset + d.length + 12)))
        .map((d) => d.offset + d.length + 2)
        .find((end) => !here.some((m) => m.kind === 'person' && m.offset < base + end))
      const opening = base + (openingParticiple(s.text) ?? Math.max(topic, setting !== undefined && setting <= OPENING_SETTING_CHARS ? setting : 0))
      const people = here.filter((m) => m.kind === 'person' && m.offset >= opening && !quotedAt(s.text, m.offset - base))
      // Else the one person the sentence names further on ("The jet circled the capital twice while Zelaya spoke by telephone"),
      // not as an owner ("at Kishida's invitation").
      // Nor as the object of a preposition ("as every president since Bill Clinton has done").
      const further = people.filter((m) => !/^['’ʼ]s\b/u.test(s.text.slice(m.offset - base + m.length, m.offset - base + m.length + 3)) && !OBJECT_OF_PREPOSITION.test(s.text.slice(Math.max(0, m.offset - base - 12), m.offset - base)))
      const subject = people.find((m) => m.offset < opening + 60) ?? (further.length && new Set(people.map((m) => m.name)).size === 1 ? further[0] : undefined)
      // A sentence whose subject is "he" or "she" goes on about that person, whomever it names ("He was greeted by Rwanda's
      // Foreign Minister Vincent Biruta. Before leaving Paris last night, he tweeted ...").
      // So does one whose "he" follows an opening phrase ("As chief of staff to Gerhard Schröder and later as foreign minister
      // under Angela Merkel, he was one of the architects ...").
      const pronounSubject = /^(?:He|She)\s/.test(s.text.slice(opening - base)) || PHRASE_THEN_PRONOUN.test(s.text.slice(opening - base))
      if (subject && !pronounSubject) discourse = speakingOf(discourse, spokenOf(subject))
    }
    // A happening told as done, or one that goes on from the dated happening just told ("The two were then joined by von der
    // Leyen for a trilateral meeting"), though its sentence names no day.
    const listed = listOf && index > listOf.index && !dates.length && listItem(index) ? listOf.date : null
    if (listOf && index > listOf.index && !listed) listOf = null
    const sequel = !speaker && !dates.length ? (listed ?? headed ?? sequelDate(s.text, anchor, index - anchorIndex)) : null
    // "had met beforehand in the Council, its first session since 2016": a comparison's baseline dates nothing either.
    const lead = s.paragraph < 12 || (entryAt >= 0 && s.paragraph - entryAt <= ENTRY_LEAD_PARAGRAPHS)
    const told = sequel ? hasEventTrigger(s.text.replace(BY_THE_TIME, '')) : lead && reportsDoneEvent(s.text) && dates.every((d) => backgroundOfMain(s.text, d) || baselineOf(s.text, d)) && reportsDoneEvent(mainClause(s.text))
    if (!speaker && told) {
      const date = sequel ?? sequelDate(s.text, anchor, index - anchorIndex) ?? retold(index, anchor, anchorIndex) ?? articleDate(newsDay.happened)
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
        actors: actorsOf(here, base, base + s.length),
        text: s.text.slice(0, MAX_TEXT),
        offset: base,
        length: Math.min(s.length, MAX_TEXT),
      })
    }
  }
  // Steps 6 to 8; sourcing goes first, while each statement still covers only its own sentence.
  const countryOf = (speaker: string): string | null => context.registry.canonical(speaker)?.country ?? null
  return foldRestatements(joinContinuations(foldSourcing(items, shapes), shapes, sentences, text), sentences, countryOf)
}

// A deed that changes relations, told in the past beside a verb of speaking with the same subject.
const DEED = String.raw`(?:banned|summoned|expelled|recalled|suspended|severed|seized|imposed|withdrew|halted|froze|blocked|cut (?:diplomatic )?ties|broke off)`
const SPEECH = String.raw`(?:accused|called|said|warned|condemned|urged|denounced|vowed|demanded|threatened)`
const COORDINATED_DEED = new RegExp(String.raw`(?<!\b(?:had|has|have|that|to|would|will)\s)\b${DEED}\b[^.;]{3,160}?\band\s+(?:also\s+)?${SPEECH}\b|\b${SPEECH}\b[^.;]{3,160}?\band\s+(?:also\s+|then\s+)?${DEED}\b`, 'i')

// "... and on Dec. 29 struck five of the group's sites": a coordinated clause opening with its own day, then a verb of the past.
const DEED_DAY_BEFORE = /\band\s+(?:then\s+)?(?:on\s+)?$/i
const PAST_DEED_AFTER = /^,?\s+(?:\p{Ll}+ed|struck|hit|sent|began|took|shot|seized|froze|cut|met|flew|held)\b/u

const RECAP_OF_YESTERDAY = /^(?:(?:here(?:'s| is)\s+)?an?\s+)?(?:quick\s+|brief\s+)?(?:recap|round-?up|summary|reminder)\s+of\s+(?:what happened\s+)?yesterday(?:['’]s)?\b/i
const UPDATE_LABEL = /^\W*update[sd]?\b[,:(\s]*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i
const ENTRY_STAMP = new RegExp(String.raw`^${CLOCK_STAMP}(?:\s*[-–—|:]\s*[^.!?]{0,80})?$`)
// "Barely a day after the signing in Istanbul on July 22, Russian missiles struck the port of Odesa": the sentence's day is
// that many days after the one its opening names.
const COUNTED_OPENING = /^(?:(?:barely|just|only|exactly|some|nearly|almost)\s+)?(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+after\s+[^,;]{3,150},/i

/**
 * The sentence's dates when its opening counts from a day it names: that day moved on by the count, in place of the count
 * itself (which the dates read from the day the text is at, "a day after"); without such a day, the dates as read.
 */
function countedFrom(dates: readonly DateMention[], opening: RegExpExecArray): readonly DateMention[] {
  const after = opening[0].search(/\bafter\b/i)
  const named = dates.find((d) => d.precision === 'day' && d.offset > after && d.offset < opening[0].length)
  if (!named) return dates
  const days = count(opening[1]) * (/^week/i.test(opening[2]) ? 7 : 1)
  return dates.filter((d) => d.offset > after).map((d) => (d === named ? { ...d, start: addDays(d.start, days), end: addDays(d.end, days) } : d))
}

const OBJECT_OF_PREPOSITION = /\b(?:since|by|to|with|for|from|under|than|like|after|before|against|about)\s+(?:(?:president|prime minister|king|queen|chancellor|former|late)\s+)*$/i
/** How far before the report the day of an occasion "after the vote" looks back to may lie: the news's days. */
const OCCASION_NEWS_DAYS = 3
const AFTER_OCCASION = /\b(?:after|following)\s+the\s+(vote|meeting|talks|summit|session|debate|ceremony|signing|ruling|verdict)\b/i
/** How a sentence tells each occasion "after the ..." looks back to. */
const OCCASION_TOLD: Readonly<Record<string, RegExp>> = {
  vote: /\bvot(?:e|es|ed|ing)\b/i,
  meeting: /\b(?:met|meet|meeting|meetings)\b/i,
  talks: /\btalks\b/i,
  summit: /\bsummit\b/i,
  session: /\bsession\b/i,
  debate: /\bdebated?\b/i,
  ceremony: /\bceremony\b/i,
  signing: /\bsign(?:ed|ing)\b/i,
  ruling: /\b(?:ruled|ruling)\b/i,
  verdict: /\bverdict\b/i,
}
const SAME_OCCASION = /\b(?:at|to|in|before|during|told|addressed)\s+(?:that|the\s+same)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:session|meeting|summit|conference|briefing|debate|hearing|gathering|forum|ceremony)\b/iu
// "By the time the aircraft touched down, Azerbaijan had gone further ...": the clause only times the sentence's own news.
const BY_THE_TIME = /^by\s+the\s+time\b[^,.;]{3,120},/i
// "That morning a man ...", "On that day": the day the sentence before ended on.
const THAT_DAY_OPENING = /^(?:on\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)\b/i

/** "Two days later, on January 29, ...": a count the sentence restates as a date it names is that date, not a second day. */
function withoutRestatedCounts(dates: readonly DateMention[], sentence: string): readonly DateMention[] {
  return dates.filter((d, k) => {
    const next = dates[k + 1]
    return !(d.relation !== 'absolute' && next?.relation === 'absolute' && next.precision === 'day' && /^,\s*(?:on\s+)?$/i.test(sentence.slice(d.offset + d.length, next.offset)))
  })
}

/** A weekday an entry of a list of days to come names: the next of that weekday, not the last. */
function aheadOf(d: DateMention, published: IsoDate): DateMention {
  if (d.precision !== 'day' || d.start >= published || !BARE_WEEKDAY.test(d.phrase)) return { ...d, future: true }
  return { ...d, start: addDays(d.start, 7), end: addDays(d.end, 7), future: true }
}
const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i

/**
 * "“Not the outcome we wanted”" on a line of its own above the paragraph that quotes it in full: a heading of quoted words,
 * no statement (a quotation of its own ends in its stop: "“We will never accept this.”").
 */
function quotedHeading(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index]
  return QUOTED_HEADING.test(s.text) && sentences[index - 1]?.paragraph !== s.paragraph && sentences[index + 1]?.paragraph !== s.paragraph
}
const QUOTED_HEADING = /^[“"‘][^“”"‘’]{3,80}[^.!?,…“”"‘’\s]["”’]$/

/** A page of entries under time stamps on lines of their own. */
function isLiveBlog(sentences: readonly Sentence[]): boolean {
  let stamps = 0
  for (const s of sentences) if (ENTRY_STAMP.test(s.text) && ++stamps === LIVE_BLOG_STAMPS) return true
  return false
}
const LIVE_BLOG_STAMPS = 3

/** How far after a speech verb the words may name the person they are about ("says that President Lee ..."). */
const CONTENT_OPENS = 30

/** How many paragraphs after its time stamp a live blog's entry reads as news just told. */
const ENTRY_LEAD_PARAGRAPHS = 2
/** A subheading's most words, and the least length of the paragraph's first sentence under it. */
const SUBHEADING_WORDS = 10
const SUBHEADED_PARAGRAPH_CHARS = 80
const HEADLINE_SPEECH = /\b(?:says?|said|warns?|tells?|told|vows?|urges?|insists?|claims?|accuses?|denies?|rejects?|calls?|demands?|asks?)\b|[:“”"]/i

/** How many sentences on a year a sentence stated still dates the days told without one (nearAnchor). */
const STATED_YEAR_REACH = 4

const OPENING_PARTICIPLE = /^(?:Asked|Speaking|Responding|Answering|Commenting|Addressing|Writing|Replying)\b[^,;.]{0,120},\s*/
// "Sitting beside Trump in the Oval Office, with reporters crowding the room, Carney borrowed ...": a participle setting the
// scene, and the circumstance after it; not a city ("Beijing, in a statement, said").
const SCENE_PARTICIPLE = /^(?!(?:Beijing|Nanjing|Kunming|Chongqing|Xining|Reading)\b)\p{Lu}\p{Ll}{2,}ing\s+(?:beside|with|at|in|on|next|alongside|before|after|outside|inside|behind|across|through|into|from|to|the|a|an|his|her|their|its)\b[^,;.“”"]{0,120},\s*(?:(?:with|amid|as)\s[^,;.“”"]{1,80},\s*)?/u

/**
 * Where a sentence's subject begins past an opening participle's clause, a setting before it included ("Earlier on Thursday,
 * speaking to reporters after Barrot's meeting with Déby, Koulamallah had struck a warning note"); null when it has none.
 */
function openingParticiple(sentence: string): number | null {
  const own = OPENING_PARTICIPLE.exec(sentence) ?? SCENE_PARTICIPLE.exec(sentence)
  if (own) return own[0].length
  const setting = OPENING_SETTING.exec(sentence)?.[0].length ?? 0
  const after = setting ? OPENING_PARTICIPLE.exec(sentence.charAt(setting).toUpperCase() + sentence.slice(setting + 1)) : null
  return after ? setting + after[0].length : null
}

const CONTRAST = /^(?:But|However|Yet)\b/
// "He thanked Egyptian President Abdel Fattah al-Sisi and said the United States would provide ...": a deed, then new words.
const ADDS_POINT = /^(?:He|She|They)\s+(?:(?:also|further|later|afterwards|subsequently)\s+(?:\p{Ll}+ed|said|told|wrote|says|tells)|(?:warned|accused|urged|called|rejected|insisted|demanded|praised|critici[sz]ed|condemned|denied|dismissed|vowed|pledged|promised|threatened)\b|\p{Ll}+ed\b(?!\s+that\b)[^.;:“”"]{3,160}?\band\s+(?:said|told|says|tells)\b)/u
const ANAPHORIC = /^(?:he|she|they|it|the(?: \w+)? (?:official|statement|spokes(?:man|woman|person)|minister|ministry|diplomat|envoy|source|office))$/i

function statementShape(sentence: string, attribution: Attribution | null, quote: string | null, speaker: Speaker): StatementShape {
  const afterVerb = attribution ? sentence.slice(attribution.verbOffset + attribution.verb.length) : ''
  const firstQuote = afterVerb.search(/[“"«]/)
  return {
    // A short quotation counts when it is the sentence's own words ("“This is a historic day,” Mogherini said.").
    quoted: !!quote && (quote.length >= 30 || (!!attribution && !attribution.contentAfter && QUOTE_ONLY.test(sentence))),
    refersBack: /^[“"‘«]\s*(?:\[[^\]]{1,40}\]|[\p{L}'’. ]{1,30}?)\s+(?:also|further|too|again|then|added|adds|went on)\b/u.test(sentence),
    opensWithQuote: QUOTE_ONLY.test(sentence),
    unattributed: !attribution,
    closing: !!attribution && !attribution.contentAfter,
    anaphoric: !!attribution && ANAPHORIC.test(attribution.subject.trim()),
    verb: attribution?.verb ?? null,
    person: speaker.kind === 'person',
    country: speaker.country,
    namesStatement: !!attribution && /^the\b.{0,30}\b(?:statement|communiqu[eé]|declaration)$/i.test(attribution.subject.trim()),
    contrasts: CONTRAST.test(sentence),
    addsPoint: ADDS_POINT.test(sentence),
    // "said after the meeting that X": the setting before "that" is not what was said.
    reported: !attribution ? sentence : attribution.contentAfter ? afterVerb.replace(/^.{0,60}?\bthat\s+/, '') : sentence.slice(0, attribution.subjectOffset),
    named: !!attribution && speaker.kind === 'person' && attribution.subject.includes(speaker.name.split(' ').pop()!),
    lead: !!attribution && attribution.contentAfter && attribution.verb !== ':' && (!quote || (firstQuote > 0 && /\bthat\b/.test(afterVerb.slice(0, firstQuote)))),
    introduces: !!attribution && attribution.contentAfter && !quote && ENDS_IN_COLON.test(sentence),
  }
}

// ", which was set up in 1992 to mediate ...": a relative clause of background set beside a noun; to its end.
const BACKGROUND_RELATIVE_START = /,\s*(?:which|who)\s+(?:was|were|had been|has been|had)\b/i
const BACKGROUND_RELATIVE = new RegExp(`${BACKGROUND_RELATIVE_START.source}[^,;]*$`, 'i')

// ", broken off in 1961", ", identified in news reports on Thursday as ...": a participle's clause set after the main clause. A
// passive participle goes on with a preposition or an adverb, not an object; "Kafrani, arrived at" is a main verb.
const PARTICIPLE = String.raw`(?:(?:first|originally|later|previously|once|long)\s+)?(?!(?:arrived|landed|departed|returned|died|happened|occurred|resigned|collapsed|travell?ed|remained|appeared)\b)(?:\p{Ll}{2,}ed|broken|taken|given|written|won|begun|made|seen|sent|built|struck|chosen|frozen|stolen|shot|led|shut|torn|drawn|known|sworn|sold|lost|fought|caught)\s+(?:off\s+|out\s+|down\s+|up\s+|back\s+)?(?=(?:in|on|at|by|as|for|during|from|over|under|after|before|since|last|earlier|early|late|shortly|only|just|two|three|several)\b|\d|$)`
// Not one that times the main clause's happening ("followed on Tuesday by", "scheduled for next week").
const TIMING = String.raw`(?!(?:followed|preceded|scheduled|planned|expected|slated|timed|postponed|delayed|moved|rescheduled|pushed|brought|started|ended|held|set)\b)`
const PARTICIPLE_START = new RegExp(String.raw`,\s+${TIMING}${PARTICIPLE}`, 'u')
const PARTICIPLE_CLAUSE = new RegExp(`${PARTICIPLE_START.source}[^,;]*$`, 'u')
const OPENING_PARTICIPLE_CLAUSE = new RegExp(String.raw`^,\s+${PARTICIPLE}`, 'u')
// ", the last tranche of a release authorised in the spring": a noun set beside the main clause's, with a participle's clause.
const APPOSITION_PARTICIPLE_CLAUSE = new RegExp(String.raw`,\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,8}?${TIMING}${PARTICIPLE}[^,;]*$`, 'u')
// A clause opening with a verb of its own: the main clause's predicate, after a subject and its participle's clause ("Talks,
// attended on Monday by 30 states, ended ...").
const PREDICATE_CLAUSE = /[,;]\s+(?!(?:a|an|the|his|her|its|their|who|which|whose|when|where|and|but|or|as|after|before|in|on|at|by|for|with|from|to|of|including)\b)\p{Ll}/u

/**
 * Whether `d` dates only a clause of background after a main clause that tells a happening of its own: a relative clause
 * (", which was set up in 1992") after one that reports it done, a participle's (", broken off in 1961") after one that tells it.
 */
function backgroundOfMain(sentence: string, d: DateMention): boolean {
  const before = sentence.slice(0, d.offset)
  const m = BACKGROUND_RELATIVE.exec(before)
  if (m) return reportsDoneEvent(sentence.slice(0, m.index))
  const p = PARTICIPLE_CLAUSE.exec(before) ?? APPOSITION_PARTICIPLE_CLAUSE.exec(before)
  if (!p) return false
  const main = sentence.slice(0, p.index)
  // "A first flight, delayed for weeks, landed ... on Wednesday": the verb is the main clause's, after a participle's clause.
  return hasEventTrigger(main) && !OPENING_PARTICIPLE_CLAUSE.test(main.slice(main.lastIndexOf(','))) && !PREDICATE_CLAUSE.test(sentence.slice(d.offset + d.length))
}

/** The sentence past an opening clause of "By the time", up to its first clause of background, relative or a participle's. */
function mainClause(sentence: string): string {
  const ends = [BACKGROUND_RELATIVE_START.exec(sentence)?.index, PARTICIPLE_START.exec(sentence)?.index].filter((i) => i !== undefined)
  return sentence.slice(BY_THE_TIME.exec(sentence)?.[0].length ?? 0, Math.min(sentence.length, ...ends))
}

const SINCE = /^since\b/i
const SINCE_BEFORE = /\bsince\s+$/i
const SINCE_CLAUSE_BEFORE = /\bsince\b[^,.;:“”"]*$/i

/** "the line Berlin has used since the report was unveiled on September 1": a day a state has lasted since. */
function sinceClauseAt(sentence: string, d: DateMention): boolean {
  return SINCE_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, d.offset - 80), d.offset))
}

/** A date counted from: "since" opens its phrase or stands right before it ("the highest level since late 2014"). */
function sinceAt(sentence: string, d: DateMention): boolean {
  return SINCE.test(d.phrase) || SINCE_BEFORE.test(sentence.slice(Math.max(0, d.offset - 8), d.offset))
}
const WHEN_AFTER = /^,?\s+when\b/i

// A clause with its verb: "since it gained independence in"; not "since the pandemic earlier this month", which dates the visit.
const BASELINE_SINCE = /\b(?:first|last|highest|lowest|largest|biggest|worst|best|deadliest|strongest|only|most)\b[^.;:]{0,90}\bsince\b[^.;:,]{0,40}\b(?:\w{3,}ed|began|became|won|took|broke|fell|came|went|left|signed|split)\b[^.;:,]{0,30}$/i
const BASELINE_BEFORE = /\b(?:first|last|highest|lowest|largest|biggest|worst|best|deadliest|strongest|only|most)\b[^,.;:]{0,40}$/i

/**
 * "the first swap since August", "the highest since 2019": a comparison's baseline is no event; nor is a clause of "since"
 * that gives it ("the first time a Greek prime minister has visited since it gained independence in 1991").
 */
function baselineOf(sentence: string, d: DateMention): boolean {
  // "would have been unthinkable even a year ago": a time compared with, in a clause of what did not happen.
  if (COUNTERFACTUAL_BEFORE.test(sentence.slice(Math.max(0, d.offset - 80), d.offset))) return true
  // "the first visit since December 2017, when he surprised his hosts by ...": the clause tells what happened then.
  if (WHEN_AFTER.test(sentence.slice(d.offset + d.length, d.offset + d.length + 8))) return false
  if (sinceAt(sentence, d) && BASELINE_BEFORE.test(sentence.slice(Math.max(0, d.offset - 60), d.offset))) return true
  const lead = sentence.slice(Math.max(0, d.offset - 160), d.offset)
  return lead.includes('since') && BASELINE_SINCE.test(lead)
}

const COUNTERFACTUAL_BEFORE = /\b(?:would|could|might)(?:\s+not)?\s+have\s+(?:been\s+)?[^.;:!?]{0,60}$/i
// A relative clause of a place the main clause names, up to a date: a happening there of its own.
const RELATIVE_WORDS_BEFORE = /,\s*(?:who|which)\s+(?:had\s+)?(?:already\s+|also\s+|earlier\s+)?(?:said|warned|told|urged|threatened|vowed|pledged|announced|claimed|insisted|denied|accused|argued|stated|declared|demanded)\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:on\s+)?$/u
const WHERE_CLAUSE = /,\s+where\s[^;:]*$/
const CLAUSE_BREAK = /,\s+|;\s+|\s+and\s+(?=the\b|[a-z]+ed\b)/g
// ", Yukiya Amano, signed", ", chaired by Stoltenberg, will meet": a short apposition, then the verb of the clause before it.
const APPOSITION = /^(?:[^\s,;]+\s+){0,4}[^\s,;]+,\s+$/
const PREDICATE_START = /^(?!(?:and|but|or|nor|so|yet|which|who|whom|whose|that|when|while|after|before|as|where|although|though|because|since|if|including|with|without|from|in|on|at|by|for|to|of|according)\b)\p{Ll}/u

/** The clause of a sentence that holds a date, widened to the next clause when it is only a few words. */
// A finite verb of a clause; a clause of time's own verb ("On the same day the deadline expired,") is not the main one.
const CLAUSE_VERB = /\b(?:\p{Ll}{3,}ed|met|held|signed|sent|flew|began|took|made|won|lost|went|gave|came|left|broke|fell|rose|struck|led|said|told|spoke|saw|ran|stood|shot|fought|was|were|is|are|has|have|had|will|would|shall|can|could|may|might|must|did|does|begins|ends|opens|meets|signs|says|holds)\b/u
const SUBORDINATE_OPENING = /^\s*(?:[Oo]n|[Ii]n|[Aa]t)?\s*(?:[Tt]he\s+)?(?:same\s+)?(?:day|night|morning|evening|week)\s+(?:that\s+|when\s+)?(?:[\p{L}'’-]+\s+){1,4}\p{Ll}+ed\b/u

function clauseAround(sentence: string, d: DateMention): { text: string; offset: number } {
  const cuts = [0]
  for (const m of sentence.matchAll(CLAUSE_BREAK)) cuts.push(m.index! + m[0].length)
  cuts.push(sentence.length + 1)
  let i = 0
  while (i < cuts.length - 2 && cuts[i + 1] <= d.offset) i++
  // "The agency's director general, Yukiya Amano, signed … on Tuesday": a clause that opens with its verb
  // keeps the subject and the name set beside it.
  let start = i
  while (start >= 2 && PREDICATE_START.test(sentence.slice(cuts[start])) && APPOSITION.test(sentence.slice(cuts[start - 1], cuts[start]))) start -= 2
  // "…, according to a joint statement released on Friday": the date is the source's; the event is what it reports.
  if (/^according to\b/i.test(sentence.slice(cuts[start]))) start = 0
  // "…within 30 days of the signing, which puts the deadline at 2 December": a relative clause needs what it refers to.
  if (start > 0 && /^(?:which|who|whose)\b/i.test(sentence.slice(cuts[start]))) start--
  let from = cuts[start]
  let to = cuts[i + 1]
  if (sentence.slice(from, to).split(/\s+/).length < 6) {
    // "launched on the opening day of the summit, on November 30, is expected to ...": a date set apart after
    // a clause dates that clause; a short clause otherwise goes on into the next, or, closing the sentence
    // ("taking the towns of Shire, Axum and Adwa last month"), takes in the one before.
    if (start === i && i > 0 && d.offset - cuts[i] <= 3) from = cuts[i - 1]
    else if (i + 2 < cuts.length) to = cuts[i + 2]
    else if (start === i && i > 0) from = cuts[i - 1]
  }
  // "On September 28 the separatist president, Samvel Shahramanyan, signed a decree ...", "On the same day the deadline
  // expired, Syria and Jordan reopened ...": a clause without its verb goes on until it has one.
  for (let k = cuts.indexOf(to); k >= 0 && k < cuts.length - 1 && !CLAUSE_VERB.test(sentence.slice(from, to).replace(SUBORDINATE_OPENING, '')); k++) to = cuts[k + 1]
  const raw = sentence.slice(from, Math.min(to, sentence.length))
  const text = raw.trimEnd().replace(/(?:,|;|\s+and)$/, '')
  from += raw.length - raw.trimStart().length
  return { text: text.trim(), offset: from }
}

/**
 * A clause's title; a clause of the place, or a second verb of the subject, names who it tells of ("where he addressed the
 * summit on Tuesday", "and attended the expo on Sunday": "Erdogan addressed ...", "Albanese attended ..."): the first person
 * its sentence names.
 */
function clauseTitle(clause: { text: string; offset: number }, d: DateMention, mentions: readonly Mention[], base: number): string {
  const opening = CLAUSE_OPENING.exec(clause.text)
  const person = opening && mentions.find((m) => m.kind === 'person' && m.offset - base < clause.offset)
  // "where the envoy met the minister on Thursday": the clause names who it tells of.
  const where = /^where\s+(?=(?:the|a|an)\s)/i.exec(clause.text)
  if (where) return eventTitle(clause.text.slice(where[0].length), clauseDate(d, clause.offset + where[0].length))
  // "U.S. President Donald Trump, who skipped Monday's G7 session": the person the relative clause tells of did it.
  const who = RELATIVE_OPENING.exec(clause.text)
  const named = who && d.offset > clause.offset + who[0].length ? mentions.find((m) => m.kind === 'person' && m.offset - base >= clause.offset && m.offset - base < clause.offset + who[1].length) : undefined
  if (who && named) {
    const subject = `${shortSpeaker(named.name, true)} `
    return eventTitle(subject + clause.text.slice(who[0].length), clauseDate(d, clause.offset + who[0].length - subject.length))
  }
  if (!opening || !person) return eventTitle(clause.text, clauseDate(d, clause.offset))
  const subject = `${shortSpeaker(person.name, true)} `
  return eventTitle(subject + clause.text.slice(opening[0].length), clauseDate(d, clause.offset + opening[0].length - subject.length))
}

// A verb of the past, regular or not.
const PAST_VERB_AHEAD = String.raw`(?=[a-z]+ed\b|(?:threw|met|held|sent|took|made|went|won|lost|flew|left|began|gave|struck|led|spoke|wrote|broke|came|shook|drew|brought|sought|fought|kept|found|paid|rose|fell|told)\b)`
// "threw his support behind the Brazilian leader on Tuesday": such a verb with no subject before it.
const CLAUSE_OPENING = new RegExp(String.raw`^where\s+(?:he|she)\s+|^${PAST_VERB_AHEAD}`)
// "U.S. President Donald Trump, who skipped Monday's G7 session": such a verb in a relative clause after its subject.
const RELATIVE_OPENING = new RegExp(String.raw`^([^,“”"]{3,80}),\s+who\s+${PAST_VERB_AHEAD}`)

/** The date as placed in its clause, for the title to keep; a clause that opens with its date keeps it too. */
function clauseDate(d: DateMention, clauseOffset: number): DateMention | null {
  const offset = d.offset - clauseOffset
  return offset > 3 ? { ...d, offset } : null
}

/** Adds the next sentence of the same statement to an item. */
function extend(item: ExtractedItem, s: Sentence, text: string): void {
  const end = Math.min(s.offset + s.length, item.offset + MAX_TEXT * 2)
  item.length = end - item.offset
  item.text = text.slice(item.offset, end)
}

const NO_DISCOURSE: Discourse = { last: null, lastPerson: null, lastBody: null, lastOfficial: null }

/** The discourse a headline that names its source with a colon ("…: Turkey", "Lavrov: …") opens. */
function headlineDiscourse(title: string | null | undefined, context: StoryContext): Discourse {
  const colons = title ? colonSpeakers(title) : []
  if (!title || !colons.length) return NO_DISCOURSE
  const mentions = findMentions(title, context.registry)
  for (const colon of colons) {
    const speaker = resolveSpeaker(colon.subject, colon.offset, colon.offset + colon.subject.length, mentions, NO_DISCOURSE, context)
    if (speaker) return remember(NO_DISCOURSE, speaker)
  }
  return NO_DISCOURSE
}

/**
 * The spokesperson a briefing's headline names ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference"):
 * who gives its answers, whoever the questions and the opening announcement name.
 */
/** The people a transcript labels as its programme's host at a turn ("MAYA OKAFOR (host):", "HOST MAYA OKAFOR:"). */
function programHosts(text: string, context: StoryContext): ReadonlySet<string> {
  const hosts = new Set<string>()
  for (const m of text.matchAll(HOST_LABEL)) {
    const person = labelPerson(m[1] ?? m[2], context)
    if (person) hosts.add(person.name)
  }
  return hosts
}
const HOST_LABEL = /^(?:([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?)\s*\((?:co-)?(?:host|presenter|anchor|moderator|interviewer)\)|(?:CO-)?(?:HOST|PRESENTER|ANCHOR|MODERATOR)\s+([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?))\s*:/gmu

function briefingHost(title: string | null | undefined, context: StoryContext): Speaker | null {
  if (!title || !/\bspokes(?:man|woman|person)\b/i.test(title)) return null
  const person = findMentions(title, context.registry).find((m) => m.kind === 'person' && /spokes/i.test(m.role ?? ''))
  return person ? personOf(person, context) : null
}

const ISSUED_IN_WHICH = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})\s+(?:issued|published|released|put out|posted)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}(?:statement|communiqu[eé]|declaration|message|video)\s+(?:in|with)\s+which\s+$/u
const RELATIVE_BEFORE_PRONOUN = /,\s*(?:who|whom)\s+$/i
// "the Belarusian president", "the Italian foreign minister": a country's adjective and up to three words after it.
const DESCRIBED_OPENING = /^(?:[^,]*?\s)?(the\s+\p{Lu}[\p{L}-]+)((?:\s+\p{Ll}+){1,3})/u

/** The office a sentence opens with ("In the same remarks the Belarusian president turned on ..."), for the holder the story knows. */
function officeOpening(clause: string): { text: string; offset: number } | null {
  const m = DESCRIBED_OPENING.exec(clause)
  if (!m) return null
  const offset = m.index + m[0].length - m[1].length - m[2].length
  // The fewest words that name an office: "the Belarusian president", not "the Belarusian president turned".
  for (const word of m[2].matchAll(/\s+\p{Ll}+/gu)) {
    const end = m[1].length + word.index + word[0].length
    if (officeClass(clause.slice(offset + m[1].length, offset + end))) return { text: clause.slice(offset, offset + end), offset }
  }
  return null
}
// ", in which he suggested", "records an interview in which he says".
const ABOUT_WHICH = /(?:,\s*|\b(?:interview|statement|speech|letter|post|video|message|address|remarks|article|op-ed|column)\s+)(?:in|with|during|through|under) which\s+$/i

/** The speaker of an attribution; a person named in an apposition ("the ambassador, Anatoly Antonov, said") counts. */
function resolveAttribution(a: Attribution, sentence: string, base: number, here: readonly Mention[], discourse: Discourse, context: StoryContext): Speaker | null {
  // "Russian Foreign Minister Sergei Lavrov held a news conference, where he said …": the person the sentence opens with.
  if (/^(?:he|she)$/i.test(a.subject)) {
    const opener = here.find((m) => m.kind === 'person')
    // So is one after an opening setting: "In Amsterdam on 12 April, Macron doubled down: “...,” he told reporters".
    // Or after an opening day with no comma: "On Thursday morning Vincent Biruta, Rwanda's foreign minister, made that explicit:
    // Kigali, he said, would not ...".
    // Not the name the aside interrupts ("Lumumba, he said, had been killed ..."): it is the words' own.
    const interrupted = opener !== undefined && /^\s*,\s*$/.test(sentence.slice(opener.offset - base + opener.length, a.subjectOffset))
    if (opener && !interrupted && opener.offset < base + a.subjectOffset && TITLES_ONLY.test(sentence.slice(0, opener.offset - base).replace(DAY_LABEL, '').replace(OPENING_SETTING, '').replace(OPENING_DAY, ''))) return personOf(opener, context)
    // "The European Union's foreign policy chief, Josep Borrell, set the tone when he said ...": the one person the sentence
    // named before a clause of time or reason.
    if (/\b(?:when|as|after|before|while|because|since)\s+$/i.test(sentence.slice(Math.max(0, a.subjectOffset - 10), a.subjectOffset))) {
      const named = here.filter((m) => m.kind === 'person' && m.offset < base + a.subjectOffset)
      if (named.length && new Set(named.map((m) => m.name)).size === 1) return personOf(named[0], context)
    }
    // "turned on Poland's foreign minister, Radoslaw Sikorski, who he said deserved public contempt": "he" in a clause about
    // someone is not that someone but whom the sentence is about, named before them.
    if (RELATIVE_BEFORE_PRONOUN.test(sentence.slice(Math.max(0, a.subjectOffset - 10), a.subjectOffset))) {
      const named = here.filter((m) => m.kind === 'person' && m.offset < base + a.subjectOffset)
      const about = named.find((m) => m.name !== named.at(-1)!.name)
      if (about) return personOf(about, context)
      // A sentence that opens on an office ("In the same remarks the Belarusian president turned on ...") is about its holder,
      // when the story knows who holds it, and about no one the text spoke of before.
      const office = officeOpening(sentence.slice(0, a.subjectOffset))
      if (office) {
        const holder = resolveSpeaker(office.text, base + office.offset, base + office.offset + office.text.length, here, discourse, context)
        return holder?.kind === 'person' ? holder : null
      }
      // Else whom the text speaks of ("His sharpest words were reserved for Draghi, whom he called ..."), but not the one
      // the clause is about, whom the text's last person may well be.
      const spoken = resolveSpeaker(a.subject, base + a.subjectOffset, base + a.subjectOffset + a.subject.length, here, discourse, context)
      return spoken && spoken.name !== named.at(-1)?.name ? spoken : null
    }
    // "comments by López Obrador about the election, in which he suggested ...": the person the clause is about.
    if (ABOUT_WHICH.test(sentence.slice(Math.max(0, a.subjectOffset - 20), a.subjectOffset))) {
      const last = here.findLast((m) => m.kind === 'person' && m.offset < base + a.subjectOffset)
      if (last) return personOf(last, context)
    }
  }
  // "HTS issued a long-awaited statement in which it said ...": the body whose statement it is.
  const issuer = /^(?:it|they)$/i.test(a.subject) ? ISSUED_IN_WHICH.exec(sentence.slice(0, a.subjectOffset)) : null
  if (issuer && !here.some((m) => m.kind === 'person' && m.offset >= base + issuer.index && m.offset < base + issuer.index + issuer[1].length)) {
    return { name: context.acronyms?.get(issuer[1]) ?? issuer[1], kind: 'body', role: null, country: null }
  }
  const app = a.apposition
  const from = base + a.subjectOffset, to = from + a.subject.length
  // "North Korea's state media said Wednesday that ...": a state's own outlet speaking for it, not passing words on.
  if (a.contentAfter && STATE_MEDIA.test(a.subject) && !here.some((m) => m.kind === 'person' && m.offset >= from && m.offset < to)) {
    const country = here.find((m) => m.kind === 'country' && m.offset >= from && m.offset < to)?.name ?? null
    return { name: a.subject.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/[’ʼ]s\s+/g, "'s "), kind: 'body', role: null, country }
  }
  // "“The U.S. and its followers are pushing the region to the brink,” KCNA said.": a state agency's own commentary, quoted whole.
  if (!a.contentAfter && STATE_AGENCY.test(a.subject.trim()) && /^(?:said|says|added)$/.test(a.verb) && QUOTE_ONLY.test(sentence)) {
    return { name: a.subject.trim().replace(/^the\s+/i, ''), kind: 'body', role: null, country: null }
  }
  // "Lü Xiang, a research fellow at the Academy of Social Sciences, told": a person the subject names is the speaker;
  // not one it names as whose ("Namazi's lawyer, Jared Genser, said" is Genser).
  const named = here.some((m) => m.kind === 'person' && m.offset >= from && m.offset < to && !/^['’ʼ]s\b/u.test(sentence.slice(m.offset - base + m.length)))
  if (app && !named && here.some((m) => m.kind === 'person' && m.offset >= base + app.offset && m.offset < base + app.offset + app.length)) {
    const end = app.offset + app.length
    return resolveSpeaker(`${a.subject}, …`, base + a.subjectOffset, base + end, here, discourse, context)
  }
  // "The defence secretary, Gavin Williamson, was less diplomatic: “Frankly, ...,” he said.": the one person the sentence
  // names before the quotation is "he".
  if (!a.contentAfter && /^(?:he|she)$/i.test(a.subject.trim())) {
    const quoteAt = sentence.search(/[“"]/)
    // Nor here the name the aside interrupts.
    const before = here.filter((m) => m.kind === 'person' && quoteAt > 0 && m.offset - base < quoteAt && !/^\s*,\s*$/.test(sentence.slice(m.offset - base + m.length, a.subjectOffset)))
    if (before.length && new Set(before.map((m) => m.name)).size === 1) return personOf(before[0], context)
  }
  // "In an editorial published on Thursday, the Global Times warned ...": an outlet's own editorial is its voice, not words it
  // passes on.
  const outlet = !named && EDITORIAL.test(sentence) ? OUTLET_NAME.exec(a.subject.trim()) : null
  if (outlet) return { name: outlet[1], kind: 'body', role: null, country: null }
  const speaker = settledIn(resolveSpeaker(a.subject, base + a.subjectOffset, base + a.subjectOffset + a.subject.length, here, discourse, context), a, sentence, base, here)
  // "The NATO-led peacekeeping force in Kosovo, KFOR, said": a body the gazetteer does not hold, by the initials set beside
  // what it is (not a heading's "AUKUS:", nor a page's own "ACA urges ...").
  const initials = a.subject.trim()
  return speaker ?? (BARE_INITIALS.test(initials) && sentence.includes(`, ${initials},`) ? { name: initials, kind: 'body', role: null, country: null } : null)
}

const BARE_INITIALS = /^\p{Lu}{3,8}$/u

/** Whether a pronoun's attribution was given the person its own verb names right after it ("he had told Conte"). */
function toldThemself(sentence: string, base: number, a: Attribution, sp: Speaker, here: readonly Mention[], context: StoryContext): boolean {
  if (!/^(?:he|she)$/i.test(a.subject.trim())) return false
  const verbEnd = a.verbOffset + a.verb.length
  const gap = /^\s+/.exec(sentence.slice(verbEnd))?.[0].length ?? 0
  return here.some((m) => m.kind === 'person' && m.offset === base + verbEnd + gap && personOf(m, context).name === sp.name)
}

const BARE_GOVERNMENT = /^the\s+(?:government|authorities|cabinet)$/i
// The ministry named, not meant ("In Syria, it said", "the ministry said": the body the text last named, wherever it is).
const NAMED_MINISTRY = /^the\s+(?:(?:[\p{L}-]+\s+)+(?:ministry|office)|ministry\s+of\s+[\p{L}\s]+)$/iu

/**
 * "In Berlin, the Foreign Office said", "In Tehran, the government said": a ministry or government named bare right after
 * a setting in one country is that country's. Not a setting that names more ("In talks with Berlin and Paris, ...").
 */
function settledIn(speaker: Speaker | null, a: Attribution, sentence: string, base: number, here: readonly Mention[]): Speaker | null {
  const setting = OPENING_SETTING.exec(sentence)?.[0].length ?? 0
  if (!setting || a.subjectOffset !== setting || !sentence.startsWith('In ')) return speaker
  const named = here.filter((m) => m.offset >= base && m.offset < base + setting)
  const place = named.length === 1 && named[0].kind === 'country' && named[0].offset === base + 3 ? named[0].country ?? named[0].name : null
  if (!place) return speaker
  if (speaker?.kind === 'body' && speaker.country === null && /\bMinistry$/.test(speaker.name) && NAMED_MINISTRY.test(a.subject.trim())) return { ...speaker, name: `${demonymOf(place)} ${speaker.name}`, country: place }
  if (!speaker && BARE_GOVERNMENT.test(a.subject.trim())) return { name: place, kind: 'body', role: null, country: place }
  return speaker
}

const EDITORIAL = /\b(?:editorial|commentary|op-ed)\b/i
const OUTLET_NAME = /^(?:the\s+)?(?:[\p{Ll}-]+\s+)*((?:\p{Lu}[\p{L}.'’-]*\s+)*(?:Times|Post|News|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|Daily|Review|Globe|Observer|Mail|Express|Star|Standard))$/u

const SEAT = /^(?:the\s+)?(?:White House|Kremlin|Downing Street|[ÉE]lys[ée]e(?: Palace)?|Blue House|Chancellery|(?:presidential|president['’]s|prime minister['’]s)\s+office|presidency)$/i
const OWN_DEPARTMENT = /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*\s+)?(?:State Department|Department of State|Foreign Office)|(?:\p{Lu}[\p{L}'’]*\s+)?(?:[Ff]oreign|[Dd]efen[cs]e|[Ee]xternal [Aa]ffairs)\s+[Mm]inistry|[Mm]inistry of (?:[Ff]oreign|[Ee]xternal) [Aa]ffairs)$/u
// Before the person: a setting closed by its comma, then at most a few words of title ("Britain's Prime Minister").
const BEFORE_OPENING_PERSON = /^(?:(?:In|At|On|During|Later|Earlier|After)\b[^,“”"]{1,60},\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|the)\s+){0,5}$/u
// After the person: a verb of their own ("told", "urged", "spoke"), not a possession, a second subject or a clause about them.
const VERB_AFTER_PERSON = /^(?:,\s[^,;“”"]{2,80},)?\s+(?:also\s+|had\s+|has\s+)?(?!(?:and|or|who|whose|is|was|are|were)\b)\p{Ll}{3,}/u

const STATEMENT_CLOSING = /^(?:the|a|an|its|his|her|their)\s+(?:(?:joint|official|written|brief|short)\s+)?(?:statement|communiqu[eé]|readout|release)$/i
// "The prime minister directed", "Later the president also told": a bare post the story's holder goes by, then its verb.
const OPENING_OFFICE = /^(?:(?:In|At|On|During|Later|Earlier|After)\b[^,“”"]{1,60},\s+)?(?:Later\s+|Earlier\s+)?([Tt]he\s+(?:(?:prime|foreign|defen[cs]e|interior|deputy)\s+)?(?:minister|president|premier|chancellor|king|emir|sultan|crown prince|secretary-general|secretary))\s+(?:also\s+)?(?!(?:and|or|who|whose|is|was|are|were|has|had|have|of|said|says)\b)\p{Ll}{3,}/u

// Words the person said or ordered, not a plan the statement tells of ("Guterres ... will attend the event, the statement said").
const SAID_OR_ORDERED = /^(?:,\s[^,;“”"]{2,80},)?\s+(?:also\s+)?(?:directed|ordered|instructed|told|urged|called|asked|said|stressed|emphasi[sz]ed|noted|warned|expressed|reiterated|reaffirmed|assured|pledged|promised|welcomed|thanked|congratulated|condemned|proposed|invited|affirmed|underlined|underscored|highlighted|insisted|demanded|declared)\b/

/** The person a sentence opens with as the subject of words said or ordered, by name or by a post the story knows its holder of. */
function openingHolder(here: readonly Mention[], base: number, sentence: string, discourse: Discourse, context: StoryContext): Speaker | null {
  const named = openingPerson(here, base, sentence)
  if (named) return SAID_OR_ORDERED.test(sentence.slice(named.offset - base + named.length)) ? personOf(named, context) : null
  const office = OPENING_OFFICE.exec(sentence)
  if (!office) return null
  const at = office[0].indexOf(office[1])
  if (!SAID_OR_ORDERED.test(sentence.slice(at + office[1].length))) return null
  const holder = resolveSpeaker(office[1], base + at, base + at + office[1].length, here, discourse, context)
  return holder?.kind === 'person' ? holder : null
}

/** The person the sentence opens with as its subject, if it does. */
function openingPerson(here: readonly Mention[], base: number, sentence: string): Mention | null {
  const first = here.find((m) => m.kind === 'person')
  if (!first) return null
  const at = first.offset - base
  return BEFORE_OPENING_PERSON.test(sentence.slice(0, at)) && VERB_AFTER_PERSON.test(sentence.slice(at + first.length)) ? first : null
}

/** The person a mention names, as whom "he" and "his" go on to mean. */
function spokenOf(m: Mention): Speaker {
  return { name: m.name, kind: 'person', role: m.role ?? null, country: m.country ?? null }
}

/**
 * Whether a head in capitals at a report's top names a place: a capital standing for its country ("ISLAMABAD", "KUWAIT
 * CITY"), a town the text knows nothing of ("LAHORE"), or words the entity layer could only guess were a body ("PORT
 * MORESBY"). Not an office ("KREMLIN") nor a body by its initials ("NATO", "UNHCR"), which speak as live blogs head them.
 */
function namesPlace(head: string, mentions: readonly Mention[], base: number): boolean {
  const inside = mentions.filter((m) => m.offset >= base && m.offset < base + head.length)
  return inside.every((m) => m.kind === 'country' || m.kind === 'place' || (m.kind === 'organisation' && /\s/.test(m.name)))
}

/** A transcript label ("FOREIGN MINISTER LAVROV", "SECRETARY BLINKEN") names a person by surname. */
function labelPerson(label: string, context: StoryContext): Speaker | null {
  const words = label.trim().split(/\s+/)
  const surname = words[words.length - 1]
  const entry = context.registry.bySurnameKey(surname.charAt(0) + surname.slice(1).toLowerCase())
  if (!entry) return null
  return { name: entry.name, kind: 'person', role: entry.role ?? null, country: entry.country ?? null }
}
