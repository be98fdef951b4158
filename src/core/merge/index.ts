// Merges the items of one story across articles. First version: one item per extracted item.
import type { Item } from '../../shared/model'
import type { ExtractedItem } from '../types'

export function mergeItems(storyId: string, extracted: readonly ExtractedItem[], taken: Set<string>): Item[] {
  return extracted.map((e, i) => ({
    id: `${storyId}-i${i + 1}`,
    storyId,
    type: e.type,
    start: e.start,
    end: e.end,
    precision: e.precision,
    title: e.title,
    speaker: e.speaker,
    role: e.role,
    quote: e.quote,
    actors: e.actors,
    planned: e.planned,
    dateEvidence: e.dateEvidence,
    sources: [{ articleId: e.articleId, text: e.text, offset: e.offset, length: e.length }],
  })).filter((item) => !taken.has(item.id) && taken.add(item.id))
}
