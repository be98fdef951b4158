import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadFolder } from '../load'
import type { ArticleDocument } from '../types'
import { averageLinkage, type ClusterAffinity, type Merge } from './cluster'
import { groupStories } from './index'
import { dateFromText } from './published'
import { FeatureSpace } from './features'
import { candidatePairs, cosine, dateAffinity, similarityEdges, tfidfVectors, type Vector, vocabulary } from './similarity'
import { headline, shorten } from './title'

const CORPORA = '/work/shared/corpora/dev'
const SEEDS = join(import.meta.dirname, '../../../seeds')

interface Gold {
  articles: Record<string, { story: string }>
}

async function grouped(folder: string): Promise<{ docs: ArticleDocument[]; storyOf: number[] }> {
  const { documents } = await loadFolder(folder)
  const dates = documents.map((d) => d.published ?? (dateFromText(d)?.yearStated ? dateFromText(d)!.date : null))
  const storyOf = new Array<number>(documents.length)
  groupStories(documents, dates).forEach((g, s) => g.members.forEach((i) => (storyOf[i] = s)))
  return { docs: documents, storyOf }
}

function pairwiseF1(files: string[], predicted: number[], gold: Gold): number {
  let tp = 0, fp = 0, fn = 0
  for (let i = 0; i < files.length; i++)
    for (let j = i + 1; j < files.length; j++) {
      const same = gold.articles[files[i]].story === gold.articles[files[j]].story
      const predSame = predicted[i] === predicted[j]
      if (same && predSame) tp++
      else if (predSame) fp++
      else if (same) fn++
    }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1
  return p + r ? (2 * p * r) / (p + r) : 0
}

describe.skipIf(!existsSync(CORPORA))('story grouping on the dev corpora', () => {
  it('separates the five stories of dev/_mixed (pairwise F1 >= 0.95)', async () => {
    const folder = join(CORPORA, '_mixed')
    const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold
    const { docs, storyOf } = await grouped(folder)
    expect(pairwiseF1(docs.map((d) => basename(d.file)), storyOf, gold)).toBeGreaterThanOrEqual(0.95)
    expect(new Set(storyOf).size).toBe(new Set(Object.values(gold.articles).map((a) => a.story)).size)
  })

  it.each(['abraham-accords-2020', 'black-sea-grain-deal-2022', 'iran-vienna-talks-date-2021', 'lavrov-blinken-geneva-2022'])(
    'keeps the one-story folder %s together',
    async (name) => expect(new Set((await grouped(join(CORPORA, name))).storyOf).size).toBe(1),
  )
})

const PROBES = join(import.meta.dirname, '../../../.ci/probes')

describe('a story told over weeks', () => {
  // Reuters and El País on the Barbados deal (17 and 19 October), Bloomberg on the court suspending the primary it allowed
  // (31 October), and two undated follow-ups: one story, not the deal's and the court's.
  it('keeps a follow-up two weeks on with the reports it follows', async () => expect(new Set((await grouped(join(PROBES, 'barbados-agreement-venezuela-2023'))).storyOf).size).toBe(1))
  // An analysis five weeks on (27 October) that retells the expulsions of 18 and 21 September, an explainer seven weeks
  // on that dates the raid's eve and the days after, and an analysis months on that dates the summit and the
  // ambassadors' return four days later, an analysis five weeks on that dates only the day the thaw was announced, a
  // truce's review months on: each with the reports of those days.
  // A report of a day between a group's first and last reports (the Post of 12 September, between AP's 10 August
  // and IRNA's 19 September) goes with them, though their centre is a month before it.
  it('keeps a report of a day within its days with a story told from August to September', async () => expect(new Set((await grouped(join(PROBES, 'us-iran-prisoner-swap-2023'))).storyOf).size).toBe(1))
  it.each(['canada-india-nijjar-2023', 'ecuador-mexico-embassy-2024', 'biden-putin-geneva-2021', 'us-cuba-thaw-2014', 'yemen-truce-2022'])('keeps a later report that dates the story’s days with it (%s)', async (name) =>
    expect(new Set((await grouped(join(PROBES, name))).storyOf).size).toBe(1))
  // The prize announced on 8 October, the ceremony's empty chair on 10 December: an undated essay of December that
  // recalls the announcement "on 8 October" ties the December reports to the October ones.
  it('keeps a later group with the earlier one whose day its undated report recalls', async () =>
    expect(new Set((await grouped(join(PROBES, 'norway-china-nobel-liu-xiaobo-2010'))).storyOf).size).toBe(1))
  // Two undated reports of Duterte in Beijing (October 2016) that name only days long past: "since taking office on June 30",
  // "the tribunal ruled on July 12". Background, not their time: they stay with the dated reports of October and November.
  it('keeps undated reports whose only days are long past with the story of their words', async () =>
    expect(new Set((await grouped(join(PROBES, 'philippines-china-duterte-beijing-2016'))).storyOf).size).toBe(1))
})

