import { describe, expect, it } from 'vitest'
import type { Item } from '@shared/model'
import { fixture } from './fixture'
import { correctionEntries, mergeCandidates, mergeCorrection, splitProblem, unhidden, withoutEntry } from './corrections'

describe('corrections', () => {
  it('merge a new fix over the earlier one', () => {
    expect(mergeCorrection({ itemId: 'i1', title: 'A', speaker: 'B' }, { itemId: 'i1', hidden: true })).toEqual({ itemId: 'i1', title: 'A', speaker: 'B', hidden: true })
    expect(mergeCorrection({ itemId: 'i1', title: 'A' }, { itemId: 'i1', title: 'C' })).toEqual({ itemId: 'i1', title: 'C' })
    expect(mergeCorrection(undefined, { itemId: 'i1', hidden: true })).toEqual({ itemId: 'i1', hidden: true })
  })

  it('keep the other fixes when an item is shown again', () => {
    expect(unhidden({ itemId: 'i1', hidden: true, title: 'A' })).toEqual({ itemId: 'i1', title: 'A' })
    expect(unhidden({ itemId: 'i1', hidden: true, speaker: null })).toEqual({ itemId: 'i1', speaker: null })
    expect(unhidden({ itemId: 'i1', hidden: true, mergeInto: 'i2' })).toEqual({ itemId: 'i1', mergeInto: 'i2' })
  })

  it('drop the correction when hiding was the only fix', () => {
    expect(unhidden({ itemId: 'i1', hidden: true })).toBeNull()
    expect(unhidden(undefined)).toBeNull()
  })

  it('list each merge, split, edit and hiding once, and undo one without the others', () => {
    const c = { itemId: 'i1', title: 'T', start: '2022-01-01', hidden: true, mergeInto: 'i2', split: [['a1'], ['a2', 'a3']] }
    const entries = correctionEntries([c, { itemId: 'i4', speaker: null }])
    expect(entries).toEqual([
      { kind: 'merged', itemId: 'i1', into: 'i2' },
      { kind: 'split', itemId: 'i1', articleIds: ['a1'] },
      { kind: 'split', itemId: 'i1', articleIds: ['a2', 'a3'] },
      { kind: 'edited', itemId: 'i1' },
      { kind: 'hidden', itemId: 'i1' },
      { kind: 'edited', itemId: 'i4' },
    ])
    expect(withoutEntry(c, entries[0])).toEqual({ itemId: 'i1', title: 'T', start: '2022-01-01', hidden: true, split: [['a1'], ['a2', 'a3']] })
    expect(withoutEntry(c, { kind: 'split', itemId: 'i1', articleIds: ['a3', 'a2'] })?.split).toEqual([['a1']])
    expect(withoutEntry(c, entries[3])).toEqual({ itemId: 'i1', hidden: true, mergeInto: 'i2', split: [['a1'], ['a2', 'a3']] })
    expect(withoutEntry({ itemId: 'i1', split: [['a1']] }, entries[1])).toBeNull()
    expect(withoutEntry({ itemId: 'i4', speaker: null }, entries[5])).toBeNull()
  })
})

describe('mergeCandidates', () => {
  const items = fixture.items
  const item = items[0]

  it('offers the other items of the story, nearest date first, filtered by the words typed', () => {
    const candidates = mergeCandidates(item, items)
    expect(candidates.map((i) => i.id)).not.toContain(item.id)
    expect(candidates.every((i) => i.storyId === item.storyId)).toBe(true)
    const gaps = candidates.map((i) => Math.abs(Date.parse(i.start) - Date.parse(item.start)))
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b))
    const other = candidates.at(-1)!
    const word = other.title.split(' ').find((w) => w.length > 4)!
    expect(mergeCandidates(item, items, word.toUpperCase()).map((i) => i.id)).toContain(other.id)
    expect(mergeCandidates(item, items, 'no-such-words')).toEqual([])
  })
})

describe('splitProblem', () => {
  const item = { sources: ['a1', 'a2', 'a2'].map((articleId) => ({ articleId, text: articleId })) } satisfies Pick<Item, 'sources'>
  it('needs a source ticked and one left', () => {
    expect(splitProblem(item, ['a1'])).toBeNull()
    expect(splitProblem(item, [])).toMatch(/Tick/)
    expect(splitProblem(item, ['a1', 'a2'])).toMatch(/must stay/)
  })
})
