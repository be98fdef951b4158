// What a story knows before any of its articles is read: the people it names in full (for bare
// surnames) and which person each role descriptor stands for ("Russia's top diplomat" = the Russian
// foreign minister the story names), learnt from appositions such as "Russian Foreign Minister Sergey Lavrov".
import { findMentions, PersonRegistry, type Mention, type PersonEntry } from '../entities'
import type { ArticleForExtraction } from '../types'

export interface StoryContext {
  articles: readonly ArticleForExtraction[]
  registry: PersonRegistry
  /** `owner|office` -> person, e.g. `Russia|foreign minister` -> Sergey Lavrov. */
  descriptors: ReadonlyMap<string, PersonEntry>
  /** Mentions of each article, by article id, computed once. */
  mentions: ReadonlyMap<string, Mention[]>
  /** Initials the story defines in brackets ("Rapid Support Forces (RSF)"): RSF -> Rapid Support Forces. */
  acronyms?: ReadonlyMap<string, string>
}

// Generalised offices: the many ways news names the same post. Order matters: "deputy foreign
// minister" before "foreign minister", "secretary of state" (US) is the foreign minister's post.
const OFFICE_CLASSES: readonly [string, RegExp][] = [
  ['deputy foreign minister', /\bdeputy foreign minister\b|\bdeputy minister of foreign affairs\b/i],
  // The EU's "foreign policy chief", its High Representative, is its top diplomat.
  ['foreign minister', /\bforeign (?:affairs )?minister\b|\btop (?:[\w.]+ )?diplomat\b|\bsecretary of state\b|\bminister of foreign affairs\b|\bfm\b|\bforeign secretary\b|\bforeign policy (?:chief|head)\b|\bhigh representative\b/i],
  ['defence minister', /\bdefen[cs]e (?:minister|secretary)\b|\bminister of defen[cs]e\b/i],
  ['deputy defence minister', /\bdeputy defen[cs]e minister\b/i],
  ['prime minister', /\bprime minister\b|\bpremier\b|\bpm\b/i],
  ['secretary-general', /\bsecretary[- ]general\b/i],
  ['deputy spokesman', /\bdeputy spokes(?:man|woman|person)\b/i],
  ['spokesman', /\bspokes(?:man|woman|person)\b|\bpress secretary\b/i],
  ['vice president', /\bvice[- ]president\b/i],
  ['president', /\bpresident\b|\bhead of state\b/i],
  ['chancellor', /\bchancellor\b/i],
  // The Gulf's monarchies: "The Crown Prince expressed hope ...", "the emir".
  ['crown prince', /\bcrown prince\b/i],
  // "the amir", not the given name ("Amir-Abdollahian").
  ['emir', /\bemir\b|\bthe amir\b/i],
  ['national security adviser', /\bnational security advis[eo]r\b/i],
  // "The Democratic chairman of the Senate Foreign Relations Committee": the person who chairs it, not the committee.
  ['chair', /\bchair(?:man|woman|person)?\b/i],
  // "The French leader": the head of state or government the story names for that country.
  ['leader', /\bleader\b/i],
  // "The NATO chief", "the UN chief": the secretary-general the story names for that organisation.
  ['chief', /\b(?:chief|head)\b(?!\s+(?:of staff|negotiator|executive|economist|prosecutor|justice|of (?:the )?(?:delegation|mission|department|office)))/i],
]

// Titles only the United States gives (the British "Foreign Secretary" is not one).
const US_TITLE = /^(?:U\.?S\.?\s+)?secretary of state\b/i

// Offices whose holder news also calls the country's leader.
export const LEADING_OFFICES: ReadonlySet<string> = new Set(['president', 'prime minister', 'chancellor'])

export function officeClass(text: string): string | null {
  for (const [name, pattern] of OFFICE_CLASSES) if (pattern.test(text)) return name
  return null
}

