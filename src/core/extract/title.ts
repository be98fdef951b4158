// Short readable titles: "Lavrov: talks with the US right after the New Year holidays", "Nato-Russia
// Council meeting on January 12".
import type { DateMention } from '../dates'
import { collapseSpaces } from '../text'
import { type Attribution, reportedByAt } from './attribution'

const MAX_TITLE = 110

// What a title does not begin or end with: ' ,;:–—-“”"', by character code (titles are clipped by the hundred thousand).
const EDGE: ReadonlySet<number> = new Set([...' ,;:–—-“”"'].map((c) => c.charCodeAt(0)))

function trimPunctuation(text: string): string {
  let from = 0
  let to = text.length
  while (from < to && EDGE.has(text.charCodeAt(from))) from++
  while (to > from && EDGE.has(text.charCodeAt(to - 1))) to--
  // '… had been "good, positive."': the closing mark of a quotation the title opens stays.
  const close = text.indexOf('"', to) === to || text.indexOf('”', to) === to ? text.charAt(to) : ''
  if (close && opensQuotation(text.slice(from, to), close)) to++
  // '"surgical strikes" on launch pads': so does the opening mark of a quotation the title closes.
  const open = from > 0 ? text.charAt(from - 1) : ''
  if ((open === '"' || open === '“') && closesQuotation(text.slice(from, to), open)) from--
  return text.slice(from, to)
}

/** Whether `text` closes a quotation opened before it ('"' or '“'). */
function closesQuotation(text: string, open: string): boolean {
  const mark = open === '"' ? '"' : '”'
  const at = text.indexOf(mark)
  return at >= 0 && (open === '“' ? !text.slice(0, at).includes('“') : true)
}

/** Whether `text` leaves a quotation open that `close` ('"' or '”') would end. */
function opensQuotation(text: string, close: string): boolean {
  let open = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (close === '"' ? c === '"' : c === '“') open = close === '"' ? 1 - open : open + 1
    else if (close === '”' && c === '”') open = Math.max(0, open - 1)
  }
  return open > 0
}

const SPACE_BEFORE_STOP = / ([.,;:!?])(?= |$)/g

