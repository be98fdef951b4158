// Apple's binary property lists ("bplist00"), the container of Safari's .webarchive. Objects are read on demand from
// the offset table; references that loop, fan out or point outside the file end the read with a reason, never a hang.

export type PlistValue = null | boolean | number | string | Uint8Array | PlistValue[] | { [key: string]: PlistValue }

export class PlistError extends Error {}

const MAX_DEPTH = 64
/** Objects read in all, counting each reference again: a hostile list may hold the same list twice at every level. */
const MAX_READS = 200_000

export function isBinaryPlist(bytes: Uint8Array): boolean {
  return bytes.length >= 40 && new TextDecoder('latin1').decode(bytes.subarray(0, 8)) === 'bplist00'
}

export function parseBinaryPlist(bytes: Uint8Array): PlistValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const trailer = bytes.length - 32
  const offsetSize = bytes[trailer + 6]
  const refSize = bytes[trailer + 7]
  const count = readUint(bytes, trailer + 8, 8)
  const top = readUint(bytes, trailer + 16, 8)
  const table = readUint(bytes, trailer + 24, 8)
  if (!offsetSize || !refSize || table + count * offsetSize > trailer || top >= count) throw new PlistError('a damaged property list (its trailer does not fit the file)')
  const offsetOf = (ref: number): number => {
    if (ref >= count) throw new PlistError('a damaged property list (a reference past its objects)')
    const offset = readUint(bytes, table + ref * offsetSize, offsetSize)
    if (offset >= trailer) throw new PlistError('a damaged property list (an object outside the file)')
    return offset
  }
  let reads = 0
  const read = (ref: number, depth: number): PlistValue => {
    if (depth > MAX_DEPTH) throw new PlistError('a property list nested too deeply')
    if (++reads > MAX_READS) throw new PlistError('a property list too large to read')
    let at = offsetOf(ref)
    const marker = bytes[at]
    const kind = marker >> 4
    let length = marker & 0xf
    at++
    if (kind === 0) return marker === 0x09 ? true : marker === 0x08 ? false : null
    if (kind === 1) return readUint(bytes, at, 1 << length)
    if (kind === 2) return length === 3 ? view.getFloat64(at) : view.getFloat32(at)
    if (kind === 3) return view.getFloat64(at)
    if (length === 0xf) {
      const size = 1 << (bytes[at] & 0xf)
      length = readUint(bytes, at + 1, size)
      at += 1 + size
    }
    switch (kind) {
      case 4:
        return checked(bytes, at, length).slice()
      case 5:
        return new TextDecoder('latin1').decode(checked(bytes, at, length))
      case 6:
        return new TextDecoder('utf-16be').decode(checked(bytes, at, 2 * length))
      case 8:
        return readUint(bytes, at, length + 1)
      case 0xa:
        return Array.from({ length }, (_, i) => read(readUint(bytes, at + i * refSize, refSize), depth + 1))
      case 0xd: {
        const dict: { [key: string]: PlistValue } = {}
        for (let i = 0; i < length; i++) {
          const key = read(readUint(bytes, at + i * refSize, refSize), depth + 1)
          if (typeof key === 'string') dict[key] = read(readUint(bytes, at + (length + i) * refSize, refSize), depth + 1)
        }
        return dict
      }
      default:
        throw new PlistError(`a property list with an object of unknown kind (0x${marker.toString(16)})`)
    }
  }
  return read(top, 0)
}

function checked(bytes: Uint8Array, at: number, length: number): Uint8Array {
  if (at + length > bytes.length) throw new PlistError('a damaged property list (an object cut short)')
  return bytes.subarray(at, at + length)
}

function readUint(bytes: Uint8Array, at: number, size: number): number {
  if (at + size > bytes.length) throw new PlistError('a damaged property list (a number cut short)')
  let value = 0
  for (let i = 0; i < size; i++) value = value * 256 + bytes[at + i]
  return value
}
