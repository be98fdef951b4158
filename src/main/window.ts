// The main window: isolated, sandboxed renderer; bounds restored from and saved to the settings.
import { join } from 'node:path'
import { BrowserWindow, nativeTheme, screen } from 'electron'
import type { SettingsStore } from './settings'
import { clampBounds } from './bounds'

export function createMainWindow(store: SettingsStore, preload: string, url: string, icon?: string): BrowserWindow {
  const saved = store.read().window
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id)
  const bounds = clampBounds(saved, [primary, ...others].map((d) => d.workArea))
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 400,
    minHeight: 300,
    show: false,
    title: 'News Timeline',
    icon,
    // No white flash before a dark page paints.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows past the window-open handler's checks.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  if (bounds.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds()
    store.update({ window: { x, y, width, height, maximized: window.isMaximized() } })
  })
  void window.loadURL(url)
  return window
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}