/** The country or organisation a role belongs to ("Russian", "Kremlin", "UN" in the role's words). */
export function ownerOf(mentions: readonly Mention[], from: number, to: number): string | null {
  for (const m of mentions) {
    // "the Foreign Ministry" of no named country owns nothing: it is the office itself.
    if (m.offset < from || m.offset >= to || m.kind === 'person' || (m.kind === 'office' && !m.country)) continue
    return m.country ?? m.name
  }
  return null
}

/** "President Alexander Lukashenko of Belarus": the country named right after the person (mentions[at]) whose title it is. */
function ownerAfter(mentions: readonly Mention[], text: string, at: number): string | null {
  const end = mentions[at].offset + mentions[at].length
  const next = mentions[at + 1]
  if (!next || next.offset < end || next.kind === 'person' || (next.kind === 'office' && !next.country)) return null
  return /^\s+of\s+(?:the\s+)?$/.test(text.slice(end, next.offset)) ? (next.country ?? next.name) : null
}

export function descriptorKey(owner: string | null, office: string): string {
  return `${owner ?? ''}|${office}`
}

export function buildContext(articles: readonly ArticleForExtraction[]): StoryContext {
  const registry = new PersonRegistry()
  const mentions = new Map<string, Mention[]>()
  // One pass; an article read before the story named someone in full then gets its bare surnames of
  // that person ("along with Erdogan") from a second, read-only look (lateSurnames).
  const known: number[] = []
  for (const a of articles) mentions.set(a.id, findMentions(a.text, registry)), known.push(registry.people.length)
  let copy: PersonRegistry | null = null
  articles.forEach((a, i) => {
    const later = registry.people.slice(known[i])
    const lower = later.length ? a.text.toLowerCase() : ''
    if (!later.some((p) => p.surnames.some((name) => lower.includes(name)))) return
    copy ??= copyOf(registry)
    mentions.set(a.id, [...mentions.get(a.id)!, ...lateSurnames(a.text, mentions.get(a.id)!, registry, copy)].sort((x, y) => x.offset - y.offset))
  })
  const descriptors = new Map<string, PersonEntry>()
  const holders = new Map<string, Set<PersonEntry>>()
  for (const a of articles) {
    const list = mentions.get(a.id)!
    for (const [at, m] of list.entries()) {
      if (m.kind !== 'person' || !m.role || m.surnameOnly) continue
      const office = officeClass(m.role)
      const person = registry.canonical(m.name)
      if (!office || !person) continue
      const roleStart = a.text.lastIndexOf(m.role.split(' ')[0], m.offset)
      // "Secretary of State Antony Blinken": the title alone says whose top diplomat he is.
      const owner = ownerOf(list, roleStart >= 0 ? roleStart : m.offset, m.offset) ?? m.country ?? ownerAfter(list, a.text, at) ?? (US_TITLE.test(m.role) ? 'United States' : null)
      // A role without its country ("Foreign Minister Prince Faisal") binds the bare role only through
      // the holders below: another article's foreign minister may be someone else's.
      const key = descriptorKey(owner, office)
      if (owner && !descriptors.has(key)) descriptors.set(key, person)
      if (owner && LEADING_OFFICES.has(office) && !descriptors.has(descriptorKey(owner, 'leader'))) descriptors.set(descriptorKey(owner, 'leader'), person)
      if (owner && office === 'secretary-general' && !descriptors.has(descriptorKey(owner, 'chief'))) descriptors.set(descriptorKey(owner, 'chief'), person)
      // Without an owner ("the foreign minister said") a role binds only when one person holds it in the story.
      const bare = descriptorKey(null, office)
      const held = holders.get(bare) ?? new Set<PersonEntry>()
      held.add(person)
      holders.set(bare, held)
    }
  }
  for (const [key, held] of holders) if (held.size === 1) descriptors.set(key, [...held][0])
  return { articles, registry, descriptors, mentions, acronyms: definedAcronyms(articles) }
}

