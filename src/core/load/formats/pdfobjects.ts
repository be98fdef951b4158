// The object layer of a PDF: its values, its objects found by scanning the file (a damaged or rewritten cross-reference
// table does not lose them), objects packed in object streams, and streams decoded. Every limit a hostile file could push
// (nesting, references that loop, a stream that inflates to gigabytes) ends in a PdfError with a reason.
import { inflateSync } from 'node:zlib'
import { emptyPasswordDecryption, type Decrypt } from './pdfcrypt'

export class PdfError extends Error {}

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(readonly num: number) {}
}

export type PdfDict = Map<string, PdfValue>

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
  ) {}
}

/** Strings stay bytes: what they mean depends on the font that shows them. */
export type PdfValue = null | boolean | number | Uint8Array | PdfName | PdfRef | PdfValue[] | PdfDict | PdfStream

/** A stream decodes to at most this much, and a whole file to at most MAX_FILE_DECODED. */
export const MAX_STREAM_BYTES = 32 * 1024 * 1024
const MAX_FILE_DECODED = 128 * 1024 * 1024
const MAX_DEPTH = 64
const MAX_REF_CHAIN = 16

const WHITE = new Uint8Array(256)
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1
const DELIMITER = new Uint8Array(256)
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1

/** A reader of PDF syntax over bytes: values, and the keywords (operators) between them in a content stream. */
export class PdfLexer {
  pos: number
  constructor(
    readonly bytes: Uint8Array,
    pos = 0,
  ) {
    this.pos = pos
  }

  skipSpace(): void {
    const b = this.bytes
    while (this.pos < b.length) {
      const c = b[this.pos]
      if (WHITE[c]) this.pos++
      else if (c === 0x25) while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++
      else break
    }
  }

  /** The next value, or a keyword as a string (`obj`, `stream`, `Tj`), or undefined at the end. */
  next(depth = 0): PdfValue | string | undefined {
    if (depth > MAX_DEPTH) throw new PdfError('nested too deeply')
    this.skipSpace()
    const b = this.bytes
    if (this.pos >= b.length) return undefined
    const c = b[this.pos]
    if (c === 0x2f) return new PdfName(this.readName())
    if (c === 0x28) return this.readLiteral()
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2
        return this.readDict(depth)
      }
      return this.readHex()
    }
    if (c === 0x5b) {
      this.pos++
      const items: PdfValue[] = []
      for (;;) {
        this.skipSpace()
        if (this.pos >= b.length) return items
        if (b[this.pos] === 0x5d) {
          this.pos++
          return items
        }
        const item = this.next(depth + 1)
        if (item === undefined) return items
        if (item === 'R') this.makeRef(items)
        else if (typeof item !== 'string') items.push(item)
      }
    }
    if (DELIMITER[c]) {
      this.pos++
      return c === 0x5d || c === 0x7d ? ']' : c === 0x3e ? '>' : this.next(depth)
    }
    const start = this.pos
    while (this.pos < b.length && !WHITE[b[this.pos]] && !DELIMITER[b[this.pos]]) this.pos++
    const word = latin1(b.subarray(start, this.pos))
    if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(word)) return Number(word)
    if (word === 'true') return true
    if (word === 'false') return false
    if (word === 'null') return null
    return word
  }

  private readDict(depth: number): PdfDict {
    const dict: PdfDict = new Map()
    const b = this.bytes
    for (;;) {
      this.skipSpace()
      if (this.pos >= b.length) return dict
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2
        return dict
      }
      const key = this.next(depth + 1)
      if (key === undefined) return dict
      if (!(key instanceof PdfName)) continue
      const value = this.next(depth + 1)
      if (value === undefined) return dict
      if (typeof value === 'string') continue
      // "5 0 R": two numbers and a keyword; read ahead for them.
      if (typeof value === 'number') {
        const save = this.pos
        const gen = this.next(depth + 1)
        const r = typeof gen === 'number' ? this.next(depth + 1) : undefined
        if (r === 'R' && Number.isInteger(value)) {
          dict.set(key.name, new PdfRef(value))
          continue
        }
        this.pos = save
      }
      dict.set(key.name, value)
    }
  }

  /** `[... 12 0 R]`: the two numbers before the R become a reference. */
  private makeRef(items: PdfValue[]): void {
    const gen = items.pop()
    const num = items.pop()
    if (typeof num === 'number' && typeof gen === 'number') items.push(new PdfRef(num))
  }

  private readName(): string {
    const b = this.bytes
    this.pos++
    let name = ''
    while (this.pos < b.length && !WHITE[b[this.pos]] && !DELIMITER[b[this.pos]]) {
      const c = b[this.pos]
      if (c === 0x23 && this.pos + 2 < b.length) {
        const code = parseInt(latin1(b.subarray(this.pos + 1, this.pos + 3)), 16)
        if (!Number.isNaN(code)) {
          name += String.fromCharCode(code)
          this.pos += 3
          continue
        }
      }
      name += String.fromCharCode(c)
      this.pos++
    }
    return name
  }

  private readLiteral(): Uint8Array {
    const b = this.bytes
    const out: number[] = []
    let level = 1
    this.pos++
    while (this.pos < b.length) {
      let c = b[this.pos++]
      if (c === 0x28) level++
      else if (c === 0x29 && --level === 0) break
      else if (c === 0x5c) {
        c = b[this.pos++]
        const escaped = ESCAPES[c]
        if (escaped !== undefined) c = escaped
        else if (c >= 0x30 && c <= 0x37) {
          let code = c - 0x30
          for (let i = 0; i < 2 && b[this.pos] >= 0x30 && b[this.pos] <= 0x37; i++) code = code * 8 + b[this.pos++] - 0x30
          c = code & 0xff
        } else if (c === 13 || c === 10) {
          if (c === 13 && b[this.pos] === 10) this.pos++
          continue
        }
      }
      out.push(c)
    }
    return Uint8Array.from(out)
  }

  private readHex(): Uint8Array {
    const b = this.bytes
    let end = this.pos + 1
    while (end < b.length && b[end] !== 0x3e) end++
    const out = asciiHex(b.subarray(this.pos + 1, end))
    this.pos = end + 1
    return out
  }
}

