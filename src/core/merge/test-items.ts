// Extracted items for the merge tests: a real sentence with the fields that matter to the case, the rest defaulted.
import type { ExtractedItem } from '../types'

export function item(over: Partial<ExtractedItem> & Pick<ExtractedItem, 'articleId' | 'text'>): ExtractedItem {
  const start = over.start ?? '2021-12-27'
  return {
    type: 'statement',
    start,
    end: over.end ?? start,
    precision: 'day',
    planned: false,
    dateEvidence: { phrase: null, anchor: null },
    speaker: null,
    role: null,
    quote: null,
    title: over.title ?? over.text.slice(0, 80),
    actors: [],
    offset: 0,
    length: over.text.length,
    ...over,
  }
}
