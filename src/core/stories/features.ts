// What an article is about, as weighted features for story grouping: names (people, places,
// organisations), content words and the calendar days it mentions. Rewritten copies of one story share
// few word sequences but keep the same names and dates, so those carry the weight.
import { addDays, FEAST_DAYS, FEAST_NAME } from '../dates/calendar'
import { HASH_START, hashEnd, hashUnit, PairIds, RangeIds } from './intern'

/**
 * An article's features as ids of its folder's FeatureSpace, each once, in the order the text first
 * shows them, with how often it does.
 */
export interface ArticleFeatures {
  ids: Int32Array
  counts: Int32Array
}

/** Relative weight of each feature kind in the similarity (names and days say most about the story). */
export const KIND_WEIGHT: Readonly<Record<string, number>> = { n: 2, n2: 2.5, w: 1, md: 2 }

export function featureKind(feature: string): string {
  return feature.slice(0, feature.indexOf(':'))
}

const STOP = new Set(
  `a about above after again against all also although am an and any are around as at be because been before
being below between both but by can could did do does doing down during each either even ever every few for
from further had has have having he her here hers herself him himself his how however i if in into is it its
itself just least less let like made make many may me might more most much must my myself near neither never
new no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps
rather same she should since so some still such than that the their theirs them themselves then there these
they this those though through thus to too toward towards under until up upon us very was we were what when
where whether which while who whom whose why will with within without would yet you your yours yourself
said says say saying told tell tells added adding according reported reports report asked stated statement
news read more share click subscribe image photo photos video credit copyright reuters afp ap via
mr mrs ms dr st today yesterday tomorrow week weeks month months year years day days time times
first second third last next earlier later ago two three four five six seven eight nine ten
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
)

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
}

// Adjectives of nationality name the same country as the noun: "Russian troops" is about Russia.
const DEMONYMS: Readonly<Record<string, string>> = {
  russian: 'russia', russians: 'russia', ukrainian: 'ukraine', ukrainians: 'ukraine', american: 'us',
  americans: 'us', usa: 'us', iranian: 'iran', iranians: 'iran', israeli: 'israel', israelis: 'israel',
  turkish: 'turkey', türkiye: 'turkey', turkiye: 'turkey', chinese: 'china', french: 'france',
  german: 'germany', british: 'britain', uk: 'britain', european: 'europe', emirati: 'uae',
  bahraini: 'bahrain', palestinian: 'palestine', palestinians: 'palestine', syrian: 'syria',
  saudi: 'saudi', egyptian: 'egypt', indian: 'india', japanese: 'japan', korean: 'korea',
  swiss: 'switzerland', polish: 'poland', belarusian: 'belarus', qatari: 'qatar', iraqi: 'iraq',
  afghan: 'afghanistan', pakistani: 'pakistan', lebanese: 'lebanon', jordanian: 'jordan',
}

export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu
const MONTH_DAY = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?[^\S\n]+(MONTH)|(MONTH)\.?[^\S\n]+(\d{1,2})(?:st|nd|rd|th)?(?![:.]\d)|(FEAST)|the[^\S\n]+day[^\S\n]+(after|before)[^\S\n]+(FEAST|Christmas|New[^\S\n]+Year['’]s|New[^\S\n]+Year))\b`
    .replaceAll('MONTH', Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|'))
    .replace('FEAST', FEAST_NAME),
  'gi',
)

/** Lower-cased, possessive and plural stripped: "talks" and "talk", "Russia's" and "Russia" meet. */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase().replace(/[’']s?$/, '').replace(/\.$/, '')
  if (w.length > 4 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  return w
}

function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token)
}

/**
 * The features of a folder's articles as dense ids, handed out in the order first seen (article by
 * article), with what each spelling of a token adds worked out once per folder.
 */
export class FeatureSpace {
  /** Feature names by id. Prefixes: `n:` name, `n2:` two-word name, `w:` content word, `md:` month-day. */
  readonly names: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly tokens = new RangeIds()
  /** Per token id: SKIP, NAME or WORD; the feature it adds (-1 for none); a name's key id. */
  private tokenKind = new Uint8Array(1024)
  private tokenFeature = new Int32Array(1024)
  private tokenKey = new Int32Array(1024)
  private readonly keys = new Map<string, number>()
  private readonly keyNames: string[] = []
  private readonly pairs = new PairIds()
  /** The article being read: each feature's count, and its features in the order first seen. */
  private counts = new Int32Array(1024)
  private readonly order: number[] = []
  /** Where take() puts each article's ids and counts. */
  private block = new Int32Array(0)
  private used = 0

  /** The id of a feature name, given one when first seen. */
  id(name: string): number {
    let id = this.ids.get(name)
    if (id === undefined) {
      this.ids.set(name, (id = this.names.length))
      this.names.push(name)
    }
    return id
  }

  /** Features of one article's text (headline included by the caller). */
  read(text: string): ArticleFeatures {
    // One scan of the whole text; a sentence ends at a line break or at whitespace after . ! or ?
    // (the tokens of each sentence are those of the text, as no token holds a space).
    let previousKey = -1
    let previousEnd = 0
    forEachToken(text, (start, end, hash) => {
      if (previousKey >= 0 && sentenceBreak(text, previousEnd, start)) previousKey = -1
      previousEnd = end
      let token = this.tokens.find(text, start, end, hash)
      if (token < 0) token = this.addToken(text, start, end, hash)
      const kind = this.tokenKind[token]
      if (kind === NAME) {
        const key = this.tokenKey[token]
        this.count(this.tokenFeature[token])
        if (previousKey >= 0) this.count(this.pair(previousKey, key))
        previousKey = key
      } else {
        previousKey = -1
        if (kind === WORD && this.tokenFeature[token] >= 0) this.count(this.tokenFeature[token])
      }
    })
    for (const day of mentionedMonthDays(text)) this.count(this.id(`md:${day}`))
    return this.take()
  }

  private addToken(text: string, start: number, end: number, hash: number): number {
    const token = this.tokens.add(text, start, end, hash)
    if (token === this.tokenKind.length) {
      this.tokenKind = grownTo(this.tokenKind, 2 * token)
      this.tokenFeature = grownTo(this.tokenFeature, 2 * token)
      this.tokenKey = grownTo(this.tokenKey, 2 * token)
    }
    const info = featureToken(this.tokens.strings[token])
    this.tokenKind[token] = info.kind
    this.tokenFeature[token] = info.feature ? this.id(info.feature) : -1
    if (info.kind === NAME) {
      let key = this.keys.get(info.key)
      if (key === undefined) {
        this.keys.set(info.key, (key = this.keyNames.length))
        this.keyNames.push(info.key)
      }
      this.tokenKey[token] = key
    }
    return token
  }

  /** The two-word name of two name keys. */
  private pair(first: number, second: number): number {
    let id = this.pairs.get(first, second)
    if (id < 0) this.pairs.set(first, second, (id = this.id(`n2:${this.keyNames[first]}_${this.keyNames[second]}`)))
    return id
  }

  private count(id: number): void {
    if (id >= this.counts.length) this.counts = grownTo(this.counts, Math.max(2 * this.counts.length, id + 1))
    if (this.counts[id]++ === 0) this.order.push(id)
  }

  private take(): ArticleFeatures {
    const n = this.order.length
    // Views of a shared block: small typed arrays each cost a buffer of their own to make and collect.
    if (this.used + 2 * n > this.block.length) (this.block = new Int32Array(Math.max(BLOCK, 2 * n))), (this.used = 0)
    const ids = this.block.subarray(this.used, this.used + n)
    const counts = this.block.subarray(this.used + n, this.used + 2 * n)
    this.used += 2 * n
    for (let k = 0; k < ids.length; k++) {
      const id = (ids[k] = this.order[k])
      counts[k] = this.counts[id]
      this.counts[id] = 0
    }
    this.order.length = 0
    return { ids, counts }
  }
}

function grownTo<T extends Uint8Array | Int32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length)
  bigger.set(array)
  return bigger
}

