// Who says something in a sentence: the speech verb and the words that name the speaker, in the
// shapes news uses ("S said (that) ...", "“...,” S said", "“...,” said S", "according to S",
// "S was quoted as saying", "S told X that ...", "Headline: S").
import { COUNTRIES } from '../entities/gazetteer'
import { ARABIC_ARTICLE } from '../entities/names'
import { memo } from '../memo'
import { SANCTIONS } from './events'
import { maskQuotations } from '../text'

export interface Attribution {
  /** The words naming the speaker, as written, and where they are in the sentence. */
  subject: string
  subjectOffset: number
  verb: string
  verbOffset: number
  /** The speaker's words follow the verb ("S said that ...") rather than precede it ("“...,” S said"). */
  contentAfter: boolean
  /** An apposition after the subject ("Russia's ambassador to the US, Anatoly Antonov, said"), which may name the person. */
  apposition?: { offset: number; length: number }
  /**
   * The verb is in a relative or subordinate clause ("Guterres, who earlier announced that ...", "..., a day
   * after Trump said the drills would be halted"): background to the sentence.
   */
  relative?: true
}

const VERB_LIST = `said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|warned|warns|urged|urges|confirmed|confirms|denied|denies
|announced|announces|tweeted|tweets|wrote|writes|written(?=\\s+(?:(?:on|in)\\s[^,.;:“”"]{1,40}\\s)?that\\b)|insisted|insists|explained|explains|argued|argues|stated|declared|declares
|emphasi[sz]ed|emphasi[sz]es|claimed|claims|hailed|hails|welcomed|welcomes|praised|praises|critici[sz]ed|critici[sz]es|accused(?!\\s+of\\b)|accuses(?!\\s+of\\b)
|rejected|rejects|acknowledged|admitted|indicated|indicates|reiterated|reiterates|pointed out|assured|assures|specified|replied|responded
|vowed|pledged|promised|threatened|demanded|demands|proposed|offered|offers|suggested|described|evaluated|expressed|calls on|called on|called for|calls for
|called|calling|asserted|remarked|commented|voiced|revealed|disclosed|affirmed|reaffirmed|conceded|complained|condemned|condemns
|blamed|blames|slammed|mocked|mocks|ridiculed|derided|denounced|denounces|decried|decries|lambasted|applauded|lauded|dismissed(?!\\s+(?:his|her|its|their|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:deputy|vice|minister|governor|chief|head|commander|general|cabinet|government|ambassador|officials?|aides?|director|advis[eo]r|envoy)\\b)|underlined|underscored|cautioned|appealed|predicted|predicts|ruled out|rules out|(?:refused|declined) to rule out|(?:would|did) not rule out
|asked(?<=["”],?\\s+(?:[^"“”.,;]{1,40}\\s)?asked)(?=\\s*(?:[,.;]|$|\\s(?:on|in|at|during|after|before|when|while|rhetorically)\\b))|asked(?<!(?:^|[,;]\\s*|\\b(?:[Ww]hen|[Ii]f|was|were|is|are|been|being|be)\\s+)asked)(?=\\s+(?:what|whether|why|how)\\b)|(?:asked|requested)(?=\\s+that\\s+(?!(?:question|request|one)\\b))|clarified|clarifies|repeated|repeats|went on(?=\\s*[,:]\\s*["“])|put it(?:\\s+(?:this|that)\\s+way|\\s+\\w+ly)?(?=\\s*[,:]\\s*["“])|continued(?=\\s*[,:]\\s*["“])|react(?:ed|s)(?=[^.:“”"]{0,40}:\\s*["“])|defended|defends|apologi[sz]ed|apologi[sz]es|congratulated|congratulates|thanked|agreed(?=\\s+["“]?that\\b)|(?:issued|posted|released)(?=\\s+(?:the\\s+following|a|an)\\s+(?:joint\\s+)?statement\\b)
|(?:was|were|is|are) (?:telling|saying|warning|insisting|arguing|urging)|used (?:his|her|its|their|a|an) (?:[\\w-]+ ){0,4}(?:speech|address|remarks|interview|appearance|news conference|press conference|message|post|rally)(?: [^,.;:“”"]{1,60}?)? to (?:warn|say|insist|argue|stress|declare|accuse|urge|tell)|quoted as (?:saying|telling)|is quoted as (?:saying|telling)|was quoted as (?:saying|telling)|(?:is|was) quoted by (?:his|her|its|their|the) [a-z]+(?: [a-z]+)? as saying`.replace(/\n/g, '')

const VERB = new RegExp(`\\b(${VERB_LIST})\\b`, 'g')

