// How a reader's corrections combine: pure, so the rules are tested without a bridge.
import type { ItemCorrection } from '@shared/ipc'

/** A new fix merged over the item's earlier correction: fields not in `next` keep their corrected value. */
export function mergeCorrection(existing: ItemCorrection | undefined, next: ItemCorrection): ItemCorrection {
  return { ...existing, ...next }
}

/**
 * The correction left after showing a hidden item again: its other fixes stay; null when hiding was the
 * only fix (the correction is then dropped).
 */
export function unhidden(existing: ItemCorrection | undefined): ItemCorrection | null {
  if (!existing) return null
  const { hidden: _hidden, ...rest } = existing
  const fixes = Object.entries(rest).filter(([k, v]) => k !== 'itemId' && v !== undefined)
  return fixes.length > 0 ? rest : null
}
