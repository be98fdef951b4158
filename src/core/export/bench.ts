// Export timings: `npx tsx src/core/export/bench.ts [FOLDER]` renders the seeds fixture, the real
// pipeline output of FOLDER (default seeds/) and synthetic timelines, and prints milliseconds per stage.
import { resolve } from 'node:path'
import type { Timeline } from '../../shared/model'
import { timelineFromFolder } from '../index'
import { toCsv } from './csv'
import { seedsTimeline, syntheticTimeline } from './fixtures/load'
import { layoutTimeline } from './layout'
import { renderPng } from './png'
import { renderTimelineSvg } from './svg'

/** Wall-clock and CPU milliseconds: on a shared machine the CPU time is the steadier figure. */
function time<T>(run: () => T): { value: T; ms: number; cpu: number } {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const value = run()
  const used = process.cpuUsage(cpu)
  return { value, ms: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

function bench(name: string, timeline: Timeline): void {
  renderTimelineSvg(timeline) // warm-up: JIT and module initialisation are not what we measure
  const layout = time(() => layoutTimeline(timeline))
  const svg = time(() => renderTimelineSvg(timeline))
  const png = time(() => renderPng(svg.value))
  const csv = time(() => toCsv(timeline))
  const { height } = layout.value
  console.log(
    `${name.padEnd(22)} items ${String(timeline.items.length).padStart(5)}  layout ${layout.ms.toFixed(0).padStart(5)} ms  svg ${svg.ms.toFixed(0).padStart(5)} ms (${(svg.value.length / 1024).toFixed(0)} KB)  png ${png.ms.toFixed(0).padStart(6)} ms, cpu ${png.cpu.toFixed(0)} ms (2400x${height}, ${(png.value.byteLength / 1024).toFixed(0)} KB)  csv ${csv.ms.toFixed(0)} ms`,
  )
}

async function main(): Promise<void> {
  bench('seeds fixture', seedsTimeline())
  bench(`pipeline ${process.argv[2] ?? 'seeds'}`, await timelineFromFolder(resolve(process.argv[2] ?? 'seeds')))
  bench('synthetic 1,000 / 1y', syntheticTimeline(1000, 365))
  bench('synthetic 1,000 / 60d', syntheticTimeline(1000, 60))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
