import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

test('moves between items, zooms, fits and reaches search and export from the keyboard', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await page.keyboard.press('Control+o')
  await expect(page.getByLabel('Folder path')).toBeFocused()
  await app.openFolder(seedsDir)
  const { total } = await app.counts()
  const fitted = await app.items.count()

  await page.locator('body').press('j')
  await expect(app.detail).toBeVisible()
  await expect(page.locator('.vis-item.vis-selected .vis-item-content')).toHaveCount(1)
  const first = await app.detail.getByRole('heading', { level: 2 }).textContent()
  if (total > 1) {
    await page.keyboard.press('ArrowRight')
    await expect(app.detail.getByRole('heading', { level: 2 })).not.toHaveText(first ?? '')
    await page.keyboard.press('k')
    await expect(app.detail.getByRole('heading', { level: 2 })).toHaveText(first ?? '')
  }
  await page.keyboard.press('Escape')
  await expect(app.detail).toBeHidden()

  // From a ticked filter checkbox, j still moves through the items.
  const typeBox = app.facet('Type').getByRole('checkbox').first()
  await typeBox.check()
  await typeBox.uncheck()
  await expect(typeBox).toBeFocused()
  await page.keyboard.press('j')
  await expect(app.detail).toBeVisible()
  await page.keyboard.press('Escape')

  // Zooming in changes the axis; fit all brings every item back into view.
  // vis-timeline reuses axis label elements, so compare the labels, not their order in the page.
  const axisLabels = page.locator('.vis-time-axis.vis-foreground .vis-text')
  const axis = { textContent: async () => (await axisLabels.allTextContents()).sort().join('|') }
  const before = await axis.textContent()
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await expect.poll(() => axis.textContent()).not.toBe(before)
  await page.keyboard.press('0')
  await expect(app.items).toHaveCount(fitted)
  await page.keyboard.press('-')
  await expect(app.items).toHaveCount(fitted)

  // The same with the mouse.
  await page.keyboard.press('0')
  await expect(app.items).toHaveCount(fitted)
  await page.waitForTimeout(600) // the fit is animated (250 ms)
  const before2 = await axis.textContent()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(() => axis.textContent()).not.toBe(before2)
  await page.getByRole('button', { name: 'Fit all' }).click()
  await expect.poll(() => axis.textContent()).toBe(before2)

  await page.keyboard.press('Control+f')
  await expect(app.search).toBeFocused()
  await page.keyboard.press('Escape')
  await page.locator('body').click({ position: { x: 5, y: 895 } })
  await page.keyboard.press('/')
  await expect(app.search).toBeFocused()

  await page.keyboard.press('Control+e')
  const menu = page.getByRole('menu', { name: 'Export formats' })
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(menu.getByRole('menuitem').last()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused()

  // Focus is visible on controls reached with Tab.
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)
  expect(outline).not.toBe('none')
  await app.expectNoPageErrors()
})