const ESCAPES: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c }
const HEX = new Int8Array(256).fill(-1)
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i
}

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

/** A PDF's objects, by number: where each is defined (the last definition wins, as an incremental update means it). */
export class PdfFile {
  private readonly offsets = new Map<number, { at: number; gen: number }>()
  /** Where an object packed in an object stream starts in that stream's data (its /First already added). */
  private readonly packed = new Map<number, { data: Uint8Array; at: number }>()
  private readonly cache = new Map<number, PdfValue>()
  private decoded = 0
  readonly trailer: PdfDict
  /** Set for an encrypted file the empty password opens; `locked` when it needs another. */
  private readonly decrypt: Decrypt | null = null
  private readonly encryptNum: number = -1
  readonly locked: boolean = false

  constructor(readonly bytes: Uint8Array) {
    const text = latin1(bytes)
    for (const m of text.matchAll(/(?<![\d.])(\d+)\s+(\d+)\s+obj\b/g)) this.offsets.set(Number(m[1]), { at: m.index + m[0].length, gen: Number(m[2]) })
    this.trailer = this.findTrailer(text)
    const encrypt = this.trailer.get('Encrypt')
    if (encrypt !== undefined) {
      if (encrypt instanceof PdfRef) this.encryptNum = encrypt.num
      this.decrypt = this.security(this.dict(encrypt))
      this.locked = this.decrypt === null
    }
    for (const [num, { at }] of this.offsets) {
      if (/\/Type\s*\/ObjStm\b/.test(text.slice(at, at + 400))) this.indexObjectStream(num)
    }
  }

