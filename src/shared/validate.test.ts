import { describe, expect, it } from 'vitest'
import { arrayOf, check, checkArgs, isChannel, nul, objectOf, str, union } from './validate'

describe('check', () => {
  const cases: [string, Parameters<typeof check>[0], unknown, string | null][] = [
    ['string ok', str(5), 'abc', null],
    ['string too long', str(2), 'abc', 'value is too long'],
    ['string pattern', str(10, /^a/), 'ba', 'value has an invalid format'],
    ['not a string', str(), 3, 'value must be a string'],
    ['array item', arrayOf(str()), ['a', 1], 'value[1] must be a string'],
    ['array too long', arrayOf(str(), 1), ['a', 'b'], 'value has too many items'],
    ['unknown key', objectOf({ a: str() }), { a: 'x', b: 1 }, 'value.b is not allowed'],
    ['missing required', objectOf({ a: str() }, ['a']), {}, 'value.a is required'],
    ['union null', union(str(), nul), null, null],
    ['union neither', union(str(), nul), 1, 'value must be a string'],
    ['class instance is not a plain object', objectOf({}), new Date(0), 'value must be a plain object'],
    ['array is not an object', objectOf({}), [], 'value must be an object'],
  ]
  it.each(cases)('%s', (_name, schema, value, expected) => {
    expect(check(schema, value)).toBe(expected)
  })

  it('does not treat inherited keys as allowed properties', () => {
    expect(check(objectOf({}), JSON.parse('{"__proto__": 1}'))).toBe('value.__proto__ is not allowed')
    expect(check(objectOf({}), { toString: 'x' })).toBe('value.toString is not allowed')
  })
})

describe('checkArgs', () => {
  it('accepts the contract shapes', () => {
    expect(checkArgs('openFolder', ['/tmp/x'])).toBeNull()
    expect(checkArgs('cancelLoad', [])).toBeNull()
    expect(checkArgs('exportTimeline', [{ format: 'png', width: 2400, range: { start: '2021-12-01', end: '2021-12-31' } }])).toBeNull()
    expect(checkArgs('updateSettings', [{ theme: 'dark', lastFolder: null }])).toBeNull()
    expect(checkArgs('saveFile', [{ fileName: 'timeline.png', mimeType: 'image/png', base64: 'iVBORw0KGgo=' }])).toBeNull()
  })

  it('rejects wrong arity, types and values', () => {
    expect(checkArgs('openFolder', [])).toMatch(/expected 1 argument/)
    expect(checkArgs('openFolder', ['/a', '/b'])).toMatch(/expected 1 argument/)
    expect(checkArgs('openFolder', [{ path: '/a' }])).toMatch(/must be a string/)
    expect(checkArgs('openFolder', 'not an array')).toMatch(/must be an array/)
    expect(checkArgs('exportTimeline', [{ format: 'exe' }])).toMatch(/must be one of/)
    expect(checkArgs('exportTimeline', [{}])).toMatch(/format is required/)
    expect(checkArgs('updateSettings', [{ theme: 'dark', evil: true }])).toMatch(/evil is not allowed/)
    expect(checkArgs('updateSettings', [{ window: { width: 10, height: 300, maximized: false } }])).toMatch(/>= 400/)
    expect(checkArgs('saveFile', [{ fileName: '../../.bashrc', mimeType: 'text/plain', base64: '' }])).toMatch(/invalid format/)
  })

  it('only lets http(s) addresses reach openExternal', () => {
    expect(checkArgs('openExternal', ['https://example.org/a'])).toBeNull()
    expect(checkArgs('openExternal', ['file:///etc/passwd'])).toMatch(/invalid format/)
    expect(checkArgs('openExternal', ['javascript:alert(1)'])).toMatch(/invalid format/)
  })

  it('checks item corrections', () => {
    expect(checkArgs('correctItem', [{ itemId: 'i1', start: '2022-01-10', speaker: null, hidden: false }])).toBeNull()
    expect(checkArgs('correctItem', [{ title: 'no id' }])).toMatch(/itemId is required/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', start: 'next week' }])).toMatch(/invalid format/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', sources: [] }])).toMatch(/sources is not allowed/)
    expect(checkArgs('clearCorrection', [null])).toBeNull()
    expect(checkArgs('clearCorrection', [])).toMatch(/expected 1 argument/)
  })

  it('checks merges and splits and refuses hostile ones', () => {
    expect(checkArgs('correctItem', [{ itemId: 'i1', mergeInto: 'i2' }])).toBeNull()
    expect(checkArgs('correctItem', [{ itemId: 'i1', split: [['a1', 'a2'], ['a3']] }])).toBeNull()
    expect(checkArgs('correctItem', [{ itemId: 'i1', mergeInto: null }])).toMatch(/mergeInto must be a string/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', mergeInto: { toString: 'i2' } }])).toMatch(/mergeInto must be a string/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', mergeInto: 'x'.repeat(201) }])).toMatch(/mergeInto is too long/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', split: ['a1'] }])).toMatch(/split\[0\] must be an array/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', split: [[]] }])).toMatch(/split\[0\] has too few items/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', split: [['a1', 7]] }])).toMatch(/split\[0\]\[1\] must be a string/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', split: [['a1']], mergeInto: 'i2', extra: 1 }])).toMatch(/extra is not allowed/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', split: Array.from({ length: 501 }, () => ['a1']) }])).toMatch(/split has too many items/)
    expect(checkArgs('correctItem', [{ itemId: 'i1', split: [Array.from({ length: 10_001 }, () => 'a1')] }])).toMatch(/split\[0\] has too many items/)
    expect(checkArgs('correctItem', [JSON.parse('{"itemId":"i1","__proto__":{"mergeInto":"i2"}}')])).toMatch(/__proto__ is not allowed/)
  })

  it('knows the channels', () => {
    expect(isChannel('openFolder')).toBe(true)
    expect(isChannel('constructor')).toBe(false)
    expect(isChannel('toString')).toBe(false)
  })
})
