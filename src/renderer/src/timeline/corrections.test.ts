import { describe, expect, it } from 'vitest'
import { mergeCorrection, unhidden } from './corrections'

describe('corrections', () => {
  it('merge a new fix over the earlier one', () => {
    expect(mergeCorrection({ itemId: 'i1', title: 'A', speaker: 'B' }, { itemId: 'i1', hidden: true })).toEqual({ itemId: 'i1', title: 'A', speaker: 'B', hidden: true })
    expect(mergeCorrection({ itemId: 'i1', title: 'A' }, { itemId: 'i1', title: 'C' })).toEqual({ itemId: 'i1', title: 'C' })
    expect(mergeCorrection(undefined, { itemId: 'i1', hidden: true })).toEqual({ itemId: 'i1', hidden: true })
  })

  it('keep the other fixes when an item is shown again', () => {
    expect(unhidden({ itemId: 'i1', hidden: true, title: 'A' })).toEqual({ itemId: 'i1', title: 'A' })
    expect(unhidden({ itemId: 'i1', hidden: true, speaker: null })).toEqual({ itemId: 'i1', speaker: null })
  })

  it('drop the correction when hiding was the only fix', () => {
    expect(unhidden({ itemId: 'i1', hidden: true })).toBeNull()
    expect(unhidden(undefined)).toBeNull()
  })
})
