import { describe, expect, it } from 'vitest'
import { findMentions, PersonRegistry, registryOf } from './index'
import { nameKey } from './names'

const people = (text: string, registry?: PersonRegistry) =>
  findMentions(text, registry).filter((m) => m.kind === 'person').map((m) => [m.name, m.role ?? null, text.slice(m.offset, m.offset + m.length)])

// [sentence, [canonical name, role, words in the text]...]
const PEOPLE: [string, [string, string | null, string][]][] = [
  ['“It is with the US,” Russian Foreign Minister Sergey Lavrov said in an interview.', [['Sergey Lavrov', 'Russian Foreign Minister', 'Sergey Lavrov']]],
  ['Kremlin spokesman Dmitry Peskov on Monday confirmed the meeting will take place.', [['Dmitry Peskov', 'Kremlin spokesman', 'Dmitry Peskov']]],
  ['“The grain export agreement will be signed,” Erdogan spokesman Ibrahim Kalin said in a tweet.', [['Ibrahim Kalin', 'Erdogan spokesman', 'Ibrahim Kalin']]],
  ['Russia’s Foreign Minister Sergei Lavrov (photo by TASS)', [['Sergei Lavrov', 'Russia Foreign Minister', 'Sergei Lavrov']]],
  ['Nato secretary-general Jens Stoltenberg has decided to convene a meeting.', [['Jens Stoltenberg', 'Nato secretary-general', 'Jens Stoltenberg']]],
  ['After talks in Geneva, US Secretary of State Antony Blinken warned of a response.', [['Antony Blinken', 'US Secretary of State', 'Antony Blinken']]],
  ['Ali Bagheri Kani, Iran’s senior nuclear negotiator, said on Wednesday. “We agreed,” Bagheri Kani tweeted.', [['Ali Bagheri Kani', null, 'Ali Bagheri Kani'], ['Ali Bagheri Kani', null, 'Bagheri Kani']]],
  ['Senior White House adviser Jared Kushner hails the signing. “I think,” Kushner says.', [['Jared Kushner', 'White House adviser', 'Jared Kushner'], ['Jared Kushner', 'White House adviser', 'Kushner']]],
  // A lowercase Arabic article is part of the name.
  ['Foreign ministry spokesman Majed al-Ansari said talks were continuing.', [['Majed al-Ansari', 'spokesman', 'Majed al-Ansari']]],
  // A name in full, then where the person is from.
  ['Sen. Marco Rubio of Florida said the administration was "giving Beijing everything it wants."', [['Marco Rubio', null, 'Marco Rubio']]],
  ['Lü Xiang, a research fellow at the Chinese Academy of Social Sciences, told the Global Times.', [['Lü Xiang', null, 'Lü Xiang']]],
  // A host who introduces herself: "I'm" is no first name.
  ["I'm Maya Okafor, and we are now six days into COP28 here in Dubai.", [['Maya Okafor', null, 'Maya Okafor']]],
  ['I’m Maya Okafor, and with me is Jonah Pereira.', [['Maya Okafor', null, 'Maya Okafor'], ['Jonah Pereira', null, 'Jonah Pereira']]],
  // A participle opening the sentence is no first name.
  ['Greeting Xi as "dear friend", Vladimir Putin told him that Russia had studied the paper.', [['Vladimir Putin', null, 'Vladimir Putin']]],
  // A body's name ending in a head noun of its own ("Platform", "Bloc") is no person beside the person it sends.
  ["The Unitary Platform's lead negotiator, Gerardo Blyde, called the procedure a step.", [['Gerardo Blyde', 'lead negotiator', 'Gerardo Blyde']]],
  // A place's name after a name's particle is the name's last word.
  ['Justice Secretary Leila de Lima said on Friday that the inquiry would be fair.', [['Leila de Lima', 'Justice Secretary', 'Leila de Lima']]],
  // A month's name after a given name, with no day after it, is a surname.
  ['Theresa May said the response had been anticipated.', [['Theresa May', null, 'Theresa May']]],
  ["China's ambassador Zhang Jun said the vote would set a dangerous precedent.", [['Zhang Jun', 'China ambassador', 'Zhang Jun']]],
  // A seat of power after a title and a given name is a surname, and stays one when it stands alone.
  ["Malta's prime minister, Joseph Muscat, refused. Muscat also warned that the ship's instructions broke the rules.", [['Joseph Muscat', 'Malta prime minister', 'Joseph Muscat'], ['Joseph Muscat', 'Malta prime minister', 'Muscat']]],
  // The rest of a portfolio's name is not the name of its holder.
  ["Rwanda's Minister of Foreign Affairs and International Cooperation Vincent Biruta said on Monday.", [['Vincent Biruta', null, 'Vincent Biruta']]],
  // Who holds or backs someone is said of the name, not part of it.
  ['Russian-backed Viktor Yanukovych fled to Rostov.', [['Viktor Yanukovych', null, 'Viktor Yanukovych']]],
]

