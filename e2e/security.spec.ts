/// <reference lib="dom" />
// The local-browser mode's defences: token, Host/Origin checks, loopback-only binding, CSP.
import { request as httpRequest } from 'node:http'
import { networkInterfaces } from 'node:os'
import { connect } from 'node:net'
import { CONTENT_SECURITY_POLICY } from '../src/main/static'
import { TOKEN_HEADER } from '../src/main/browser/server'
import { expect, seedsDir, test } from './fixtures/server'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
}

function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const { hostname, port, pathname, search } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port: Number(port), path: pathname + search, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const post = (origin: string, channel: string, args: unknown[], headers: Record<string, string>) =>
  raw(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(args),
  })

test('the page and the API need the per-run token', async ({ server }) => {
  const origin = new URL(server.url).origin
  expect((await raw(`${origin}/`)).status).toBe(401)
  expect((await raw(`${origin}/?token=not-the-token`)).status).toBe(401)
  expect((await raw(server.url)).status).toBe(200)
  expect((await post(origin, 'settings', [], {})).status).toBe(401)
  expect((await post(origin, 'settings', [], { [TOKEN_HEADER]: 'not-the-token' })).status).toBe(401)
  expect((await post(origin, 'settings', [], { [TOKEN_HEADER]: server.token })).status).toBe(200)
  expect((await raw(`${origin}/api/events`)).status).toBe(401)
})

test('a foreign Host or Origin is refused even with the token', async ({ server }) => {
  const origin = new URL(server.url).origin
  const auth = { [TOKEN_HEADER]: server.token }
  // DNS rebinding: the browser sends the attacker's host name.
  expect((await raw(server.url, { headers: { host: 'attacker.example' } })).status).toBe(403)
  expect((await post(origin, 'openFolder', [seedsDir], { ...auth, host: `attacker.example:${new URL(origin).port}` })).status).toBe(403)
  expect((await post(origin, 'openFolder', [seedsDir], { ...auth, origin: 'https://attacker.example' })).status).toBe(403)
  expect((await post(origin, 'openFolder', [seedsDir], { ...auth, origin: 'null' })).status).toBe(403)
  expect((await post(origin, 'settings', [], { ...auth, origin })).status).toBe(200)
})

test('arguments are validated against the channel schema', async ({ server }) => {
  const origin = new URL(server.url).origin
  const auth = { [TOKEN_HEADER]: server.token }
  expect((await post(origin, 'openFolder', [{ path: seedsDir }], auth)).status).toBe(400)
  expect((await post(origin, 'updateSettings', [{ theme: 'dark', injected: 1 }], auth)).status).toBe(400)
  expect((await post(origin, 'openExternal', ['file:///etc/passwd'], auth)).status).toBe(400)
  expect((await post(origin, '__proto__', [], auth)).status).toBe(404)
})

test('the server listens on 127.0.0.1 only', async ({ server }) => {
  const { hostname, port } = new URL(server.url)
  expect(hostname).toBe('127.0.0.1')
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && !i.internal)
    .map((i) => i!.address)
  for (const address of [...others, '::1']) {
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: address, port: Number(port) })
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    expect(reached, `reachable on ${address}`).toBe(false)
  }
})

test('every response carries the CSP, and the page obeys it', async ({ page, appUrl }) => {
  const response = await page.goto(appUrl)
  expect(response?.status()).toBe(200)
  const headers = response!.headers()
  expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  expect(headers['x-frame-options']).toBe('DENY')
  const violations = await page.evaluate(async () => {
    const seen: string[] = []
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective))
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    await fetch('https://example.org/').catch(() => undefined)
    await new Promise((r) => setTimeout(r, 200))
    return { seen, injected: (window as unknown as { __injected?: boolean }).__injected === true }
  })
  expect(violations.injected).toBe(false)
  expect(violations.seen).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']))
})

test('the page cannot be framed or navigated away by a form', async ({ page, appUrl, context }) => {
  await page.goto(appUrl)
  const before = page.url()
  await page.evaluate(() => {
    const form = document.createElement('form')
    form.action = 'https://example.org/steal'
    form.method = 'post'
    document.body.append(form)
    form.submit()
  })
  await page.waitForTimeout(300)
  expect(page.url()).toBe(before)

  const framer = await context.newPage()
  await framer.setContent(`<iframe src="${appUrl}"></iframe>`)
  await framer.waitForTimeout(500)
  const frame = framer.frames().find((f) => f !== framer.mainFrame())
  const framed = await frame?.evaluate(() => document.querySelector('#app') !== null).catch(() => false)
  expect(framed ?? false).toBe(false)
})
