// A reader's corrections to items (edit, hide, merge, split, undo), stored per folder by main.
import { computed, ref, watch, type ShallowRef } from 'vue'
import type { Bridge, ItemCorrection } from '@shared/ipc'
import type { Item, Timeline } from '@shared/model'
import { correctionEntries, mergeCorrection, withoutEntry, type CorrectionEntry } from '../timeline/corrections'

export function useCorrections(bridge: Bridge, timeline: ShallowRef<Timeline | null>) {
  const list = ref<ItemCorrection[]>([])
  /** Main's titles of the items the corrections name: merged-away and hidden ones are not on show. */
  const titles = ref<Record<string, string>>({})
  const error = ref<string | null>(null)
  /** Titles of every item seen this session, for a correction main has not named yet. */
  const knownTitles = new Map<string, string>()

  async function refresh(): Promise<void> {
    const stored = timeline.value ? await bridge.corrections().catch(() => null) : null
    list.value = stored?.corrections ?? []
    titles.value = stored?.titles ?? {}
  }
  watch(
    timeline,
    (t) => {
      for (const i of t?.items ?? []) knownTitles.set(i.id, i.title)
      void refresh()
    },
    { immediate: true },
  )

  async function apply(call: () => Promise<Timeline>): Promise<boolean> {
    error.value = null
    try {
      timeline.value = await call()
      await refresh()
      return true
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return false
    }
  }

  const existing = (itemId: string): ItemCorrection | undefined => list.value.find((c) => c.itemId === itemId)
  const store = (c: ItemCorrection) => apply(() => bridge.correctItem(mergeCorrection(existing(c.itemId), c)))
  const undo = (entry: CorrectionEntry) => {
    const rest = withoutEntry(existing(entry.itemId), entry)
    return apply(() => (rest ? bridge.correctItem(rest) : bridge.clearCorrection(entry.itemId)))
  }

  return {
    list,
    entries: computed(() => correctionEntries(list.value)),
    error,
    /** The item has fixes of its own, or another item was merged into it. */
    isCorrected: (itemId: string): boolean => existing(itemId) !== undefined || list.value.some((c) => c.mergeInto === itemId),
    titleOf: (itemId: string): string => existing(itemId)?.title ?? titles.value[itemId] ?? knownTitles.get(itemId) ?? itemId,
    save: store,
    hide: (item: Item) => store({ itemId: item.id, hidden: true }),
    merge: (from: Item, into: Item) => store({ itemId: from.id, mergeInto: into.id }),
    split: (item: Item, articleIds: string[]) => store({ itemId: item.id, split: [...(existing(item.id)?.split ?? []), articleIds] }),
    undo,
    clear: (itemId: string) => apply(() => bridge.clearCorrection(itemId)),
  }
}
