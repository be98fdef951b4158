// The second merge question: given the extracted items that report one statement or event, what is the
// item? The most central wording, the most precise date the majority agrees with, one source per article,
// and every disagreement (date, speaker, figure) kept with the articles that hold it.
import type { Conflict, IsoDate, Item, Precision, PublishedFrom, Source } from '../../shared/model'
import { hash32 } from '../ids'
import { contentTokens } from '../stories/features'
import type { ExtractedItem } from '../types'
import { memo } from '../memo'
import { compatibleSpeakers, contentSimilarity, type Dated, datesAgree, itemTokens, type MergeContext, FLAT_CONTEXT, onNamedOtherDays, sameSpeaker, surname } from './same'

/** What the merge needs to know of an article. */
export interface ArticleInfo {
  id: string
  file: string
  outlet: string | null
  published: IsoDate | null
  publishedFrom?: PublishedFrom
}

export interface CombineInput {
  storyId: string
  articles: ReadonlyMap<string, ArticleInfo>
  context?: MergeContext
  /** The articles' reading order (articleOrder), when the caller has it: one for all of a story's items. */
  order?: (a: string, b: string) => number
  /** The item's key (itemKey of its first report in reading order), when the caller has worked it out. */
  key?: string
}

const PRECISION_RANK: Readonly<Record<Precision, number>> = { day: 0, week: 1, month: 2, year: 3, approximate: 4 }

function width(item: Pick<ExtractedItem, 'start' | 'end'>): number {
  return Date.parse(item.end) - Date.parse(item.start)
}

/** Articles in reading order: first published first, then by path. */
export function articleOrder(articles: ReadonlyMap<string, ArticleInfo>): (a: string, b: string) => number {
  const keys = new Map<string, string>()
  const key = (id: string): string => {
    let k = keys.get(id)
    if (k === undefined) keys.set(id, (k = `${articles.get(id)?.published ?? '9999'}\n${articles.get(id)?.file ?? id}`))
    return k
  }
  return (a, b) => {
    if (a === b) return 0
    const x = key(a), y = key(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
}

/** A day the article gives itself (a date line, its own words), not one the story inferred for it. */
function statesDay(from: PublishedFrom | undefined): boolean {
  return from === 'dateline' || from === 'text'
}

/** Members weighed for the central wording: the first reported, enough to see the common wording. */
const MEDOID_SAMPLE = 16

/** The member most like the others (ties: the first reported). */
function medoid(items: readonly ExtractedItem[], context: MergeContext): ExtractedItem {
  if (items.length === 1) return items[0]
  const sample = items.slice(0, MEDOID_SAMPLE)
  const similarity = similarityAmong(sample, context)
  let best = 0, bestScore = -1
  for (let a = 0; a < sample.length; a++) {
    let score = 0
    for (let b = 0; b < sample.length; b++) if (a !== b) score += similarity(a, b)
    if (score > bestScore) (best = a), (bestScore = score)
  }
  return sample[best]
}

/**
 * contentSimilarity of two members of `sample` by position, worked out once per two wordings: wire
 * copies repeat one wording, and members of one token list and quote compare alike.
 */
function similarityAmong(sample: readonly ExtractedItem[], context: MergeContext): (a: number, b: number) => number {
  const tokens = sample.map(itemTokens)
  const wordingOf = sample.map((item, k) => {
    const first = sample.findIndex((other, m) => tokens[m] === tokens[k] && other.quote === item.quote)
    return first < k ? first : k
  })
  const known = new Map<number, number>()
  return (a, b) => {
    const x = wordingOf[a], y = wordingOf[b]
    const key = x * sample.length + y
    let value = known.get(key)
    if (value === undefined) known.set(key, (value = contentSimilarity(sample[x], sample[y], context)))
    return value
  }
}

/**
 * The date window most articles agree with, and among those the most precise, then the one most
 * articles give exactly (not only within a day's slack). An event some report as done and others as planned is dated by those who saw it
 * done: a plan written the day before says "tomorrow" of the day it happened, and plans slip.
 * Where that still ties, the window with the better evidence: "yesterday" read against a publication day the
 * story inferred is only as right as that inference.
 */
export function chooseDate(items: readonly ExtractedItem[], statesItsDay: (articleId: string) => boolean = () => false): ExtractedItem {
  const done = items.filter((i) => i.type === 'event' && !i.planned)
  const voters = done.length && done.length < items.length ? done : items
  // Each distinct window once: a hundred copies of one date need not be weighed a hundred times.
  const windows = distinctWindows(voters)
  if (windows.length === 1) return windows[0]
  // A day read from the report's own words outweighs one it has only by its publication (an undated sentence in the
  // next morning's briefing); of two read from words, one counted from a day the article states outweighs one counted
  // from a day the story inferred. Days from publication alone stay with the first report: words are no later than it.
  const evidence = (o: ExtractedItem): number => (o.dateEvidence.phrase ? 1 + (statesItsDay(o.articleId) ? 1 : 0) : 0)
  const evidenceOf = (w: ExtractedItem): number => Math.max(...voters.filter((o) => sameWindow(o, w)).map(evidence))
  let best = voters[0], bestSupport = [-1, -1, -1]
  for (const candidate of windows) {
    const support = [
      new Set(voters.filter((o) => datesAgree(candidate, o)).map((o) => o.articleId)).size,
      new Set(voters.filter((o) => windowsOverlap(candidate, o)).map((o) => o.articleId)).size,
      evidenceOf(candidate),
    ]
    const rank = PRECISION_RANK[candidate.precision] - PRECISION_RANK[best.precision]
    const narrower = width(candidate) - width(best)
    const better =
      support[0] > bestSupport[0] ||
      (support[0] === bestSupport[0] &&
        (rank < 0 ||
          (rank === 0 && (support[1] > bestSupport[1] || (support[1] === bestSupport[1] && (narrower < 0 || (narrower === 0 && support[2] > bestSupport[2])))))))
    if (better) (best = candidate), (bestSupport = support)
  }
  return best
}

function sameWindow(a: ExtractedItem, b: ExtractedItem): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision
}

/** One voter per distinct window (start, end, precision), in first-seen order: the last voter that gives it. */
function distinctWindows(voters: readonly ExtractedItem[]): ExtractedItem[] {
  const windows: ExtractedItem[] = []
  for (const voter of voters) {
    const k = windows.findIndex((w) => sameWindow(w, voter))
    if (k < 0) windows.push(voter)
    else windows[k] = voter
  }
  return windows
}

function windowsOverlap(a: Pick<ExtractedItem, 'start' | 'end'>, b: Pick<ExtractedItem, 'start' | 'end'>): boolean {
  return a.start <= b.end && b.start <= a.end
}

/** The fullest spelling of the majority's speaker ("Sergey Lavrov" over "Lavrov"). */
export function chooseSpeaker(items: readonly ExtractedItem[]): string | null {
  const named = items.map((i) => i.speaker).filter((s): s is string => s !== null)
  if (!named.length) return null
  const counted = (count: (s: string) => number): ((s: string) => number) => {
    const known = new Map<string, number>()
    return (s) => known.get(s) ?? known.set(s, count(s)).get(s)!
  }
  const support = counted((s) => named.filter((o) => sameSpeaker(s, o)).length)
  const spelled = counted((s) => named.filter((o) => o === s).length)
  return [...new Set(named)].sort(
    (a, b) => support(b) - support(a) || b.split(' ').length - a.split(' ').length || spelled(b) - spelled(a) || a.localeCompare(b),
  )[0]
}

const FIGURE = /(\d[\d,.]*\d|\d)\s*(%|per ?cent|(?:million|billion|thousand)?\s*\p{L}{3,})/giu
const NOT_A_UNIT = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|gmt|utc|local|and|or|to|in|of|on|at|the|am|pm)/i

