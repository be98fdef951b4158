// People, organisations, countries, places and offices in news text, by gazetteer and by the shape of
// names (capitalised runs after a role), with titles split off into a role and bare surnames bound to
// the full name met earlier in the article or the story.
import { COUNTRIES, OFFICES, ORGANISATIONS, ROLE_WORDS } from './gazetteer'
import { ARABIC_ARTICLE, jaroWinkler, nameKey } from './names'

export type MentionKind = 'person' | 'organisation' | 'country' | 'place' | 'office'

export interface Mention {
  /** Canonical name. */
  name: string
  kind: MentionKind
  offset: number
  length: number
  /** The title the text gives a person ("Russian Foreign Minister"). */
  role?: string
  /** The country a role, demonym or metonym points to ("Russia" for "Kremlin spokesman"). */
  country?: string
  /** A person named by surname only ("Lavrov", "Mr Lavrov"). */
  surnameOnly?: boolean
}

interface GazetteerHit {
  name: string
  kind: MentionKind
  country?: string
  /** A demonym or metonym stands for the country; a role may follow it. */
  adjective: boolean
  /** A seat of power named for its country ("Muscat", "Kremlin"): a word some people bear as their surname. */
  seat?: true
}

const GAZETTEER = new Map<string, GazetteerHit>()
function addGazetteer(alias: string, hit: GazetteerHit): void {
  if (!GAZETTEER.has(alias)) GAZETTEER.set(alias, hit)
  const upper = alias.toUpperCase()
  if (alias.length > 3 && !GAZETTEER.has(upper)) GAZETTEER.set(upper, hit)
}
for (const country of COUNTRIES) {
  for (const alias of [country.name, ...country.aliases]) addGazetteer(alias, { name: country.name, kind: 'country', country: country.name, adjective: false })
  for (const d of country.demonyms) addGazetteer(d, { name: country.name, kind: 'country', country: country.name, adjective: true })
  for (const m of country.metonyms) {
    const office = OFFICES.find((o) => o.name === m.replace(/^the /, ''))
    addGazetteer(m, office ? { name: office.name, kind: 'office', country: country.name, adjective: true } : { name: country.name, kind: 'country', country: country.name, adjective: true, seat: true })
  }
}
for (const office of OFFICES) {
  const hit: GazetteerHit = { name: office.name, kind: 'office', adjective: false, ...(office.country ? { country: office.country } : {}) }
  for (const alias of [office.name, ...office.aliases]) addGazetteer(alias, hit)
  // "The US state department said": papers that write offices in lower case keep the country's capital.
  for (const alias of office.aliases) if (/^U\.?S\.? \p{Lu}/u.test(alias)) addGazetteer(alias.replace(/ .+/, (rest) => rest.toLowerCase()), hit)
}
for (const org of ORGANISATIONS) {
  const hit: GazetteerHit = { name: org.name, kind: 'organisation', adjective: false }
  for (const alias of [org.name, ...org.aliases]) addGazetteer(alias, hit)
  // "The U.N. refugee agency": American papers dot the UN's initials.
  for (const alias of org.aliases) if (alias.startsWith('UN ')) addGazetteer(`U.N. ${alias.slice(3)}`, hit)
}
for (const place of ['Geneva', 'Vienna', 'Istanbul', 'Brussels', 'Davos', 'Munich', 'New York', 'Camp David', 'Sochi', 'St Petersburg', 'St. Petersburg', 'Odesa', 'Odessa', 'Crimea', 'Donbas', 'Donbass', 'Gaza', 'West Bank', 'Golan Heights', 'Black Sea', 'Middle East', 'Gulf', 'Europe', 'Asia', 'Africa', 'Latin America', 'Central Asia', 'Balkans', 'Baltic', 'Arctic', 'Mediterranean'])
  addGazetteer(place, { name: place.replace('St. ', 'St '), kind: 'place', adjective: false })

// Aliases by their first word, longest first: a map lookup per capitalised word instead of one huge alternation.
const BY_FIRST_WORD = new Map<string, string[]>()
for (const alias of [...GAZETTEER.keys()].sort((a, b) => b.length - a.length)) {
  if (!/^\p{Lu}/u.test(alias)) continue
  const first = /^[\p{L}\p{M}]+/u.exec(alias)![0]
  const list = BY_FIRST_WORD.get(first) ?? []
  list.push(alias)
  BY_FIRST_WORD.set(first, list)
}
// A capitalised word's first two characters and length, hashed into a bit per shape: most capitalised
// words begin no alias, and the table says so before the word is cut out of the text to look it up.
const FIRST_WORD_SHAPES = new Uint8Array(1 << 16)
function wordShape(first: number, second: number, length: number): number {
  return ((first * 977) ^ (second * 131) ^ (length * 7919)) & 0xffff
}
for (const first of BY_FIRST_WORD.keys()) FIRST_WORD_SHAPES[wordShape(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0, first.length)] = 1

/** The aliases by their first word, longest first, for tests. */
export function gazetteerIndex(): ReadonlyMap<string, readonly string[]> {
  return BY_FIRST_WORD
}

// Explicit Latin, Greek and Cyrillic ranges: a unicode-mode /\p{Lu}/ scan is several times slower.
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F\\u0391-\\u03A9\\u0400-\\u042F'
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF'

/** A character of UPPER. */
function isUpperCode(c: number): boolean {
  if (c < 0xc0) return c >= 65 && c <= 90
  return (c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f) || (c >= 0x391 && c <= 0x3a9) || (c >= 0x400 && c <= 0x42f)
}