// Capitalised words that are not people.
const NOT_PEOPLE: string[] = [
  'Leaders of the Economic Community of West African States met in Abuja.',
  'Moscow submitted draft documents demanding that Nato deny membership to Ukraine and other former Soviet countries.',
  'Talks between Russia and the US on Moscow’s demand for Western guarantees will start after the New Year holiday.',
  'The security situation at the Afghanistan-Tajikistan border is a concern.',
  'Describing the meeting as open and helpful, he said Moscow would understand.',
  "Pakistan acted in response to New Delhi's move to strip Indian-held Kashmir of its special status.",
  "Rwanda's Ministry of Foreign Affairs and International Cooperation said it had taken note of a process.",
  'China has detained an employee of the Japanese drugmaker Astellas Pharma, and Astellas Pharma said on Monday it was aware.',
  'Deputy Minister of Infrastructure of Ukraine said the agreement is an opportunity.',
  'Refresh your page for the latest updates. The most recent updates are at top.',
  'Since May, talks have stalled. Moscow March 5 talks were held. Last June the envoys met.',
  // A party's member described by age is someone named before.
  'The 63-year-old Social Democrat said the snub was regrettable.',
]

describe('findMentions: people', () => {
  it.each(PEOPLE)('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })
  it.each(NOT_PEOPLE)('finds no person in %s', (text) => {
    expect(people(text)).toEqual([])
  })
  it('reads a meetings record\'s speakers in capitals before their delegation, and keeps offsets where small letters would not fit', () => {
    const text = 'Statements\n\nİBRAHİM KALIN (Türkiye) said the talks would go on.\nJUAN RAMÓN DE LA FUENTE (Mexico) stressed the point.'
    const mentions = findMentions(text)
    expect(mentions.filter((m) => m.kind === 'person').map((m) => [m.name, text.slice(m.offset, m.offset + m.length)])).toEqual([['Juan Ramón de la Fuente', 'JUAN RAMÓN DE LA FUENTE']])
    expect(mentions.filter((m) => m.kind === 'country').map((m) => text.slice(m.offset, m.offset + m.length))).toEqual(['Türkiye', 'Mexico'])
  })
  it('keeps a seat of power after a title and a word that is no given name, in a headline, as the place ("Prime Minister Visits Beijing For Talks")', () => {
    expect(findMentions('Prime Minister Visits Beijing For Talks\n\nThe envoys met.').map((m) => m.name)).toContain('China')
  })
  it('binds a bare surname to the full name another article of the story gave', () => {
    const registry = registryOf(['Russian Foreign Minister Sergey Lavrov said in an interview on Monday.'])
    expect(people('Mr Lavrov said last week that Moscow will start talks.', registry)[0][0]).toBe('Sergey Lavrov')
    expect(people('Russian Foreign Minister Sergei Lavrov said.', registry)[0][0]).toBe('Sergey Lavrov')
  })
  it('reads a name a person goes by as that person ("Rodrigo Londoño, the Farc commander known as Timochenko")', () => {
    const text = 'Mr Santos and Rodrigo Londoño, the Farc commander known as Timochenko, signed the text. Timochenko apologised.'
    expect(people(text).map(([name, , written]) => [name, written])).toEqual([['Santos', 'Santos'], ['Rodrigo Londoño', 'Rodrigo Londoño'], ['Rodrigo Londoño', 'Timochenko'], ['Rodrigo Londoño', 'Timochenko']])
    const later = registryOf(['Rodrigo Londono, the top commander, spoke.', 'Londono, better known by his nom de guerre Timochenko, said the FARC had made concessions.'])
    expect(later.bySurnameKey('Timochenko')?.name).toBe('Rodrigo Londono')
  })
  it('keeps apart two people whose names share a word in different places ("Kim Il Sung", "Kim Jong Il")', () => {
    const registry = registryOf(['The will of late President Kim Il Sung and late General Secretary Kim Jong Il.', 'Ali Bagheri Kani spoke.', 'Ali Bagheri left.'])
    expect(registry.people.map((p) => p.name)).toEqual(['Kim Il Sung', 'Kim Jong Il', 'Ali Bagheri Kani'])
  })
  it('finds a family name written first, alone, as the one person the story names so', () => {
    const registry = registryOf(['Chinese President Xi Jinping arrived in Moscow.', 'Xi Jinping met Vladimir Putin.'])
    expect(people('Xi was handed a third term by the congress.', registry)).toEqual([['Xi Jinping', 'Chinese President', 'Xi']])
  })
  it('reads a family name written first as the person the story names in full far more often than any other', () => {
    const story = ['Kim Jong Un arrived in Hanoi.', 'Kim Jong Un met Trump.', 'Kim Jong Un smiled.', 'Spokesman Kim Eui-kyeom said nothing.']
    expect(registryOf(story).byFirstName('Kim')?.name).toBe('Kim Jong Un')
    expect(registryOf([...story, 'Kim Eui-kyeom said more.']).byFirstName('Kim')).toBeUndefined()
  })
})

describe('findMentions: gazetteer', () => {
  it.each([
    ['Moscow’s demand for Western guarantees precluding Nato’s expansion', ['Russia', 'NATO']],
    ['under the auspices of the Organisation for Security and Co-operation in Europe', ['Organization for Security and Cooperation in Europe']],
    ['Türkiye Defense Minister Hulusi Akar and the UN', ['Turkey', 'Hulusi Akar', 'United Nations']],
    ['A State Department official told The National that the US is looking', ['State Department', 'United States']],
    ['the Kremlin said, and Kyiv and Kiev answered', ['Kremlin', 'Ukraine', 'Ukraine']],
    // A place written with the accents the gazetteer leaves off.
    ['The foreign ministry in Reykjavík said, and officials in Bogotá agreed', ['Iceland', 'Colombia']],
  ])('%s', (text, names) => {
    expect(findMentions(text).map((m) => m.name)).toEqual(names)
  })
  it('reads a country\'s adjective before a body\'s name as part of the name, not as the country', () => {
    const things = (text: string) => findMentions(text).map((m) => [m.name, m.kind])
    expect(things('The Cuban American National Foundation called it a betrayal.')).toEqual([['Cuban American National Foundation', 'organisation']])
    expect(things('The Iranian Red Crescent and the American Civil Liberties Union')).toEqual([['Iranian Red Crescent', 'organisation'], ['American Civil Liberties Union', 'organisation']])
    // The country's own offices stay the country's.
    expect(things('The Russian Foreign Ministry said')).toEqual([['Russia', 'country'], ['Foreign Ministry', 'office']])
  })
  it('reads a word of rank, a point of the compass or a plural\'s possessive before a body\'s head as part of its name', () => {
    const things = (text: string) => findMentions(text).map((m) => [m.name, m.kind])
    expect(things('The Eastern Theater Command said')).toEqual([['Eastern Theater Command', 'organisation']])
    expect(things("China's General Administration of Customs says")).toEqual([['China', 'country'], ['General Administration of Customs', 'organisation']])
    expect(things("China's People's Liberation Army says")).toEqual([['China', 'country'], ["People's Liberation Army", 'organisation']])
    // Not a person's rank, nor the West as a people.
    expect(things('General Mark Milley said')).toEqual([['Mark Milley', 'person']])
    expect(things('Western officials said')).toEqual([])
  })
  it('does not take a memorial or a shrine for a person, though its last word is a surname ("Park")', () => {
    expect(findMentions('Obama will lay a wreath at the Peace Memorial Park with Abe.').map((m) => [m.name, m.kind])).toEqual([['Peace Memorial Park', 'organisation']])
  })
  it('reads a party\'s name before its kind in lower case, or one word after a country\'s adjective, as the party, not a person', () => {
    const things = (text: string) => findMentions(text).map((m) => [m.name, m.kind])
    expect(things('The ruling Civil Contract party said on Monday.')).toEqual([['Civil Contract', 'organisation']])
    expect(things('Georgian Dream says there will be none.')).toEqual([['Georgian Dream', 'organisation']])
    // A surname the text gave in full stays the person's.
    expect(things('Irakli Kobakhidze spoke first. Georgian Kobakhidze says there will be none.').map(([, kind]) => kind)).toEqual(['person', 'country', 'person'])
  })
  it('does not take a monastery, a church or a prison for a person', () => {
    expect(findMentions('He visited Gandantegchinlen Monastery.').map((m) => m.kind)).toEqual(['organisation'])
    expect(findMentions('Mass was said at Saint Joseph Church.').map((m) => m.kind)).toEqual(['organisation'])
    expect(findMentions('She was held in Evin Prison for six years.').map((m) => m.kind)).toEqual(['organisation'])
  })
  it('does not read the pronoun "us" as the United States', () => {
    expect(findMentions('It will help us all, he told us.')).toEqual([])
  })
})

describe('nameKey', () => {
  it.each([
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Dmitry Peskov', 'Dmitri Peskov'],
    ['Antony Blinken', 'Anthony Blinken'],
    ['António Guterres', 'Antonio Guterres'],
    ['Abdullatif Al-Zayani', 'Abdullatif Al Zayani'],
    ['Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'],
  ])('%s = %s', (a, b) => expect(nameKey(a)).toBe(nameKey(b)))
  it('keeps different people apart', () => expect(nameKey('Alexander Fomin')).not.toBe(nameKey('Alexander Grushko')))
})
