// Content keys: SHA-1 over the parts with a separator no part contains, as hex.
import { createHash } from 'node:crypto'

export function digest(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha1')
  for (const part of parts) {
    hash.update(part)
    hash.update('\u0000')
  }
  return hash.digest('hex')
}
