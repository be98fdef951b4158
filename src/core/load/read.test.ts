import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeReadIo } from './read'

describe('nodeReadIo.readStart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, length: number): { path: string; bytes: Buffer } => {
    const bytes = Buffer.from(Array.from({ length }, (_, i) => (i * 31) % 251))
    writeFileSync(join(dir, name), bytes)
    return { path: join(dir, name), bytes }
  }

  it.each([
    // [file length, size the listing saw, limit]
    [3000, 3000, 5000],
    [3000, 3000, 3000],
    [3000, 3000, 1000],
    [0, 0, 100],
    [9000, 3000, 100_000], // grew since it was listed
    [9000, 3000, 5000],
    [1000, 3000, 100_000], // shrank
    [20_000, 1, 100_000],
  ])('a file of %i bytes listed at %i, limit %i: its first bytes up to the limit', (length, size, limit) => {
    const { path, bytes } = file(`f${length}-${size}-${limit}`, length)
    expect(Buffer.from(nodeReadIo.readStart(path, size, limit) as Uint8Array)).toEqual(bytes.subarray(0, limit))
  })
})
