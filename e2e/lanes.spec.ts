import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

test('switches lanes between story, actor, type and story > actor, and remembers the choice', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  const { total } = await app.counts()
  const stories = await page.locator('.stories .story-title').allTextContents()
  await expect(app.laneLabels()).toHaveText(stories.slice(0, await app.laneLabels().count()))

  await app.lanes('Type').click()
  const typeLanes = await app.laneLabels().allTextContents()
  expect(typeLanes.length).toBeGreaterThan(0)
  for (const l of typeLanes) expect(['Statements', 'Events']).toContain(l)
  // Lanes below the fold are not drawn by vis-timeline: check the first lane holds only its type.
  const firstLaneType = typeLanes[0] === 'Statements' ? 'item-statement' : 'item-event'
  const otherType = firstLaneType === 'item-statement' ? 'item-event' : 'item-statement'
  const firstLane = page.locator('.vis-foreground .vis-group').first()
  expect(await firstLane.locator(`.vis-item.${firstLaneType} .vis-item-content`).count()).toBeGreaterThan(0)
  await expect(firstLane.locator(`.vis-item.${otherType} .vis-item-content`)).toHaveCount(0)

  await app.lanes('Actor').click()
  await expect(app.laneLabels().first()).not.toHaveText(/^(Statements|Events)$/)
  expect(await app.laneLabels().count()).toBeGreaterThan(typeLanes.length)
  await expect(app.count).toHaveText(`${total} of ${total} items`)
  await page.screenshot({ path: 'test-results/screens/lanes-actor.png' })

  await app.lanes('Story › actor').click()
  await expect(page.locator('.vis-label.vis-nesting-group').first()).toBeVisible()
  await expect(page.locator('.vis-label.vis-nested-group.vis-group-level-1').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/lanes-nested.png' })

  // Saved through the settings: a reload reopens with the same lanes.
  await page.reload()
  await page.getByRole('region', { name: 'Recent folders' }).getByRole('button').first().click()
  await expect(app.timeline).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Story › actor' })).toBeChecked()
  await app.expectNoPageErrors()
})
