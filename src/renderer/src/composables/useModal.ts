// A <dialog> shown as a modal while its component lives. Closing it before it leaves the page lets the
// browser return focus to whatever opened it.
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

export function useModal(dialog: Ref<HTMLDialogElement | null>, onOpen?: () => void | Promise<void>): void {
  onMounted(() => {
    dialog.value?.showModal()
    void onOpen?.()
  })
  onBeforeUnmount(() => {
    if (dialog.value?.open) dialog.value.close()
  })
}
