// Corrections through the interface, stored by main per folder: edit an item, hide it, show it again.
import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

test('corrects an item, hides it and shows it again; corrections survive a reload', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  const { total } = await app.counts()

  await app.items.first().click()
  await app.detail.getByRole('button', { name: 'Correct…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Correct this item' })
  await dialog.getByLabel('Title').fill('Edited by an analyst')
  await dialog.getByLabel('Speaker').fill('Jane Analyst')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.detail.getByRole('heading', { level: 2 })).toHaveText('Edited by an analyst')
  await expect(app.detail.getByText('Corrected by you')).toBeVisible()
  await expect(app.detail).toContainText('Jane Analyst')
  await expect(page.locator('.vis-item-content', { hasText: 'Edited by an analyst' })).toHaveCount(1)

  // An end before the start cannot be saved.
  await app.detail.getByRole('button', { name: 'Correct…' }).click()
  await dialog.getByLabel('From').fill('2022-01-10')
  await dialog.getByLabel('To').fill('2022-01-01')
  await expect(dialog.getByRole('alert')).toHaveText('The end date is before the start date.')
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await app.detail.getByRole('button', { name: 'Hide' }).click()
  await expect(app.detail).toBeHidden()
  await expect(app.count).toHaveText(`${total - 1} of ${total - 1} items`)
  await expect(page.locator('.vis-item-content', { hasText: 'Edited by an analyst' })).toHaveCount(0)

  await page.reload()
  await page.getByRole('region', { name: 'Recent folders' }).getByRole('button').first().click()
  await expect(app.timeline).toBeVisible()
  await expect(app.count).toHaveText(`${total - 1} of ${total - 1} items`)
  await page.getByRole('button', { name: 'Hidden items (1)' }).click()
  const hidden = page.getByRole('dialog', { name: 'Hidden items (1)' })
  await expect(hidden).toContainText('Edited by an analyst')
  await hidden.getByRole('button', { name: /Show again/ }).click()
  await expect(app.count).toHaveText(`${total} of ${total} items`)
  await expect(page.locator('.vis-item-content', { hasText: 'Edited by an analyst' })).toHaveCount(1)
  await app.expectNoPageErrors()
})
