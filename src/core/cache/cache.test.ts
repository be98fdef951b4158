import { createHash } from 'node:crypto'
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serialize } from 'node:v8'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { timelineFromFolder } from '..'
import { cachedTimeline, type CacheReport, KEEP_FOLDERS } from '.'
import { encoded, timelineFromBytes } from './head'

const seeds = resolve(import.meta.dirname, '../../../seeds')

let work: string
let folder: string
let cacheDir: string

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'nt-cache-test-'))
  folder = join(work, 'articles')
  cacheDir = join(work, 'cache')
  cpSync(seeds, folder, { recursive: true })
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

async function open(): Promise<{ timeline: Awaited<ReturnType<typeof cachedTimeline>>; report: CacheReport }> {
  let report: CacheReport | undefined
  const timeline = await cachedTimeline(folder, { cacheDir, onCache: (r) => (report = r) })
  return { timeline, report: report! }
}

/** Names, sizes, times and bytes of every file under `dir`. */
function folderHash(dir: string): string {
  const hash = createHash('sha1')
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = join(entry.parentPath, entry.name)
    const info = statSync(path)
    hash.update(`${path}\0${info.size}\0${info.mtimeMs}\0`)
    if (entry.isFile()) hash.update(readFileSync(path))
  }
  return hash.digest('hex')
}

