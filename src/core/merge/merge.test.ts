import { describe, expect, it } from 'vitest'
import type { ExtractedItem } from '../types'
import { item } from './test-items'
import { type ArticleInfo, articleOrder, chooseDate, combine, figures } from './combine'
import { joinBySignatureWord, joinLeadAndQuote, joinSameDayRestatement, mergeItems } from './index'
import { ALIGN_FLOOR, mutualBestMatches, SHARED_BESIDES_SPEAKER } from './align'
import { candidatePairs, identicalWordings, PairList } from './candidates'
import { foldSayingEvents, isSayingEvent } from './passage'
import { compatibleSpeakers, contentSimilarity, datesAgree, dayBeforeTheirs, differentOwnDates, FLAT_CONTEXT, isCollective, isSameItem, sameOwnDate, sameSpeaker, sharedBesidesSpeaker, storyContext } from './same'

// Real sentences from the seeds (Lavrov, 27 December 2021) and the dev corpora.
const lavrovHolidaysNational = item({
  articleId: 'national',
  speaker: 'Sergey Lavrov',
  quote: 'It is with the US that we will carry out the main work of negotiations, which will take place immediately after the New Year holidays end',
  text: '“It is with the US that we will carry out the main work of negotiations, which will take place immediately after the New Year holidays end,” Russian Foreign Minister Sergey Lavrov said in an interview in Monday.',
})
const lavrovHolidaysFE = item({
  articleId: 'fe',
  speaker: 'Sergei Lavrov',
  quote: 'With the United States we will conduct most of the negotiations that will take place immediately after the New Year holidays',
  text: '“With the United States we will conduct most of the negotiations that will take place immediately after the New Year holidays,” Russian Foreign Minister Sergei Lavrov said in an interview on Monday.',
})
const lavrovHolidaysPressTV = item({
  articleId: 'presstv',
  speaker: 'Sergei Lavrov',
  text: "Sergei Lavrov said in an interview live-streamed on the Russian Foreign Ministry's website on Monday that the talks would take place immediately after Russia's New Year holidays.",
})
const lavrovEndlessNational = item({
  articleId: 'national',
  speaker: 'Sergey Lavrov',
  text: 'The Russia official said his country is not presenting the US with any “ultimatums” but also will not accept “endless” talks on its demands for legally binding pledges that would stop further Nato expansion.',
})
const lavrovEndlessBS = item({
  articleId: 'bs',
  speaker: 'Sergey Lavrov',
  quote: "It is important that our proposals aren't wound up in endless discussions",
  text: "It is important that our proposals aren't wound up in endless discussions, Lavrov said.",
})
const natoCouncilNational = item({
  articleId: 'national',
  type: 'event',
  start: '2022-01-12',
  text: 'Nato secretary-general Jens Stoltenberg has decided to convene a meeting of the Nato-Russia Council on January 12, a Nato official said on Saturday, adding that the bloc was in touch with Russia about the meeting.',
})
const natoCouncilFE = item({
  articleId: 'fe',
  type: 'event',
  start: '2022-01-12',
  text: 'On Saturday, a NATO official said that NATO Secretary-General Jens Stoltenberg had decided to call a meeting of the NATO-Russia Council on January 12, adding that the bloc was in contact with Russia about the meeting.',
})
const talksAfterHolidaysEvent = item({
  articleId: 'national',
  type: 'event',
  start: '2022-01-09',
  end: '2022-01-14',
  precision: 'week',
  text: 'Talks between Russia and the US on Moscow’s demand for western guarantees precluding Nato’s expansion into Ukraine will start immediately after the New Year holiday, Russia’s top diplomat announced on Monday.',
})
const euStatementGulf = item({
  articleId: 'gulf',
  speaker: 'European Union',
  start: '2021-11-01',
  text: 'Brussels: Nuclear talks between world powers and Tehran on reviving the Iran nuclear deal will resume in Vienna on November 29, the EU said in a statement on Monday.',
})
const euStatementNewArab = item({
  articleId: 'newarab',
  speaker: 'European Union',
  start: '2021-11-03',
  text: 'Nuclear talks between world powers and Tehran on reviving the Iran nuclear deal will resume in Vienna on November 29, the EU said in a statement Wednesday.',
})
const bagheriKani = item({
  articleId: 'peoplecn',
  speaker: 'Ali Bagheri Kani',
  start: '2021-11-03',
  text: "Ali Bagheri Kani, Iran's senior nuclear negotiator, said on Wednesday that the Vienna nuclear talks for the revival of the 2015 nuclear deal, formally known as the Joint Comprehensive Plan of Action (JCPOA), will resume on Nov. 29.",
})
const euStatementNewsAz = item({
  articleId: 'newsaz',
  speaker: 'European Union',
  start: '2021-11-03',
  text: 'Negotiations on getting the Iran nuclear deal back on track will resume on Nov. 29 in Vienna, the EU’s diplomatic service announced on Wednesday, News.Az reports citing Anadolu Agency.',
})
const lavrovGeneva = item({
  articleId: 'tass',
  speaker: 'Sergey Lavrov',
  start: '2022-01-21',
  text: 'Russian Foreign Minister Sergey Lavrov said on Friday his meeting with US Secretary of State Antony Blinken would help the US issue a response to Russia’s proposals on security guarantees.',
})
const blinkenGeneva = item({
  articleId: 'reuters',
  speaker: 'Antony Blinken',
  start: '2022-01-21',
  text: 'Blinken said the United States would share its ideas with Russia in writing next week and that the two sides would meet again.',
})

const all = [lavrovHolidaysNational, lavrovHolidaysFE, lavrovHolidaysPressTV, lavrovEndlessNational, lavrovEndlessBS, natoCouncilNational, natoCouncilFE, talksAfterHolidaysEvent, euStatementGulf, euStatementNewArab, bagheriKani, euStatementNewsAz, lavrovGeneva, blinkenGeneva]
const context = storyContext(all)

describe('isSameItem', () => {
  it.each([
    ['Lavrov on talks after the holidays, The National / Financial Express rewording', lavrovHolidaysNational, lavrovHolidaysFE],
    ['Lavrov on talks after the holidays, quoted / paraphrased by Press TV', lavrovHolidaysFE, lavrovHolidaysPressTV],
    ['NATO-Russia Council on January 12, two wordings', natoCouncilNational, natoCouncilFE],
    ['EU statement, "on Monday" (Gulf News) / "Wednesday" (The New Arab)', euStatementGulf, euStatementNewArab],
    ['EU statement, The New Arab / News.Az wording', euStatementNewArab, euStatementNewsAz],
  ])('same: %s', (_, a, b) => {
    expect(isSameItem(a, b, context)).toBe(true)
    expect(isSameItem(b, a, context)).toBe(true)
  })

  // Known weakness: a paraphrase and a quote that share one rare word ("endless") and nothing else.
  it.fails('same: Lavrov on endless talks, paraphrase / quote', () => expect(isSameItem(lavrovEndlessNational, lavrovEndlessBS, context)).toBe(true))

  it.each([
    // The near miss: one speaker, one day, two statements.
    ['Lavrov: talks after the holidays / Lavrov: no endless talks (same article)', lavrovHolidaysNational, lavrovEndlessNational],
    ['Lavrov: talks after the holidays / Lavrov: no endless talks (other article)', lavrovHolidaysFE, lavrovEndlessBS],
    ['statement and the event it announces', lavrovHolidaysNational, talksAfterHolidaysEvent],
    ['two events of one story: talks after the holidays / NATO-Russia Council', talksAfterHolidaysEvent, natoCouncilNational],
    ['EU statement / Iranian negotiator on the same date', euStatementNewArab, bagheriKani],
    ['Lavrov in Geneva / Blinken in Geneva, same day', lavrovGeneva, blinkenGeneva],
    ['Lavrov in December / Lavrov in Geneva in January', lavrovHolidaysNational, lavrovGeneva],
  ])('not same: %s', (_, a, b) => {
    expect(isSameItem(a, b, context)).toBe(false)
    expect(isSameItem(b, a, context)).toBe(false)
  })
})

