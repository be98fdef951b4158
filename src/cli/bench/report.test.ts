import { describe, expect, it } from 'vitest'
import { formatRuns, formatSpread, medianRun, type RunFigures } from './report'

function run(threads: 1 | 2, totalMs: number, stages: Record<string, [ms: number, peakMb: number]>, peakMb = 100): RunFigures {
  return {
    threads,
    files: 1000,
    bytes: 2_000_000,
    floorMs: 50,
    totalMs,
    cpuMs: totalMs * 1.2,
    peakMb,
    stages: Object.entries(stages).map(([stage, [ms, peak]]) => ({ stage, ms, mbPerS: 2 / (ms / 1000), peakMb: peak, rssMb: peak - 10 })),
    counts: { articles: 1000, stories: 150, items: 2600, skipped: 0 },
    loadAverage: 2,
  }
}

describe('medianRun', () => {
  it('takes each stage at its median time and the highest peak, so that one slow run does not set the figure', () => {
    const runs = [
      run(1, 3000, { load: [400, 120], extract: [1000, 180] }, 180),
      run(1, 9000, { load: [2000, 130], extract: [6000, 190] }, 190),
      run(1, 2800, { load: [380, 125], extract: [1100, 200] }, 200),
    ]
    const median = medianRun(runs)
    expect(median.totalMs).toBe(3000)
    expect(median.stages.map((s) => [s.stage, s.ms, s.peakMb])).toEqual([
      ['load', 400, 130],
      ['extract', 1100, 200],
    ])
    expect(median.stages[0].mbPerS).toBeCloseTo(2 / 0.4)
    expect(median.peakMb).toBe(200)
  })

  it('averages the middle two of an even number of runs, and keeps a stage only some runs have', () => {
    const median = medianRun([run(2, 4000, { load: [500, 100] }), run(2, 6000, { load: [700, 100], 'extract+merge': [3000, 300] })])
    expect(median.totalMs).toBe(5000)
    expect(median.stages.map((s) => [s.stage, s.ms])).toEqual([
      ['load', 600],
      ['extract+merge', 3000],
    ])
  })

  it('refuses no runs', () => {
    expect(() => medianRun([])).toThrow('no runs')
  })
})

describe('formatSpread', () => {
  it('lists every run of each configuration, fastest first, when there is more than one', () => {
    const one = [run(1, 2900, {}), run(1, 2700, {})]
    const two = [run(2, 4100, {}), run(2, 3900, {})]
    expect(formatSpread([one, two])).toBe('  whole, each run (medians above; peaks the highest)   one thread: 2.70 s, 2.90 s   app worker: 3.90 s, 4.10 s')
    expect(formatSpread([[one[0]], [two[0]]])).toBe('')
  })

  it('prints beside the table of medians', () => {
    const table = formatRuns([medianRun([run(1, 2900, { load: [400, 120] }), run(1, 2700, { load: [300, 110] })])])
    expect(table).toContain('350 ms')
    expect(table).toContain('2.80 s')
  })
})
