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

export interface ReopenFigures {
  /** First open with an empty cache (builds and writes it). */
  coldMs: number
  /** The unchanged folder again. */
  unchangedMs: number
  /** Same contents, every file's time touched. */
  touchedMs: number
  /** One file's text changed. */
  oneChangedMs: number
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
    const r = run.reopen
    lines.push(
      `  cache    first open ${ms(r.coldMs)}, unchanged reopen ${ms(r.unchangedMs)} (target ${ms(TARGET_REOPEN_MS)}), all files touched ${ms(r.touchedMs)}, one file changed ${ms(r.oneChangedMs)}`,
    )
  }
  return lines.join('\n')
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`
}