describe.skipIf(!existsSync(SEEDS))('seeds', () => {
  it('are one story, the Press TV rewrite included', async () => expect(new Set((await grouped(SEEDS)).storyOf).size).toBe(1))
})

describe.skipIf(!existsSync(CORPORA))('similarity edges', () => {
  it("give every candidate pair of dev/_mixed exactly its cosine times its dates' affinity", async () => {
    const { documents } = await loadFolder(join(CORPORA, '_mixed'))
    const space = new FeatureSpace()
    const features = documents.map((d) => space.read(`${d.title ?? ''}\n${d.text}`))
    const vocab = vocabulary(features, space)
    const vectors = tfidfVectors(features, vocab)
    const dates = documents.map((d) => d.published)
    const edges = similarityEdges(vectors, vocab.df, dates)
    const pairs = candidatePairs(vectors, vocab.df)
    const expected = Array.from(pairs.a, (a, k) => ({ a, b: pairs.b[k], similarity: cosine(vectors[a], vectors[pairs.b[k]]) * dateAffinity(dates[a], dates[pairs.b[k]]) }))
      .filter((e) => e.similarity > 0)
    expect(edges.length).toBeGreaterThan(50)
    expect(edges).toEqual(expected)
  })
})

describe('similarity edges with a year-less date', () => {
  // Three copies of one text: only their dates tell them apart.
  const vector = (): Vector => ({ ids: Int32Array.of(0, 1), weights: Float64Array.of(Math.SQRT1_2, Math.SQRT1_2) })
  const edge = (dates: (string | null)[], monthDays: (string | null)[]) => similarityEdges([vector(), vector()], [2, 2], dates, monthDays)[0]?.similarity ?? 0
  it('puts "March 1" of an unknown year near a story of February 28, in whichever year', () => {
    expect(edge(['2019-02-28', null], [null, '2026-03-01'])).toBeCloseTo(1)
    expect(edge([null, '2019-02-28'], ['2020-03-01', null])).toBeCloseTo(1)
  })
  it('keeps it far from a story of June, and two year-less dates apart by their months', () => {
    expect(edge(['2018-06-12', null], [null, '2019-03-01'])).toBeLessThan(0.001)
    expect(edge([null, null], ['2018-06-12', '2019-03-01'])).toBeLessThan(0.001)
    expect(edge([null, null], ['2018-12-30', '2019-01-02'])).toBeCloseTo(1)
  })
  const named = (dates: (string | null)[], mentioned: (string[] | null)[]) => similarityEdges([vector(), vector()], [2, 2], dates, [], mentioned)[0]?.similarity ?? 0
  it('does not damp a report that dates a day of the other’s, whatever the weeks between', () => {
    const recalled = (dates: (string | null)[], days: (number[] | null)[]) => similarityEdges([vector(), vector()], [2, 2], dates, [], [], days)[0]?.similarity ?? 0
    const explainer = Date.parse('2024-04-04')
    expect(recalled(['2024-04-06', '2024-05-24'], [null, [explainer]])).toBe(recalled(['2024-04-06', '2024-04-06'], [null, null]))
    expect(recalled(['2024-04-06', '2024-05-24'], [null, [Date.parse('2024-03-20')]])).toBeLessThan(0.1)
  })
  it('keeps an undated article that names only days of March far from a story of June', () => {
    expect(named(['2018-06-12', null], [null, ['2000-03-06', '2000-03-10']])).toBeLessThan(0.01)
  })
  it('takes a day an undated article names as ahead for a bound: the report came before it, by up to half a year', () => {
    const ahead = (dates: (string | null)[], days: (string[] | null)[]) => similarityEdges([vector(), vector()], [2, 2], dates, [], [], [], days)[0]?.similarity ?? 0
    // "sanctions on Iran's energy sector would snap back on November 4", in a report of May.
    expect(ahead(['2018-05-08', null], [null, ['2000-08-06', '2000-11-04']])).toBeCloseTo(1)
    // Not a report of December, after the deadline.
    expect(ahead(['2018-12-20', null], [null, ['2000-08-06', '2000-11-04']])).toBeLessThan(0.1)
  })
  it('places a day given with its year in that year: history a year or more away says nothing of the report', () => {
    const stated = (dates: (string | null)[], days: (string[] | null)[]) => similarityEdges([vector(), vector()], [2, 2], dates, [], [], [], [], days)[0]?.similarity ?? 0
    // "the bombing of August 6, 1945" in a report on Obama in Hiroshima, beside a report of 28 May 2016.
    expect(stated(['2016-05-28', null], [null, ['1945-08-06']])).toBeCloseTo(1)
    // "signed on March 6, 2016": a report of June that year is three months away.
    expect(stated(['2016-06-12', null], [null, ['2016-03-06']])).toBeLessThan(0.1)
  })
  it('keeps it near when one of its days is within a month, or when it names none', () => {
    expect(named(['2021-12-27', null], [null, ['2000-01-12']])).toBeCloseTo(1)
    expect(named(['2018-06-12', null], [null, []])).toBeCloseTo(1)
  })
})

