// How a reader's corrections combine, are listed and undone: pure, so the rules are tested without a bridge.
import type { ItemCorrection } from '@shared/ipc'
import type { Item } from '@shared/model'

/** A new fix merged over the item's earlier correction: fields not in `next` keep their corrected value. */
export function mergeCorrection(existing: ItemCorrection | undefined, next: ItemCorrection): ItemCorrection {
  return { ...existing, ...next }
}

/** One thing the reader did, as the corrections panel lists it (with its own Undo). */
export type CorrectionEntry =
  | { kind: 'hidden'; itemId: string }
  | { kind: 'edited'; itemId: string }
  | { kind: 'merged'; itemId: string; into: string }
  | { kind: 'split'; itemId: string; articleIds: string[] }

const EDITED_FIELDS = ['type', 'start', 'end', 'precision', 'title', 'speaker'] as const satisfies readonly (keyof ItemCorrection)[]

export function correctionEntries(list: readonly ItemCorrection[]): CorrectionEntry[] {
  return list.flatMap((c): CorrectionEntry[] => [
    ...(c.mergeInto !== undefined ? [{ kind: 'merged' as const, itemId: c.itemId, into: c.mergeInto }] : []),
    ...(c.split ?? []).map((articleIds) => ({ kind: 'split' as const, itemId: c.itemId, articleIds })),
    ...(EDITED_FIELDS.some((f) => c[f] !== undefined) ? [{ kind: 'edited' as const, itemId: c.itemId }] : []),
    ...(c.hidden ? [{ kind: 'hidden' as const, itemId: c.itemId }] : []),
  ])
}

const sameGroup = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id))

/** The item's correction once `entry` is undone; null when nothing is left of it (it is then dropped). */
export function withoutEntry(existing: ItemCorrection | undefined, entry: CorrectionEntry): ItemCorrection | null {
  if (!existing) return null
  const rest: ItemCorrection = { ...existing }
  switch (entry.kind) {
    case 'hidden':
      delete rest.hidden
      break
    case 'edited':
      for (const field of EDITED_FIELDS) delete rest[field]
      break
    case 'merged':
      delete rest.mergeInto
      break
    case 'split':
      rest.split = (rest.split ?? []).filter((group) => !sameGroup(group, entry.articleIds))
      if (!rest.split.length) delete rest.split
      break
  }
  return correctionEntries([rest]).length > 0 ? rest : null
}

/**
 * The correction left after showing a hidden item again: its other fixes stay; null when hiding was the
 * only fix (the correction is then dropped).
 */
export function unhidden(existing: ItemCorrection | undefined): ItemCorrection | null {
  return withoutEntry(existing, { kind: 'hidden', itemId: existing?.itemId ?? '' })
}

/** The items `item` can be merged into: the others of its story, nearest in date first, then by title. */
export function mergeCandidates(item: Item, items: readonly Item[], query = ''): Item[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const day = (iso: string): number => Date.parse(iso) / 86_400_000
  const distance = (other: Item): number => Math.abs(day(other.start) - day(item.start))
  const text = (other: Item): string => `${other.title} ${other.speaker ?? ''}`.toLowerCase()
  return items
    .filter((other) => other.id !== item.id && other.storyId === item.storyId && words.every((w) => text(other).includes(w)))
    .sort((a, b) => distance(a) - distance(b) || a.start.localeCompare(b.start) || a.title.localeCompare(b.title))
}

/** Why the ticked sources cannot be split off, or null: at least one must move and one stay. */
export function splitProblem(item: Pick<Item, 'sources'>, ticked: readonly string[]): string | null {
  if (!ticked.length) return 'Tick the sources to move to a new item.'
  const articles = new Set(item.sources.map((s) => s.articleId))
  if (ticked.filter((id) => articles.has(id)).length >= articles.size) return 'At least one source must stay with this item.'
  return null
}
