// `npm run bench [-- --sizes 1000,10000 --keep]`: builds synthetic folders of realistic articles, runs the
// pipeline on each in a fresh process and prints each stage's time, MB/s and peak memory, the whole run as
// a ratio to the floor (reading the files and splitting sentences), and the cached reopen times.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readBaseStories, writeCorpus } from './bench/corpus'
import { formatRun, type RunFigures } from './bench/report'
import { runOnce } from './bench/run'

const repo = resolve(import.meta.dirname, '../..')

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '7' },
      keep: { type: 'boolean', default: false },
      // Internal: one measured run on an existing folder, in this (fresh) process.
      one: { type: 'string' },
      workers: { type: 'string', default: '0' },
    },
  })
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
      const figures = measureInChild(dir, values.workers)
      console.log(formatRun(figures))
    }
  } finally {
    if (values.keep) console.log(`\nkept ${root}`)
    else rmSync(root, { recursive: true, force: true })
  }
  return 0
}

/** A fresh process per folder, so the peak memory of one size does not hide the next. */
function measureInChild(dir: string, workers: string): RunFigures {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--one', dir, '--workers', workers], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.status !== 0) throw new Error(`the measured run failed (exit ${child.status})`)
  const last = child.stdout.trim().split('\n').at(-1) ?? ''
  return JSON.parse(last) as RunFigures
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`)
    process.exit(1)
  },
)
