// scanDates tries each parser only at the word starts its `starts` allow: it must find exactly what
// every parser's global pattern finds over the whole text, on real articles and on odd spellings.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadFolder } from '../load'
import { dateHints, datePatterns, lastWordsFrom, scanDates } from './index'

const repo = resolve(import.meta.dirname, '../../..')
const mixed = resolve(repo, '../shared/corpora/dev/_mixed')
const folders: [string, string][] = [['seeds', join(repo, 'seeds')], ...(existsSync(mixed) ? [['dev/_mixed', mixed] as [string, string]] : [])]

/** Every parser's global pattern over the whole text, by offset, then parser. */
function everyPattern(text: string): { rank: number; index: number; phrase: string }[] {
  const out: { rank: number; index: number; phrase: string }[] = []
  datePatterns().forEach((pattern, rank) => {
    for (const m of text.matchAll(pattern)) out.push({ rank, index: m.index, phrase: m[0] })
  })
  return out.sort((a, b) => a.index - b.index || a.rank - b.rank)
}

function scanned(text: string): { rank: number; index: number; phrase: string }[] {
  return scanDates(text).map((c) => ({ rank: c.rank, index: c.match.index, phrase: c.match[0] }))
}

const ODD = [
  'Talks resume midJanuary, injanuary or EARLYFEB 2022; mid-March 2021 and earlierthis month, latein the month.',
  'On Monday, 3 January 2022, the 5th of May, 12/27/2021, 27.12.2021 and 2021/12/27 and 2022-01-12.',
  'a few days ago, an hour later, two weeks earlier, within 10 days, in 3 months, one year later.',
  'THE SAME DAY, the day before, at the time, that day, the following day, A DAY LATER, the next morning, The Previous Evening.',
  'That Evening, later that day, HOURS LATER, that night, that same evening, The Same Night.',
  'the day before yesterday, THE DAY AFTER TOMORROW, the day before, the day after.',
  'Last weekend, over the weekend, this spring, the fall of Kabul, in the summer of 2014, next winter, in the second half of 2024, the first half of next year, halfway.',
  'the week before, earlier this week, past week, previous month, at the end of this month, late last year.',
  'right after the New Year holidays end, immediately after Russia’s holidays, soon after the holidays.',
  'before Ramadan, AFTER EID AL-FITR, the holy month of Ramadan, Tariq Ramadan, Eid Mubarak, during Eid al-Adha, Reid, eider.',
  'yesterday, today, the today show, tonight, tomorrow, this morning, last night; Jan. 21-23, 21-23 January 2022.',
  // Words that share their first two or three letters with a start: "the"/"they"/"thursday", "to"/"today", "sep"/"second".
  'They met on Thursday; THIS THURSDAY the third, then three days later, Tonight To day tomorrow; seconds before Sept 3, Sep. 4.',
  'On Thursday and Friday, from SUNDAY TO Wednesday, between monday and tuesdays, Monday-Tuesday, this friday until Sunday.',
  'within a week, with them, wintertime, the winter of 2022, for four days; an ant, and a day later; mid-May, midst, Middle East.',
  'x2022-01-12 _January 5 January_5 Ｊanuary 5 İn January, ſeptember 3, naïve Monday3 Monday_ 1st May',
  '',
]

describe('scanDates', () => {
  it.each(ODD)('finds what every pattern finds in %j', (text) => {
    expect(scanned(text)).toEqual(everyPattern(text))
  })

  it('keeps a parser out of a text without its hint, as before', () => {
    // "injanuary" has no word boundary before the month: no hint, so no month parser runs at all.
    expect(everyPattern('Talks resume injanuary.').length).toBeGreaterThan(0)
    expect(scanned('Talks resume injanuary.')).toEqual([])
    expect(scanned('Talks resume injanuary, on 5 May.').map((c) => c.phrase)).toEqual(['injanuary', '5 May.'])
  })

  describe.each(folders)('on the articles of %s', (_name, folder) => {
    let texts: string[] = []
    beforeAll(async () => {
      texts = (await loadFolder(folder)).documents.map((d) => d.text)
    })

    it('finds what every pattern finds in each article', () => {
      expect(texts.length).toBeGreaterThan(3)
      const differing = texts.filter((t) => JSON.stringify(scanned(t)) !== JSON.stringify(everyPattern(t)))
      expect(differing).toEqual([])
    })
  })
})

