// The stored timeline's encoding. V8's serialization writes every string and every property name in
// full: a 10,000-article timeline has 28.6 M characters of strings of which 5.7 M are distinct (sources
// quote the same sentences, articles share furniture), was 62 MB and took longer to deserialize than
// the rest of a reopen. Here each distinct string is stored once, each object's keys once per shape,
// and the values are a stream of 32-bit words read in place, without parsing.
//
// Layout, in native byte order (the cache never leaves the machine; the magic word catches another):
//   Int32 words: header, each string's length (UTF-16 units; ~length for a two-byte string), the shapes
//   (key count, then key string indices), the value stream; padding to 8 bytes; Float64 numbers that are
//   no small integers; the one-byte strings in Latin-1, one after another; the others in UTF-16. Both
//   read back as one copy each, where UTF-8 would be decoded character by character and make every
//   string two-byte.
// A value's word is its tag in the low 4 bits and its payload above (a string's or shape's index, an
// array's length, a small integer).

const MAGIC = 0x4e54_4334
const HEADER_WORDS = 7
const TAG_BITS = 4
const SMALL_INT = 1 << (31 - TAG_BITS)

const Tag = { Null: 0, Undefined: 1, False: 2, True: 3, Int: 4, Double: 5, String: 6, Array: 7, Object: 8 } as const
type Tag = (typeof Tag)[keyof typeof Tag]

/** A plain value (null, booleans, numbers, strings, arrays, plain objects) as bytes; throws on anything else. */
export function encodeValue(value: unknown): Buffer {
  const strings = new Map<string, number>()
  const shapes = new Map<string, number>()
  const shapeWords: number[] = []
  const stream = new Words()
  const doubles: number[] = []
  const stringIndex = (text: string): number => {
    let index = strings.get(text)
    if (index === undefined) strings.set(text, (index = strings.size))
    return index
  }
  const shapeIndex = (keys: string[]): number => {
    const signature = JSON.stringify(keys)
    let index = shapes.get(signature)
    if (index === undefined) {
      shapes.set(signature, (index = shapes.size))
      shapeWords.push(keys.length, ...keys.map(stringIndex))
    }
    return index
  }
  const write = (v: unknown): void => {
    if (v === null) stream.push(Tag.Null)
    else if (v === undefined) stream.push(Tag.Undefined)
    else if (typeof v === 'boolean') stream.push(v ? Tag.True : Tag.False)
    else if (typeof v === 'number') {
      if (Number.isInteger(v) && v >= -SMALL_INT && v < SMALL_INT && !Object.is(v, -0)) stream.push(word(Tag.Int, v))
      else stream.push(word(Tag.Double, doubles.push(v) - 1))
    } else if (typeof v === 'string') stream.push(word(Tag.String, stringIndex(v)))
    else if (Array.isArray(v)) {
      stream.push(word(Tag.Array, v.length))
      for (const element of v) write(element)
    } else if (isPlainObject(v)) {
      const keys = Object.keys(v)
      stream.push(word(Tag.Object, shapeIndex(keys)))
      for (const key of keys) write(v[key])
    } else throw new TypeError(`encodeValue: not a plain value (${typeof v})`)
  }
  write(value)

  const table = [...strings.keys()]
  const oneByte = table.map(isOneByte)
  const latin1 = Buffer.from(table.filter((_, i) => oneByte[i]).join(''), 'latin1')
  const utf16 = Buffer.from(table.filter((_, i) => !oneByte[i]).join(''), 'utf16le')
  const text = Buffer.concat([latin1, utf16])
  const header = [MAGIC, strings.size, shapeWords.length, stream.length, doubles.length, latin1.length, utf16.length]
  const intWords = HEADER_WORDS + table.length + shapeWords.length + stream.length
  const doublesAt = align8(intWords * 4)
  const bytes = Buffer.from(new ArrayBuffer(doublesAt + doubles.length * 8 + text.length))
  const ints = new Int32Array(bytes.buffer, 0, intWords)
  ints.set(header, 0)
  ints.set(table.map((s, i) => (oneByte[i] ? s.length : ~s.length)), HEADER_WORDS)
  ints.set(shapeWords, HEADER_WORDS + table.length)
  ints.set(stream.words(), HEADER_WORDS + table.length + shapeWords.length)
  new Float64Array(bytes.buffer, doublesAt, doubles.length).set(doubles)
  text.copy(bytes, doublesAt + doubles.length * 8)
  return bytes
}

