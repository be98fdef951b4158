// The entries of a ZIP archive (the container of .docx and .odt documents), read from its central directory. Only what
// documents use: stored and deflated entries, no encryption, no ZIP64. Each entry is inflated to at most a cap, so a
// hostile archive that would expand to gigabytes costs a few megabytes and a clear reason.
import { inflateRawSync } from 'node:zlib'

export const MAX_ENTRY_BYTES = 32 * 1024 * 1024

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  /** Where the entry's local header starts. */
  offset: number
}

export class ZipError extends Error {}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4
}

/** The archive's entries by name; throws a ZipError saying what is wrong with it. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record sits in the last 22 bytes plus a comment of up to 65,535.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) throw new ZipError('a damaged or incomplete ZIP archive (no central directory)')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries = new Map<string, ZipEntry>()
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipError('a damaged ZIP archive (its directory is cut short)')
    const nameLength = view.getUint16(at + 28, true)
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    }
    if (view.getUint16(at + 8, true) & 1) throw new ZipError('an encrypted document (it needs its password)')
    entries.set(entry.name, entry)
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** One entry's bytes; throws a ZipError when it cannot be read or would expand past the cap. */
export function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.offset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipError(`a damaged ZIP archive (${entry.name} is not where its directory says)`)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (data.length < entry.compressedSize) throw new ZipError(`a damaged or incomplete ZIP archive (${entry.name} is cut short)`)
  if (entry.method === 0) return data
  if (entry.method !== 8) throw new ZipError(`${entry.name} is compressed in a way documents do not use (method ${entry.method})`)
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES })
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
    throw new ZipError(tooBig ? `${entry.name} expands to more than ${MAX_ENTRY_BYTES / 1024 / 1024} MB` : `${entry.name} could not be decompressed`)
  }
}

/** The entry's text (UTF-8, as OOXML and ODF store their XML), or null when the archive has no such entry. */
export function zipText(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): string | null {
  const entry = entries.get(name)
  return entry ? new TextDecoder().decode(zipEntryBytes(bytes, entry)) : null
}