describe('timeline cache', () => {
  it('gives the uncached timeline on the first open and on every reopen, without reading files when nothing changed', async () => {
    const fresh = await timelineFromFolder(folder)
    const first = await open()
    expect(first.report.hit).toBe('partial')
    expect(first.timeline).toEqual(fresh)
    const again = await open()
    expect(again.report.hit).toBe('listing')
    // The stored timeline decodes to the same values, undefined ones and key order included.
    expect(again.timeline).toStrictEqual(fresh)
    expect(JSON.stringify(again.timeline)).toBe(JSON.stringify(fresh))
    expect(await timelineFromFolder(folder, { cacheDir })).toEqual(fresh)
  })

  it('hands over the bytes it stored for the timeline it built, which decode to that timeline', async () => {
    const { timeline } = await open()
    const bytes = readFileSync(join(cacheDir, readdirSync(cacheDir)[0], 'timeline.bin'))
    const body = bytes.subarray(bytes.indexOf(10, bytes.indexOf(10) + 1) + 1)
    expect(encoded(timeline)).toBe(encoded(timeline))
    expect(encoded(timeline).equals(body)).toBe(true)
    expect(timelineFromBytes(encoded(timeline))).toStrictEqual(timeline)
    // Once transferred to another thread, the bytes are encoded again.
    structuredClone(encoded(timeline), { transfer: [encoded(timeline).buffer as ArrayBuffer] })
    expect(encoded(timeline).equals(body)).toBe(true)
  })

  it('never writes into the article folder', async () => {
    const before = folderHash(folder)
    await open()
    await open()
    expect(folderHash(folder)).toBe(before)
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0)
  })

  it('answers touched but unchanged files from their content', async () => {
    const fresh = await timelineFromFolder(folder)
    await open()
    const later = new Date(statSync(join(folder, readdirSync(folder)[0])).mtimeMs + 1000)
    for (const name of readdirSync(folder)) utimesSync(join(folder, name), later, later)
    const touched = await open()
    expect(touched.report.hit).toBe('content')
    expect(touched.timeline).toEqual(fresh)
  })

  it('re-reads a changed file and gives what an uncached load of the changed folder gives', async () => {
    await open()
    const changed = readdirSync(folder).sort()[0]
    appendFileSync(join(folder, changed), '\n\nThe ministry said on Tuesday that the next round of talks would open in Vienna.\n')
    const reopened = await open()
    expect(reopened.report.hit).toBe('partial')
    expect(reopened.report.counts).toMatchObject({ parsedRuns: 1, parsedHits: 4 })
    expect(reopened.timeline).toEqual(await timelineFromFolder(folder))
  })

  it('drops a file that left the folder', async () => {
    await open()
    rmSync(join(folder, readdirSync(folder).sort()[1]))
    const reopened = await open()
    expect(reopened.timeline).toEqual(await timelineFromFolder(folder))
    expect(reopened.timeline.articles).toHaveLength(4)
  })

  it('keeps the work of the most recently opened folders only', async () => {
    const others = Array.from({ length: KEEP_FOLDERS + 2 }, (_, i) => join(work, `other-${i}`))
    for (const other of others) {
      cpSync(join(seeds, readdirSync(seeds).sort()[0]), join(other, 'a.txt'))
      await cachedTimeline(other, { cacheDir })
    }
    expect(readdirSync(cacheDir)).toHaveLength(KEEP_FOLDERS)
  })

  it('ignores corrupt or foreign cache files', async () => {
    const fresh = await timelineFromFolder(folder)
    await open()
    const [dir] = readdirSync(cacheDir)
    const files = readdirSync(join(cacheDir, dir))
    expect(files).toEqual(expect.arrayContaining(['timeline.bin', 'parsed.json', 'documents.json', 'stories.json']))
    const head = readFileSync(join(cacheDir, dir, 'timeline.bin'))
    // Cut inside the timeline: the keys still match, the timeline is not whole.
    writeFileSync(join(cacheDir, dir, 'timeline.bin'), head.subarray(0, head.length - 200))
    writeFileSync(join(cacheDir, dir, 'parsed.json'), 'not json at all')
    writeFileSync(join(cacheDir, dir, 'documents.json'), `${JSON.stringify({ version: 'another' })}\n["a", 1]\n`)
    const stories = readFileSync(join(cacheDir, dir, 'stories.json'), 'utf8').split('\n')
    writeFileSync(join(cacheDir, dir, 'stories.json'), [stories[0], '[1, 2, 3]', '{"half": ', ...stories.slice(1).map((l) => l.replace(/"id":"/g, '"id":7,"x":"'))].join('\n'))
    const reopened = await open()
    expect(reopened.report.hit).toBe('partial')
    expect(reopened.timeline).toEqual(fresh)
    // ...and the next open finds the rewritten cache whole again.
    expect((await open()).report.hit).toBe('listing')
  })

  // The timeline's bytes, not what was written: each must be rebuilt, never crash.
  const spoiled: [string, (body: Buffer) => Buffer][] = [
    ['zeroed', (body) => Buffer.alloc(body.length)],
    ['reversed', (body) => Buffer.from(body).reverse()],
    ['flipped in the middle', (body) => Buffer.from(body).fill(0xff, body.length >> 1, (body.length >> 1) + 64)],
    // Inside a string: what deserializes is a timeline, with one word damaged.
    ['with one letter changed', (body) => Buffer.from(body.toString('latin1').replace('Russia', 'Prussi'), 'latin1')],
    ['with bytes appended', (body) => Buffer.concat([body, Buffer.from('xx')])],
    ['another value', (body) => Buffer.concat([serialize({ version: 1, items: 'no' }), Buffer.alloc(body.length)]).subarray(0, body.length)],
  ]
  for (const [name, spoil] of spoiled)
    it(`rebuilds a stored timeline ${name}`, async () => {
      const fresh = await timelineFromFolder(folder)
      await open()
      const path = join(cacheDir, readdirSync(cacheDir)[0], 'timeline.bin')
      const bytes = readFileSync(path)
      const bodyAt = bytes.indexOf(10, bytes.indexOf(10) + 1) + 1
      writeFileSync(path, Buffer.concat([bytes.subarray(0, bodyAt), spoil(bytes.subarray(bodyAt))]))
      const reopened = await open()
      expect(reopened.report.hit).toBe('partial')
      expect(reopened.timeline).toEqual(fresh)
      expect((await open()).report.hit).toBe('listing')
    })

  it('ignores a cache an older version wrote', async () => {
    const fresh = await timelineFromFolder(folder)
    await open()
    const dir = join(cacheDir, readdirSync(cacheDir)[0])
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, name))
      const first = bytes.indexOf(10)
      const older = JSON.stringify({ version: `nt-cache-1:${JSON.parse(bytes.toString('utf8', 0, first)).version.split(':')[1]}` })
      writeFileSync(join(dir, name), Buffer.concat([Buffer.from(older), bytes.subarray(first)]))
    }
    // The first format's head, as it wrote it: JSON lines under another name.
    writeFileSync(join(dir, 'timeline.json'), `${JSON.stringify({ version: 'nt-cache-1:x' })}\n{"listingKey":"k","contentKey":"k"}\n${JSON.stringify(fresh)}\n`)
    const reopened = await open()
    expect(reopened.report).toEqual({ hit: 'partial', counts: expect.objectContaining({ parsedHits: 0, documentHits: 0, storyHits: 0 }) })
    expect(reopened.timeline).toEqual(fresh)
    expect((await open()).report.hit).toBe('listing')
  })
})
