import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { watchFolder } from './watch'

let root = ''
let stop: (() => void) | null = null
afterEach(() => {
  stop?.()
  stop = null
  if (root) rmSync(root, { recursive: true, force: true })
})

/** Starts watching and returns a function that waits for the next report. */
function watchNext(debounceMs = 100): () => Promise<string[]> {
  const reports: string[][] = []
  const waiters: ((files: string[]) => void)[] = []
  const watcher = watchFolder(root, (files) => {
    const waiter = waiters.shift()
    if (waiter) waiter(files)
    else reports.push(files)
  }, { debounceMs })
  stop = () => watcher.close()
  return () => (reports.length ? Promise.resolve(reports.shift()!) : new Promise((resolve) => waiters.push(resolve)))
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

describe('watchFolder', () => {
  it('reports added, changed and removed files once per burst, ignoring hidden and tooling folders', async () => {
    root = mkdtempSync(join(tmpdir(), 'watch-'))
    mkdirSync(join(root, 'sub'))
    mkdirSync(join(root, '.git'))
    mkdirSync(join(root, 'node_modules'))
    const next = watchNext()
    await settle()

    writeFileSync(join(root, 'a.txt'), 'first')
    writeFileSync(join(root, 'sub', 'b.txt'), 'second')
    writeFileSync(join(root, '.git', 'index'), 'tooling')
    writeFileSync(join(root, 'node_modules', 'x.txt'), 'tooling')
    expect(await next()).toEqual(['a.txt', 'sub/b.txt'])

    writeFileSync(join(root, 'a.txt'), 'changed')
    expect(await next()).toEqual(['a.txt'])

    unlinkSync(join(root, 'sub', 'b.txt'))
    expect(await next()).toEqual(['sub/b.txt'])
  })

  it('reports a folder it cannot watch through onError instead of throwing', () => {
    const errors: Error[] = []
    const watcher = watchFolder(join(tmpdir(), 'no-such-folder-for-watch'), () => {}, { onError: (e) => errors.push(e) })
    watcher.close()
    expect(errors.map((e) => (e as NodeJS.ErrnoException).code)).toEqual(['ENOENT'])
  })

  it('reports nothing after close', async () => {
    root = mkdtempSync(join(tmpdir(), 'watch-'))
    let calls = 0
    const watcher = watchFolder(root, () => calls++, { debounceMs: 50 })
    await settle()
    watcher.close()
    writeFileSync(join(root, 'late.txt'), 'x')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(calls).toBe(0)
  })
})
