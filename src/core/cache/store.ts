// Cache files are JSON lines: a first line saying which format and code wrote them, then one JSON value
// per line. Written in chunks and read line by line, so a 10,000-article folder's packs never become
// one giant string (a JS string of curly-quoted text takes two bytes a character). Written whole to a
// temporary name and renamed, so a crash or a second instance never leaves half a file under the real
// name. Anything unreadable reads as absent.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
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

/** The lines after the version line, when the file exists and was written in this `version`. */
export function readLines(path: string, version: string): Generator<string> | null {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return null
  }
  const first = bytes.indexOf(10)
  if (first < 0) return null
  try {
    const header: unknown = JSON.parse(bytes.toString('utf8', 0, first))
    if (typeof header !== 'object' || header === null || (header as { version?: unknown }).version !== version) return null
  } catch {
    return null
  }
  return (function* () {
    for (let start = first + 1; start < bytes.length; ) {
      let end = bytes.indexOf(10, start)
      if (end < 0) end = bytes.length
      yield bytes.toString('utf8', start, end)
      start = end + 1
    }
  })()
}

export function parseJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}

/** Key -> value entries, one `[key, value]` a line; bad lines are left out. */
export function readPack<T>(path: string, version: string, valid: (value: unknown) => value is T): Map<string, T> {
  const pack = new Map<string, T>()
  for (const line of readLines(path, version) ?? []) {
    const entry = parseJson(line)
    if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && valid(entry[1])) pack.set(entry[0], entry[1])
  }
  return pack
}

export function writePack<T>(path: string, version: string, pack: ReadonlyMap<string, T>): void {
  writeLines(path, version, (function* () {
    for (const entry of pack) yield JSON.stringify(entry)
  })())
}
