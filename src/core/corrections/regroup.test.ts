// Merges and splits on the real seeds timeline, as the pipeline builds it.
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { timelineFromFolder } from '..'
import type { ItemCorrection } from '../../shared/ipc'
import type { Item, Timeline } from '../../shared/model'
import { applyCorrections, correctionProblem, correctionTitles } from '.'
import { splitItemId } from './regroup'

let built: Timeline
beforeAll(async () => {
  built = await timelineFromFolder(resolve(import.meta.dirname, '../../../seeds'))
}, 60_000)

/** The seeds item of that speaker (or event) on that day whose title has these words. */
function find(timeline: Timeline, speaker: string | null, start: string, words = ''): Item {
  const found = timeline.items.filter((i) => i.speaker === speaker && i.start === start && i.title.includes(words))
  expect(found, `${speaker} ${start} ${words}`).toHaveLength(1)
  return found[0]
}
const byId = (timeline: Timeline, id: string): Item | undefined => timeline.items.find((i) => i.id === id)
const articleIds = (item: Item): string[] => item.sources.map((s) => s.articleId)
/** The last two sources' articles: what a reader ticks to split them off. */
const moving = (item: Item): string[] => articleIds(item).slice(-2)
const outletOf = (timeline: Timeline, articleId: string): string => timeline.articles.find((a) => a.id === articleId)?.outlet ?? articleId

describe('merging', () => {
  it('leaves one item, the target, with both items’ sources and recomputed corroboration, first report and conflicts', () => {
    // Putin on the 20th (The National) and on the 27th (Press TV and an outlet-less copy).
    const a = find(built, 'Vladimir Putin', '2021-12-20')
    const b = find(built, 'Vladimir Putin', '2021-12-27')
    const merged = applyCorrections(built, [{ itemId: a.id, mergeInto: b.id }])
    expect(merged.items).toHaveLength(built.items.length - 1)
    expect(byId(merged, a.id)).toBeUndefined()
    const item = byId(merged, b.id)!
    expect(item.title).toBe(b.title)
    expect(new Set(articleIds(item))).toEqual(new Set([...articleIds(a), ...articleIds(b)]))
    expect(item.corroboration).toBe(new Set(articleIds(item).map((id) => outletOf(built, id))).size)
    expect(item.corroboration).toBe((b.corroboration ?? 0) + 1)
    // The two days are two readings of the date: the majority's is the item's, the other is flagged.
    expect(item.start).toBe('2021-12-27')
    const date = item.conflicts?.find((c) => c.field === 'date')
    const window = a.start === a.end ? a.start : `${a.start}..${a.end}`
    expect(date?.versions.map((v) => v.value).sort()).toEqual([window, '2021-12-27'])
    expect(item.sources.find((s) => s.articleId === a.sources[0].articleId)?.date).toEqual({ start: a.start, end: a.end, precision: a.precision })
    const published = (id: string): string => built.articles.find((x) => x.id === id)!.published!
    expect(articleIds(item).every((id) => published(item.firstReported!) <= published(id))).toBe(true)
  })

  it('keeps both sentences of one article when they differ, and one when they are the same passage', () => {
    const a = find(built, 'Vladimir Putin', '2021-12-20')
    const b = find(built, 'Vladimir Putin', '2021-12-26')
    expect(articleIds(a)).toEqual(articleIds(b))
    const item = byId(applyCorrections(built, [{ itemId: a.id, mergeInto: b.id }]), b.id)!
    expect(item.sources.map((s) => s.text).sort()).toEqual([a.sources[0].text, b.sources[0].text].sort())
    expect(item.corroboration).toBe(1)

    const lavrov = find(built, 'Sergey Lavrov', '2021-12-27', 'Talks between')
    const copy: Item = { ...lavrov, id: 'copy' }
    const doubled: Timeline = { ...built, items: [...built.items, copy] }
    const once = byId(applyCorrections(doubled, [{ itemId: 'copy', mergeInto: lavrov.id }]), lavrov.id)!
    expect(once.sources).toEqual(lavrov.sources)
    expect(once.corroboration).toBe(lavrov.corroboration)
  })

  it('follows a chain of merges, in whichever order they were made', () => {
    const a = find(built, 'Vladimir Putin', '2021-12-20')
    const b = find(built, 'Vladimir Putin', '2021-12-26')
    const c = find(built, 'Vladimir Putin', '2021-12-27')
    const chain: ItemCorrection[] = [{ itemId: a.id, mergeInto: b.id }, { itemId: b.id, mergeInto: c.id }]
    for (const list of [chain, [...chain].reverse()]) {
      const merged = applyCorrections(built, list)
      expect(merged.items).toHaveLength(built.items.length - 2)
      expect(byId(merged, c.id)!.sources).toHaveLength(a.sources.length + b.sources.length + c.sources.length)
    }
  })

  it('ignores cycles and merges into items that do not exist: those items show as they were', () => {
    const a = find(built, 'Vladimir Putin', '2021-12-20')
    const b = find(built, 'Vladimir Putin', '2021-12-26')
    const cycle = applyCorrections(built, [{ itemId: a.id, mergeInto: b.id }, { itemId: b.id, mergeInto: a.id }])
    expect(cycle.items).toEqual(built.items)
    const missing = applyCorrections(built, [{ itemId: a.id, mergeInto: 'i-gone' }, { itemId: b.id, mergeInto: b.id }])
    expect(missing.items).toEqual(built.items)
  })

  it('is the same on every load', () => {
    const a = find(built, 'Vladimir Putin', '2021-12-26')
    const b = find(built, 'Vladimir Putin', '2021-12-27')
    const list: ItemCorrection[] = [{ itemId: a.id, mergeInto: b.id }, { itemId: b.id, title: 'Putin on talks and red lines' }]
    const first = applyCorrections(built, list)
    expect(applyCorrections(structuredClone(built), list)).toEqual(first)
    expect(byId(first, b.id)!.title).toBe('Putin on talks and red lines')
  })
})

