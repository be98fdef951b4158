// Stable ids: derived from content that does not change between loads (file paths, item keys),
// so user corrections keep pointing at the same things and adding a file renumbers nothing.

/** 32-bit FNV-1a hash as 8 hex digits. */
export function hash32(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** `prefix` + hash of `key`, made unique within `taken` by a numeric suffix. */
export function stableId(prefix: string, key: string, taken: Set<string>): string {
  return uniqueId(`${prefix}${hash32(key)}`, taken)
}

/** `base`, or with the first numeric suffix not in `taken`; taken from then on. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}
