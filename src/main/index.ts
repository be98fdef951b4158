// Electron main: wiring only. Handlers live in handlers.ts (shared with the local-browser mode).
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { app, BrowserWindow, ipcMain, Menu, nativeTheme } from 'electron'
import { watchWithCore } from './core-adapters'
import { createHandlers } from './handlers'
import { folderDialog, openExternal, saveDialog } from './dialogs'
import { registerIpc, sendEvent } from './ipc'
import { workerDocuments, workerExporter, workerLoader } from './loader'
import { menuTemplate } from './menu'
import { registerAppScheme, serveRenderer } from './protocol'
import { blockNavigation, hardenSession } from './security'
import { APP_ORIGIN, trustedOrigins } from './sender'
import { electronSettings } from './store'
import { createMainWindow, preloadPath } from './window'
import type { Emit } from './handlers'

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const mainDir = import.meta.dirname

registerAppScheme()
blockNavigation()

// macOS: a folder dropped on the Dock icon, possibly before the app is ready.
let droppedOnDock: string | null = null
let openDropped: ((folder: string) => void) | null = null
app.on('open-file', (event, path) => {
  event.preventDefault()
  if (openDropped) openDropped(path)
  else droppedOnDock = path
})

const isFolder = (path: string | null): path is string => !!path && existsSync(path) && statSync(path).isDirectory()

/** A folder named on the command line. */
function argumentFolder(argv: readonly string[]): string | null {
  const args = argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-') && a !== '.')
  return args.map((a) => resolve(a)).find(isFolder) ?? null
}

/** The command line's folder, else the last one opened, else the repository's seeds in a checkout. */
function startFolder(argv: readonly string[], lastFolder: string | null): string | null {
  const seeds = app.isPackaged ? null : join(app.getAppPath(), 'seeds')
  return [argumentFolder(argv), lastFolder, seeds].find(isFolder) ?? null
}

async function main(): Promise<void> {
  await app.whenReady()
  hardenSession(undefined, devServerUrl)
  serveRenderer(join(mainDir, '../renderer'))

  const store = electronSettings((settings, previous) => {
    // The renderer's opens change the recent list too: the Open Recent menu follows.
    if (settings.recentFolders.join('\n') !== previous.recentFolders.join('\n')) refreshMenu()
    // The page's prefers-color-scheme and native dialogs follow the app's theme.
    if (settings.theme !== previous.theme) nativeTheme.themeSource = settings.theme
  })
  nativeTheme.themeSource = store.read().theme
  let window: BrowserWindow | undefined
  const emit: Emit = (event, payload) => sendEvent(window?.webContents, event, payload)
  const handlers = createHandlers({
    store,
    loader: workerLoader(join(mainDir, 'worker.js'), join(app.getPath('userData'), 'cache')),
    exportTimeline: workerExporter(join(mainDir, 'worker.js')),
    loadDocuments: workerDocuments(join(mainDir, 'worker.js')),
    emit,
    chooseFolder: folderDialog(() => window),
    saveFile: saveDialog(() => window),
    openExternal,
    watch: watchWithCore,
  })
  registerIpc(ipcMain, handlers, trustedOrigins(devServerUrl))

  const openAndTell = async (folder: string): Promise<void> => {
    emit('folderOpened', await handlers.openFolder(folder))
  }
  function refreshMenu(): void {
    const template = menuTemplate(
      store.read().recentFolders,
      {
        command: (command) => emit('menu', command),
        openRecent: (folder) => void openAndTell(folder),
        clearRecent: () => void store.update({ recentFolders: [] }),
      },
      { platform: process.platform, dev: !app.isPackaged },
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  refreshMenu()

  const url = devServerUrl ?? `${APP_ORIGIN}/index.html`
  const open = (folder: string | null): void => {
    window = createMainWindow(store, preloadPath(mainDir), url)
    window.webContents.once('did-finish-load', () => {
      if (isFolder(folder)) void openAndTell(folder)
    })
    window.on('closed', () => (window = undefined))
  }
  open(isFolder(droppedOnDock) ? droppedOnDock : startFolder(process.argv, store.read().lastFolder))
  openDropped = (folder) => {
    if (!isFolder(folder)) return
    if (window) void openAndTell(folder)
    else open(folder)
  }

  app.on('second-instance', (_event, argv) => {
    const folder = argumentFolder(argv)
    if (!window) return open(folder ?? store.read().lastFolder)
    if (window.isMinimized()) window.restore()
    window.focus()
    if (folder) void openAndTell(folder)
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open(store.read().lastFolder)
  })
  app.on('window-all-closed', () => {
    handlers.dispose()
    if (process.platform !== 'darwin') app.quit()
  })
}

// A second launch hands its folder argument to the running app (see 'second-instance') and exits.
if (app.requestSingleInstanceLock()) void main()
else app.quit()