/** "10,000 troops" -> troops: 10000; years and dates are not figures. */
export function figures(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(FIGURE)) {
    const value = m[1].replace(/,(?=\d{3})/g, '')
    const unit = m[2].toLowerCase().replace(/\s+/g, ' ').trim()
    if (NOT_A_UNIT.test(unit) || /^(19|20)\d\d$/.test(value)) continue
    out.set(unit.replace(/s$/, ''), value)
  }
  return out
}

const figuresOf: (text: string) => ReadonlyMap<string, string> = memo(figures, 10_000)

function conflictsOf(
  sources: readonly { articleId: string; item: ExtractedItem }[],
  chosen: ExtractedItem,
  speaker: string | null,
): Conflict[] {
  const conflicts: Conflict[] = []
  const versions = (value: (s: (typeof sources)[number]) => string | null): Conflict['versions'] => {
    const byValue = new Map<string, string[]>()
    for (const s of sources) {
      const v = value(s)
      if (v !== null) (byValue.get(v) ?? byValue.set(v, []).get(v)!).push(s.articleId)
    }
    return [...byValue].map(([v, articleIds]) => ({ value: v, articleIds }))
  }
  if (sources.some((s) => readsOtherDate(s.item, chosen))) {
    // Agreeing sources are one version (the item's); each disagreeing reading is its own.
    const dates = versions((s) => (readsOtherDate(s.item, chosen) ? windowText(s.item) : windowText(chosen)))
    if (dates.length > 1) conflicts.push({ field: 'date', versions: dates })
  }
  const voice = sources.find((s) => s.item.speaker === speaker)?.item
  const disagrees = (item: ExtractedItem): boolean =>
    speaker !== null && item.speaker !== null && !sameSpeaker(item.speaker, speaker) && !(voice && compatibleSpeakers(item, voice))
  if (sources.some((s) => disagrees(s.item))) {
    conflicts.push({ field: 'speaker', versions: versions((s) => s.item.speaker) })
  }
  // Figures disagree only between two articles or more.
  if (sources.length < 2) return conflicts
  const perArticle = new Map(sources.map((s) => [s.articleId, figuresOf(s.item.text)]))
  const units = new Set([...perArticle.values()].flatMap((f) => [...f.keys()]))
  for (const unit of [...units].sort()) {
    const byValue = versions((s) => {
      const v = perArticle.get(s.articleId)!.get(unit)
      return v === undefined ? null : `${v} ${unit}`
    })
    if (byValue.length > 1) conflicts.push({ field: 'figure', versions: byValue })
  }
  return conflicts
}

