// A reader's corrections to items (edit, hide, restore), stored per folder by main.
import { ref, watch, type ShallowRef } from 'vue'
import type { Bridge, ItemCorrection } from '@shared/ipc'
import type { Item, Timeline } from '@shared/model'
import { mergeCorrection, unhidden } from '../timeline/corrections'

export function useCorrections(bridge: Bridge, timeline: ShallowRef<Timeline | null>) {
  const list = ref<ItemCorrection[]>([])
  const error = ref<string | null>(null)
  /** Titles of every item seen this session: hidden items are no longer in the timeline. */
  const knownTitles = new Map<string, string>()

  async function refresh(): Promise<void> {
    list.value = timeline.value ? await bridge.corrections().catch(() => []) : []
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

  return {
    list,
    error,
    isCorrected: (itemId: string): boolean => existing(itemId) !== undefined,
    titleOf: (c: ItemCorrection): string => c.title ?? knownTitles.get(c.itemId) ?? c.itemId,
    save: (c: ItemCorrection) => apply(() => bridge.correctItem(mergeCorrection(existing(c.itemId), c))),
    hide: (item: Item) => apply(() => bridge.correctItem(mergeCorrection(existing(item.id), { itemId: item.id, hidden: true }))),
    restore: (itemId: string) => {
      const rest = unhidden(existing(itemId))
      return apply(() => (rest ? bridge.correctItem(rest) : bridge.clearCorrection(itemId)))
    },
    clear: (itemId: string) => apply(() => bridge.clearCorrection(itemId)),
  }
}
