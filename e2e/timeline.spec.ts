// The whole path on the real seeds: open the folder through the interface, see the items, read their sources.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, repoRoot, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

test('opens the seeds by typing the folder path and traces an item to its articles', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await page.screenshot({ path: 'test-results/screens/empty.png' })
  await app.openFolder(seedsDir)

  await expect(page).toHaveTitle('seeds – News Timeline')
  const { shown, total } = await app.counts()
  expect(total).toBeGreaterThan(0)
  expect(shown).toBe(total)
  // Fitted on open: every item is inside the time window. (vis-timeline only draws lanes in view, so with
  // several stories some may be below the fold.)
  await expect(app.items.first()).toBeVisible()
  expect(await app.items.count()).toBeLessThanOrEqual(total)
  if ((await page.locator('.stories .story').count()) === 1) await expect(app.items).toHaveCount(total)
  await expect(page.getByRole('navigation', { name: 'Stories' })).toContainText(/\d+ articles?/)
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Planned (dashed)')

  await page.screenshot({ path: 'test-results/screens/timeline.png' })
  // The README picture: lanes by actor show who said what, when.
  await app.lanes('Actor').click()
  await expect(app.laneLabels().nth(1)).toBeVisible()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await mkdir(join(repoRoot, 'resources'), { recursive: true })
  await page.screenshot({ path: join(repoRoot, 'resources/screenshot.png') })
  await app.lanes('Story').click()

  // Item content is text: the label equals the title shown in the detail panel.
  const first = app.items.first()
  const label = ((await first.locator('.item-text').textContent()) ?? '').trim()
  await first.click()
  await expect(app.detail).toBeVisible()
  await expect(app.detail.getByRole('heading', { level: 2 })).toHaveText(label)
  const sources = app.detail.locator('.source')
  expect(await sources.count()).toBeGreaterThan(0)
  await expect(sources.first().locator('.file')).toHaveText(/\.(txt|html?|md|json)$/)
  await expect(app.detail.getByTestId('corroboration')).toContainText(/\d+ sources?/)
  // The source sentence is highlighted in its article's context (loaded through bridge.article).
  await expect(sources.first().locator('.context mark').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/detail.png' })

  const readButton = sources.first().getByRole('button', { name: /Read the article/ })
  await readButton.click()
  const reader = page.getByRole('dialog')
  await expect(reader).toBeVisible()
  await expect(reader.locator('.reader-body p.hit').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/reader.png' })
  await page.keyboard.press('Escape')
  await expect(reader).toBeHidden()
  await expect(readButton).toBeFocused()

  // Any article of a story opens in the reader from the sidebar.
  const stories = page.getByRole('navigation', { name: 'Stories' })
  await stories.locator('summary', { hasText: 'Articles' }).first().click()
  await stories.locator('.story-articles button').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.getByRole('dialog').locator('.reader-body p').first()).not.toBeEmpty()
  await page.getByRole('button', { name: 'Close reader' }).click()

  // A narrow window: the detail panel floats over the timeline, and the filters can be put away.
  await page.setViewportSize({ width: 900, height: 700 })
  const [panel, region] = [await app.detail.boundingBox(), await page.getByTestId('timeline').boundingBox()]
  expect(panel && region && panel.x < region.x + region.width).toBe(true)
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(page.getByRole('navigation', { name: 'Stories' })).toBeHidden()
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(page.getByRole('navigation', { name: 'Stories' })).toBeVisible()

  await app.expectNoPageErrors()
})

test('a folder that does not exist is reported; an opened one is offered again after a reload', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await page.getByLabel('Folder path').fill(join(seedsDir, 'no-such-folder'))
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Could not open the folder')
  await app.openFolder(seedsDir)
  await expect(page.getByRole('alert')).toHaveCount(0)

  await app.goto(appUrl)
  // The latest folder is offered in the path field and in the recent list.
  await expect(page.getByLabel('Folder path')).toHaveValue(seedsDir)
  const recent = page.getByRole('region', { name: 'Recent folders' })
  await expect(recent.getByRole('button')).toHaveText([seedsDir])
  await recent.getByRole('button', { name: seedsDir }).click()
  await expect(app.timeline).toBeVisible()
  await app.expectNoPageErrors()
})
