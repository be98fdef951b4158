// gazetteerHits walks the text by character and skips words no alias can begin with: it must find what
// the regex scan it replaced finds, on real articles and on random capitalised text, accented or not.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadFolder } from '../load'
import { gazetteerHits, gazetteerIndex } from './index'

const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F\\u0391-\\u03A9\\u0400-\\u042F'
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF'

/** The regex scan: each capitalised word looked up by itself, and again without its accents when it has some. */
function reference(text: string): { offset: number; text: string }[] {
  const word = new RegExp(`[${UPPER}][${LETTER}]*`, 'g')
  const letterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
  const aliasIn = (source: string, at: number, first: string): string | undefined =>
    (gazetteerIndex().get(first) ?? []).find((alias) => {
      if (!source.startsWith(alias, at)) return false
      const next = source[at + alias.length] ?? ''
      return !(letterOrDigit(next) || (next === '-' && /\p{L}/u.test(source[at + alias.length + 1] ?? '') && !/^-(?:based|brokered|backed|led)\b/.test(source.slice(at + alias.length, at + alias.length + 12))))
    })
  const out: { offset: number; text: string }[] = []
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const at = m.index
    if (at > 0 && letterOrDigit(text[at - 1])) continue
    const around = text.slice(Math.max(0, at - 30), at + m[0].length + 60)
    const folded = around.normalize('NFD').replace(/\p{M}/gu, '')
    const foldAt = at - Math.max(0, at - 30)
    const alias = aliasIn(text, at, m[0]) ?? (/[^\x00-\x7f]/.test(m[0]) && folded.length === around.length ? aliasIn(folded, foldAt, folded.slice(foldAt, foldAt + m[0].length)) : undefined)
    if (!alias) continue
    out.push({ offset: at, text: text.slice(at, at + alias.length) })
    word.lastIndex = at + alias.length
  }
  return out
}

const found = (text: string) => gazetteerHits(text).map((g) => ({ offset: g.offset, text: g.text }))

describe('gazetteerHits', () => {
  it('finds what the regex scan finds in random capitalised text', () => {
    const pieces = ['Russia', 'Russian', 'United States', 'United', 'US', 'U.S.', 'UK', 'New York', 'New', 'Kyiv', 'NATO', 'Nato-Russia Council', 'Moscow-based', 'EU-led',
      'Élysée', 'Kremlin', 'the', 'said', ' ', ' ', '-', '’s', '9', 'x', 'É', 'Ж', 'Αθήνα', '×', 'Security Council', 'UN Security Council', 'A', 'I', 'St. Petersburg']
    let seed = 11
    const next = (n: number): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n)
    for (let run = 0; run < 3000; run++) {
      const text = Array.from({ length: next(12) }, () => pieces[next(pieces.length)]).join(next(2) ? ' ' : '')
      expect(found(text), text).toEqual(reference(text))
    }
  })

  const repo = resolve(import.meta.dirname, '../../..')
  const mixed = resolve(repo, '../shared/corpora/dev/_mixed')
  it.each([join(repo, 'seeds'), ...(existsSync(mixed) ? [mixed] : [])])('finds what the regex scan finds in the articles of %s', async (folder) => {
    const texts = (await loadFolder(folder)).documents.map((d) => d.text)
    expect(texts.length).toBeGreaterThan(3)
    for (const text of texts) expect(found(text)).toEqual(reference(text))
  })
})
