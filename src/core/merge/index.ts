// Merges the items of one story across articles: the same statement or event reported by several
// outlets becomes one item with one source per article.
// foldSayingEvents (passage.ts) drops events that only restate a statement -> identical wordings are
// compared once and candidate pairs come from rare shared words (candidates.ts) -> isSameItem (same.ts)
// and mutual best matches between two articles (align.ts) link pairs -> average linkage keeps groups
// whose members largely agree (one passage that mentions two statements cannot chain them) -> groups
// that are the lead and the quote of one statement join (joinLeadAndQuote) -> groups of one voice and
// day that alone carry one quoted word or a denial join (joinBySignatureWord), or a phrase of two words
// (joinBySharedPhrase, phrase.ts) -> one article's later
// retelling of its lead joins the lead's group (joinBodyToLead, lead.ts) -> an event one article
// alone restates beside its report of that day's main event joins it (joinSameDayRestatement) -> combine (combine.ts)
// makes each item -> ids from content.
import type { Item } from '../../shared/model'
import { stableId } from '../ids'
import { averageLinkage } from '../stories/cluster'
import type { Edge } from '../stories/similarity'
import type { ExtractedItem } from '../types'
import { type ArticleInfo, articleOrder, chooseDate, combine, itemKey } from './combine'
import { contentTokens } from '../stories/features'
import { memo, pairMemo } from '../memo'
import { foldSayingEvents } from './passage'
import { mutualBestMatches } from './align'
import { candidatePairs, identicalWordings, NEAR_COPY, nearCopies } from './candidates'
import { anyOneVoiceAndDay, Holders, moveInto, oneVoiceAndDay, unite } from './joins'
import { PROTEST } from '../extract/events'
import { joinBodyToLead } from './lead'
import { joinBySharedPhrase } from './phrase'
import { cosine, pooledWords } from './pooled'
import { bodyWithin, compatibleSpeakers, datesAgree, deedsOfTwo, distinctVoices, type Facts, factsOf, isSameItemOf, itemTokens, type MergeContext, POSTED, saidAfterPublished, sameSpeaker, storyContext, vocabulary } from './same'
import type { Vocabulary } from './words'

export { combine, type ArticleInfo } from './combine'
export { isSameItem } from './same'
export { pooledSimilarity } from './pooled'

/**
 * Share of member pairs that must be the same item for two groups to join: rewordings of one
 * statement are often linked only through some of their copies, while a passage that merely mentions
 * a second statement links to few of its reports.
 */
const AGREEMENT = 0.3

export function groupSameItems(items: readonly ExtractedItem[], context: MergeContext = storyContext(items)): number[][] {
  // Compare distinct wordings only; copies and near-copies follow their first.
  const exact = identicalWordings(items)
  const wordings = exact.map((group) => items[group[0]])
  const wordingPairs = candidatePairs(wordings, context)
  const words = vocabulary(context)
  const near = nearCopies(wordings, wordingPairs, (a, b) => isNearCopy(factsOf(a, context), factsOf(b, context), words))
  const copies = near.map((group) => group.flatMap((w) => exact[w]).sort((x, y) => x - y))
  const distinct = near.map((group) => wordings[group[0]])
  // Without near-copies the distinct wordings are the wordings themselves, and so are their pairs.
  const pairs = distinct.length === wordings.length ? wordingPairs : candidatePairs(distinct, context)
  const edges: Edge[] = []
  const linked = new Set<number>()
  const facts = distinct.map((item) => factsOf(item, context))
  for (let k = 0; k < pairs.length; k++) {
    const a = pairs.first(k), b = pairs.second(k)
    if (isSameItemOf(facts[a], facts[b], words)) edges.push({ a, b, similarity: 1 }), linked.add(a * distinct.length + b)
  }
  for (const [a, b] of mutualBestMatches(distinct, pairs, context)) if (!linked.has(a * distinct.length + b)) edges.push({ a, b, similarity: 1 })
  const clusters = averageLinkage(distinct.length, edges, AGREEMENT).map((members) => members.flatMap((m) => copies[m]).sort((x, y) => x - y))
  const statements = joinBodyToLead(items, joinBySharedPhrase(items, joinBySignatureWord(items, joinLeadAndQuote(items, clusters, context))), context)
  return apartFromLaterWords(items, joinSameDayRestatement(items, statements), context).sort((x, y) => x[0] - y[0])
}

/**
 * A report cannot tell words said after it appeared. isSameItemOf keeps such two apart, but a chain of joins can still
 * bring them together (Monday's report of the crown prince's statement that the summit "unites ranks", through Tuesday's
 * undated report of his opening speech, to Wednesday's "told leaders on Tuesday"): the earlier reports leave the group,
 * together. When every report is that early for another, the group stands as the outlets' disagreement on the day.
 */
