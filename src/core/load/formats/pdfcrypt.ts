// A PDF "secured" without a password to open it (a ministry's press release that may not be copied or printed): its
// strings and streams are encrypted with a key the empty password gives, by the standard security handler (RC4 or AES,
// revisions 2 to 6). A PDF that needs a password to open stays unread.
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto'

// The padding string of the standard security handler (ISO 32000-1, 7.6.3.3).
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex')

export interface SecurityFields {
  V: number
  R: number
  /** Key length in bits. */
  length: number
  O: Uint8Array
  U: Uint8Array
  UE: Uint8Array | null
  P: number
  encryptMetadata: boolean
  /** The crypt filter strings and streams use (V4 and V5): RC4 ("V2"), AES ("AESV2", "AESV3") or none. */
  method: 'rc4' | 'aes' | 'none'
  firstId: Uint8Array
}

export type Decrypt = (data: Uint8Array, num: number, gen: number) => Uint8Array

/** The decryption the empty password opens, or null when the file needs a password. */
export function emptyPasswordDecryption(fields: SecurityFields): Decrypt | null {
  if (fields.method === 'none') return (data) => data
  if (fields.R >= 5) {
    const key = aes256Key(fields)
    return key ? (data) => aesDecrypt(key, data) : null
  }
  const key = rc4Key(fields)
  if (!key) return null
  return (data, num, gen) => {
    const salt = fields.method === 'aes' ? Buffer.from('sAlT') : Buffer.alloc(0)
    const objectKey = md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, gen & 255, (gen >> 8) & 255]), salt).subarray(0, Math.min(key.length + 5, 16))
    return fields.method === 'aes' ? aesDecrypt(objectKey, data) : rc4(objectKey, data)
  }
}

/** Algorithms 2 and 4/5: the file key from the empty password, checked against /U. */
function rc4Key(f: SecurityFields): Buffer | null {
  const n = f.R === 2 ? 5 : Math.max(5, Math.min(16, Math.floor(f.length / 8)))
  const p = Buffer.alloc(4)
  p.writeInt32LE(f.P | 0)
  let hash = md5(PAD, f.O.subarray(0, 32), p, f.firstId, f.R >= 4 && !f.encryptMetadata ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0))
  if (f.R >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, n))
  const key = hash.subarray(0, n)
  if (f.R === 2) return Buffer.from(rc4(key, PAD)).equals(Buffer.from(f.U.subarray(0, 32))) ? key : null
  let check = rc4(key, md5(PAD, f.firstId))
  for (let i = 1; i <= 19; i++) check = rc4(key.map((b) => b ^ i), check)
  return Buffer.from(check).equals(Buffer.from(f.U.subarray(0, 16))) ? key : null
}

/** Revisions 5 and 6: the file key, decrypted from /UE with a key the empty password and /U's salts give. */
function aes256Key(f: SecurityFields): Buffer | null {
  if (f.U.length < 48 || !f.UE || f.UE.length < 32) return null
  const hash = (salt: Uint8Array): Buffer => (f.R === 5 ? createHash('sha256').update(salt).digest() : hardenedHash(Buffer.from(salt)))
  if (!hash(f.U.subarray(32, 40)).equals(Buffer.from(f.U.subarray(0, 32)))) return null
  const decipher = createDecipheriv('aes-256-cbc', hash(f.U.subarray(40, 48)), Buffer.alloc(16))
  decipher.setAutoPadding(false)
  return Buffer.concat([decipher.update(f.UE.subarray(0, 32)), decipher.final()])
}

/** Algorithm 2.B (ISO 32000-2) for the empty password and no user data. */
function hardenedHash(salt: Buffer): Buffer {
  let k = createHash('sha256').update(salt).digest()
  for (let round = 0; ; round++) {
    const block = Buffer.concat(Array(64).fill(k))
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32))
    cipher.setAutoPadding(false)
    const e = Buffer.concat([cipher.update(block), cipher.final()])
    let sum = 0
    for (let i = 0; i < 16; i++) sum += e[i]
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]).update(e).digest()
    if (round >= 63 && e[e.length - 1] <= round - 31) return k.subarray(0, 32)
  }
}

function aesDecrypt(key: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length < 32 || data.length % 16) return new Uint8Array()
  const decipher = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16))
  try {
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()])
  } catch {
    // A last block without valid padding: the data as it stands.
    const raw = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16))
    raw.setAutoPadding(false)
    return Buffer.concat([raw.update(data.subarray(16)), raw.final()])
  }
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256)
  for (let i = 0; i < 256; i++) s[i] = i
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255
    ;[s[i], s[j]] = [s[j], s[i]]
  }
  const out = new Uint8Array(data.length)
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255
    j = (j + s[i]) & 255
    ;[s[i], s[j]] = [s[j], s[i]]
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255]
  }
  return out
}

function md5(...parts: Uint8Array[]): Buffer {
  const hash = createHash('md5')
  for (const part of parts) hash.update(part)
  return hash.digest()
}
