// Reading one file's bytes with a size cap, so a 2 GB log dropped in the folder costs 5 MB.
import { open, readFile } from 'node:fs/promises'

export const MAX_BYTES = 5 * 1024 * 1024

export interface ReadIo {
  /** The file's bytes, at most `limit` of them (`size` is what the listing saw). */
  readStart: (path: string, size: number, limit: number) => Promise<Uint8Array>
}

export const nodeReadIo: ReadIo = {
  async readStart(path, size, limit) {
    if (size < limit) {
      const all = await readFile(path)
      return all.length > limit ? all.subarray(0, limit) : all
    }
    const handle = await open(path, 'r')
    try {
      const buffer = new Uint8Array(limit)
      let filled = 0
      while (filled < limit) {
        const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      return buffer.subarray(0, filled)
    } finally {
      await handle.close()
    }
  },
}
