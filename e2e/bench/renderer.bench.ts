// Renderer benchmark: time to first render, and frame times while zooming and panning, for 1,000 and
// 10,000 items (BENCH_SIZES=1000,5000,10000 for others), in the app (local-browser mode with a scripted
// bridge) and on a bare vis-timeline page showing the same items and lanes. Prints one table row per size
// with the app/bare ratios; asserts nothing on time. BENCH_BARE=0 leaves the bare page out; BENCH_PROFILE=1
// and BENCH_TRACE=1 write a CPU profile and a performance trace of the app to test-results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Timeline } from '../../src/shared/model'
import { repoRoot, test } from '../fixtures/server'
import { AppPage } from '../pages/app'
import { installMockBridge } from '../pages/mock-bridge'
import { startBareServer } from './bare'
import { syntheticTimeline } from './items'

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
const VIEWPORT = { width: 1400, height: 900 }
const DAY = 86_400_000

interface Figures {
  firstRenderMs: number
  frames: number
  p50: number
  p95: number
  max: number
  longTasks: number
  longestTaskMs: number
}

const results: Record<string, { app: Figures; bare: Figures | null }> = {}

test.skip(!process.env.BENCH, 'renderer benchmark: run with BENCH=1 and -c e2e/bench/playwright.config.ts')

/** Story lanes, single days as boxes and windows as ranges (end exclusive), labels as plain text. */
function bareData(timeline: Timeline): { items: { id: string; group: string; content: string; start: string; end?: string; type: 'box' | 'range' }[]; groups: { id: string; content: string; order: number }[] } {
  const nextDay = (date: string): string => new Date(Date.parse(date) + DAY).toISOString().slice(0, 10)
  return {
    groups: timeline.stories.map((s, order) => ({ id: s.id, content: s.title, order })),
    items: timeline.items.map((i) =>
      i.start === i.end
        ? { id: i.id, group: i.storyId, content: i.title, start: i.start, type: 'box' }
        : { id: i.id, group: i.storyId, content: i.title, start: i.start, end: nextDay(i.end), type: 'range' },
    ),
  }
}

/** Frame and long-task recorders, installed before any page script runs. */
async function installRecorders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>
    const longTasks: number[] = []
    w.__longTasks = longTasks
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true })
    w.__firstRender = null
    w.__watchFirstRender = (t0: number) => {
      w.__t0 = t0
      const poll = (): void => {
        const label = document.querySelector('.vis-timeline .vis-item-content')
        const shown = document.querySelector<HTMLElement>('.vis-timeline')
        if (label && shown && getComputedStyle(shown).visibility !== 'hidden') w.__firstRender = performance.now() - t0
        else requestAnimationFrame(poll)
      }
      requestAnimationFrame(poll)
    }
    w.__frames = [] as number[]
    w.__recording = false
    const tick = (t: number): void => {
      if (w.__recording) (w.__frames as number[]).push(t)
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

async function firstRender(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstRender: number | null }).__firstRender !== null, undefined, { timeout: 120_000, polling: 50 })
  return page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender)
}

/** Ctrl+wheel zooms in and out at the centre, then drags the time axis left and right. */
async function zoomAndPan(page: Page): Promise<Omit<Figures, 'firstRenderMs'>> {
  const box = (await page.locator('.vis-timeline .vis-panel.vis-center').boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + Math.min(120, box.height / 2)
  await page.mouse.move(x, y)
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __longTasks: number[]; __tasksBefore: number }
    w.__frames.length = 0
    w.__tasksBefore = w.__longTasks.length
    w.__recording = true
  })
  await page.keyboard.down('Control')
  for (const dy of [...Array(8).fill(-240), ...Array(8).fill(240)]) {
    await page.mouse.wheel(0, dy)
    await page.waitForTimeout(40)
  }
  await page.keyboard.up('Control')
  for (const direction of [1, -1, 1, -1]) {
    await page.mouse.move(x, y)
    await page.mouse.down()
    for (let step = 1; step <= 15; step++) await page.mouse.move(x + direction * step * 30, y)
    await page.mouse.up()
  }
  await page.waitForTimeout(200)
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __longTasks: number[]; __tasksBefore: number }
    w.__recording = false
    const gaps = w.__frames.slice(1).map((t, i) => t - w.__frames[i]).sort((a, b) => a - b)
    const at = (q: number): number => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0
    const tasks = w.__longTasks.slice(w.__tasksBefore)
    return { frames: gaps.length + 1, p50: at(0.5), p95: at(0.95), max: gaps.at(-1) ?? 0, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks) }
  })
}