function clip(text: string, limit = MAX_TITLE): string {
  // A masked date leaves a space before the stop ("announced new sanctions ."); the title closes it up.
  const t = trimPunctuation(collapseSpaces(text, limit * 3)).replace(SPACE_BEFORE_STOP, '$1')
  if (t.length <= limit) return t
  const cut = t.slice(0, limit)
  const boundary = /[\s,.;:]/.test(t[limit] ?? ' ') ? limit : Math.max(cut.lastIndexOf(' '), 60)
  return `${trimPunctuation(cut.slice(0, boundary))}…`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// Closed by a mark of its own, or by an opening mark set after the words ("“a great relief for the world“, especially ...").
// Every quotation is consumed, short ones too: a search that skipped '"very useful"' would resume at its closing mark and
// take the reporter's ' but described it as ' for a quotation.
const QUOTED = /[“"«]([^“”"«»]*)(?:[”"»]|(?<=\S)“(?=[\s,.;:!?]|$))/g
const SHORTEST_QUOTE = 12
const OPENING_QUOTE = /[“"«]/

/** The speaker's own words: the quoted spans, or an unmarked quotation before ", S said". */
export function quotedWords(sentence: string, attribution: Attribution | null): string | null {
  // Most sentences open no quotation: they need neither pattern.
  if (OPENING_QUOTE.test(sentence)) {
    const spans = [...sentence.matchAll(QUOTED)].filter((m) => m[1].length >= SHORTEST_QUOTE).map((m) => m[1].trim().replace(/[,.]$/, ''))
    if (spans.length) return spans.join(' … ')
    // A quotation the excerpt cut off before it closed (an odd straight mark, or a curly one never closed).
    const open = /[“"«]([^“”"«»]{20,})$/.exec(sentence)
    if (open && (sentence[open.index] !== '"' || (sentence.match(/"/g)?.length ?? 0) % 2 === 1)) return open[1].trim()
  }
  if (attribution && !attribution.contentAfter && attribution.subjectOffset > 20) {
    const before = sentence.slice(0, attribution.subjectOffset).replace(/[\s,]+$/, '')
    if (/^(?:It|We|I|Our|This|There)\b/.test(before)) return before
  }
  return null
}

/**
 * A wire dateline opening a sentence: "BEIJING, March 14 (Reuters) -", "MOSCOW, November 10. /TASS/.",
 * "Addis Ababa, November 3/2022 (ENA)", "Washington, August 9, APA.". It dates the article, not an event in it.
 */
// With a date ("BEIJING, March 14 (Reuters) -"), or a city in capitals with its agency or country ("WASHINGTON (AP) —",
// "MANILA, Philippines —") or alone before its dash ("TOKYO/BEIJING –", "MANILA --").
export const DATELINE = /^(?:[\p{Lu}][\p{L} .'/-]{1,30},\s+(?=[\p{L} ,.]*\d)[\p{L}\d ,./]{3,25}?(?:\s*\([\p{L} ]{2,20}\)|\s*\/\w+\/\.?|,\s*\p{Lu}{2,8}\.)\s*(?:[-–—]+|\.)?\s*|\p{Lu}{2,}(?:[ .'/-]+\p{Lu}{2,})*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*(?:\([\p{L} ]{2,20}\)\s*)?|\s*\([\p{L} ]{2,20}\)\s*|\s+(?=[-–—]+\s))[-–—]+\s*)/u

/** DATELINE's match at the start of a sentence, or null; most sentences are ruled out before the pattern runs. */
export function datelineOf(sentence: string): RegExpExecArray | null {
  return mayOpenWithDateline(sentence) ? DATELINE.exec(sentence) : null
}

/**
 * Whether a sentence may open as DATELINE does: a capital, then a second capital or, after one to thirty
 * more characters, its first comma. Only openings in ASCII are ruled out; any other goes to the pattern.
 */
function mayOpenWithDateline(sentence: string): boolean {
  const first = sentence.charCodeAt(0)
  if (first >= 128) return true
  if (!(first >= 65 && first <= 90)) return false
  const second = sentence.charCodeAt(1)
  if (second >= 128 || (second >= 65 && second <= 90)) return true
  // Characters counted as the pattern does, by code point: a low surrogate completes the pair its high one began.
  let count = 0
  for (let i = 1; i < sentence.length && count <= 30; i++) {
    const c = sentence.charCodeAt(i)
    if (c === 44) return count >= 1
    if (c < 0xdc00 || c > 0xdfff) count++
  }
  return false
}

/** Blanks a dateline ("BEIJING, March 14 (Reuters) -") at the start of a sentence, keeping offsets. */
function withoutDateline(sentence: string): string {
  const m = datelineOf(sentence)
  return m ? ' '.repeat(m[0].length) + sentence.slice(m[0].length) : sentence
}

// Not inline: a build for Node compiles an inline /\p{..}/u into `new RegExp(...)` on every call.
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{M}.'’-]+(?: [\p{L}\p{M}.'’-]+)+$/u
// Family names that Chinese and Korean names put first ("Wang Yi" is Mr Wang, "Moon Jae-in" is Mr Moon).
const FAMILY_FIRST = new Set(('Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang '
  + 'Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fu Zhong Qin Xi Mao Hua '
  + 'Geng Kong Bai Cui Qian Fan Shi Qiu Hou Jin Meng Yan Duan Hao Shao Gu Wen Fang Tan Xue Yin Zou Xiong Jia Wu Li Lim Lü '
  + 'Xing Qi Lou Bao Mu Ji Yue Zhan Gong Bi Xia Liao Pang Dai Nie Pei Qu Lei Zuo Cen Jiao Huo Jing Lian Qiao Tao Wan '
  + 'Kim Park Pak Choi Choe Moon Yoon Ri Jo Kang Kwon Ryu Jang Jung Shin Hwang Ahn Baek Ban Yoo Oh Seo Hong Cho Chung Nam Noh Roh Jeon Chun '
  // Taiwan's, Hong Kong's and Singapore's spellings: "Tsai Ing-wen" is Tsai, "Tse Chin-wan" Tse.
  + 'Tsai Tse Hsiao Lai Ko Chiang Chu Hsieh Chou Yeh Kuo Hsu Tung Lee Leung Wong Cheung Tsang Chan Chow Ng Teo Goh Ong').split(' '))
// Korean family names (and "Lee"), whose given names come hyphenated or in two words ("Ban Ki-moon", "Ri Yong Ho"): "Kim Kielsen"
// of Greenland is Kielsen.
const KOREAN_FAMILY = new Set('Kim Park Pak Choi Choe Moon Yoon Ri Jo Kang Kwon Ryu Jang Jung Shin Hwang Ahn Baek Ban Yoo Oh Seo Hong Cho Chung Nam Noh Roh Jeon Chun Lee'.split(' '))
const SURNAME_PARTICLE = new Set('von van der den de da di del la le Le La De Da Di Van Von al el Al El bin ibn Bin Ibn Abdul Abdel Abd Abu Abou Aboul'.split(' '))
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/
const GIVEN_SYLLABLE = /^\p{Lu}\p{Ll}{1,7}(?:-\p{Ll}{1,6})?$/u

/** How a title names a speaker: a person by family name, anything else in full. */
export function shortSpeaker(name: string, person: boolean): string {
  if (!person || !PERSON_NAME.test(name)) return name
  // "Ferdinand Marcos Jr." is Marcos; "King Mohammed VI" is Mohammed VI.
  const words = name.replace(/,?\s+(?:Jr|Sr)\.?$/, '').split(' ')
  if (words.length >= 2 && REGNAL.test(words.at(-1)!)) return words.slice(-2).join(' ')
  // "Lee" is a given name too ("Lee Anderson"): a family name only before a given name of syllables ("Lee Jae-myung", "Lee Hsien Loong").
  // So is "Kim" ("Kim Kielsen").
  const given = words.slice(1)
  if (words.length <= 3 && FAMILY_FIRST.has(words[0]) && given.every((w) => GIVEN_SYLLABLE.test(w)) && (!KOREAN_FAMILY.has(words[0]) || given.length === 2 || given[0].includes('-'))) return words[0]
  // "Ursula von der Leyen" is von der Leyen, "Adel Abdul Mahdi" Abdul Mahdi: a particle belongs to the surname.
  let from = words.length - 1
  while (from > 1 && SURNAME_PARTICLE.has(words[from - 1])) from--
  return capitalise(words.slice(from).join(' '))
}

// Who a speaker tells something: capitalised names and the lower-case audiences of news ("told the
// council", "told Russian reporters", "told visiting lawmakers").
const AUDIENCE_NOUN = String.raw`(?:council|committee|assembly|parliament|senate|audience|crowd|delegates|lawmakers|senators|legislators|diplomats|reporters|journalists|summit|conference|meeting|forum|gathering|nation|media|press)\s+`
const TOLD_WHOM = new RegExp(String.raw`^\s*(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}${AUDIENCE_NOUN}|[\p{Ll}-]+\s+${AUDIENCE_NOUN}|(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?=[\p{Ll}“"]))`, 'u')
// Verbs that are the statement's point: without them a title would say less ("Welcomed the agreement")
// or the opposite ("Russia has denied it has plans to attack").
const KEEPS_VERB = new RegExp(`^(?:${[
  'denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'welcomed', 'welcomes', 'hailed', 'hails', 'praised', 'praises',
  'critici[sz]ed', 'critici[sz]es', 'condemned', 'condemns', 'denounced', 'denounces', 'decried', 'decries', 'slammed', 'lambasted', 'accused',
  'accuses', 'blamed', 'blames', 'mocked', 'mocks', 'ridiculed', 'derided', 'applauded', 'lauded', 'urged', 'urges', 'demanded', 'demands', 'called on', 'calls on', 'called for',
  'calls for', 'calling', 'appealed', 'vowed', 'pledged', 'promised', 'threatened', 'proposed', 'called', 'calls', 'described', 'describes',
  'evaluated', 'evaluates', 'assessed', 'assesses', 'defended', 'defends', 'calling on', 'calling for', 'urging', 'warning', 'thanked', 'thanks',
  'congratulated', 'congratulates', 'apologi[sz]ed', 'apologi[sz]es', 'ruled out', 'rules out', '(?:refused|declined) to rule out', '(?:would|did) not rule out', 'asked',
].join('|')})$`)

/** "announced a special military operation", "declared martial law": the verb's object is the news, not reported words. */
function announcesThing(verb: string, after: string): boolean {
  return (
    (/^(?:announced|announces|declared|declares)$/.test(verb) && /^\s+(?:a|an|its|his|her|their|new|fresh|further|martial|sanctions|plans?)\b/i.test(after)) ||
    // "warned of a swift response": without its verb the title would only name the response.
    (/^warn/.test(verb) && /^\s+(?:of|against)\b/i.test(after))
  )
}

/** What follows the speech verb, without its audience and setting: "told reporters on Monday that X" -> X. */
function reportedClause(after: string, verb: string): string {
  // "told reporters on Monday that X": only an audience or a setting may stand before "that".
  // Not "Not that I am aware of": what the words deny stays with its denial.
  const that = /^[\s,]*(?:(?!(?:was|is|were|are|would|will|has|had|that|[Nn]ot|[Nn]ever)\b)[\w'’-]+[\s,]+){0,10}?that\s+/.exec(after)
  if (that) return after.slice(that[0].length)
  // "told Reuters the meeting had been constructive": the audience goes.
  if (/^tel|^told/.test(verb)) after = after.replace(TOLD_WHOM, '')
  const preposition = /^\s*(?:of|about|against|on)\s+(?=[\p{L}“"])/u.exec(after)
  if (preposition) return after.slice(preposition[0].length)
  return after.replace(/^[\s,:]*(?:(?:on|in|at|to|via|during)\s+(?:an?|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,3}?(?:statement|interview|tweet|briefing|speech|post|message|conference|twitter|reporters|journalists|television|tv|radio|parliament)\b[\s,:]*)*/i, '')
}

const LETTER = /\p{L}/u

export function statementTitle(speaker: string, sentence: string, attribution: Attribution | null, quote: string | null): string {
  sentence = withoutDateline(sentence)
  // "…, state media reported on Wednesday": the outlet that carried the words is not part of them.
  const reported = reportedByAt(sentence)
  if (attribution && reported > attribution.verbOffset) sentence = sentence.slice(0, reported)
  // A quoted fragment ("significant costs") says less than the clause around it.
  let gist = quote && quote.length >= 30 ? quote : null
  if (!gist && attribution) {
    const verbEnd = attribution.verbOffset + attribution.verb.length
    gist = attribution.verb === 'according to'
      ? sentence.slice(attribution.subjectOffset + attribution.subject.length).replace(/^[\s,]+/, '')
      // "“…,” said Wang Yi": the words end where the verb, before its speaker, begins.
      : !attribution.contentAfter ? sentence.slice(0, Math.min(attribution.subjectOffset, attribution.verbOffset))
        : KEEPS_VERB.test(attribution.verb) || announcesThing(attribution.verb, sentence.slice(verbEnd)) ? sentence.slice(attribution.verbOffset)
          : reportedClause(sentence.slice(verbEnd), attribution.verb)
  }
  // A verb with nothing after it ("At the same time, Lavrov said.") leaves the whole sentence to tell. "On June 17, X did
  // Y, officials said" with its date masked keeps the preposition of the date, which is no part of the words.
  return `${speaker}: ${clip(capitalise((gist && LETTER.test(gist) ? gist : sentence).replace(MASKED_DATE_OPENER, '')))}`
}

const CLOSING_REPORT = /,\s+[^,“”"]{0,70}?\b(?:said|says|told|announced|reported|added|confirmed)\b([^,“”"]{0,50})$/
const REPORTED_CLAUSE = /\b(?:that|had|has|have|was|were|is|are|would|will|could|should|did|been)\b/i

const MASKED_DATE_OPENER = /^\s*(?:on|in|by|since|at|from|until)?\s*,\s*/i

export function eventTitle(sentence: string, date: DateMention | null): string {
  let text = withoutDateline(sentence)
  if (text !== sentence) date = null
  // "On Monday, the ministers met" loses its opening date; "Wednesday’s meeting lasted six hours" keeps it.
  if (date && date.offset <= 3 && !/^['’ʼ]s\b/u.test(text.slice(date.offset + date.length))) {
    text = text.slice(date.offset + date.length)
    // "A day after the signing, Zaev addressed parliament": what the opening counts from goes with it.
    if (/\b(?:after|before)$/i.test(date.phrase)) text = text.replace(/^[^,;:“”"]{1,60},\s*/, '')
    // "Six days after the clash, Marcos told troops": the opening took what it counts from along.
    else if (/\s(?:after|before)\s/i.test(date.phrase)) text = text.replace(/^[\s,]+/, '')
  }
  text = text
    // What the opening date leaves ("On Friday, the ministry announced ...") is the event, not a closing report of it.
    .replace(/^[\s,]+/, '')
    .replace(/^[\s,]*(?:meanwhile|however|in addition|separately|also|earlier|later|on the same day|at the same time)\s*,\s*/i, '')
    // A live page's flag ("Breaking: The government has raised the tariff") is no part of the news.
    .replace(/^(?:breaking(?: news)?|just in|developing|update[ds]?|latest)\s*[:—–-]\s*/i, '')
    // A clause cut from its sentence ("…, and the Council will meet on January 12").
    .replace(/^\s*(?:and|but)\s+/i, '')
    // "..., a Nato official said on Saturday": who reported the event is not the event. A verb followed by
    // more than a setting ("..., speaking on condition of anonymity, said technical talks would begin") heads the event,
    // and so does one followed by what was said ("In Berlin, the Foreign Office said the envoy had been summoned").
    .replace(CLOSING_REPORT, (report, tail: string) => (REPORTED_CLAUSE.test(tail) ? report : ''))
  text = capitalise(text.replace(/^[\s,]+/, ''))
  // The date is what places an event: a title keeps it even a little past the usual length.
  const dateEnd = date ? text.indexOf(date.phrase) + date.phrase.length : -1
  return clip(text, dateEnd > MAX_TITLE && dateEnd < MAX_TITLE + 50 ? dateEnd : MAX_TITLE)
}
