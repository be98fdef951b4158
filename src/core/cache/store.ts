// Cache files: one JSON document each, written whole to a temporary name and renamed, so a crash or a
// second instance never leaves half a file under the real name. Anything unreadable reads as absent.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** A file's content when it is a JSON object of this format `version`; null when missing or corrupt. */
export function readRecord(path: string, version: string): Record<string, unknown> | null {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  return record.version === version ? record : null
}

export function writeRecord(path: string, version: string, record: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    writeFileSync(temporary, JSON.stringify({ ...record, version }))
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/** Key -> value entries kept under `entries`: a map of what was there, empty when corrupt. */
export function readPack<T>(path: string, version: string, valid: (value: unknown) => value is T): Map<string, T> {
  const record = readRecord(path, version)
  const entries = record?.entries
  const pack = new Map<string, T>()
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return pack
  for (const [key, value] of Object.entries(entries)) if (valid(value)) pack.set(key, value)
  return pack
}

export function writePack<T>(path: string, version: string, pack: ReadonlyMap<string, T>): void {
  writeRecord(path, version, { entries: Object.fromEntries(pack) })
}