function apartFromLaterWords(items: readonly ExtractedItem[], groups: number[][], context: MergeContext): number[][] {
  return groups.flatMap((group) => {
    if (group.length < 2 || !group.every((i) => items[i].type === 'statement')) return [group]
    const facts = group.map((i) => factsOf(items[i], context))
    const early = new Set(group.filter((_, k) => facts.some((later, j) => j !== k && saidAfterPublished(facts[k], later))))
    return early.size && early.size < group.length ? [group.filter((i) => !early.has(i)), [...early]] : [group]
  })
}

/** One sentence lightly edited by another outlet: same type, date and voice, nearly the same words. */
function isNearCopy(a: Facts, b: Facts, words: Vocabulary): boolean {
  const x = a.item, y = b.item
  // The word overlap, a walk over two small arrays, rejects almost every pair before the speaker memo is asked.
  return (
    x.type === y.type &&
    x.start === y.start &&
    x.end === y.end &&
    words.overlap(a.words, b.words) >= NEAR_COPY &&
    (x.speaker === null ? y.speaker === null : sameSpeaker(x.speaker, y.speaker))
  )
}

/**
 * Pooled similarity at which two groups carried by the same outlets are one item. On the dev folders
 * true joins score 0.22-0.24 (Lavrov's lead and quote; the grain deal's "will sign" and "will be
 * signed"), distinct items of one voice 0.16 and below (Erdogan's office and his spokesman Kalin).
 */
const LEAD_AND_QUOTE = 0.2

/**
 * News tells a statement twice: the lead paraphrases it, a quote follows. Across outlets that gives two
 * groups of one voice and one day, carried by the same articles, whose pooled wording is close. Groups
 * from a single article are left alone: one article's two statements of one speaker are often two.
 */
export function joinLeadAndQuote(items: readonly ExtractedItem[], clusters: number[][], context: MergeContext): number[][] {
  const groups = clusters.map((c) => c.map((i) => items[i]))
  const articlesOf = groups.map((g) => new Set(g.map((i) => i.articleId)))
  // Each group's date is worked out when a pair first needs it: most groups share no article with another.
  const dates = new Map<number, ExtractedItem>()
  const dateOf = (g: number): ExtractedItem => dates.get(g) ?? dates.set(g, chooseDate(groups[g])).get(g)!
  // Shared articles per pair of groups, counted through the articles (groups meet only where they share one).
  const groupsOf = new Map<string, number[]>()
  articlesOf.forEach((articles, g) => {
    if (articles.size >= 2) for (const id of articles) (groupsOf.get(id) ?? groupsOf.set(id, []).get(id)!).push(g)
  })
  const sharedCount = new Map<number, number>()
  for (const list of groupsOf.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) sharedCount.set(list[i] * groups.length + list[j], (sharedCount.get(list[i] * groups.length + list[j]) ?? 0) + 1)
  const vectors = new Map<number, Map<number, number>>()
  const pooled = (g: number): Map<number, number> => vectors.get(g) ?? vectors.set(g, pooledWords(groups[g], context)).get(g)!
  const voices = new Map<number, ExtractedItem[]>()
  const voicesOf = (g: number): ExtractedItem[] => voices.get(g) ?? voices.set(g, distinctVoices(groups[g])).get(g)!
  const edges: Edge[] = []
  for (const [key, shared] of [...sharedCount].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(key / groups.length), b = key % groups.length
    const x = groups[a], y = groups[b]
    if (x[0].type !== y[0].type || shared * 2 < Math.min(articlesOf[a].size, articlesOf[b].size)) continue
    // Each group's own date, the one most of its articles give: one outlet's wrong weekday must not part them.
    if (!datesAgree(dateOf(a), dateOf(b))) continue
    if (x[0].type === 'event' && deedsOfTwo(x, y)) continue
    if (x[0].type === 'statement' && !voicesOf(a).some((i) => voicesOf(b).some((j) => compatibleSpeakers(i, j) || bodyWithin(i.speaker ?? '', j.speaker ?? '')))) continue
    const similarity = cosine(pooled(a), pooled(b))
    if (similarity >= LEAD_AND_QUOTE) edges.push({ a, b, similarity })
  }
  if (!edges.length) return clusters
  return averageLinkage(groups.length, edges, LEAD_AND_QUOTE).map((members) => members.flatMap((g) => clusters[g]).sort((x, y) => x - y))
}

