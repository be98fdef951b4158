import { describe, expect, it } from 'vitest'
import { anchoredSpan, datedSentences, otherRank, type WeekdayMention } from './anchors'

// The New START extension, 2021: Politico of 3 February dates the signing of the law in full; the
// Moscow Times, undated, names it by weekday.
const politico = {
  published: '2021-02-03',
  text: 'The United States and Russia on Wednesday completed the extension of the treaty.\n\nBiden and Putin agreed on the extension on Jan. 26, Russian lawmakers approved it the following day, and Putin signed the ratification law on Jan. 29.',
}
const at = (text: string, word: string, weekday: number, ahead = false): WeekdayMention => ({ offset: text.indexOf(word), weekday, ahead })

describe('anchoredSpan', () => {
  it('puts a report in the six days from a happening it names by a past weekday that a dated report dates', () => {
    const text = 'The State Duma approved it in unanimous votes, and Putin signed the law on Friday.'
    expect(anchoredSpan(text, [at(text, 'Friday', 5)], () => datedSentences([politico]))).toEqual({ from: '2021-01-29', to: '2021-02-04' })
  })
  it('puts it in the six days before a happening it still looks ahead to', () => {
    const text = 'Putin will sign the law on Friday, the Kremlin said.'
    expect(anchoredSpan(text, [at(text, 'Friday', 5, true)], () => datedSentences([politico]))).toEqual({ from: '2021-01-23', to: '2021-01-28' })
  })
  it('is nothing when the clauses share only a name, or the weekday is not the dated day’s', () => {
    const names = 'Washington condemned the sentencing of opposition politician Alexei Navalny on Tuesday.'
    const report = { published: '2021-01-27', text: 'Biden used Tuesday’s call to raise concerns about the arrest of opposition politician Alexei Navalny.' }
    expect(anchoredSpan(names, [at(names, 'Tuesday', 2)], () => datedSentences([report]))).toBeNull()
    const thursday = 'And Putin signed the law on Thursday.'
    expect(anchoredSpan(thursday, [at(thursday, 'Thursday', 4)], () => datedSentences([politico]))).toBeNull()
  })
  // Blinken in Beijing, 2023: a dated report of 14 June looks ahead to a visit of two days.
  it('finds a weekday among the days of a span a dated report gives', () => {
    const ap = { published: '2023-06-14', text: 'Secretary of State Antony Blinken will travel to Beijing on Sunday and Monday for meetings with senior Chinese officials, the department said.' }
    const text = 'The remarks came barely two days after Blinken\'s visit to Beijing on Sunday and Monday for meetings with senior Chinese officials.'
    expect(anchoredSpan(text, [at(text, 'Monday', 1)], () => datedSentences([ap]))).toEqual({ from: '2023-06-19', to: '2023-06-25' })
  })
  // Colombia, 2016: the BBC of 27 September looks ahead to the referendum; the Guardian, undated, tells its result.
  const bbc = { published: '2016-09-27', text: 'Referendum on Sunday\n\nThe agreement still needs to be approved by Colombians in a referendum next Sunday.' }
  it('matches a happening named by its weekday in the possessive to the same noun beside a dated day, a full date outweighing a bare weekday', () => {
    const text = 'With almost all ballots counted in Sunday’s referendum, 50.2% had voted against the agreement.'
    expect(anchoredSpan(text, [at(text, 'Sunday', 0)], () => datedSentences([bbc]), { clauses: false })).toEqual({ from: '2016-10-02', to: '2016-10-08' })
    // Not one still ahead of it, nor another noun of that day.
    const ahead = 'Campaigning ended ahead of Sunday’s referendum, in which voters will decide.'
    expect(anchoredSpan(ahead, [at(ahead, 'Sunday', 0)], () => datedSentences([bbc]), { clauses: false })).toBeNull()
    const other = 'Thousands joined Sunday’s march in Bogotá.'
    expect(anchoredSpan(other, [at(other, 'Sunday', 0)], () => datedSentences([bbc]), { clauses: false })).toBeNull()
  })
  // Syria's return to the Arab League, 2023: an analysis of 21 May dates the steps of the five weeks before it.
  it('takes a happening a dated analysis dates five weeks before it appeared', () => {
    const analysis = { published: '2023-05-21', text: "In the space of five weeks Syria's foreign minister visited Jeddah (April 12), Saudi Foreign Minister Prince Faisal bin Farhan visited Damascus (April 18) and Arab ministers voted in Cairo to readmit Syria (May 7)." }
    const text = "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan visited Damascus on Tuesday, the first such visit since 2011."
    expect(anchoredSpan(text, [at(text, 'Tuesday', 2)], () => datedSentences([analysis]))).toEqual({ from: '2023-04-18', to: '2023-04-24' })
  })
  it('is nothing when two happenings it names put it in different weeks', () => {
    const text = 'Putin signed the law on Friday. Putin will sign the law on Friday.'
    expect(anchoredSpan(text, [at(text, 'Friday', 5), { offset: text.lastIndexOf('Friday'), weekday: 5, ahead: true }], () => datedSentences([politico]))).toBeNull()
  })
})

describe('otherRank', () => {
  it('tells two sentences that rank what they tell differently', () => {
    expect(otherRank('passed the bill in its second reading on Wednesday', 'approved the bill in a first reading on April 17')).toBe(true)
    expect(otherRank('handed over its base at Faya-Largeau, the first of its three sites', 'handed over its last military base in Chad')).toBe(true)
    expect(otherRank('handed over its first base', 'the first base was handed over')).toBe(false)
  })
  it('does not take the "last" of a time for a rank', () => {
    const lead = "France handed over its base at Faya-Largeau on Thursday, the first of its three sites since N'Djamena ended its defence agreement last month"
    expect(otherRank(lead, 'France handed over its last military base in Chad on Thursday')).toBe(true)
    expect(otherRank('the talks resumed last week', 'the last round of talks')).toBe(false)
  })
})