/** A character of LETTER. */
function isLetterCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  return (c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x4ff)
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const COMPOUND_SUFFIX = /^-(?:based|brokered|backed|led)\b/
// The unicode-property patterns of the hot paths live here, not inline: a build for Node compiles an inline
// /\p{..}/u into `new RegExp(...)` on every call.
const ANY_LETTER = /\p{L}/u
const CAPITAL_FIRST = /^\p{Lu}/u
const ALL_CAPITALS = /^\p{Lu}+$/u
const HYPHENATED_CAPITAL = /\p{L}-\p{Lu}/u
const INITIALS_OR_TITLE = /^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Brig|Prof|Sen|Rep|Gov|St|Jr|Sr)\.$/u

// Capitalised words that open sentences or name things other than people.
const NOT_NAME = new Set(
  `the a an in on at but and or as after before earlier later meanwhile however when while this that these those it he she we they i his her
their our its today yesterday tomorrow tonight january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday news live updates update story code press
read more related share subscribe click photo credit video watch follow also see according under during since from with without by to for of
if then there here what who why how where all both each every some many most other such no not yes one two three first last next new this
agencies staff reporting editing writing analysis opinion comment breaking exclusive reuters ap afp tass xinhua anadolu getty image images
sources source officials official talks negotiations statement describing based asked speaking referring taking adding noting calling
despite amid following across through throughout around inside outside beyond along toward towards against between among amongst beside
within upon via into onto behind russia-us us-russia a.m. p.m. a.m p.m soviet western eastern european arab muslim christian jewish islamic
i'm i've i'd i'll we're we've it's let's that's there's here's he's she's you're they're`.split(/\s+/).flatMap((word) => [word, word.replace("'", '’')]),
)
// Head nouns that make a capitalised run the name of a thing, not a person.
const THING_HEAD = new Set(
  `sea ocean east west north south palace hotel lawn house council commission committee agency service ministry department office dialogue
war year initiative treaty accord accords agreement deal plan party forum summit conference center centre bank fund university institute
organization organisation union league navy army forces airport square street road city province region republic kingdom court assembly
parliament congress senate group programme program action times post news daily network tv television radio guard guards force federation
alliance coalition movement front state states islands island mountains river channel strait bay port ports gate lines line day days show
media journal herald gazette tribune telegraph standard express observer monitor review magazine channel broadcasting corporation company
inc ltd co corp plc llc gmbh ag oy oyj asa holdings pharma pharmaceuticals motors electronics technologies telecom airlines airways shipping mining petroleum energy oil gas nuclear treaty charter protocol declaration convention academy school college
foundation society museum library hospital embassy consulate secretariat authority board sciences studies platform bloc mission
delegation government administration cabinet presidency tribunal chamber community partnership pact crescent command
headquarters staff memorial monument cemetery stadium dome shrine temple cathedral mosque monastery church abbey basilica pagoda
synagogue chapel seminary prison arena theatre theater`.split(/\s+/),
)
const TITLE_HEADS = new Set(
  `president minister secretary secretary-general spokesman spokeswoman spokesperson ambassador envoy chief head chancellor king queen
prince sheikh emir sultan pope mr mrs ms dr sir lord gen general admiral adm colonel col lt lieutenant brig brigadier maj capt captain cmdr marshal commander senator governor mayor speaker leader adviser
advisor negotiator diplomat official director coordinator commissioner representative chairman chairwoman chair ceo founder fm pm comrade`.split(/\s+/),
)
/** Titles a sovereign is named by, with one name: "Pope Francis", "King Salman", "Emir Tamim". */
const SOVEREIGNS = new Set(['pope', 'king', 'queen', 'emir', 'sultan'])
const PORTFOLIO_AND_BEFORE = /\b(?:Affairs|Cooperation|Integration|Trade)\s+and\s+$/
const PORTFOLIO_WORDS = new Set('international regional cooperation integration development trade commerce diaspora worship relations east african community communities affairs francophonie abroad expatriates emigrants investment'.split(' '))
// Seven letters at least: not a Chinese given name ("Ming", "Ying"); those that end so ("Jinping") never open a name.
const OPENING_GERUND = /^\p{Lu}\p{Ll}{3,}ing$/u
// "Indian-held Kashmir", "Russian-backed Viktor Yanukovych": a name's adjective of who holds or backs it is not a name.
const HELD_BY = /^\p{Lu}[\p{L}'’.]*-(?:held|controlled|administered|occupied|annexed|ruled|backed|led|based|born|run|owned|allied|aligned|funded|brokered|sponsored|installed|appointed)$/u
const CONNECTORS = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'du', 'di', 'la', 'le', 'dos', 'abu', 'of'])
const PARTY_AFTER = /^ (?:party|movement|bloc|alliance|coalition)\b/
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|told|added|noted|stressed|warned|urged|tweeted|wrote|insisted|confirmed|announced|denied|explained|argued|stated|declared)\b/

interface Token {
  text: string
  offset: number
  /** The token ends in a possessive ('s) that was cut off. */
  possessive: boolean
  /** The text in lower case, and without a final full stop: each word is looked up in the word lists several times. */
  lower: string
  bare: string
  capital: boolean
}

function token(text: string, offset: number, possessive: boolean): Token {
  const lower = text.toLowerCase()
  return { text, offset, possessive, lower, bare: lower.endsWith('.') ? lower.slice(0, -1) : lower, capital: isCapitalised(text) }
}

