// The merge's numbered words and its candidate index against the plain computations they replace, on
// the items of real folders (the seeds, and the dev corpus of mixed stories when ../shared is there):
// every overlap the same to the last bit, the same candidate pairs, and no pair the all-pairs scan
// would call one item left out.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildStoryContext, extractItems } from '../extract'
import { loadFolder } from '../load'
import { dateFromText } from '../stories/published'
import type { ExtractedItem } from '../types'
import { candidatePairs, PairList } from './candidates'
import { foldSayingEvents } from './passage'
import { FLAT_CONTEXT, isSameItem, itemTokens, type MergeContext, overlap, storyContext } from './same'
import { Vocabulary } from './words'

const repo = resolve(import.meta.dirname, '../../..')
const mixed = resolve(repo, '../shared/corpora/dev/_mixed')

/** Every item of a folder, its articles taken as one story. */
async function folderItems(folder: string): Promise<ExtractedItem[]> {
  const { documents } = await loadFolder(folder)
  const articles = documents.flatMap((d, i) => {
    const published = d.published ?? dateFromText(d)?.date
    return published ? [{ id: `a${i}`, title: d.title, text: d.text, published }] : []
  })
  const context = buildStoryContext(articles)
  return foldSayingEvents(articles.flatMap((a) => extractItems(a, context)))
}

/** The weighted Dice overlap as sets of strings compute it. */
function setOverlap(a: readonly string[], b: readonly string[], context: MergeContext): number {
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

/** The candidate index keyed by strings, as it was before words were numbered. */
function stringIndexPairs(items: readonly ExtractedItem[], context: MergeContext): [number, number][] {
  const df = new Map<string, number>()
  for (const item of items) for (const w of new Set(itemTokens(item))) df.set(w, (df.get(w) ?? 0) + 1)
  const top = items.map((item) =>
    [...new Set(itemTokens(item))]
      .filter((w) => df.get(w)! > 1)
      .sort((x, y) => context.weight(y) - context.weight(x) || (x < y ? -1 : 1))
      .slice(0, 25),
  )
  const postings = new Map<string, number[]>()
  top.forEach((words, i) => words.forEach((w) => postings.set(`${items[i].type}:${w}`, [...(postings.get(`${items[i].type}:${w}`) ?? []), i])))
  const seen = new Set<string>()
  const pairs: [number, number][] = []
  top.forEach((words, i) => {
    const shared = new Map<number, number>()
    for (const w of words) {
      const list = postings.get(`${items[i].type}:${w}`)!
      if (list.length > 400) continue
      for (const j of list) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + context.weight(w))
    }
    const kept = [...shared.keys()].sort((x, y) => shared.get(y)! - shared.get(x)! || x - y).slice(0, 60)
    for (const j of kept) {
      const [a, b] = i < j ? [i, j] : [j, i]
      if (!seen.has(`${a},${b}`)) seen.add(`${a},${b}`), pairs.push([a, b])
    }
  })
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
}

describe('PairList', () => {
  it('keeps its pairs in order, two numbers a pair', () => {
    const pairs = PairList.of([[0, 2], [1, 5], [4, 7]])
    expect([pairs.length, pairs.first(1), pairs.second(1)]).toEqual([3, 1, 5])
    expect(pairs.toArray()).toEqual([[0, 2], [1, 5], [4, 7]])
  })
})

describe('Vocabulary', () => {
  const words = new Vocabulary((word) => word.length)
  it('numbers each word once', () => expect([words.number('talks'), words.number('geneva'), words.number('talks')]).toEqual([0, 1, 0]))
  it('keeps a bag’s words once each, in first-seen order, with their weights', () => {
    const bag = words.bag(['geneva', 'talks', 'geneva', 'lavrov'])
    expect([...bag.ids].map((id) => words.word(id))).toEqual(['geneva', 'talks', 'lavrov'])
    expect([...bag.weights]).toEqual([6, 5, 6])
  })
  it('weighs a token list once', () => {
    const tokens = ['talks']
    expect(words.bag(tokens)).toBe(words.bag(tokens))
  })
  it('overlaps as weighted Dice', () => {
    expect(words.overlap(words.bag(['talks', 'geneva']), words.bag(['talks', 'moscow']))).toBeCloseTo((2 * 5) / (5 + 6 + 5 + 6))
    expect(words.overlap(words.bag([]), words.bag([]))).toBe(0)
  })
  it('grows past its first capacity', () => {
    const many = Array.from({ length: 5000 }, (_, k) => `w${k}`)
    expect(words.overlap(words.bag(many), words.bag(many.slice(0, 2500)))).toBeGreaterThan(0.5)
  })
})

const folders: [string, string][] = [['seeds', join(repo, 'seeds')], ...(existsSync(mixed) ? [['dev/_mixed', mixed] as [string, string]] : [])]

describe.each(folders)('numbered words on the items of %s', (_name, folder) => {
  let items: ExtractedItem[] = []
  let context: MergeContext = FLAT_CONTEXT
  beforeAll(async () => {
    items = await folderItems(folder)
    context = storyContext(items)
  })

  it('has items to compare', () => expect(items.length).toBeGreaterThan(20))

  it('gives every overlap to the last bit, in the story and without one', () => {
    const differing: string[] = []
    for (const ctx of [context, FLAT_CONTEXT])
      for (let a = 0; a < items.length; a++)
        for (let b = a + 1; b < items.length; b++) {
          const x = itemTokens(items[a]), y = itemTokens(items[b])
          if (overlap(x, y, ctx) !== setOverlap(x, y, ctx)) differing.push(`${a},${b}`)
        }
    expect(differing).toEqual([])
  })

  it('indexes the same candidate pairs as the string-keyed index', () => {
    expect(candidatePairs(items, context).toArray()).toEqual(stringIndexPairs(items, context))
  })

  it('lists each candidate pair once, smaller index first, in ascending order', () => {
    const pairs = candidatePairs(items, context)
    expect(pairs.length).toBeGreaterThan(0)
    const codes = pairs.toArray().map(([a, b]) => {
      expect(a).toBeLessThan(b)
      return a * items.length + b
    })
    expect(codes.every((code, k) => k === 0 || code > codes[k - 1])).toBe(true)
  })

  it('leaves out no pair that the all-pairs scan calls one item', () => {
    const candidates = new Set(candidatePairs(items, context).toArray().map(([a, b]) => `${a},${b}`))
    const missed: string[] = []
    for (let a = 0; a < items.length; a++)
      for (let b = a + 1; b < items.length; b++) if (isSameItem(items[a], items[b], context) && !candidates.has(`${a},${b}`)) missed.push(`${a},${b}`)
    expect(missed).toEqual([])
  })
})