/**
 * An outlet that paraphrases a statement often keeps one of its words in quotation marks (will not
 * accept “endless” talks) where another quotes the sentence whole ("... wound up in endless
 * discussions"). Two groups of one voice and one day, told by different articles, that alone among the
 * story's statements carry such a quoted word are one statement. A word also quoted by another group
 * of statements is a topic, not a signature; words of the speaker's own name say nothing.
 */
export function joinBySignatureWord(items: readonly ExtractedItem[], clusters: number[][]): number[][] {
  const groups = clusters.map((c) => c.map((i) => items[i]))
  // Without two groups that may join, no signature needs reading (most stories have none).
  if (!anyOneVoiceAndDay(groups)) return unite(clusters, [])
  const holders = new Holders<string>()
  const signedBy = new Holders<string>()
  const statements = groups.flatMap((group, g) => (group[0].type === 'statement' ? [g] : []))
  // Copies in a group share their token list and signature: each distinct one is read once.
  const signatures = statements.map((g) => new Set(groups[g].map(signatureTokens)))
  statements.forEach((g, s) => {
    for (const signed of signatures[s]) for (const t of signed) signedBy.add(t, g)
  })
  // Only a word signed by two groups can join them: only such words need their other holders counted.
  const pairedWords = new Set([...signedBy.pairs()].map(([t]) => t))
  if (!pairedWords.size) return unite(clusters, [])
  statements.forEach((g, s) => {
    for (const tokens of new Set(groups[g].map(itemTokens))) for (const t of tokens) if (pairedWords.has(t)) holders.add(t, g)
    for (const signed of signatures[s]) for (const t of signed) if (pairedWords.has(t)) holders.add(t, g)
  })
  const pairs: [number, number][] = []
  for (const [token, a, b] of signedBy.pairs()) {
    if (holders.count(token) !== 2) continue
    if (!oneVoiceAndDay(groups[a], groups[b]) || groups[a].some((i) => contentTokens(i.speaker!).includes(token))) continue
    // What the speaker posted online and what they said aloud are two statements, whatever word they share.
    if (groups[a].some(posted) !== groups[b].some(posted)) continue
    pairs.push([a, b])
  }
  return unite(clusters, pairs)
}

/**
 * Words that mark the statement itself: those the item puts in quotation marks (its quote, quoted
 * fragments of its text) and a denial ("has denied", "denies"), a reporting verb outlets keep however
 * they reword what was denied.
 */
function signatureTokens(item: ExtractedItem): ReadonlySet<string> {
  return signatureOf(item.quote ?? '', item.text)
}

