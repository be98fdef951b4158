/// <reference lib="dom" />
// Article text is data, never code: markup, scripts, event handlers, javascript: links, HTML titles,
// bidirectional overrides, control characters and a 1 MB line are shown as text, run nothing, open nothing
// and fetch nothing from outside 127.0.0.1.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HOSTILE_NAMES, IMG, RLO, SCRIPT, writeHostileFolder } from './helpers/hostile'
import { expect, test } from './helpers/folders'
import { AppPage } from './pages/app'

/** Elements that only parsed markup could have put there. */
const PARSED = 'script, img, iframe, svg, object, embed, b, i, a[href]'

test('hostile article text is shown as text and runs nothing', async ({ page, appUrl, scratch }) => {
  test.setTimeout(120_000)
  const folder = join(scratch, 'hostile')
  await writeHostileFolder(folder)

  const app = new AppPage(page)
  const origin = new URL(appUrl).origin
  const dialogs: string[] = []
  const outside: string[] = []
  const popups: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) outside.push(r.url())
  })
  page.on('popup', (p) => popups.push(p.url()))
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)

  await app.goto(appUrl)
  await app.openFolder(folder)
  // A file name with markup is listed as it is.
  await page.getByRole('button', { name: 'Skipped files (1)' }).click()
  const skipped = page.getByRole('dialog', { name: 'Skipped files (1)' })
  await expect(skipped.locator('tbody td').first()).toHaveText(HOSTILE_NAMES.skipped)
  await expect(skipped.locator(PARSED)).toHaveCount(0)
  await skipped.getByRole('button', { name: 'Close skipped files' }).click()
  await expect(skipped).toBeHidden()

  // Timeline labels: the markup is characters.
  await expect(app.items.filter({ hasText: '<img src=x onerror=' }).first()).toBeVisible()
  await expect(page.locator('.vis-timeline').locator(PARSED)).toHaveCount(0)
  // Sidebar and filters: titles and outlets with markup are characters too.
  const sidebar = page.locator('.sidebar')
  await expect(sidebar.getByRole('navigation', { name: 'Stories' })).toContainText('<img src=x onerror="window.__pwned=1"> Smith says no')
  await expect(app.facet('Outlet')).toContainText('<i>Outlet</i>')
  await expect(sidebar.locator(PARSED)).toHaveCount(0)

  // Every item: its detail panel and its tooltip hold no parsed markup.
  const count = await app.items.count()
  expect(count).toBeGreaterThanOrEqual(3)
  for (let i = 0; i < count; i++) {
    const item = app.items.nth(i)
    // A click while the timeline still moves (its fit after opening is animated) can land beside the item.
    await expect(async () => {
      await item.click()
      await expect(app.detail).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 20_000 })
    await expect(app.detail.locator('.source').first()).toBeVisible()
    await expect(app.detail.locator(PARSED)).toHaveCount(0)
  }
  const rossi = app.items.filter({ hasText: 'Rossi:' }).first()
  await rossi.hover()
  await expect(page.locator('.vis-tooltip')).toContainText('<img src=x onerror=')
  await expect(page.locator('.vis-tooltip').locator(PARSED)).toHaveCount(0)

  // Smith's statements (one a day he made them): the sources show the script tag, the bidirectional
  // override and the marked-up file name as characters.
  const smith = app.items.filter({ hasText: 'Smith:' })
  const shown: string[] = []
  let named = 0
  let monday = -1
  for (let i = 0; i < (await smith.count()); i++) {
    await expect(async () => {
      await smith.nth(i).click()
      await expect(app.detail).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 20_000 })
    await expect(app.detail.locator('.source').first()).toBeVisible()
    await expect(app.detail.locator(PARSED)).toHaveCount(0)
    const text = await app.detail.innerText()
    shown.push(text)
    if (text.includes('title.md')) monday = i
    named += await app.detail.locator('.source .file', { hasText: HOSTILE_NAMES.article }).count()
  }
  expect(shown.join('\n')).toContain(SCRIPT)
  expect(shown.join('\n')).toContain(RLO)
  expect(named).toBe(1)
  // Back to Monday's statement, told by most of the articles.
  expect(monday).toBeGreaterThanOrEqual(0)
  await smith.nth(monday).click()
  await expect(app.detail).toContainText('title.md')

  // The reader of the Markdown article: HTML title as text; its javascript: address is not offered.
  const reader = page.getByRole('dialog')
  const fromMarkdown = app.detail.locator('.source').filter({ has: page.locator('.file', { hasText: 'title.md' }) })
  await fromMarkdown.getByRole('button', { name: /Read the article/ }).click()
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(`<b>bold</b>${SCRIPT}`)
  await expect(reader).toContainText('<i>Outlet</i>')
  await expect(reader.locator(PARSED)).toHaveCount(0)
  await expect(reader.getByRole('button', { name: 'Open original' })).toHaveCount(0)
  await reader.getByRole('button', { name: 'Close reader' }).click()
  await expect(reader).toBeHidden()

  // Every article in the reader, the 1 MB line and the saved page with scripts among them.
  const stories = page.getByRole('navigation', { name: 'Stories' })
  await stories.locator('summary', { hasText: 'Articles' }).first().click()
  const articles = stories.locator('.story-articles button')
  // The list renders once the details open: wait for it rather than count what is there at the click.
  await expect(articles).toHaveCount(7)
  const articleCount = await articles.count()
  const seen: string[] = []
  for (let i = 0; i < articleCount; i++) {
    await articles.nth(i).click()
    await expect(reader).toBeVisible()
    await expect(reader.locator('.reader-body')).toContainText(/\w/)
    await expect(reader.locator(PARSED)).toHaveCount(0)
    const body = (await reader.locator('.reader-body').textContent()) ?? ''
    seen.push(body)
    await reader.getByRole('button', { name: 'Close reader' }).click()
    await expect(reader).toBeHidden()
  }
  // The long line arrives whole; the page's escaped markup is shown as the characters it stands for.
  expect(Math.max(...seen.map((s) => s.length))).toBeGreaterThan(1_000_000)
  expect(seen.some((s) => s.includes('We will not accept <script>window.__pwned=1</script> either'))).toBe(true)
  expect(seen.some((s) => s.includes(IMG))).toBe(true)

  // The SVG export (a document a browser would run scripts in) holds the markup escaped.
  await page.getByRole('button', { name: 'Export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'SVG vector drawing' }).click()
  const svg = await readFile(await (await download).path(), 'utf8')
  expect(svg).toContain('&lt;img src=x onerror=')
  // Parsed (not run) by the browser's XML parser: no active element, no handler, no javascript: link.
  const active = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    if (doc.querySelector('parsererror')) return ['not well-formed']
    return [...doc.querySelectorAll('*')].flatMap((e) => [
      ...(/^(script|img|iframe|foreignObject|a|use|image)$/i.test(e.localName) ? [e.localName] : []),
      ...[...e.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${e.localName}@${a.name}`),
    ])
  }, svg)
  expect(active).toEqual([])

  expect(await pwned()).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(popups).toEqual([])
  expect(outside).toEqual([])
  await app.expectNoPageErrors()
})
