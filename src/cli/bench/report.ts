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
  ms: number
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
  files: number
  bytes: number
  floorMs: number
  totalMs: number
  peakMb: number
  stages: StageFigures[]
  counts: { articles: number; stories: number; items: number; skipped: number }
  loadAverage: number
  reopen?: ReopenFigures
}

const TARGET_MS_PER_10K = 5000
const TARGET_PEAK_MB = 1024
const TARGET_REOPEN_MS = 500

export function formatRun(run: RunFigures): string {
  const rows = run.stages.map(
    (s) => `  ${s.stage.padEnd(8)} ${ms(s.ms).padStart(9)} ${s.mbPerS.toFixed(1).padStart(8)} MB/s   peak ${s.peakMb.toFixed(0).padStart(5)} MB   rss after ${s.rssMb.toFixed(0).padStart(5)} MB`,
  )
  const target = (TARGET_MS_PER_10K * run.files) / 10000
  const lines = [
    `  counts   ${run.counts.articles} articles, ${run.counts.stories} stories, ${run.counts.items} items, ${run.counts.skipped} skipped`,
    `  stage         time     speed`,
    ...rows,
    `  whole    ${ms(run.totalMs).padStart(9)} ${(run.bytes / 1e6 / (run.totalMs / 1000)).toFixed(1).padStart(8)} MB/s   peak ${run.peakMb.toFixed(0).padStart(5)} MB` +
      `   (target for ${run.files} files: ${ms(target)}, ${TARGET_PEAK_MB} MB)`,
    `  floor    ${ms(run.floorMs).padStart(9)} ${(run.bytes / 1e6 / (run.floorMs / 1000)).toFixed(1).padStart(8)} MB/s   ratio whole/floor ${(run.totalMs / run.floorMs).toFixed(0)}x`,
    `  load average at the end ${run.loadAverage.toFixed(1)}`,
  ]
  if (run.reopen) {
    lines.push(`  cache    (each open in a fresh process, as the app's load worker is)`)
    for (const [name, open] of Object.entries(run.reopen)) {
      const counts = open.report?.counts
      const reuse = counts ? `parses ${counts.parsedHits}/${counts.parsedHits + counts.parsedRuns}, documents ${counts.documentHits}/${counts.documentHits + counts.documentRuns}, stories ${counts.storyHits}/${counts.storyHits + counts.storyRuns} reused` : 'no file read'
      const target = name === 'unchanged' ? ` (target ${ms(TARGET_REOPEN_MS)})` : ''
      lines.push(`  ${name.padEnd(11)} ${ms(open.ms).padStart(9)}${target}   peak ${open.peakMb.toFixed(0)} MB   ${open.report?.hit ?? '?'}: ${reuse}`)
    }
  }
  return lines.join('\n')
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`
}
