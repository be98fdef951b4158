import { describe, expect, it } from 'vitest'
import type { ArticleForExtraction } from '../types'
import { buildStoryContext, extractItems } from './index'

// Another article of the story names the people in full, so that roles ("Russia’s foreign minister") bind.
const STORY = 'Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken. UAE Foreign Minister Abdullah bin Zayed and Bahrain’s Foreign Minister Abdullatif Al Zayani arrived.'

function statements(text: string, published: string): { speaker: string | null; text: string; title: string }[] {
  const article: ArticleForExtraction = { id: 'a', title: null, text, published }
  return extractItems(article, buildStoryContext([article, { id: 'b', title: null, text: STORY, published }]))
    .filter((i) => i.type === 'statement')
    .map((i) => ({ speaker: i.speaker, text: i.text, title: i.title }))
}

// Real passages: one statement told over two or three sentences is one item spanning them.
const JOINED: [string, string, number][] = [
  [
    'A State Department official told The National that the US is looking for Russia to co-operate in cooling tension.\n\n“As [US National Security Adviser] Jake Sullivan made clear in his call with the Russians earlier this week, any dialogue must be based on reciprocity,” the official said.\n\n“[Mr Sullivan] also noted that substantive progress can only occur in an environment of de-escalation rather than escalation.”',
    '2021-12-27',
    1,
  ],
  [
    'Deputy Defense Minister Alexander Fomin told a press briefing before military attaches on Monday that “NATO’s continued confrontational stance towards Russia” forced Moscow to demand security guarantees.\n\n“NATO has always ignored Russian interests and stayed away from a fair discussion of existing issues,” Fomin said.',
    '2021-12-27',
    1,
  ],
  [
    'Senior White House adviser Jared Kushner hails the upcoming signing of the Middle East peace treaties, in an interview with the Today show.\n\n“I think what you’re seeing now is the beginning of the end of the Israel-Arab conflict that has been going on for a long time,” Kushner says.',
    '2020-09-15',
    1,
  ],
  [
    '"The Joint Commission will convene in a physical format on 29 November in Vienna," said the EU\'s European External Action Service in a statement.\n\nThe meeting would be chaired by Enrique Mora, the statement added.',
    '2021-11-03',
    1,
  ],
  // A lead that names the speaker by role, then the sentence that names him.
  [
    'Russia’s foreign minister says talks on a list of security guarantees Moscow wants from Washington are scheduled to be held between Russian and American officials next month.\n\nSergei Lavrov said in an interview live-streamed on the Russian Foreign Ministry\'s website on Monday that the talks would take place immediately after Russia\'s New Year holidays.',
    '2021-12-27',
    1,
  ],
  // A closing attribution by role ("his foreign minister says"), then the sentence that names him, on King Hamad's peace effort.
  [
    'Bahrain’s King Hamad is calling for intensified effort to solve the Israeli-Palestinian conflict in the framework of the Arab Peace Initiative, his foreign minister says.\n\nIn an interview, Abdullatif Al Zayani says the normalization agreement with Jerusalem “is in line with King Hamad’s vision to spread the culture of peace in the world.”',
    '2020-09-15',
    1,
  ],
  // A country's position over two paragraphs.
  [
    'Russia denies the allegations, saying it is free to move its troops around within its own borders.\n\nRussia says Moscow does not seek an armed conflict with Ukraine but "has all the capabilities in place to ensure a full military and technical response."',
    '2021-12-27',
    1,
  ],
  // "The EU statement said" further down goes back to the EU statement of the lead, across other content.
  [
    'A statement by the European Union on Wednesday confirmed nuclear talks between world powers and Iran will resume on November 29.\n\nIn Tehran, Deputy Foreign Minister Ali Bagheri, Iran\'s lead negotiator, confirmed the resumption of talks in Vienna.\n\nThe EU statement said that the remaining parties to the deal - Britain, China, France, Germany, Russia, and Iran - would be represented.',
    '2021-11-03',
    2,
  ],
  // Within one paragraph "he" goes on with what he was just reported to say.
  [
    'In Tehran, Deputy Foreign Minister Ali Bagheri, Iran\'s lead negotiator, confirmed the November 29 resumption of talks in Vienna. He tweeted that the date had been set in a phone call with Mora.',
    '2021-11-03',
    1,
  ],
  // Within one paragraph a quotation runs on.
  [
    '“I think what you’re seeing now is the beginning of the end of the Israel-Arab conflict that has been going on for a long time,” Kushner says. “This really signals the beginning of a new Middle East.”',
    '2020-09-15',
    1,
  ],
  // ... also after a short quotation that is the whole sentence's words.
  [
    'The deal was announced by European Union foreign policy chief Federica Mogherini.\n\n“This is a historic day,” Mogherini said. “It is a decision that can open the way to a new chapter in international relations.”',
    '2015-07-14',
    1,
  ],
  // A country's statement that its official goes on with, in the official's own words.
  [
    'The US said Wednesday it could reach an agreement quickly on reviving a nuclear accord if Iran is “serious”.\n\n“We believe that if the Iranians are serious, we can manage to do that in relatively short order,” State Department spokesman Ned Price told reporters.',
    '2021-11-03',
    1,
  ],
  // A headline told by two body sentences of the person who speaks for the country; the next paragraph's
  // "he" goes on with the same subject (the agreement, the two states).
  [
    'UAE says normalization treaty will reference two-state solution\n\nAnwar Gargash, UAE’s minister of state for foreign affairs, indicates that the Israel-UAE peace agreement will mention the two-state solution only indirectly.\n\nIn a press briefing, he says that the treaty “does reference two states through references to previous agreements signed.”',
    '2020-09-15',
    1,
  ],
  // A headline that restates the body's statement of the same voice.
  [
    'Situation at Afghan-Tajik border a concern: Russia\n\nThe security situation at the Afghanistan-Tajikistan border is a concern, Russian President Vladimir Putin said on Monday.',
    '2021-12-28',
    1,
  ],
  // "“...,” Al Zayani adds." after a paragraph of background goes on with his statement.
  [
    'In an interview, Abdullatif Al Zayani says the normalization agreement with Jerusalem “is in line with King Hamad’s vision to spread the culture of peace in the world.”\n\nFirst adopted by the Arab League in 2002, the Arab Peace Initiative promises Israel full diplomatic relations with the entire Muslim world in exchange for the establishment of a Palestinian state based on the 1967 lines.\n\n“Bahrain always stresses its firm and constant position toward the right of the fraternal Palestinian people, which are the top of its priorities,” Al Zayani adds.',
    '2020-09-15',
    1,
  ],
]