describe('splitting', () => {
  it('moves the ticked sources to a new item with a stable id, its own title, date and speaker', () => {
    const item = find(built, 'Sergey Lavrov', '2021-12-27', 'Talks between')
    const moved = moving(item)
    const split = applyCorrections(built, [{ itemId: item.id, split: [moved] }])
    expect(split.items).toHaveLength(built.items.length + 1)
    const rest = byId(split, item.id)!
    const added = byId(split, splitItemId(item.id, moved))!
    expect(splitItemId(item.id, [...moved].reverse())).toBe(added.id)
    expect(articleIds(rest)).toEqual(articleIds(item).filter((id) => !moved.includes(id)))
    expect(articleIds(added)).toEqual(moved)
    expect(rest.title).toBe(item.title)
    expect(added.title).not.toBe(item.title)
    expect(added.title).toMatch(/^Sergey Lavrov: /)
    expect([added.speaker, added.start, added.type]).toEqual(['Sergey Lavrov', '2021-12-27', 'statement'])
    expect(rest.corroboration! + added.corroboration!).toBe(item.corroboration)
    expect(moved).toContain(added.firstReported)
    expect(articleIds(rest)).toContain(rest.firstReported)
    // The new item's own corrections find it again on the next load.
    const titled = applyCorrections(built, [{ itemId: item.id, split: [moved] }, { itemId: added.id, title: 'Lavrov, as Press TV put it' }])
    expect(byId(titled, added.id)!.title).toBe('Lavrov, as Press TV put it')
  })

  it('ignores a split of every source, or of articles the item does not have', () => {
    const item = find(built, 'Sergey Lavrov', '2021-12-27', 'Talks between')
    expect(applyCorrections(built, [{ itemId: item.id, split: [articleIds(item)] }]).items).toEqual(built.items)
    expect(applyCorrections(built, [{ itemId: item.id, split: [['a-none']] }]).items).toEqual(built.items)
  })

  it('splits a merged item, and merges into a split-off one', () => {
    const a = find(built, 'Vladimir Putin', '2021-12-20')
    const b = find(built, 'Vladimir Putin', '2021-12-27')
    const undone = applyCorrections(built, [{ itemId: a.id, mergeInto: b.id }, { itemId: b.id, split: [articleIds(a)] }])
    expect(byId(undone, b.id)!.sources).toEqual(b.sources)
    const again = byId(undone, splitItemId(b.id, articleIds(a)))!
    expect(again.sources.map((s) => s.text)).toEqual(a.sources.map((s) => s.text))
    // Its date is its own reading again; the words it came from were not kept with the merged source.
    expect([again.start, again.end]).toEqual([a.start, a.end])
    expect(again.dateEvidence).toBeUndefined()

    const item = find(built, 'Sergey Lavrov', '2021-12-27', 'Talks between')
    const newId = splitItemId(item.id, moving(item))
    const back = applyCorrections(built, [{ itemId: newId, mergeInto: item.id }, { itemId: item.id, split: [moving(item)] }])
    expect(back.items).toHaveLength(built.items.length)
    expect(new Set(articleIds(byId(back, item.id)!))).toEqual(new Set(articleIds(item)))
  })
})

