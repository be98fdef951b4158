import { describe, expect, it } from 'vitest'
import { quotedWords } from './title'

describe('quotedWords', () => {
  it('takes the quotations, not the reporter’s words between a short one and the next', () => {
    const sentence = 'Foreign Minister Sergei Lavrov said on Sunday that the conference had been "very useful" but described it as "a small step forward", adding that the Libyan parties had yet to agree a serious, stable dialogue.'
    expect(quotedWords(sentence, null)).toBe('a small step forward')
  })

  it('joins the quotations of a sentence in curly marks', () => {
    expect(quotedWords('“We will not accept endless talks,” Lavrov said, adding that “the ball is in their court now”.', null)).toBe('We will not accept endless talks … the ball is in their court now')
  })
})