// "the paramilitary Rapid Support Forces (RSF)", "the General Border Committee (GBC)": a name, then its initials.
const BRACKETED_INITIALS = /\(([\p{Lu}]{2,6})\)/gu
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|de|del|la)\s+)*){1,6})$/u

/**
 * The initials each article defines, when they are the name's own (in any order: "Consejo Nacional Electoral" is
 * the CNE of the "National Electoral Council"); the first definition stands. Brackets are found first: the name
 * is read only in the words before one.
 */
export function definedAcronyms(articles: readonly Pick<ArticleForExtraction, 'text'>[]): Map<string, string> {
  const acronyms = new Map<string, string>()
  for (const a of articles) {
    if (!a.text.includes('(')) continue
    for (const m of a.text.matchAll(BRACKETED_INITIALS)) {
      if (acronyms.has(m[1])) continue
      const before = NAME_BEFORE.exec(a.text.slice(Math.max(0, m.index - 120), m.index))
      if (!before) continue
      const tokens = before[1].trim().split(/\s+/)
      const capitals = tokens.flatMap((w, k) => (/^\p{Lu}/u.test(w) ? [k] : []))
      const letters = [...m[1]]
      // The name starts as many capitalised words back as it has initials: "The Sudanese Armed Forces (SAF)" starts at "Sudanese".
      const words = letters.length <= capitals.length ? tokens.slice(capitals[capitals.length - letters.length]) : []
      const initials = new Set(words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]))
      if (words.length && letters.every((l) => initials.has(l))) {
        acronyms.set(m[1], words.join(' '))
        continue
      }
      // "Economic Community of West African States (ECOWAS)": letters read in order from the words' starts.
      const start = capitals.findLast((k) => spelledInOrder(m[1], tokens.slice(k)))
      if (start !== undefined) acronyms.set(m[1], tokens.slice(start).join(' '))
    }
  }
  return acronyms
}

/**
 * Whether the initials spell the words in order, each capitalised word giving its first letter and maybe more of its
 * letters, a small word its first letter or nothing: "ECOWAS" is "Economic COmmunity of West African States", "ASEAN"
 * "Association of SouthEast Asian Nations".
 */
function spelledInOrder(initials: string, words: readonly string[]): boolean {
  const spell = (i: number, j: number): boolean => {
    if (j === words.length) return i === initials.length
    const word = words[j].toUpperCase()
    const capital = /^\p{Lu}/u.test(words[j])
    if (!capital && spell(i, j + 1)) return true
    if (word[0] !== initials[i]) return false
    if (spell(i + 1, j + 1)) return true
    // More letters from inside a capitalised word, in order: "SouthEast".
    for (let k = i + 1, at = 1; capital && k < initials.length; k++) {
      at = word.indexOf(initials[k], at) + 1
      if (at === 0) return false
      if (spell(k + 1, j + 1)) return true
    }
    return false
  }
  return spell(0, 0)
}

/** The story's people in a registry of their own, to read against without touching the story's counts of names. */
function copyOf(registry: PersonRegistry): PersonRegistry {
  const copy = new PersonRegistry()
  for (const p of registry.people) for (const form of [p.name, ...p.forms.keys()]) copy.add(form, p.role, p.country)
  return copy
}

/**
 * Bare surnames of people the story names in full only in later articles, read against a copy of the
 * story's registry and kept only where the first reading found nothing.
 */
function lateSurnames(text: string, found: readonly Mention[], registry: PersonRegistry, copy: PersonRegistry): Mention[] {
  const free = (m: Mention): boolean => found.every((f) => m.offset + m.length <= f.offset || f.offset + f.length <= m.offset)
  return findMentions(text, copy)
    .filter((m) => m.kind === 'person' && m.surnameOnly && free(m))
    .map((m) => ({ ...m, name: registry.canonical(m.name)?.name ?? m.name }))
}