  /** The value a reference points to (following references), or the value itself. */
  resolve(value: PdfValue | undefined, chain = 0): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value
    if (chain > MAX_REF_CHAIN) throw new PdfError('references that point at each other')
    return this.resolve(this.object(value.num), chain + 1)
  }

  get(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return dict ? this.resolve(dict.get(key)) : undefined
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const v = this.resolve(value)
    return v instanceof Map ? v : v instanceof PdfStream ? v.dict : undefined
  }

  object(num: number): PdfValue | undefined {
    if (this.cache.has(num)) return this.cache.get(num)
    this.cache.set(num, null) // an object that contains itself reads as null
    let value: PdfValue | undefined
    const place = this.offsets.get(num)
    if (place !== undefined) {
      value = this.readObjectAt(place.at)
      if (this.decrypt && num !== this.encryptNum && value !== undefined) value = this.decrypted(value, num, place.gen, 0)
    } else {
      const packed = this.packed.get(num)
      const read = packed && new PdfLexer(packed.data, packed.at).next()
      if (read !== undefined && typeof read !== 'string') value = read
    }
    this.cache.set(num, value ?? null)
    return value
  }

  /** A stream's data with its filters undone; null when a filter is one this reader does not know. */
  decode(stream: PdfStream): Uint8Array | null {
    let data = stream.raw
    const filters = this.resolve(stream.dict.get('Filter'))
    const list = Array.isArray(filters) ? filters : filters ? [filters] : []
    for (const filter of list) {
      const name = this.resolve(filter)
      if (!(name instanceof PdfName)) return null
      if (name.name === 'FlateDecode' || name.name === 'Fl') data = inflate(data)
      else if (name.name === 'ASCIIHexDecode' || name.name === 'AHx') data = asciiHex(data)
      else if (name.name === 'ASCII85Decode' || name.name === 'A85') data = ascii85(data)
      else return null
      this.decoded += data.length
      if (this.decoded > MAX_FILE_DECODED) throw new PdfError(`more than ${MAX_FILE_DECODED / 1024 / 1024} MB once decompressed`)
    }
    return data
  }

  /** The standard security handler's fields; null when the empty password does not open the file. */
  private security(encrypt: PdfDict | undefined): Decrypt | null {
    const num = (key: string, fallback: number): number => {
      const v = this.resolve(encrypt?.get(key))
      return typeof v === 'number' ? v : fallback
    }
    const bytes = (key: string): Uint8Array | null => {
      const v = this.resolve(encrypt?.get(key))
      return v instanceof Uint8Array ? v : null
    }
    const filter = this.resolve(encrypt?.get('Filter'))
    const O = bytes('O')
    const U = bytes('U')
    if (!encrypt || !(filter instanceof PdfName) || filter.name !== 'Standard' || !O || !U) return null
    const V = num('V', 0)
    let method: 'rc4' | 'aes' | 'none' = 'rc4'
    if (V >= 4) {
      const streamFilter = this.resolve(encrypt.get('StmF'))
      const name = streamFilter instanceof PdfName ? streamFilter.name : 'Identity'
      const cfm = this.resolve(this.dict(this.dict(encrypt.get('CF'))?.get(name))?.get('CFM'))
      method = name === 'Identity' || (cfm instanceof PdfName && cfm.name === 'None') ? 'none' : cfm instanceof PdfName && /^AESV[23]$/.test(cfm.name) ? 'aes' : 'rc4'
    }
    const ids = this.resolve(this.trailer.get('ID'))
    const firstId = Array.isArray(ids) && ids[0] instanceof Uint8Array ? ids[0] : new Uint8Array()
    return emptyPasswordDecryption({ V, R: num('R', 2), length: num('Length', 40), O, U, UE: bytes('UE'), P: num('P', 0), encryptMetadata: this.resolve(encrypt.get('EncryptMetadata')) !== false, method, firstId })
  }

  /** An object's strings and stream data decrypted; a cross-reference stream is not encrypted. */
  private decrypted(value: PdfValue, num: number, gen: number, depth: number): PdfValue {
    if (depth > MAX_DEPTH) return value
    if (value instanceof Uint8Array) return this.decrypt!(value, num, gen)
    if (Array.isArray(value)) return value.map((v) => this.decrypted(v, num, gen, depth + 1))
    if (value instanceof PdfStream) {
      const type = value.dict.get('Type')
      if (type instanceof PdfName && type.name === 'XRef') return value
      return new PdfStream(this.decrypted(value.dict, num, gen, depth + 1) as PdfDict, this.decrypt!(value.raw, num, gen))
    }
    if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, this.decrypted(v, num, gen, depth + 1)]))
    return value
  }

  private readObjectAt(at: number): PdfValue | undefined {
    const lexer = new PdfLexer(this.bytes, at)
    const value = lexer.next()
    if (value === undefined || typeof value === 'string') return undefined
    if (!(value instanceof Map)) return value
    const save = lexer.pos
    if (lexer.next() !== 'stream') {
      lexer.pos = save
      return value
    }
    let start = lexer.pos
    if (this.bytes[start] === 13) start++
    if (this.bytes[start] === 10) start++
    const declared = this.resolve(value.get('Length'))
    let end = typeof declared === 'number' && declared >= 0 ? start + declared : -1
    if (end < 0 || end > this.bytes.length || !/^\s*endstream/.test(latin1(this.bytes.subarray(end, end + 20)))) {
      const found = latin1(this.bytes.subarray(start, Math.min(this.bytes.length, start + MAX_STREAM_BYTES))).indexOf('endstream')
      end = found < 0 ? this.bytes.length : start + found
    }
    return new PdfStream(value, this.bytes.subarray(start, end))
  }

  private findTrailer(text: string): PdfDict {
    const at = text.lastIndexOf('trailer')
    if (at >= 0) {
      const dict = new PdfLexer(this.bytes, at + 7).next()
      if (dict instanceof Map && dict.has('Root')) return dict
    }
    // A cross-reference stream carries the trailer's keys in its dictionary.
    for (const m of text.matchAll(/\/Type\s*\/XRef\b/g)) {
      const start = text.lastIndexOf('obj', m.index)
      const dict = start >= 0 ? new PdfLexer(this.bytes, start + 3).next() : undefined
      if (dict instanceof Map && dict.has('Root')) return dict
    }
    return new Map()
  }

  /** The object stream's header: each object's number and where it starts, read once. */
  private indexObjectStream(num: number): void {
    const stream = this.object(num)
    if (!(stream instanceof PdfStream)) return
    const count = this.resolve(stream.dict.get('N'))
    const first = this.resolve(stream.dict.get('First'))
    if (typeof count !== 'number' || typeof first !== 'number') return
    const data = this.decode(stream)
    if (!data) return
    const lexer = new PdfLexer(data)
    for (let i = 0; i < count; i++) {
      const inner = lexer.next()
      const offset = lexer.next()
      if (typeof inner !== 'number' || typeof offset !== 'number') break
      if (!this.offsets.has(inner)) this.packed.set(inner, { data, at: first + offset })
    }
  }
}