describe('speakers and dates', () => {
  it.each([
    ['Sergey Lavrov', 'Sergei Lavrov', true],
    ['Lavrov', 'Sergey Lavrov', true],
    ['US State Department', 'State Department', true],
    ['Antony Blinken', 'Anthony Blinken', true],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', true],
    ['Alexander Grushko', 'Alexander Fomin', false],
    ['Russia', 'Prussia', false],
    // Two countries' offices end alike; a surname is a person's.
    ['Japanese Defence Ministry', 'South Korean Defense Ministry', false],
    ['Sergey Lavrov', null, false],
  ] as const)('sameSpeaker(%s, %s) = %s', (a, b, want) => expect(sameSpeaker(a, b)).toBe(want))

  it.each([
    [{ start: '2021-12-27', end: '2021-12-27' }, { start: '2021-12-28', end: '2021-12-28' }, true],
    [{ start: '2021-12-01', end: '2021-12-27' }, { start: '2021-12-20', end: '2021-12-20' }, true],
    [{ start: '2021-11-01', end: '2021-11-01' }, { start: '2021-11-03', end: '2021-11-03' }, false],
    // "Last week" and "on Monday" of the next week: a window needs real overlap.
    [{ start: '2021-12-20', end: '2021-12-26' }, { start: '2021-12-27', end: '2021-12-27' }, false],
  ])('datesAgree %#', (a, b, want) => expect(datesAgree(a, b)).toBe(want))
})

const articles = new Map<string, ArticleInfo>([
  ['national', { id: 'national', file: 'national.txt', outlet: 'The National', published: '2021-12-27' }],
  ['fe', { id: 'fe', file: 'fe.txt', outlet: 'Financial Express', published: '2021-12-27' }],
  ['presstv', { id: 'presstv', file: 'presstv.txt', outlet: 'Press TV', published: '2021-12-27' }],
  ['bs', { id: 'bs', file: 'bs.txt', outlet: null, published: '2021-12-27' }],
  ['gulf', { id: 'gulf', file: 'gulf.txt', outlet: 'Gulf News', published: '2021-11-03' }],
  ['newarab', { id: 'newarab', file: 'newarab.txt', outlet: 'The New Arab', published: '2021-11-03' }],
  ['newsaz', { id: 'newsaz', file: 'newsaz.txt', outlet: 'News.Az', published: '2021-11-04' }],
  ['newsaz2', { id: 'newsaz2', file: 'newsaz2.txt', outlet: 'News.Az', published: '2021-11-05' }],
  ['peoplecn', { id: 'peoplecn', file: 'peoplecn.txt', outlet: null, published: '2021-11-04' }],
])

describe('combine', () => {
  it('dates an event by those who report it done, not by the plan written the day before', () => {
    const ev = (articleId: string, start: string, over: Partial<ExtractedItem> = {}): ExtractedItem => item({ articleId, type: 'event', start, text: 'The grain export agreement was signed in Istanbul.', ...over })
    const reports = [
      ev('alahed', '2022-07-23', { planned: true, text: 'The grain export agreement will be signed in Istanbul tomorrow.' }),
      ev('islamtimes', '2022-07-23', { planned: true, text: 'The grain export agreement will be signed in Istanbul tomorrow.' }),
      ev('national', '2022-07-22', { precision: 'approximate' }),
      ev('cmio', '2022-07-22'),
      ev('cmio', '2022-07-23', { text: 'The agreement signed today opens a path for commercial food exports.' }),
    ]
    expect(chooseDate(reports).start).toBe('2022-07-22')
    // Without a report of it done, the plan's own date stands.
    expect(chooseDate(reports.slice(0, 2)).start).toBe('2022-07-23')
  })
  it('gives, of the reports of one window, the last one: its words are the date evidence', () => {
    const said = (articleId: string, phrase: string, over: Partial<ExtractedItem> = {}): ExtractedItem =>
      item({ articleId, text: `Lavrov said ${phrase} that talks would start in January.`, dateEvidence: { phrase, anchor: null }, ...over })
    const one = [said('national', 'on Monday'), said('fe', 'today'), said('bs', 'on December 27')]
    expect(chooseDate(one).dateEvidence.phrase).toBe('on December 27')
    const two = [...one, said('tass', 'this week', { start: '2021-12-27', end: '2021-12-31', precision: 'week' })]
    expect(chooseDate(two).dateEvidence.phrase).toBe('on December 27')
  })
  it('breaks a tie between two reports by how each knows its day', () => {
    // The Northern Ledger's day was inferred (6 December) and it dates the bill by its words ("published yesterday"); the
    // Civic Review states its day (8 December) and dates the same bill only by it.
    const ledger = item({ articleId: 'ledger', type: 'event', start: '2023-12-05', text: 'He said the Safety of Rwanda Bill, published yesterday, was the toughest ever.', dateEvidence: { phrase: 'yesterday', anchor: '2023-12-06' } })
    const review = item({ articleId: 'review', type: 'event', start: '2023-12-08', text: 'The government published the Safety of Rwanda Bill, which declares Rwanda safe.' })
    const stated = (id: string): boolean => id === 'review' || id === 'wire'
    expect(chooseDate([review, ledger], stated).start).toBe('2023-12-05')
    // Two reports dated by their words: the one counted from a day its article states.
    const wire = item({ articleId: 'wire', type: 'event', start: '2023-12-06', text: 'The bill was published on Wednesday.', dateEvidence: { phrase: 'on Wednesday', anchor: '2023-12-08' } })
    expect(chooseDate([ledger, wire], stated).start).toBe('2023-12-06')
    const info = new Map<string, ArticleInfo>([
      ['ledger', { id: 'ledger', file: 'ledger.txt', outlet: 'Northern Ledger', published: '2023-12-06', publishedFrom: 'story' }],
      ['wire', { id: 'wire', file: 'wire.txt', outlet: 'Civic Wire', published: '2023-12-08', publishedFrom: 'dateline' }],
    ])
    expect(combine([ledger, wire], { storyId: 's1', articles: info }).start).toBe('2023-12-06')
    // Two reports dated only by their publication: the first, as words are no later than their first report.
    const briefing = item({ articleId: 'briefing', text: 'Fiala called it a deal that "removes a stone" from bilateral relations.', start: '2022-02-04' })
    const prague = item({ articleId: 'prague', text: 'Fiala said the agreement takes away a stone from relations.', start: '2022-02-03' })
    expect(chooseDate([prague, briefing], (id) => id === 'briefing').start).toBe('2022-02-03')
  })
  it('keeps the majority date and records the outlet that dates it otherwise', () => {
    const merged = combine([euStatementGulf, euStatementNewArab, euStatementNewsAz], { storyId: 's1', articles, context })
    expect([merged.start, merged.end]).toEqual(['2021-11-03', '2021-11-03'])
    expect(merged.sources.map((s) => s.articleId).sort()).toEqual(['gulf', 'newarab', 'newsaz'])
    expect(merged.sources.find((s) => s.articleId === 'gulf')?.date?.start).toBe('2021-11-01')
    expect(merged.sources.find((s) => s.articleId === 'newarab')?.date).toBeUndefined()
    expect(merged.conflicts).toEqual([
      { field: 'date', versions: [{ value: '2021-11-01', articleIds: ['gulf'] }, { value: '2021-11-03', articleIds: ['newarab', 'newsaz'] }] },
    ])
    expect(merged.firstReported).toBe('gulf')
    expect(merged.corroboration).toBe(3)
  })

  it('records an outlet whose own words name the day before, within the day of slack', () => {
    const said = (articleId: string, start: string, phrase: string, text: string) =>
      item({ articleId, start, speaker: 'Péter Szijjártó', dateEvidence: { phrase, anchor: start }, text })
    const ap = said('ap', '2023-07-10', 'Monday', 'Hungarian Foreign Minister Peter Szijjarto said Monday that Budapest would not stand in the way.')
    const local = said('local', '2023-07-11', 'on Tuesday', 'Foreign minister Péter Szijjártó said on Tuesday that approval was now only a technical matter.')
    const sabah = said('sabah', '2023-07-11', 'Tuesday', 'Hungarian Foreign Minister Péter Szijjártó said Tuesday that approval was now only a technical matter.')
    const days = new Map<string, ArticleInfo>(['ap', 'local', 'sabah'].map((id) => [id, { id, file: `${id}.txt`, outlet: id, published: '2023-07-11' }]))
    const merged = combine([ap, local, sabah], { storyId: 's1', articles: days, context: storyContext([ap, local, sabah]) })
    expect(merged.start).toBe('2023-07-11')
    expect(merged.sources.find((s) => s.articleId === 'ap')?.date?.start).toBe('2023-07-10')
    expect(merged.conflicts).toEqual([{ field: 'date', versions: [{ value: '2023-07-10', articleIds: ['ap'] }, { value: '2023-07-11', articleIds: ['local', 'sabah'] }] }])
  })

  it("reads the articles in the caller's order when given one", () => {
    const reports = [euStatementGulf, euStatementNewArab, euStatementNewsAz]
    const expected = combine(reports, { storyId: 's1', articles, context })
    expect(combine(reports, { storyId: 's1', articles, context, order: articleOrder(articles) })).toEqual(expected)
    const lastFirst = (a: string, b: string): number => -articleOrder(articles)(a, b)
    expect(combine(reports, { storyId: 's1', articles, context, order: lastFirst }).firstReported).toBe('newsaz')
  })

  it('takes the fullest speaker name, one source per article, outlets counted once', () => {
    const sameArticleAgain = { ...lavrovHolidaysFE, articleId: 'fe', offset: 500, text: 'Lavrov said talks would start after the holidays.' }
    const merged = combine([lavrovHolidaysPressTV, lavrovHolidaysNational, lavrovHolidaysFE, sameArticleAgain], { storyId: 's1', articles, context })
    expect(merged.speaker).toBe('Sergei Lavrov')
    expect(merged.sources.map((s) => s.articleId)).toEqual(['fe', 'national', 'presstv'])
    expect(merged.sources.find((s) => s.articleId === 'fe')?.text).toBe(lavrovHolidaysFE.text)
    expect(merged.quote).not.toBeNull()
    expect(merged.corroboration).toBe(3)
    expect(merged.conflicts).toBeUndefined()
  })

  it('gives each article\'s first telling as its source, not a longer restatement further down', () => {
    const retold = { ...lavrovHolidaysFE, offset: 900, text: `${lavrovHolidaysFE.text} He added that the talks would be held in Geneva, as agreed with Washington.` }
    const merged = combine([retold, lavrovHolidaysNational, lavrovHolidaysFE], { storyId: 's1', articles, context })
    expect(merged.sources.find((s) => s.articleId === 'fe')).toMatchObject({ offset: 0, text: lavrovHolidaysFE.text })
  })

  it('counts articles of unknown outlet one by one and one outlet once', () => {
    const a = { ...euStatementNewsAz }
    const b = { ...euStatementNewsAz, articleId: 'newsaz2' }
    const c = { ...euStatementNewArab, articleId: 'peoplecn' }
    expect(combine([a, b, c], { storyId: 's1', articles }).corroboration).toBe(2)
  })

  it('keeps figures that disagree', () => {
    const a = item({ articleId: 'national', type: 'event', text: 'Russia said 10,000 troops returned to their bases.' })
    const b = item({ articleId: 'fe', type: 'event', text: 'Russia said 8,000 troops returned to their bases.' })
    const conflicts = combine([a, b], { storyId: 's1', articles }).conflicts
    expect(conflicts).toEqual([{ field: 'figure', versions: [{ value: '8000 troop', articleIds: ['fe'] }, { value: '10000 troop', articleIds: ['national'] }] }])
  })

  it.each([
    ['The holidays in Russia will last for 10 days, through January 9.', [['day', '10']]],
    ['the talks on 29 November in 2021', []],
    ['landed at 20:36 local time', []],
  ])('figures(%s)', (text, want) => expect([...figures(text)]).toEqual(want))
})