// Near misses: the same speaker, two statements.
const APART: [string, string, number][] = [
  // Other content stands between Lavrov's two remarks.
  [
    'It is with the US that we will carry out the main work of negotiations, which will take place immediately after the New Year holidays end, Russian Foreign Minister Sergey Lavrov said in an interview Monday.\n\nEarlier this month, Moscow submitted draft security documents demanding that NATO deny membership to Ukraine.\n\nIt is important that our proposals aren\'t wound up in endless discussions, which the West is famous for, Lavrov said Monday.',
    '2021-12-27',
    2,
  ],
  // Reported speech, then a new reported statement: "S said X. S said Y."
  [
    'Russian Foreign Minister Sergey Lavrov said on Friday his meeting with his US counterpart, Antony Blinken, will help the United States issue a response to Russia’s security guarantee initiatives.\n\nWhen asked about the duration of his meeting with Blinken, Lavrov said, "In principle, punctuality cannot be a bad sign, so we planned a 90-minute meeting."',
    '2022-01-21',
    2,
  ],
  [
    'Lavrov said the ball was in Washington’s court.\n\nDescribing the meeting as open and helpful, he said Moscow would understand if the talks were on track once it received a written response to its tough security demands from the United States.',
    '2022-01-21',
    2,
  ],
  // A quotation after reported speech with only a phrase in quotation marks illustrates, it does not go on.
  [
    'US Secretary of State Antony Blinken called the talks “frank and substantial” and told reporters that Russia now faced a choice.\n\n“He can choose the path of diplomacy that can lead to peace and security, or the path that will only lead to conflict.”',
    '2022-01-21',
    2,
  ],
]

// "adds" after another voice spoke: not a continuation of the speaker's earlier words.
APART.push([
  'In an interview, Abdullatif Al Zayani says the normalization agreement with Jerusalem “is in line with King Hamad’s vision to spread the culture of peace in the world.”\n\nSenior White House adviser Jared Kushner hails the upcoming signing of the Middle East peace treaties, in an interview with the Today show.\n\n“Bahrain always stresses its firm and constant position toward the right of the fraternal Palestinian people, which are the top of its priorities,” Al Zayani adds.',
  '2020-09-15',
  3,
])
// "said" after background is a new statement, however close ("S said X. ... S said Y.").
APART.push([
  'In an interview, Abdullatif Al Zayani says the normalization agreement with Jerusalem “is in line with King Hamad’s vision to spread the culture of peace in the world.”\n\nFirst adopted by the Arab League in 2002, the Arab Peace Initiative promises Israel full diplomatic relations.\n\n“Bahrain always stresses its firm and constant position toward the right of the fraternal Palestinian people,” Al Zayani says.',
  '2020-09-15',
  2,
])

// The next paragraph's "he" on another subject.
APART.push([
  'Lavrov said in advance that he did not expect a breakthrough in the upcoming talks.\n\nAfter the meeting, he said that the West would submit a written response to his government’s request for security guarantees next week.',
  '2022-01-21',
  2,
])

// A role-named lead and a named sentence with nothing in common.
APART.push([
  'The US Secretary of State said after the meeting that Blinken agreed with Lavrov that the diplomatic process should continue.\n\nBlinken said in Geneva that the conversation was “open”, without controversy, but marked by professionalism.',
  '2022-01-21',
  2,
])

