import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { timelineFromFolder } from '..'
import { decodeValue, encodeValue } from './codec'

const seeds = resolve(import.meta.dirname, '../../../seeds')

const roundTrip = (value: unknown): unknown => decodeValue(encodeValue(value))

describe('encodeValue / decodeValue', () => {
  it('gives back a timeline with the same values in the same key order', async () => {
    const timeline = await timelineFromFolder(seeds)
    const back = roundTrip(timeline)
    expect(back).toStrictEqual(timeline)
    expect(JSON.stringify(back)).toBe(JSON.stringify(timeline))
  })

  it('keeps every kind of plain value', () => {
    const value = {
      text: ['', 'plain', 'curly “quotes” and é', 'astral 😀 pair', 'a\u0000b', 'plain'],
      numbers: [0, -1, 7, 2 ** 27 - 1, -(2 ** 27), 2 ** 27, -(2 ** 40), 0.5, -0, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE],
      flags: [true, false, null],
      missing: undefined,
      nested: [[[]], {}, [{ a: 1 }, { a: 2, b: [3] }, { b: 4, a: 5 }]],
      '12': 'integer-like key',
      '': 'empty key',
    }
    const back = roundTrip(value) as typeof value
    expect(back).toStrictEqual(value)
    expect(Object.keys(back.nested[2] as object[])).toEqual(Object.keys(value.nested[2]))
    expect(Object.is(back.numbers[8], -0)).toBe(true)
    expect('missing' in back).toBe(true)
  })

  it('keeps a "__proto__" key as a key, not as the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>
    const back = roundTrip(value) as Record<string, unknown>
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(Object.keys(back)).toEqual(['__proto__', 'a'])
    expect(back).toStrictEqual(value)
  })

  it('keeps one-byte and two-byte strings apart and in order', () => {
    const value = ['ascii', 'curly “quote”', 'café', '', 'naïve résumé', 'emoji 😀', 'ascii again', '\u00ff\u0100']
    expect(roundTrip(value)).toStrictEqual(value)
  })

  it('stores a repeated string once', () => {
    const sentence = 'The ministry said on Tuesday that the next round of talks would open in Vienna.'
    const once = encodeValue([sentence]).length
    expect(encodeValue(Array.from({ length: 100 }, () => sentence)).length).toBeLessThan(once + 100 * 4 + 8)
  })

  it('refuses values that are not plain', () => {
    for (const value of [new Map(), new Date(0), [new Set()], { f: () => 1 }, 1n, Symbol('s')]) expect(() => encodeValue(value)).toThrow(TypeError)
  })

  it('decodes bytes that do not start at an aligned offset', () => {
    const bytes = encodeValue({ a: [1, 0.25, 'x'] })
    const shifted = new Uint8Array(bytes.length + 1).subarray(1)
    shifted.set(bytes)
    expect(decodeValue(shifted)).toStrictEqual({ a: [1, 0.25, 'x'] })
  })

  it('throws on cut, lengthened or foreign bytes instead of answering a wrong value', () => {
    const bytes = encodeValue({ items: [{ id: 'i1', sources: [{ text: 'one' }, { text: 'two' }] }], n: 1.5 })
    for (let length = 0; length < bytes.length; length++) expect(() => decodeValue(bytes.subarray(0, length))).toThrow(RangeError)
    expect(() => decodeValue(Buffer.concat([bytes, Buffer.alloc(8)]))).toThrow(RangeError)
    expect(() => decodeValue(Buffer.alloc(bytes.length))).toThrow(RangeError)
    expect(() => decodeValue(Buffer.from(bytes).reverse())).toThrow(RangeError)
  })

  it('throws when the stream inside whole-length bytes is damaged', () => {
    const bytes = encodeValue([['a', 'b'], 'c'])
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, 7 + 3 + 0 + 5)
    // The outer array's length word (after the header and three string lengths): one element more than the stream holds.
    expect(words[7 + 3]).toBe((2 << 4) | 7)
    words[7 + 3] = (3 << 4) | 7
    expect(() => decodeValue(bytes)).toThrow(RangeError)
  })
})