describe('averageLinkage', () => {
  it('does not chain two groups through one article that touches both', () => {
    // 0-1 and 2-3 are tight pairs; 1-2 is a single strong link between them.
    const edges = [
      { a: 0, b: 1, similarity: 0.8 },
      { a: 2, b: 3, similarity: 0.8 },
      { a: 1, b: 2, similarity: 0.3 },
    ]
    expect(averageLinkage(4, edges, 0.1)).toEqual([[0, 1], [2, 3]])
    // Single linkage would join them; a low enough threshold does too.
    expect(averageLinkage(4, edges, 0.05)).toEqual([[0, 1, 2, 3]])
  })
  it('joins as recomputing every average from scratch would', () => {
    // Similarities in eighths add up exactly, so any order of summing gives the same averages.
    let seed = 7
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) % n
    for (let round = 0; round < 20; round++) {
      const count = 12
      const edges = Array.from({ length: 40 }, () => ({ a: random(count), b: random(count), similarity: (1 + random(8)) / 8 })).filter((e) => e.a !== e.b)
      expect(averageLinkage(count, edges, 0.2)).toEqual(naiveAverageLinkage(count, edges, 0.2).clusters)
    }
  })
  it('makes the same joins in the same order, ties to the lowest pair, with and without an affinity', () => {
    // Few distinct similarities on many pairs make ties common; halving is exact, so ties survive the affinity.
    let seed = 11
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) % n
    const halfApart: ClusterAffinity<number> = { summary: (members) => members.length % 3, between: (x, y) => (x === y ? 1 : 0.5) }
    for (let round = 0; round < 60; round++) {
      const count = 8 + random(25)
      const edges = Array.from({ length: 4 * count }, () => ({ a: random(count), b: random(count), similarity: (1 + random(4)) / 4 })).filter((e) => e.a !== e.b)
      for (const affinity of [undefined, halfApart]) {
        const log: Merge[] = []
        const clusters = averageLinkage(count, edges, 0.1, affinity, log)
        expect({ clusters, merges: log }).toEqual(naiveAverageLinkage(count, edges, 0.1, affinity))
      }
    }
  })
  it('joins equally similar pairs lowest first', () => {
    const all = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]].map(([a, b]) => ({ a, b, similarity: 0.5 }))
    const log: Merge[] = []
    expect(averageLinkage(4, all, 0.1, undefined, log)).toEqual([[0, 1, 2, 3]])
    expect(log).toEqual(naiveAverageLinkage(4, all, 0.1).merges)
  })
  it('applies the cluster affinity', () => {
    const edges = [{ a: 0, b: 1, similarity: 0.5 }]
    expect(averageLinkage(2, edges, 0.1, { summary: () => null, between: () => 0.1 })).toEqual([[0], [1]])
  })
})

