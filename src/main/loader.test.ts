import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CacheReport } from '../core/cache'
import type { LoadProgress } from '../shared/ipc'
import { LoadCancelled, workerDocuments, workerExporter, workerLoader } from './loader'
import { writeSourceEntry } from './source-entry'

let dir: string
let folder: string
let entry: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nt-worker-'))
  folder = join(dir, 'articles')
  await mkdir(folder)
  for (let i = 0; i < 3; i++) {
    await writeFile(join(folder, `a${i}.txt`), ` date 2021-12-2${i} \nRussia and the United States held talks number ${i}.\n`)
  }
  entry = await writeSourceEntry(dir)
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('workerLoader', () => {
  it('builds the timeline in a worker thread and relays progress', async () => {
    const progress: LoadProgress[] = []
    const timeline = await workerLoader(entry)(folder, { signal: new AbortController().signal, onProgress: (p) => progress.push(p) })
    expect(timeline.folder).toBe(folder)
    expect(timeline.articles).toHaveLength(3)
    expect(progress.length).toBeGreaterThan(0)
  })

  it('keeps its work in the cache folder it is given, and reopens from it', async () => {
    const cacheDir = join(dir, 'cache')
    const request = { signal: new AbortController().signal, onProgress: () => undefined }
    const first = await workerLoader(entry, cacheDir)(folder, request)
    expect((await readdir(cacheDir)).length).toBeGreaterThan(0)
    const again = await workerLoader(entry, cacheDir)(folder, request)
    expect(again).toEqual(first)
  })

  it('answers an unchanged folder from the cache without starting a worker, and hands the worker its listing otherwise', async () => {
    const cacheDir = join(dir, 'cache-reopen')
    const reports: CacheReport['hit'][] = []
    const request = { signal: new AbortController().signal, onProgress: () => undefined, onCache: (r: CacheReport) => reports.push(r.hit) }
    const first = await workerLoader(entry, cacheDir)(folder, request)
    // No worker could start from this entry: the answer comes from the main side's check.
    const reopened = await workerLoader(join(dir, 'no-such-worker.js'), cacheDir)(folder, request)
    expect(reopened).toStrictEqual(first)
    const later = new Date(Date.now() + 60_000)
    for (const name of await readdir(folder)) await utimes(join(folder, name), later, later)
    // A changed listing: the worker reads the files and finds their content unchanged.
    expect(await workerLoader(entry, cacheDir)(folder, request)).toStrictEqual(first)
    expect(reports).toEqual(['partial', 'listing', 'content'])
  })

  it('is cancelled by aborting, which ends the worker', async () => {
    const controller = new AbortController()
    const pending = workerLoader(entry)(folder, { signal: controller.signal, onProgress: () => undefined })
    controller.abort()
    await expect(pending).rejects.toBeInstanceOf(LoadCancelled)
  })

  it('reports a failing load as an error', async () => {
    await expect(
      workerLoader(entry)(join(dir, 'missing'), { signal: new AbortController().signal, onProgress: () => undefined }),
    ).rejects.toThrow()
  })
})

describe('workerExporter', () => {
  it('renders an export in a worker thread', async () => {
    const timeline = await workerLoader(entry)(folder, { signal: new AbortController().signal, onProgress: () => undefined })
    const file = await workerExporter(entry)(timeline, { format: 'csv' })
    expect(file.fileName).toMatch(/\.csv$/)
    expect(file.mimeType).toMatch(/csv/)
  })
})

describe('workerDocuments', () => {
  it('reads the folder\'s documents, every line kept or marked, in a worker thread', async () => {
    const { documents } = await workerDocuments(entry)(folder)
    expect(documents.map((d) => d.file).sort()).toEqual(['a0.txt', 'a1.txt', 'a2.txt'])
    expect(documents[0].lines.some((line) => line.text.includes('held talks'))).toBe(true)
  })
})
