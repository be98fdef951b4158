import { describe, expect, it } from 'vitest'
import { shortcutFor, type KeyInput } from './shortcuts'

const key = (k: string, patch: Partial<KeyInput> = {}): KeyInput => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, inField: false, inSearch: false, inDialog: false, ...patch,
})

describe('shortcutFor', () => {
  it.each([
    ['j', 'next'], ['ArrowRight', 'next'], ['ArrowDown', 'next'],
    ['k', 'previous'], ['ArrowLeft', 'previous'],
    ['+', 'zoom-in'], ['=', 'zoom-in'], ['-', 'zoom-out'],
    ['0', 'fit'], ['f', 'fit'], ['/', 'search'], ['Escape', 'deselect'],
  ])('%s -> %s', (k, action) => {
    expect(shortcutFor(key(k))).toBe(action)
  })

  it('maps Ctrl and Cmd combinations, whatever the letter case', () => {
    expect(shortcutFor(key('o', { ctrlKey: true }))).toBe('open-folder')
    expect(shortcutFor(key('F', { metaKey: true }))).toBe('search')
    expect(shortcutFor(key('e', { ctrlKey: true }))).toBe('export')
    expect(shortcutFor(key('e', { ctrlKey: true, shiftKey: true }))).toBeNull()
    expect(shortcutFor(key('j', { ctrlKey: true }))).toBeNull()
  })

  it('leaves letters to text fields and dialogs, but Ctrl shortcuts still work there', () => {
    expect(shortcutFor(key('j', { inField: true }))).toBeNull()
    expect(shortcutFor(key('0', { inField: true }))).toBeNull()
    expect(shortcutFor(key('j', { inDialog: true }))).toBeNull()
    expect(shortcutFor(key('f', { ctrlKey: true, inField: true }))).toBe('search')
  })

  it('clears the search with Escape in the search field', () => {
    expect(shortcutFor(key('Escape', { inField: true, inSearch: true }))).toBe('clear-search')
  })

  it('ignores unmapped keys and Alt', () => {
    expect(shortcutFor(key('x'))).toBeNull()
    expect(shortcutFor(key('Enter'))).toBeNull()
    expect(shortcutFor(key('j', { altKey: true }))).toBeNull()
  })
})
