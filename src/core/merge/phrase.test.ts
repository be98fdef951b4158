import { describe, expect, it } from 'vitest'
import { joinBySharedPhrase, phrases } from './phrase'
import { item } from './test-items'

// Real statements of 21 January 2022: DW's paraphrase and the State Department's transcript.
const friday = { start: '2022-01-21', speaker: 'Sergey Lavrov' }
const dwNoBreakthrough = item({ ...friday, articleId: 'dw', text: 'Lavrov said in advance that he did not expect a breakthrough in the upcoming talks.' })
const stateNoBreakthrough = item({
  ...friday,
  articleId: 'state',
  speaker: 'Sergei Lavrov',
  text: 'So I heard one of your last statements during your European tour when you said that you did not expect a breakthrough from these negotiations. We do not expect a breakthrough at these negotiations either. What we expect is concrete answers to our concrete proposals in the vein and in compliance with the obligations that were adopted at the highest level within the OSCE.',
})
const reutersNoBreakthrough = item({ articleId: 'reuters', start: '2022-01-21', type: 'event', text: 'Top U.S. and Russian diplomats failed to make any major breakthroughs in Ukraine talks on Friday but agreed to continue talks.' })
const dwNoAttack = item({ ...friday, articleId: 'dw', text: 'According to Lavrov, his country has no plans to attack Ukraine.' })

describe('phrases', () => {
  it('pairs neighbouring common words, not across a name or a comma', () => {
    expect(phrases('Lavrov said in advance that he did not expect a breakthrough in the upcoming talks.')).toContain('expect breakthrough')
    expect(phrases('They met Blinken, talks went on.')).not.toContain('met talk')
  })
})

describe('joinBySharedPhrase', () => {
  it('joins two outlets\' reports of one voice and day that alone share a phrase ("expect a breakthrough")', () =>
    expect(joinBySharedPhrase([dwNoBreakthrough, stateNoBreakthrough, reutersNoBreakthrough, dwNoAttack], [[0], [1], [2], [3]])).toEqual([[0, 1], [2], [3]]))

  it.each([
    ['a third statement with the phrase: the story\'s topic', [dwNoBreakthrough, stateNoBreakthrough, { ...dwNoBreakthrough, articleId: 'tass', speaker: 'Antony Blinken' }]],
    ['an event of the story that uses it too', [dwNoBreakthrough, stateNoBreakthrough, { ...reutersNoBreakthrough, text: 'Nobody expects a breakthrough at the talks.' }]],
    ['the same article twice', [dwNoBreakthrough, { ...stateNoBreakthrough, articleId: 'dw' }]],
    ['another voice', [dwNoBreakthrough, { ...stateNoBreakthrough, speaker: 'Antony Blinken' }]],
    ['another day', [dwNoBreakthrough, { ...stateNoBreakthrough, start: '2022-01-19', end: '2022-01-19' }]],
    ['no phrase in common (one voice, one day)', [dwNoAttack, stateNoBreakthrough]],
    ['only words of the speaker\'s name in common ("von der")', [
      item({ articleId: 'northgate', start: '2021-05-24', speaker: 'Ursula von der Leyen', text: 'Ursula von der Leyen said the Commission would freeze a €3 billion package for Belarus “until Belarus turns democratic”.' }),
      item({ articleId: 'eurowire', start: '2021-05-24', speaker: 'Ursula von der Leyen', text: 'Ursula von der Leyen wrote that “the outrageous and illegal behaviour of the regime in Belarus will have consequences”.' }),
    ]],
    ['only the occasion in common ("a press conference")', [
      { ...dwNoAttack, text: 'Lavrov told a press conference in Moscow that his country has no plans to attack Ukraine.' },
      { ...stateNoBreakthrough, text: 'Speaking at a press conference, Lavrov said he did not expect a breakthrough.' },
    ]],
  ])('keeps apart: %s', (_, items) => {
    const alone = items.map((_, k) => [k])
    expect(joinBySharedPhrase(items, alone)).toEqual(alone)
  })
})
