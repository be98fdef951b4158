// Local-browser mode: the app served to an ordinary browser from 127.0.0.1, for machines without the
// Electron binary and for the end-to-end tests. Same handlers and schemas as Electron's ipcMain; a
// per-run token, Host and Origin checks and the same CSP stand in for Electron's process isolation.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { OpenResult } from '../../shared/ipc'
import { isChannel } from '../../shared/validate'
import { confSettings } from '../conf-store'
import { exportFromCore, watchWithCore } from '../core-adapters'
import { createHandlers, dispatch, InvalidRequest, type Emit, type ExportFn } from '../handlers'
import { inProcessLoaderWith, workerDocuments, workerExporter, workerLoader, type Loader } from '../loader'
import { readStatic, SECURITY_HEADERS } from '../static'

export interface LocalServerOptions {
  rendererDir: string
  /** Opened when the page first connects (it then receives `folderOpened`), like Electron's start folder. */
  folder?: string
  /** 0 or absent: any free port. */
  port?: number
  userDataDir: string
  /** Built worker entry (out/main/worker.js); the loading runs in process when absent. */
  workerEntry?: string
  /** Defaults to the pipeline's export; null to run without it. */
  exportTimeline?: ExportFn | null
  /** Reload when the open folder changes on disk (default on). */
  watch?: boolean
}

export interface LocalServer {
  /** The page address, token included. */
  url: string
  token: string
  /** Opens a folder as the main process would (menu, drag and drop) and tells the page. */
  openFolder(path: string): Promise<OpenResult>
  close(): Promise<void>
}

export const TOKEN_HEADER = 'x-app-token'
const MAX_BODY = 80 * 1024 * 1024
const KEEPALIVE_MS = 15_000

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const token = randomBytes(24).toString('base64url')
  const cookieName = () => `nt_token_${port}`
  let port = 0
  const clients = new Set<ServerResponse>()
  const waiting: (() => void)[] = []

  const emit: Emit = (event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const client of clients) client.write(frame)
  }
  const worker = options.workerEntry && existsSync(options.workerEntry) ? options.workerEntry : null
  const cacheDir = join(options.userDataDir, 'cache')
  const loader: Loader = worker ? workerLoader(worker, cacheDir) : inProcessLoaderWith(cacheDir)
  const exporter = worker ? workerExporter(worker) : exportFromCore
  const store = confSettings(options.userDataDir)
  let startFolder = options.folder ?? null
  const handlers = createHandlers({
    store,
    loader,
    emit,
    chooseFolder: null,
    saveFile: null,
    openExternal: null,
    exportTimeline: options.exportTimeline === undefined ? exporter : options.exportTimeline,
    watch: options.watch === false ? null : watchWithCore,
    ...(worker ? { loadDocuments: workerDocuments(worker) } : {}),
  })

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: error instanceof Error ? error.message : 'internal error' })
      else res.end()
    })
  })

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (!allowedHost(req.headers.host) || !allowedOrigin(req.headers.origin) || crossSite(req)) {
      return send(res, 403, { error: 'forbidden' })
    }
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' })
      if (!sameToken(url.searchParams.get('token'))) return send(res, 401, { error: 'missing or wrong token' })
      return openEvents(req, res)
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' })
      if (!sameToken(header(req, TOKEN_HEADER))) return send(res, 401, { error: 'missing or wrong token' })
      if (!/^application\/json\b/i.test(header(req, 'content-type') ?? '')) {
        return send(res, 415, { error: 'expected application/json' })
      }
      const channel = url.pathname.slice('/api/'.length)
      if (!isChannel(channel)) return send(res, 404, { error: `unknown channel ${channel}` })
      let args: unknown
      try {
        args = JSON.parse(await readBody(req))
      } catch (error) {
        return send(res, 400, { error: error instanceof Error ? error.message : 'invalid body' })
      }
      try {
        const value = await dispatch(handlers, channel, args)
        return send(res, 200, { value: value ?? null })
      } catch (error) {
        const status = error instanceof InvalidRequest ? 400 : 500
        return send(res, status, { error: error instanceof Error ? error.message : String(error) })
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' })
    const fromQuery = url.searchParams.get('token')
    if (!sameToken(fromQuery) && !sameToken(cookie(req, cookieName()))) {
      return send(res, 401, { error: 'missing or wrong token: open the address printed at start' })
    }
    const file = await readStatic(options.rendererDir, url.pathname)
    if (!file) return send(res, 404, { error: 'not found' })
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': file.mimeType, 'Cache-Control': 'no-store' }
    if (fromQuery) headers['Set-Cookie'] = `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  const openEvents = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    clients.add(res)
    for (const wake of waiting.splice(0)) wake()
    if (startFolder) {
      const folder = startFolder
      startFolder = null
      void handlers.openFolder(folder).then((result) => emit('folderOpened', result))
    }
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS)
    req.on('close', () => {
      clearInterval(keepalive)
      clients.delete(res)
    })
  }

  const sameToken = (candidate: string | null | undefined): boolean => {
    if (!candidate) return false
    const a = Buffer.from(candidate)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }
  // DNS rebinding: a foreign name resolving to 127.0.0.1 must not reach the API.
  const allowedHost = (host: string | undefined): boolean => host === `127.0.0.1:${port}` || host === `localhost:${port}`
  const allowedOrigin = (origin: string | undefined): boolean =>
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port

  const whenConnected = (timeoutMs: number): Promise<void> =>
    clients.size > 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(resolve, timeoutMs)
          waiting.push(() => {
            clearTimeout(timer)
            resolve()
          })
        })

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    async openFolder(path) {
      await whenConnected(10_000)
      const result = await handlers.openFolder(path)
      emit('folderOpened', result)
      return result
    },
    close: () =>
      new Promise<void>((resolve) => {
        handlers.dispose()
        for (const client of clients) client.end()
        clients.clear()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function crossSite(req: IncomingMessage): boolean {
  const site = header(req, 'sec-fetch-site')
  return site === 'cross-site' || site === 'same-site'
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (header(req, 'cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return null
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('request body too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