const BLOCK = 1 << 16

const SKIP = 0
const NAME = 1
const WORD = 2

interface FeatureToken {
  kind: typeof SKIP | typeof NAME | typeof WORD
  /** The feature the token adds ('' for none). */
  feature: string
  /** A name's key. */
  key: string
}

// A capitalised word opening a sentence is a name only when it is not an ordinary word: ordinary words
// are skipped before that question arises, so whether a token is a name does not depend on where it stands.
function featureToken(token: string): FeatureToken {
  const lower = token.toLowerCase().replace(/[’']s$/, '')
  if (/^\d/.test(lower) || STOP.has(lower) || lower.length < 2) return { kind: SKIP, feature: '', key: '' }
  if (isCapitalised(token)) {
    const key = DEMONYMS[lower] ?? lower.replace(/\.$/, '')
    return { kind: NAME, feature: `n:${key}`, key }
  }
  return { kind: WORD, feature: lower.length >= 3 ? `w:${normaliseWord(lower)}` : '', key: '' }
}

/** Whether text[from, to) (between two tokens) holds a line break or whitespace after . ! or ? */
function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 10) return true
    if ((c === 46 || c === 33 || c === 63) && k + 1 < to && isSpace(text.charCodeAt(k + 1))) return true
  }
  return false
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

