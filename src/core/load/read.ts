// Reading one file's bytes with a size cap, so a 2 GB log dropped in the folder costs 5 MB.
// Synchronous on purpose: for thousands of small files the promise API's per-call overhead (open, fstat,
// read, close as separate round trips) costs more than the reading; the loader yields between batches.
import { closeSync, openSync, readSync } from 'node:fs'

export const MAX_BYTES = 5 * 1024 * 1024
/** A document in a container (a Word document with its pictures) is read whole: cut short, it cannot be opened at all. */
export const MAX_CONTAINER_BYTES = 50 * 1024 * 1024

export interface ReadIo {
  /** The file's bytes, at most `limit` of them (`size` is what the listing saw). */
  readStart: (path: string, size: number, limit: number) => Uint8Array | Promise<Uint8Array>
}

export const nodeReadIo: ReadIo = {
  readStart(path, size, limit) {
    const fd = openSync(path, 'r')
    try {
      // The listing's size saves asking again (readFileSync's fstat): one byte more shows at once
      // whether the file is still that size; one that grew since is read on to its end or the limit.
      let buffer = Buffer.allocUnsafe(Math.min(size + 1, limit))
      let filled = 0
      for (;;) {
        if (filled === buffer.length) {
          if (filled === limit) break
          const bigger = Buffer.allocUnsafe(Math.min(2 * filled, limit))
          buffer.copy(bigger, 0, 0, filled)
          buffer = bigger
        }
        const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled)
        if (bytesRead === 0) break
        filled += bytesRead
        // A regular file reads short only at its end.
        if (filled < buffer.length && filled === size) break
      }
      return buffer.subarray(0, filled)
    } finally {
      closeSync(fd)
    }
  },
}
