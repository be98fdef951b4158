// The renderer's browser-mode bridge against the real local server (in Node: fetch is global,
// EventSource is faked). Kept here, not beside http.ts, so the web type-check project stays free of Node
// code; and imported by a runtime path, so the node project does not type-check DOM code either.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Bridge } from '../../shared/ipc'
import { startLocalServer, type LocalServer } from './server'

const bridgeModule = '../../renderer/src/bridge/http'
const { httpBridge } = (await import(/* @vite-ignore */ bridgeModule)) as { httpBridge: (token: string, base?: string) => Bridge }

let dir: string
let server: LocalServer
let origin: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nt-bridge-'))
  await mkdir(join(dir, 'renderer'))
  await mkdir(join(dir, 'articles'))
  await writeFile(join(dir, 'renderer/index.html'), '<!doctype html>')
  await writeFile(join(dir, 'articles/a.txt'), ' date 2021-12-27 \nSomething happened.\n')
  server = await startLocalServer({ rendererDir: join(dir, 'renderer'), userDataDir: join(dir, 'data'), watch: false })
  origin = new URL(server.url).origin
})
afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

describe('httpBridge', () => {
  it('calls the shared handlers over HTTP', async () => {
    const bridge = httpBridge(server.token, origin)
    expect(bridge.mode).toBe('browser')
    const result = await bridge.openFolder(join(dir, 'articles'))
    expect(result.status).toBe('loaded')
    expect(await bridge.recentFolders()).toEqual([join(dir, 'articles')])
    expect((await bridge.updateSettings({ theme: 'dark' })).theme).toBe('dark')
  })

  it('turns server refusals into errors with the server message', async () => {
    await expect(httpBridge('wrong', origin).settings()).rejects.toThrow(/missing or wrong token/)
    const bridge = httpBridge(server.token, origin)
    await expect((bridge.openFolder as (p: unknown) => Promise<unknown>)(42)).rejects.toThrow(/must be a string/)
  })

  it('has no native dialogs', async () => {
    const bridge = httpBridge(server.token, origin)
    expect(await bridge.chooseFolder()).toBeNull()
    expect(await bridge.saveFile({ fileName: 'a.png', mimeType: 'image/png', base64: '' })).toBeNull()
    expect(bridge.pathForFile({} as File)).toBeNull()
  })

  it('opens only http(s) links, in a new tab without access to the app', async () => {
    const open = vi.fn(() => null)
    vi.stubGlobal('window', { open })
    const bridge = httpBridge(server.token, origin)
    expect(await bridge.openExternal('javascript:alert(1)')).toBe(false)
    expect(await bridge.openExternal('https://example.org/')).toBe(true)
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.org/', '_blank', 'noopener,noreferrer')
    vi.unstubAllGlobals()
  })

  it('subscribes through one EventSource on the tokened events address', () => {
    const sources: { url: string; listeners: Map<string, (m: { data: string }) => void> }[] = []
    vi.stubGlobal(
      'EventSource',
      class {
        listeners = new Map<string, (m: { data: string }) => void>()
        constructor(public url: string) {
          sources.push(this)
        }
        addEventListener(event: string, cb: (m: { data: string }) => void) {
          this.listeners.set(event, cb)
        }
        removeEventListener(event: string) {
          this.listeners.delete(event)
        }
      },
    )
    const bridge = httpBridge('t/k+n', origin)
    const menus: string[] = []
    const off = bridge.on('menu', (command) => menus.push(command))
    bridge.on('progress', () => undefined)
    expect(sources).toHaveLength(1)
    expect(sources[0].url).toBe(`${origin}/api/events?token=t%2Fk%2Bn`)
    sources[0].listeners.get('menu')!({ data: '"fit"' })
    expect(menus).toEqual(['fit'])
    off()
    expect(sources[0].listeners.has('menu')).toBe(false)
    vi.unstubAllGlobals()
  })
})