describe('two statements of one voice a day apart', () => {
  // Real sentences of 23 and 25 May 2021: von der Leyen's post on Sunday night and her words at Monday's summit.
  const sunday = item({ articleId: 'northgate', start: '2021-05-23', speaker: 'Ursula von der Leyen', dateEvidence: { phrase: 'late on Sunday', anchor: '2021-05-24' }, quote: 'the outrageous and illegal behaviour of the regime in Belarus will have consequences', text: 'Ursula von der Leyen, president of the European Commission, wrote late on Sunday that “the outrageous and illegal behaviour of the regime in Belarus will have consequences”.' })
  const monday = item({ articleId: 'eurowire', start: '2021-05-24', precision: 'approximate', speaker: 'Ursula von der Leyen', quote: 'until Belarus turns democratic', text: 'Ursula von der Leyen said the Commission would freeze a €3 billion investment and economic package for Belarus “until Belarus turns democratic”.' })
  it('are one only when more than the speaker\'s name is alike', () => {
    const context = storyContext([sunday, monday])
    expect(isSameItem(sunday, monday, context)).toBe(false)
    const pairs = candidatePairs([sunday, monday], context)
    expect(mutualBestMatches([sunday, monday], pairs, context)).toEqual([])
    // The same words a day apart (one outlet's "Sunday", another's Monday paper) stay one statement.
    const retold = { ...monday, quote: sunday.quote, text: 'Ursula von der Leyen said “the outrageous and illegal behaviour of the regime in Belarus will have consequences”.' }
    expect(isSameItem(sunday, retold, storyContext([sunday, retold]))).toBe(true)
  })
})

