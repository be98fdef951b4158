// Applying a reader's corrections to a freshly built timeline: a pure step after the pipeline, so a
// reload (file changes) or a restart shows the same corrected items.
import type { ItemCorrection } from '../shared/ipc'
import type { Item, Timeline } from '../shared/model'

export function applyCorrections(timeline: Timeline, corrections: readonly ItemCorrection[]): Timeline {
  if (!corrections.length) return timeline
  const byId = new Map(corrections.map((c) => [c.itemId, c]))
  const items: Item[] = []
  for (const item of timeline.items) {
    const fix = byId.get(item.id)
    if (!fix) items.push(item)
    else if (!fix.hidden) items.push(corrected(item, fix))
  }
  return { ...timeline, items }
}

function corrected(item: Item, fix: ItemCorrection): Item {
  const next: Item = { ...item }
  if (fix.type !== undefined) next.type = fix.type
  if (fix.title !== undefined) next.title = fix.title
  if (fix.speaker !== undefined) next.speaker = fix.speaker
  if (fix.precision !== undefined) next.precision = fix.precision
  if (fix.start !== undefined) next.start = fix.start
  if (fix.end !== undefined) next.end = fix.end
  // A corrected start after the end (or the reverse) moves the other bound along.
  if (next.end < next.start) {
    if (fix.start !== undefined && fix.end === undefined) next.end = next.start
    else next.start = next.end
  }
  // The pipeline's date evidence no longer explains a date the reader set.
  if (fix.start !== undefined || fix.end !== undefined) next.dateEvidence = undefined
  return next
}

/** Replaces the correction of the same item, or adds it; a correction that changes nothing is dropped. */
export function withCorrection(list: readonly ItemCorrection[], correction: ItemCorrection): ItemCorrection[] {
  const rest = list.filter((c) => c.itemId !== correction.itemId)
  const meaningful = Object.entries(correction).some(([key, value]) => key !== 'itemId' && value !== undefined)
  return meaningful ? [...rest, correction] : rest
}
