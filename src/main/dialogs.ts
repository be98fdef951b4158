// Native dialogs and the shell, as the plain functions the shared handlers expect.
import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { dialog, shell, type BrowserWindow } from 'electron'
import type { ExportFile } from '../shared/ipc'

export function folderDialog(window: () => BrowserWindow | undefined) {
  return async (): Promise<string | null> => {
    const owner = window()
    const options = { title: 'Open a folder of articles', properties: ['openDirectory' as const] }
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
}

export function saveDialog(window: () => BrowserWindow | undefined) {
  return async (file: ExportFile): Promise<string | null> => {
    const owner = window()
    const extension = extname(file.fileName).slice(1)
    const options = {
      title: 'Save the timeline',
      defaultPath: file.fileName,
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    }
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return null
    await writeFile(result.filePath, Buffer.from(file.base64, 'base64'))
    return result.filePath
  }
}

export async function openExternal(url: string): Promise<void> {
  await shell.openExternal(url)
}
