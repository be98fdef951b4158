// From the words that name a speaker to a canonical speaker: a person of the story, a role descriptor
// bound to the person the story names, an office or country's official, or the country or
// organisation itself; pronouns and "the official" / "the statement" go back to the last speaker.
import type { Mention } from '../entities'
import { demonymOf, ROLE_WORDS } from '../entities/gazetteer'
import { AIDE, JOINT_PARTIES, NEWS_AGENCIES, PORTFOLIO, SIGNED_TEXT } from './attribution'
import { descriptorKey, LEADING_OFFICES, officeClass, ownerOf, type StoryContext } from './context'

export interface Speaker {
  name: string
  kind: 'person' | 'official' | 'body'
  role: string | null
  country: string | null
}

/** What the article has said so far, for pronouns and definite descriptions. */
export interface Discourse {
  lastPerson: Speaker | null
  lastBody: Speaker | null
  lastOfficial: Speaker | null
  last: Speaker | null
  /** The people spoken of, the latest first: whom "she" means when the last one is a "he". */
  people?: readonly Speaker[]
  /** The pronoun each person of the article goes by, where the text shows it (pronounsOf). */
  pronouns?: ReadonlyMap<string, Pronoun>
  /** The country whose government the text last named as such ("Niger's military rulers"): whom "the junta" is. */
  lastGovernment?: Speaker | null
  /** The parties the sentences before named, the latest sentence naming two or more: who "the two sides" are. */
  parties?: readonly Party[]
  /** The parties the sentence being read names. */
  here?: readonly Party[]
  /** The article's mentions, those before `before` named by the sentences read so far. */
  article?: { readonly mentions: readonly Mention[]; readonly before: number }
}

/** A country a sentence names, by itself or through a person of it. */
export interface Party {
  country: string
  person: string | null
  offset: number
}

const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|outside)\s+(?:the\s+)?$/i
const JOINT = new RegExp(`^${JOINT_PARTIES}$`, 'i')
const COUNT: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5 }

/**
 * "The two sides", "both leaders": the parties the sentence has named before these words, else those the
 * text last named together, when there are as many as the words say. Leaders and presidents are the
 * people named, when one is named for each; sides and countries, and leaders named by their countries,
 * the countries.
 */
function jointSpeaker(words: string, from: number, discourse: Discourse): Speaker | null {
  const m = JOINT.exec(words)
  if (!m) return null
  const count = COUNT[(m[1] ?? 'both').toLowerCase()]
  const personal = /^(?:leaders|presidents|foreign ministers|heads of state)$/i.test(m[2])
  // A sentence that names parties of its own before these words speaks of them, not of an earlier sentence's.
  const before = discourse.here?.filter((p) => p.offset < from) ?? []
  const parties = before.length ? before : (discourse.parties ?? [])
  const people = parties.filter((p) => p.person !== null)
  const names =
    people.length === count ? people.map((p) => (personal ? p.person! : p.country))
    : parties.length === count ? parties.map((p) => p.country)
    : null
  return names ? { name: together(names), kind: 'body', role: null, country: null } : null
}