const signatureOf = pairMemo((quote: string, text: string): ReadonlySet<string> => {
  const fragments = [quote, ...(text.match(/[“"‘][^“”"‘’]{1,400}[”"’]/g) ?? [])]
  const tokens = new Set(fragments.flatMap((f) => contentTokens(f)))
  if (/\b(?:denied|denies|deny|denying)\b/i.test(text)) tokens.add(DENIAL)
  return tokens
}, 10_000)

const posted = (item: ExtractedItem): boolean => POSTED.test(item.text)

/** One token for every form of the verb, whatever the stemmer makes of each. */
const DENIAL = 'deny'

/**
 * One article tells the day's main event more than once: the lead ("signed agreements at the White
 * House on Tuesday"), then a scene of it ("The parties are holding up the signed agreements", "met at
 * the White House Tuesday to make the agreement official"). An event group whose articles all also tell
 * the event group of the very same day, which more outlets confirm, joins it when the two share the
 * event's main verb or noun: a common word (not a name) found in most reports of that group, and in its
 * main clause ("The document was signed by Kubrakov, Akar and Guterres", told by two of the five outlets
 * that report the signing). Another day, another outlet's sentence, only a shared name, or a shared word
 * in a clause of time ("As Netanyahu signs deal, rockets ...") keep them apart.
 */
export function joinSameDayRestatement(items: readonly ExtractedItem[], clusters: number[][]): number[][] {
  const groups = clusters.map((c) => c.map((i) => items[i]))
  const articles = groups.map((g) => new Set(g.map((i) => i.articleId)))
  // The group's day: events only, dated to one day by most of its articles.
  const day = groups.map((g): string | null => {
    if (!g.every((i) => i.type === 'event')) return null
    const dated = chooseDate(g)
    return dated.start === dated.end ? dated.start : null
  })
  // The main words of a confirmed event, read when a restatement asks for them.
  const mainWords = new Map<number, ReadonlySet<string>>()
  const mainWordsOf = (m: number): ReadonlySet<string> => mainWords.get(m) ?? mainWords.set(m, mostUsedWords(groups[m], articles[m])).get(m)!
  // A group most of the other's outlets tell on their own (the declaration three of four outlets report beside the
  // fifteen agreements) is a happening of its own, not a scene of the other.
  const told = (k: number, m: number): boolean => articles[m].size > articles[k].size && (articles[k].size <= 2 || articles[k].size * 2 <= articles[m].size) && [...articles[k]].every((id) => articles[m].has(id))
  const byDay = new Map<string, number[]>()
  day.forEach((d, k) => {
    if (d !== null) (byDay.get(d) ?? byDay.set(d, []).get(d)!).push(k)
  })
  const into = groups.map(() => -1)
  groups.forEach((g, k) => {
    if (day[k] === null) return
    let words: ReadonlySet<string> | undefined
    let best = -1, bestShared = 0
    // "In Skopje, several thousand people protested" beside the signing of that day: a protest is a happening of its own.
    const protest = g.every((i) => PROTEST.test(mainClause(i.text)))
    for (const m of byDay.get(day[k])!) {
      if (m === k || !told(k, m) || (protest && !mostlyProtest(groups[m], articles[m]))) continue
      words ??= new Set(g.flatMap((i) => commonWords(withoutPossessives(mainClause(i.text)))))
      let shared = 0
      for (const w of mainWordsOf(m)) if (words.has(w)) shared++
      if (shared > bestShared) (best = m), (bestShared = shared)
    }
    into[k] = best
  })
  // A group that others join stays where it is.
  groups.forEach((_, k) => {
    if (into[k] >= 0 && into[into[k]] >= 0) into[k] = -1
  })
  return moveInto(clusters, into)
}

/** Whether most of a group's articles tell of protests. */
function mostlyProtest(group: readonly ExtractedItem[], articles: ReadonlySet<string>): boolean {
  const telling = new Set(group.filter((i) => PROTEST.test(i.text)).map((i) => i.articleId))
  return telling.size * 2 > articles.size
}

/** The main words of a confirmed event: common words most of its articles use. */
function mostUsedWords(group: readonly ExtractedItem[], articles: ReadonlySet<string>): ReadonlySet<string> {
  const count = new Map<string, number>()
  for (const id of articles) {
    const words = new Set(group.filter((i) => i.articleId === id).flatMap((i) => commonWords(i.text)))
    for (const w of words) count.set(w, (count.get(w) ?? 0) + 1)
  }
  return new Set([...count].filter(([, n]) => n * 2 > articles.size).map(([w]) => w))
}

/**
 * The sentence without a leading clause of time: "As Netanyahu signs deal, rockets fired from Gaza
 * wound two" tells the rockets, which happened while the signing did.
 */
function mainClause(text: string): string {
  return text.replace(/^\s*(?:(?:even|just)\s+)?(?:as|while|when|after|before|during|hours? before|minutes? before)\b[^,;:]{0,160},/i, '')
}

/** "cancelled a gala at the ambassador's residence": a possessive qualifies a noun; it is never what the sentence tells. */
function withoutPossessives(text: string): string {
  return text.replace(/[\p{L}-]+['’ʼ]s\b/gu, ' ')
}

/** Content words written in lower case: the verbs and nouns of a sentence, not its names. */
function commonWords(text: string): readonly string[] {
  return lowerCaseWords(text)
}

const lowerCaseWords = memo((text: string): readonly string[] => contentTokens(text.replace(/(?<![\p{L}’'-])\p{Lu}[\p{L}’'.-]*/gu, ' ')), 10_000)

export function mergeItems(
  storyId: string,
  extracted: readonly ExtractedItem[],
  articles: ReadonlyMap<string, ArticleInfo>,
  taken: Set<string>,
): Item[] {
  const order = articleOrder(articles)
  // A fixed order, so that ties in the clustering fall the same way on every load.
  const sorted = foldSayingEvents(extracted).sort((a, b) => order(a.articleId, b.articleId) || a.offset - b.offset || a.title.localeCompare(b.title))
  const context = storyContext(sorted, new Map([...articles].map(([id, a]) => [id, a.published])))
  const merged = groupSameItems(sorted, context).map((members) => {
    const items = members.map((i) => sorted[i])
    // Worked out once: the id combine makes from it is replaced below by the folder-unique one.
    const key = itemKey(storyId, items[0])
    return { item: combine(items, { storyId, articles, context, order, key }), key }
  })
  // Ids from content; the rare equal keys are told apart in key order, never by position in the folder.
  merged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return merged.map(({ item, key }) => ({ ...item, id: stableId('i', key, taken) }))
}
