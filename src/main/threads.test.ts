import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelineFromFolder } from '../core'
import { storyThreads } from './threads'
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

describe('stories on two threads', () => {
  // The seeds are one story (this thread does it); dev/_mixed is five, shared with the helper once it is
  // ready (in the app it joins whenever it is; here it is waited for, so that it surely takes part).
  for (const [name, folder, shared] of [['the seeds', SEEDS, false], ['dev/_mixed', MIXED, true]] as const) {
    it.skipIf(!existsSync(folder))(`gives exactly the one-thread timeline on ${name}`, async () => {
      const one = await timelineFromFolder(folder)
      let helped = -1
      const runStories = storyThreads(entry, { onHelper: (n) => (helped = n) })
      expect(await runStories.helperReady).toBe(true)
      const two = await timelineFromFolder(folder, { runStories })
      expect(one.items.length).toBeGreaterThan(20)
      expect(helped > 0).toBe(shared)
      expect(JSON.stringify(two)).toBe(JSON.stringify(one))
    })
  }

  // A helper that takes a story from the shared queue and then fails on it, or stops without a word.
  for (const [name, onShare] of [
    ['fails on a story', "const k = share.indices[Atomics.add(share.next, 0, 1) - share.base]; parentPort.postMessage({ type: 'failed', k, error: 'boom' })"],
    ['stops', 'Atomics.add(share.next, 0, 1); process.exit(3)'],
  ] as const) {
    it.skipIf(!existsSync(MIXED))(`does the stories itself when the helper ${name}`, async () => {
      const broken = join(dir, `broken-${name.replace(/\W/g, '')}.mjs`)
      await writeFile(broken, `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (share) => { ${onShare} })\nparentPort.postMessage({ type: 'ready' })\n`)
      const one = await timelineFromFolder(MIXED)
      let helped = -1
      const runStories = storyThreads(broken, { onHelper: (n) => (helped = n) })
      expect(await runStories.helperReady).toBe(true)
      const two = await timelineFromFolder(MIXED, { runStories })
      expect(helped).toBe(0)
      expect(JSON.stringify(two)).toBe(JSON.stringify(one))
    })
  }

  it.skipIf(!existsSync(MIXED))("does the helper's share itself when the helper cannot start", async () => {
    const one = await timelineFromFolder(MIXED)
    let helped = -1
    const runStories = storyThreads(join(dir, 'missing.mjs'), { onHelper: (n) => (helped = n) })
    expect(await runStories.helperReady).toBe(false)
    const two = await timelineFromFolder(MIXED, { runStories })
    expect(helped).toBe(0)
    expect(JSON.stringify(two)).toBe(JSON.stringify(one))
  })
})