/** Parties speaking together: "Armenia and Azerbaijan", "South Korea, Japan and United States". */
function together(names: readonly string[]): string {
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** "five-point declaration" as a name: "Five-point declaration". */
function capitalised(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1).toLowerCase()}`
}

/**
 * The parties a sentence names, in order: each country once, through the first person of it the sentence
 * names when it names one; not where something happened ("met in Washington", "flew to Moscow").
 */
export function partiesOf(mentions: readonly Mention[], text: string, context: StoryContext): Party[] {
  const parties: Party[] = []
  for (const m of mentions) {
    if (m.kind !== 'person' && PLACE_BEFORE.test(text.slice(Math.max(0, m.offset - 12), m.offset))) continue
    const speaker = m.kind === 'person' ? personOf(m, context) : null
    const country = m.kind === 'country' ? m.name : speaker?.country
    if (!country) continue
    const person = speaker?.name ?? null
    const known = parties.findIndex((p) => p.country === country)
    if (known < 0) parties.push({ country, person, offset: m.offset })
    else if (person && parties[known].person === null) parties[known] = { country, person, offset: m.offset }
  }
  return parties
}

// Not a press secretary or officer: "White House Press Secretary Karine Jean-Pierre said".
const MEDIA = new RegExp(`\\b(?:Times|Post|News|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|TV|Television|Radio|Press(?!\\s+(?:[Ss]ecretary|[Oo]fficer|[Aa]ttach))|Daily|${NEWS_AGENCIES}|news agency|newspaper|broadcaster)\\b`)
const PRONOUN = /^(?:he|she|him|her)$/i
export type Pronoun = 'he' | 'she'
const BODY_PRONOUN = /^(?:it|the statement|(?:a|the) communiqu[eé]|the spokesman|the spokeswoman|the spokesperson)$/i
// A body's common noun: the body the article last named or heard, never a person.
const BODY_NOUN = /^(?:the ministry|the office|the agency)$/i
const COMPANY_NOUN = /^the (?:company|firm|drugmaker|carrier|airline|manufacturer)$/
const COMPANY_NAME = /\b(?:Pharma|Pharmaceuticals|Inc|Ltd|Corp|Corporation|Company|Co|Holdings|Airlines|Airways|Motors|Electronics|Technologies|Telecom|Petroleum|Energy|Oil|Gas|Mining|Shipping|plc|PLC|LLC|Oy|Oyj|AG|GmbH|ASA)\.?$/
// The words a country's rulers go by, and those words bare: the rulers the text last named.
const RULERS = String.raw`(?:(?:military(?:-led)?|transitional|interim|ruling)\s+)*(?:government|junta|authorities|rulers|regime)`
const RULERS_AFTER = new RegExp(String.raw`^(?:['’ʼ]s\s+|\s+)${RULERS}\b`, 'i')
const BARE_RULERS = new RegExp(String.raw`^the\s+${RULERS}$`, 'i')

// A post named without its country or office: "the minister", "the envoy".
const BARE_POST = /^the\s+(minister|envoy|diplomat|ambassador|negotiator|commander)$/i

// "the British minister": a country's minister named by neither portfolio nor name.
const NATIONAL_MINISTER = /^[Tt]he\s+\p{Lu}[\p{L}-]+\s+minister$/u
const MINISTERIAL = /(?<!\bprime\s)\bminister\b|(?<!\bpress\s)\bsecretary\b(?![- ]general)/i

const OFFICE_OF_POST = /['’ʼ]s\s+office$/i
// Capitalised words before a role written in lower case: "Commission" in "The Commission president".
const QUALIFIER = /^[Tt]he\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s+\p{Ll}+$/u
const AIDE_OF = new RegExp(String.raw`^${AIDE}\s+(.+)$`, 'i')

const COUNTRIES_TOGETHER = /^(?:the\s+)?(?:(?:Kingdom|Republic|State|Federation)\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L} .'’-]*\s+and\s+(?:the\s+)?\p{Lu}[\p{L} .'’-]*$/u
const JOINT_OF = /^(?:the\s+)?(?:presidents|leaders|prime ministers|foreign ministers|governments|delegations)\s+of\s/i

const PORTFOLIO_MINISTER = new RegExp(`\\b((?:${PORTFOLIO})(?:\\s+(?:${PORTFOLIO}))*)\\s+minister$`, 'i')

const BARE_FORCES = /^the\s+(?:army|military|armed forces)$/i
const BARE_FORCES_NAME = /\b(?:army|military|armed forces)$/i
const ARMED_FORCES = /^(?:the\s+)?([\p{Lu}][\p{L}]+)\s+(army|military|navy|general staff|armed forces)$/iu
const POSTED_TO = /^(.+?\b(?:mission|ambassador|envoy|representative|delegation|embassy))\s+to\s/i

// A person's office or spokesperson speaking: "his office", "Zelensky's spokesman".
const FORMER = /\b(?:former|ex-|onetime|one-time|erstwhile)\s/i

// An adjective is no one's name: "Presidential office:" heads a live blog's entry.
const STAFF_OF = /^([Hh]is|[Hh]er|[Tt]he(?=\s+(?:family|lawyers?|attorneys?)$)|(?!(?:Its|Their|Our|Your|My|The|This|That|A|An)\b)[\p{Lu}][\p{L}\p{M}'’ʼ-]+?)(?:['’ʼ]s|(?<!(?:ial|ary|ic|ical|ian)))\s+(office|spokes(?:man|woman|person)|family|lawyers?|attorneys?)$/u

function bySubject(subject: string): string {
  return subject.replace(/^(?:the|a|an|his|her|its|their)\s+/i, '').replace(/[’ʼ]s\s+/g, "'s ").trim()
}

/** Whom STAFF_OF names, as a speaker's name says it: "spokesman" is the spokesperson, "attorney" the lawyers. */
function staffName(word: string): string {
  const lower = word.toLowerCase()
  return /^spokes/.test(lower) ? 'spokesperson' : /^(?:lawyer|attorney)/.test(lower) ? 'lawyers' : lower
}

const AGED = /^the\s+\d{1,3}-year-old(?:\s+[\p{L}-]+)*?(?:\s+(\p{Ll}+))?$/iu

/** Resolves the subject words at [from, to) of the article text. */
export function resolveSpeaker(subject: string, from: number, to: number, mentions: readonly Mention[], discourse: Discourse, context: StoryContext): Speaker | null {
  const words = subject.trim()
  const lower = words.toLowerCase()
  if (PRONOUN.test(lower)) return byPronoun(lower, discourse)
  if (/^(?:they|we|i)$/i.test(lower)) return discourse.last
  if (JOINT.test(words)) return jointSpeaker(words, from, discourse)
  // "Foreign Ministry spokesman Nasser Kanaani ... The spokesman also condemned": the person just spoken of, when that is their post.
  if (/^the spokes(?:man|woman|person)$/.test(lower) && /spokes/i.test(discourse.lastPerson?.role ?? '')) return discourse.lastPerson
  // "it" is never a person: after "Blinken said ...", "ECOWAS condemned what it called a coup" is not Blinken's.
  if (BODY_PRONOUN.test(lower)) return discourse.lastBody ?? (lower === 'it' && discourse.last?.kind === 'person' ? null : discourse.last)
  // "“The state of war ... has come to an end,” the declaration said": a text the parties signed speaks for itself.
  const document = SIGNED_TEXT.exec(words)
  if (document) return { name: capitalised(document[1]), kind: 'body', role: null, country: null }
  // "China's Foreign Ministry ... a ministry spokesperson said": the ministry just named speaks through its spokesperson.
  if (/^(?:a|the)\s+ministry\s+spokes(?:man|woman|person)$/.test(lower) && /\bministry$/i.test(discourse.lastBody?.name ?? '')) return discourse.lastBody
  if (BODY_NOUN.test(lower)) return discourse.lastBody ?? (discourse.last?.kind === 'person' ? null : discourse.last)
  // "“We are making every effort to confirm the facts,” the company said": the company the article named last, or no one.
  if (COMPANY_NOUN.test(lower)) return lastCompany(discourse)
  // "Niger's military rulers ordered the ambassador out. ... the junta said": the country whose rulers were named.
  if (BARE_RULERS.test(lower) && discourse.lastGovernment) return discourse.lastGovernment
  // "The 63-year-old said", "the 55-year-old minister": one described by age and post is a person just spoken of, the one
  // holding that post when the text gave it; not "the 62-year-old farmer", whom the text may have named by no name.
  const aged = AGED.exec(words)
  const agedPost = aged?.[1]?.toLowerCase()
  if (aged && (!agedPost || ROLE_WORDS.has(agedPost))) return (agedPost && discourse.people?.find((p) => p.role?.toLowerCase().includes(agedPost))) || discourse.lastPerson
  // A newspaper or agency passes words on; it is not the speaker ("according to The Times of Israel").
  if (MEDIA.test(words)) return null
  const inside = mentions.filter((m) => m.offset >= from && m.offset + m.length <= to)
  // "the RSF said": the body the story spelled out before its initials ("Rapid Support Forces (RSF)").
  const initials = inside.length ? undefined : context.acronyms?.get(words.replace(/^the\s+/i, ''))
  if (initials) return { name: initials, kind: 'body', role: null, country: null }
  // The head of an English noun phrase comes last: "Putin's spokesman Dmitry Peskov" is Peskov.
  const person = inside.filter((m) => m.kind === 'person').pop()
  // "Turkish President Tayyip Erdogan's office said": the office speaks, not the person.
  // "Namazi's family said", "Micheletti's delegation said": so do a person's family and negotiators.
  // "A spokesperson for Britain's Prime Minister Keir Starmer said": so does the person's spokesperson.
  // Not the spokesperson the apposition names ("A spokesman for the Western Theatre Command, Colonel Zhang Shuili, said").
  const comma = words.indexOf(',')
  const apposed = person && comma >= 0 && person.offset >= from + (subject.length - subject.trimStart().length) + comma
  const theirs = person ? /['’ʼ]s\s+(office|ministry|government|family|delegation|side|camp|negotiators|spokes\w+)\s*$/i.exec(words) ?? (apposed ? null : /^(?:a|the)\s+(spokes\w+)\s+for\s/i.exec(words)) : null
  if (person && theirs) {
    return { name: `${person.name}'s ${/^spokes/i.test(theirs[1]) ? 'spokesperson' : theirs[1].toLowerCase()}`, kind: 'body', role: null, country: person.country ?? null }
  }
  // "an adviser to the president", "a senior aide to Netanyahu": the aide speaks, for the person whose aide they are.
  const aide = AIDE_OF.exec(words)
  if (aide) {
    const whose = aide[3]
    const at = from + words.length - whose.length
    const owner = person ? personOf(person, context) : resolveSpeaker(whose, at, to, mentions, discourse, context)
    const noun = aide[2].toLowerCase().replace('advisor', 'adviser')
    return owner?.kind === 'person' ? { name: `${owner.name}'s ${noun}`, kind: 'official', role: noun, country: owner.country } : { name: bySubject(words), kind: 'official', role: noun, country: owner?.country ?? null }
  }
  if (person) return personOf(person, context)
  // "The presidents of Guyana and Venezuela agreed that ...": the countries together.
  // "The Kingdom of Saudi Arabia and the United States of America issued ...": so do countries named together.
  const countries = JOINT_OF.test(words) || COUNTRIES_TOGETHER.test(words) ? inside.filter((m) => m.kind === 'country') : []
  if (countries.length >= 2) return { name: together(countries.map((m) => m.name)), kind: 'body', role: null, country: null }
  // "In a statement, the army said": the armed forces the text last heard, or the story spelled out ("Sudanese Armed Forces (SAF)").
  if (BARE_FORCES.test(words)) {
    if (discourse.lastBody && BARE_FORCES_NAME.test(discourse.lastBody.name)) return discourse.lastBody
    const spelled = [...(context.acronyms?.values() ?? [])].find((name) => BARE_FORCES_NAME.test(name))
    return spelled ? { name: spelled, kind: 'body', role: null, country: null } : null
  }
  // "The Thai army said", "the Israeli military said", "the Turkish general staff said": a country's armed forces speak as themselves.
  const forces = ARMED_FORCES.exec(words)
  const forcesOf = forces ? inside.find((m) => m.kind === 'country' && m.country) : undefined
  if (forces && forcesOf) return { name: `${forces[1]} ${forces[2].toLowerCase()}`, kind: 'body', role: null, country: forcesOf.country ?? null }
  // "Iran's mission to the United Nations": the post speaks for the country that sends it, not where it is sent.
  const posted = POSTED_TO.exec(words)
  if (posted) return resolveSpeaker(posted[1], from, from + subject.indexOf(posted[1]) + posted[1].length, mentions, discourse, context)
  // "His office said", "Zelensky's office said" (a surname the story never gave in full), "His lawyers said": the person's office.
  const staff = STAFF_OF.exec(words)
  if (staff && !inside.length) {
    // "The family said": the family of the person spoken of, as "his family".
    const pronoun = /^(?:[Hh](?:is|er)|[Tt]he)$/.test(staff[1])
    // "Guterres welcomed the agreement ..., his spokesman said": the person the sentence names first, its subject
    // ("Erdogan spoke to Aliyev ..., his office said" is Erdogan's office), else the last one spoken of.
    const named = mentions.find((m) => m.kind === 'person' && m.offset < from)
    const who = pronoun ? (named ? personOf(named, context) : discourse.lastPerson) : null
    const name = pronoun ? who?.name : staff[1]
    if (name) return { name: `${name}'s ${staffName(staff[2])}`, kind: 'body', role: null, country: who?.country ?? null }
  }
  // A surname the article met before the story named the person in full.
  // Two letters are enough for a name the registry holds ("Xi said").
  const surname = /([\p{Lu}][\p{Ll}\p{M}'’\-]{1,})\s*$/u.exec(words.replace(/['’ʼ]s$/, ''))
  const late = surname && !inside.length ? context.registry.bySurnameKey(surname[1]) ?? context.registry.byFirstName(surname[1]) : undefined
  if (late) return { name: late.name, kind: 'person', role: late.role ?? null, country: late.country ?? null }
  // "Rwandan Foreign Minister Olivier Nduhungirehe … The minister said": a bare post the person just spoken of holds.
  const post = BARE_POST.exec(words)
  if (post && discourse.lastPerson?.role?.toLowerCase().includes(post[1].toLowerCase())) return discourse.lastPerson
  const owner = ownerOf(inside, from, to) ?? (/^(?:his|her|its|their)\s/i.test(words) ? possessor(words.split(/\s/)[0], from, mentions, context) : null)
  // "the British Home Secretary, James Cleverly ... The British minister told journalists": a country's minister with no
  // portfolio is the minister of that country the article named last, a secretary of state as much as one called minister.
  if (owner && NATIONAL_MINISTER.test(words)) {
    const minister = lastNamedMinister(owner, discourse, context)
    if (minister) return minister
  }
  // "The Rwandan Ministry of Foreign Affairs": the country's foreign ministry, as "Rwanda's foreign ministry" is (not "Rwandan
  // Rwandan Ministry"). A ministry named with its country's possessive keeps its name as written.
  const ministryOf = owner ? MINISTRY_OF.exec(words) : null
  if (ministryOf) {
    const portfolio = /^(?:foreign|external)\s+affairs$/i.test(ministryOf[1]) ? 'Foreign' : capitalised(ministryOf[1].toLowerCase())
    return { name: `${demonymOf(owner!)} ${portfolio} Ministry`, kind: 'body', role: null, country: owner }
  }
  const office = officeClass(words)
  if (office) {
    // "Boris Johnson has confirmed ... the former prime minister said": one who held the post, not its holder; the person just
    // spoken of, when that is someone else.
    if (FORMER.test(words)) {
      const holder = context.descriptors.get(descriptorKey(owner, office))
      const last = discourse.lastPerson
      return last && last.name !== holder?.name ? last : { name: bySubject(words), kind: 'official', role: bySubject(words), country: owner }
    }
    // "a TEPCO spokesperson": a body the gazetteer does not hold has a spokesperson of its own, not the story's.
    const unknownBody = !owner && !inside.length && INITIALS_BEFORE_OFFICE.test(words)
    // "a spokesman for the army's General Staff": a body's own spokesperson, not the one the story names for no country.
    const forBody = SPOKESPERSON_FOR.test(words)
    // "A ministry spokesman said": someone unnamed, not the one spokesperson the story names for no country.
    const unnamed = !owner && /^(?:a|an|one)\s/i.test(words)
    const found = unknownBody || unnamed || (forBody && !owner) ? undefined : context.descriptors.get(descriptorKey(owner, office)) ?? (owner ? undefined : context.descriptors.get(descriptorKey(null, office)))
    // "the Prime Minister's Office said": the office of the person who holds the post.
    if (found && OFFICE_OF_POST.test(words)) return { name: `${found.name}'s office`, kind: 'body', role: null, country: found.country ?? null }
    if (found) return { name: found.name, kind: 'person', role: found.role ?? null, country: found.country ?? null }
    // "The Commission president": a word of whose office it is, not a country's, names the one person whose title has it.
    const qualifiers = owner ? [] : (QUALIFIER.exec(words)?.[1].split(/\s+/) ?? []).filter((w) => !officeClass(w)).map((w) => w.toLowerCase())
    if (qualifiers.length) {
      const titled = context.registry.people.filter((p) => p.role && officeClass(p.role) === office && qualifiers.every((q) => p.role!.toLowerCase().includes(q)))
      if (titled.length === 1) return { name: titled[0].name, kind: 'person', role: titled[0].role ?? null, country: titled[0].country ?? null }
    }
    // "Barack Obama said … The US president said": a definite role the story binds to no one names the
    // person just spoken of, when that person holds the office and belongs to no other country.
    // "President Ilham Aliyev has tweeted ... The Azerbaijani leader names": a leader is whoever holds a leading office.
    const last = discourse.lastPerson
    const lastOffice = last?.role ? officeClass(last.role) : null
    const holds = lastOffice === office || (office === 'leader' && !!lastOffice && LEADING_OFFICES.has(lastOffice))
    if (last && /^the\s/i.test(words) && holds && (!last.country || !owner || last.country === owner) && qualifiers.every((q) => last.role!.toLowerCase().includes(q))) return last
    // "chaired by Prime Minister Imran Khan ... The prime minister directed": in a story of two prime ministers, the one
    // this article titled so, when it titled only one.
    const holder = /^the\s/i.test(words) && !qualifiers.length ? onlyHolderNamed(words.slice(4).toLowerCase(), owner, discourse, context) : null
    if (holder) return holder
    return { name: bySubject(words), kind: 'official', role: bySubject(words), country: owner }
  }
  // "a military source in Khartoum": one source, with its article; a bare "SOURCE:" credits the page's copy.
  if (/\b(?:officials?|sources)\b/i.test(lower) || /^(?:a|an|one|the)\s(?:[\w-]+\s){0,3}source\b/i.test(lower)) {
    // "the Russia official" after a named Russian speaker is that speaker; "a NATO official" is someone new.
    const definite = /^the\b/i.test(lower)
    if (definite && discourse.last && (!owner || discourse.last.country === owner)) return discourse.last
    const body = inside.find((m) => m.kind !== 'person')
    const prefix = body?.kind === 'office' && body.country && !inside.some((m) => m.kind === 'country') ? `${demonymOf(body.country)} ` : ''
    // A country's official by its adjective ("US official", "Russian official"); an organisation's as written ("NATO official").
    const label = !body ? '' : body.kind === 'country' ? demonymOf(body.name) : body.kind === 'organisation' && body.name.length > 6 && /^[A-Z]{2,6}$/.test(surface(words, body, from)) ? surface(words, body, from) : body.name
    const name = body ? `${prefix}${label} official` : bySubject(words)
    return { name, kind: 'official', role: null, country: owner }
  }
  // "Ukraine's foreign ministry said", "Seoul's unification ministry said": a ministry the gazetteer holds only capitalised.
  const ministry = /(?<![\p{L}'’ʼ])(?!(?:the|a|an|its|his|her|their)\s)(\p{L}+)\s+ministry\b/iu.exec(words)
  if (ministry) {
    const office = `${capitalised(ministry[1])} Ministry`
    return { name: owner ? `${demonymOf(owner)} ${office}` : office, kind: 'body', role: null, country: owner }
  }
  // "India's water resources minister said": a minister of a portfolio the story binds to no one.
  const portfolio = PORTFOLIO_MINISTER.exec(words)
  if (portfolio && owner) {
    const post = `${portfolio[1].toLowerCase()} minister`
    return { name: `${demonymOf(owner)} ${post}`, kind: 'official', role: post, country: owner }
  }
  // "The Palestinian leadership": a country's leaders together, a voice of their own beside its government's.
  const leadership = /^[Tt]he\s+(\p{Lu}[\p{L}-]+)\s+leadership$/u.exec(words)
  const leaders = leadership && inside.find((m) => m.kind === 'country')
  if (leaders) return { name: `${leadership[1]} leadership`, kind: 'body', role: null, country: leaders.country ?? leaders.name }
  const body = inside.filter((m) => m.kind !== 'person' && m.kind !== 'place').pop()
  const ofCountry = body && organisationOf(inside, body, words, from)
  if (ofCountry) return ofCountry
  if (body?.kind === 'office' && body.country && !['White House', 'Kremlin', 'Malacañang', 'Pentagon', 'Knesset', 'State Duma', 'Congress'].includes(body.name) && owner) {
    return { name: `${demonymOf(owner)} ${body.name}`, kind: 'body', role: null, country: owner }
  }
  if (body) return { name: body.name, kind: 'body', role: null, country: body.country ?? null }
  // "the national hydrocarbons office ONHYM said": a body the gazetteer does not hold, by the initials it goes by.
  const letters = INITIALS_AT_END.exec(words)
  if (letters) return { name: letters[1], kind: 'body', role: null, country: null }
  // "Blue and White National Unity (UNAB), an opposition coalition ..., said": a name the gazetteer does not hold, whose last
  // word says it is a body.
  const named = BODY_NAME.exec(words)
  if (named) return { name: named[1], kind: 'body', role: null, country: null }
  return null
}

const BODY_NAME = /^(?:[Tt]he\s+)?((?!The\s)(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|de|del|la)\s+)*){1,5}(?:Unity|Alliance|Front|Movement|Party|Council|Committee|Union|Coalition|League|Association|Network|Foundation|Institute|Federation|Society|Initiative|Platform|Bloc|Caucus|Watch|Centre|Center))$/u

const MINISTRY_OF = /^(?:the\s+)?\p{Lu}\p{L}+\s+ministry\s+of\s+(?:the\s+)?(foreign\s+affairs|external\s+affairs|defen[cs]e|interior|justice|finance|trade|health)(?:\s+and\s+\p{Lu}[\p{L}\s]*)?$/iu
const SPOKESPERSON_FOR = /^(?:a|an|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s/i
const INITIALS_BEFORE_OFFICE = /(?:^|\s)\p{Lu}{3,8}\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+$/u
// After a word of what the body is ("office ONHYM"): a heading's "AUKUS:" or a credit's "SOURCE:" is not a speaker.
const INITIALS_AT_END = /\b\p{Ll}{3,}\s+(\p{Lu}{3,8})$/u


/** A person mention as a speaker: the story's canonical person when the registry knows the name. */
export function personOf(person: Mention, context: StoryContext): Speaker {
  const entry = context.registry.canonical(person.name) ?? (person.surnameOnly ? context.registry.bySurnameKey(person.name) ?? context.registry.byFirstName(person.name) : undefined)
  return { name: entry?.name ?? person.name, kind: 'person', role: person.role ?? entry?.role ?? null, country: person.country ?? entry?.country ?? null }
}

/** The company the article named last before the sentence, by a name that says it is one ("Astellas Pharma"). */
function lastCompany(discourse: Discourse): Speaker | null {
  const { mentions, before } = discourse.article ?? { mentions: [], before: 0 }
  for (let i = before - 1; i >= 0; i--) {
    const m = mentions[i]
    if (m.kind === 'organisation' && COMPANY_NAME.test(m.name)) return { name: m.name, kind: 'body', role: null, country: null }
  }
  return null
}

/** The person of `country` holding a ministerial post whom the article named last before the sentence. */
function lastNamedMinister(country: string, discourse: Discourse, context: StoryContext): Speaker | null {
  const { mentions, before } = discourse.article ?? { mentions: [], before: 0 }
  for (let i = before - 1; i >= 0; i--) {
    if (mentions[i].kind !== 'person') continue
    const person = personOf(mentions[i], context)
    if (person.country === country && MINISTERIAL.test(person.role ?? '')) return person
  }
  return null
}

/** The one person the article titled with `post` ("prime minister") before the sentence (of `country`, when given), if just one. */
function onlyHolderNamed(post: string, country: string | null, discourse: Discourse, context: StoryContext): Speaker | null {
  const { mentions, before } = discourse.article ?? { mentions: [], before: 0 }
  let holder: Speaker | null = null
  for (let i = 0; i < before; i++) {
    const m = mentions[i]
    // The post in the title's own words: "the secretary of state" is not the foreign minister the article named.
    if (m.kind !== 'person' || !m.role || !m.role.toLowerCase().includes(post)) continue
    const person = personOf(m, context)
    if (country && person.country && person.country !== country) continue
    if (holder && holder.name !== person.name) return null
    holder = person
  }
  return holder
}

/** Whose "his foreign minister" is: the country of the person the sentence named last; "its", "their": the country or body. */
function possessor(pronoun: string, from: number, mentions: readonly Mention[], context: StoryContext): string | null {
  const before = mentions.filter((m) => m.offset + m.length <= from && m.kind !== 'place')
  const personal = /^(?:his|her)$/i.test(pronoun)
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]
    if (m.kind !== 'person') {
      if (!personal) return m.country ?? m.name
      continue
    }
    const country = m.country ?? context.registry.canonical(m.name)?.country
    if (personal && country) return country
  }
  return null
}

/** "The World Sikh Organization of Canada said": the country after "of" is part of the organisation's name, not the speaker. */
function organisationOf(inside: readonly Mention[], last: Mention, words: string, from: number): Speaker | null {
  const organisation = inside[inside.indexOf(last) - 1]
  if (last.kind !== 'country' || organisation?.kind !== 'organisation') return null
  const between = words.slice(organisation.offset + organisation.length - from, last.offset - from)
  return /^\s+of\s+(?:the\s+)?$/.test(between) ? { name: `${organisation.name}${between}${surface(words, last, from)}`, kind: 'body', role: null, country: last.country ?? null } : null
}

/** The words a mention was written with, when the subject holds them. */
function surface(words: string, m: Mention, from: number): string {
  return words.slice(m.offset - from, m.offset - from + m.length)
}

const OWNED_RIGHT_AFTER = /^['’ʼ]s\s+$/
const MINISTRY_AFTER = /^(?:['’ʼ]s)?\s+(\p{Ll}+)\s+ministry\b/u
const WIRE_LEAD = /^[\p{Lu}][\p{Lu}\p{M} .'/-]+,[^-–—]{3,60}?\s[-–—]+\s+/u
const GOVERNMENT_RIGHT_AFTER = /^\s+(?:government|authorities|cabinet)\b/
const GOVERNMENT_AFTER = /^['’ʼ]s\s+(?:[\p{L}-]+\s+){0,3}?(?:government|authorities|junta|cabinet|presidency)\b/u

/**
 * A body a sentence opens with, though it says nothing ("The Ministry of Foreign Affairs ... thanked the
 * mediators"): what a later "the ministry said" stands for.
 */
export function bodyOpening(mentions: readonly Mention[], sentenceStart: number, sentence = ''): Speaker | null {
  // "BAMAKO/PARIS, Jan 31 (Sahel Wire Service) - Mali's military-led transitional government on Monday gave ...": after a
  // wire's dateline, a country's government that acts is whom "the statement" is by.
  const lead = WIRE_LEAD.exec(sentence)?.[0].length ?? 0
  const ruler = lead ? mentions.find((m) => m.offset - sentenceStart === lead) : undefined
  if (ruler?.kind === 'country' && GOVERNMENT_AFTER.test(sentence.slice(lead + ruler.length))) return { name: ruler.name, kind: 'body', role: null, country: ruler.country ?? ruler.name }
  // "Japan's Defense Ministry released ...": a country's own office.
  const [owner, owned] = mentions
  if (owner?.kind === 'country' && owner.offset - sentenceStart <= 4 && owned?.kind === 'office' && OWNED_RIGHT_AFTER.test(sentence.slice(owner.offset - sentenceStart + owner.length, owned.offset - sentenceStart))) {
    return { name: `${demonymOf(owner.name)} ${owned.name}`, kind: 'body', role: null, country: owner.name }
  }
  // "In Rabat, the Moroccan foreign ministry answered the critics with a communiqué": a ministry the gazetteer holds only capitalised.
  const ministry = owner?.kind === 'country' && owner.offset - sentenceStart <= 4 ? MINISTRY_AFTER.exec(sentence.slice(owner.offset - sentenceStart + owner.length)) : null
  if (ministry) return { name: `${demonymOf(owner.name)} ${capitalised(ministry[1])} Ministry`, kind: 'body', role: null, country: owner.name }
  const first = mentions[0]
  // "The Dutch government has withdrawn permission ...": a country's government by its adjective.
  if (first?.kind === 'country' && first.offset - sentenceStart <= 4 && GOVERNMENT_RIGHT_AFTER.test(sentence.slice(first.offset - sentenceStart + first.length))) {
    return { name: first.name, kind: 'body', role: null, country: first.country ?? first.name }
  }
  if (!first || first.offset - sentenceStart > 4 || (first.kind !== 'office' && first.kind !== 'organisation')) return null
  const name = first.kind === 'office' && first.country ? `${demonymOf(first.country)} ${first.name}` : first.name
  return { name, kind: 'body', role: null, country: first.country ?? null }
}

/** The last country a sentence names with its rulers ("Niger's junta", "the Malian government"), as their speaker. */
export function rulersNamed(mentions: readonly Mention[], text: string, textStart: number): Speaker | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]
    if (m.kind === 'country' && RULERS_AFTER.test(text.slice(m.offset - textStart + m.length))) return { name: m.name, kind: 'body', role: null, country: m.country ?? m.name }
  }
  return null
}

/**
 * The person "he" or "she" means: the last one spoken of, unless the text shows that one goes by the other pronoun and
 * shows it of someone spoken of just before, or not the other way ("The minister said that ... Ms. Hasina had asked to come ...
 * He said": the minister).
 */
export function byPronoun(pronoun: string, discourse: Discourse): Speaker | null {
  const last = discourse.lastPerson
  const wanted: Pronoun = /^(?:she|her)$/i.test(pronoun) ? 'she' : 'he'
  const of = (person: Speaker): Pronoun | undefined => discourse.pronouns?.get(person.name)
  if (!last || of(last) === undefined || of(last) === wanted) return last
  const people = discourse.people ?? []
  return people.find((person) => of(person) === wanted) ?? people.find((person) => of(person) === undefined) ?? last
}

const PEOPLE_KEPT = 5

/** The discourse with `person` as the one last spoken of. */
export function speakingOf(discourse: Discourse, person: Speaker): Discourse {
  const earlier = (discourse.people ?? []).filter((p) => p.name !== person.name)
  return { ...discourse, lastPerson: person, people: [person, ...earlier].slice(0, PEOPLE_KEPT) }
}

// The subject's own pronouns, "her" only before what it owns ("her expression"): as an object it is as often another's
// ("Hollande told her that ...", "sentenced her to nine years"); so is "him".
const PRONOUN_AFTER = /\b(he|his|himself|she|hers|herself|her(?=\s+(?!(?:to|that|a|an|the|in|on|at|for|with|and|or|of|as|from|by|about|into|after|before)\b)\p{Ll}))\b/iu
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss|Madam|Sir|Lady|King|Queen|Prince|Princess)\.?\s+$/
const SHE_TITLES = new Set(['Mrs', 'Ms', 'Miss', 'Madam', 'Lady', 'Queen', 'Princess'])

/**
 * The pronoun each person goes by, as the article shows it: the first pronoun after a mention, in its sentence and before
 * another person is named ("Sheikh Hasina resigned, saying she had no choice"), and a title ("Ms Wallström"). A person
 * the text shows both ways, not twice as often one way, goes by neither.
 */
export function pronounsOf(text: string, mentions: readonly Mention[], context: StoryContext): ReadonlyMap<string, Pronoun> {
  const tally = new Map<string, { he: number; she: number }>()
  const people = mentions.filter((m) => m.kind === 'person')
  people.forEach((m, i) => {
    const end = m.offset + m.length
    const next = people[i + 1]?.offset ?? text.length
    const after = text.slice(end, Math.min(next, end + 160)).split(/[.!?]\s|\n/)[0]
    const pronoun = PRONOUN_AFTER.exec(after)?.[1].toLowerCase()
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, m.offset - 12), m.offset))?.[1]
    if (!pronoun && !title) return
    // Keyed by the name as written and as the story knows it in full: either may be the one spoken of.
    for (const name of new Set([m.name, personOf(m, context).name])) {
      const counts = tally.get(name) ?? { he: 0, she: 0 }
      if (pronoun) counts[/^(?:he|his|himself)$/.test(pronoun) ? 'he' : 'she']++
      if (title) counts[SHE_TITLES.has(title) ? 'she' : 'he'] += 2
      tally.set(name, counts)
    }
  })
  const pronouns = new Map<string, Pronoun>()
  for (const [name, { he, she }] of tally) {
    if (he > 2 * she) pronouns.set(name, 'he')
    else if (she > 2 * he) pronouns.set(name, 'she')
  }
  return pronouns
}

export function remember(discourse: Discourse, speaker: Speaker): Discourse {
  const spoken = speaker.kind === 'person' ? speakingOf(discourse, speaker) : discourse
  return {
    ...spoken,
    last: speaker,
    lastBody: speaker.kind === 'body' ? speaker : discourse.lastBody,
    lastOfficial: speaker.kind === 'official' ? speaker : discourse.lastOfficial,
  }
}
