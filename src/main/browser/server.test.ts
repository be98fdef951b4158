import { request } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../static'
import { startLocalServer, TOKEN_HEADER, type LocalServer } from './server'

let dir: string
let server: LocalServer
let origin: string

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const { port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(port), path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const api = (channel: string, args: unknown[], headers: Record<string, string> = {}) =>
  raw(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(args),
  })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nt-server-'))
  await mkdir(join(dir, 'renderer/assets'), { recursive: true })
  await mkdir(join(dir, 'articles'))
  await writeFile(join(dir, 'renderer/index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(dir, 'renderer/assets/app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer')
  await writeFile(join(dir, 'articles/a.txt'), ' date 2021-12-27 \nSomething happened.\n')
  server = await startLocalServer({ rendererDir: join(dir, 'renderer'), userDataDir: join(dir, 'data'), folder: join(dir, 'articles') })
  origin = new URL(server.url).origin
})
afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

describe('local server', () => {
  it('binds 127.0.0.1 and prints a tokened address', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
  })

  it('serves the page with the token, sets a cookie, sends the CSP', async () => {
    const page = await raw(`/?token=${server.token}`)
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    const cookie = String(page.headers['set-cookie'])
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/)
    const asset = await raw('/assets/app.js', { headers: { cookie: cookie.split(';')[0] } })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
  })

  it('rejects a missing or wrong token', async () => {
    expect((await raw('/')).status).toBe(401)
    expect((await raw('/?token=wrong')).status).toBe(401)
    expect((await raw('/assets/app.js', { headers: { cookie: 'nt_token_1=x' } })).status).toBe(401)
    expect((await api('settings', [], { [TOKEN_HEADER]: 'wrong' })).status).toBe(401)
    expect((await raw('/api/events?token=wrong')).status).toBe(401)
  })

  it('rejects foreign Host and Origin headers', async () => {
    expect((await raw(`/?token=${server.token}`, { headers: { host: 'evil.example' } })).status).toBe(403)
    expect((await api('settings', [], { origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('settings', [], { origin })).status).toBe(200)
    expect((await api('settings', [], { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  it('does not serve files outside the renderer', async () => {
    const reply = await raw(`/..%2fsecret.txt?token=${server.token}`)
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('outside')
  })

  it('runs the shared handlers with validated arguments', async () => {
    expect(JSON.parse((await api('settings', [])).body).value.lastFolder).toBeNull()
    const opened = await api('openFolder', [join(dir, 'articles')])
    expect(JSON.parse(opened.body).value.status).toBe('loaded')
    const invalid = await api('openFolder', [1])
    expect(invalid.status).toBe(400)
    expect(JSON.parse(invalid.body).error).toMatch(/must be a string/)
    expect((await api('nope', [])).status).toBe(404)
    expect((await raw('/api/settings', { method: 'POST', headers: { [TOKEN_HEADER]: server.token }, body: '[]' })).status).toBe(415)
    expect((await raw(`/api/settings`, { headers: { [TOKEN_HEADER]: server.token } })).status).toBe(405)
  })

  it('exports the open timeline with the pipeline export', async () => {
    await api('openFolder', [join(dir, 'articles')])
    const reply = await api('exportTimeline', [{ format: 'json' }])
    expect(reply.status).toBe(200)
    const file = JSON.parse(reply.body).value as { fileName: string; mimeType: string; base64: string }
    expect(file.fileName).toMatch(/\.json$/)
    expect(JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')).folder).toBe(join(dir, 'articles'))
  })

  it('streams events to the page', async () => {
    const { port } = new URL(origin)
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: Number(port), path: `/api/events?token=${server.token}` }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          text += chunk
          if (text.includes('event: folderOpened')) {
            req.destroy()
            resolve(text)
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    // The start folder opens by itself once the page listens.
    const text = await received
    expect(text).toContain('event: progress')
    expect(text).toMatch(/event: folderOpened\ndata: \{"status":"loaded"/)
  })

  it('reloads the open folder when a file changes and tells the page', async () => {
    const { port } = new URL(origin)
    const changed = new Promise<string>((resolve, reject) => {
      let text = ''
      const req = request({ host: '127.0.0.1', port: Number(port), path: `/api/events?token=${server.token}` }, (res) => {
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          text += chunk
          if (text.includes('event: folderOpened') && !text.includes('written')) {
            text += 'written'
            void writeFile(join(dir, 'articles/b.txt'), ' date 2021-12-28 \nSomething else happened.\n')
          }
          const match = /event: timelineChanged\ndata: (.*)\n/.exec(text)
          if (match) {
            req.destroy()
            resolve(match[1])
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    const timeline = JSON.parse(await changed) as { articles: unknown[] }
    expect(timeline.articles).toHaveLength(2)
  })
})