// Letters and digits by code unit (0 unknown, 1 yes, 2 no), filled on first sight.
const LETTER_OR_DIGIT = new Uint8Array(65536)
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u

/** Whether the code point is \p{L} or \p{N}. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)
  if (cp < 65536) {
    let known = LETTER_OR_DIGIT[cp]
    if (known === 0) LETTER_OR_DIGIT[cp] = known = LETTER_OR_DIGIT_RE.test(String.fromCharCode(cp)) ? 1 : 2
    return known === 1
  }
  return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(cp))
}

/**
 * The tokens of TOKEN, in order, as [start, end) offsets and rangeHash(text, start, end), without a
 * regex: a letter or digit, then any letters, digits, apostrophes, dots and hyphens, ending at the last
 * letter or digit.
 */
function forEachToken(text: string, visit: (start: number, end: number, hash: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    let cp = text.charCodeAt(i)
    let width = 1
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) (cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000), (width = 2)
    }
    if (!isLetterOrDigit(cp)) {
      i += width
      continue
    }
    const start = i
    let h = hashUnit(HASH_START, text.charCodeAt(i))
    if (width === 2) h = hashUnit(h, text.charCodeAt(i + 1))
    let end = i + width
    let hashToEnd = h
    let j = end
    while (j < n) {
      let c = text.charCodeAt(j)
      let w = 1
      if (c >= 0xd800 && c <= 0xdbff && j + 1 < n) {
        const low = text.charCodeAt(j + 1)
        if (low >= 0xdc00 && low <= 0xdfff) (c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000), (w = 2)
      }
      if (isLetterOrDigit(c) || c === 39 || c === 0x2019 || c === 46 || c === 45) {
        h = hashUnit(h, text.charCodeAt(j))
        if (w === 2) h = hashUnit(h, text.charCodeAt(j + 1))
        j += w
        if (c !== 39 && c !== 0x2019 && c !== 46 && c !== 45) (end = j), (hashToEnd = h)
      } else break
    }
    visit(start, end, hashEnd(hashToEnd))
    i = end
  }
}

/** The tokens TOKEN matches in the text. */
export function tokenize(text: string): string[] {
  const out: string[] = []
  forEachToken(text, (start, end) => void out.push(text.slice(start, end)))
  return out
}

