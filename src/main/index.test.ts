// The Electron entry point's wiring, run against a fake `electron` module (the binary cannot be
// installed on the build machines, so this is the closest the unit tests get to starting the app).
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { channels } from '../shared/ipc'
import { CONTENT_SECURITY_POLICY } from './static'

type Callback = (...args: never[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    appListeners: new Map<string, Callback>(),
    ipc: new Map<string, Callback>(),
    windows: [] as { options: Record<string, unknown>; url: string; sent: [string, unknown][]; contentsOnce: Map<string, Callback> }[],
    permissionRequest: null as Callback | null,
    permissionCheck: null as Callback | null,
    headers: null as Callback | null,
    menus: 0,
  }
  class BrowserWindow {
    record: (typeof state.windows)[number]
    webContents: Record<string, unknown>
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: '', sent: [], contentsOnce: new Map() }
      state.windows.push(this.record)
      const record = this.record
      this.webContents = {
        once: (event: string, cb: Callback) => record.contentsOnce.set(event, cb),
        send: (channel: string, payload: unknown) => record.sent.push([channel, payload]),
        isDestroyed: () => false,
      }
    }
    static getAllWindows = () => state.windows
    maximize() {}
    once() {}
    on() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 })
    isMaximized = () => false
    async loadURL(url: string) {
      this.record.url = url
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      getAppPath: () => process.cwd(),
      // Only named here (the load cache's folder): the fake loads nothing.
      getPath: (name: string) => `/nonexistent/electron-${name}`,
      on: (event: string, cb: Callback) => void state.appListeners.set(event, cb),
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (cb: Callback) => void (state.permissionRequest = cb),
        setPermissionCheckHandler: (cb: Callback) => void (state.permissionCheck = cb),
        setDevicePermissionHandler: () => undefined,
        webRequest: { onHeadersReceived: (cb: Callback) => void (state.headers = cb) },
      },
    },
    ipcMain: { handle: (channel: string, cb: Callback) => void state.ipc.set(channel, cb) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => void state.menus++ },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    BrowserWindow,
    dialog: {},
    shell: {},
    webUtils: {},
  }
  return { state, electron }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))
vi.mock('electron-store', async () => {
  const { defaultSettings } = await import('../shared/settings')
  return {
    default: class {
      store = structuredClone(defaultSettings)
      set(object: object) {
        this.store = { ...this.store, ...object }
      }
    },
  }
})

const { state } = fake

beforeAll(async () => {
  await import('./index')
  await vi.waitFor(() => expect(state.windows).toHaveLength(1))
})

describe('Electron main', () => {
  it('registers app:// as a standard, secure scheme before ready', () => {
    expect(state.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })])
  })

  it('opens one isolated, sandboxed window on app://app', () => {
    const [window] = state.windows
    expect(window.url).toBe('app://app/index.html')
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('serves the renderer with the CSP and refuses other hosts', async () => {
    const handler = state.protocolHandlers.get('app')!
    const page = await handler(new Request('app://app/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404)
    expect((await handler(new Request('app://app/../../package.json'))).status).toBe(404)
  })

  it('handles every channel, and only from the app frame', async () => {
    expect([...state.ipc.keys()].sort()).toEqual([...channels].sort())
    const settings = state.ipc.get('settings')! as (event: unknown) => Promise<unknown>
    await expect(settings({ senderFrame: { url: 'app://app/index.html', parent: null } })).resolves.toMatchObject({ theme: 'system' })
    await expect(Promise.resolve().then(() => settings({ senderFrame: { url: 'https://example.org/', parent: null } }))).rejects.toThrow(/untrusted/)
  })

  it('denies permissions and blocks navigation and new windows', () => {
    const granted: boolean[] = []
    ;(state.permissionRequest as (...a: unknown[]) => void)(null, 'media', (ok: boolean) => granted.push(ok))
    expect(granted).toEqual([false])
    expect((state.permissionCheck as () => boolean)()).toBe(false)

    const listeners = new Map<string, (event: { preventDefault(): void }) => void>()
    let openHandler: (() => unknown) | null = null
    const contents = { on: (e: string, cb: (event: { preventDefault(): void }) => void) => listeners.set(e, cb), setWindowOpenHandler: (cb: () => unknown) => (openHandler = cb) }
    ;(state.appListeners.get('web-contents-created') as (...a: unknown[]) => void)({}, contents)
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevented = vi.fn()
      listeners.get(event)!({ preventDefault: prevented })
      expect(prevented, event).toHaveBeenCalled()
    }
    expect(openHandler!()).toEqual({ action: 'deny' })
  })

  it('puts the CSP on every response', () => {
    let headers: Record<string, string[]> = {}
    ;(state.headers as (...a: unknown[]) => void)({ responseHeaders: { 'X-Other': ['1'] } }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders))
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(headers['X-Other']).toEqual(['1'])
  })

  it('sets the menu and opens the start folder once the page has loaded', async () => {
    expect(state.menus).toBeGreaterThan(0)
    const [window] = state.windows
    ;(window.contentsOnce.get('did-finish-load') as () => void)()
    await vi.waitFor(() => expect(window.sent.map(([channel]) => channel)).toContain('folderOpened'), { timeout: 20_000 })
  })
})