describe('correctionProblem', () => {
  it('refuses merges and splits the reader could not have made', () => {
    const item = find(built, 'Sergey Lavrov', '2021-12-27', 'Talks between')
    const other = find(built, 'Vladimir Putin', '2021-12-27')
    const problem = (c: ItemCorrection, stored: ItemCorrection[] = []): string | null => correctionProblem(c, built, applyCorrections(built, stored), stored)
    expect(problem({ itemId: item.id, mergeInto: other.id })).toBeNull()
    expect(problem({ itemId: item.id, mergeInto: item.id })).toMatch(/itself/)
    expect(problem({ itemId: item.id, mergeInto: 'i-gone' })).toMatch(/No item i-gone/)
    expect(problem({ itemId: 'i-gone', mergeInto: other.id })).toMatch(/No item i-gone/)
    expect(problem({ itemId: item.id, split: [moving(item)] })).toBeNull()
    expect(problem({ itemId: item.id, split: [articleIds(item)] })).toMatch(/at least one source/)
    expect(problem({ itemId: item.id, split: [['a-none']] })).toMatch(/sources of item/)
    // A merged item is gone: it cannot be merged again, but its stored merge may be sent back unchanged.
    const stored = [{ itemId: other.id, mergeInto: item.id }]
    expect(problem({ itemId: other.id, mergeInto: item.id }, stored)).toBeNull()
    expect(problem({ itemId: other.id, split: [['x']] }, stored)).toMatch(/not on show/)
    // A split-off item can be corrected.
    const split = [{ itemId: item.id, split: [moving(item)] }]
    expect(problem({ itemId: splitItemId(item.id, moving(item)), title: 'New' }, split)).toBeNull()
  })
})

describe('correctionTitles', () => {
  it('names merged-away and split-off items', () => {
    const a = find(built, 'Vladimir Putin', '2021-12-26')
    const b = find(built, 'Vladimir Putin', '2021-12-27')
    const item = find(built, 'Sergey Lavrov', '2021-12-27', 'Talks between')
    const list: ItemCorrection[] = [{ itemId: a.id, mergeInto: b.id }, { itemId: item.id, split: [moving(item)] }]
    const titles = correctionTitles(built, list)
    expect(titles[a.id]).toBe(a.title)
    expect(titles[b.id]).toBe(b.title)
    expect(titles[item.id]).toBe(item.title)
    expect(titles[splitItemId(item.id, moving(item))]).toMatch(/^Sergey Lavrov: /)
  })
})
