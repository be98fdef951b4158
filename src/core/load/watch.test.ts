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

/** Starts watching; `until(files)` waits (on a busy machine, possibly over several reports) for those files. */
function watchReports(debounceMs = 150) {
  const reports: string[][] = []
  const watcher = watchFolder(root, (files) => reports.push(files), { debounceMs })
  stop = () => watcher.close()
  let taken = 0
  return {
    reports,
    async until(expected: string[], timeoutMs = 10000): Promise<string[]> {
      const started = Date.now()
      for (;;) {
        const seen = [...new Set(reports.slice(taken).flat())].sort()
        if (expected.every((f) => seen.includes(f))) {
          taken = reports.length
          return seen
        }
        if (Date.now() - started > timeoutMs) return seen
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
  }
}

const settle = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms))

describe('watchFolder', () => {
  it('reports added, changed and removed files, ignoring hidden and tooling folders', async () => {
    root = mkdtempSync(join(tmpdir(), 'watch-'))
    mkdirSync(join(root, 'sub'))
    mkdirSync(join(root, '.git'))
    mkdirSync(join(root, 'node_modules'))
    const watch = watchReports()
    await settle()

    writeFileSync(join(root, 'a.txt'), 'first')
    writeFileSync(join(root, 'sub', 'b.txt'), 'second')
    writeFileSync(join(root, '.git', 'index'), 'tooling')
    writeFileSync(join(root, 'node_modules', 'x.txt'), 'tooling')
    expect(await watch.until(['a.txt', 'sub/b.txt'])).toEqual(['a.txt', 'sub/b.txt'])
    // One burst of writes is one report (two only if the machine stalled longer than the debounce).
    expect(watch.reports.length).toBeLessThanOrEqual(2)

    writeFileSync(join(root, 'a.txt'), 'changed')
    expect(await watch.until(['a.txt'])).toEqual(['a.txt'])

    unlinkSync(join(root, 'sub', 'b.txt'))
    expect(await watch.until(['sub/b.txt'])).toEqual(['sub/b.txt'])
    expect(watch.reports.flat().some((f) => f.startsWith('.git') || f.startsWith('node_modules'))).toBe(false)
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
    await settle(300)
    expect(calls).toBe(0)
  })
})
