// The window stays responsive while the seeds open: a PerformanceObserver records every long task
// (main-thread work over 50 ms) from the first script on. On a shared 2-core machine under load, task
// times swing several-fold, so the assertion is structural and generous (no task reaches 1 s: the load
// runs off the page's thread and nothing renders the timeline in one blocking piece); the longest task
// is printed as a figure to watch against the 100 ms goal.
import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

interface LongTask {
  name: string
  start: number
  duration: number
}

test('opening the seeds never blocks the window for a second', async ({ page, appUrl }) => {
  await page.addInitScript(() => {
    const tasks: { name: string; start: number; duration: number }[] = []
    Object.assign(window, { __longTasks: tasks })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ name: entry.name, start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  const app = new AppPage(page)
  await app.goto(appUrl)
  const openedAt = await page.evaluate(() => performance.now())
  await app.openFolder(seedsDir)
  await expect(app.items.first()).toBeVisible()
  // Let the first redraws after the data arrives finish and be observed.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))))

  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks)
  const afterOpen = tasks.filter((t) => t.start >= openedAt)
  const longest = (list: LongTask[]): number => Math.max(0, ...list.map((t) => t.duration))
  console.log(
    `long tasks: ${tasks.length} in all, longest ${longest(tasks).toFixed(0)} ms (page start included); ` +
      `${afterOpen.length} while opening, longest ${longest(afterOpen).toFixed(0)} ms`,
  )
  expect(longest(tasks)).toBeLessThan(1000)
  await app.expectNoPageErrors()
})