// A new point in quotation marks after a quoted statement is a statement of its own.
APART.push([
  '“He can choose the path of diplomacy that can lead to peace and security, or the path that will only lead to conflict,” Blinken said, adding that diplomacy would be preferable.\n\n“We have been clear: if Russian military forces cross the Ukrainian border, this is a new invasion.”',
  '2022-01-21',
  2,
])

describe('joinContinuations and foldRestatements', () => {
  it.each(JOINED)('one statement: %s', (text, published, n) => {
    const found = statements(text, published)
    expect(found).toHaveLength(n)
  })
  it.each(APART)('two statements: %s', (text, published, n) => {
    expect(statements(text, published)).toHaveLength(n)
  })
  it('gives a country’s statement continued by its official to the official', () => {
    expect(statements(JOINED.find((r) => r[0].startsWith('The US said'))![0], '2021-11-03').map((s) => s.speaker)).toEqual(['Ned Price'])
  })
  it('leaves the report of a past event to the event when an unnamed source closes it', () => {
    const article: ArticleForExtraction = { id: 'a', title: null, text: 'Last week, the sides met in Istanbul, reaching a tentative agreement on the plan, Turkish officials said.', published: '2022-07-21' }
    const items = extractItems(article, buildStoryContext([article]))
    expect(items.map((i) => [i.type, i.start])).toEqual([['event', '2022-07-11']])
  })
  it('leaves it to the event when the unnamed source opens it with a bare "said"', () => {
    const article: ArticleForExtraction = { id: 'a', title: null, text: 'Officials said Obama and Castro spoke by telephone for about 45 minutes on Tuesday, the first substantive conversation between the two countries’ leaders.', published: '2014-12-17' }
    const items = extractItems(article, buildStoryContext([article]))
    expect(items.map((i) => [i.type, i.start])).toEqual([['event', '2014-12-16']])
  })
  it('keeps an announcement of what will be as a statement, whatever past day the sentence also gives', () => {
    const article: ArticleForExtraction = { id: 'a', title: 'Deal to be signed: Turkey', text: 'Guterres, who announced on Thursday that he was heading to Istanbul, will attend the signing, the statement said.', published: '2022-07-22' }
    const items = extractItems(article, buildStoryContext([article]))
    // Thursday dates the words the relative clause recalls, which are no event.
    expect(items.map((i) => [i.type, i.speaker])).toEqual([['statement', 'Turkey']])
  })
  it('keeps a dated announcement of a planned event as a statement', () => {
    const article: ArticleForExtraction = { id: 'a', title: null, text: 'Nato secretary-general Jens Stoltenberg has decided to convene a meeting of the Nato-Russia Council on January 12, a Nato official said on Saturday.', published: '2021-12-28' }
    const items = extractItems(article, buildStoryContext([article]))
    expect(items.map((i) => i.type)).toEqual(['statement', 'event'])
  })
  it('titles a bare "issued a statement" by the words the next sentence gives', () => {
    const [item] = statements('The Royal Cabinet has issued a statement. It says the King received the delegation and reaffirmed Morocco’s “constant and unchanging” position on the Palestinian question.', '2020-12-22')
    expect(item.title).toMatch(/^Royal Cabinet: The King received the delegation/)
  })
  it('spans the sentences it joins', () => {
    const [item] = statements(JOINED[1][0], JOINED[1][1])
    expect(item.text).toContain('confrontational stance')
    expect(item.text).toContain('always ignored Russian interests')
  })
  it('dates a lead without a day by the day of the words it goes on with', () => {
    const text = 'Algerian President Abdelmadjid Tebboune has ruled out the state visit to France that was supposed to seal a reconciliation.\n\n"I will not go to Canossa," Tebboune said in a televised interview broadcast on Saturday evening.'
    const article: ArticleForExtraction = { id: 'a', title: null, text, published: '2024-10-07' }
    const items = extractItems(article, buildStoryContext([article])).filter((i) => i.type === 'statement')
    expect(items.map((i) => [i.start, i.precision, i.dateEvidence.phrase])).toEqual([['2024-10-05', 'day', 'on Saturday evening']])
  })
  it('gives the quotation a lead-in announces with a colon to the lead-in’s speaker, titled by the quotation', () => {
    const told = 'Beijing raised the temperature. On Tuesday the foreign ministry spokeswoman, Jiang Yu, told her regular briefing:\n\n“We are not going to change because of interference by a few clowns, and we will not change our path.”'
    expect(statements(told, '2010-12-11').map((i) => [i.speaker, i.title])).toEqual([['Jiang Yu', 'Jiang: We are not going to change because of interference by a few clowns, and we will not change our path']])
    const began = 'Thorbjørn Jagland, the chairman of the Nobel Committee, began with the sentence everyone in the hall had been waiting for:\n\n“We regret that the laureate is not present here today.”\n\nThe audience rose.'
    expect(statements(began, '2010-12-11').map((i) => [i.speaker, i.title])).toEqual([['Thorbjørn Jagland', 'Jagland: We regret that the laureate is not present here today']])
  })
})
