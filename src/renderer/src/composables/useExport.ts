// Export: main renders the file; Electron saves it through a dialog, the browser downloads it.
import { ref } from 'vue'
import type { Bridge, ExportFile, ExportRequest } from '@shared/ipc'

function download(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoked later: some engines read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function useExport(bridge: Bridge) {
  const busy = ref(false)
  const message = ref<string | null>(null)

  async function run(request: ExportRequest): Promise<void> {
    busy.value = true
    message.value = null
    try {
      const file = await bridge.exportTimeline(request)
      const saved = await bridge.saveFile(file)
      if (saved) message.value = `Saved ${saved}`
      else if (bridge.mode === 'browser') {
        download(file)
        message.value = `Downloaded ${file.fileName}`
      }
    } catch (e) {
      message.value = `Export failed: ${e instanceof Error ? e.message : String(e)}`
    } finally {
      busy.value = false
    }
  }

  return { busy, message, run }
}