describe('similarity parts', () => {
  it.each([
    ['2021-12-27', '2021-12-28', 1],
    ['2022-01-21', '2022-01-21', 1],
    [null, '2022-01-21', 1],
  ] as const)('dateAffinity(%s, %s) = %s', (a, b, want) => expect(dateAffinity(a, b)).toBe(want))
  it('damps articles weeks apart', () => {
    // Follow-ups of one story two weeks on keep half their weight; a story of the same actors a month on, a fifth.
    expect(dateAffinity('2016-09-27', '2016-10-11')).toBeGreaterThan(0.4)
    expect(dateAffinity('2021-12-27', '2022-01-21')).toBeLessThan(0.25)
  })

  it('finds candidates only through shared features', () => {
    // Features 0 lavrov (two articles), 1 geneva and 2 grain (one each).
    const v = (ids: number[], weights: number[]): Vector => ({ ids: Int32Array.from(ids), weights: Float64Array.from(weights) })
    const vectors = [v([0, 1], [0.7, 0.7]), v([0], [1]), v([2], [1])]
    expect(candidatePairs(vectors, [2, 1, 1])).toEqual({ a: Int32Array.of(0), b: Int32Array.of(1) })
    expect(cosine(vectors[0], vectors[1])).toBeCloseTo(0.7)
    expect(cosine(vectors[0], vectors[2])).toBe(0)
  })
})

describe('story titles', () => {
  it.each([
    [{ title: null, text: 'News   /   Russia\n\nRussia-US talks on security guarantees to be held next month: Lavrov\n\nRussia’s Foreign Minister Sergei Lavrov (photo by TASS)' }, 'Russia-US talks on security guarantees to be held next month: Lavrov'],
    [{ title: null, text: '0\nFriday 22 July 2022 - 23:49\n\nUkraine, Russia to Sign Deal to Reopen Grain Ports: Turkey\n\nStory Code : 1005544' }, 'Ukraine, Russia to Sign Deal to Reopen Grain Ports: Turkey'],
    [{ title: 'Blinken and Lavrov wrap up talks in Geneva', text: 'GENEVA, Jan 21 (Reuters) – Top U.S. and Russian diplomats failed.' }, 'Blinken and Lavrov wrap up talks in Geneva'],
    [{ title: null, text: 'Talks between Russia and the US will start immediately after the New Year holiday, Russia’s top diplomat announced on Monday.' }, null],
  ])('%#', (doc, want) => expect(headline(doc)).toBe(want))
  it('shortens at a word boundary', () => expect(shorten('Talks between Russia and the United States on Moscow’s demand for Western guarantees precluding Nato’s expansion', 40)).toBe('Talks between Russia and the United…'))
})

/** Average linkage by brute force: every pair of clusters averaged anew before each join (ties: lower indices). */
function naiveAverageLinkage(
  count: number,
  edges: readonly { a: number; b: number; similarity: number }[],
  threshold: number,
  affinity?: ClusterAffinity<number>,
): { clusters: number[][]; merges: Merge[] } {
  const similarity = (x: number, y: number): number => edges.filter((e) => (e.a === x && e.b === y) || (e.a === y && e.b === x)).reduce((s, e) => s + e.similarity, 0)
  const clusters = new Map(Array.from({ length: count }, (_, i) => [i, [i]]))
  const merges: Merge[] = []
  for (;;) {
    let best: [number, number, number] | null = null
    for (const [x, xs] of clusters)
      for (const [y, ys] of clusters) {
        if (x >= y) continue
        const sum = xs.reduce((s, i) => s + ys.reduce((t, j) => t + similarity(i, j), 0), 0)
        const mean = (sum / (xs.length * ys.length)) * (affinity ? affinity.between(affinity.summary(xs), affinity.summary(ys)) : 1)
        if (mean > 0 && mean >= threshold && (!best || mean > best[0])) best = [mean, x, y]
      }
    if (!best) break
    merges.push({ sizes: [clusters.get(best[1])!.length, clusters.get(best[2])!.length], similarity: best[0] })
    clusters.set(best[1], [...clusters.get(best[1])!, ...clusters.get(best[2])!].sort((p, q) => p - q))
    clusters.delete(best[2])
  }
  return { clusters: [...clusters.values()].sort((p, q) => p[0] - q[0]), merges }
}
