// `npm run bench [-- --sizes 1000,10000 --runs 1 --keep --no-reopen]`: builds synthetic folders of realistic articles, runs the
// pipeline on each in a fresh process, on one thread and in the app's load worker (with its helper thread for large folders), and prints
// each stage's time, MB/s and peak memory, the whole run as a ratio to the floor (reading the files and
// splitting sentences), and the cached reopen times (the app's path).
import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readBaseStories, writeCorpus } from './bench/corpus'
import { type CachedOpen, formatReopen, formatRuns, formatSpread, medianRun, type ReopenFigures, type RunFigures } from './bench/report'
import { openCached, runOnce, workerEntry } from './bench/run'

const repo = resolve(import.meta.dirname, '../..')

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '7' },
      // Each configuration's runs, alternating (one thread, the app's worker, ...); the table shows medians.
      runs: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      // Leaves out the cache's reopen times (four more runs per size).
      'no-reopen': { type: 'boolean', default: false },
      // Internal: one measured run on an existing folder, in this (fresh) process.
      one: { type: 'string' },
      // Internal: one open of --one through the cache in this folder.
      cache: { type: 'string' },
      // With --one: 1 thread, or 2 as the app's load worker.
      threads: { type: 'string', default: '2' },
    },
  })
  if (values.one && values.cache) {
    process.stdout.write(`${JSON.stringify(await openCached(values.one, values.cache))}\n`)
    return 0
  }
  if (values.one) {
    const figures = await runOnce(values.one, { threads: values.threads === '1' ? 1 : 2 })
    process.stdout.write(`${JSON.stringify(figures)}\n`)
    return 0
  }
  const runCount = Number(values.runs)
  if (!Number.isInteger(runCount) || runCount < 1) {
    console.error(`bench: --runs takes a whole number of at least 1, not ${values.runs}`)
    return 2
  }
  const bases = readBaseStories(join(repo, '../shared/corpora/dev'), join(repo, 'seeds'))
  console.log(`the app's load worker: ${typeof workerEntry === 'string' ? `${workerEntry} (built)` : 'src/main/worker.ts run by tsx (no build newer than the sources)'}`)
  const root = mkdtempSync(join(tmpdir(), 'nt-bench-'))
  try {
    for (const size of values.sizes.split(',').map(Number)) {
      const dir = join(root, `articles-${size}`)
      const made = writeCorpus(dir, size, bases, Number(values.seed) + size)
      console.log(`\n== ${made.files} articles, ${made.stories} stories, ${(made.bytes / 1e6).toFixed(1)} MB (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`)
      const byThreads: RunFigures[][] = [[], []]
      for (let run = 0; run < runCount; run++) ['1', '2'].forEach((threads, column) => byThreads[column].push(inChild<RunFigures>(['--one', dir, '--threads', threads])))
      console.log(formatRuns(byThreads.map(medianRun)))
      const spread = formatSpread(byThreads)
      if (spread) console.log(spread)
      if (!values['no-reopen']) console.log(formatReopen(reopenFigures(dir, join(root, `cache-${size}`))))
    }
  } finally {
    if (values.keep) console.log(`\nkept ${root}`)
    else rmSync(root, { recursive: true, force: true })
  }
  return 0
}

/** A fresh process per measurement, so the peak memory of one does not hide the next. */
function inChild<T>(args: string[]): T {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.status !== 0) throw new Error(`the measured run failed (exit ${child.status})`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as T
}

/** The cache's four cases, in order: empty cache, unchanged, every file touched, one file edited. */
function reopenFigures(dir: string, cacheDir: string): ReopenFigures {
  const open = (): CachedOpen => inChild<CachedOpen>(['--one', dir, '--cache', cacheDir])
  const cold = open()
  const unchanged = open()
  const later = new Date(Date.now() + 60_000)
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), later, later)
  const touched = open()
  const first = join(dir, readdirSync(dir).sort()[0])
  appendFileSync(first, '\n\nThe foreign minister said on Tuesday that the talks would continue next week.\n')
  const oneChanged = open()
  return { cold, unchanged, touched, oneChanged }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`)
    process.exit(1)
  },
)
