// The figures one measured run produces, and how the bench prints them.
export interface StageFigures {
  stage: string
  ms: number
  mbPerS: number
  /** The process's peak resident memory so far (resourceUsage().maxRSS), MB. */
  peakMb: number
  /** Resident memory right after the stage, MB. */
  rssMb: number
}

export interface CachedOpen {
  /** The app's path: the loader answers an unchanged folder itself, or a fresh load worker opens it and hands the timeline over. */
  ms: number
  /** The same open again in this process (the folder unchanged by then, its files in the OS cache). */
  againMs: number
  peakMb: number
  items: number
  report: { hit: string; counts: Record<string, number> | null } | null
}

export interface ReopenFigures {
  /** First open with an empty cache (builds and writes it). */
  cold: CachedOpen
  /** The unchanged folder again. */
  unchanged: CachedOpen
  /** Same contents, every file's time touched. */
  touched: CachedOpen
  /** One file's text changed. */
  oneChanged: CachedOpen
}

export interface RunFigures {
  /** 1: the pipeline on one thread; 2: the app's load worker and its helper. */
  threads: 1 | 2
  files: number
  bytes: number
  floorMs: number
  totalMs: number
  /** CPU time of every thread of the process (less sensitive than wall time to a busy machine). */
  cpuMs: number
  peakMb: number
  stages: StageFigures[]
  counts: { articles: number; stories: number; items: number; skipped: number }
  loadAverage: number
}

const TARGET_MS_PER_10K = 5000
const TARGET_PEAK_MB = 1024
const TARGET_REOPEN_MS = 500

/**
 * Several runs of one configuration as one: each stage's and the whole's median time, the highest peak.
 * On a shared machine two runs of the same code differ by a fifth or more, more than many changes gain.
 */
export function medianRun(runs: readonly RunFigures[]): RunFigures {
  if (!runs.length) throw new Error('medianRun: no runs')
  const names = [...new Set(runs.flatMap((r) => r.stages.map((s) => s.stage)))]
  const stages = names.map((stage): StageFigures => {
    const of = runs.map((r) => r.stages.find((s) => s.stage === stage)).filter((s) => s !== undefined)
    const ms = median(of.map((s) => s.ms))
    return { stage, ms, mbPerS: runs[0].bytes / 1e6 / (ms / 1000), peakMb: Math.max(...of.map((s) => s.peakMb)), rssMb: median(of.map((s) => s.rssMb)) }
  })
  return {
    ...runs[0],
    floorMs: median(runs.map((r) => r.floorMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakMb: Math.max(...runs.map((r) => r.peakMb)),
    stages,
    loadAverage: Math.max(...runs.map((r) => r.loadAverage)),
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Each configuration's whole times, fastest to slowest, when it ran more than once. */
export function formatSpread(runsByColumn: readonly (readonly RunFigures[])[]): string {
  if (runsByColumn.every((runs) => runs.length < 2)) return ''
  const column = (runs: readonly RunFigures[]): string =>
    `${runs[0].threads === 1 ? 'one thread' : 'app worker'}: ${[...runs].map((r) => r.totalMs).sort((a, b) => a - b).map(ms).join(', ')}`
  return `  whole, each run (medians above; peaks the highest)   ${runsByColumn.map(column).join('   ')}`
}

/** Runs of one folder side by side, one column per run; a stage a run does not have shows a dash. */
export function formatRuns(runs: readonly RunFigures[]): string {
  const first = runs[0]
  const names = [...new Set(runs.flatMap((r) => r.stages.map((s) => s.stage)))]
  const cell = (s: StageFigures | undefined): string =>
    s ? `${ms(s.ms).padStart(9)} ${s.mbPerS.toFixed(1).padStart(6)} MB/s ${s.peakMb.toFixed(0).padStart(5)} MB` : `${'—'.padStart(9)} ${''.padStart(25)}`
  const row = (label: string, cells: string[]): string => `  ${label.padEnd(13)} ${cells.join('   ')}`
  const whole = (r: RunFigures): StageFigures => ({ stage: 'whole', ms: r.totalMs, mbPerS: r.bytes / 1e6 / (r.totalMs / 1000), peakMb: r.peakMb, rssMb: 0 })
  const target = (TARGET_MS_PER_10K * first.files) / 10000
  const counts = runs.map((r) => `${r.counts.articles} articles, ${r.counts.stories} stories, ${r.counts.items} items, ${r.counts.skipped} skipped`)
  return [
    `  counts        ${[...new Set(counts)].join(' | ')}`,
    row('stage', runs.map((r) => `${r.threads === 1 ? 'one thread' : 'app worker (+ helper from 8 M chars)'}`.padEnd(37))),
    ...names.map((name) => row(name, runs.map((r) => cell(r.stages.find((s) => s.stage === name))))),
    row('whole', runs.map((r) => cell(whole(r)))),
    row('cpu time', runs.map((r) => `${ms(r.cpuMs).padStart(9)}`.padEnd(37))),
    row('ratio/floor', runs.map((r) => `${(r.totalMs / r.floorMs).toFixed(0).padStart(8)}x`.padEnd(37))),
    `  floor         ${ms(first.floorMs)} (${(first.bytes / 1e6 / (first.floorMs / 1000)).toFixed(1)} MB/s); target for ${first.files} files: ${ms(target)}, ${TARGET_PEAK_MB} MB`,
    `  load average at the end of each run: ${runs.map((r) => r.loadAverage.toFixed(1)).join(', ')}`,
  ].join('\n')
}

export function formatReopen(reopen: ReopenFigures): string {
  const lines = [`  cache    (each open in a fresh process through the app's loader; 'again': a second open in that process)`]
  for (const [name, open] of Object.entries(reopen)) {
    const counts = open.report?.counts
    const reuse = counts ? `parses ${counts.parsedHits}/${counts.parsedHits + counts.parsedRuns}, documents ${counts.documentHits}/${counts.documentHits + counts.documentRuns}, stories ${counts.storyHits}/${counts.storyHits + counts.storyRuns} reused` : 'no file read'
    const target = name === 'unchanged' ? ` (target ${ms(TARGET_REOPEN_MS)})` : ''
    lines.push(`  ${name.padEnd(11)} ${ms(open.ms).padStart(9)}${target}   again ${ms(open.againMs).padStart(7)}   peak ${open.peakMb.toFixed(0)} MB   ${open.report?.hit ?? '?'}: ${reuse}`)
  }
  return lines.join('\n')
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`
}
