// Cache files begin with a line saying which format and code wrote them. Packs are JSON lines after it,
// one JSON value per line, written in chunks and read line by line, so a 10,000-article folder's packs
// never become one giant string (a JS string of curly-quoted text takes two bytes a character). The
// timeline is a head line and a binary body (writeHeaded). Every file is written whole to a temporary
// name and renamed, so a crash or a second instance never leaves half a file under the real name.
// Anything unreadable reads as absent.
import { closeSync, fstatSync, mkdirSync, openSync, read, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

const CHUNK = 1 << 20

export function writeLines(path: string, version: string, lines: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    let chunk = `${JSON.stringify({ version })}\n`
    for (const line of lines) {
      chunk += `${line}\n`
      if (chunk.length >= CHUNK) {
        writeSync(fd, chunk)
        chunk = ''
      }
    }
    writeSync(fd, chunk)
    closeSync(fd)
    renameSync(temporary, path)
  } catch (error) {
    try {
      closeSync(fd)
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true })
    throw error
  }
}

/**
 * A file of two parts: a JSON line (`head`) read on its own, then opaque bytes (`body`) the caller reads
 * only when the head says it wants them. Written whole to a temporary name and renamed, as writeLines.
 */
export function writeHeaded(path: string, version: string, head: unknown, body: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify({ version })}\n${JSON.stringify(head)}\n`), body]))
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/** Longest version and head lines readHeaded looks for. */
const HEAD_BYTES = 64 * 1024

/**
 * writeHeaded's parts, when the file exists, was written in this `version` and its head line parses.
 * Only the head is read at once; `body()` reads the rest into a buffer of its own (aligned for typed
 * arrays, and transferable to another thread) on libuv's thread pool, so that this thread can go on
 * meanwhile, or answers null when the file is gone or shorter than `bytes`.
 */
export function readHeaded(path: string, version: string): { head: unknown; body: (bytes: number) => Promise<Buffer | null> } | null {
  const start = readPart(path, 0, HEAD_BYTES)
  const first = start?.indexOf(10) ?? -1
  const second = first < 0 ? -1 : start!.indexOf(10, first + 1)
  if (second < 0 || !isVersion(parseJson(start!.toString('utf8', 0, first)), version)) return null
  const head = parseJson(start!.toString('utf8', first + 1, second))
  if (head === undefined) return null
  return {
    head,
    body: async (bytes) => {
      const body = await readPartAside(path, second + 1, bytes + 1)
      return body?.length === bytes ? body : null
    },
  }
}

/** readPart's bytes, read by one request on libuv's thread pool (a callback per chunk would wait for this thread). */
function readPartAside(path: string, position: number, length: number): Promise<Buffer | null> {
  let fd: number
  let buffer: Buffer
  try {
    fd = openSync(path, 'r')
    buffer = Buffer.from(new ArrayBuffer(Math.max(0, Math.min(length, fstatSync(fd).size - position))))
  } catch {
    return Promise.resolve(null)
  }
  return new Promise((resolve) => {
    const readFrom = (filled: number): void =>
      read(fd, buffer, filled, buffer.length - filled, position + filled, (error, count) => {
        if (!error && count > 0 && filled + count < buffer.length) return readFrom(filled + count)
        try {
          closeSync(fd)
        } catch {
          // read already: nothing is lost
        }
        resolve(error ? null : buffer.subarray(0, filled + count))
      })
    readFrom(0)
  })
}

/** Up to `length` bytes of the file from `position`, in a buffer of their own; null when unreadable. */
function readPart(path: string, position: number, length: number): Buffer | null {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return null
  }
  try {
    const buffer = Buffer.from(new ArrayBuffer(Math.max(0, Math.min(length, fstatSync(fd).size - position))))
    let filled = 0
    for (let read = -1; read !== 0 && filled < buffer.length; filled += read) read = readSync(fd, buffer, filled, buffer.length - filled, position + filled)
    return buffer.subarray(0, filled)
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}

const isVersion = (header: unknown, version: string): boolean =>
  typeof header === 'object' && header !== null && (header as { version?: unknown }).version === version

/** The file's bytes when it exists and its first line names this `version`. */
function readVersioned(path: string, version: string): Buffer | null {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return null
  }
  const first = bytes.indexOf(10)
  return first >= 0 && isVersion(parseJson(bytes.toString('utf8', 0, first)), version) ? bytes : null
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}

/** A pack read lazily: its bytes stay as they are and an entry is parsed when asked for. */
export interface Pack<T> {
  get(key: string): T | undefined
}

const KEY_LENGTH = 40

/**
 * Key -> value entries, one `["<40-hex key>", value]` a line. Only the index of where each line is gets
 * built up front; bad lines read as absent.
 */
export function readPack<T>(path: string, version: string, valid: (value: unknown) => value is T): Pack<T> {
  const lines = readLineRanges(path, version)
  if (!lines) return { get: () => undefined }
  const { bytes, ranges } = lines
  const index = new Map<string, [number, number]>()
  for (const [start, end] of ranges)
    if (end - start > KEY_LENGTH + 4 && bytes[start] === 0x5b && bytes[start + 1] === 0x22 && bytes[start + KEY_LENGTH + 2] === 0x22)
      index.set(bytes.toString('latin1', start + 2, start + 2 + KEY_LENGTH), [start, end])
  return {
    get(key) {
      const range = index.get(key)
      if (!range) return undefined
      const entry = parseJson(bytes.toString('utf8', range[0], range[1]))
      return Array.isArray(entry) && entry.length === 2 && entry[0] === key && valid(entry[1]) ? (entry[1] as T) : undefined
    },
  }
}

function readLineRanges(path: string, version: string): { bytes: Buffer; ranges: [number, number][] } | null {
  const bytes = readVersioned(path, version)
  if (!bytes) return null
  const ranges: [number, number][] = []
  for (let start = bytes.indexOf(10) + 1; start < bytes.length; ) {
    let end = bytes.indexOf(10, start)
    if (end < 0) end = bytes.length
    ranges.push([start, end])
    start = end + 1
  }
  return { bytes, ranges }
}

export function writePack<T>(path: string, version: string, pack: ReadonlyMap<string, T>): void {
  writeLines(path, version, (function* () {
    for (const entry of pack) yield JSON.stringify(entry)
  })())
}
