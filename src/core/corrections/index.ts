// Applying a reader's corrections to a freshly built timeline: a pure step after the pipeline, so a
// reload (file changes) or a restart shows the same corrected items. Merges and splits regroup the items
// first (regroup.ts); then each remaining item's own fixes (hide, title, date, type, speaker) apply.
import type { ItemCorrection } from '../../shared/ipc'
import type { Item, Timeline } from '../../shared/model'
import { regroupItems, splitItemId } from './regroup'

export function applyCorrections(timeline: Timeline, corrections: readonly ItemCorrection[]): Timeline {
  if (!corrections.length) return timeline
  const byId = new Map(corrections.map((c) => [c.itemId, c]))
  const items: Item[] = []
  for (const item of regroupItems(timeline, corrections)) {
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

/** An empty list of splits is no correction. */
function meaningful(correction: ItemCorrection): boolean {
  return Object.entries(correction).some(([key, value]) => key !== 'itemId' && value !== undefined && !(Array.isArray(value) && !value.length))
}

/** Replaces the correction of the same item, or adds it; a correction that changes nothing is dropped. */
export function withCorrection(list: readonly ItemCorrection[], correction: ItemCorrection): ItemCorrection[] {
  const rest = list.filter((c) => c.itemId !== correction.itemId)
  const next = correction.split?.length === 0 ? { ...correction, split: undefined } : correction
  return meaningful(next) ? [...rest, next] : rest
}

/**
 * Titles of the items the corrections name, for listing them: as the pipeline made them (merged-away and
 * hidden items are not in the corrected timeline), as regrouping made them (split-off items), as corrected.
 */
export function correctionTitles(built: Timeline, corrections: readonly ItemCorrection[]): Record<string, string> {
  const titles = new Map(built.items.map((i) => [i.id, i.title]))
  for (const item of regroupItems(built, corrections)) titles.set(item.id, item.title)
  for (const c of corrections) if (c.title !== undefined) titles.set(c.itemId, c.title)
  const named = new Set(corrections.flatMap((c) => [c.itemId, ...(c.mergeInto ? [c.mergeInto] : []), ...(c.split ?? []).map((group) => splitItemId(c.itemId, group))]))
  return Object.fromEntries([...named].flatMap((id) => (titles.has(id) ? [[id, titles.get(id)!]] : [])))
}

const groupKey = (group: readonly string[]): string => [...new Set(group)].sort().join(',')

/**
 * Why a correction sent by the reader cannot be stored, or null. `built` is the pipeline's timeline,
 * `shown` the corrected one, `stored` the folder's corrections: a new merge must name another item on
 * show, a new split sources of the item as shown, leaving at least one; what was stored before stays valid.
 */
export function correctionProblem(correction: ItemCorrection, built: Timeline, shown: Timeline, stored: readonly ItemCorrection[]): string | null {
  const { itemId } = correction
  const before = stored.find((c) => c.itemId === itemId)
  const item = shown.items.find((i) => i.id === itemId)
  if (!item && !before && !built.items.some((i) => i.id === itemId)) return `No item ${itemId} in the open timeline.`
  if (correction.mergeInto !== undefined && correction.mergeInto !== before?.mergeInto) {
    if (correction.mergeInto === itemId) return 'An item cannot be merged into itself.'
    if (!item) return `Item ${itemId} is not on show: it cannot be merged.`
    if (!shown.items.some((i) => i.id === correction.mergeInto)) return `No item ${correction.mergeInto} to merge into.`
  }
  const known = new Set((before?.split ?? []).map(groupKey))
  for (const group of correction.split ?? []) {
    if (known.has(groupKey(group))) continue
    if (!item) return `Item ${itemId} is not on show: it cannot be split.`
    const articles = new Set(item.sources.map((s) => s.articleId))
    if (!group.length || group.some((id) => !articles.has(id))) return `Split sources must be sources of item ${itemId}.`
    if (new Set(group).size === articles.size) return 'A split must leave at least one source.'
  }
  return null
}
