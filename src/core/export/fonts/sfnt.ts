// Just enough of the TrueType (sfnt) format to read advance widths and subset glyph outlines.
export interface TableRecord {
  offset: number
  length: number
}

export interface Sfnt {
  bytes: Uint8Array
  view: DataView
  tables: Map<string, TableRecord>
  table(tag: string): TableRecord
}

export function readSfnt(bytes: Uint8Array): Sfnt {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(0)
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType font (CFF and collections are not supported)')
  const tables = new Map<string, TableRecord>()
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4))
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) })
  }
  return {
    bytes,
    view,
    tables,
    table(tag) {
      const found = tables.get(tag)
      if (!found) throw new Error(`font has no ${tag} table`)
      return found
    },
  }
}

/** Glyph id of a BMP code point from the Windows Unicode (3, 1) format 4 cmap; 0 when unmapped. */
export function cmapOf(font: Sfnt): (codePoint: number) => number {
  const { view } = font
  const cmap = font.table('cmap').offset
  let format4 = -1
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8
    const offset = cmap + view.getUint32(record + 4)
    if (view.getUint16(record) === 3 && view.getUint16(record + 2) === 1 && view.getUint16(offset) === 4) format4 = offset
  }
  if (format4 < 0) throw new Error('font has no Unicode BMP cmap')
  const segments = view.getUint16(format4 + 6) / 2
  const ends = format4 + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  return (codePoint) => {
    if (codePoint > 0xffff) return 0
    for (let s = 0; s < segments; s++) {
      if (codePoint > view.getUint16(ends + s * 2)) continue
      const start = view.getUint16(starts + s * 2)
      if (codePoint < start) return 0
      const delta = view.getInt16(deltas + s * 2)
      const rangeOffset = view.getUint16(rangeOffsets + s * 2)
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff
      const glyph = view.getUint16(rangeOffsets + s * 2 + rangeOffset + 2 * (codePoint - start))
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff
    }
    return 0
  }
}