// Capitalised words; the lowercase role words and connectors right before one are added by a backward look.
const TOKEN = new RegExp(`[${UPPER}][${LETTER}'’ʼ.\\-]*`, 'g')
const ARTICLE_BEFORE = new RegExp(`(?:^|[\\s(“"])(${ARABIC_ARTICLE})$`)
const LOWER_ROLE = new Set([...ROLE_WORDS, ...CONNECTORS])

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = []
  let floor = from
  TOKEN.lastIndex = from
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    if (m.index > 0 && isLetterOrDigit(text[m.index - 1])) continue
    // "Majed al-Ansari": the lowercase article is part of the name.
    const article = m.index > floor && text.charCodeAt(m.index - 1) === 45 ? ARTICLE_BEFORE.exec(text.slice(Math.max(floor, m.index - 6), m.index)) : null
    const start = article ? m.index - article[1].length : m.index
    leadingRoleWords(text, floor, start, out)
    const token = cleanToken(article ? article[1] + m[0] : m[0], start)
    if (token) out.push(article ? { ...token, capital: true } : token)
    floor = m.index + m[0].length
  }
  return out
}

/** Lowercase role words and connectors just before `at` ("Kremlin spokesman Dmitry", "secretary of state Antony"). */
function leadingRoleWords(text: string, floor: number, at: number, out: Token[]): void {
  const found: Token[] = []
  let end = at
  for (let k = 0; k < 5; k++) {
    let p = end
    if (p - 1 < floor) break
    if (text[p - 1] !== ' ') break
    p--
    // "Kremlin spokesman, Dmitry Peskov": one comma between a role and its name.
    if (k === 0 && text[p - 1] === ',') p--
    let q = p
    while (q > floor && isLowerOrHyphen(text.charCodeAt(q - 1))) q--
    if (q === p || (q > 0 && isLetterOrDigit(text[q - 1]))) break
    const word = text.slice(q, p)
    if (!LOWER_ROLE.has(word)) break
    found.push(token(word, q, false))
    end = q
  }
  for (let k = found.length - 1; k >= 0; k--) out.push(found[k])
}

function cleanToken(raw: string, offset: number): Token | null {
  let word = raw
  let possessive = false
  const last = word.charCodeAt(word.length - 1)
  // Cheap checks first: most words end in a plain letter.
  if (last === 0x73 /* s */ || last === 0x27 || last === 0x2019 || last === 0x2bc) {
    const poss = /['’ʼ]s?$/.exec(word)
    if (poss && word.length > 2) {
      word = word.slice(0, poss.index)
      possessive = true
    }
  }
  // A trailing full stop belongs to the sentence unless the word is an initial or an abbreviation.
  if (word.charCodeAt(word.length - 1) === 0x2e && !INITIALS_OR_TITLE.test(word)) word = word.replace(/\.+$/, '')
  if (word.charCodeAt(word.length - 1) === 0x2d) word = word.replace(/-+$/, '')
  return word ? token(word, offset, possessive) : null
}

function isLowerOrHyphen(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 45
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  return CAPITAL_FIRST.test(word)
}

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return LETTER_OR_DIGIT.test(ch)
}

/** `name.split(' ').pop()`. */
function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1)
}

/** `name.split(' ').length`. */
function wordCount(name: string): number {
  let n = 1
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++
  return n
}

export interface PersonEntry {
  name: string
  key: string
  /** How often each full form was written, and each surname used, to pick the story's own spelling. */
  forms: Map<string, number>
  lastNames: Map<string, number>
  /** Normalised keys of the name's later tokens, any of which the text may use alone. */
  surnames: string[]
  role?: string
  country?: string
}

/** People the story names in full, shared by all its articles so that a bare surname can be bound. */
export class PersonRegistry {
  readonly people: PersonEntry[] = []
  private readonly byKey = new Map<string, PersonEntry>()
  private readonly bySurname = new Map<string, PersonEntry[]>()
  /** The people named in full, by the key of their first word ("xi" for Xi Jinping). */
  private readonly byFirst = new Map<string, PersonEntry[]>()

  /** Adds a full name, merging spelling variants of a known person; returns the canonical entry. */
  add(name: string, role?: string, country?: string): PersonEntry {
    const key = nameKey(name)
    const known = this.byKey.get(key) ?? this.bySurname.get(key)?.[0] ?? this.sameSurname(key)
    if (known) {
      this.count(known, name)
      if (role && !known.role) known.role = role
      if (country && !known.country) known.country = country
      // A fuller form ("Ali Bagheri Kani" for "Ali Bagheri") or another spelling ("Walid Muallem" for "Walid al-Moallem")
      // gives the person's surname as that form writes it, which a bare surname or a transcript's label may use.
      this.index(key, known)
      this.byKey.set(key, known)
      return known
    }
    const entry: PersonEntry = { name, key, surnames: [], role, country, forms: new Map(), lastNames: new Map() }
    this.count(entry, name)
    this.people.push(entry)
    this.byKey.set(key, entry)
    this.index(key, entry)
    if (key.includes(' ')) {
      const first = key.slice(0, key.indexOf(' '))
      const same = this.byFirst.get(first)
      if (same) same.push(entry)
      else this.byFirst.set(first, [entry])
    }
    return entry
  }

  private count(entry: PersonEntry, written: string): void {
    if (written.includes(' ')) entry.forms.set(written, (entry.forms.get(written) ?? 0) + 1)
    this.noteSurname(entry, lastWord(written))
  }

