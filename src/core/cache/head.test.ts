import { describe, expect, it } from 'vitest'
import { digest } from './hash'
import { listingKey } from './head'

/** The key as the parts' digest, one part per name, size and time: what listingKey hashes as one string. */
function byParts(root: string, walked: Parameters<typeof listingKey>[1]): string {
  return digest([root, JSON.stringify(walked.skipped), ...walked.files.flatMap((f) => [f.file, String(f.size), String(f.mtime.getTime())])])
}

describe('listingKey', () => {
  const file = (name: string, size: number, ms: number): Parameters<typeof listingKey>[1]['files'][number] => ({ path: `/r/${name}`, file: name, size, mtime: new Date(ms) })
  const listings: Parameters<typeof listingKey>[1][] = [
    { files: [], skipped: [] },
    { files: [file('a.txt', 10, 1_700_000_000_123), file('sub/Zürich “talks”.html', 0, 0)], skipped: [{ file: 'x.bin', reason: 'not a regular file' }] },
    { files: [file('a.txt', 1, 2), file('b.txt', 3, 4)], skipped: [] },
  ]

  it('is the digest of the listing part by part', () => {
    for (const walked of listings) expect(listingKey('/r', walked)).toBe(byParts('/r', walked))
  })

  it('changes with a name, a size, a time or what was skipped', () => {
    const [, base] = listings
    const keys = new Set([
      listingKey('/r', base),
      listingKey('/r', { ...base, files: [file('a.txt', 11, 1_700_000_000_123), base.files[1]] }),
      listingKey('/r', { ...base, files: [file('a.txt', 10, 1_700_000_000_124), base.files[1]] }),
      listingKey('/r', { ...base, files: [file('b.txt', 10, 1_700_000_000_123), base.files[1]] }),
      listingKey('/r', { ...base, skipped: [] }),
      listingKey('/s', base),
    ])
    expect(keys.size).toBe(6)
  })
})
