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
  const base = `${prefix}${hash32(key)}`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}
