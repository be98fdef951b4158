import { describe, expect, it } from 'vitest'
import { splitSentences } from './index'

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
