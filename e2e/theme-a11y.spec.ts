import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  const result = await (rules ? builder.withRules(rules) : builder).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('switches to the dark theme and keeps it after a reload', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await app.goto(appUrl)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(bg).toBe('rgb(20, 22, 26)')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  // "System" follows the operating system's preference.
  await page.getByLabel('Theme').selectOption('system')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await app.expectNoPageErrors()
})

test('has no serious or critical accessibility violations, light and dark', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await app.goto(appUrl)
  expect(await seriousViolations(page)).toEqual([])

  await app.openFolder(seedsDir)
  await app.items.first().click()
  await expect(app.detail).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  // The theme changes colours only: the dark check is the contrast rule.
  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await seriousViolations(page, ['color-contrast'])).toEqual([])
  await page.screenshot({ path: 'test-results/screens/dark.png' })
  await app.expectNoPageErrors()
})