// Words that may stand between a speaker and the verb: adverbs, auxiliaries, and (masked) dates.
const GAP_AT_END = /(?:\b(?:also|later|earlier|then|again|further|previously|separately|repeatedly|has|have|had|once|already|reportedly|publicly|first|initially|originally|subsequently|in turn|on|for the (?:first|second|third|last) time)|\bwho (?:asked|requested|declined|spoke|was not authori[sz]ed)\b[^,;:“”"]{0,60}|\bin (?:his|her|its|their|a|an|the)(?: [\w-]+){0,3} (?:interview|press conference|news conference|conference|statement|speech|briefing|address|tweet|message|post|call))$/i
// "said by phone" keeps the speaker before the verb; "claimed by both sides" names the agent after it.
const PASSIVE_AFTER = /^\s+by\s+(?!(?:phone|telephone|video|videolink|video link|text|e-?mail|letter|radio|satellite)\b)/i
const DESCRIBED_AS = /^\s+(?:as\b|(?:in|on|at|by)\s[^,;]{0,40}?\bas\b)/
const PASSIVE_BEFORE = /\b(?:is|was|were|are|be|been|being|get|got)\s+(?:\w+ly\s+)?$/i
// Words after which a noun phrase is an object, not the subject of the next verb: "threatened by NATO and demands".
const STRANDED_PREPOSITION = /^\s+(?:against|about|of|for|on)(?:\s+(?:for|in|on|at|since|over|during)\s[^,;:“”"]{0,30})?\s*[.!?]?\s*$/
// A preposition alone is a setting whose object was masked as a date ("On Sunday, July 24, the ... spokesman, Igor Konashenkov, said").
const SETTING_OPENING = /^(?:in|at|on|from|across|inside|outside|within)(?:\s|$)/i
// What a source of numbers is called ("according to U.S. figures").
const FIGURES_AFTER = /^\s*(?:figures|data|statistics|estimates|numbers|tall(?:y|ies)|counts?|polls?|records|census)\b/i
const PREPOSITION_BEFORE = /\b(?:by|to|with|of|for|from|in|on|at|against|than|over|about|between|into|toward|towards|under|without|through|via)\s*$/i
const ANNOUNCED_AGREEMENT = new RegExp(
  String.raw`^announce[ds]?\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:deal|agreement|accord|ceasefire|truce|pact|treaty)|${SANCTIONS})\b(?!\s+(?:would|will|was|is|has|had|could|should|might|may|must|can|were|are)\b)`,
  'iu',
)
// "Israel declared war on Hamas": a declaration that changes a state of affairs is the event itself.
const DECLARED_STATE = /^declared?s?\s+(?:war|martial law|independence|(?:a|an)\s+(?:state of (?:emergency|war|siege)|ceasefire|truce)|(?:[\p{L}'’.-]+,?\s+){1,8}persona non grata)\b/iu
// "the spokesman of the Alliance Fleuve Congo": a description of a person's post.
const ROLE_WORD = /\b(?:spokes(?:man|woman|person)|minister|leader|head|chief|president|secretary|envoy|ambassador|adviser|commander|director|chair(?:man|woman)?|negotiator)\b/i
const ROLE_DESCRIPTION = new RegExp(String.raw`^(?:the|a|an)\s.*${ROLE_WORD.source}`, 'i')
// "leader of the Democratic Unionist Party": a post, with or without its article.
const ROLE_OPENING = new RegExp(String.raw`^(?:(?:the|a|an)\s.*)?${ROLE_WORD.source}`, 'i')
// Not across a semicolon: "Ottawa expelled Rai, whom it identified as ...; New Delhi, calling the charge ..." is New Delhi's.
// "Jean-Noël Barrot, the foreign minister who had announced the “new phase” in Algiers, wrote": a phrase it quotes is part of it.
const APPOSITION = /,(?:[^,;]|(?<=\d),(?=\d{3}\b)){2,160},\s*$/
const RELATIVE_CLAUSE = /^,\s*(?:which|who|whose|whom|where)\b/i
// A noun phrase that can name a speaker: capitalised words, possessives, determiners and the common
// nouns of speaker descriptions ("the Kremlin spokesman", "a State Department official").
// A minister's portfolio, written in lower case: "India's water resources minister".
export const PORTFOLIO = 'water|resources|finance|economy|trade|energy|health|justice|information|external|affairs|home|commerce|education|agriculture|interior|petroleum|oil'
const NP_WORD = `(?:(?:${ARABIC_ARTICLE})?[\\p{Lu}][\\p{L}\\p{M}'’ʼ.\\-]*|of|and|for|bin|al|the|a|an|his|her|its|their|official|officials|state|state-run|state-owned|media|spokesman|spokeswoman|spokesperson|minister|chancellor|premier|leader|diplomat|diplomats|office|statement|side|ministry|department|agency|presidents?|ministers|governments|secretary-general|secretary|general|chief|head|chair|chairman|chairwoman|chairperson|negotiator|army|military|navy|family|lawyers?|attorneys?|prosecutors?|public|police|court|judges?|delegation|government|sources?|powers|leaders?|adviser|envoy|foreign|deputy|vice|former|top|senior|lead|defen[cs]e|prime|humanitarian|${PORTFOLIO}|infrastructure|diplomatic|service|mission|embassy|ambassador|representative|administration|presidency|leadership|regime|junta|rulers|authorities|commission|council|committee|secretariat|observers|company|firm|drugmaker|manufacturer|carrier|airline|cabinet|spokesperson|declaration|communiqu[eé]|accord|memorandum|treaty|refugee|nuclear|watchdog|rights|human|health|aid|relief|food|migration|peacekeeping|staff|armed|forces|command|headquarters|press|party|movement|he|she|they|it|we|I|him|them)`
const NP_WORD_ONLY = new RegExp(`^${NP_WORD}(?:['’ʼ]s)?$`, 'u')
const NP_AFTER = new RegExp(`^\\s*((?:${NP_WORD}(?:['’ʼ]s)?(?:\\s+|(?=[,.;:]|$)))+)`, 'u')
// "But he said", "And she added": the conjunction opens the clause, it is not the speaker.
const LEADING_JUNK = /^(?:(?:and|of|for|the|a|an|it|he|she|they|we|I)\s+)+(?=(?:and|of|for)\b)|^(?:and|of|for|but|yet)\s+/i
// Not inline: a build for Node compiles an inline /\p{..}/u into `new RegExp(...)` on every call.
const CAPITAL_FIRST = /^\p{Lu}/u
/** News agencies and broadcasters that pass words on: the outlet, never the speaker. */
export const NEWS_AGENCIES = 'Reuters|AFP|AP|TASS|Tass|RIA Novosti|RIA|Interfax|IRNA|ISNA|Xinhua|KCNA|Yonhap|WAM|SPA|Anadolu|Axios|Bloomberg|CNN|BBC|Al Jazeera|Kyodo|NHK'
// What names an outlet: the media words of news ("state media", "the official IRNA news agency", "Axios").
const MEDIA = String.raw`(?:media|news|agency|agencies|television|TV|radio|newspaper|daily|broadcaster|channel|outlet|press|wire|website|${NEWS_AGENCIES})\b`
// A word of an outlet's name: capitalised, or one of the lower-case words that describe one.
const MEDIA_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}.'’-]*|state|state-run|state-owned|official|semi-official|local|pro-government|news|agency|media|television|radio|newspaper|daily|broadcaster|channel|outlet|website|wire)`
// "Japanese", "Korean": a nationality's adjective, not a country's name ("Pakistan denies" is Pakistan speaking).
const NATIONALITIES = new Set(COUNTRIES.flatMap((c) => c.demonyms).filter((d) => !/s$/.test(d)))
function nationalityAlone(subject: string): boolean {
  return NATIONALITIES.has(subject) || /^\p{Lu}\p{Ll}+(?:ese|ean)$/u.test(subject)
}
// A conjunction that makes the clause after it background ("as S said" still names the source of what
// precedes; "while S said" sets a second speaker beside the first).
const SUBORDINATE_BEFORE = /\b(?:after|before|since|when|although|though|until|once|whether)\s+$/i
// A participle closing a clause with the words of its subject, and what may open a sentence before that subject.
// "Trudeau went further, accusing India of ...": the sentence's subject speaks through the participle.
const PARTICIPLES = 'saying|telling|writing|calling (?:on|for|(?=(?:the|it|him|her|them|this|that|a|an) )|(?=[^.;,“”"]{1,60}[“"]))|urging|warning|accusing|insisting|arguing|stressing|vowing|demanding|denying|rejecting|blaming|condemning|criticising|criticizing|pledging|promising|threatening'
const PARTICIPLE = new RegExp(`,\\s*(${PARTICIPLES})\\b`)
// The pronouns that can only be a subject ("On January 7 he said": never a preposition's object).
const SUBJECT_PRONOUN = /^(?:he|she|they|we)$/i
const SUBJECT_PRONOUN_AT_END = /\s(he|she|they|we)$/i
// "In Brussels on Wednesday he went further, telling ...": a setting without its comma ends at the pronoun.
const OPENING = /^\s*(?:(?:On|In|At|Late|Early|Earlier|Later|After|Before|During|Following)\b(?:[^,]{0,60}?\s(?=(?:he|she)\s+\p{Ll})|[^,]{0,60},\s*)|\s+,\s*)/u
// Also after a date masked out: "On Wednesday, after a video call with European leaders, Trump warned".
// What is left before the subject once an opening date is masked: its comma, and maybe a description of the speaker.
// A masked date, the rest of its phrase, then only a second date ("on <date>,"): no clause of words of its own.
const MASKED_DATE_FIRST = /^ {4,}[^\s,][^,“”"]{0,40},(?:\s+(?:on|in|at))?\s*,?\s*$/
const MASKED_OPENER = /^\s*,\s*(?:((?:the|a|an|\p{Lu}[\p{L}'’.-]*['’]s)\s[^,;:“”"]{1,80}),\s*)?$/u
const OPENER = /^\s*(?:(?:\p{Lu}\p{Ll}+ing|Asked|Speaking|After|Before|When|While|As|In|At|On|During|Despite|Following|Earlier|Later|Meanwhile|Separately|However|Yesterday|Today|Then)\b|(?:A|An|One|Two|Three|The)\s+(?:day|days|week|weeks|hour|hours)\s+(?:before|after|earlier|later)\b|,\s*(?:\p{Ll}+ing|asked|after|before|when|while|during|despite|following|earlier|later)\b)/u

/** Replaces the given spans with spaces, keeping offsets. */
export function mask(text: string, spans: readonly { offset: number; length: number }[]): string {
  let out = text
  for (const s of spans) out = out.slice(0, s.offset) + ' '.repeat(s.length) + out.slice(s.offset + s.length)
  return out
}

/** Strips what may stand between a speaker and the verb from the end of `prefix`, a bounded tail at a time. */
function stripGap(prefix: string): string {
  for (;;) {
    const end = trimRight(prefix)
    const m = GAP_AT_END.exec(end.slice(-90))
    if (!m) return end
    prefix = end.slice(0, end.length - m[0].length)
  }
}

function trimRight(text: string, chars = ' \t'): string {
  let end = text.length
  while (end > 0 && chars.includes(text[end - 1])) end--
  return text.slice(0, end)
}

const BROADCAST_BEFORE = /\b((?:a|the)\s+communiqu[eé])\s+(?:read out|read|broadcast|aired|carried|published)\s+(?:on|by|in)\s+[^,;.]*$/i

type Subject = Pick<Attribution, 'subject' | 'subjectOffset' | 'apposition' | 'relative'>

const SOURCE_AFTER_RELATIVE = /,\s*(?:which|who)\b[^,;“”"]{2,160}(,\s*according\s+to\s+[^,;“”"]{2,60},\s*)$/
const ASIDE_AT_END = /,\s*(?:who|whose|asked|speaking|responding|replying|writing|talking|addressing|commenting|referring|welcoming|greeting|visiting|standing|sitting|appearing|presenting|flanked|accompanied|joined\s+by|alongside|in\s+(?:an?|his|her|their)\s+(?:interview|speech|statement|address|post|letter|tweet))\b[^]{2,160}?,\s*$/
// A sentence that opens on a name and an aside about it: "Salih, welcoming his guest,".
const NAME_THEN_ASIDE = /^\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.-]*,\s*(?:\p{Ll}+ing|asked|flanked)\b[^,;“”"]{2,120},\s*$/u

function subjectBefore(masked: string, verbOffset: number): Subject | null {
  // Only the last stretch before the verb can hold its subject.
  const start = Math.max(0, verbOffset - 240)
  let prefix = stripGap(masked.slice(start, verbOffset))
  // "Guterres, who earlier announced that ...": the relative pronoun stands for the name before it.
  // "Yair Lapid, who during a visit to Morocco on August 11 and 12 voiced concern": so it does past a setting.
  const relative = /,\s*who(?:\s+(?:during|at|in|on|while|after|before)\s[^,;:“”"]{1,80})?$/.exec(prefix)
  if (relative) prefix = prefix.slice(0, relative.index)
  // "Elon Musk, the head of Tesla and SpaceX, who said": the pronoun stands for the name the description is set beside.
  if (relative && ROLE_DESCRIPTION.test(/,\s*([^,;“”"]{2,120})$/.exec(prefix)?.[1] ?? '')) prefix += ','
  // "Kerry, who is attending the conference in Sharm el-Sheikh, Egypt, said", "Psaki, asked whether the President
  // had apologised, said", "Kurti, speaking to Kosovo media in Ohrid, said": the clause is about the speaker.
  const aside = relative ? null : ASIDE_AT_END.exec(prefix)
  if (aside) prefix = prefix.slice(0, aside.index)
  // "The Iranian foreign ministry, which had summoned the ambassador ..., according to one ministry official, said": past
  // whom a relative clause is known from, the clause itself, set beside the subject.
  const source = relative || aside ? null : SOURCE_AFTER_RELATIVE.exec(prefix)
  if (source) prefix = `${prefix.slice(0, prefix.length - source[1].length)},`
  // "Obama himself, in an interview ..., put it this way", "Westerwelle himself said": the name, not its reflexive.
  prefix = prefix.replace(/(?<=\S)\s+(?:himself|herself|themselves)$/, '')
  // "Sir Jeffrey Donaldson, leader of the Democratic Unionist Party, whose boycott ... has left ..., said": so past a description.
  if (aside && ROLE_OPENING.test(/,\s*([^,;“”"]{2,120})$/.exec(prefix)?.[1] ?? '')) prefix += ','
  const tail = prefix.slice(-170)
  const appo = prefix.endsWith(',') ? APPOSITION.exec(tail) : null
  let apposition: { offset: number; length: number } | undefined
  if (appo) {
    const head = withoutAside(prefix.slice(0, prefix.length - tail.length + appo.index))
    const described = npAtEnd(head)
    if (described) {
      // "Oman, which has mediated between Riyadh and the Houthis, said": a relative clause names no one.
      if (!RELATIVE_CLAUSE.test(appo[0])) apposition = { offset: start + head.length + 1, length: prefix.length - head.length - 2 }
      prefix = head
      // "Lawrence Kanyuka, the spokesman of the AFC, the coalition that includes the M23, told": what is left
      // is a description set beside the name before it.
      // "Mykhailo Podolyak, an adviser to Ukraine's president, Volodymyr Zelensky, wrote": a name set beside the object of a
      // description's preposition is part of the description; the name before it speaks.
      const objectOf = PREPOSITION_BEFORE.test(head.slice(Math.max(0, described.index - 20), described.index)) ? /,\s*([^,;“”"]{2,120})$/.exec(head) : null
      const description = objectOf && ROLE_DESCRIPTION.test(objectOf[1]) ? { index: objectOf.index + objectOf[0].indexOf(objectOf[1]), text: objectOf[1] } : described
      const before = head.slice(0, description.index).trimEnd()
      const name = ROLE_DESCRIPTION.test(description.text) && before.endsWith(',') ? npAtEnd(before.slice(0, -1)) : null
      // Not a setting's place ("In Israel, the National Security Minister, Itamar Ben-Gvir, mocked"): the name after it speaks.
      const setting = name && (SETTING_OPENING.test(name.text) || PREPOSITION_BEFORE.test(before.slice(Math.max(0, name.index - 20), name.index)))
      if (name && !setting && CAPITAL_FIRST.test(name.text) && !/^the\s/i.test(name.text)) {
        apposition = { offset: start + description.index, length: description.text.trimEnd().length }
        prefix = before.slice(0, -1)
      }
    }
  }
  prefix = withoutAside(trimRight(prefix, ' \t,'))
  // "The two sides said", "In their joint statement, the three leaders accused": the parties together.
  const joint = JOINT_AT_END.exec(prefix)
  // Not "officials on both sides", nor "a meeting that both sides described as cordial".
  if (joint && !relative && !OBJECT_OR_RELATIVE_BEFORE.test(prefix.slice(0, joint.index))) return { subject: joint[0], subjectOffset: start + joint.index }
  // "Jaishankar did not mention China by name but said that ...": the second verb goes on with the clause's subject.
  const but = /\sbut$/i.exec(prefix)
  let np = npAtEnd(prefix) ?? (but && !relative ? clauseSubject(prefix, but.index) : null)
  // "In a post on Facebook he claimed": a setting without its comma ends at the pronoun, which is the whole subject.
  const pronoun = np && SUBJECT_PRONOUN_AT_END.exec(np.text)
  if (np && pronoun) np = { text: pronoun[1], index: np.index + pronoun.index + 1 }
  if ((!np || /^and\s*$/i.test(np.text)) && !relative) {
    const first = firstVerbSubject(prefix)
    if (first) return { subject: first.text, subjectOffset: start + first.index }
  }
  if (!np) return null
  // "Kayikwamba Wagner thanked Trump and said": the second verb's subject is the first's, not its object.
  // "threatened by NATO and demands" stays an object's (PREPOSITION_BEFORE below); "turned to Trump and said", a verb
  // in the past that no noun is spelled like, goes on with the first verb's subject.
  const pastVerb = /^(?:said|told|added|wrote|\w+ed)\b/.test(masked.slice(verbOffset, verbOffset + 12))
  if (/\sand$/i.test(np.text) && /\p{Ll}\s*$/u.test(prefix.slice(0, np.index)) && (pastVerb || !PREPOSITION_BEFORE.test(prefix.slice(Math.max(0, np.index - 20), np.index)))) {
    np = clauseSubject(prefix, np.index) ?? np
  }
  // "Passengers who reached Vilnius on Sunday night said": the name is the object of a relative clause; its head speaks.
  const inRelative = RELATIVE_VERB_BEFORE.exec(prefix.slice(0, np.index))
  if (inRelative) {
    const head = npAtEnd(prefix.slice(0, inRelative.index).trimEnd())
    if (!head) return null
    np = head
  }
  // "A communique read out on the state broadcaster ORTM said": the communique speaks, not the broadcaster.
  const broadcast = BROADCAST_BEFORE.exec(prefix.slice(0, np.index))
  if (broadcast) return { subject: broadcast[1], subjectOffset: start + broadcast.index + broadcast[0].indexOf(broadcast[1]), ...(relative ? { relative: true } : {}) }
  // "A statement by the European Union confirmed ...": the statement speaks for its author.
  const author = /\b(?:statement|communiqu[eé]|announcement|spokes(?:man|woman|person)) (?:by|from|of)\s*$/i.test(prefix.slice(Math.max(0, np.index - 30), np.index))
  // "On January 7 he said", its date masked.
  if (!author && !SUBJECT_PRONOUN.test(np.text) && PREPOSITION_BEFORE.test(prefix.slice(Math.max(0, np.index - 20), np.index))) {
    // "a military source in Khartoum told": the place is where the speaker is; the speaker comes before it.
    const placed = PLACED.exec(prefix.slice(0, np.index))
    const source = placed && !apposition ? npAtEnd(prefix.slice(0, placed.index)) : null
    if (source && SPEAKER_NOUN.test(source.text)) {
      // "..., and military officials in Hawaii say": the conjunction joins the clauses, not the subject.
      const junk = LEADING_JUNK.exec(source.text)?.[0].length ?? 0
      // "the Foreign Office in Berlin", "the government in Kyiv": an institution's place says whose it is.
      const text = SEAT_NOUN.test(source.text) ? prefix.slice(source.index).trimEnd() : source.text
      return { subject: text.slice(junk), subjectOffset: start + source.index + junk, ...(relative ? { relative: true } : {}) }
    }
    // "an adviser to the president told reporters": whose the aide is belongs to the subject.
    const aide = AIDE_TO.exec(prefix.slice(0, np.index))
    if (aide && !apposition) {
      const words = prefix.slice(aide.index)
      return { subject: words.trim(), subjectOffset: start + aide.index + words.length - words.trimStart().length, ...(relative ? { relative: true } : {}) }
    }
    // "Russia's ambassador to the US, Anatoly Antonov, said": the apposition names the speaker.
    if (!apposition) return null
    const raw = masked.slice(apposition.offset, apposition.offset + apposition.length)
    const name = raw.trim()
    const own = npAtEnd(name)
    if (!own || own.index !== 0 || !CAPITAL_FIRST.test(name)) return null
    return { subject: name, subjectOffset: apposition.offset + raw.indexOf(name), ...(relative ? { relative: true } : {}) }
  }
  let subject = np.text.replace(/(?:\s+(?:and|of|for|the|a|an))+$/i, '')
  let offset = np.index
  const junk = LEADING_JUNK.exec(subject)
  if (junk) {
    subject = subject.slice(junk[0].length)
    offset += junk[0].length
  }
  // The subject starts where the run of name words starts; a lowercase lead word alone is not one.
  if (!subject || !(/[\p{Lu}]|^(?:he|she|they|it|we|i|the official|the statement)\b/iu.test(subject) || SIGNED_TEXT.test(subject))) return null
  if (/^(?:the|a|an|of|and|for)$/i.test(subject)) return null
  return { subject, subjectOffset: start + offset, ...(apposition ? { apposition } : {}), ...(relative ? { relative: true } : {}) }
}

// "Algeria's energy minister, Mohamed Arkab, travelled to the Spanish capital last week and": a clause's subject, a name
// set beside it, its verb of the past, and the words up to "and", which joins a second verb to the same subject.
// "He stood with 16 Rohingya refugees, listened to their stories and": a series of the subject's verbs, the last after "and".
const PAST_VERB_WORD = String.raw`(?:\p{Ll}{2,}ed|went|flew|met|made|took|gave|sent|held|spoke|came|left|paid|stood|sat|spent|saw|heard|wrote|found|kept|led|won|lost|brought|began|rose|fell)`
const FIRST_VERB_THEN_AND = new RegExp(String.raw`^(\s*)([^,;:“”"]{2,80}?)(?:,\s*([^,;:“”"]{2,60}),)?\s+${PAST_VERB_WORD}\b[^,;:“”"]{0,100}(?:,\s+${PAST_VERB_WORD}\b[^,;:“”"]{0,100}){0,2}\sand$`, 'u')

/**
 * The subject of a clause whose first verb a second one joins with "and" ("Arkab travelled to Madrid and told the
 * government there that ..."): the name set beside the subject when it has one, else the subject.
 */
function firstVerbSubject(prefix: string): { text: string; index: number } | null {
  const from = prefix.search(/(?:[.!?;:]\s+)(?=[^.!?;:]*$)/)
  // "In Brussels, EU interior ministers held an emergency meeting and issued a statement": past its opening setting.
  const whole = from < 0 ? prefix : prefix.slice(from + 1)
  const clause = whole.slice(OPENING.exec(whole)?.[0].length ?? 0)
  const offset = prefix.length - clause.length
  const m = FIRST_VERB_THEN_AND.exec(clause)
  if (!m) return null
  const own = npAtEnd(m[2])
  if (!own || own.index !== 0 || !(CAPITAL_FIRST.test(m[2]) || /^(?:he|she)$/.test(m[2]))) return null
  const name = m[3] ? npAtEnd(m[3]) : null
  if (name && name.index === 0 && CAPITAL_FIRST.test(m[3])) return { text: m[3].trim(), index: offset + clause.indexOf(m[3], m[1].length + m[2].length) }
  return { text: m[2].trim(), index: offset + m[1].length }
}

/** The noun phrase that opens the clause `text[..., at)` is in: the subject of its first verb. */
function clauseSubject(text: string, at: number): { text: string; index: number } | null {
  const from = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at), text.lastIndexOf(':', at)) + 1
  // "Hahn stopped in Belgrade, where he held talks with Vucic and called on Kosovo": the place's clause has its subject.
  const placeClause = CLAUSE_OF_PLACE_OR_TIME.exec(text.slice(from, at))
  if (placeClause) return { text: placeClause[2], index: from + placeClause[1].length }
  const np = NP_AFTER.exec(text.slice(from, at))
  if (!np || !CAPITAL_FIRST.test(np[1].trim())) {
    // "Aliyev, writing on Twitter, named the officer as Orkhan Asgarov and demanded": the clause's subject is before the aside.
    const aside = ASIDE_AT_END.exec(text.slice(0, from))
    return aside ? clauseSubject(text.slice(0, aside.index), aside.index) : null
  }
  // "In Belgrade he held talks with Vucic and called": a setting without its comma ends at the pronoun.
  const pronoun = SUBJECT_PRONOUN_AT_END.exec(np[1].trim())
  if (pronoun) return { text: pronoun[1], index: from + np[0].indexOf(np[1].trim()) + pronoun.index + 1 }
  return { text: np[1].trim(), index: from + np[0].indexOf(np[1].trim()) }
}
const CLAUSE_OF_PLACE_OR_TIME = /^(\s*(?:where|when|while|after|as)\s+)(he|she|they)\s+\p{Ll}/u

/** The parties of a story speaking together: "the two sides", "both countries", "the three leaders". */
export const JOINT_PARTIES = String.raw`(?:the\s+(two|three|four|five)|both)\s+(sides|countries|leaders|governments|nations|presidents|delegations|foreign ministers|heads of state)`
const JOINT_AT_END = new RegExp(String.raw`(?<![\p{L}-])${JOINT_PARTIES}$`, 'iu')
/** A text the parties signed, speaking for itself: "the declaration", "the five-point declaration", "the joint communiqué". */
export const SIGNED_TEXT = /^(?:the|this)\s+((?:[\w-]+\s+){0,2}?(?:declaration|communiqu[eé]|accord|agreement|memorandum|treaty))$/i
const PLACED = /\s(?:in|at)\s+$/
/** An unnamed aide and whose: "an adviser to the president", "a senior aide to Netanyahu", "a source close to the Kremlin". */
export const AIDE = String.raw`(?:an?|one)\s+(?:(senior|top|close|former)\s+)?(advis[eo]r|aide|assistant|source)\s+(?:to|close\s+to)`
const AIDE_TO = new RegExp(String.raw`(?:^|\s)${AIDE}\s+$`, 'i')
// Unnamed speakers a place may follow: "a source in Khartoum", "officials in Washington", "a spokesman in Moscow".
// So may an institution's seat: "the Foreign Office in Berlin", "the government in Kyiv".
const SEAT_WORDS = 'office|ministry|government|authorities|presidency'
const SEAT_NOUN = new RegExp(`\\b(?:${SEAT_WORDS})$`, 'i')
const SPEAKER_NOUN = new RegExp(`\\b(?:sources?|officials?|spokes(?:man|woman|person)|diplomats?|embassy|mission|delegation|${SEAT_WORDS})$`, 'i')
const RELATIVE_VERB_BEFORE = /\s(?:who|that)\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,3}$/u
const OBJECT_OR_RELATIVE_BEFORE = /\b(?:on|of|from|for|with|between|by|to|among|that|which|whom)\s*$/i

// "Rep. Michael McCaul (R-Tex.)", "Rafael Grossi (IAEA)": a short aside in brackets after a name.
const BRACKETED_ASIDE = /\s*\([^()]{1,20}\)$/

/** `text` without a short bracketed aside at its end, in spaces so that offsets hold. */
function withoutAside(text: string): string {
  const m = BRACKETED_ASIDE.exec(text)
  return m ? mask(text, [{ offset: m.index, length: m[0].length }]) : text
}

// "Iran's mission to the United Nations", "Russia's ambassador to the US": a post abroad names where it is sent.
const POST_BEFORE_TO = /\b(?:mission|ambassador|envoy|representative|delegation|embassy)\s+$/i

/** The noun phrase that ends `text`, found word by word from the end. */
function npAtEnd(text: string): { text: string; index: number } | null {
  let end = text.length
  while (end > 0 && text[end - 1] === ' ') end--
  let begin = end
  let i = end
  while (i > 0) {
    let j = i
    while (j > 0 && text[j - 1] !== ' ') j--
    const word = text.slice(j, i)
    // "Seoul's unification ministry", "the five-point declaration": any word in small letters before the ministry,
    // minister or signed text just read.
    const portfolio = /^[\p{Ll}\d-]+$/u.test(word) && /^(?:ministry|minister|declaration|communiqu[eé]|accord|memorandum|treaty)\b/.test(text.slice(i).trimStart())
    if (!NP_WORD_ONLY.test(word) && !portfolio && !(word === 'to' && POST_BEFORE_TO.test(text.slice(0, j)))) break
    begin = j
    i = j
    while (i > 0 && text[i - 1] === ' ') i--
  }
  return begin < end ? { text: text.slice(begin, end), index: begin } : null
}

function subjectAfter(masked: string, from: number): { subject: string; subjectOffset: number } | null {
  const np = NP_AFTER.exec(masked.slice(from))
  if (!np) return null
  const subject = np[1].trim()
  if (!/[\p{Lu}]/u.test(subject) && !/^(?:he|she)$/i.test(subject)) return null
  // "said Trump's “deplorable” measures undermined ...": a possessive opens the words, it does not speak them.
  if (/['’ʼ]s$/u.test(subject)) return null
  return { subject, subjectOffset: from + np[0].indexOf(subject) }
}

const ANY_ATTRIBUTION = new RegExp(`\\b(?:${VERB_LIST}|[Aa]ccording to|quoted|${PARTICIPLES})\\b`)

/** What may follow a closing speech verb: an audience, a setting, the full stop. */
const PERSON_NOUN_AT_END = /\b(?:officials?|sources?|spokes(?:man|woman|person|people)|diplomats?|aides?|advisers?|officers?|negotiators?)$/
// After the verb, the rest of a clause whose subject is the noun before it.
const CLAUSE_GOES_ON = /^\s+(?:would|will|could|can|may|might|should|must|was|were|is|are|had|has|have|did|does)\b/
// Words in small letters before a subject's head ("an airport official", "senior officials"), none a word of a clause.
const MODIFIERS_AT_END = /(?:\b(?:an?|the|one|two|three|four|some|several)\s+)?(?:(?!(?:where|while|and|but|or|nor|who|whom|whose|which|that|when|as|he|she|they|it|we|i|you|after|before|because|since|if|then|also|so|yet|though|although|whereas|said|says|told|tells|in|on|at|of|for|with|by|from|to|into|under|over|about|against|between|among)\b)[\p{Ll}-]+\s+){1,3}$/u
const NOTHING_AFTER = /^\s*(?:(?:reporters|journalists)\b\s*)?(?:(?:on|in|at|to|during|after|before|from|via|late|early|this|last)\b[^,;:“"]{0,50})?[.!?]?\s*$/

/**
 * A closing clause naming the outlet that carried the words, not their speaker: "..., state media reported
 * on Wednesday.", "..., according to the official IRNA news agency.", "..., the Interfax agency quoted him as saying."
 */
const REPORTED_BY = new RegExp(
  String.raw`,\s*(?:(?:according to|citing)\s+(?:the\s+)?(?=[^,;:“”"]*\b${MEDIA})|(?=(?:the\s+|a\s+)?(?:${MEDIA_WORD}\s+){1,6}(?:reported|reports|quoted)\b))[^,;:“”"]{2,90}[.!?]?\s*$`,
  'u',
)

/** Where a closing "…, S reported (on Monday)." or "…, according to the X news agency." begins, or -1. */
export function reportedByAt(sentence: string): number {
  const m = REPORTED_BY.exec(sentence.slice(-150))
  return m ? sentence.length - Math.min(sentence.length, 150) + m.index : -1
}

const NONE: readonly Attribution[] = []
const attributionsOf = memo(attributionsIn, 20_000)

/**
 * Every attribution in a sentence (dates already masked out), in order; the answer is shared, read it only.
 * A sentence without a speech verb is told by one pattern test, before the memo hashes the sentence.
 */
const POST_SUBJECT = /^\s*((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|minister|ambassador|envoy|diplomat|advis[eo]r|aide)\b(?:,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*(?=,))?)/iu
const OBJECT_RELATIVE_BEFORE = /,\s*whom\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?$/u
// "Here's what", "This is what": the sentence points to words told elsewhere.
// So is a heading's question: "In short: what Lavrov said about the talks, and what he did not".
const WHAT_FOLLOWS = /\b(?:here(?:['’]s| is)|this is|that(?:['’]s| is))\s+what\s+$|(?:^|[:;—–]\s*)(?:what|how|why)\s+$/i
const ASIDE_THEN_VERB = /^\s*,[^,]{1,60},\s+(?:had|has|have|was|were|is|are|would|will|could|should|must|did|does|do|can|may|might)\b/

export function findAttributions(sentence: string): readonly Attribution[] {
  return ANY_ATTRIBUTION.test(sentence) ? attributionsOf(sentence) : NONE
}

function attributionsIn(sentence: string): Attribution[] {
  // Parenthesised acronyms ("the Collective Security Treaty Organization (CSTO) welcomed") stand aside.
  const masked = maskQuotations(sentence.replace(/\s\([\p{Lu}.]{2,8}\)/gu, (m) => ' '.repeat(m.length)))
  const out: Attribution[] = []
  VERB.lastIndex = 0
  for (let m = VERB.exec(masked); m; m = VERB.exec(masked)) {
    const verb = m[1]
    const at = m.index
    const before = masked.slice(0, at)
    // "“...,” said S" and "..., said S in a statement": the speaker follows the verb.
    // Not "Salih, welcoming his guest, said the East ...": a name and an aside about it, then its verb.
    if (/[,”"]\s*$/.test(before) && /^(?:said|says|added|adds|wrote|tweeted|stated|declared|announced)$/.test(verb) && !NAME_THEN_ASIDE.test(before)) {
      const after = subjectAfter(masked, at + verb.length)
      // "..., said S." / "..., said S in a statement": the speaker closes the clause; "..., said Washington was" does not.
      const rest = after ? masked.slice(after.subjectOffset + after.subject.length) : ''
      // Nor "..., said Turkey, like every country, had a right": an aside, then the verb of the words' own subject.
      if (after && !/^(?:that|it|he|she|they)\b/i.test(after.subject) && /^\s*(?:[.,;:!?)”"]|$|(?:in|at|on|during|after|before|to|who|while|when|as|according)\b)/.test(rest) && !ASIDE_THEN_VERB.test(rest)) {
        out.push(attribution(after, verb, at, false))
        continue
      }
    }
    // "He cited Kosovo as a precedent, calling Western objections “striking hypocrisy”": a participle after a comma speaks
    // for the sentence's subject (PARTICIPLE below), not for the noun before it.
    // Not an aside that the subject's own verb follows ("New Delhi, calling the charge “absurd”, expelled a Canadian diplomat").
    if (verb === 'calling' && /,\s*$/.test(before) && /^[^,;]*$/.test(masked.slice(at))) continue
    // "The demands were rejected by Kyiv": a passive verb does not attribute words to its subject.
    if (PASSIVE_BEFORE.test(masked.slice(Math.max(0, at - 30), at))) continue
    // "the territory of Western Tigray, claimed by both Tigray and Amhara": a participle with its agent.
    if (!verb.endsWith('saying') && PASSIVE_AFTER.test(masked.slice(at + verb.length, at + verb.length + 40))) continue
    // "Olivier Sylvestre, described in some reports as the station chief": a participle after a comma, its "as" with no object before it.
    if (/,\s*$/.test(masked.slice(0, at)) && DESCRIBED_AS.test(masked.slice(at + verb.length, at + verb.length + 60))) continue
    // "the kind of sanctions that Beijing warned against.", "the escalation it has warned about for weeks.": a relative clause
    // whose verb's object is the noun before it recalls words, and tells none.
    if (STRANDED_PREPOSITION.test(masked.slice(at + verb.length))) continue
    // "Bruno Retailleau, whom Algiers has blamed for the crisis, used stronger language": the verb's object is the one named
    // before the clause; what its subject said is not told.
    // "Draghi, whom he called “appointed, not elected”" names what was said.
    if (OBJECT_RELATIVE_BEFORE.test(before) && /^\s*(?:for|of|over|with|in|at|on|by|after|before|since|,|\.|$)/.test(masked.slice(at + verb.length))) continue
    // "Belgium, the Netherlands and Luxembourg, explained · Tuesday edition": a newsletter's name over its edition, no words.
    if (/^\s*[·|•]/.test(masked.slice(at + verb.length))) continue
    // "Eritrea has said nothing publicly about the deal": silence is no statement; "Aoun said nothing justified Hariri's failure to
    // return" reports words.
    if (/^\s+nothing\b(?!\s+(?:\p{Ll}+ed|was|is|had|has|would|could|can|will)\b)/iu.test(masked.slice(at + verb.length, at + verb.length + 30))) continue
    // "The UN and Turkey announced a deal ...", "Biden announced new sanctions": announcing an agreement or sanctions reports them, an event
    // ("announced the deal would be signed" still reports words).
    if (ANNOUNCED_AGREEMENT.test(masked.slice(at, at + 80)) || DECLARED_STATE.test(masked.slice(at, at + 100))) continue
    const s = subjectBefore(masked, at)
    if (!s) continue
    // "Moscow's demands", "Putin's calls for": a possessive makes the verb form a noun.
    if (/['’ʼ]s$/.test(s.subject) && /s$/.test(verb)) continue
    // "investigate Japanese claims that ...": a nationality's adjective alone before a verb in -s makes it a noun too.
    if (/s$/.test(verb) && nationalityAlone(s.subject)) continue
    // The words come first when a quotation or a whole clause precedes ", S said"; "At the same time, S said" is an opener.
    const lead = masked.slice(0, s.subjectOffset)
    // "..., saying he had to walk because Kim insisted on ...": a reason, not a report of words.
    if (/\bbecause\s+$/i.test(lead.slice(-10))) continue
    // "Here's what Sen. Bob Menendez said yesterday, in case you missed it.": the words are told elsewhere, not after the verb.
    // Not "in what Blinken called an irresponsible act", whose words follow.
    if (WHAT_FOLLOWS.test(lead) && !masked.includes(':', at)) continue
    // "..., a day after Trump said the drills would be halted": a subordinate clause, not the sentence's source.
    if (SUBORDINATE_BEFORE.test(lead.slice(-12))) {
      out.push(attribution({ ...s, relative: true }, verb, at, true))
      continue
    }
    // A participial opener ("Describing the meeting as open, he said ...") is not the content.
    // A short clause is the content too when nothing but a setting follows the verb ("Talks will resume soon, officials said.").
    // A date masked out before the comma ("On Monday, S had appealed to delegates") is an opener too, also before
    // the description that names the speaker ("On Friday, the head of the guard, Gen Tchiani, declared himself ...").
    const description = MASKED_OPENER.exec(lead)
    // A lead that opens on a date, masked out ("A day before the Senate vote, on Wednesday, January 31, S said"), is a setting.
    const opener = OPENER.test(lead) || MASKED_DATE_FIRST.test(lead) || (description !== null && (!description[1] || ROLE_WORD.test(description[1])))
    // "..., an airport official told Reuters.", "..., interim chief executive Stefan Tilger told customers": the comma may
    // stand before the subject's words in small letters. Not before a noun a clause tells of ("a process officials said would
    // take years", "an allegation US officials rejected").
    const modifiers = /,\s*$/.test(lead) || CLAUSE_GOES_ON.test(masked.slice(at + verb.length)) ? null : MODIFIERS_AT_END.exec(lead)
    // A person's noun in small letters ("sources", "official"), not a medium ("state media in both countries said"); or a name
    // after its title that tells someone ("told customers"), not "said." closing a report of another's words ("Lee told aides
    // ..., presidential spokesman Park Sun-kyoo said").
    const named = /^\p{Lu}/u.test(s.subject)
    const modified = modifiers !== null && (named ? !/^(?:an?|the)\s/i.test(modifiers[0]) && !NOTHING_OR_MANNER.test(masked.slice(at + verb.length)) : PERSON_NOUN_AT_END.test(s.subject))
    const clause = modified ? lead.slice(0, modifiers.index) : lead
    const tail = /[”"]\s*$/.test(lead) || (/,\s*$/.test(clause) && (clause.trim().split(/\s+/).length >= 6 || NOTHING_AFTER.test(masked.slice(at + verb.length))) && !opener) || /^[“"]/.test(masked.trim())
    // Then those words belong to the subject ("an airport official"), and the words said end at the comma.
    const whole = tail && modified ? { ...s, subject: masked.slice(clause.length, s.subjectOffset + s.subject.length), subjectOffset: clause.length } : s
    out.push(attribution(whole, verb, at, !tail))
  }
  // No words reported ("as he had promised."): then a participle may report them.
  for (let k = out.length - 1; k >= 0; k--) if (!saysSomething(sentence, out[k])) out.splice(k, 1)
  // "Trump ended the summit without an agreement, saying he had to walk": the sentence's subject speaks.
  if (!out.length) {
    const participle = PARTICIPLE.exec(masked)
    const opening = OPENING.exec(masked)?.[0].length ?? 0
    // "a presidential spokesman, Otavio Rego Barros, appeared to soften that position, saying ...": so does one named by post.
    const post = participle ? POST_SUBJECT.exec(masked.slice(opening)) : null
    const subject = participle && (subjectAfter(masked, opening) ?? (post ? { subject: post[1], subjectOffset: opening + post[0].indexOf(post[1]) } : null))
    if (participle && subject && subject.subjectOffset < participle.index && (CAPITAL_FIRST.test(subject.subject) || /^(?:he|she)$/i.test(subject.subject) || post)) out.push(attribution(subject, participle[1].trimEnd(), participle.index + participle[0].indexOf(participle[1]), true))
  }
  // "according to S"; not "According to the Chinese readout, Albanese said ...", which names where the words are told, nor
  // the outlets that carried them ("Bogdanov said on Friday that ..., according to Russian news agencies").
  const according = /\baccording to\s+/gi
  const carriedBy = reportedByAt(masked)
  for (let m = according.exec(masked); m; m = according.exec(masked)) {
    const after = subjectAfter(masked, m.index + m[0].length)
    const source = (!masked.slice(0, m.index).trim() && out.some((a) => a.contentAfter && a.verbOffset > m!.index)) || (carriedBy >= 0 && carriedBy < m.index && out.length > 0)
    // "with two-way trade of about $139 billion, according to U.S. figures": a count of someone's is no one's words.
    const figures = after && FIGURES_AFTER.test(masked.slice(after.subjectOffset + after.subject.length))
    if (after && !source && !figures) out.push(attribution(after, 'according to', m.index, false))
  }
  // "X quoted S as saying"
  const quoted = /\bquoted\s+(.{3,100}?)\s+as saying\b/g
  for (let m = quoted.exec(masked); m; m = quoted.exec(masked)) {
    const after = subjectAfter(masked, m.index + 'quoted '.length)
    if (after) out.push(attribution(after, 'quoted as saying', m.index, false))
  }
  // "Dianne Feinstein, the California Democrat who ... has defended the NSA all summer, said": a verb inside the description
  // set beside the speaker tells of the speaker, not words of their own.
  const inDescription = (a: Attribution): boolean => a.verb !== 'according to' && out.some((b) => b.apposition && a.verbOffset > b.apposition.offset && a.verbOffset < b.apposition.offset + b.apposition.length)
  return (out.some((a) => a.apposition) ? out.filter((a) => !inDescription(a)) : out).sort((a, b) => a.verbOffset - b.verbOffset)
}

// Verbs of saying whose sentence, with nothing after them, is their words ("At the same time, Lavrov said.").
const BARE_SAY = /^(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|tweets|stated)$/
const NOTHING_OR_MANNER = /^[\s,]*(?:\p{Ll}+ly)?[\s.!?]*$/u
const CLAUSE_OPENS_BEFORE = /[,;:“”"—–(]\s*$/

/**
 * Whether an attribution reports words: not "The State Department responded sharply.", "after they apologized.", nor a
 * clause inside a noun's ("a charge Tehran rejects", "the diplomatic success that John Kerry described").
 */
function saysSomething(sentence: string, a: Attribution): boolean {
  if (a.verb === 'according to' || BARE_SAY.test(a.verb)) return true
  if (a.contentAfter) return !NOTHING_OR_MANNER.test(sentence.slice(a.verbOffset + a.verb.length))
  if (a.subjectOffset > a.verbOffset) return true
  const before = sentence.slice(0, a.subjectOffset)
  return !before.trim() || CLAUSE_OPENS_BEFORE.test(before)
}

/** An attribution from its subject, built field by field (a spread costs more, per sentence, than the fields). */
function attribution(s: Subject, verb: string, verbOffset: number, contentAfter: boolean): Attribution {
  const made: Attribution = s.apposition
    ? { subject: s.subject, subjectOffset: s.subjectOffset, apposition: s.apposition, verb, verbOffset, contentAfter }
    : { subject: s.subject, subjectOffset: s.subjectOffset, verb, verbOffset, contentAfter }
  if (s.relative) made.relative = true
  return made
}

interface ColonSpeaker {
  subject: string
  offset: number
  contentAfter: boolean
}

/**
 * A line that names its speaker with a colon: "SECRETARY BLINKEN: ...", "Bahrain FM: “...”",
 * "Kushner: Today marks ...", or a headline that ends in one: "Talks to be held next month: Lavrov".
 */
export function colonSpeaker(line: string): ColonSpeaker | null {
  // Most lines have no colon: they need neither pattern (nor a memo, which costs more than this test).
  if (!line.includes(':')) return null
  return colonHead(line) ?? colonTail(line)
}

/** Both readings of a colon line, the head's first: "Deal to be signed: Turkey" has a head that names no one. */
export function colonSpeakers(line: string): ColonSpeaker[] {
  if (!line.includes(':')) return []
  return [colonHead(line), colonTail(line)].filter((c) => c !== null)
}

/** A head that opens with a preposition names a topic: "On Biden: “He's a very balanced ...”" are not Biden's words. */
const TOPIC_HEAD = /^(?:On|About|Regarding|Concerning|Re|Asked about|Over|For|To|From|With|In|At|Of)\s[^:]{1,40}?:\s+(?=\S)/

/** The length of a line's topic head ("On Biden: "), 0 when it has none. */
export function topicHead(line: string): number {
  return TOPIC_HEAD.exec(line)?.[0].length ?? 0
}

function colonHead(line: string): ColonSpeaker | null {
  const head = /^([\p{Lu}][\p{L}\p{M}'’ʼ.\- ]{1,40}?):\s+\S/u.exec(line) ?? SET_HEAD.exec(line)
  return head && head[1].split(/\s+/).length <= 4 && !/\d/.test(head[1]) && !topicHead(line) ? { subject: head[1], offset: 0, contentAfter: true } : null
}

// A live blog's name with where or how the words came, before quoted words: "Benjamin Netanyahu, on X, in Hebrew: “We
// intercepted.”", "Prime Minister Benjamin Netanyahu, in a short video: “...”".
const SET_HEAD = /^([\p{Lu}][\p{L}\p{M}'’ʼ.\- ]{1,40}?)(?:,\s+(?:on|in|via|at|to|during|from)\s[^,:“”"]{1,30}?)+:\s+[“"]/u

function colonTail(line: string): ColonSpeaker | null {
  const tail = /:\s+([\p{Lu}][\p{L}\p{M}'’ʼ.\- ]{1,30})$/u.exec(line)
  return tail && tail[1].split(/\s+/).length <= 3 ? { subject: tail[1].trim(), offset: tail.index + tail[0].indexOf(tail[1]), contentAfter: false } : null
}
