import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelineFromFolder } from '../core'
import { batchEnd, heaviestFirst, storyThreads, type ThreadOptions } from './threads'
import { writeSourceEntry } from './source-entry'

const SEEDS = join(import.meta.dirname, '../../seeds')
const MIXED = join(import.meta.dirname, '../../../shared/corpora/dev/_mixed')

let dir: string
let entry: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nt-threads-'))
  entry = await writeSourceEntry(dir)
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** dev/_mixed through threads whose helper (`helperEntry`) answers no story: the one-thread timeline all the same. */
async function expectNoHelp(helperEntry: string, options: ThreadOptions, helperStarts: boolean): Promise<void> {
  const one = await timelineFromFolder(MIXED)
  let helped = -1
  const runStories = storyThreads(helperEntry, { ...options, onHelper: (n) => (helped = n) })
  expect(await runStories.helperReady).toBe(helperStarts)
  const two = await timelineFromFolder(MIXED, { runStories })
  expect(helped).toBe(0)
  expect(JSON.stringify(two)).toBe(JSON.stringify(one))
}

describe('stories on two threads', () => {
  // The seeds are one story (this thread does it); dev/_mixed is five, shared with the helper once it is
  // ready (in the app it joins whenever it is; here it is waited for, so that it surely takes part).
  for (const [name, folder, shared] of [['the seeds', SEEDS, false], ['dev/_mixed', MIXED, true]] as const) {
    it.skipIf(!existsSync(folder))(`gives exactly the one-thread timeline on ${name}`, async () => {
      const one = await timelineFromFolder(folder)
      let helped = -1
      const runStories = storyThreads(entry, { onHelper: (n) => (helped = n), helperFrom: 0 })
      expect(await runStories.helperReady).toBe(true)
      const two = await timelineFromFolder(folder, { runStories })
      expect(one.items.length).toBeGreaterThan(20)
      expect(helped > 0).toBe(shared)
      expect(JSON.stringify(two)).toBe(JSON.stringify(one))
    })
  }

  // A helper that fails on the first story of the batch it is handed, or stops without a word.
  for (const [name, onBatch] of [
    ['fails on a story', "parentPort.postMessage({ type: 'failed', k: batch.indices[0], error: 'boom' })"],
    ['stops', 'process.exit(3)'],
  ] as const) {
    it.skipIf(!existsSync(MIXED))(`does the stories itself when the helper ${name}`, async () => {
      const broken = join(dir, `broken-${name.replace(/\W/g, '')}.mjs`)
      await writeFile(broken, `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (batch) => { ${onBatch} })\nparentPort.postMessage({ type: 'ready' })\n`)
      await expectNoHelp(broken, { helperFrom: 0 }, true)
    })
  }

  it.skipIf(!existsSync(MIXED))('leaves a folder with less text than the helper needs to pay to this thread', async () => {
    await expectNoHelp(entry, {}, true)
  })

  it.skipIf(!existsSync(MIXED))("does the helper's share itself when the helper cannot start", async () => {
    await expectNoHelp(join(dir, 'missing.mjs'), { helperFrom: 0 }, false)
  })
})

describe('batches for the helper', () => {
  const weights = [1, 50, 4, 2, 30, 3, 10]
  const order = heaviestFirst(weights)
  const left = (start: number): number => order.slice(start).reduce((n, k) => n + weights[k], 0)

  it('orders stories heaviest first, ties by index', () => {
    expect(order).toEqual([1, 4, 6, 2, 5, 3, 0])
    expect(heaviestFirst([2, 5, 2])).toEqual([1, 0, 2])
  })

  it('hands over one story at least, more while the batch is a small share of the work left', () => {
    // 100 left: the heaviest alone is more than a sixteenth.
    expect(batchEnd(order, weights, 0)).toBe(1)
    const many = Array.from({ length: 64 }, () => 1)
    const end = batchEnd(heaviestFirst(many), many, 0)
    expect(end).toBe(4)
    expect(batchEnd(heaviestFirst(many), many, 60)).toBe(61)
    for (let start = 0; start < order.length; start++) {
      const stop = batchEnd(order, weights, start)
      expect(stop).toBeGreaterThan(start)
      expect(stop).toBeLessThanOrEqual(order.length)
      if (stop - start > 1) expect(order.slice(start, stop).reduce((n, k) => n + weights[k], 0)).toBeLessThanOrEqual(left(start) / 16)
    }
  })
})
