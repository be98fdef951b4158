import { describe, expect, it } from 'vitest'
import { joinBodyToLead } from './lead'
import { storyContext } from './same'
import { item } from './test-items'

// Real statements of 21 January 2022 (Lavrov and Blinken in Geneva): TASS, Reuters, DW and the State
// Department's transcript, each at its place in its article.
const friday = { start: '2022-01-21', speaker: 'Sergey Lavrov' }
const tassLead = item({ ...friday, articleId: 'tass', offset: 236, text: 'Russian Foreign Minister Sergey Lavrov said on Friday his meeting with his US counterpart, Antony Blinken, will help the United States issue a response to Russia’s security guarantee initiatives.' })
const tassPunctuality = item({ ...friday, articleId: 'tass', offset: 433, text: 'When asked about the duration of his meeting with Blinken, Lavrov said, "In principle, punctuality cannot be a bad sign, so, as you said, we planned a 90-minute meeting because we knew what we were going to discuss."' })
const tassQuote = item({
  ...friday,
  articleId: 'tass',
  offset: 651,
  text: '"We did not need to repeat everything that had been said at the Russian-US talks here, in Geneva, on January 10 and at the talks during the Russia-NATO Council meeting on January 12. And, naturally, we did not repeat that. We have heard the United States’ first reaction, oral so far, to what was discussed in those two formats at the level of our deputies. And the reaction, as the US side told us when asking to organize this meeting, was preliminary. We have been warned about that and it was accompanied by some follow-up question to us, the answers to which will help the US side, as Antony Blinken told me over the phone several days ago, to prepare a written response to our written draft agreements with the United States and with NATO. As a matter of fact, this is what happened today," Lavrov said.',
})
const reutersLead = item({ ...friday, articleId: 'reuters', offset: 227, text: 'After talks in Geneva, US Secretary of State Antony Blinken warned of a “swift and harsh” response if Russia invades Ukraine after massing troops near its border and Russian Foreign Minister Sergei Lavrov said Moscow was still awaiting a written response to security requests.' })
const reutersBall = item({ ...friday, articleId: 'reuters', offset: 1414, text: 'Lavrov said the ball was in Washington’s court.' })
const reutersBody = item({ ...friday, articleId: 'reuters', offset: 1463, text: 'Describing the meeting as open and helpful, he said Moscow would understand if the talks were on track once it received a written response to its tough security demands from the United States.' })
const reutersTrack = item({ ...friday, articleId: 'reuters', offset: 1657, text: '“I can’t tell you if we’re on the right or wrong track.' })
const dwLead = item({ ...friday, articleId: 'dw', offset: 184, text: 'After the meeting, Lavrov said that the West would submit a written response to his government’s request for security guarantees next week.' })
const dwNoAttack = item({ ...friday, articleId: 'dw', offset: 1456, text: 'According to Lavrov, his country has no plans to attack Ukraine.' })
const dwMinority = item({ ...friday, articleId: 'dw', offset: 1719, text: 'Lavrov criticized that “an anti-Russian minority” is setting the tone.' })
const blinkenChoice = item({ articleId: 'reuters', offset: 877, start: '2022-01-21', speaker: 'Antony Blinken', text: 'He called the talks “frank and substantial” and told reporters that Russia now faced a choice.' })

// The group several outlets report (first three), then each article's later statements, one group each.
const items = [tassLead, reutersLead, dwLead, tassPunctuality, tassQuote, reutersBall, reutersBody, reutersTrack, dwNoAttack, dwMinority, blinkenChoice]
const context = storyContext(items)
const reported = [0, 1, 2]
const alone = items.slice(3).map((_, k) => [k + 3])