function inflate(data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data, { maxOutputLength: MAX_STREAM_BYTES })
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new PdfError(`a stream that expands to more than ${MAX_STREAM_BYTES / 1024 / 1024} MB`)
    // A stream cut short or with a bad checksum still gives what it holds.
    try {
      return inflateSync(data, { maxOutputLength: MAX_STREAM_BYTES, finishFlush: 2 /* Z_SYNC_FLUSH */ })
    } catch {
      return new Uint8Array()
    }
  }
}

function asciiHex(data: Uint8Array): Uint8Array {
  const digits: number[] = []
  for (const c of data) {
    if (c === 0x3e) break
    if (HEX[c] >= 0) digits.push(HEX[c])
  }
  if (digits.length % 2) digits.push(0)
  const out = new Uint8Array(digits.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = digits[2 * i] * 16 + digits[2 * i + 1]
  return out
}

function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = []
  let group: number[] = []
  for (const c of data) {
    if (c === 0x7e) break
    if (WHITE[c]) continue
    if (c === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0)
      continue
    }
    group.push(c - 33)
    if (group.length === 5) {
      let n = 0
      for (const d of group) n = n * 85 + d
      out.push((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255)
      group = []
    }
  }
  if (group.length > 1) {
    const missing = 5 - group.length
    let n = 0
    for (const d of [...group, ...Array(missing).fill(84)]) n = n * 85 + d
    out.push(...[(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].slice(0, 4 - missing))
  }
  return Uint8Array.from(out)
}

/** A text string of the document's own (its title): UTF-16 with a byte-order mark, UTF-8 with one, else PDFDocEncoding. */
export function pdfText(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3))
  return latin1(bytes).replace(/[\x80-\x9f]/g, (c) => PDF_DOC_HIGH[c.charCodeAt(0) - 0x80] ?? '')
}

const PDF_DOC_HIGH = '•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž'