describe('mergeItems', () => {
  const extracted = [lavrovHolidaysNational, lavrovHolidaysFE, lavrovHolidaysPressTV, lavrovEndlessNational, lavrovEndlessBS, natoCouncilNational, natoCouncilFE, talksAfterHolidaysEvent]

  it('makes one item per statement or event', () => {
    const items = mergeItems('s1', extracted.filter((e) => e !== lavrovEndlessBS), articles, new Set())
    const bySources = items.map((i) => i.sources.map((s) => s.articleId).sort().join(',')).sort()
    expect(bySources).toEqual(['fe,national', 'fe,national,presstv', 'national', 'national'])
  })

  it('keeps apart the two dated events the extractor found in one sentence', () => {
    const text = 'Yukiya Amano signed a road map with Tehran on Sunday to clarify past issues by March 15.'
    const signing = item({ articleId: 'national', text, start: '2021-12-26', end: '2021-12-26', precision: 'day', title: 'Yukiya Amano signed a road map with Tehran on Sunday' })
    const deadline = item({ ...signing, start: '2022-03-15', end: '2022-03-15', planned: true })
    expect(mergeItems('s1', [signing, deadline], articles, new Set()).map((i) => i.start).sort()).toEqual(['2021-12-26', '2022-03-15'])
  })

  it('gives the same ids on every load, whatever the input order', () => {
    const ids = mergeItems('s1', extracted, articles, new Set()).map((i) => i.id).sort()
    expect(mergeItems('s1', [...extracted].reverse(), articles, new Set()).map((i) => i.id).sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps the existing ids when a later article is added', () => {
    const before = mergeItems('s1', extracted, articles, new Set())
    const later = new Map(articles).set('late', { id: 'late', file: 'late.txt', outlet: 'Late News', published: '2021-12-29' })
    const added = item({ articleId: 'late', speaker: 'Lavrov', text: 'Lavrov said the negotiations would take place immediately after the New Year holidays.' })
    const after = mergeItems('s1', [...extracted, added], later, new Set())
    expect(after.map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort())
    expect(after.find((i) => i.sources.some((s) => s.articleId === 'late'))?.sources.length).toBeGreaterThan(1)
  })
})

describe('speakers that act for a body', () => {
  const russiaSaid = item({ articleId: 'presstv', speaker: 'Russia', start: '2021-12-26', text: "Russia said a day earlier that it had received and was considering a separate NATO proposal to commence negotiations on Moscow's security concerns on January 12." })
  const grushko = item({ articleId: 'presstv', speaker: 'Alexander Grushko', start: '2021-12-26', actors: ['Alexander Grushko', 'Russia', 'NATO'], text: '“We have already received this (NATO) offer, and we are considering it,” TASS news agency quoted Russian Deputy Foreign Minister Alexander Grushko as saying.' })
  const blinkenAboutLavrov = item({ articleId: 'reuters', speaker: 'Antony Blinken', actors: ['Antony Blinken', 'Sergey Lavrov'], text: 'Blinken said he told Lavrov the US would respond in writing.' })
  it.each([
    ['Russia', true],
    ['European Union', true],
    ['US State Department official', true],
    ['Sergey Lavrov', false],
    ['Antony Blinken', false],
  ])('isCollective(%s) = %s', (name, want) => expect(isCollective(name)).toBe(want))
  it('lets a country speak through its minister', () => expect(compatibleSpeakers(russiaSaid, grushko)).toBe(true))
  it('does not call a body and its official a conflict, but keeps each reading', () => {
    const merged = combine([russiaSaid, { ...grushko, articleId: 'national' }], { storyId: 's1', articles })
    expect(merged.conflicts).toBeUndefined()
    expect(merged.sources.map((s) => s.speaker ?? null).filter((x) => x !== null)).toHaveLength(1)
  })
  it('lets a country speak through its own ministry, not another country’s', () => {
    const moscow = item({ articleId: 'wire', speaker: 'Russia', start: '2022-06-20', text: 'Yesterday Moscow summoned Lithuania\'s chargé d\'affaires and called the move "openly hostile".' })
    const ministry = item({ articleId: 'ledger', speaker: 'Russian Foreign Ministry', start: '2022-06-20', text: 'In a statement issued after the meeting, the ministry said it regarded the "provocative measures" of the Lithuanian side as "openly hostile".' })
    expect(compatibleSpeakers(moscow, ministry)).toBe(true)
    expect(compatibleSpeakers(ministry, moscow)).toBe(true)
    expect(compatibleSpeakers({ ...moscow, speaker: 'Lithuania' }, ministry)).toBe(false)
    expect(compatibleSpeakers(moscow, { ...ministry, speaker: 'Russian official' })).toBe(false)
  })
  it('never lets one person speak for another named in the item', () => expect(compatibleSpeakers(lavrovGeneva, blinkenAboutLavrov)).toBe(false))
  it('does not let a person speak for a body the person only speaks of', () => {
    const trump = item({ articleId: 'ap', speaker: 'Donald Trump', actors: ['Donald Trump', 'Kim Jong Un', 'North Korea'], text: 'Trump said Kim had promised him that North Korea would not resume nuclear and missile testing.' })
    const northKorea = item({ articleId: 'yonhap', speaker: 'North Korea', actors: ['North Korea'], text: 'North Korea said early Friday that it had demanded only a partial lifting of UN sanctions.' })
    expect(compatibleSpeakers(trump, northKorea)).toBe(false)
    const fomin = item({ articleId: 'tass', speaker: 'Alexander Fomin', actors: ['Ukraine', 'Alexander Fomin'], text: '“Negotiations on Ukraine’s neutrality and non-nuclear status are moving into practical terms,” Fomin said.' })
    const ukraine = item({ articleId: 'dw', speaker: 'Ukraine', actors: ['Ukraine'], text: 'Ukraine said it proposed neutral status in exchange for security guarantees.' })
    expect(compatibleSpeakers(fomin, ukraine)).toBe(false)
    // A surname written with a doubled letter, which its transliteration key folds ("Abdullah").
    const abdullah = item({ articleId: 'tolo', speaker: 'Abdullah Abdullah', actors: ['Abdullah Abdullah', 'Taliban', 'Afghanistan'], text: 'Abdullah Abdullah, the Chief Executive of the outgoing government, called on the Taliban to continue the reduction in violence.' })
    const taliban = item({ articleId: 'nyt', speaker: 'Taliban', actors: ['Taliban', 'United States'], text: 'The Taliban had announced on Monday that they were ending the weeklong "reduction in violence".' })
    expect(compatibleSpeakers(abdullah, taliban)).toBe(false)
  })
})

describe('a statement said after an article appeared', () => {
  const text = 'Kremlin spokesman Dmitry Peskov told reporters that the leaders had not signed any joint documents.'
  const tass = item({ articleId: 'tass', speaker: 'Dmitry Peskov', start: '2018-07-16', precision: 'approximate', text })
  const later = (phrase: string) => item({ articleId: 'aljazeera', speaker: 'Dmitry Peskov', start: '2018-07-17', dateEvidence: { phrase, anchor: '2018-07-17' }, text: text.replace('told reporters', `told reporters ${phrase}`) })
  const ctx = (b: ExtractedItem) => storyContext([tass, b], new Map([['tass', '2018-07-16'], ['aljazeera', '2018-07-17']]))
  it('is not what the article reports, whatever words they share', () => expect(isSameItem(tass, later('on Tuesday'), ctx(later('on Tuesday')))).toBe(false))
  it('may be, a day on at the edge of a day (another time zone)', () => expect(isSameItem(tass, later('early Tuesday'), ctx(later('early Tuesday')))).toBe(true))
  it('is, when both quote the same words: the outlets disagree on the day', () => {
    const quoted = { quote: 'We will not accept this ultimatum' }
    const first = { ...tass, ...quoted }, second = { ...later('on Tuesday'), ...quoted }
    expect(isSameItem(first, second, ctx(second))).toBe(true)
  })
})

describe('events on a date of their own', () => {
  const published = new Map([['national', '2021-12-27'], ['presstv', '2021-12-27'], ['fe', '2021-12-27']])
  const ctx = storyContext(all, published)
  const councilPressTV = item({ articleId: 'presstv', type: 'event', start: '2022-01-12', text: "Russia said a day earlier that it had received and was considering a separate NATO proposal to commence negotiations on Moscow's security concerns on January 12." })
  const ceremonyToday = item({ articleId: 'fe', type: 'event', start: '2021-12-27', text: 'Putin chaired a meeting of the Security Council on Monday.' })
  const otherToday = item({ articleId: 'national', type: 'event', start: '2021-12-27', text: 'Turkey urged Russia on Monday to drop one-sided demands.' })
  it('joins two wordings of the January 12 meeting', () => {
    expect(sameOwnDate(natoCouncilNational, councilPressTV, ctx)).toBe(true)
    expect(isSameItem(natoCouncilNational, councilPressTV, ctx)).toBe(true)
  })
  it('does not join events of the day the articles appeared', () => {
    expect(sameOwnDate(ceremonyToday, otherToday, ctx)).toBe(false)
    expect(isSameItem(ceremonyToday, otherToday, ctx)).toBe(false)
  })
  it('does not join events of different dates', () => expect(sameOwnDate(natoCouncilNational, talksAfterHolidaysEvent, ctx)).toBe(false))
})

describe('foldSayingEvents', () => {
  const statement = item({ articleId: 'newsaz', speaker: 'European External Action Service', start: '2021-11-03', offset: 100, length: 180, text: 'Negotiations on getting the Iran nuclear deal back on track will resume on Nov. 29 in Vienna, the EU’s diplomatic service announced on Wednesday.' })
  const saying = item({ articleId: 'newsaz', type: 'event', start: '2021-11-03', offset: 230, length: 50, text: 'the EU’s diplomatic service announced on Wednesday' })
  const planned = item({ articleId: 'newsaz', type: 'event', start: '2021-11-29', planned: true, offset: 100, length: 120, text: 'Negotiations on getting the Iran nuclear deal back on track will resume on Nov. 29 in Vienna' })
  const elsewhere = item({ articleId: 'newsaz', type: 'event', start: '2021-11-03', offset: 900, length: 60, text: 'Iran confirmed the date on Wednesday.' })
  it('drops the event that is the act of saying, keeps the rest', () => {
    expect(foldSayingEvents([statement, saying, planned, elsewhere])).toEqual([statement, planned, elsewhere])
    expect(isSayingEvent(saying, statement)).toBe(true)
    expect(isSayingEvent(planned, statement)).toBe(false)
  })
})

describe('foldSayingEvents: a day beside an undated statement', () => {
  const text = 'Trump also criticized the House hearing at which his former lawyer Michael Cohen testified on Wednesday, calling the timing “a terrible thing.”'
  const criticized = item({ articleId: 'cnn', speaker: 'Donald Trump', start: '2019-02-28', precision: 'approximate', text })
  const testified = item({ articleId: 'cnn', type: 'event', start: '2019-02-27', dateEvidence: { phrase: 'on Wednesday', anchor: '2019-02-28' }, text })
  const transcript = 'Yesterday we spent a great deal of time to familiarize ourselves with the documents.'
  const lavrov = item({ articleId: 'usembassy', speaker: 'Sergei Lavrov', start: '2022-01-21', precision: 'approximate', text: transcript })
  const yesterday = item({ articleId: 'usembassy', type: 'event', start: '2022-01-20', dateEvidence: { phrase: 'Yesterday', anchor: '2022-01-21' }, text: transcript })
  it('keeps the event of a day the passage names outside the words said', () => expect(isSayingEvent(testified, criticized)).toBe(false))
  it('folds a day in the speaker’s own first-person words', () => expect(isSayingEvent(yesterday, lavrov)).toBe(true))
})

describe('mutualBestMatches: aligning two articles', () => {
  // The grain deal signing told by The National and by CMIO, each with another event of the same day.
  const signedNational = item({ articleId: 'national', type: 'event', start: '2022-07-22', text: 'After weeks of delicate talks, Russia and Ukraine each signed agreements with Turkey and the UN in Istanbul, raising hope of easing the hunger crisis after the first major diplomatic breakthrough of the five-month war.' })
  const pricesNational = item({ articleId: 'national', type: 'event', start: '2022-07-22', text: 'International aid agencies and diplomats expect grain to start fully flowing by the middle of August, but even with the delay grain prices fell on Friday.' })
  const signedCmio = item({ articleId: 'fe', type: 'event', start: '2022-07-22', text: 'Russia, Ukraine, Türkiye and the United Nations (UN) signed a grain export agreement on Friday in the Turkish city of Istanbul, which is expected to unlock grain exports from the Black Sea.' })
  const shoiguCmio = item({ articleId: 'fe', type: 'event', start: '2022-07-22', text: 'The document was signed by Russian Defense Minister Sergei Shoigu separately.' })
  const items = [signedNational, pricesNational, signedCmio, shoiguCmio]
  const ctx = storyContext(items)
  const allPairs = (n: number): [number, number][] => Array.from({ length: n }, (_, a) => Array.from({ length: n - a - 1 }, (_, k): [number, number] => [a, a + k + 1])).flat()
  it('pairs each report with its counterpart only', () => expect(mutualBestMatches(items, PairList.of(allPairs(4)), ctx)).toEqual([[0, 2]]))
  it('needs the floor', () => expect(mutualBestMatches([pricesNational, shoiguCmio], PairList.of([[0, 1]]), storyContext([pricesNational, shoiguCmio]))).toEqual([]))
  it('finds the same pair among the candidates of the index', () => expect(candidatePairs(items, ctx).toArray()).toContainEqual([0, 2]))
  it('compares each wording once', () => expect(identicalWordings([signedNational, { ...signedNational, articleId: 'bs' }, signedCmio])).toEqual([[0, 1], [2]]))

  // The near miss: Haaretz's headline and another outlet's ceremony quote, each Trump's only statement
  // in its article, share his name and "deal": two statements.
  const trumpHeadline = item({ articleId: 'haaretz', speaker: 'Donald Trump', start: '2020-09-15', text: "Trump says 'about 5 different countries' might join peace deal with Israel" })
  const trumpCeremony = item({
    articleId: 'deepdive',
    speaker: 'Donald Trump',
    start: '2020-09-15',
    quote: 'Today’s signing sets history on a new course',
    text: '“Today’s signing sets history on a new course,” Donald Trump told a crowd outside the White House where the deal was signed. “This an incredible day for the world,” he said.',
  })
  it('needs more than the speaker and one word in common', () => {
    expect(contentSimilarity(trumpHeadline, trumpCeremony, FLAT_CONTEXT)).toBeGreaterThanOrEqual(ALIGN_FLOOR)
    expect(sharedBesidesSpeaker(trumpHeadline, trumpCeremony)).toBe(1)
    expect(mutualBestMatches([trumpHeadline, trumpCeremony], PairList.of([[0, 1]]), FLAT_CONTEXT)).toEqual([])
  })
  it('still pairs one speaker’s statement reworded by two outlets', () => {
    expect(sharedBesidesSpeaker(lavrovHolidaysFE, lavrovHolidaysPressTV)).toBeGreaterThanOrEqual(SHARED_BESIDES_SPEAKER)
    expect(mutualBestMatches([lavrovHolidaysFE, lavrovHolidaysPressTV], PairList.of([[0, 1]]), FLAT_CONTEXT)).toEqual([[0, 1]])
  })
})

describe('mergeItems: the lead and the quote of one statement, across outlets', () => {
  const lead = (articleId: string, text: string): ExtractedItem => item({ articleId, speaker: 'Sergey Lavrov', text })
  const extracted = [
    lead('national', 'Talks between Russia and the US on Moscow’s demand for western guarantees precluding Nato’s expansion into Ukraine will start immediately after the New Year holiday, Russia’s top diplomat announced on Monday.'),
    lead('fe', 'Russia’s top diplomat said on Monday that talks between Russia and the United States over Moscow’s demand for Western guarantees to prevent NATO expansion in Ukraine will begin immediately after the New Year holiday.'),
    lead('bs', "Talks between Russia and the United States on Moscow's demand for Western guarantees precluding NATO's expansion to Ukraine will start immediately after New Year holidays, Russia's top diplomat announced Monday."),
    { ...lavrovHolidaysNational, offset: 300 },
    { ...lavrovHolidaysFE, offset: 300 },
    item({ articleId: 'bs', speaker: 'Sergey Lavrov', offset: 300, quote: 'It is with the US that we will carry out the main work of negotiations, which will take place immediately after the New Year holidays end', text: 'It is with the US that we will carry out the main work of negotiations, which will take place immediately after the New Year holidays end, Russian Foreign Minister Sergey Lavrov said in an interview Monday.' }),
    { ...lavrovEndlessNational, offset: 700 },
    { ...lavrovEndlessBS, offset: 900 },
  ]
  it('makes one item of leads and quotes, and keeps the endless-talks statement apart', () => {
    const items = mergeItems('s1', extracted, articles, new Set())
    const sources = items.map((i) => i.sources.map((s) => s.articleId).sort().join(',')).sort()
    expect(items.some((i) => i.sources.length === 3 && i.quote)).toBe(true)
    expect(items.find((i) => i.sources.length === 3)?.sources.every((s) => !/endless/.test(s.text))).toBe(true)
    expect(sources).toContain('bs,fe,national')
    expect(items.filter((i) => i.sources.some((s) => /endless/.test(s.text))).every((i) => i.sources.every((s) => /endless/.test(s.text)))).toBe(true)
  })
})

describe('joinLeadAndQuote', () => {
  const ctx = storyContext(all)
  it('leaves groups of a single article alone', () =>
    expect(joinLeadAndQuote([lavrovHolidaysNational, { ...lavrovHolidaysNational, offset: 400, quote: null }], [[0], [1]], ctx)).toEqual([[0], [1]]))
  it('leaves groups of different outlets alone', () => {
    const a = { ...lavrovHolidaysNational, articleId: 'gulf' }
    expect(joinLeadAndQuote([lavrovHolidaysNational, a, lavrovHolidaysFE, { ...lavrovHolidaysFE, articleId: 'newsaz' }], [[0, 1], [2, 3]], ctx)).toEqual([[0, 1], [2, 3]])
  })
  it('joins near-identical groups carried by the same outlets', () => {
    const items = [lavrovHolidaysNational, lavrovHolidaysFE, { ...lavrovHolidaysNational, offset: 900 }, { ...lavrovHolidaysFE, offset: 900 }]
    expect(joinLeadAndQuote(items, [[0, 1], [2, 3]], ctx)).toEqual([[0, 1, 2, 3]])
  })
})

describe('one report retold in another outlet\'s longer passage, dated otherwise', () => {
  // The New Arab tells the EU statement in two paragraphs (Wednesday); Gulf News's lead has the second
  // one nearly word for word but says Monday.
  const newArabPassage = item({
    articleId: 'newarab',
    speaker: 'European Union',
    start: '2021-11-03',
    text: 'A statement by the European Union on Wednesday confirmed nuclear talks between world powers and Iran to revive the historic nuclear accord will resume on November 29.\n\nNuclear talks between world powers and Tehran on reviving the Iran nuclear deal will resume in Vienna on November 29, the EU said in a statement Wednesday.\n\nThe meeting would be chaired by Enrique Mora on behalf of EU foreign policy chief Josep Borrell, the statement added.',
  })
  const gulf = { ...euStatementGulf, title: euStatementGulf.text }
  const ctx = storyContext([...all, newArabPassage])
  it('shares too little of the passage for dates that disagree', () => expect(contentSimilarity(gulf, newArabPassage, ctx)).toBeLessThan(0.55))
  it('is one item, whatever day each outlet gives', () => expect(isSameItem(gulf, newArabPassage, ctx)).toBe(true))
  it('but not within one article', () => expect(isSameItem({ ...gulf, articleId: 'newarab' }, newArabPassage, ctx)).toBe(false))
  it('and a short sentence inside a long passage is not a retelling', () => {
    const short = item({ articleId: 'gulf', speaker: 'European Union', start: '2021-11-01', text: 'The EU said talks will resume.' })
    expect(isSameItem(short, newArabPassage, ctx)).toBe(false)
  })
})

describe('joinLeadAndQuote: bodies and their organisation, one outlet\'s wrong weekday', () => {
  // The EU's lead ("the EU's diplomatic service announced") and the EEAS's quoted statement, told by the
  // same outlets; Gulf News dates its copy of the quote on Monday, the others on Wednesday.
  const euLead = (articleId: string, text: string): ExtractedItem => item({ articleId, speaker: 'European Union', start: '2021-11-03', text })
  const eeasQuote = (articleId: string, start: string): ExtractedItem =>
    item({
      articleId,
      speaker: 'European External Action Service',
      start,
      offset: 300,
      quote: 'The Joint Commission of the Joint Comprehensive Plan of Action (JCPOA) will convene in a physical format on 29 November in Vienna',
      text: '“The Joint Commission of the Joint Comprehensive Plan of Action (JCPOA) will convene in a physical format on 29 November in Vienna,” said the EU’s European External Action Service in a statement.',
    })
  const items = [
    euLead('newarab', 'A statement by the European Union on Wednesday confirmed nuclear talks between world powers and Iran to revive the historic nuclear accord will resume on November 29 in a physical format.'),
    euStatementNewsAz,
    eeasQuote('newarab', '2021-11-03'),
    eeasQuote('newsaz', '2021-11-03'),
    eeasQuote('gulf', '2021-11-01'),
  ]
  const ctx = storyContext([...all, ...items])
  it('joins the EU lead and the EEAS quote carried by the same outlets', () => expect(joinLeadAndQuote(items, [[0, 1], [2, 3, 4]], ctx)).toEqual([[0, 1, 2, 3, 4]]))
  it('but not a body of another organisation', () => {
    const nato = items.map((i, k) => (k < 2 ? { ...i, speaker: 'NATO' } : i))
    expect(joinLeadAndQuote(nato, [[0, 1], [2, 3, 4]], ctx)).toEqual([[0, 1], [2, 3, 4]])
  })
  it('nor groups whose majority dates differ', () => {
    const later = items.map((i, k) => (k >= 2 ? { ...i, start: '2021-11-10', end: '2021-11-10' } : i))
    expect(joinLeadAndQuote(later, [[0, 1], [2, 3, 4]], ctx)).toEqual([[0, 1], [2, 3, 4]])
  })
})

describe('joinLeadAndQuote: two deeds of one day', () => {
  // Brussels, 4 April 2023: Turkey's instrument of ratification, then Finland's of accession, both handed to Blinken.
  const deed = (articleId: string, actors: string[], text: string, offset = 0): ExtractedItem =>
    item({ articleId, type: 'event', speaker: null, quote: null, start: '2023-04-04', actors, offset, text })
  const items = [
    deed('ledger', ['Pekka Haavisto', 'Antony Blinken'], "Finland's foreign minister, Pekka Haavisto, handed Finland's instrument of accession to Antony Blinken in Brussels."),
    deed('flank', ['Pekka Haavisto', 'Antony Blinken'], "In Brussels, Pekka Haavisto handed Finland's instrument of accession to Antony Blinken, the US secretary of state."),
    deed('ledger', ['Mevlüt Çavuşoğlu', 'Antony Blinken'], "Turkey's foreign minister, Mevlüt Çavuşoğlu, handed Turkey's instrument of ratification to Antony Blinken in Brussels.", 900),
    deed('flank', ['Mevlüt Çavuşoğlu', 'Pekka Haavisto'], "Mevlüt Çavuşoğlu handed over Turkey's instrument of ratification in Brussels hours before Haavisto.", 900),
  ]
  const ctx = storyContext(items)
  it('keeps apart the deeds of two people the other reports do not name', () => expect(joinLeadAndQuote(items, [[0, 1], [2, 3]], ctx)).toEqual([[0, 1], [2, 3]]))
  it('but joins one deed told twice by the same outlets', () => {
    const again = items.map((i, k) => (k >= 2 ? { ...i, actors: ['Pekka Haavisto', 'Antony Blinken'], text: i.text.replace(/Mevlüt Çavuşoğlu/g, 'Pekka Haavisto').replace(/Turkey's|ratification/g, (w) => (w === 'ratification' ? 'accession' : "Finland's")) } : i))
    expect(joinLeadAndQuote(again, [[0, 1], [2, 3]], ctx)).toEqual([[0, 1, 2, 3]])
  })
})

describe('one meeting or call in other words', () => {
  // Geneva, January 2022: the phone call of January 18; the grain deal: the Istanbul talks of the week before.
  const event = (articleId: string, start: string, end: string, text: string): ExtractedItem =>
    item({ articleId, type: 'event', start, end, precision: start === end ? 'day' : 'week', title: text, text })
  const callTass = event('tass', '2022-01-18', '2022-01-18', 'as Antony Blinken told me over the phone several days ago')
  const callPledge = event('pledgetimes', '2022-01-18', '2022-01-18', 'On January 18, Lavrov and Blinken had a telephone conversation.')
  const metAlahed = event('alahed', '2022-07-11', '2022-07-17', 'Last week, the sides met in Istanbul, reaching a tentative agreement on the plan, which foresees joint controls of ships as they leave and arrive at Black Sea ports.')
  const heldCmio = event('cmio', '2022-07-11', '2022-07-17', 'Negotiations between the Russian, Turkish, Ukrainian and UN delegations on the solution of the grain export problem were held in Istanbul last week.')
  const shipsCmio = event('cmio', '2022-07-11', '2022-07-17', 'The first ships left the port of Odesa last week under the deal.')
  const published = new Map([['tass', '2022-01-21'], ['pledgetimes', '2022-01-21'], ['alahed', '2022-07-22'], ['cmio', '2022-07-23']])
  const ctx = storyContext([callTass, callPledge, metAlahed, heldCmio, shipsCmio], published)
  it('same: “over the phone” / “telephone conversation”', () => expect(isSameItem(callTass, callPledge, ctx)).toBe(true))
  it('same: “the sides met in Istanbul” / “negotiations ... were held in Istanbul”, last week', () => expect(isSameItem(metAlahed, heldCmio, ctx)).toBe(true))
  // Macron's state visit, April 2023: the arrival on Wednesday and Thursday's talks, a day apart, are two happenings.
  const arrivedAfp = event('afp', '2023-04-05', '2023-04-05', 'Macron arrived in Beijing on Wednesday for a three-day state visit to China.')
  const talksChinaDaily = event('chinadaily', '2023-04-06', '2023-04-06', 'Xi held talks with Macron in Beijing on Thursday during the state visit to China.')
  it('not same: an arrival and the talks of the next day', () =>
    expect(isSameItem(arrivedAfp, talksChinaDaily, storyContext([arrivedAfp, talksChinaDaily], new Map([['afp', '2023-04-06'], ['chinadaily', '2023-04-07']])))).toBe(false))
  // Known weakness: a week-wide window counts as a date of its own, so another event of that week that
  // shares a few words ("ships", "ports") is taken for the same one.
  it.fails('not same: another event of that week', () => expect(isSameItem(metAlahed, shipsCmio, ctx)).toBe(false))
})

describe('a day set apart on purpose', () => {
  // Articles of Friday 21 January 2022: "Earlier Thursday, Blinken said ..." beside Friday's undated words.
  const thursday = item({ articleId: 'pledgetimes', speaker: 'Antony Blinken', start: '2022-01-20', text: 'Earlier Thursday, Blinken said the United States and its allies had been rejected by Russia in response to diplomatic proposals in a “spirit of reciprocity.”' })
  const friday = item({ articleId: 'exbulletin', speaker: 'Antony Blinken', start: '2022-01-21', precision: 'approximate', text: '“We have been clear: if Russian military forces cross the Ukrainian border, this is a new invasion. It will be met with a swift, severe and united response from the United States and our partners and allies.”' })
  const sameDay = new Map([['pledgetimes', '2022-01-21'], ['exbulletin', '2022-01-21']])
  it('is not the undated statement of that same publication day', () => expect(dayBeforeTheirs(thursday, friday, storyContext([thursday, friday], sameDay))).toBe(true))
  it('but an article of the next day may still date it a day later', () =>
    expect(dayBeforeTheirs(thursday, friday, storyContext([thursday, friday], new Map([['pledgetimes', '2022-01-20'], ['exbulletin', '2022-01-21']])))).toBe(false))
})

describe('joinBySignatureWord', () => {
  // Real reports of the seeds (27 December 2021) and the Geneva meeting (21 January 2022).
  const endlessQuoteAA = item({
    articleId: 'aa',
    speaker: 'Sergey Lavrov',
    quote: 'our proposals do not end in endless discussions for which the West is famous and knows how to do it, and that there is a result of all these diplomatic efforts.',
    text: 'On Monday, Lavrov said it was important that “our proposals do not end in endless discussions for which the West is famous and knows how to do it, and that there is a result of all these diplomatic efforts.”',
  })
  const deniedNational = item({ articleId: 'national', speaker: 'Russia', text: 'Russia has denied it has plans to attack its neighbour but pressed for legal guarantees that would rule out Nato expansion and weapons deployment there.' })
  const deniedAA = item({ articleId: 'aa', speaker: 'Russia', text: 'Russia denied intending to attack its neighbor, but requested legal guarantees that would rule out NATO expansion and arms deployment there.' })
  const deniesVOA = item({ articleId: 'voa', speaker: 'Russia', text: 'Russia denies the allegations, saying it is free to move its troops around within its own borders and that its military buildup is in response to increased NATO activity near its borders.' })
  const noAttackPlans = item({ articleId: 'dw', speaker: 'Sergey Lavrov', start: '2022-01-21', text: 'According to Lavrov, his country has no plans to attack Ukraine.' })
  const noBreakthrough = item({
    articleId: 'state',
    speaker: 'Sergey Lavrov',
    start: '2022-01-21',
    text: 'I’m referring particularly to the principle of indivisibility of security, as well as the obligation of countries not to strengthen their own security at the expense of security of others.',
  })

  it.each([
    ['Lavrov: will not accept “endless” talks (paraphrase) / “... endless discussions” (quote, two outlets)', [lavrovEndlessNational, lavrovEndlessBS, endlessQuoteAA], [[0], [1, 2]], [[0, 1, 2]]],
    ['Russia "has denied" (two outlets) / "denies the allegations"', [deniedNational, deniedAA, deniesVOA], [[0, 1], [2]], [[0, 1, 2]]],
  ])('joins: %s', (_, items, clusters, joined) => expect(joinBySignatureWord(items, clusters)).toEqual(joined))

  it.each([
    ['a shared word nobody quotes (Lavrov: "his country" / "countries")', [noAttackPlans, noBreakthrough], [[0], [1]]],
    ['the same article twice (one report that restates its own quote)', [lavrovEndlessNational, { ...lavrovEndlessBS, articleId: 'national' }], [[0], [1]]],
    ['another voice with the quoted word', [lavrovEndlessNational, { ...lavrovEndlessBS, speaker: 'Antony Blinken' }], [[0], [1]]],
    ['another day', [lavrovEndlessNational, { ...lavrovEndlessBS, start: '2021-12-30', end: '2021-12-30' }], [[0], [1]]],
    ['a third statement with the word: a topic, not a signature', [lavrovEndlessNational, lavrovEndlessBS, { ...endlessQuoteAA, quote: null, text: 'Lavrov said the talks must not be endless.' }], [[0], [1], [2]]],
    ['denials of one voice another day', [deniedNational, { ...deniesVOA, start: '2021-12-20', end: '2021-12-20' }], [[0], [1]]],
    // Trump's statement "on Friday" (the Guardian) and his words at the White House "on Saturday" (VOA): a day apart, each named.
    ['two days the reports name, a day apart', [
      item({ articleId: 'guardian', speaker: 'Donald Trump', start: '2020-02-28', end: '2020-02-28', precision: 'day', dateEvidence: { phrase: 'on Friday', anchor: '2020-02-29' }, quote: 'If the Taliban and the government of Afghanistan live up to these commitments, we will have a powerful path forward to end the war in Afghanistan', text: 'Donald Trump said in a statement on Friday that Pompeo would witness the signing.' }),
      item({ articleId: 'voa', speaker: 'Donald Trump', start: '2020-02-29', end: '2020-02-29', precision: 'day', dateEvidence: { phrase: 'on Saturday', anchor: '2020-03-01' }, quote: 'Everybody is tired of war … If bad things happen, we\'ll go back with a force like no one\'s ever seen', text: '"Everybody is tired of war," Trump said. "If bad things happen, we\'ll go back with a force like no one\'s ever seen."' }),
    ], [[0], [1]]],
  ])('keeps apart: %s', (_, items, clusters) => expect(joinBySignatureWord(items, clusters)).toEqual(clusters))
})

describe('joinSameDayRestatement', () => {
  // Real sentences of the Abraham Accords signing (15 September 2020) and the Geneva meetings (January 2022).
  const day = (articleId: string, text: string, start = '2020-09-15'): ExtractedItem => item({ articleId, type: 'event', start, text })
  const signedHaaretz = day('haaretz', 'WASHINGTON – Israel and the two Gulf states of the United Arab Emirates and Bahrain signed U.S.-brokered agreements at the White House on Tuesday.')
  const signedHamodia = day('hamodia', 'September 15, 2020 is set to be a historic day for international diplomacy, as Israel signs normalization agreements with the United Arab Emirates and Bahrain.')
  const signedNews = day('news', 'A historic day in Washington as leaders from Israel, the United Arab Emirates and the kingdom of Bahrain signed a deal normalizing their diplomatic relationships.')
  const signedDeepDive = day('deepdive', 'Israel, the United Arab Emirates and Bahrain have signed agreements to establish formal relations, ending a decades-old taboo in Arab diplomacy.')
  const signing = [signedHaaretz, signedHamodia, signedNews, signedDeepDive]
  const holdingUp = day('hamodia', 'The parties are holding up the signed agreements.')
  const madeOfficial = day('news', 'Israeli Prime Minister Benjamin Netanyahu and the foreign ministers of the UAE and Bahrain met at the White House Tuesday to make the agreement official.')
  const rockets = day('haaretz', 'As Netanyahu signs deal, rockets fired from Gaza wound two in southern Israel')
  const signingGroup = [0, 1, 2, 3]

  it.each([
    ['one article’s scene of the signing (“holding up the signed agreements”)', [...signing, holdingUp], [signingGroup, [4]], [[0, 1, 2, 3, 4]]],
    ['“met at the White House Tuesday to make the agreement official” beside the same article’s signing', [...signing, madeOfficial], [signingGroup, [4]], [[0, 1, 2, 3, 4]]],
  ])('joins: %s', (_, items, clusters, joined) => expect(joinSameDayRestatement(items, clusters)).toEqual(joined))

  // The grain deal, 22 July 2022: Babel and CMIO each name the signatories after their report of the signing.
  const grain = (articleId: string, text: string, over: Partial<ExtractedItem> = {}): ExtractedItem => item({ articleId, type: 'event', start: '2022-07-22', text, ...over })
  const grainSigning = [
    grain('national', 'After weeks of delicate talks, Russia and Ukraine each signed agreements with Turkey and the UN in Istanbul.', { precision: 'approximate' }),
    grain('babel', 'The same document was signed by representatives of Turkey, the UN and Russia.', { precision: 'approximate' }),
    grain('cmio', 'Russia, Ukraine, Türkiye and the United Nations (UN) signed a grain export agreement on Friday in the Turkish city of Istanbul.'),
    grain('alahed', 'Russia and Ukraine will sign a deal on Friday to reopen Ukraine’s Black Sea ports for grain exports.', { planned: true }),
  ]
  const signatoriesBabel = grain('babel', 'The document was signed by Ukraine’s Infrastructure Minister Oleksandr Kubrakov, Turkey’s Defense Minister Hulusi Akar and UN Secretary-General Antonio Guterres.', { precision: 'approximate' })
  const signatoriesCmio = grain('cmio', 'The document was signed by Ukraine’s Infrastructure Minister Alexander Kubrakov, Türkiye Defense Minister Hulusi Akar, UN Secretary General António Guterres and Russian Defense Minister Sergey Shoigu.', { start: '2022-07-23', end: '2022-07-23', precision: 'approximate' })
  it('joins: two outlets’ list of the signatories, each beside its report of the signing', () =>
    expect(joinSameDayRestatement([...grainSigning, signatoriesBabel, signatoriesCmio], [[0, 1, 2, 3], [4, 5]])).toEqual([[0, 1, 2, 3, 4, 5]]))
  it('keeps apart: the list when one of its outlets does not report the signing', () => {
    const clusters = [[0, 1, 2, 3], [4, 5]]
    expect(joinSameDayRestatement([...grainSigning, signatoriesBabel, { ...signatoriesCmio, articleId: 'tass' }], clusters)).toEqual(clusters)
  })

  const talks10 = day('national', 'On January 10, Russian and US delegations held talks in Geneva on security guarantees.', '2022-01-10')
  const talks10b = day('tass', 'Russian-US talks on security guarantees were held in Geneva on January 10.', '2022-01-10')
  const council12 = day('national', 'On January 12, a Russia-NATO Council meeting was held in Brussels on security guarantees.', '2022-01-12')
  const osce13 = day('national', 'The OSCE Permanent Council held a meeting on security guarantees on January 13.', '2022-01-13')
  it.each([
    ['a same-day event of the article told in a clause of time (“As Netanyahu signs deal, rockets ...”)', [...signing, rockets], [signingGroup, [4]]],
    ['the same words on another day (the Jan 10 talks / the Jan 12 council)', [talks10, talks10b, council12], [[0, 1], [2]]],
    ['the same words on another day (the Jan 12 council / the Jan 13 OSCE meeting)', [council12, { ...council12, articleId: 'tass' }, osce13], [[0, 1], [2]]],
    ['another outlet’s lone sentence of that day', [...signing, { ...holdingUp, articleId: 'timesofisrael' }], [signingGroup, [4]]],
    ['a sentence sharing only names with the day’s event', [...signing, day('hamodia', 'Israel and Bahrain in Washington.')], [signingGroup, [4]]],
    ['a statement of that day', [...signing, { ...holdingUp, type: 'statement' as const, speaker: 'Donald Trump' }], [signingGroup, [4]]],
    ['another event of that day sharing a word only in a possessive (the recall of ambassadors / a gala at the ambassador’s residence)', [
      day('lemonde', 'On Friday, September 17, France recalled its ambassadors to the United States and Australia for consultations.', '2021-09-17'),
      day('lowy', 'On Friday, Paris recalled its ambassadors from Washington and Canberra.', '2021-09-17'),
      day('lemonde', 'The French embassy in Washington had already cancelled a gala evening planned for Friday at the ambassador’s residence.', '2021-09-17'),
    ], [[0, 1], [2]]],
    ['two outlets’ protests of the evening of the signing, sharing a word with it (Prespa, 17 June 2018)', [
      day('birn', 'The foreign ministers of Greece and Macedonia signed an agreement on Sunday, while police clashed with protesters a few kilometres away.', '2018-06-17'),
      day('dw', 'Greece and its northern neighbor have signed a landmark deal on Sunday, watched by police.', '2018-06-17'),
      day('mia', 'The ministers signed the agreement at Prespa on Sunday as police stood by.', '2018-06-17'),
      day('birn', 'In Skopje, several thousand people protested in front of the parliament building on Sunday evening.', '2018-06-17'),
      day('dw', 'In the Macedonian capital Skopje, thousands of people gathered outside parliament on Sunday evening and some clashed with police.', '2018-06-17'),
    ], [[0, 1, 2], [3, 4]]],
    ['a signing most outlets of another tell on their own (the Athens Declaration / the fifteen agreements, 7 December 2023)', [
      day('ap', 'Erdogan and Greek Prime Minister Kyriakos Mitsotakis signed the Athens Declaration on Friendly Relations and Good-Neighborliness.', '2023-12-07'),
      day('kathimerini', 'Mitsotakis and Erdogan signed a joint declaration on friendly relations after talks at the Maximos Mansion.', '2023-12-07'),
      day('eliamep', 'The Athens Declaration, signed by Kyriakos Mitsotakis and Recep Tayyip Erdogan in Athens, is a modest text.', '2023-12-07'),
      day('ap', 'Ministers signed 15 agreements and memorandums.', '2023-12-07'),
      day('kathimerini', 'In total, 15 agreements and memorandums were signed by ministers.', '2023-12-07'),
      day('eliamep', 'Ministers from both governments signed 15 smaller agreements.', '2023-12-07'),
      day('transcript', 'Our ministers have signed 15 agreements and memoranda today.', '2023-12-07'),
    ], [[0, 1, 2], [3, 4, 5, 6]]],
  ])('keeps apart: %s', (_, items, clusters) => expect(joinSameDayRestatement(items, clusters)).toEqual(clusters))
})

describe('a person named in the report is not that person\'s office', () => {
  // The grain deal, 21-22 July 2022: Erdogan's office announced the signing; his spokesman Kalin tweeted.
  const office = item({
    articleId: 'reuters',
    speaker: "Tayyip Erdogan's office",
    start: '2022-07-22',
    actors: ['Russia', 'Ukraine', 'Tayyip Erdogan', 'Turkey'],
    text: "Russia and Ukraine will sign a deal on Friday to reopen Ukraine's Black Sea ports for grain exports, Turkish President Tayyip Erdogan’s office said, raising hopes that an international food crisis can be eased.",
  })
  const kalin = item({
    articleId: 'alahed',
    speaker: 'Ibrahim Kalin',
    start: '2022-07-22',
    actors: ['Ibrahim Kalin', 'Recep Tayyip Erdogan', 'Erdogan', 'Antonio Guterres', 'Turkey'],
    quote: 'The grain export agreement, critically important for global food security, will be signed in Istanbul tomorrow under the auspices of President Erdogan and UN Secretary General Mr. Guterres together with Ukrainian and Russian delegations',
    text: '“The grain export agreement, critically important for global food security, will be signed in Istanbul tomorrow under the auspices of President Erdogan and UN Secretary General Mr. Guterres together with Ukrainian and Russian delegations,” Erdogan spokesman Ibrahim Kalin tweeted.',
  })
  const theStatementSaid = item({
    articleId: 'islamtimes',
    speaker: 'Antonio Guterres',
    start: '2022-07-22',
    actors: ['Antonio Guterres', 'Dolmabahce Palace', 'Tayyip Erdogan', 'United Nations'],
    text: 'UN Secretary-General Antonio Guterres, who earlier announced that he was heading to Istanbul on Thursday, will attend the event along with Erdogan at the Dolmabahce Palace offices at 13:30 GMT, the statement said.',
  })
  it('Kalin’s tweet naming President Erdogan is not the office speaking', () => expect(compatibleSpeakers(office, kalin)).toBe(false))
  it('but the words of the office’s statement are', () => expect(compatibleSpeakers(office, theStatementSaid)).toBe(true))
  it('one wire sentence traced to two bodies by two outlets is one voice', () => {
    const headlineSource = item({ ...theStatementSaid, speaker: 'Turkey' })
    const officeWithIt = item({ ...office, articleId: 'alahed', text: `${office.text}\n\n${theStatementSaid.text}` })
    expect(compatibleSpeakers(headlineSource, officeWithIt)).toBe(true)
    // Another sentence of the two bodies is not enough.
    expect(compatibleSpeakers(headlineSource, item({ ...office, articleId: 'alahed', speaker: 'Russia' }))).toBe(false)
  })
  it('and a body among the actors still speaks through the person', () => {
    const grushko = item({ articleId: 'tass', speaker: 'Alexander Grushko', actors: ['Alexander Grushko', 'Russia', 'NATO'], text: 'Russia is considering the NATO offer, Deputy Foreign Minister Alexander Grushko said.' })
    expect(compatibleSpeakers(item({ articleId: 'rt', speaker: 'Russia', text: 'Russia said it was considering the NATO offer.' }), grushko)).toBe(true)
  })
})

describe('unnamed officials', () => {
  it('are not the named speaker whose statement mentions their body', () => {
    const natoOfficial = item({ articleId: 'fe', speaker: 'NATO official', start: '2021-12-25', text: 'Nato secretary-general Jens Stoltenberg has decided to convene a meeting of the Nato-Russia Council on January 12, a Nato official said on Saturday.' })
    const lavrovNato = item({ articleId: 'national', speaker: 'Sergey Lavrov', start: '2021-12-25', actors: ['Sergey Lavrov', 'NATO', 'Russia'], text: 'Mr Lavrov said last week that, in addition to talks with the US, Moscow will start talks with Nato.' })
    expect(compatibleSpeakers(natoOfficial, lavrovNato)).toBe(false)
  })
  // The Abraham Accords, 15 September 2020: Times of Israel names the minister, Hamodia's headline does not.
  const gargash = item({ articleId: 'toi', speaker: 'Anwar Gargash', start: '2020-09-15', text: 'Anwar Gargash, UAE’s minister of state for foreign affairs, indicates that the Israel-UAE peace agreement will mention the two-state solution only indirectly.' })
  const emiratiOfficial = item({ articleId: 'hamodia', speaker: 'Emirati official', start: '2020-09-15', text: 'UAE official: Pact makes reference to two-state solution' })
  it('are the person another report names with that country’s office', () => expect(compatibleSpeakers(emiratiOfficial, gargash)).toBe(true))
  it('but not an official of a country the named person only speaks of', () => {
    const israeliOfficial = { ...emiratiOfficial, speaker: 'Israeli official' }
    expect(compatibleSpeakers(israeliOfficial, gargash)).toBe(false)
  })
})

describe('events pinned to different dates of their own', () => {
  const published = new Map([['national', '2022-01-21'], ['fe', '2022-01-21']])
  const council = item({ articleId: 'national', type: 'event', start: '2022-01-12', text: 'On January 12, a Russia-NATO Council meeting was held in Brussels, and a meeting of the OSCE Permanent Council followed.' })
  const osce = item({ articleId: 'fe', type: 'event', start: '2022-01-13', text: 'The Ministers discussed the January 13 meeting of the OSCE Permanent Council.' })
  const ctx = storyContext([council, osce, ...all], published)
  it('stay apart even one day apart', () => {
    expect(differentOwnDates(council, osce, ctx)).toBe(true)
    expect(isSameItem(council, osce, ctx)).toBe(false)
  })
  it('but two reports of the day itself may differ by a day', () => {
    const today = { ...council, start: '2022-01-21', end: '2022-01-21' }
    const yesterday = { ...osce, start: '2022-01-20', end: '2022-01-20' }
    expect(differentOwnDates(today, yesterday, ctx)).toBe(false)
  })
})
