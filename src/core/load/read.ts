// Reading one file's bytes with a size cap, so a 2 GB log dropped in the folder costs 5 MB.
// Synchronous on purpose: for thousands of small files the promise API's per-call overhead (open, fstat,
// read, close as separate round trips) costs more than the reading; the loader yields between batches.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs'

export const MAX_BYTES = 5 * 1024 * 1024

export interface ReadIo {
  /** The file's bytes, at most `limit` of them (`size` is what the listing saw). */
  readStart: (path: string, size: number, limit: number) => Uint8Array | Promise<Uint8Array>
}

export const nodeReadIo: ReadIo = {
  readStart(path, size, limit) {
    if (size < limit) {
      const all = readFileSync(path)
      return all.length > limit ? all.subarray(0, limit) : all
    }
    const fd = openSync(path, 'r')
    try {
      const buffer = new Uint8Array(limit)
      let filled = 0
      while (filled < limit) {
        const bytesRead = readSync(fd, buffer, filled, limit - filled, filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      return buffer.subarray(0, filled)
    } finally {
      closeSync(fd)
    }
  },
}