  /** Counts a use of a surname, then names the person by the full form the story uses most. */
  noteSurname(entry: PersonEntry, surname: string): void {
    entry.lastNames.set(surname, (entry.lastNames.get(surname) ?? 0) + 1)
    let best = entry.name
    let bestScore = -1
    for (const [form, n] of entry.forms) {
      const score = (entry.lastNames.get(lastWord(form)) ?? 0) * 100 + n * 10 + Math.min(wordCount(form), 9)
      if (score > bestScore) [best, bestScore] = [form, score]
    }
    entry.name = best
  }

  private index(key: string, entry: PersonEntry): void {
    const parts = key.split(' ')
    for (let i = 1; i < parts.length; i++) {
      for (const s of [parts[i], parts.slice(i).join(' ')]) {
        if (entry.surnames.includes(s)) continue
        entry.surnames.push(s)
        const list = this.bySurname.get(s) ?? []
        list.push(entry)
        this.bySurname.set(s, list)
      }
    }
  }

  private sameSurname(key: string): PersonEntry | undefined {
    const parts = key.split(' ')
    // Near-identical surnames only with the same first name, or when one spelling extends the other.
    const last = parts[parts.length - 1]
    const near = this.people.find((p) => {
      const pl = p.key.slice(p.key.lastIndexOf(' ') + 1)
      if (pl === last || pl[0] !== last[0] || Math.abs(pl.length - last.length) > 2 || Math.min(pl.length, last.length) < 5) return false
      const pp = p.key.split(' ')
      const similar = jaroWinkler(pl, last) >= 0.9
      return similar && ((parts.length > 1 && pp[0] === parts[0]) || ((pl.startsWith(last) || last.startsWith(pl)) && jaroWinkler(pl, last) >= 0.96))
    })
    if (near) return near
    if (parts.length < 2) return undefined
    const candidates = this.bySurname.get(parts[parts.length - 1]) ?? this.bySurname.get(parts.slice(1).join(' ')) ?? []
    return candidates.find((c) => {
      const own = c.key.split(' ')
      // "Kim Jong Il" is not "Kim Il Sung": a name's last word met in the middle of another's is no shared surname.
      if (own.at(-1) !== last && !c.key.endsWith(` ${parts.slice(1).join(' ')}`)) return false
      const first = own[0]
      return first === parts[0] || jaroWinkler(first, parts[0]) >= 0.85 || (parts[0].length === 1 && first.startsWith(parts[0]))
    }) ?? this.prefixOf(parts)
  }

  /** "Ali Bagheri" and "Ali Bagheri Kani": one name is the other's beginning. */
  private prefixOf(parts: string[]): PersonEntry | undefined {
    for (const c of this.bySurname.get(parts[1]) ?? []) {
      const cp = c.key.split(' ')
      const [short, long] = cp.length < parts.length ? [cp, parts] : [parts, cp]
      if (short.every((t, i) => long[i] === t)) return c
    }
    return undefined
  }

  /** A name the person goes by ("Timochenko" for Rodrigo Londoño), read as their surname. */
  alias(name: string, entry: PersonEntry): void {
    const key = nameKey(name)
    if (entry.surnames.includes(key) || this.byKey.has(key)) return
    entry.surnames.push(key)
    this.bySurname.set(key, [entry, ...(this.bySurname.get(key) ?? [])])
  }

  /** The person a bare surname stands for: the most recently named, else the only one in the story. */
  bySurnameKey(surname: string, recent: readonly PersonEntry[] = []): PersonEntry | undefined {
    const key = nameKey(surname)
    for (let i = recent.length - 1; i >= 0; i--) if (recent[i].surnames.includes(key)) return recent[i]
    const list = this.bySurname.get(key)
    return list?.length ? list[0] : undefined
  }

  /**
   * A name-first-written person ("Qin" for Qin Gang, "Wang" when only one Wang is named): the story's only
   * one, or the one it names in full at least twice as often as any other ("Kim" for Kim Jong Un beside
   * an aide, Kim Eui-kyeom, named once or twice).
   */
  byFirstName(name: string): PersonEntry | undefined {
    const found = this.byFirst.get(nameKey(name)) ?? []
    if (found.length <= 1) return found[0]
    const [first, second] = found.map((p) => ({ p, n: timesNamedInFull(p) })).sort((a, b) => b.n - a.n)
    return first.n >= 2 * second.n ? first.p : undefined
  }

  canonical(name: string): PersonEntry | undefined {
    return this.byKey.get(nameKey(name))
  }
}

export interface GazetteerMatch {
  hit: GazetteerHit
  offset: number
  length: number
  text: string
}

/**
 * The gazetteer's aliases in `text`, in order: at each capitalised word ([UPPER][LETTER]*, not right after
 * a letter or digit) the longest alias that starts there and ends at a word's end; the search goes on
 * after the alias, or else after the word.
 */
export function gazetteerHits(text: string): GazetteerMatch[] {
  const out: GazetteerMatch[] = []
  let at = 0
  while (at < text.length) {
    if (!isUpperCode(text.charCodeAt(at))) {
      at++
      continue
    }
    let end = at + 1
    while (end < text.length && isLetterCode(text.charCodeAt(end))) end++
    const alias = aliasAt(text, at, end) ?? foldedAliasAt(text, at, end)
    if (alias) {
      out.push({ hit: GAZETTEER.get(alias)!, offset: at, length: alias.length, text: text.slice(at, at + alias.length) })
      at += alias.length
    } else at = end
  }
  return out
}

const FOLD_BEFORE = 30
const FOLD_AFTER = 60

/**
 * The alias at a word the gazetteer holds only without its accents ("Reykjavík", "Bogotá"): read in the text around it with
 * accents taken off, when that leaves every letter where it was.
 */
