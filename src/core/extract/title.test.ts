import { describe, expect, it } from 'vitest'
import { eventTitle, quotedWords } from './title'

describe('quotedWords', () => {
  it('takes the quotations, not the reporter’s words between a short one and the next', () => {
    const sentence = 'Foreign Minister Sergei Lavrov said on Sunday that the conference had been "very useful" but described it as "a small step forward", adding that the Libyan parties had yet to agree a serious, stable dialogue.'
    expect(quotedWords(sentence, null)).toBe('a small step forward')
  })

  it('joins the quotations of a sentence in curly marks', () => {
    expect(quotedWords('“We will not accept endless talks,” Lavrov said, adding that “the ball is in their court now”.', null)).toBe('We will not accept endless talks … the ball is in their court now')
  })
})

describe('eventTitle', () => {
  it('drops a closing report of who said so', () => {
    expect(eventTitle('Stoltenberg called a meeting of the NATO-Russia Council for January 12, an official said on Monday.', null)).toBe('Stoltenberg called a meeting of the NATO-Russia Council for January 12')
  })

  it('keeps a report followed by what was said, and the setting before it', () => {
    expect(eventTitle('In Berlin, the Foreign Office said the ambassador had been summoned on Monday.', null)).toBe('In Berlin, the Foreign Office said the ambassador had been summoned on Monday.')
  })

  it('drops a live page\'s flag', () => {
    expect(eventTitle('Breaking: The government has raised the tariff on goods from Serbia to 100 percent.', null)).toBe('The government has raised the tariff on goods from Serbia to 100 percent.')
  })
})