for (const size of SIZES) {
  test(`${size} items: app and bare vis-timeline`, async ({ page, appUrl }) => {
    const timeline = syntheticTimeline(size)
    await page.setViewportSize(VIEWPORT)

    // The app: the folder's timeline arrives through the bridge as it does after a load.
    await installMockBridge(page, timeline)
    await installRecorders(page)
    const app = new AppPage(page)
    await app.goto(appUrl)
    // BENCH_APP_CSS='...': try a style remedy (e.g. `.timeline { contain: strict }`) without rebuilding.
    if (process.env.BENCH_APP_CSS) await page.addStyleTag({ content: process.env.BENCH_APP_CSS })
    await page.getByLabel('Folder path').fill(timeline.folder)
    const open = page.getByRole('button', { name: 'Open', exact: true })
    await open.evaluate((button) => button.addEventListener('click', () => (window as unknown as { __watchFirstRender: (t: number) => void }).__watchFirstRender(performance.now()), { capture: true, once: true }))
    // BENCH_PROFILE=1: CPU profiles of the app's open (what the first render waits on) and of the zoom and pan.
    const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null
    await cdp?.send('Profiler.enable')
    await cdp?.send('Profiler.start')
    // BENCH_TRACE=1: a Chromium performance trace of the open, zoom and pan (open it in DevTools' Performance panel).
    const tracePath = join(repoRoot, `test-results/bench-app-${size}.trace.json`)
    if (process.env.BENCH_TRACE) {
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true })
      await page.context().browser()?.startTracing(page, { path: tracePath, screenshots: false })
    }
    await open.click()
    const firstRenderMs = await firstRender(page)
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true })
      writeFileSync(join(repoRoot, `test-results/bench-app-open-${size}.cpuprofile`), JSON.stringify(profile))
    }
    await cdp?.send('Profiler.start')
    const appFigures = { firstRenderMs, ...(await zoomAndPan(page)) }
    if (cdp) writeFileSync(join(repoRoot, `test-results/bench-app-zoom-pan-${size}.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile))
    if (process.env.BENCH_TRACE) await page.context().browser()?.stopTracing()
    await app.expectNoPageErrors()

    // Bare: the same items and lanes (story lanes, the app's default), the same options, no templates.
    // BENCH_BARE=0 skips it, for quick trials of the app alone.
    if (process.env.BENCH_BARE === '0') {
      results[String(size)] = { app: appFigures, bare: null }
      return
    }
    const bare = await startBareServer()
    const barePage = await page.context().newPage()
    try {
      await barePage.setViewportSize(VIEWPORT)
      await installRecorders(barePage)
      await barePage.goto(bare.url)
      const data = bareData(timeline)
      const starts = data.items.map((i) => Date.parse(i.start))
      const ends = data.items.map((i) => Date.parse(i.end ?? i.start))
      const span = { start: Math.min(...starts), end: Math.max(...ends, Math.min(...starts) + DAY) }
      await barePage.evaluate(
        ({ data, span, DAY }) => {
          const w = window as unknown as { __watchFirstRender: (t: number) => void; vis: { Timeline: new (...args: unknown[]) => { setWindow: (s: number, e: number, o: object) => void }; DataSet: new (items: unknown[]) => unknown } }
          w.__watchFirstRender(performance.now())
          const items = new w.vis.DataSet(data.items)
          const groups = new w.vis.DataSet(data.groups)
          const tl = new w.vis.Timeline(document.getElementById('timeline'), items, groups, {
            height: '100%', stack: true, orientation: { axis: 'top', item: 'top' }, showCurrentTime: false, selectable: true,
            zoomMin: DAY * 2, zoomMax: DAY * 365 * 20, margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 }, groupOrder: 'order',
            verticalScroll: true, zoomKey: 'ctrlKey', tooltip: { followMouse: true, overflowMethod: 'cap', delay: 300 },
          })
          const pad = (span.end - span.start) * 0.2 + DAY
          tl.setWindow(span.start - pad, span.end + pad, { animation: false })
        },
        { data, span, DAY },
      )
      const bareFigures = { firstRenderMs: await firstRender(barePage), ...(await zoomAndPan(barePage)) }
      results[String(size)] = { app: appFigures, bare: bareFigures }
    } finally {
      await barePage.close()
      await bare.close()
    }
  })
}

/** One row per size: the figures the targets are set on (issue #8), then the rest. */
function report(): string {
  const ms = (n: number | undefined): string => (n === undefined ? '-' : `${n.toFixed(0)} ms`)
  const ratio = (a: number, b: number | undefined): string => (b ? `${(a / b).toFixed(2)}x` : '-')
  const lines = [
    'renderer benchmark (headless Chromium, software rendering, 1400x900); targets at 10,000 items: first render <= 1.5 s and <= 1.2x bare, zoom+pan p95 <= 16 ms',
    'items   first render app / bare (ratio)   zoom+pan frame p95 app / bare   p50 app   max app   long tasks app (longest) / bare (longest)',
  ]
  for (const [size, { app, bare }] of Object.entries(results)) {
    lines.push(
      [
        size.padEnd(7),
        `${ms(app.firstRenderMs)} / ${ms(bare?.firstRenderMs)} (${ratio(app.firstRenderMs, bare?.firstRenderMs)})`.padEnd(34),
        `${ms(app.p95)} / ${ms(bare?.p95)}`.padEnd(31),
        ms(app.p50).padEnd(9),
        ms(app.max).padEnd(9),
        `${app.longTasks} (${ms(app.longestTaskMs)}) / ${bare ? `${bare.longTasks} (${ms(bare.longestTaskMs)})` : '-'}`,
      ].join(' '),
    )
  }
  return lines.join('\n')
}

test.afterAll(() => {
  if (!Object.keys(results).length) return
  console.log(report())
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true })
  writeFileSync(join(repoRoot, 'test-results/bench-renderer.json'), JSON.stringify(results, null, 2))
})