function foldedAliasAt(text: string, at: number, end: number): string | null {
  if (!/[^\x00-\x7f]/.test(text.slice(at, end))) return null
  const from = Math.max(0, at - FOLD_BEFORE)
  const around = text.slice(from, end + FOLD_AFTER)
  const folded = around.normalize('NFD').replace(/\p{M}/gu, '')
  return folded.length === around.length ? aliasAt(folded, at - from, end - from) : null
}

/** The longest alias that starts with the capitalised word text[at, end). */
function aliasAt(text: string, at: number, end: number): string | null {
  if (!FIRST_WORD_SHAPES[wordShape(text.charCodeAt(at), end - at > 1 ? text.charCodeAt(at + 1) : 0, end - at)]) return null
  if (at > 0 && isLetterOrDigit(text[at - 1])) return null
  const candidates = BY_FIRST_WORD.get(text.slice(at, end))
  if (!candidates) return null
  for (const alias of candidates) {
    if (!text.startsWith(alias, at)) continue
    const next = text[at + alias.length] ?? ''
    if (isLetterOrDigit(next) || (next === '-' && ANY_LETTER.test(text[at + alias.length + 1] ?? '') && !COMPOUND_SUFFIX.test(text.slice(at + alias.length, at + alias.length + 12)))) continue
    // "a senior South American diplomat", "Latin American leaders": of a continent, not of the United States.
    if (/^Americans?$/.test(alias) && CONTINENT_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue
    // "Leila de Lima", "Banco de México": the last word of a name after its particle, not the place.
    if (NAME_PARTICLE_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return null
    return alias
  }
  return null
}

const CONTINENT_BEFORE = /\b(?:Latin|South|Central|North|Meso)[\s-]$/
const NAME_PARTICLE_BEFORE = /\p{Lu}[\p{L}'’-]+\s(?:de|da|do|dos|das|di|du|van|von|der|del|della)\s$/u

/** The country a phrase names or points to first, by name, alias, demonym or seat ("UAE’s", "Emirati", "Kremlin"). */
export function countryNamed(phrase: string): string | null {
  return gazetteerHits(phrase).find((g) => g.hit.country)?.hit.country ?? null
}

/**
 * Every mention in `text` in order. People named in full are added to `registry`; surnames alone are
 * bound to a person of the registry (the article's or the story's) when one has that surname.
 */
export function findMentions(text: string, registry: PersonRegistry = new PersonRegistry()): Mention[] {
  const mentions: Mention[] = []
  const recent: PersonEntry[] = []
  // One apostrophe for all (same length, so offsets hold): U+02BC is a letter to the regex engine.
  if (text.includes('ʼ')) text = text.replace(/ʼ/g, '’')
  const delegates: { name: string; offset: number }[] = []
  if (text.includes(' (')) text = text.replace(DELEGATE_IN_CAPITALS, (written, offset: number) => {
    // Not a name whose small letters are more code units than its capitals ("İBRAHİM"): the offsets would no longer hold.
    const name = titleCased(written)
    if (name.length !== written.length) return written
    delegates.push({ name, offset })
    return name
  })
  const gaz = gazetteerHits(text)
  let demonyms: Set<Mention> | null = null
  let cursor = 0
  // Each stretch between two gazetteer hits, then the stretch after the last.
  for (let k = 0; k <= gaz.length; k++) {
    const g = gaz[k]
    // A seat after a title and a given name is a surname, read with the names around it in the next stretch.
    if (g?.hit.seat && titledSeat(text, g)) continue
    const previous = mentions.length ? mentions[mentions.length - 1] : undefined
    const lead = previous && previous.kind !== 'person' && cursor > 0 && isBlank(text, previous.offset + previous.length, cursor) ? previous : undefined
    scanNames(text, cursor, g ? g.offset : text.length, lead, registry, recent, mentions)
    // "Joseph Muscat ... Muscat also warned": so is one the text gave a person named in full.
    if (g?.hit.seat && !g.text.includes(' ') && registry.bySurnameKey(g.text, recent)?.key.includes(' ')) {
      scanNames(text, g.offset, g.offset + g.length, undefined, registry, recent, mentions)
      cursor = g.offset + g.length
    } else if (g) {
      // One literal per shape: adding `country` afterwards would give mentions a second hidden class.
      const mention: Mention = g.hit.country
        ? { name: g.hit.name, kind: g.hit.kind, offset: g.offset, length: g.length, country: g.hit.country }
        : { name: g.hit.name, kind: g.hit.kind, offset: g.offset, length: g.length }
      if (g.hit.adjective && g.hit.kind === 'country') (demonyms ??= new Set()).add(mention)
      mentions.push(mention)
      cursor = g.offset + g.length
    }
  }
  // The record names its speakers by the delegation, so a name of any shape there is a person's ("ZHANG JUN (China)").
  for (const { name, offset } of delegates) {
    if (mentions.some((m) => m.kind === 'person' && m.offset === offset)) continue
    const entry = registry.add(name)
    mentions.push({ name: entry.name, kind: 'person', offset, length: name.length })
  }
  mentions.sort((a, b) => a.offset - b.offset)
  return demonyms ? withDemonymsInNames(text, mentions, demonyms) : mentions
}

// "Prime Minister Joseph Muscat said", "Malta's prime minister, Joseph Muscat,", "Mr Muscat": a seat's name right after a title and
// a given name, or an honorific, is a surname, when it goes on as a name does (not "Prime Minister Visits Beijing For Talks").
const TITLED_BEFORE_SEAT = /(?:\b(?:president|premier|minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|chancellor|king|queen|prince|sheikh|emir|sultan|general|admiral|colonel|commander|senator|governor|mayor|speaker|leader|advis[eo]r|negotiator|chief),? \p{Lu}\p{Ll}+|\b(?:Mr|Mrs|Ms|Dr)\.?) $/iu
const NAME_GOES_ON = /^(?:['’]s\b|[,.;:)]| \p{Ll}| \()/u

/** Whether the one-word seat at `g` is a surname, by the title and given name (or honorific) before it. */
function titledSeat(text: string, g: GazetteerMatch): boolean {
  return !g.text.includes(' ') && TITLED_BEFORE_SEAT.test(text.slice(Math.max(0, g.offset - 40), g.offset)) && NAME_GOES_ON.test(text.slice(g.offset + g.length, g.offset + g.length + 3))
}

// A meetings record's speaker in capitals before the delegation ("ZHANG JUN (China) said", "JUAN RAMÓN DE LA FUENTE (Mexico)
// stressed"): read as the name it is, in letters of the same count, so offsets hold.
const DELEGATE_IN_CAPITALS = /(?<=^|\n)\p{Lu}[\p{Lu}'’.-]*(?:\s\p{Lu}[\p{Lu}'’.-]*){1,5}(?=\s\(\p{Lu}[\p{L} .'’-]{1,40}\))/gu
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'del', 'della', 'la', 'le', 'bin', 'ben'])

function titleCased(name: string): string {
  return name
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase()
      if (i > 0 && NAME_PARTICLES.has(lower)) return lower
      return lower.replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase())
    })
    .join(' ')
}

/**
 * "The American Civil Liberties Union", "the Cuban American National Foundation", "the Iranian Red Crescent": demonyms
 * right before a name the text gives a thing are part of that name, and the country is not the one who acts.
 */
function withDemonymsInNames(text: string, mentions: Mention[], demonyms: ReadonlySet<Mention>): Mention[] {
  const out: Mention[] = []
  // A demonym one space before the mention at `next`.
  const adjectiveBefore = (k: number, next: number): boolean => demonyms.has(out[k]) && text[out[k].offset + out[k].length] === ' ' && out[k].offset + out[k].length + 1 === next
  for (const m of mentions) {
    let first = out.length
    if (m.kind === 'organisation' && !demonyms.has(m)) while (first > 0 && adjectiveBefore(first - 1, first === out.length ? m.offset : out[first].offset)) first--
    if (first === out.length) {
      out.push(m)
      continue
    }
    const offset = out[first].offset
    const length = m.offset + m.length - offset
    const country = out[out.length - 1].country
    out.splice(first, out.length - first, { name: text.slice(offset, offset + length).replace(/\s+/g, ' '), kind: 'organisation', offset, length, ...(country ? { country } : {}) })
  }
  return out
}

/** Whether text[from, to) is all white space (as `\s`); true when empty. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 32 || (c >= 9 && c <= 13)) continue
    if (c < 128 || !/\s/.test(text[i])) return false
  }
  return true
}

/** Names in the stretch of text between two gazetteer hits. */
function scanNames(text: string, from: number, to: number, lead: Mention | undefined, registry: PersonRegistry, recent: PersonEntry[], out: Mention[]): void {
  const possessive = /^['’ʼ]s\b/.exec(text.slice(from, from + 3))
  if (possessive) from += possessive[0].length
  if (to <= from) return
  const words = tokens(text, from, to)
  let i = 0
  while (i < words.length) {
    const start = i
    // A run: capitalised words, connectors and role words, joined by single spaces (or ", " before a name).
    while (i < words.length) {
      const w = words[i]
      const ok = w.capital || ROLE_WORDS.has(w.lower) || CONNECTORS.has(w.lower)
      if (!ok) break
      i++
      const next = words[i]
      // "People's Liberation Army", "Children's Fund": a plural's possessive inside a body's name, not its owner.
      const inName = w.possessive && PLURAL_POSSESSIVE.test(w.text) && next?.capital && /^['’ʼ]s $/.test(text.slice(w.offset + w.text.length, next.offset))
      if (w.possessive && !inName) break
      if (!next) break
      if (!inName && !joins(text, w, next)) break
    }
    if (i === start) {
      i++
      continue
    }
    const run = words.slice(start, i)
    const gapToLead = lead ? text.slice(lead.offset + lead.length, run[0].offset) : ''
    const runLead = start === 0 && /^(?:['’ʼ]s)? ?$/.test(gapToLead) ? lead : undefined
    readRun(text, run, runLead, registry, recent, out)
  }
}

const PLURAL_POSSESSIVE = /^(?:People|Children|Women)$/
const AGE_BEFORE = /\b\d{1,3}-year-old\s+$/
const PARTY_MEMBER_WORDS = new Set('social christian free liberal liberals democrat democrats republican republicans conservative conservatives socialist socialists communist communists green greens tory tories gaullist peronist islamist nationalist'.split(' '))
const LATE_BEFORE = /(?:^|\s)late $/
const ORG_RANK_WORDS = new Set(['general', 'supreme', 'federal', 'national', 'central'])
const COMPASS = new Set(['eastern', 'western', 'northern', 'southern', 'central'])

/** One space or none between two words of a run, or ", " between a role and a name ("Kremlin spokesman, Dmitry Peskov"). */
function joins(text: string, word: Token, next: Token): boolean {
  const end = word.offset + word.text.length
  const gap = next.offset - end
  if (gap === 0 || (gap === 1 && text.charCodeAt(end) === 32)) return true
  return gap === 2 && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && ROLE_WORDS.has(word.lower) && next.capital
}

// Months that are surnames too: "Theresa May", "Brian June"; "Jun" is a given name that ends Chinese names ("Zhang Jun").
const MONTH_SURNAMES = new Set(['may', 'march', 'june', 'august', 'jun'])

/** "Theresa May said": a month's name after a given name, with no day after it, is a surname ("May 25" is not). */
function monthAsSurname(text: string, nameWords: readonly Token[], k: number): boolean {
  const w = nameWords[k]
  return k > 0 && k === nameWords.length - 1 && MONTH_SURNAMES.has(w.lower) && !/^\s*\d/.test(text.slice(w.offset + w.text.length, w.offset + w.text.length + 3))
}

function readRun(text: string, run: Token[], lead: Mention | undefined, registry: PersonRegistry, recent: PersonEntry[], out: Mention[]): void {
  // Trim lowercase ends: roles open a name, they do not close one.
  let end = run.length
  while (end > 0 && !run[end - 1].capital) end--
  if (!end) return
  let words = run.slice(0, end)
  // "Ministry of Foreign Affairs and International Cooperation (Vincent Biruta)": the rest of a portfolio's name, not a person's.
  if (PORTFOLIO_AND_BEFORE.test(text.slice(Math.max(0, run[0].offset - 24), run[0].offset))) {
    let k = 0
    while (k < words.length && PORTFOLIO_WORDS.has(words[k].lower)) k++
    if (k === words.length) return
    words = words.slice(k)
  }
  // The role ends at the last role word that a capitalised name follows ("Erdogan spokesman Ibrahim Kalin").
  let lastName = -1
  for (let k = 0; k < words.length; k++) if (words[k].capital && !ROLE_WORDS.has(words[k].bare)) lastName = k
  let nameStart = 0
  let nameEnd = words.length
  for (let k = 0; k < words.length - 1; k++) {
    const bare = words[k].bare
    if (bare === 'of') {
      const before = words.slice(nameStart, k)
      // "the Academy of Social Sciences" is one thing's name, not a role before "Social Sciences".
      if (before.some((w) => THING_HEAD.has(w.lower))) continue
      // "Sen. Marco Rubio of Florida": a name in full, then where the person is from.
      if (before.length >= 2 && before.every((w) => w.capital && !ROLE_WORDS.has(w.bare))) {
        nameEnd = k
        break
      }
    }
    if (ROLE_WORDS.has(bare) && !(CONNECTORS.has(bare) && words[k].capital) && lastName > k) nameStart = k + 1
  }
  while (nameStart < nameEnd && CONNECTORS.has(words[nameStart].text) && words[nameStart].text !== 'al') nameStart++
  // "General Administration of Customs": a word of rank before a thing's head is part of its name.
  if (nameStart > 0 && words.slice(0, nameStart).every((w) => ORG_RANK_WORDS.has(w.lower)) && words.slice(nameStart, nameEnd).some((w) => THING_HEAD.has(w.lower))) nameStart = 0
  // "(Cuban American) National Foundation": after a country's adjective, capitalised role words before a thing's head name it.
  if (nameStart > 0 && nameEnd === words.length && lead?.kind === 'country' && THING_HEAD.has(words[nameEnd - 1].lower) && words.every((w) => w.capital)) nameStart = 0
  const roleWords = words.slice(0, nameStart)
  const titled = roleWords.some((w) => TITLE_HEADS.has(w.bare))
  const nameWords = words.slice(nameStart, nameEnd)
  if (!nameWords.length || nameWords.every((w) => ROLE_WORDS.has(w.lower))) return
  // A sentence-opening word ("Describing", "Negotiations") is not a name on its own, nor is a participle before one
  // ("Greeting Xi as a dear friend, Putin told him ...").
  // "Eastern Theater Command", "People's Liberation Army": a point of the compass, or a plural's possessive, before a thing's
  // head names it too.
  const thing = nameWords.some((w) => THING_HEAD.has(w.lower))
  const ofName = (w: Token): boolean => thing && (COMPASS.has(w.lower) || (w.possessive && PLURAL_POSSESSIVE.test(w.text)))
  while (nameWords.length && !ofName(nameWords[0]) && (NOT_NAME.has(nameWords[0].lower) || OPENING_GERUND.test(nameWords[0].text) || HELD_BY.test(nameWords[0].text))) nameWords.shift()
  if (!nameWords.length) return
  // "The 63-year-old Social Democrat said": a party's member described by age is someone named before, not a name.
  if (AGE_BEFORE.test(text.slice(Math.max(0, nameWords[0].offset - 16), nameWords[0].offset)) && nameWords.every((w) => PARTY_MEMBER_WORDS.has(w.lower))) return
  if (nameWords.some((w, k) => NOT_NAME.has(w.lower) && !CONNECTORS.has(w.lower) && !monthAsSurname(text, nameWords, k) && !ofName(w))) return
  const first = nameWords[0]
  const last = nameWords[nameWords.length - 1]
  const offset = first.offset
  const length = last.offset + last.text.length - offset
  const written = text.slice(offset, offset + length)
  if (nameWords.some((w) => THING_HEAD.has(w.lower))) {
    if (nameWords.length >= 2) out.push({ name: written, kind: 'organisation', offset, length })
    return
  }
  // "the ruling Civil Contract party", "Georgian Dream says": a party's name before its kind in lower case, or one word
  // after a country's adjective that the story knows as no one's name, is the party's (a demonym before it joins it).
  const after = text.slice(offset + length, offset + length + 12)
  const demonymBefore = lead?.kind === 'country' && nameWords.length === 1 && GAZETTEER.get(text.slice(lead.offset, lead.offset + lead.length))?.adjective === true
  if (!roleWords.length && nameWords.every((w) => w.capital) && (PARTY_AFTER.test(after) || (demonymBefore && !registry.bySurnameKey(first.text, recent)))) {
    out.push({ name: written, kind: 'organisation', offset, length })
    return
  }
  if (nameWords.length === 1 && HYPHENATED_CAPITAL.test(first.text) && !/^(?:Al|El|Abu|Ben|Bin)-/.test(first.text)) return
  const roleText = titled ? text.slice(lead ? lead.offset : roleWords[0].offset, roleWords[roleWords.length - 1].offset + roleWords[roleWords.length - 1].text.length) : undefined
  const role = roleText ? roleText.replace(/[\s,]+$/, '').replace(/['’ʼ]s\s/, ' ') : undefined
  const country = lead?.country
  const capitalNames = nameWords.filter((w) => w.capital)
  if (capitalNames.length >= 2) {
    if (capitalNames.every((w) => ALL_CAPITALS.test(w.text)) && !role) return
    const entry = registry.add(written.replace(/\s+/g, ' '), role, country)
    // "the will of late President Kim Il Sung": the dead speak no more, so a bare "Kim" after them is someone else.
    if (!LATE_BEFORE.test(text.slice(Math.max(0, run[0].offset - 8), run[0].offset))) recent.push(entry)
    goesByAt(text, offset + length, entry, registry)
    out.push({ name: entry.name, kind: 'person', offset, length, ...(role ? { role } : entry.role ? { role: entry.role } : {}), ...(country ?? entry.country ? { country: country ?? entry.country } : {}) })
    return
  }
  // "Pope Francis", "King Salman": a sovereign goes by the title and one name, which later stands alone ("Francis called
  // Sistani ...").
  const title = roleWords.at(-1)
  if (nameWords.length === 1 && title?.capital && SOVEREIGNS.has(title.bare) && first.text.length > 2 && !ALL_CAPITALS.test(first.text)) {
    const entry = registry.add(`${title.text} ${first.text}`, role, country)
    recent.push(entry)
    out.push({ name: entry.name, kind: 'person', offset, length, ...(role ? { role } : {}), ...(country ?? entry.country ? { country: country ?? entry.country } : {}) })
    return
  }
  // One word: a surname, if a role precedes it, the story knows it, or it speaks; or a family name written first ("Xi
  // was handed a third term") of the one person the story names so, in full more than once (not "Like" for a widget's
  // "Like Loading...").
  const familyFirst = first.text.length >= 2 && !ALL_CAPITALS.test(first.text) ? registry.byFirstName(first.text) : undefined
  // "Foreign ministry spokesman Wang Wenbin told ... “...,” Wang said.": of two Wangs in the story, the one this text just named.
  const known = registry.bySurnameKey(first.text, recent) ?? (familyFirst && timesNamedInFull(familyFirst) >= 2 ? familyFirst : recentByFamilyName(first.text, recent))
  const speaks = SPEECH_AFTER.test(text.slice(last.offset + last.text.length, last.offset + last.text.length + 20))
  if (known) {
    registry.noteSurname(known, first.text)
    goesByAt(text, offset + length, known, registry)
    out.push({ name: known.name, kind: 'person', offset, length, surnameOnly: true, ...(role ?? known.role ? { role: role ?? known.role } : {}), ...(known.country ? { country: known.country } : {}) })
  } else if ((role || speaks) && first.text.length > 2 && !ALL_CAPITALS.test(first.text)) {
    out.push({ name: first.text, kind: 'person', offset, length, surnameOnly: true, ...(role ? { role } : {}), ...(country ? { country } : {}) })
  }
}

/** The person this text named last whose name, written family name first, opens with `name` ("Wang" for Wang Wenbin). */
function recentByFamilyName(name: string, recent: readonly PersonEntry[]): PersonEntry | undefined {
  const key = nameKey(name)
  for (let i = recent.length - 1; i >= 0; i--) if (nameKey(recent[i].name.split(/\s+/)[0]) === key) return recent[i]
  return undefined
}

/** How often the story names a person in full. */
function timesNamedInFull(entry: PersonEntry): number {
  let n = 0
  for (const count of entry.forms.values()) n += count
  return n
}

// "Rodrigo Londoño, the Farc commander known as Timochenko", "Londono, better known by his nom de guerre Timochenko".
const ALIAS_AFTER = /^,?[^.;:“”"]{0,80}?\b(?:(?:better\s+|also\s+)?known\s+(?:as|by\s+(?:his|her)\s+(?:nom\s+de\s+guerre|alias|nickname|pseudonym))|nicknamed|who goes by)\s+["“‘]?(\p{Lu}[\p{Ll}'’-]+)\b(?!\s+\p{Lu})/u

/** A name the person goes by, given right after their name: later mentions of it are that person. */
function goesByAt(text: string, end: number, entry: PersonEntry, registry: PersonRegistry): void {
  const alias = ALIAS_AFTER.exec(text.slice(end, end + 160))
  if (alias) registry.alias(alias[1], entry)
}

/** A registry holding every person the texts name in full, for binding surnames across a story. */
export function registryOf(texts: readonly string[]): PersonRegistry {
  const registry = new PersonRegistry()
  for (const t of texts) findMentions(t, registry)
  return registry
}
