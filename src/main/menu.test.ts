import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../shared/ipc'
import { menuTemplate } from './menu'

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const item of items) {
    if (item.label === label) return item
    if (Array.isArray(item.submenu)) {
      const found = find(item.submenu, label)
      if (found.label === label) return found
    }
  }
  return {}
}

describe('menuTemplate', () => {
  const sent: MenuCommand[] = []
  const opened: string[] = []
  const actions = { command: (c: MenuCommand) => sent.push(c), openRecent: (f: string) => opened.push(f), clearRecent: () => undefined }
  const click = (item: MenuItemConstructorOptions) => (item.click as () => void)()

  it('sends menu commands with their accelerators', () => {
    const menu = menuTemplate([], actions, { platform: 'linux', dev: false })
    const expected: [string, string, MenuCommand][] = [
      ['Open Folder…', 'CmdOrCtrl+O', 'open-folder'],
      ['Export PNG…', 'CmdOrCtrl+E', 'export-png'],
      ['Export SVG…', 'CmdOrCtrl+Shift+E', 'export-svg'],
      ['Export PDF…', 'CmdOrCtrl+Alt+E', 'export-pdf'],
      ['Zoom In', 'CmdOrCtrl+=', 'zoom-in'],
      ['Zoom Out', 'CmdOrCtrl+-', 'zoom-out'],
      ['Fit', 'CmdOrCtrl+0', 'fit'],
    ]
    for (const [label, accelerator, command] of expected) {
      const item = find(menu, label)
      expect(item.accelerator).toBe(accelerator)
      click(item)
      expect(sent.at(-1)).toBe(command)
    }
    expect(find(menu, 'Quit').role).toBe('quit')
    expect(find(menu, 'No recent folders').enabled).toBe(false)
  })

  it('lists recent folders that open directly', () => {
    const menu = menuTemplate(['/a', '/b'], actions, { platform: 'linux', dev: false })
    const recent = find(menu, 'Open Recent').submenu as MenuItemConstructorOptions[]
    expect(recent.map((i) => i.label)).toEqual(['/a', '/b', undefined, 'Clear Recent'])
    click(recent[1])
    expect(opened).toEqual(['/b'])
  })

  it('has an app menu on macOS and dev tools only in development', () => {
    expect(menuTemplate([], actions, { platform: 'darwin', dev: false })[0].role).toBe('appMenu')
    const json = (dev: boolean) => JSON.stringify(menuTemplate([], actions, { platform: 'linux', dev }))
    expect(json(false)).not.toContain('toggleDevTools')
    expect(json(true)).toContain('toggleDevTools')
  })
})
