// News tells a statement first in its lead paragraph, then again further down in the speaker's own
// words or at greater length. Outlets that report the lead are merged by then; the one article's later
// retelling is still an item of its own.
import type { ExtractedItem } from '../types'
import { chooseDate } from './combine'
import { moveInto } from './joins'
import { compatibleSpeakers, datesAgree, type MergeContext } from './same'
import { pooledSimilarity } from './pooled'
import { contentTokens } from '../stories/features'
import { LEAD_CHARACTERS } from '../text'

/**
 * Pooled similarity at which one article's later statement restates the lead the group holds. On the dev
 * folders a retelling scores 0.15-0.17 (TASS's lead on the written response and Lavrov's long quote on
 * it; Reuters' lead and "he said Moscow would understand ... once it received a written response"),
 * other statements of the same voice and day 0.07 and below.
 */
export const BODY_OF_LEAD = 0.12

/**
 * A statement group told by one article joins the group of the same voice and day that several outlets
 * report and that holds this article's own earlier sentence, when their words are close enough: the
 * article's body goes on with what its lead said. Groups of several articles are left alone (they are
 * matched across outlets already), and so is a lead: the target's sentence must come first, in the lead.
 */
export function joinBodyToLead(items: readonly ExtractedItem[], clusters: number[][], context: MergeContext): number[][] {
  const groups = clusters.map((c) => c.map((i) => items[i]))
  const articles = groups.map((g) => new Set(g.map((i) => i.articleId)))
  const isStatements = groups.map((g) => g.every((i) => i.type === 'statement'))
  // Reported groups by article, so that a body looks only at the groups its own article is part of.
  const reportedIn = new Map<string, number[]>()
  groups.forEach((_, m) => {
    if (isStatements[m] && articles[m].size >= 2) for (const id of articles[m]) (reportedIn.get(id) ?? reportedIn.set(id, []).get(id)!).push(m)
  })
  const dates = new Map<number, ExtractedItem>()
  const dateOf = (g: number): ExtractedItem => dates.get(g) ?? dates.set(g, chooseDate(groups[g])).get(g)!
  const into = groups.map(() => -1)
  groups.forEach((body, k) => {
    if (!isStatements[k] || articles[k].size !== 1) return
    const [article] = articles[k]
    const first = Math.min(...body.map((i) => i.offset))
    let best = -1, bestSimilarity = BODY_OF_LEAD
    for (const m of reportedIn.get(article) ?? []) {
      const lead = groups[m].filter((i) => i.articleId === article)
      // A statement further down that the outlets report (the "win-win" of Rouhani's address in its third paragraph) is one
      // claim among the body's; the next ones ("all the sanctions ... will be lifted on the day") are claims of their own.
      if (!lead.some((i) => i.offset < first && i.offset < LEAD_CHARACTERS)) continue
      // A briefing's later answers answer other questions: none retells the answer the outlets report.
      if (lead.some((i) => ANSWER_TURN.test(i.text))) continue
      if (!body.every((i) => lead.some((j) => compatibleSpeakers(i, j)))) continue
      // "On Monday he went further": a body its article dates to another day by its own words is a new occasion.
      if (body.some((i) => i.precision === 'day' && i.dateEvidence.phrase !== null && lead.every((j) => j.start !== i.start))) continue
      // So is one that names an occasion the lead does not ("Speaking to Geo News later, Dar says ...").
      if (body.some((i) => occasionsOf(i.text).some((o) => !lead.some((j) => occasionsOf(j.text).includes(o))))) continue
      if (quotesApart(body, lead, groups[m])) continue
      if (!datesAgree(dateOf(k), dateOf(m))) continue
      const similarity = pooledSimilarity(body, groups[m], context)
      if (similarity >= bestSimilarity) (best = m), (bestSimilarity = similarity)
    }
    into[k] = best
  })
  return moveInto(clusters, into)
}

/**
 * Whether the body quotes words the group nowhere uses while the article's lead quotes something else: two
 * claims of one speech ("suspended" ... "any nuclear blackmail"), not the lead's fragment quoted at length.
 */
function quotesApart(body: readonly ExtractedItem[], lead: readonly ExtractedItem[], group: readonly ExtractedItem[]): boolean {
  if (!lead.some((i) => i.quote)) return false
  const quoted = body.flatMap((i) => (i.quote ? contentTokens(i.quote) : []))
  const told = new Set(group.flatMap((i) => contentTokens(`${i.text} ${i.quote ?? ''}`)))
  return quoted.length > 0 && !quoted.some((t) => told.has(t))
}

/** The words by which a sentence sets its own occasion: "later", "in an interview", "speaking to". */
function occasionsOf(text: string): string[] {
  return [...text.matchAll(OCCASION)].map((m) => m[0].toLowerCase())
}

const OCCASION = /\blater\b|\bin an interview\b|\bspeaking to\b/gi
const ANSWER_TURN = /^(?:A|Answer)\s*:\s/
