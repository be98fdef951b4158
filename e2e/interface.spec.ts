// Interface behaviour on a scripted bridge (e2e/pages/mock-bridge.ts): the states the seeds cannot stage.
import { readFile } from 'node:fs/promises'
import type { Timeline } from '../src/shared/model'
import { sampleTimeline as fixture } from './pages/sample-timeline'
import { expect, test } from './fixtures/server'
import { AppPage } from './pages/app'
import { emit, installMockBridge } from './pages/mock-bridge'

const hostile: Timeline = {
  ...fixture,
  items: [
    ...fixture.items,
    {
      id: 'evil', storyId: 's2', type: 'statement', start: '2022-01-05', end: '2022-01-05', precision: 'day',
      title: '<img src=x onerror="window.__xss=1">Pwned', speaker: '<b>Mallory</b>', actors: ['<b>Mallory</b>'],
      sources: [{ articleId: 'a4', text: '<script>window.__xss=2</script> said Mallory.' }],
    },
  ],
}

async function open(app: AppPage, appUrl: string, timeline: Timeline = hostile): Promise<void> {
  await installMockBridge(app.page, timeline)
  await app.goto(appUrl)
  await app.openFolder('/data/russia-us-talks')
}

test('draws statements, events, planned items and date windows differently, and text stays text', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await open(app, appUrl)
  await expect(app.items).toHaveCount(hostile.items.length)
  await expect(page.locator('.vis-item.vis-box.item-statement')).toHaveCount(3)
  await expect(page.locator('.vis-item.vis-box.item-event.is-planned')).toHaveCount(1)
  await expect(page.locator('.vis-item.vis-range.is-window')).toHaveCount(1)
  const planned = page.locator('.vis-item.vis-box.is-planned')
  expect(await planned.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('dashed')

  // Hostile markup from an article is shown as characters, never parsed.
  await expect(page.locator('.vis-item-content', { hasText: '<img src=x' })).toHaveCount(1)
  await expect(page.locator('.vis-item-content img')).toHaveCount(0)
  await page.locator('.vis-item-content', { hasText: 'Pwned' }).click()
  await expect(app.detail.getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.__xss=1">Pwned')
  await expect(app.detail).toContainText('<b>Mallory</b>')
  await expect(app.detail.locator('b, script, img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()

  // Hover text gives the date phrase and its anchor.
  await page.locator('.vis-item-content', { hasText: 'Lavrov: main negotiations' }).hover()
  await expect(page.locator('.vis-tooltip')).toContainText('Date from “on Monday” (anchored on 2021-12-28)')
  await app.expectNoPageErrors()
})

test('shows disagreeing sources side by side, corroboration and first report, and the reader greys furniture', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await open(app, appUrl)
  await page.locator('.vis-item-content', { hasText: 'Geneva' }).click()
  const conflicts = app.detail.getByRole('region', { name: 'Sources disagree' })
  await expect(conflicts.locator('.version')).toHaveCount(2)
  await expect(conflicts.locator('.version').nth(0)).toContainText('2022-01-10')
  await expect(conflicts.locator('.version').nth(1)).toContainText('2022-01-09')
  await expect(conflicts.locator('.version').nth(1)).toContainText('presstv.txt')

  await page.locator('.vis-item-content', { hasText: 'Lavrov: main negotiations' }).click()
  await expect(app.detail.getByTestId('corroboration')).toHaveText('2 sources · first: The Guardian, 27 Dec 2021')
  await expect(app.detail).toContainText('Russian Foreign Minister')
  await expect(app.detail.locator('.source').first().locator('.context mark')).toContainText('main work of negotiations')
  await app.detail.locator('.source').first().getByRole('button', { name: /Read the article/ }).click()
  const reader = page.getByRole('dialog', { name: 'Russia-US talks to start after New Year holiday' })
  await expect(reader.locator('p.furniture')).toHaveText(['Share this article on Twitter', 'Subscribe now for unlimited access'])
  await expect(reader.locator('p.hit mark')).toContainText('main work of negotiations')
  await reader.getByLabel('Show removed page furniture (greyed out)').uncheck()
  await expect(reader.locator('p.furniture')).toHaveCount(0)
  await reader.getByRole('button', { name: 'Close reader' }).click()

  await page.getByRole('button', { name: 'Skipped files (1)' }).click()
  await expect(page.getByRole('dialog', { name: 'Skipped files (1)' })).toContainText('not text (binary)')
  await app.expectNoPageErrors()
})

test('shows load progress and cancels', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await installMockBridge(page, fixture)
  await app.goto(appUrl)
  await page.getByLabel('Folder path').fill('/slow')
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await emit(page, 'progress', { phase: 'read', done: 2, total: 5 })
  const status = page.locator('.progress')
  await expect(status).toContainText('Reading articles (2 of 5)')
  await expect(status.getByRole('progressbar')).toHaveAttribute('value', '2')
  await status.getByRole('button', { name: 'Cancel' }).click()
  await expect(status).toBeHidden()
  await expect(page.getByText('Loading cancelled.')).toBeVisible()
  await app.expectNoPageErrors()
})

test('a reload pushed by main keeps the selection and the filters; menu commands work', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await open(app, appUrl, fixture)
  await app.search.fill('lavrov')
  await expect(app.count).toHaveText('1 of 4 items')
  await app.items.first().click()
  await expect(app.detail).toBeVisible()

  const changed: Timeline = {
    ...fixture,
    folder: '/data/russia-us-talks',
    items: fixture.items.map((i) => (i.id === 'i1' ? { ...i, title: 'Lavrov: negotiations right after the holidays (updated)' } : i)),
  }
  await emit(page, 'timelineChanged', changed)
  await expect(app.detail.getByRole('heading', { level: 2 })).toHaveText('Lavrov: negotiations right after the holidays (updated)')
  await expect(app.search).toHaveValue('lavrov')
  await expect(app.count).toHaveText('1 of 4 items')
  await expect(page.locator('.vis-item.vis-selected .item-text')).toContainText('(updated)')

  await page.locator('body').click({ position: { x: 5, y: 895 } })
  await emit(page, 'menu', 'search')
  await expect(app.search).toBeFocused()
  await app.expectNoPageErrors()
})

test('exports in the browser by downloading the file', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await open(app, appUrl, fixture)
  await page.getByRole('button', { name: 'Export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Timeline JSON' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('timeline.json')
  expect(await readFile(await file.path(), 'utf8')).toBe('{"version":1}')
  await expect(page.getByText('Downloaded timeline.json')).toBeVisible()
  await app.expectNoPageErrors()
})

test('opening another folder from the toolbar starts with clean filters', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await open(app, appUrl, fixture)
  await app.facet('Type').getByRole('checkbox', { name: /Events/ }).check()
  await expect(app.count).toHaveText('2 of 4 items')
  await app.items.first().click()
  await expect(app.detail).toBeVisible()

  await page.keyboard.press('Control+o')
  const path = page.getByLabel('Folder path')
  await expect(path).toBeFocused()
  await expect(path).toHaveValue('/data/russia-us-talks')
  await path.fill('/data/other-crisis')
  await path.press('Enter')
  await expect(page).toHaveTitle('other-crisis – News Timeline')
  await expect(app.count).toHaveText('4 of 4 items')
  await expect(app.facet('Type').getByRole('checkbox', { name: /Events/ })).not.toBeChecked()
  await expect(app.detail).toBeHidden()
  await app.expectNoPageErrors()
})
