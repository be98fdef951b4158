// `npm run bench [-- --sizes 1000,10000 --keep]`: builds synthetic folders of realistic articles, runs the
// pipeline on each in a fresh process and prints each stage's time, MB/s and peak memory, the whole run as
// a ratio to the floor (reading the files and splitting sentences), and the cached reopen times.
import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readBaseStories, writeCorpus } from './bench/corpus'
import { type CachedOpen, formatRun, type ReopenFigures, type RunFigures } from './bench/report'
import { measureParallel, type ParallelFigures } from './bench/parallel'
import { openCached, runOnce } from './bench/run'

const repo = resolve(import.meta.dirname, '../..')

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '7' },
      keep: { type: 'boolean', default: false },
      // Internal: one measured run on an existing folder, in this (fresh) process.
      one: { type: 'string' },
      // Internal: one open of --one through the cache in this folder.
      cache: { type: 'string' },
      workers: { type: 'string', default: '0' },
      // Also measure the per-story step on one thread against two.
      parallel: { type: 'boolean', default: false },
    },
  })
  if (values.one && values.cache) {
    process.stdout.write(`${JSON.stringify(await openCached(values.one, values.cache))}\n`)
    return 0
  }
  if (values.one && values.parallel) {
    process.stdout.write(`${JSON.stringify(await measureParallel(values.one))}\n`)
    return 0
  }
  if (values.one) {
    const figures = await runOnce(values.one, { workers: Number(values.workers) })
    process.stdout.write(`${JSON.stringify(figures)}\n`)
    return 0
  }
  const bases = readBaseStories(join(repo, '../shared/corpora/dev'), join(repo, 'seeds'))
  const root = mkdtempSync(join(tmpdir(), 'nt-bench-'))
  try {
    for (const size of values.sizes.split(',').map(Number)) {
      const dir = join(root, `articles-${size}`)
      const made = writeCorpus(dir, size, bases, Number(values.seed) + size)
      console.log(`\n== ${made.files} articles, ${made.stories} stories, ${(made.bytes / 1e6).toFixed(1)} MB (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`)
      const figures = inChild<RunFigures>(['--one', dir, '--workers', values.workers])
      figures.reopen = reopenFigures(dir, join(root, `cache-${size}`))
      console.log(formatRun(figures))
      if (values.parallel) console.log(formatParallel(inChild<ParallelFigures>(['--one', dir, '--parallel'])))
    }
  } finally {
    if (values.keep) console.log(`\nkept ${root}`)
    else rmSync(root, { recursive: true, force: true })
  }
  return 0
}

function formatParallel(p: ParallelFigures): string {
  const ms = (v: number): string => `${(v / 1000).toFixed(2)} s`
  return `  extract+merge of ${p.stories} stories (${p.items} items): one thread ${ms(p.oneThreadMs)}, two worker threads ${ms(p.twoThreadsMs)} (${(p.oneThreadMs / p.twoThreadsMs).toFixed(2)}x${p.itemsTwoThreads === p.items ? '' : `; they made ${p.itemsTwoThreads} items`}, ${p.cores} cores, load average ${loadavg()[0].toFixed(1)})`
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
