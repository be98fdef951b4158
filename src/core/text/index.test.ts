import { describe, expect, it } from 'vitest'
import { collapseSpaces, isSpace, maskQuotations, splitSentences } from './index'

const texts = (t: string) => splitSentences(t).map((s) => s.text)

describe('splitSentences', () => {
  it.each([
    ['Mr. Lavrov met Dr. Smith in Geneva. They talked.', ['Mr. Lavrov met Dr. Smith in Geneva.', 'They talked.']],
    ['Top U.S. and Russian diplomats met on Jan. 21 in Geneva. No deal was reached.', ['Top U.S. and Russian diplomats met on Jan. 21 in Geneva.', 'No deal was reached.']],
    ['Secretary Antony J. Blinken arrived. He spoke.', ['Secretary Antony J. Blinken arrived.', 'He spoke.']],
    ['Netanyahu departed Washington, D.C. on Wednesday morning. He flew home.', ['Netanyahu departed Washington, D.C. on Wednesday morning.', 'He flew home.']],
    ['“We have been clear. It will be met with a swift response.” Blinken said so. Then he left.', ['“We have been clear. It will be met with a swift response.”', 'Blinken said so.', 'Then he left.']],
    ['"I can\'t tell you. We will see," Lavrov said. He smiled.', ['"I can\'t tell you. We will see," Lavrov said.', 'He smiled.']],
    ['Russia-US talks to be held next month: Lavrov\nRussia’s foreign minister says talks are scheduled.', ['Russia-US talks to be held next month: Lavrov', 'Russia’s foreign minister says talks are scheduled.']],
    ['It costs 3.5 billion. Prices rose 2.5%.', ['It costs 3.5 billion.', 'Prices rose 2.5%.']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected)
  })
  it('keeps offsets into the text', () => {
    const text = 'First line\n\n  Second one. Third one.'
    for (const s of splitSentences(text)) expect(text.slice(s.offset, s.offset + s.length)).toBe(s.text)
  })
})

describe('white space', () => {
  it('isSpace is \\s', () => {
    const differing: string[] = []
    for (let code = 0; code < 0x10000; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code.toString(16))
    expect(differing).toEqual([])
  })
  it('collapseSpaces is slice then replace(/\\s+/g, " ") on random text', () => {
    const alphabet = ['a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\ufeff', '.', '“', '\ud83d\ude00']
    let seed = 7
    const next = (n: number): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n)
    for (let run = 0; run < 2000; run++) {
      const text = Array.from({ length: next(30) }, () => alphabet[next(alphabet.length)]).join('')
      const end = next(text.length + 5)
      expect(collapseSpaces(text, end)).toBe(text.slice(0, end).replace(/\s+/g, ' '))
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '))
    }
  })
})

describe('maskQuotations', () => {
  it('blanks closed quotations, and the rest of a sentence that opens a quotation it does not close', () => {
    expect(maskQuotations('“We agreed,” Lavrov said.')).toBe('“          ” Lavrov said.')
    expect(maskQuotations('“Bullets wrote our past.')).toBe('“                       ')
    expect(maskQuotations('He said "no" twice.')).toBe('He said "  " twice.')
  })
})