// The hints as they were written for the lower-cased text; `dateHints` reads the text itself, case-blind.
const MONTH_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/
const LOWER_CASE_HINTS = [
  /\d{4}-\d\d-\d\d/, /\d[./]\d/, MONTH_HINT, MONTH_HINT, MONTH_HINT, MONTH_HINT, MONTH_HINT, MONTH_HINT, MONTH_HINT, MONTH_HINT, MONTH_HINT, /day\b/, /day\b/, /day\b/,
  /yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|overnight/, /week/, /spring|summer|autumn|fall|winter/, /end of/, /week of/, /weekend/,
  /coming|recent|next few|past few|last few/, /month/, /year/, /\bhalf\b/, /(?:19|20)\d\d/, /day|week|fortnight|month|year/, /\bafter\b/, /\bday\b|the time|\b(?:previous|next|following)\s+(?:morning|afternoon|evening|night)\b/, /\b(?:that (?:same )?(?:evening|night|morning|afternoon)|the same (?:evening|night|morning|afternoon)|later that day|hours later)\b/, /christmas|new year|boxing day/, /\b(?:after|before)\s+(?:christmas|new year|boxing day|may day|valentine|bastille day|armistice day)/, /holiday/, /ramadan|\beid\b/,
  /\d|day|week|fortnight|month|year|tonight|overnight|tomorrow|holiday|christmas|ramadan|\beid\b|time|evening|night|morning|afternoon|hours later|spring|summer|autumn|fall|winter|coming|recent|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/,
]

describe('dateHints', () => {
  const CASES = [
    ...ODD, 'MARİ 5', 'Marİ', 'DAYİ', 'the dayİ', 'İday', 'janİ', 'WEE\u212A', 'wee\u212Aend', 'WOR\u212AING DAY', 'SPRİNG', 'Tİme', 'MARCH', 'Last Night',
    'This Morning', 'CHRISTMAS DAY', 'Christmas Eve', 'the day AFTER CHRISTMAS', 'New Year', 'boxing Day', 'THE TIME', 'Sepember', 'ſeptember', 'Ｊanuary', 'SuMMer', 'no date words here at all',
  ]
  it.each(CASES)('reads %j as each lower-case hint reads its lower case', (text) => {
    const hints = dateHints()
    expect(hints.length).toBe(LOWER_CASE_HINTS.length)
    expect(hints.map((hint) => hint(text))).toEqual(LOWER_CASE_HINTS.map((hint) => hint.test(text.toLowerCase())))
  })

  describe.each(folders)('on the articles of %s', (_name, folder) => {
    it('agrees with the lower-case hints on every article', async () => {
      const texts = (await loadFolder(folder)).documents.map((d) => d.text)
      const hints = dateHints()
      for (const text of texts) expect(hints.map((hint) => hint(text))).toEqual(LOWER_CASE_HINTS.map((hint) => hint.test(text.toLowerCase())))
    })
  })
})

describe('lastWordsFrom', () => {
  const SPACES = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
  const texts = ['', ' ', 'one', 'one two', '  leading and trailing  ', 'a b c d e f g h', `x${SPACES}y z`, ...[...SPACES].map((c) => `will${c}be signed${c}${c}on`)]

  it.each(texts)('gives the last pieces of split(/\\s+/) in %j', (text) => {
    for (const count of [1, 2, 5]) {
      const tail = text.slice(lastWordsFrom(text, count))
      expect(tail.split(/\s+/)).toEqual(text.split(/\s+/).slice(-count))
    }
  })
})
