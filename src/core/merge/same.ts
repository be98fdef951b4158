// The first merge question: do two extracted items report the same statement or event?
// Same type, compatible speakers, compatible dates and enough shared distinctive content; the words
// are weighted by their rarity among the story's items, so "talks" (in every item) decides nothing and
// "endless" or "January 12" decide a lot.
import { contentTokens } from '../stories/features'
import type { ExtractedItem } from '../types'

export type Comparable = Pick<ExtractedItem, 'articleId' | 'type' | 'start' | 'end' | 'speaker' | 'quote' | 'title' | 'text' | 'actors'>

/** What the question needs to know of the story: how rare each word is among its items. */
export interface MergeContext {
  /** Weight of a content token (rarer among the story's items = heavier). */
  weight(token: string): number
}

/** Without a story every word weighs the same. */
export const FLAT_CONTEXT: MergeContext = { weight: () => 1 }

export function storyContext(items: readonly Comparable[]): MergeContext {
  const df = new Map<string, number>()
  for (const item of items) for (const t of new Set(itemTokens(item))) df.set(t, (df.get(t) ?? 0) + 1)
  const n = Math.max(items.length, 2)
  return { weight: (t) => Math.log(1 + n / (df.get(t) ?? 1)) }
}

const tokenCache = new WeakMap<object, string[]>()

export function itemTokens(item: Comparable): string[] {
  let tokens = tokenCache.get(item)
  if (!tokens) {
    tokens = contentTokens([item.title, item.quote ?? '', item.text].join('\n'))
    tokenCache.set(item, tokens)
  }
  return tokens
}

/** Weighted Dice overlap of two token sets, 0..1. */
export function overlap(a: readonly string[], b: readonly string[], context: MergeContext): number {
  const setA = new Set(a), setB = new Set(b)
  let shared = 0, total = 0
  for (const t of setA) {
    const w = context.weight(t)
    total += w
    if (setB.has(t)) shared += 2 * w
  }
  for (const t of setB) total += context.weight(t)
  return total ? shared / total : 0
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()
}

/** The surname key: last word, with transliteration variants folded (Sergey/Sergei, Antony/Anthony). */
export function surname(name: string): string {
  const last = fold(name).split(' ').at(-1) ?? ''
  return last.replace(/th/g, 't').replace(/(?:iy|yi|ey|y)$/, 'i').replace(/(.)\1/g, '$1')
}

/**
 * Same speaker: equal, one contained in the other ("Lavrov", "Sergey Lavrov"; "State Department",
 * "US State Department"), or the same surname (Sergey/Sergei Lavrov).
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  const x = fold(a), y = fold(b)
  if (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true
  return surname(a).length > 3 && surname(a) === surname(b)
}

function day(date: string): number {
  return Date.parse(date) / 86_400_000
}

/** Date windows that overlap, allowing one day for outlets that resolve "yesterday" differently. */
export function datesAgree(a: Pick<Comparable, 'start' | 'end'>, b: Pick<Comparable, 'start' | 'end'>): boolean {
  return day(a.start) <= day(b.end) + 1 && day(b.start) <= day(a.end) + 1
}

/** Content overlap needed: items of compatible dates; items whose dates disagree must share much more. */
export const SAME_CONTENT = 0.3
export const SAME_CONTENT_DATES_DISAGREE = 0.55

export function contentSimilarity(a: Comparable, b: Comparable, context: MergeContext): number {
  const all = overlap(itemTokens(a), itemTokens(b), context)
  // A quote translated or trimmed differently still shares its rare words.
  const quotes = a.quote && b.quote ? overlap(contentTokens(a.quote), contentTokens(b.quote), context) : 0
  return Math.max(all, quotes)
}

export function isSameItem(a: Comparable, b: Comparable, context: MergeContext = FLAT_CONTEXT): boolean {
  if (a.type !== b.type) return false
  if (a.type === 'statement' && !sameSpeaker(a.speaker, b.speaker)) return false
  const similarity = contentSimilarity(a, b, context)
  // Different outlets may date one statement differently ("on Monday" where others say Wednesday):
  // kept as one item with the disagreement recorded, but only when the content leaves no doubt.
  return similarity >= (datesAgree(a, b) ? SAME_CONTENT : SAME_CONTENT_DATES_DISAGREE)
}
