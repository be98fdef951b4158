// The application menu as data: built from the recent folders and the actions main wires to it.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc'

export interface MenuActions {
  /** Forwarded to the renderer as a `menu` event. */
  command(command: MenuCommand): void
  openRecent(folder: string): void
  clearRecent(): void
}

export function menuTemplate(
  recent: readonly string[],
  actions: MenuActions,
  options: { platform: NodeJS.Platform; dev: boolean },
): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => actions.command(command)
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((folder) => ({ label: folder, click: () => actions.openRecent(folder) })),
        { type: 'separator' },
        { label: 'Clear Recent', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No recent folders', enabled: false }]
  const mac = options.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: send('open-folder') },
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        { label: 'Export PNG…', accelerator: 'CmdOrCtrl+E', click: send('export-png') },
        { label: 'Export SVG…', accelerator: 'CmdOrCtrl+Shift+E', click: send('export-svg') },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+Alt+E', click: send('export-pdf') },
        { type: 'separator' },
        { role: mac ? 'close' : 'quit', label: mac ? 'Close Window' : 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('search') },
        { type: 'separator' },
        { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
        { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
        { label: 'Fit', accelerator: 'CmdOrCtrl+0', click: send('fit') },
        ...(options.dev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  ]
  return mac ? [{ role: 'appMenu' }, ...template] : template
}