/** Calendar days named in the text, without year ("November 29" -> "11-29"), those `keep` keeps of them. */
export function mentionedMonthDays(text: string, keep?: (offset: number, length: number) => boolean): string[] {
  const out: string[] = []
  for (const m of text.matchAll(MONTH_DAY)) {
    if (keep && !keep(m.index, m[0].length)) continue
    if (m[5] || m[7]) {
      // "may day" in lower case is no feast; "the day after Christmas" counts from its day.
      const name = (m[5] ?? m[7]).replace('’', "'").replace(/\s+/g, ' ')
      const feast = FEAST_DAYS[name] ?? (name === 'Christmas' ? FEAST_DAYS['Christmas Day'] : /^New Year/.test(name) ? FEAST_DAYS["New Year's Day"] : undefined)
      if (!feast) continue
      const [month, day] = feast
      const date = m[6] ? addDays(`2001-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, m[6].toLowerCase() === 'after' ? 1 : -1) : null
      out.push(date ? date.slice(5) : `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
      continue
    }
    const month = MONTHS[(m[2] ?? m[3]).toLowerCase()]
    const day = Number(m[1] ?? m[4])
    if (day < 1 || day > 31) continue
    // "may 5" is too often the verb.
    if ((m[2] ?? m[3]) === 'may') continue
    out.push(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
  }
  return out
}

// "signed in Addis Ababa on December 21 last year", "docked from December 6 to 8 last year": a day of another year than the report's.
export const LAST_YEAR_AFTER = /^(?:\s*(?:to|until|till|through|and|[-–])\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:(?:last|the\s+previous|the\s+preceding)\s+year|a\s+year\s+(?:ago|earlier|before))\b/i

/** The days the text names with "last year" after them, as "2000-MM-DD". */
export function daysOfLastYear(text: string): string[] {
  return mentionedMonthDays(text, (offset, length) => LAST_YEAR_AFTER.test(text.slice(offset + length, offset + length + 24))).map((day) => `2000-${day}`)
}

// "in late August", "at the end of September": a part of a month, named by the capitalised month.
const MONTH_PART = /\b(?:in\s+(early|mid|late)[- ]|at\s+the\s+(end|start|beginning)\s+of\s+)(January|February|March|April|May|June|July|August|September|October|November|December)\b/g
const PART_DAY: Readonly<Record<string, string>> = { early: '05', start: '03', beginning: '03', mid: '15', late: '25', end: '28' }

/** The days a text names by a part of a month ("in late August": "08-25"), as mentionedMonthDays gives them. */
export function mentionedMonthParts(text: string): string[] {
  return [...text.matchAll(MONTH_PART)].map((m) => `${String(MONTHS[m[3].toLowerCase()]).padStart(2, '0')}-${PART_DAY[(m[1] ?? m[2]).toLowerCase()]}`)
}

/**
 * The words that say what a sentence is about: names (with nationality adjectives folded into their
 * country), content words and numbers, normalised; function words and reporting verbs left out.
 */
export function contentTokens(text: string): string[] {
  const out: string[] = []
  // "10,000" is one number.
  const plain = text.includes(',') ? text.replace(/(\d),(?=\d{3}\b)/g, '$1') : text
  forEachToken(plain, (start, end, hash) => {
    const normal = NORMAL_TOKENS.normal(plain, start, end, hash)
    if (normal) out.push(normal)
  })
  return out
}

/**
 * Each spelling's normal form, found by its place in the text: words recur across a story's items
 * thousands of times, and a lookup by range neither slices nor hashes a string per token.
 */
class NormalTokens {
  private spellings = new RangeIds()
  private normals: string[] = []

  normal(text: string, start: number, end: number, hash: number): string {
    const id = this.spellings.find(text, start, end, hash)
    if (id >= 0) return this.normals[id]
    if (this.normals.length >= 200_000) (this.spellings = new RangeIds()), (this.normals = [])
    this.spellings.add(text, start, end, hash)
    const normal = normalToken(text.slice(start, end))
    this.normals.push(normal)
    return normal
  }
}

const NORMAL_TOKENS = new NormalTokens()

/** The token's normal form, or '' for a word that says nothing. */
function normalToken(token: string): string {
  const lower = withoutMarks(token.toLowerCase()).replace(/[’']s$/, '')
  if (/^\d/.test(lower)) return lower.replace(/[,.](?=\d{3}\b)/g, '').replace(/\.$/, '')
  if (token === 'may') return ''
  // Months stay: "talks on January 12" and "talks after the holidays" differ by them.
  if ((STOP.has(lower) && MONTHS[lower] === undefined) || lower.length < 3) return ''
  return MONTHS[lower] !== undefined ? `month${MONTHS[lower]}` : (DEMONYMS[lower] ?? stem(normaliseWord(lower)))
}

const NON_ASCII = /[^\x00-\x7f]/
const MARK = /\p{M}/gu

/** "erdoğan" -> "erdogan", "vučić" -> "vucic": outlets write names with and without their accents. */
function withoutMarks(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(MARK, '') : word
}

/** A light stem, so that rewordings meet: "signed", "signing" -> "sign"; "ceremonies" -> "ceremony". */
export function stem(word: string): string {
  let w = word
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('eed')) w = w.slice(0, -1)
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 5 && w.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2)
  return w
}