describe('joinBodyToLead: one article goes on with what its lead said', () => {
  const joined = joinBodyToLead(items, [reported, ...alone], context)
  const groupOf = (k: number): number[] => joined.find((g) => g.includes(k))!

  it.each([
    ['TASS: the long quote on the written response after its lead', 4],
    ['Reuters: "he said Moscow would understand ... once it received a written response"', 6],
  ])('joins: %s', (_, k) => expect(groupOf(k)).toEqual(expect.arrayContaining(reported)))

  it.each([
    ['TASS: punctuality, the same voice and day on another subject', 3],
    ['Reuters: "the ball was in Washington’s court"', 5],
    ['Reuters: "the right or wrong track"', 7],
    ['DW: no plans to attack Ukraine', 8],
    ['DW: "an anti-Russian minority"', 9],
    ['Reuters: Blinken, another voice', 10],
  ])('keeps apart: %s', (_, k) => expect(groupOf(k)).toEqual([k]))

  it('leaves a sentence that comes before the lead alone', () => {
    const before = { ...reutersBody, offset: 100 }
    const swapped = [...items.slice(0, 6), before, ...items.slice(7)]
    expect(joinBodyToLead(swapped, [reported, ...alone], storyContext(swapped))).toContainEqual([6])
  })

  it('leaves a body alone whose article tells the group only further down, not in its lead', () => {
    const deeper = { ...tassLead, offset: 520 }
    const moved = [deeper, ...items.slice(1)]
    expect(joinBodyToLead(moved, [reported, ...alone], storyContext(moved))).toContainEqual([4])
  })

  it('leaves a statement of an occasion the lead does not name alone', () => {
    const later = { ...reutersBody, text: `Speaking to reporters later, ${reutersBody.text}` }
    const moved = [...items.slice(0, 6), later, ...items.slice(7)]
    expect(joinBodyToLead(moved, [reported, ...alone], storyContext(moved))).toContainEqual([6])
  })

  it('leaves a statement of another day alone', () => {
    const later = { ...reutersBody, start: '2022-01-24', end: '2022-01-24' }
    const moved = [...items.slice(0, 6), later, ...items.slice(7)]
    expect(joinBodyToLead(moved, [reported, ...alone], storyContext(moved))).toContainEqual([6])
  })

  it("leaves a briefing's later answer alone: it answers another question", () => {
    const answered = [...items]
    answered[0] = { ...tassLead, text: `A: ${tassLead.text}` }
    answered[4] = { ...tassQuote, text: `A: ${tassQuote.text}` }
    expect(joinBodyToLead(answered, [reported, ...alone], storyContext(answered))).toContainEqual([4])
  })

  it('does not join to a group only its own article tells', () => {
    expect(joinBodyToLead(items, [[1], [0], [2], ...alone], context)).toContainEqual([6])
  })
})

// Modi's address of 12 May 2025, as Reuters (lead, then a later paragraph) and The Diplomat told it.
describe('joinBodyToLead: two claims of one speech', () => {
  const monday = { start: '2025-05-12', speaker: 'Narendra Modi' }
  const lead = item({
    ...monday,
    articleId: 'reuters',
    // Reuters has it at 949, under two paragraphs on the fighting; moved into the lead, the only sentence a body retells.
    offset: 349,
    quote: 'Operation Sindoor is now India’s established policy against terrorism … Terror and talks cannot go together',
    text: 'In his first address to the nation since the fighting began, Modi said India had only "suspended" its military action against Pakistan and would watch Pakistan’s conduct. "Operation Sindoor is now India’s established policy against terrorism," he said in a televised speech on Monday evening. "Terror and talks cannot go together."',
  })
  const diplomat = item({
    ...monday,
    articleId: 'diplomat',
    offset: 417,
    quote: 'a new normal … on its own terms',
    text: 'In his address to the nation on Monday night, Prime Minister Narendra Modi declared that Operation Sindoor had set "a new normal" and that India would respond to any future terror attack against it "on its own terms".',
  })
  const blackmail = {
    ...monday,
    articleId: 'reuters',
    offset: 1340,
    text: 'Modi said India would not tolerate "any nuclear blackmail" and that any future talks with Pakistan would be only on terrorism and Pakistan-administered Kashmir.',
  }
  const joinedWith = (body: ReturnType<typeof item>): number[][] => {
    const all = [lead, diplomat, body]
    return joinBodyToLead(all, [[0, 1], [2]], storyContext(all))
  }

  it('keeps apart a later paragraph of an article that tells the speech below its lead', () => {
    const all = [{ ...lead, offset: 949 }, diplomat, item(blackmail)]
    expect(joinBodyToLead(all, [[0, 1], [2]], storyContext(all))).toContainEqual([2])
  })

  it('keeps apart a later paragraph that quotes words the speech’s reports nowhere use', () => {
    expect(joinedWith(item({ ...blackmail, quote: 'any nuclear blackmail' }))).toContainEqual([2])
  })

  it('joins the same paragraph when it quotes nothing, or quotes the lead’s words at length', () => {
    expect(joinedWith(item(blackmail))).toContainEqual([0, 1, 2])
    expect(joinedWith(item({ ...blackmail, quote: 'Terror and talks cannot go together, and they will not' }))).toContainEqual([0, 1, 2])
  })
})
