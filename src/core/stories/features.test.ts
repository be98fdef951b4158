import { describe, expect, it } from 'vitest'
import { articleFeatures, contentTokens, mentionedMonthDays, stem, TOKEN, tokenize } from './features'

describe('stem', () => {
  it.each([
    ['signed', 'sign'],
    ['signing', 'sign'],
    ['denied', 'deny'],
    ['ceremonies', 'ceremony'],
    ['approaches', 'approach'],
    ['agreed', 'agree'],
    ['agree', 'agree'],
    ['freed', 'free'],
    ['king', 'king'],
  ])('%s -> %s', (word, want) => expect(stem(word)).toBe(want))
})

describe('contentTokens', () => {
  it('keeps names, content words, numbers and months; drops function words and reporting verbs', () => {
    expect(contentTokens('Russian troops said on 12 January that 10,000 soldiers may return, Lavrov’s office told reporters.')).toEqual(
      ['russia', 'troop', '12', 'month1', '10000', 'soldier', 'return', 'lavrov', 'office', 'reporter'],
    )
  })
  it('folds the two spellings of one report together', () => {
    const a = new Set(contentTokens('Russia and Ukraine signed the agreements in Istanbul.'))
    const b = contentTokens('Russian and Ukrainian delegations are signing an agreement in Istanbul')
    expect(b.filter((t) => a.has(t)).sort()).toEqual(['agreement', 'istanbul', 'russia', 'sign', 'ukraine'])
  })
})

describe('articleFeatures', () => {
  it('weighs names, two-word names and the days mentioned', () => {
    const f = articleFeatures('Sergey Lavrov met Antony Blinken in Geneva on January 21. The talks in Geneva were frank.').counts
    expect(f.get('n:geneva')).toBe(2)
    expect(f.get('n2:sergey_lavrov')).toBe(1)
    expect(f.get('md:01-21')).toBe(1)
    expect(f.get('w:talk')).toBe(1)
    // A capitalised ordinary word opening a sentence is not a name.
    expect(f.has('n:the')).toBe(false)
  })
  it.each([
    ['talks to resume on November 29 in Vienna', ['11-29']],
    ['on 29 November and Nov. 3', ['11-29', '11-03']],
    ['it may 5 times', []],
    ['in 2021', []],
  ])('mentionedMonthDays(%s)', (text, want) => expect(mentionedMonthDays(text)).toEqual(want))
})

describe('tokenize', () => {
  it('finds exactly the tokens of the TOKEN regex', () => {
    const texts = [
      "U.S. officials' talks -- Russia’s 10,000-strong army, e-mail.. a-b- 'x' Ж٣😀 𝐀b \ud800 é\u0301 x_y !?",
      'Lavrov said.\nBlinken (AP) — “No.” 3rd. Mr. Kalin’s … ’s end-',
    ]
    let state = 7
    const alphabet = ['a', 'B', '1', "'", '’', '.', '-', ' ', '\n', 'é', '😀', '\ud800', '\udc00', ',', '\u0301']
    for (let t = 0; t < 2000; t++) {
      let s = ''
      for (let k = 0; k < 10; k++) s += alphabet[(state = (state * 1103515245 + 12345) % 2147483648) % alphabet.length]
      texts.push(s)
    }
    for (const text of texts) expect(tokenize(text)).toEqual(text.match(TOKEN) ?? [])
  })
})
