/// <reference lib="dom" />
// The real Electron app, where its binary exists (it cannot be downloaded on the build machines, so
// there this file skips and the browser-mode specs cover the UI).
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import type { Bridge } from '../src/shared/ipc'
import { repoRoot, seedsDir } from './fixtures/server'

declare global {
  interface Window {
    api?: Bridge
  }
}

// Not `require('electron')`: electron 45's index.js tries to download a missing binary on require.
// Same lookup as that file, minus the download.
function electronBinary(): string | null {
  const dir = join(repoRoot, 'node_modules/electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const name = readFileSync(pathFile, 'utf8').trim()
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), name || 'electron')
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
test.skip(!binary, 'Electron binary not installed on this machine (node_modules/electron has no dist/); browser-mode specs cover the UI')
test.skip(!existsSync(join(repoRoot, 'out/main/index.js')), 'app not built: run `npm run build` first')

let app: ElectronApplication
let page: Page
let home: string

test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'nt-electron-'))
  app = await electron.launch({
    executablePath: binary!,
    args: ['.', seedsDir, '--no-sandbox'],
    cwd: repoRoot,
    // A fresh userData folder per test: no recent folders or window bounds from earlier runs.
    env: { ...process.env, XDG_CONFIG_HOME: home, HOME: home, ELECTRON_RENDERER_URL: '' },
  })
  page = await app.firstWindow()
})

test.afterEach(async () => {
  await app?.close()
  await rm(home, { recursive: true, force: true })
})

test('opens a hardened window on app:// with the seeds loaded', async () => {
  expect(page.url()).toBe('app://app/index.html')
  const exposed = await page.evaluate(() => ({
    mode: window.api?.mode,
    channels: Object.keys(window.api ?? {}).sort(),
    // No Node in the page: sandboxed, isolated, no integration.
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }))
  expect(exposed.mode).toBe('electron')
  expect(exposed.channels).toContain('openFolder')
  expect(exposed.require).toBe('undefined')
  expect(exposed.process).toBe('undefined')
  await expect(page.getByText(/5 articles/)).toBeVisible({ timeout: 30_000 })
})

test('the API answers, and validates its arguments', async () => {
  // The start folder opens once the page has loaded: wait for it to be recorded.
  await expect.poll(() => page.evaluate(() => window.api!.settings().then((s) => s.lastFolder)), { timeout: 30_000 }).toBe(seedsDir)
  const error = await page.evaluate(() =>
    (window.api!.openFolder as unknown as (p: unknown) => Promise<unknown>)(42).then(
      () => null,
      (e: Error) => e.message,
    ),
  )
  expect(error).toMatch(/must be a string/)
})

test('the page cannot navigate away or open windows', async () => {
  const before = page.url()
  const opened = await page.evaluate(() => window.open('https://example.org/') === null)
  expect(opened).toBe(true)
  await page.evaluate(() => {
    window.location.href = 'https://example.org/'
  })
  await page.waitForTimeout(500)
  expect(page.url()).toBe(before)
  expect(app.windows()).toHaveLength(1)
})

test('sends the Content-Security-Policy', async () => {
  const blocked = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    await new Promise((r) => setTimeout(r, 100))
    return (window as unknown as { __injected?: boolean }).__injected !== true
  })
  expect(blocked).toBe(true)
})
