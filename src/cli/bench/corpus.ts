// Synthetic newsroom-scale folders made from the real dev articles: each synthetic story is one real
// story retold with other people and cities, shifted in time, by other outlets, with its paragraphs
// shuffled. The text keeps the real articles' furniture, length and sentence shapes, so every stage
// sees the work it would see on a folder of downloads.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BaseStory {
  key: string
  articles: string[]
}

export interface CorpusStats {
  files: number
  stories: number
  bytes: number
}

const SURNAMES = [
  'Lavrov', 'Blinken', 'Guterres', 'Kubrakov', 'Akar', 'Erdogan', 'Netanyahu', 'Trump', 'Peskov', 'Putin', 'Mora', 'Bagheri',
  'Borrell', 'Stoltenberg', 'Kalin', 'Griffiths', 'Grynspan', 'Nayem', 'Biden', 'Zelensky', 'Kuleba', 'Ryabkov', 'Sherman',
]
const FIRST_NAMES = [
  'Sergey', 'Sergei', 'Antony', 'Anthony', 'Antonio', 'Oleksandr', 'Hulusi', 'Recep', 'Benjamin', 'Donald', 'Dmitry', 'Vladimir',
  'Enrique', 'Ali', 'Josep', 'Jens', 'Ibrahim', 'Martin', 'Rebeca', 'Mustafa', 'Joe', 'Volodymyr', 'Dmytro', 'Wendy',
]
const CITIES = ['Geneva', 'Istanbul', 'Vienna', 'Odesa', 'Chornomorsk', 'Washington', 'Brussels', 'Abu Dhabi', 'Manama']

const NEW_SURNAMES = [
  'Okonkwo', 'Varga', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Castellanos', 'Petrenko', 'Amsalem', 'Kowalczyk',
  'Ferreira', 'Demir', 'Nakamura', 'Oyelaran', 'Sorensen', 'Abdullayev', 'Mbeki', 'Rahimi', 'Laurent', 'Kovacs', 'Salazar',
  'Ivanova', 'Grimaldi', 'Bergstrom', 'Chaudhry', 'Mensah', 'Ortega', 'Yilmaz', 'Papadakis', 'Hakimi', 'Draganov', 'Quist',
  'Marchetti', 'Szabo', 'Achterberg', 'Nwosu', 'Karimov', 'Lemaire', 'Vasquez', 'Olsen', 'Ibrahimovic', 'Tsvetkov', 'Adeyemi',
]
const NEW_FIRST_NAMES = [
  'Amara', 'Bogdan', 'Claire', 'Dario', 'Elif', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kemal', 'Leila', 'Marek', 'Nadia',
  'Omar', 'Petra', 'Rafael', 'Sofia', 'Tomas', 'Ulrike', 'Viktor', 'Yasmin', 'Zoran', 'Anika', 'Bruno', 'Chidi', 'Daria',
]
const NEW_CITIES = ['Oslo', 'Doha', 'Helsinki', 'Astana', 'Nairobi', 'Lisbon', 'Muscat', 'Tbilisi', 'Baku', 'Valletta', 'Dakar', 'Hanoi']
const OUTLETS = [
  'reuters', 'apnews', 'tass', 'aljazeera', 'bbc', 'dw', 'france24', 'guardian', 'nytimes', 'wapo', 'presstv', 'rferl', 'kyivindependent',
  'timesofisrael', 'haaretz', 'thenational', 'gulfnews', 'dailysabah', 'euronews', 'politico', 'axios', 'scmp', 'hindustantimes', 'abc',
]
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The dev stories (one folder each) and the seeds, as the bases to vary. */
export function readBaseStories(devDir: string, seedsDir: string): BaseStory[] {
  const read = (dir: string): string[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
  const stories = readdirSync(devDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => ({ key: d.name, articles: read(join(devDir, d.name)) }))
  return [...stories, { key: 'seeds', articles: read(seedsDir) }].filter((s) => s.articles.length > 0)
}

/** Deterministic PRNG (mulberry32): the same seed gives the same folder on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]

/** One story's substitutions: people and cities renamed, years and months moved by the same amount. */
interface Variation {
  names: Map<string, string>
  years: number
  months: number
}

function variation(rnd: () => number): Variation {
  const names = new Map<string, string>()
  for (const s of SURNAMES) names.set(s, pick(rnd, NEW_SURNAMES))
  for (const f of FIRST_NAMES) names.set(f, pick(rnd, NEW_FIRST_NAMES))
  for (const c of CITIES) names.set(c, pick(rnd, NEW_CITIES))
  return { names, years: Math.floor(rnd() * 9) - 4, months: Math.floor(rnd() * 12) }
}

const NAME_PATTERN = new RegExp(`\\b(?:${[...SURNAMES, ...FIRST_NAMES, ...CITIES].join('|')})\\b`, 'g')
const MONTH_PATTERN = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g')
const YEAR_PATTERN = /\b(19[5-9]\d|20[0-3]\d)\b/g
const ISO_PATTERN = /\b(\d{4})-(\d{2})-(\d{2})\b/g

function apply(text: string, v: Variation): string {
  const shiftMonth = (m: number): { month: number; carry: number } => {
    const total = m - 1 + v.months
    return { month: (total % 12) + 1, carry: Math.floor(total / 12) }
  }
  return text
    .replace(ISO_PATTERN, (_, y: string, m: string, d: string) => {
      const s = shiftMonth(Number(m))
      const day = Math.min(Number(d), 28)
      return `${Number(y) + v.years + s.carry}-${String(s.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    })
    .replace(YEAR_PATTERN, (y) => String(Number(y) + v.years))
    .replace(MONTH_PATTERN, (m) => MONTHS[(MONTHS.indexOf(m) + v.months) % 12])
    .replace(NAME_PATTERN, (n) => v.names.get(n) ?? n)
}

/** Keeps the lede (its date line and dateline) first; the other paragraphs in a new order. */
function shuffleParagraphs(text: string, rnd: () => number, extra: string | null): string {
  const paragraphs = text.split(/\n\s*\n/)
  const [lede, ...rest] = paragraphs
  if (extra) rest.push(extra)
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[rest[i], rest[j]] = [rest[j], rest[i]]
  }
  return [lede, ...rest].join('\n\n')
}

function longestParagraph(text: string): string {
  return text.split(/\n\s*\n/).reduce((a, b) => (b.length > a.length ? b : a), '')
}

/**
 * Writes `count` articles into `dir` (flat, as a downloads folder is): stories of 3 to 12 articles, each
 * article a real one of the base story varied as above, plus a paragraph from a sibling (wire copy).
 */
export function writeCorpus(dir: string, count: number, bases: readonly BaseStory[], seed: number): CorpusStats {
  mkdirSync(dir, { recursive: true })
  const rnd = random(seed)
  let files = 0
  let stories = 0
  let bytes = 0
  while (files < count) {
    const base = bases[stories % bases.length]
    const v = variation(rnd)
    const size = Math.min(count - files, 3 + Math.floor(rnd() * 10))
    for (let k = 0; k < size; k++) {
      const original = base.articles[Math.floor(rnd() * base.articles.length)]
      const sibling = base.articles[Math.floor(rnd() * base.articles.length)]
      const extra = sibling === original ? null : longestParagraph(sibling)
      const text = apply(shuffleParagraphs(original, rnd, extra), v)
      const name = `${String(files).padStart(5, '0')}_${pick(rnd, OUTLETS)}.txt`
      writeFileSync(join(dir, name), text)
      bytes += Buffer.byteLength(text)
      files++
    }
    stories++
  }
  return { files, stories, bytes }
}