/** encodeValue's bytes as the value again; throws when they are not such bytes (cut, damaged, another format). */
export function decodeValue(input: Uint8Array): unknown {
  // Typed arrays over the bytes need them aligned; a transferred or file buffer starts at offset 0.
  const bytes = input.byteOffset % 8 === 0 ? input : new Uint8Array(input)
  if (bytes.length < HEADER_WORDS * 4) throw new RangeError('decodeValue: too short')
  const [magic, stringCount, shapeWords, streamLength, doubleCount, latin1Bytes, utf16Bytes] = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS)
  const textBytes = latin1Bytes + utf16Bytes
  const intWords = HEADER_WORDS + stringCount + shapeWords + streamLength
  const doublesAt = align8(intWords * 4)
  if (magic !== MAGIC || Math.min(stringCount, shapeWords, streamLength, doubleCount, latin1Bytes, utf16Bytes) < 0 || utf16Bytes % 2 || doublesAt + doubleCount * 8 + textBytes !== bytes.length)
    throw new RangeError('decodeValue: not an encoded value')
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, intWords)
  const doubles = new Float64Array(bytes.buffer, bytes.byteOffset + doublesAt, doubleCount)
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + doublesAt + doubleCount * 8, textBytes)
  const strings = splitStrings(text.toString('latin1', 0, latin1Bytes), text.toString('utf16le', latin1Bytes), ints.subarray(HEADER_WORDS, HEADER_WORDS + stringCount))
  const shapes = readShapes(ints.subarray(HEADER_WORDS + stringCount, HEADER_WORDS + stringCount + shapeWords), strings)

  let at = HEADER_WORDS + stringCount + shapeWords
  const read = (): unknown => {
    if (at >= intWords) throw new RangeError('decodeValue: the stream ends early')
    const w = ints[at++]
    const payload = w >> TAG_BITS
    switch (w & ((1 << TAG_BITS) - 1)) {
      case Tag.Null:
        return null
      case Tag.Undefined:
        return undefined
      case Tag.False:
        return false
      case Tag.True:
        return true
      case Tag.Int:
        return payload
      case Tag.Double:
        return checked(doubles, payload)
      case Tag.String:
        return checked(strings, payload)
      case Tag.Array: {
        if (payload < 0 || payload > intWords - at) throw new RangeError('decodeValue: bad array length')
        const array = new Array<unknown>(payload)
        for (let i = 0; i < payload; i++) array[i] = read()
        return array
      }
      case Tag.Object: {
        const keys = checked(shapes, payload)
        const object: Record<string, unknown> = {}
        for (const key of keys) {
          const value = read()
          if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
          else object[key] = value
        }
        return object
      }
      default:
        throw new RangeError('decodeValue: bad tag')
    }
  }
  const value = read()
  if (at !== intWords) throw new RangeError('decodeValue: bytes after the value')
  return value
}

/** An Int32 stream that grows by doubling. */
class Words {
  private buffer = new Int32Array(1 << 16)
  length = 0
  push(w: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2)
      grown.set(this.buffer)
      this.buffer = grown
    }
    this.buffer[this.length++] = w
  }
  words(): Int32Array {
    return this.buffer.subarray(0, this.length)
  }
}

const word = (tag: Tag, payload: number): number => (payload << TAG_BITS) | tag
const align8 = (n: number): number => (n + 7) & ~7

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function checked<T>(list: ArrayLike<T>, index: number): T {
  if (index < 0 || index >= list.length) throw new RangeError('decodeValue: index out of range')
  return list[index]
}

const isOneByte = (text: string): boolean => /^[\0-\xff]*$/.test(text)

/** The strings, in table order, out of the one-byte and the two-byte ones laid end to end. */
function splitStrings(oneByte: string, twoByte: string, lengths: Int32Array): string[] {
  const strings = new Array<string>(lengths.length)
  let one = 0
  let two = 0
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]
    strings[i] = length >= 0 ? oneByte.slice(one, (one += length)) : twoByte.slice(two, (two += ~length))
  }
  if (one !== oneByte.length || two !== twoByte.length) throw new RangeError('decodeValue: the strings do not add up')
  return strings
}

function readShapes(words: Int32Array, strings: readonly string[]): string[][] {
  const shapes: string[][] = []
  for (let at = 0; at < words.length; ) {
    const count = words[at++]
    if (count < 0 || count > words.length - at) throw new RangeError('decodeValue: bad shape')
    shapes.push(Array.from(words.subarray(at, (at += count)), (index) => checked(strings, index)))
  }
  return shapes
}