function windowText(item: Pick<ExtractedItem, 'start' | 'end'>): string {
  return item.start === item.end ? item.start : `${item.start}..${item.end}`
}

/** One source per article: its first telling, the lead that the other outlets' reports resemble. */
function sourcePassages(sorted: readonly ExtractedItem[]): Map<string, ExtractedItem> {
  const chosen = new Map<string, ExtractedItem>()
  for (const item of sorted) if (!chosen.has(item.articleId)) chosen.set(item.articleId, item)
  return chosen
}

/**
 * A report that dates the item otherwise: outside its window and the day of slack, or to another day by
 * words of its own ("said Monday" where the item's words say "on Tuesday"), a disagreement worth showing.
 */
function readsOtherDate(report: ExtractedItem, dated: Dated): boolean {
  return !datesAgree(report, dated) || onNamedOtherDays(report, dated)
}

/** One article's report as a source of the item: with its own date or speaker where they differ. */
export function sourceOf(report: ExtractedItem, dated: Dated, speaker: string | null): Source {
  const source: Source = { articleId: report.articleId, text: report.text, offset: report.offset, length: report.length }
  if (readsOtherDate(report, dated)) source.date = { start: report.start, end: report.end, precision: report.precision }
  if (speaker !== null && report.speaker !== null && !sameSpeaker(report.speaker, speaker)) source.speaker = report.speaker
  return source
}

/**
 * A stable key for the item: story, type, date, speaker and the leading content words of the first
 * report's title. It does not depend on positions, so reloading or adding a later article keeps it.
 */
export function itemKey(storyId: string, first: ExtractedItem): string {
  return [storyId, first.type, first.start, first.speaker ? surname(first.speaker) : '', titleWords(first.title)].join('|')
}

const titleWords = memo((title: string): string => [...new Set(contentTokens(title))].slice(0, 6).sort().join(' '), 10_000)

export function combine(items: readonly ExtractedItem[], input: CombineInput): Item {
  if (!items.length) throw new Error('combine: no items')
  const context = input.context ?? FLAT_CONTEXT
  const order = input.order ?? articleOrder(input.articles)
  const sorted = [...items].sort((a, b) => order(a.articleId, b.articleId) || a.offset - b.offset)
  const central = medoid(sorted, context)
  const dated = chooseDate(sorted, (id) => statesDay(input.articles.get(id)?.publishedFrom))
  const speaker = chooseSpeaker(sorted)

  const perArticle = sourcePassages(sorted)
  const sourceItems = [...perArticle].map(([articleId, item]) => ({ articleId, item }))
  const conflicts = conflictsOf(sourceItems, dated, speaker)
  const sources: Source[] = sourceItems.map(({ item }) => sourceOf(item, dated, speaker))

  const outlets = new Set(sourceItems.map(({ articleId }) => input.articles.get(articleId)?.outlet?.toLowerCase() ?? `article:${articleId}`))
  const actorCounts = new Map<string, number>()
  for (const item of sorted)
    item.actors.forEach((a, k) => {
      if (item.actors.indexOf(a) === k) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1)
    })
  const quoted = central.quote ? central : sorted.find((i) => i.quote)
  const roles = sorted.map((i) => i.role).filter((r): r is string => !!r)
  const item: Item = {
    id: `i${hash32(input.key ?? itemKey(input.storyId, sorted[0]))}`,
    storyId: input.storyId,
    type: central.type,
    start: dated.start,
    end: dated.end,
    precision: dated.precision,
    title: central.title,
    speaker,
    role: roles[0] ?? null,
    quote: quoted?.quote ?? null,
    actors: [...actorCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a),
    sources,
    planned: sorted.filter((i) => i.planned).length * 2 > sorted.length,
    dateEvidence: dated.dateEvidence,
    firstReported: sorted[0].articleId,
    corroboration: outlets.size,
  }
  if (conflicts.length) item.conflicts = conflicts
  return item
}
