import { describe, expect, it } from 'vitest'
import { type ArticleFeatures, contentTokens, FeatureSpace, LAST_YEAR_AFTER, mentionedMonthDays, stem, TOKEN, tokenize } from './features'

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
  it('reads a name written with and without its accents as one', () => {
    expect(contentTokens('On Tuesday, Biden and Erdoğan met; Vučić and Çavuşoğlu spoke.')).toEqual(contentTokens('On Tuesday, Biden and Erdogan met; Vucic and Cavusoglu spoke.'))
  })
})

describe('articleFeatures', () => {
  it('weighs names, two-word names and the days mentioned', () => {
    const f = featureCounts(['Sergey Lavrov met Antony Blinken in Geneva on January 21. The talks in Geneva were frank.'])[0]
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
    // A live blog's time stamp under a paragraph that ends on a month is no day of it.
    ['delegations from both countries in October.\n\n18:15\n\nCanada', []],
    ['in October 18:15 GMT', []],
    // A day counted from a feast's.
    ['The ceremony took place on the day after Christmas, on Christmas Day itself none.', ['12-26', '12-25']],
    ['the day before New Year talks broke down', ['12-31']],
  ])('mentionedMonthDays(%s)', (text, want) => expect(mentionedMonthDays(text)).toEqual(want))
})

describe('FeatureSpace', () => {
  it('gives each feature one id, in the order first seen, whatever was read before', () => {
    const random = (() => {
      let state = 3
      return (n: number): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) >> 8) % n
    })()
    const vocabulary = ['Lavrov', 'Blinken', 'Geneva', 'Russian', 'talks', 'talk', 'the', 'met', 'January', '21', 'Nov.', 'ceasefire', 'Kalin’s', 'U.S.', 'Constructor']
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + random(30) }, () => vocabulary[random(vocabulary.length)] + ['', ' ', '. ', ', ', '\n'][random(5)]).join(' '),
    )
    const space = new FeatureSpace()
    let seen = 0
    for (const text of texts) {
      const features = space.read(text)
      // New features get the next ids, in the order this text shows them.
      for (const id of features.ids) if (id >= seen) expect(id).toBe(seen++)
      expect(space.names.length).toBe(seen)
      expect(named(features, space)).toEqual(featureCounts([text])[0])
    }
    expect(new Set(space.names).size).toBe(space.names.length)
  })
})

/** Each text's features by name, read through one FeatureSpace. */
function featureCounts(texts: string[]): Map<string, number>[] {
  const space = new FeatureSpace()
  return texts.map((text) => named(space.read(text), space))
}

function named(features: ArticleFeatures, space: FeatureSpace): Map<string, number> {
  return new Map(Array.from(features.ids, (id, k) => [space.names[id], features.counts[k]]))
}

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

describe('LAST_YEAR_AFTER', () => {
  it.each([
    [' last year', true],
    [', a year earlier', true],
    // A span's end before it: "docked at Simon's Town from December 6 to 8 last year".
    [' to 8 last year', true],
    ['-8 last year', true],
    [' this year', false],
    [' to 8 and left', false],
  ])('after a day, %j is last year: %s', (after, want) => expect(LAST_YEAR_AFTER.test(after)).toBe(want))
})
