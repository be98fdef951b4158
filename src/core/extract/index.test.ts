import { describe, expect, it } from 'vitest'
import type { ArticleForExtraction, ExtractedItem } from '../types'
import { buildStoryContext, extractItems } from './index'
import { definedAcronyms } from './context'
import { findAttributions } from './attribution'

function extract(text: string, published: string, others: string[] = []): ExtractedItem[] {
  const articles: ArticleForExtraction[] = [text, ...others].map((t, i) => ({ id: `a${i}`, title: null, text: t, published }))
  return extractItems(articles[0], buildStoryContext(articles))
}

type Row = [text: string, published: string, type: 'statement' | 'event', speaker: string | null, start: string, end: string, precision: string]

// Real sentences from the seeds and the dev corpora, with the article's date.
const ITEMS: Row[] = [
  // The day of the words after their object, past a visit to a place; an opening occasion of a day.
  ["German Foreign Minister Annalena Baerbock told her hosts during a visit to Warsaw in October that, from Berlin's point of view, the reparations question was settled.", '2023-01-04', 'statement', 'Baerbock', '2022-10-01', '2022-10-31', 'month'],
  ['Blinken arrived on Sunday. During Monday\'s meeting, Xi Jinping told Blinken that China respects the interests of the US and does not seek to displace it.', '2023-06-21', 'statement', 'Xi', '2023-06-19', '2023-06-19', 'day'],
  // A spokesman set beside his post after an opening day and date; words whose subject is "nothing".
  ["On Sunday, July 24, the Russian defence ministry's spokesman, Igor Konashenkov, said high-precision missiles had destroyed a Ukrainian warship.", '2022-08-02', 'statement', 'Konashenkov', '2022-07-24', '2022-07-24', 'day'],
  ["On Wednesday President Michel Aoun said nothing justified Hariri's failure to return after twelve days.", '2017-11-25', 'statement', 'Aoun', '2017-11-22', '2017-11-22', 'day'],
  // A day after "But", its occasion set aside before the subject.
  ['On June 27 Belarusian President Alexander Lukashenko said Yevgeny Prigozhin had flown into Belarus. But on July 6, speaking to foreign journalists in Minsk, the Belarusian leader said the opposite: Prigozhin was in St Petersburg.', '2023-07-10', 'statement', 'Lukashenko', '2023-07-06', '2023-07-06', 'day'],
  // A deed of a day of its own after the words is a happening of that day.
  ["On Dec. 27 a rocket attack killed a U.S. contractor. Washington blamed Kataib Hezbollah and on Dec. 29 struck five of the group's sites in Iraq and Syria.", '2020-01-03', 'event', null, '2019-12-29', '2019-12-29', 'day'],
  // A party by its name before its kind in lower case.
  ['The ruling Georgian Dream party said on Monday that the protests were funded from abroad.', '2024-12-03', 'statement', 'Georgian Dream', '2024-12-02', '2024-12-02', 'day'],
  // "it" is the ministry the sentence before opens with past its setting, not the body last heard.
  ['Bahram Qasemi, the spokesman of the Iranian foreign ministry, described the charges as "false". In Rabat, the Moroccan foreign ministry answered the critics with a communiqué on Wednesday. The break with Tehran, it said, was a "sovereign decision".', '2018-05-03', 'statement', 'Moroccan Foreign Ministry', '2018-05-02', '2018-05-02', 'day'],
  // A body the gazetteer does not hold, by the last word of its name; a continent's diplomat, not an American one.
  ['Blue and White National Unity (UNAB), an opposition coalition whose leaders largely operate from exile in Costa Rica, said in a statement on Saturday that the withdrawal "leaves Nicaraguans more defenceless than ever".', '2021-11-21', 'statement', 'Blue and White National Unity', '2021-11-20', '2021-11-20', 'day'],
  ['"Suspension was the only stick we had, and Managua took it away from us by walking out first," a senior South American diplomat at the OAS said on Friday.', '2021-12-06', 'statement', 'South American', '2021-12-03', '2021-12-03', 'day'],
  // A seat of government speaks as itself.
  ['Malacañang said on Friday that Filipino workers in Taiwan should keep calm.', '2013-05-18', 'statement', 'Malacañang', '2013-05-17', '2013-05-17', 'day'],
  // A ministry or government named bare right after a setting in one country is that country's.
  ['In Berlin, the Foreign Office said on Monday that the expulsion was unjustified.', '2023-04-12', 'statement', 'German Foreign Ministry', '2023-04-10', '2023-04-10', 'day'],
  ['In Rabat, the foreign ministry said on Monday that the expulsion was unjustified.', '2023-04-12', 'statement', 'Moroccan Foreign Ministry', '2023-04-10', '2023-04-10', 'day'],
  ['In Berlin, the government said on Monday that the expulsion was unjustified.', '2023-04-12', 'statement', 'Germany', '2023-04-10', '2023-04-10', 'day'],
  // A court barring and freezing, an election's seats, bodies found; a first recognition.
  ["On January 28 the US imposed sanctions. The next day Venezuela's Supreme Court barred Guaidó from leaving the country and froze his bank accounts.", '2019-02-05', 'event', null, '2019-01-29', '2019-01-29', 'day'],
  ['On February 2 hundreds of thousands marched. The same day an air force general, Francisco Yánez, became the first active general to recognise Guaidó.', '2019-02-05', 'event', null, '2019-02-02', '2019-02-02', 'day'],
  ["On March 15 Rutte's liberal VVD came first with 33 of the 150 seats in the lower house.", '2017-04-10', 'event', null, '2017-03-15', '2017-03-15', 'day'],
  ['The shelling on Tuesday, November 23, killed two marines. The bodies of two civilian workers were found in the rubble the next day.', '2010-12-21', 'event', null, '2010-11-24', '2010-11-24', 'day'],
  // Others following suit; police dispersing a crowd.
  ['Canada, Brazil, Colombia, Argentina, Chile, Peru, Paraguay and several other countries of the region followed suit on Wednesday, as did Luis Almagro.', '2019-01-24', 'event', null, '2019-01-23', '2019-01-23', 'day'],
  // An expulsion told as the hours given to leave; a landing told as touching down.
  ["BAMAKO/PARIS, Jan 31 (Sahel Wire Service) - Mali's military-led transitional government on Monday gave France's ambassador, Joël Meyer, 72 hours to leave the country.", '2022-01-31', 'event', null, '2022-01-31', '2022-01-31', 'day'],
  ['On Thursday a plane from Oman touched down at RAF Brize Norton.', '2022-03-18', 'event', null, '2022-03-17', '2022-03-17', 'day'],
  ['Riot police used water cannon, dogs and mounted officers to disperse the crowd in the early hours, and several people were detained.', '2017-03-12', 'event', null, '2017-03-12', '2017-03-12', 'approximate'],
  ['“It is with the US that we will carry out the main work of negotiations, which will take place immediately after the New Year holidays end,” Russian foreign minister Sergey Lavrov said on Monday.', '2021-12-28', 'statement', 'Sergey Lavrov', '2021-12-27', '2021-12-27', 'day'],
  ['It is with the US that we will carry out the main work of negotiations, which will take place immediately after the New Year holidays end, Russian Foreign Minister Sergey Lavrov said in an interview Monday.', '2021-12-27', 'statement', 'Sergey Lavrov', '2021-12-27', '2021-12-27', 'day'],
  ['Nato secretary-general Jens Stoltenberg has decided to convene a meeting of the Nato-Russia Council on January 12, a Nato official said on Saturday, adding that the bloc was in touch with Russia about the meeting.', '2021-12-28', 'statement', 'NATO official', '2021-12-25', '2021-12-25', 'day'],
  ['Nato secretary-general Jens Stoltenberg has decided to convene a meeting of the Nato-Russia Council on January 12, a Nato official said on Saturday, adding that the bloc was in touch with Russia about the meeting.', '2021-12-28', 'event', null, '2022-01-12', '2022-01-12', 'day'],
  ['Kremlin spokesman Dmitry Peskov on Monday confirmed the meeting will take place, calling talks with Nato “important”.', '2021-12-28', 'statement', 'Dmitry Peskov', '2021-12-27', '2021-12-27', 'day'],
  // The setting between the verb and the day may name something with a number in it.
  ['"There are certain restrictions, and Russia complies with all of them," Putin said in an interview with the Rossiya-1 channel on Wednesday.', '2023-09-15', 'statement', 'Putin', '2023-09-13', '2023-09-13', 'day'],
  // An analysis weeks on: words reported without a day, in the paragraph of the day just told, were said that day; not so
  // after a day counted back from the article ("10 days ago").
  ['On 5 November Albanese attended the opening of the import expo. On 6 November he walked through the Temple of Heaven before meeting Xi Jinping. Xi told him the relationship had "embarked on the right path of improvement".', '2023-12-04', 'statement', 'Xi Jinping', '2023-11-06', '2023-11-06', 'day'],
  ['Chinese President Xi Jinping was handed a third presidential term by the National People’s Congress 10 days ago. He said he was confident the Russian people would "continue to give you their firm support".', '2023-03-21', 'statement', null, '2023-03-21', '2023-03-21', 'approximate'],
  // A military's general staff speaks; "he" after a sentence that names one person further on is that person.
  ['The Turkish general staff said the jet had crossed into Turkish airspace over the southern province of Hatay and had been warned 10 times.', '2015-11-24', 'statement', 'Turkish general staff', '2015-11-24', '2015-11-24', 'approximate'],
  ['Soldiers parked trucks across the runway on Sunday to stop a plane carrying Manuel Zelaya from landing.\n\nThe Venezuelan-registered jet circled the capital twice while Zelaya spoke by telephone to Venezuelan and Honduran radio stations. He said that if he had had a parachute he would have jumped.', '2009-07-06', 'statement', 'Zelaya', '2009-07-05', '2009-07-05', 'approximate'],
  // A press secretary is no press: "Press" before "Secretary" names no outlet.
  ['Back in Washington, White House Press Secretary Karine Jean-Pierre said the administration was "deeply troubled" by what she called a Kremlin-style law.', '2024-05-15', 'statement', 'Karine Jean-Pierre', '2024-05-15', '2024-05-15', 'approximate'],
  // A live page's entry that recaps yesterday tells of yesterday up to the next time stamp.
  ['10:15\nA recap of yesterday\'s events for those just joining us.\n\nSpeaking in Paris, Mrs Clinton said: "We have every reason to fear that, left unchecked, Qaddafi would commit unspeakable atrocities."\n\n09:00\nGood morning and welcome to our live coverage. Hague said the strikes were legal.', '2011-03-20', 'statement', 'Clinton', '2011-03-19', '2011-03-19', 'day'],
  ['10:15\nA recap of yesterday\'s events for those just joining us.\n\nSpeaking in Paris, Mrs Clinton said: "We have every reason to fear that, left unchecked, Qaddafi would commit unspeakable atrocities."\n\n09:00\nGood morning and welcome to our live coverage. Hague said the strikes were legal.', '2011-03-20', 'statement', 'Hague', '2011-03-20', '2011-03-20', 'approximate'],
  // An adverb of sequence between the speaker and the verb ("first said", "initially said").
  ['The Indian Army first said in the afternoon that "a violent face-off took place yesterday night with casualties on both sides".', '2020-06-16', 'statement', 'army', '2020-06-16', '2020-06-16', 'approximate'],
  // "... but said": the second verb goes on with the clause's subject.
  ['S. Jaishankar met Wang Yi. Jaishankar did not mention China by name but said that "leading voices of the world must be exemplars in every way", respecting international law.', '2020-06-30', 'statement', 'Jaishankar', '2020-06-30', '2020-06-30', 'approximate'],
  // "he" after a quotation is the one person the sentence names before it.
  ['The defence secretary, Gavin Williamson, was less diplomatic on the same day: "Frankly, Russia should go away and should shut up," he said.', '2018-03-19', 'statement', 'Gavin Williamson', '2018-03-19', '2018-03-19', 'approximate'],
  // After a colon come the words: "from Monday" is when the ceasefire starts, not when Santos spoke.
  ['Colombia and the Farc reached a final agreement in Havana, President Juan Manuel Santos said.\n\nSantos: ceasefire from Monday', '2016-08-25', 'statement', 'Santos', '2016-08-25', '2016-08-25', 'approximate'],
  ['Dmitry Peskov is the Kremlin spokesman.\n\nPeskov: the strike on Monday was a provocation', '2016-08-26', 'statement', 'Peskov', '2016-08-26', '2016-08-26', 'approximate'],
  // Words given in a speech on a day were said that day; "had written that" reports words.
  // A quote after the day "she" sat at a press conference is of that day.
  ['Nazanin Zaghari-Ratcliffe landed at Brize Norton on 17 March.\n\nFour days after she landed, on Monday 21 March, she sat beside Richard Ratcliffe and Anoosheh Ashoori at a packed press conference in Parliament.\n\n"I\'ve seen five foreign secretaries change over the course of six years," she said.', '2022-04-07', 'statement', 'Nazanin Zaghari-Ratcliffe', '2022-03-21', '2022-03-21', 'day'],
  // A paragraph added after publication reads its days from the day its label names; words said after a meeting its day.
  ["The two women were charged on Wednesday, police said.\n\nUPDATE, Saturday: Indonesia's deputy ambassador to Malaysia, Andreano Erwin, said after a 30-minute meeting with Siti Aisyah at a police station on Saturday that she told him she had been paid 400 ringgit.", '2017-02-24', 'statement', 'Andreano Erwin', '2017-02-25', '2017-02-25', 'day'],
  // Words sent through the media are the sender's, on the day a clause of "when" opens on.
  ['The warnings began last Thursday, when Kim Yo Jong issued a statement through state media calling defectors "human scum" and threatening to scrap a 2018 military pact.', '2020-06-09', 'statement', 'Kim Yo Jong', '2020-06-04', '2020-06-04', 'day'],
  // Reported words' "tomorrow" is the day after they were said.
  ['On Thursday afternoon Imran Khan told a joint session of parliament that the captured pilot would be released tomorrow as a gesture of peace.', '2019-03-01', 'event', null, '2019-03-01', '2019-03-01', 'day'],
  // Whom the words went to, before their day.
  ['Cambodian Prime Minister Hun Manet wrote to the president of the UN Security Council late on Thursday asking for an urgent meeting "to stop Thailand\'s aggression".', '2025-07-25', 'statement', 'Hun Manet', '2025-07-24', '2025-07-24', 'day'],
  ['Alexander Lukashenko is president of Belarus.\n\nLukashenko had defended the diversion in a combative speech to parliament on May 26. He said the bomb warning had come from Switzerland.', '2021-06-04', 'statement', 'Lukashenko', '2021-05-26', '2021-05-26', 'day'],
  ['A day earlier, Foreign Affairs Minister Chrystia Freeland had written that she was "very alarmed" to learn that Badawi had been imprisoned.', '2018-08-06', 'statement', 'Chrystia Freeland', '2018-08-05', '2018-08-05', 'day'],
  // A name and a colon before quoted words, within a paragraph, as a live blog writes.
  ['President Donald Trump hosted the leaders at the White House.\n\nTrump says Serbia will move its embassy to Jerusalem. Trump: "There was a lot of fighting, and now there\'s a lot of love."', '2020-09-04', 'statement', 'Donald Trump', '2020-09-04', '2020-09-04', 'approximate'],
  // Experts due in a country on a day: a visit.
  ['Experts from the Organisation for the Prohibition of Chemical Weapons are due in Britain on Monday to take samples of the nerve agent.', '2018-03-18', 'event', null, '2018-03-19', '2018-03-19', 'day'],
  // A ship that docked or set sail on a day.
  ['The first aid ship, the Lady Leyla, docked at Ashdod on July 3 with about 10,000 tonnes of supplies.', '2016-08-22', 'event', null, '2016-07-03', '2016-07-03', 'day'],
  // A funeral, a rescue, people found poisoned: happenings.
  ['The dead pilot, Lieutenant Colonel Oleg Peshkov, was buried with military honours in Lipetsk on Wednesday.', '2015-12-04', 'event', null, '2015-12-02', '2015-12-02', 'day'],
  ['Sergei Skripal and his daughter Yulia were found slumped on a bench in the centre of Salisbury on Sunday, March 4.', '2018-03-13', 'event', null, '2018-03-04', '2018-03-04', 'day'],
  // Not the one whose invitation the sentence names.
  ['Yoon Suk Yeol met Fumio Kishida in Seoul. Yoon will attend the Group of Seven summit in Hiroshima from May 19 to 21 at Kishida\'s invitation. He said he and Kishida would hold a three-way meeting with President Joe Biden.', '2023-05-08', 'statement', 'Yoon', '2023-05-08', '2023-05-08', 'approximate'],
  // "he went on," before a quotation reports it.
  ['Vladimir Putin met King Abdullah in Sochi on Tuesday. Today\'s tragic events, he went on, "will have serious consequences for Russian-Turkish relations."', '2015-11-24', 'statement', 'Putin', '2015-11-24', '2015-11-24', 'approximate'],
  // The lead's news happened on Monday and was told on Tuesday: the article's undated words were said on Tuesday.
  ['Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley on Monday night, the Indian Army said on Tuesday.\n\nSpokesperson Anurag Srivastava said the clash was the result of "an attempt by the Chinese side to unilaterally change the status quo".', '2020-06-16', 'statement', 'Srivastava', '2020-06-16', '2020-06-16', 'approximate'],
  // A pronoun that goes on from the sentence just told, which names the speaker, speaks at that scene; another voice does not.
  ['Prime Minister Narendra Modi left Washington for Egypt on Saturday.\n\nIn his last public event in the US capital, Modi addressed several thousand members of the Indian-American community at the Ronald Reagan Building on Friday evening. He announced that holders of H-1B work visas would be able to renew them inside the United States.', '2023-06-24', 'statement', 'Modi', '2023-06-23', '2023-06-23', 'day'],
  ['In his last public event in the US capital, Modi addressed several thousand members of the Indian-American community at the Ronald Reagan Building on Friday evening. Officials said the visit had gone well.', '2023-06-24', 'statement', 'Officials', '2023-06-23', '2023-06-23', 'approximate'],
  // A happening told as done whose only date is a comparison's baseline is of the article's day.
  ['The two governments had met beforehand in the High-Level Cooperation Council, its first session since 2016.', '2023-12-07', 'event', null, '2023-12-07', '2023-12-07', 'approximate'],
  // An opening setting dates the words, and "he" is the person named after it, not the one quoted before.
  ['Norbert Röttgen called the trip "a PR coup for Xi".\n\nIn Amsterdam on 12 April, Emmanuel Macron doubled down: "Being an ally does not mean being a vassal," he told reporters alongside Mark Rutte.', '2023-05-02', 'statement', 'Emmanuel Macron', '2023-04-12', '2023-04-12', 'day'],
  // Days counted from the happening the text is at, by an opening clause.
  ['On June 17, Chinese coast guard personnel boarded Philippine navy boats, officials said.\n\nSix days after the clash, President Ferdinand Marcos Jr. told troops in Palawan that the Philippines was "not in the business to instigate wars."', '2024-07-22', 'statement', 'Marcos', '2024-06-23', '2024-06-23', 'day'],
  ['The arrangement caps weeks of diplomacy that followed the June 17 clash, when coast guard personnel boarded Philippine Navy boats. Six days after the clash, President Ferdinand Marcos Jr. told troops in Palawan that the Philippines was "not in the business to instigate wars."', '2024-07-22', 'statement', 'Marcos', '2024-06-23', '2024-06-23', 'day'],
  // A court's steps are happenings, years before the report.
  ['Guyana took the case to the ICJ in 2018.', '2023-12-18', 'event', null, '2018-01-01', '2018-12-31', 'year'],
  ['The court affirmed its jurisdiction in December 2020 and rejected Venezuela’s last preliminary objection in April of this year.', '2023-12-18', 'event', null, '2023-04-01', '2023-04-30', 'month'],
  // Words reported after an opening clause of what happened came then, years before the report.
  ['After militants attacked an army camp in Uri in September 2016, killing 19 soldiers, India announced "surgical strikes" on launch pads across the Line of Control.', '2025-05-14', 'statement', 'India', '2016-09-01', '2016-09-30', 'month'],
  // A second verb of speech goes on with the subject of the first, past its object ("embraced him and called").
  ['On Wednesday, Venezuelan President Hugo Chávez embraced him and called the raid "a war crime".', '2008-03-06', 'statement', 'Hugo Chávez', '2008-03-05', '2008-03-05', 'day'],
  // A day counted on from a list of happenings told in order counts from the last of them.
  ["In the space of five weeks Syria's foreign minister visited Jeddah (April 12), Arab ministers met their Syrian counterpart in Amman (May 1) and voted in Cairo to readmit Syria (May 7). The two countries reopened their embassies two days later.", '2023-05-21', 'event', null, '2023-05-09', '2023-05-09', 'day'],
  // A deed told of the speaker in a relative clause keeps its day; the words are the report's.
  ['The presidents shook hands on Friday at a summit in Santo Domingo. Nicaragua\'s Daniel Ortega then embraced him.\n\nOrtega, whose government broke off relations with Colombia on Thursday in solidarity with Ecuador, said after the handshake that Nicaragua would restore them.', '2008-03-08', 'statement', 'Daniel Ortega', '2008-03-07', '2008-03-07', 'approximate'],
  ['The presidents shook hands on Friday at a summit in Santo Domingo. Nicaragua\'s Daniel Ortega then embraced him.\n\nOrtega, whose government broke off relations with Colombia on Thursday in solidarity with Ecuador, said after the handshake that Nicaragua would restore them.', '2008-03-08', 'event', null, '2008-03-06', '2008-03-06', 'day'],
  // A rights group or aid agency speaks under its whole name.
  ['Human Rights Watch said on Wednesday that it had spoken to the ousted president.', '2023-08-11', 'statement', 'Human Rights Watch', '2023-08-09', '2023-08-09', 'day'],
  ['Doctors Without Borders said on Wednesday that its hospital in Gaza had been hit.', '2023-08-11', 'statement', 'Médecins Sans Frontières', '2023-08-09', '2023-08-09', 'day'],
  // An embassy placed in its city speaks for its country.
  ['The Chinese embassy in Washington said on Monday that the accusations were groundless.', '2024-03-13', 'statement', 'China', '2024-03-11', '2024-03-11', 'day'],
  // A UN agency named by what it does, with the UN's initials dotted or not.
  ['The UN refugee agency said on Friday that more than 45,000 people had fled to Senegal.', '2017-01-20', 'statement', 'UNHCR', '2017-01-20', '2017-01-20', 'day'],
  ['The U.N. nuclear watchdog said on Friday that Iran had enriched more uranium.', '2017-01-20', 'statement', 'International Atomic Energy Agency', '2017-01-20', '2017-01-20', 'day'],
  // Leaving a summit early, and how it closed, are worth listing without a day of their own.
  ["Qatar's emir left the summit before Assad took the floor, according to diplomats.", '2023-05-19', 'event', null, '2023-05-19', '2023-05-19', 'approximate'],
  ['The summit closed with the adoption of the Jeddah Declaration.', '2023-05-19', 'event', null, '2023-05-19', '2023-05-19', 'approximate'],
  // So are a court's verdicts and a phone call.
  ['A fourth defendant, Russian Oleg Pulatov, was acquitted.', '2022-11-17', 'event', null, '2022-11-17', '2022-11-17', 'approximate'],
  // So is a treaty's instrument handed over or deposited.
  ['Turkey’s foreign minister, Mevlüt Çavuşoğlu, has handed over Turkey’s instrument of ratification to Blinken.', '2023-04-04', 'event', null, '2023-04-04', '2023-04-04', 'approximate'],
  ['The secretary of the foreign ministry, Frances Adamson, phoned the ambassador to raise concerns about his remarks.', '2020-04-27', 'event', null, '2020-04-27', '2020-04-27', 'approximate'],
  // A timeline's entry is a happening of its day, whatever its verb.
  ["August 4, 1993: Chief Cabinet Secretary Yohei Kono acknowledges the military's involvement and apologises.", '2015-12-29', 'event', null, '1993-08-04', '1993-08-04', 'day'],
  // A concession, and the day after a day the text names as a thing's ("the December 1 election").
  ['Jammeh lost the December 1 election to Barrow. He conceded defeat in a telephone call broadcast on television the next day, but reversed course on December 9.', '2017-01-18', 'event', null, '2016-12-02', '2016-12-02', 'day'],
  ['An ECOWAS delegation led by Nigeria\'s President Muhammadu Buhari failed on Friday to persuade Jammeh to step down.', '2017-01-18', 'event', null, '2017-01-13', '2017-01-13', 'day'],
  // A call by video link and a court's sentence are happenings.
  ['Biden and Xi spoke for two hours by video link on Monday.', '2024-03-13', 'event', null, '2024-03-11', '2024-03-11', 'day'],
  ['The court sentenced the journalist to 16 years in prison on Monday.', '2024-03-13', 'event', null, '2024-03-11', '2024-03-11', 'day'],
  ['Last Friday the president dissolved parliament.', '2024-03-13', 'event', null, '2024-03-08', '2024-03-08', 'day'],
  // Acts of war are happenings, and so is a leader's call.
  ['Russia shelled the port of Kherson on Saturday night, the regional governor said.', '2023-03-15', 'event', null, '2023-03-11', '2023-03-11', 'day'],
  ['Militants stormed the parliament building in the early hours of Sunday.', '2023-03-15', 'event', null, '2023-03-12', '2023-03-12', 'day'],
  ['Erdogan telephoned Putin on Tuesday.', '2023-03-15', 'event', null, '2023-03-14', '2023-03-14', 'day'],
  // Leaders speaking to each other is a happening; speaking to reporters is not.
  ['Vice President JD Vance spoke to Modi on Friday, according to two sources familiar with the matter.', '2025-05-12', 'event', null, '2025-05-09', '2025-05-09', 'day'],
  // The opening day is the statement's though a clause of its setting comes between.
  ['On Wednesday, after a video call with European leaders and Ukrainian President Volodymyr Zelenskiy, Trump warned that there would be "very severe consequences" if Putin did not agree to stop the war.', '2025-08-15', 'statement', 'Trump', '2025-08-13', '2025-08-13', 'day'],
  ['Turkey urged Russia on Monday to drop “one-sided” demands and adopt a more constructive approach.', '2021-12-28', 'statement', 'Turkey', '2021-12-27', '2021-12-27', 'day'],
  ['Earlier this month, Moscow submitted draft security documents demanding that Nato deny membership to Ukraine.', '2021-12-28', 'event', null, '2021-12-01', '2021-12-28', 'month'],
  ['Mr Lavrov said last week that, in addition to talks with the US, Moscow will start separate talks with Nato.', '2021-12-27', 'statement', 'Lavrov', '2021-12-20', '2021-12-26', 'week'],
  ['A State Department official told The National that the US is looking for Russia to co-operate in cooling tension.', '2021-12-27', 'statement', 'US State Department official', '2021-12-27', '2021-12-27', 'approximate'],
  ['Tensions have been mounting in eastern Ukraine since November, when several Western media outlets reported that Russia had been amassing troops near the border.', '2021-12-27', 'event', null, '2021-11-01', '2021-11-30', 'month'],
  ['After the meeting, Lavrov said that the West would submit a written response to his government’s request for security guarantees next week.', '2022-01-21', 'event', null, '2022-01-24', '2022-01-30', 'week'],
  ['On January 18, Lavrov and Blinken had a telephone conversation.', '2022-01-21', 'event', null, '2022-01-18', '2022-01-18', 'day'],
  ['Earlier Thursday, Blinken said the United States and its allies had been rejected by Russia in response to diplomatic proposals in a “spirit of reciprocity.”', '2022-01-21', 'statement', 'Blinken', '2022-01-20', '2022-01-20', 'day'],
  ['“We agreed to start the negotiations aiming at removal of unlawful and inhumane sanctions on 29 November in Vienna,” Bagheri said on Twitter.', '2021-11-03', 'event', null, '2021-11-29', '2021-11-29', 'day'],
  ['Nuclear talks between world powers and Tehran on reviving the Iran nuclear deal will resume in Vienna on November 29, the EU said in a statement Wednesday.', '2021-11-03', 'statement', 'European Union', '2021-11-03', '2021-11-03', 'day'],
  ['Negotiations on getting the Iran nuclear deal back on track will resume on Nov. 29 in Vienna, the EU’s diplomatic service announced on Wednesday, News.Az reports citing Anadolu Agency.', '2021-11-04', 'statement', 'European Union', '2021-11-03', '2021-11-03', 'day'],
  ['A statement by the European Union on Wednesday confirmed nuclear talks between world powers and Iran to revive the historic nuclear accord will resume on November 29.', '2021-11-03', 'statement', 'European Union', '2021-11-03', '2021-11-03', 'day'],
  ['Russia and Ukraine will sign a deal on Friday to reopen Ukraine’s Black Sea ports for grain exports, Turkish President Tayyip Erdogan’s office said.', '2022-07-22', 'statement', "Tayyip Erdogan's office", '2022-07-22', '2022-07-22', 'approximate'],
  ['Russia and Ukraine will sign a deal on Friday to reopen Ukraine’s Black Sea ports for grain exports, Turkish President Tayyip Erdogan’s office said.', '2022-07-22', 'event', null, '2022-07-22', '2022-07-22', 'day'],
  ['Prime Minister Benjamin Netanyahu departed Washington, D.C. on Wednesday morning, capping a two day visit.', '2020-09-16', 'event', null, '2020-09-16', '2020-09-16', 'day'],
  ['These will be the third and fourth agreements Israel has signed with Arab nations, following Egypt in 1979 and Jordan in 1994.', '2020-09-15', 'event', null, '1979-01-01', '1979-12-31', 'year'],
  ['Russia’s ambassador to the US, Anatoly Antonov, said Washington was escalating the crisis.', '2023-06-14', 'statement', 'Anatoly Antonov', '2023-06-14', '2023-06-14', 'approximate'],
  ['As recently as 30 August the two countries’ foreign and defence ministers had issued a joint statement on the programme.', '2021-09-23', 'event', null, '2021-08-30', '2021-08-30', 'day'],
  ['“This is an agreement that will bring all countries together,” Ms Bishop told reporters in Paris after the gavel came down late on Saturday.', '2015-12-13', 'statement', 'Bishop', '2015-12-12', '2015-12-12', 'day'],
  // An opening setting that names an occasion of speaking dates the words.
  ['Washington chose quiet pressure. In a call on May 12, two days into the fighting, President Joe Biden said Israel had "a right to defend itself".', '2021-06-14', 'statement', 'Joe Biden', '2021-05-12', '2021-05-12', 'day'],
  // "for the first time" may stand between the speaker and the verb.
  ['On Monday, President Joe Biden had for the first time expressed support for a ceasefire, in a call with Netanyahu.', '2021-05-20', 'statement', 'Joe Biden', '2021-05-17', '2021-05-17', 'day'],
  // After a verb that takes an object, "that" is the object's: the day is the rejection's.
  ['Kosovo Prime Minister Albin Kurti rejected that account on Monday evening, saying the EU proposal would have frozen the dispute.', '2022-11-24', 'statement', 'Albin Kurti', '2022-11-21', '2022-11-21', 'day'],
  ["Egypt's foreign minister Sameh Shoukry, who chaired part of Wednesday's session, told the ministers that Egypt had negotiated for years in good faith.", '2020-03-05', 'statement', 'Sameh Shoukry', '2020-03-04', '2020-03-04', 'day'],
  // A passive deed of the speaker's told as background ("who was sworn in ... on January 10") does not date the words.
  ['President Nicolás Maduro, who was sworn in for a second six-year term on January 10, responded from a balcony of the Miraflores palace: "Get out!"', '2019-01-24', 'statement', 'Nicolás Maduro', '2019-01-24', '2019-01-24', 'approximate'],
  ['NATO\'s secretary general, Jens Stoltenberg, said after an extraordinary meeting of the NATO-Ukraine Commission in Brussels on Monday that there was "no justification for the use of military force".', '2018-11-27', 'statement', 'Jens Stoltenberg', '2018-11-26', '2018-11-26', 'day'],
  // A day in the possessive, deep in the words reported, dates what the words name, not the saying.
  ["The chairwoman, Kaci Kullmann Five, said the committee did not see the result of Sunday's referendum as a reason not to award the prize.", '2016-10-07', 'statement', 'Kaci Kullmann Five', '2016-10-07', '2016-10-07', 'approximate'],
  ['In Skopje, several thousand people protested in front of the parliament building on Sunday evening, chanting “Macedonia”.', '2018-06-18', 'event', null, '2018-06-17', '2018-06-17', 'day'],
  // A minister taken to hospital is a happening, and "to hospital" is no infinitive looking ahead.
  ['Russia is represented by Foreign Minister Sergei Lavrov, who was taken to hospital on Monday shortly after his arrival in Bali, a report the Russian Foreign Ministry dismissed as fake news.', '2022-11-15', 'event', null, '2022-11-14', '2022-11-14', 'day'],
  // A state's own outlet speaks for it; a closing "state media reported" only carries the words.
  ["North Korea's state media said Wednesday that Kim and Trump had accepted each other's invitations to visit their countries.", '2018-06-13', 'statement', "North Korea's state media", '2018-06-13', '2018-06-13', 'day'],
  ['The Korean Central News Agency also said Trump had expressed his intention to lift sanctions as relations improve.', '2018-06-13', 'statement', 'Korean Central News Agency', '2018-06-13', '2018-06-13', 'approximate'],
  ['Kim Jong Un said the summit was a success, state media reported on Wednesday.', '2018-06-14', 'statement', 'Kim Jong Un', '2018-06-13', '2018-06-13', 'day'],
  ['The foreign ministers are due to meet in Tokyo on April 16-18.', '2023-04-01', 'event', null, '2023-04-16', '2023-04-18', 'week'],
  ['The UN and Turkey announced a deal with Russia and Ukraine on Friday to open up Black Sea shipping lanes.', '2022-07-22', 'event', null, '2022-07-22', '2022-07-22', 'day'],
  ['Negotiations on getting the Iran nuclear deal back on track will resume on Nov. 29 in Vienna, the EU’s diplomatic service announced on Wednesday.', '2021-11-04', 'statement', 'European Union', '2021-11-03', '2021-11-03', 'day'],
  ['Negotiators extended the deadline on June 30 and again a week later, on July 7.', '2015-07-14', 'event', null, '2015-07-07', '2015-07-07', 'day'],
  ['The deadline expires on November 24.', '2014-07-20', 'event', null, '2014-11-24', '2014-11-24', 'day'],
  // The present simple of what a deal sets in motion is ahead; a schedule is an event.
  ['Under the deal, the ceasefire takes effect from midnight on Sunday.', '2015-02-12', 'event', null, '2015-02-15', '2015-02-15', 'day'],
  ['Kim is scheduled to lay a wreath at the Ho Chi Minh Mausoleum on Saturday.', '2019-03-01', 'event', null, '2019-03-02', '2019-03-02', 'day'],
  ['Saudi Arabia cut ties with Iran in January 2016.', '2023-03-10', 'event', null, '2016-01-01', '2016-01-31', 'month'],
  // What a summit decides, and the month or day of the year before or after the article's.
  ['JOHANNESBURG, Aug 24 (Reuters) - The BRICS group of emerging economies agreed on Thursday to admit Saudi Arabia, Iran, Ethiopia, Egypt, Argentina and the United Arab Emirates.', '2023-08-24', 'event', null, '2023-08-24', '2023-08-24', 'day'],
  ['Last Friday, the justice department indicted 12 Russian intelligence officers.', '2018-07-16', 'event', null, '2018-07-13', '2018-07-13', 'day'],
  ['Iran formally applied for BRICS membership in June last year.', '2023-08-25', 'event', null, '2022-06-01', '2022-06-30', 'month'],
  ['The six countries would become full members from 1 January next year.', '2023-08-25', 'event', null, '2024-01-01', '2024-01-01', 'day'],
  // A plan: "due to" a few words back, and the present simple after "before".
  ['Hezbollah chief Sayyed Hassan Nasrallah is due to deliver a televised speech on Saturday.', '2022-10-28', 'event', null, '2022-10-29', '2022-10-29', 'day'],
  ['The deal was signed days before Israelis go to the polls on Tuesday.', '2022-10-28', 'event', null, '2022-11-01', '2022-11-01', 'day'],
  ['The head of Russia’s delegation, Vladimir Medinsky, had clarified late on Tuesday that the pullback did not amount to a ceasefire.', '2022-03-30', 'statement', 'Vladimir Medinsky', '2022-03-29', '2022-03-29', 'day'],
  // "overnight" is the night before the article; "later in the week" is later this week.
  ['The deal was approved by the Israeli cabinet overnight after a session that lasted more than six hours.', '2023-11-22', 'event', null, '2023-11-21', '2023-11-22', 'week'],
  ['Mr Xi is then expected to travel to Bangkok for the leaders’ meeting later in the week.', '2022-11-14', 'event', null, '2022-11-14', '2022-11-20', 'week'],
  ['The Minsk Group was set up in 1992 to find a negotiated solution to the conflict.', '2020-11-11', 'event', null, '1992-01-01', '1992-12-31', 'year'],
  // A main verb after a subject's participle or apposition is not a participle's clause.
  ['A first flight from Sanaa to Cairo, delayed for weeks, landed in the Egyptian capital on Wednesday.', '2022-06-02', 'event', null, '2022-06-01', '2022-06-01', 'day'],
  ['Two of the Iranians released by the United States, Mehrdad Moein Ansari and Reza Sarhangpour Kafrani, arrived in Tehran early on Tuesday.', '2023-09-20', 'event', null, '2023-09-19', '2023-09-19', 'day'],
  ['The Geneva Agreement, signed in 1966 by Venezuela, the United Kingdom and British Guiana, recognized the controversy.', '2023-12-15', 'event', null, '1966-01-01', '1966-12-31', 'year'],
  // The month of May, in capitals; not the verb.
  ['A Cambodian soldier was killed on May 28 in a brief exchange of fire.', '2025-07-25', 'event', null, '2025-05-28', '2025-05-28', 'day'],
  // Announcing sanctions imposes them: an event, not words.
  ['Mr Biden also announced new sanctions on Iran’s Ministry of Intelligence and on former president Mahmoud Ahmadinejad.', '2023-09-18', 'event', null, '2023-09-18', '2023-09-18', 'approximate'],
  // A year in a relative clause of background is the group's, not the signing's.
  ['The two leaders also signed a joint appeal to dissolve the Minsk Group, which was set up in 1992 to mediate the conflict.', '2025-08-09', 'event', null, '2025-08-09', '2025-08-09', 'approximate'],
  // An agreement the lead reports without a date is the article's news.
  ['The leaders of Russia, Ukraine, Germany and France have agreed a deal to end fighting in eastern Ukraine after marathon talks in Minsk.', '2015-02-12', 'event', null, '2015-02-12', '2015-02-12', 'approximate'],
  ['On Wednesday, the ministers discussed the delimitation of the border, a State Department spokesman said.', '2023-05-04', 'event', null, '2023-05-03', '2023-05-03', 'day'],
  ['Since December, protesters have blocked the Lachin corridor, the only road to Armenia.', '2023-05-02', 'event', null, '2022-12-01', '2022-12-31', 'month'],
  ['Shipping companies have paused transits through the Red Sea since mid-December.', '2024-01-15', 'event', null, '2023-12-10', '2023-12-20', 'month'],
  ['Prime Minister Rishi Sunak will address parliament on Wednesday.', '2024-01-15', 'event', null, '2024-01-17', '2024-01-17', 'day'],
  ['Israel declared war on Hamas on Sunday.', '2023-10-10', 'event', null, '2023-10-08', '2023-10-08', 'day'],
  ['On Monday, Defence Minister Yoav Gallant ordered a “complete siege” of the Gaza Strip.', '2023-10-10', 'event', null, '2023-10-09', '2023-10-09', 'day'],
  // Swaps, summonses and restored ties are events.
  ['The foreign ministers of France and Germany will travel to Kyiv next Tuesday, the Elysee said.', '2023-09-20', 'event', null, '2023-09-26', '2023-09-26', 'day'],
  ['The EU’s foreign policy chief, Josep Borrell, is expected in Tehran on Saturday.', '2023-11-26', 'event', null, '2023-12-02', '2023-12-02', 'day'],
  ['Kyiv and Moscow exchanged 200 prisoners on Friday.', '2023-09-20', 'event', null, '2023-09-15', '2023-09-15', 'day'],
  ['Iran summoned the British ambassador on Sunday over the remarks.', '2023-09-20', 'event', null, '2023-09-17', '2023-09-17', 'day'],
  ['Saudi Arabia and Iran agreed on Friday to restore diplomatic ties.', '2023-03-11', 'event', null, '2023-03-10', '2023-03-10', 'day'],
  // "Earlier in the day" is the day the text is at: the article's, or the one just named.
  ['Russia and Turkey signed a memorandum on setting up a joint monitoring centre earlier in the day.', '2020-11-11', 'event', null, '2020-11-11', '2020-11-11', 'day'],
  ['Putin and Erdogan met in Sochi on Tuesday. Later in the day, the two signed a memorandum on a monitoring centre.', '2020-11-12', 'event', null, '2020-11-10', '2020-11-10', 'day'],
  // A date opening the sentence dates the words that follow the verb.
  ['Earlier in the day, French President François Hollande had appealed to delegates to make history.', '2015-12-12', 'statement', 'François Hollande', '2015-12-12', '2015-12-12', 'day'],
  ['On Monday, French President François Hollande had appealed to delegates to make history.', '2015-12-12', 'statement', 'François Hollande', '2015-12-07', '2015-12-07', 'day'],
  // Laws removed, repealed or passed are happenings.
  ["Then, on June 27, Poland's parliament and president removed the criminal provisions in a single day.", '2018-07-06', 'event', null, '2018-06-27', '2018-06-27', 'day'],
  // A day heading its paragraph dates what the paragraph tells.
  ['Wednesday, March 4. Michel flew to Ankara to see Erdoğan.\n\nThursday, March 5. Erdoğan met Vladimir Putin in Moscow.', '2020-03-10', 'event', null, '2020-03-04', '2020-03-04', 'day'],
  ['Wednesday, March 4. Michel flew to Ankara to see Erdoğan.\n\nThursday, March 5. Erdoğan met Vladimir Putin in Moscow.', '2020-03-10', 'event', null, '2020-03-05', '2020-03-05', 'day'],
  // A fixture opened with its object.
  ['The Mercury open the 2023 season on May 19 at the Los Angeles Sparks.', '2022-12-17', 'event', null, '2023-05-19', '2023-05-19', 'day'],
  // So are objects brought down or destroyed, asylum granted, an appeal rejected.
  ["On Feb. 12, an F-16 destroyed a third object over Lake Huron.", '2023-02-14', 'event', null, '2023-02-12', '2023-02-12', 'day'],
  ["On Saturday an F-22 shot down the balloon. The following day an American F-22 brought down a second object over Canada's Yukon territory.", '2023-02-14', 'event', null, '2023-02-12', '2023-02-12', 'day'],
  ['On Wednesday Mexico granted asylum to Lilia Paredes and her children.', '2022-12-22', 'event', null, '2022-12-21', '2022-12-21', 'day'],
  ["On Oct. 25, the Moscow regional court rejected Griner's appeal.", '2022-11-14', 'event', null, '2022-10-25', '2022-10-25', 'day'],
  // An opening count of days from a happening is a setting, not the words: they follow the verb, dated by the day set beside it.
  ['A day before the Senate vote, on Wednesday, January 31, State Department spokeswoman Heather Nauert said the bill "could adversely affect freedom of speech".', '2018-02-07', 'statement', 'Heather Nauert', '2018-01-31', '2018-01-31', 'day'],
  ['The Senate followed in the early hours of Thursday, February 1.\n\nA day before the Senate vote, on Wednesday, January 31, State Department spokeswoman Heather Nauert said the bill "could adversely affect freedom of speech".', '2018-02-07', 'statement', 'Heather Nauert', '2018-01-31', '2018-01-31', 'day'],
  // The words after a speech a sentence dates are of its day.
  ["The Sejm passed the bill on Friday.\n\nIsrael's ambassador to Poland, Anna Azari, used her speech on Saturday at the ceremony marking the anniversary of the liberation of Auschwitz-Birkenau to criticise the bill. Azari said Israel saw the legislation as an attempt to change the historical truth.", '2018-01-28', 'statement', 'Anna Azari', '2018-01-27', '2018-01-27', 'day'],
  // A relative clause that reports words itself dates them by its own day.
  ["Yair Lapid, who during a visit to Morocco on August 11 and 12 voiced concern about Algeria's role in the region, was the first Israeli minister to visit.", '2021-08-30', 'statement', 'Yair Lapid', '2021-08-11', '2021-08-12', 'week'],
  // Not a day in what is set beside the speaker's name.
  ['Jean-Noël Barrot, the foreign minister who had announced the "new phase" in Algiers on April 6, wrote on X on Tuesday that Algeria had "chosen escalation".', '2025-04-16', 'statement', 'Jean-Noël Barrot', '2025-04-15', '2025-04-15', 'day'],
  // But a day of an occasion set beside the name does.
  ['President Asif Ali Zardari, in an article published in The Washington Post on Tuesday, rejected reports that Pakistan had sheltered the al Qaeda leader.', '2011-05-05', 'statement', 'Asif Ali Zardari', '2011-05-03', '2011-05-03', 'day'],
  // So does an aside of the speaker's being asked.
  ['The Foreign Minister, Julie Bishop, who was asked repeatedly on Tuesday whether she had spoken to her counterpart, said only that she had been in contact with Indonesian officials.', '2013-11-20', 'statement', 'Julie Bishop', '2013-11-19', '2013-11-19', 'day'],
  // A day in the possessive of the occasion dates the words: not so "the result of Sunday's referendum".
  ["In Monday's statement to the House of Commons, Prime Minister Justin Trudeau had said security agencies were pursuing credible allegations.", '2023-09-19', 'statement', 'Justin Trudeau', '2023-09-18', '2023-09-18', 'day'],
  // Also when a description of the speaker stands between the day and the name.
  ["On Friday, the head of the guard, Gen Abdourahamane Tchiani, declared himself the country's new leader.", '2023-07-30', 'statement', 'Abdourahamane Tchiani', '2023-07-28', '2023-07-28', 'day'],
  // A law that came into force and a burning are events; each clause of a two-dated sentence keeps its own.
  ['A new Swedish counterterrorism law came into force on June 1, but Ankara was angered by the burning of a copy of the Quran in front of a Stockholm mosque on June 28.', '2023-07-12', 'event', null, '2023-06-01', '2023-06-01', 'day'],
  ['A new Swedish counterterrorism law came into force on June 1, but Ankara was angered by the burning of a copy of the Quran in front of a Stockholm mosque on June 28.', '2023-07-12', 'event', null, '2023-06-28', '2023-06-28', 'day'],
  // An approximate count ahead is still a time ahead.
  ['The next round of the dialogue in Brussels could take place in about a month.', '2023-03-19', 'event', null, '2023-04-15', '2023-04-21', 'month'],
  // A plan the text tells in the pluperfect was a plan of the past.
  ['The talks had originally been scheduled for early October but were delayed.', '2022-11-03', 'event', null, '2022-10-01', '2022-10-10', 'month'],
  ["The French embassy in Washington had already cancelled a gala evening planned for Friday at the ambassador's residence.", '2021-09-18', 'event', null, '2021-09-17', '2021-09-17', 'day'],
  ['The talks are scheduled for Friday.', '2021-09-18', 'event', null, '2021-09-24', '2021-09-24', 'day'],
  // Summits in the plural, and a return home, are happenings.
  ['Chinese Premier Li Qiang is expected to attend the ASEAN-related summits in Jakarta early next month.', '2023-08-22', 'event', null, '2023-09-01', '2023-09-10', 'month'],
  ['President Ilham Aliyev is expected to return to Baku on Sunday.', '2025-08-09', 'event', null, '2025-08-10', '2025-08-10', 'day'],
  ["Russia's Ambassador to the United States Anatoly Antonov will fly to Washington on Sunday, a source in the Russian Foreign Ministry told TASS.", '2021-06-17', 'event', null, '2021-06-20', '2021-06-20', 'day'],
  // A killing is a happening, however told.
  ['Hardeep Singh Nijjar, a Canadian citizen, was shot dead on June 18 by two masked gunmen in the parking lot of a gurdwara in Surrey.', '2023-09-18', 'event', null, '2023-06-18', '2023-06-18', 'day'],
  // Declaring an ambassador persona non grata is an act, not words.
  ["The tension escalated on Thursday, when Ecuador declared Mexico's ambassador, Raquel Serur Smeke, persona non grata.", '2024-04-06', 'event', null, '2024-04-04', '2024-04-04', 'day'],
  // A clause about the speaker that dates something else leaves the statement undated; one about the speech dates it.
  ['Social Democrat leader Magdalena Andersson, who was prime minister when Sweden applied to join NATO in May last year, welcomed the news.', '2023-07-11', 'statement', 'Magdalena Andersson', '2023-07-11', '2023-07-11', 'approximate'],
  ['Russian Foreign Minister Sergey Lavrov, who spoke on Monday, said talks would start.', '2021-12-28', 'statement', 'Sergey Lavrov', '2021-12-27', '2021-12-27', 'day'],
  // An offer is something said; the day of the indictment it mentions is its own event.
  ['Donald Trump and Vladimir Putin met in Helsinki on Monday. Russian President Vladimir Putin offered to allow investigators to be present at questioning of the 12 officers indicted on Friday.', '2018-07-16', 'statement', 'Vladimir Putin', '2018-07-16', '2018-07-16', 'approximate'],
  ['Russian President Vladimir Putin offered to allow investigators to be present at questioning of the 12 officers indicted on Friday.', '2018-07-16', 'event', null, '2018-07-13', '2018-07-13', 'day'],
  // A relative clause's own day dates its words, not the day of the sentence around it.
  ['Speaking to reporters outside Minsk on Sunday, Alexander Lukashenko answered the German foreign minister, Guido Westerwelle, who last week called Belarus the last dictatorship in Europe.', '2012-03-05', 'statement', 'Guido Westerwelle', '2012-02-27', '2012-03-04', 'week'],
  // The occasion an opening participle dates is that of the subject after it, whose words the next sentence gives.
  ['Speaking to reporters outside Minsk on Sunday, Alexander Lukashenko answered the German foreign minister, Guido Westerwelle, who last week called Belarus the last dictatorship in Europe. Lukashenko called the criticism absolute hysteria and said that it is better to be a dictator.', '2012-03-05', 'statement', 'Alexander Lukashenko', '2012-03-04', '2012-03-04', 'day'],
  // A weekday in capitals running into a letter's paragraph dates what it tells, in the letter's week.
  ['Here is how the week unfolded.\n\nTUESDAY. Seoul moved fast. Unification Minister Cho Myoung-gyon proposed high-level talks at the truce village of Panmunjom to discuss the Games.', '2018-01-05', 'statement', 'Cho Myoung-gyon', '2018-01-02', '2018-01-02', 'day'],
  // Who told speaks; whoever it is according to passes the words on.
  ['President Moon Jae-in and President Donald Trump spoke by phone on Thursday. Trump told Moon he would support inter-Korean talks "100 percent", according to Moon\'s office.', '2018-01-05', 'statement', 'Donald Trump', '2018-01-04', '2018-01-04', 'approximate'],
  // A person it is according to speaks for what she heard.
  ['Emmanuel Macron met Xi Jinping.\n\nOn Thursday in Beijing, Macron had asked his host to "bring Russia to its senses", and Xi had promised to speak to Volodymyr Zelensky "when the conditions and time are right", according to Ursula von der Leyen, who left China on Friday.', '2023-04-08', 'statement', 'Ursula von der Leyen', '2023-04-06', '2023-04-06', 'day'],
  // An aim looks ahead of its telling.
  ['Azevedo said on Tuesday that his first priority was to make the Bali ministerial conference in December a success.', '2013-05-14', 'event', null, '2013-12-01', '2013-12-31', 'month'],
]

describe('extractItems: what goes on from the happening just dated', () => {
  const dayOf = (items: readonly ExtractedItem[], words: string): string[] => items.filter((i) => i.text.includes(words)).map((i) => i.start)
  it('dates "then", "afterwards", "that evening" and "hours later" at it', () => {
    const text = 'The clashes broke out early on July 24 near the temple. Cambodian forces then fired rockets into Thailand, killing six people.'
    expect(dayOf(extract(text, '2025-07-25'), 'then fired')).toEqual(['2025-07-24'])
    const council = 'The Security Council discussed the conflict in New York on Friday. Chhea Keo told reporters afterwards that Phnom Penh wanted a ceasefire.'
    expect(dayOf(extract(council, '2025-07-27'), 'afterwards')).toEqual(['2025-07-25'])
    const evening = 'Tension sharpened on July 23, when five soldiers were wounded by a landmine. That evening Bangkok recalled its ambassador.'
    expect(dayOf(extract(evening, '2025-07-25'), 'recalled')).toEqual(['2025-07-23'])
    // "hours later" dates its own clause, which is the event.
    const later = 'Both houses voted on Wednesday to extend the treaty. The Duma voted unanimously, and the Federation Council approved it hours later.'
    const approval = extract(later, '2021-01-28').filter((i) => i.text.includes('hours later'))
    expect(approval.map((i) => [i.start, i.text.includes('Duma')])).toEqual([['2021-01-27', false]])
  })
  it('reads a day named without its year in the days around the one the text is at, of another year', () => {
    const text = 'The Embraer 190, flying from Baku to Grozny on December 25, 2024, was diverted across the Caspian Sea after being hit. Three days later, on December 28, Putin telephoned Aliyev and apologised.\n\nIlham Aliyev was not satisfied. In an interview with Azerbaijani state television on December 29, he said the plane had been shot down by Russia.'
    expect(dayOf(extract(text, '2025-10-10'), 'shot down')).toEqual(['2024-12-29'])
  })
  it('gives a day named without its year the year the sentence before gave its month', () => {
    const text = "Some 800,000 people were killed between April and July 1994. The killing began after Habyarimana's plane was shot down over Kigali on April 6."
    expect(dayOf(extract(text, '2021-05-27'), 'shot down')).toEqual(['1994-04-06'])
    expect(dayOf(extract(text, '2021-05-27'), 'were killed')).toEqual(['1994-04-01'])
    // A month outside those the sentence before named is of the report's year, as before.
    const other = 'The treaty was signed in March 2018. On April 6, the ministers met again in Dili.'
    expect(dayOf(extract(other, '2019-05-02'), 'met again')).toEqual(['2019-04-06'])
  })
  it('dates "That morning" at the day the sentence before ended on, and counts on from it', () => {
    const text = "Thursday's expulsions capped a sequence that diplomats trace back to January 27. That morning a man armed with a rifle forced his way into the embassy and shot dead its head of security.\n\nTwo days later, on January 29, Azerbaijan flew its diplomats home on a government aircraft."
    const items = extract(text, '2023-04-08')
    expect(dayOf(items, 'shot dead')).toEqual(['2023-01-27'])
    // The count and the date it restates are one day, one item.
    expect(dayOf(items, 'flew')).toEqual(['2023-01-29'])
    const counted = 'The ministry said on Thursday it had summoned the ambassador. Two days later, on January 29, Azerbaijan flew its diplomats home.'
    expect(dayOf(extract(counted, '2023-04-08'), 'flew')).toEqual(['2023-01-29'])
  })
  it('takes no one named after a preposition for whom the text goes on about', () => {
    const text = 'Trump said he was directing the State Department to begin preparations to move the embassy, a process officials said would take years. In the meantime, he signed a national security waiver under the 1995 Jerusalem Embassy Act, delaying the move for another six months, as every president since Bill Clinton has done.\n\nThe president insisted the decision did not prejudge the boundaries of Israeli sovereignty in Jerusalem. He also said the United States would support a two-state solution.'
    expect(extract(text, '2017-12-06').filter((i) => i.type === 'statement').at(-1)?.speaker).toBe('Trump')
  })
  it('dates a happening right after a sentence that opens with its day at that day', () => {
    const text = 'On Tuesday, the ambassador wrote to dozens of member states.\n\nOn Thursday, the world voted anyway. The U.N. General Assembly, meeting in an emergency special session, adopted a resolution by 128 votes to 9.'
    expect(dayOf(extract(text, '2017-12-22'), 'adopted')).toEqual(['2017-12-21'])
    // So are words reported without a day of their own in that paragraph.
    const words = 'On Tuesday, the ambassador wrote to dozens of member states.\n\nOn Thursday, the General Assembly voted on the resolution. Turkish Foreign Minister Mevlut Cavusoglu said the pressure was bullying.'
    expect(dayOf(extract(words, '2017-12-22'), 'bullying')).toEqual(['2017-12-21'])
  })
  it('dates words at "that session" or "the same conference" at the occasion just told', () => {
    const council = 'The council met once in public, on Sunday, May 16. At that open session, Secretary-General António Guterres said he was "deeply appalled". "The fighting must stop," he said. US Ambassador Linda Thomas-Greenfield told the same meeting that Washington was working for a ceasefire.'
    const items = extract(council, '2021-05-23').filter((i) => i.type === 'statement')
    expect(items.map((i) => [i.speaker, i.start])).toEqual([['António Guterres', '2021-05-16'], ['Linda Thomas-Greenfield', '2021-05-16']])
    const munich = 'At the Munich Security Conference last weekend, German Chancellor Angela Merkel said the end of the treaty affected Europe most. China’s top foreign policy official, Yang Jiechi, told the same conference that Beijing opposed making the treaty multilateral.'
    expect(extract(munich, '2019-02-21').map((i) => [i.speaker, i.start, i.end])).toEqual([['Angela Merkel', '2019-02-16', '2019-02-17'], ['Yang Jiechi', '2019-02-16', '2019-02-17']])
  })
  it('counts a count ahead in dated words from their day, not the article\'s', () => {
    const text = 'Secretary of State Mike Pompeo announced on February 1 that the US would suspend its obligations and withdraw in six months.'
    const planned = extract(text, '2019-08-26').find((i) => i.type === 'event')
    expect([planned?.start, planned?.end]).toEqual(['2019-07-28', '2019-08-03'])
    // A month is no count: "shot dead in Surrey, B.C., in June" stays June.
    const june = 'The dispute erupted on Sept. 18, when Prime Minister Justin Trudeau told the House of Commons that agents of India were linked to the killing of Hardeep Singh Nijjar, who was shot dead in Surrey, B.C., in June.'
    expect(extract(june, '2023-09-22').map((i) => i.start)).not.toContain('2023-05-01')
  })
  it('takes no event from a clause of "By the time" that only times the sentence', () => {
    const text = 'On Sunday the diplomats were flown out of Tehran. By the time the aircraft touched down, Azerbaijan had gone further than its neighbours expected. By the time the talks ended, the two ministers had signed a memorandum.'
    expect(extract(text, '2023-02-03').map((i) => i.title)).toEqual(['By the time the talks ended, the two ministers had signed a memorandum.'])
  })
  it('keeps the occasion while its speaker goes on, and counts "hours later" from it', () => {
    const text = [
      'Moscow spent Friday parsing the lines on Turkey in Putin\'s address.',
      '"Evidently, Allah decided to punish the ruling clique in Turkey," Putin told lawmakers on Thursday. He said Russia was not going to rattle its weapons. But, he continued, if anyone thought they could get away with it, "they are sorely mistaken." They would be reminded of what they had done, "more than once", he said.',
      'Hours later the two countries\' foreign ministers met for the first time since the downing, on the margins of an OSCE meeting in Belgrade.',
    ].join('\n\n')
    const items = extract(text, '2015-12-04')
    expect(dayOf(items, 'more than once')).toEqual(['2015-12-03'])
    // The sentence opens with "Hours later": the event is the whole of it, Belgrade too.
    expect(items.filter((i) => i.text.includes('Hours later')).map((i) => [i.start, i.text.includes('Belgrade')])).toEqual([['2015-12-03', true]])
  })
  it('dates words quoted right after a sentence that opens on a day and names the speaker, across a paragraph break', () => {
    const text = [
      'Western capitals condemned the move on Wednesday.',
      'On Tuesday President Dmitry Medvedev signed decrees recognising South Ossetia and Abkhazia as independent states.',
      '“This is not an easy choice, but it is the only possibility to save human lives,” Medvedev said in a televised address.',
    ].join('\n\n')
    expect(dayOf(extract(text, '2008-08-27'), 'easy choice')).toEqual(['2008-08-26'])
    // Not when the day is a clause's at the end ("where he had attended the summit in Dubai on Tuesday").
    const background = [
      'Turkish President Tayyip Erdogan visited Egypt on Wednesday for the first time in more than 11 years.',
      'Erdogan flew in from the United Arab Emirates, where he had attended the World Governments Summit in Dubai on Tuesday.',
      '“We will continue to cooperate with our Egyptian brothers,” Erdogan told a joint news conference.',
    ].join('\n\n')
    expect(dayOf(extract(background, '2024-02-14'), 'Egyptian brothers')).toEqual(['2024-02-14'])
  })
  it('tells a paragraph that steps back to a day in the pluperfect from that day', () => {
    const text = [
      'Moscow spent Friday parsing the lines on Turkey in Putin\'s address.',
      'On Wednesday the Russian defence ministry had raised the stakes, presenting satellite images of tanker lorries carrying oil into Turkey. Deputy Defence Minister Anatoly Antonov said Erdoğan and his family were personally involved in the trade.',
      'On Thursday the ministry presented more images. Antonov said the trade went on.',
    ].join('\n\n')
    const items = extract(text, '2015-12-04')
    expect(dayOf(items, 'personally involved')).toEqual(['2015-12-02'])
    // Told in the simple past, a day that opens its sentence sets the scene for the words right after it in its paragraph.
    expect(dayOf(items, 'went on')).toEqual(['2015-12-03'])
  })
  it('dates words given "the next day" through a participle, and a reply "within hours" of them', () => {
    const text = [
      'On 19 October Canada\'s foreign minister, Mélanie Joly, announced that 41 diplomats had been withdrawn.',
      'The next day Trudeau went further, accusing India of "violating a very basic principle of diplomacy". India\'s Ministry of External Affairs replied within hours: "We reject any attempt to portray the implementation of parity as a violation of international norms."',
    ].join('\n\n')
    const items = extract(text, '2023-10-27', ['Prime Minister Justin Trudeau spoke in Ottawa.'])
    expect(dayOf(items, 'basic principle')).toEqual(['2023-10-20'])
    expect(dayOf(items, 'parity')).toEqual(['2023-10-20'])
  })
  it('takes the day of a reaction that came then, and of a sentence that dates no item, for what follows', () => {
    const text = 'The harshest reaction came on August 9 from Ali Akbar Velayati, an adviser to the supreme leader. “The corridor will become a graveyard,” Velayati told the Tasnim news agency. The same day, the Iranian Foreign Ministry issued a more measured statement.'
    const items = extract(text, '2025-08-11')
    expect(dayOf(items, 'graveyard')).toEqual(['2025-08-09'])
    expect(dayOf(items, 'measured statement')).toEqual(['2025-08-09'])
  })
  it('counts "the same day" from the day the speaker spoke, not from a day the words name', () => {
    const text = 'The Taliban had announced on Monday that they were ending the truce that preceded the signing on Saturday. The same day, a bomb at a football ground in Khost killed at least five people, officials said.'
    expect(dayOf(extract(text, '2020-03-04'), 'football')).toEqual(['2020-03-02'])
  })
  it('does not take the day of a relative clause in the lead for the day of the news', () => {
    const text = [
      'Cambodia’s defence ministry has rejected accusations that its troops violated the ceasefire which took effect at midnight on Monday.',
      'Ministry spokeswoman Maly Socheata told a press briefing yesterday that the front line had been calm.',
      'Thailand’s acting defence minister, Nattaphon Narkphanit, told reporters that the attacks were a deliberate violation.',
    ].join('\n\n')
    expect(dayOf(extract(text, '2025-07-30'), 'deliberate violation')).toEqual(['2025-07-29'])
  })
  it('leaves the article’s day where nothing was just dated, or "then" is no step after it', () => {
    const far = 'The talks were held on Monday. The sides disagreed on borders. Nobody spoke of sanctions. Observers were not admitted. Hours later, Bangkok recalled its ambassador.'
    expect(dayOf(extract(far, '2025-07-30'), 'recalled')).not.toContain('2025-07-28')
    const since = 'Fighting broke out on July 24. Since then fired rockets have hit six towns, the army said.'
    expect(dayOf(extract(since, '2025-07-30'), 'Since then')).not.toContain('2025-07-24')
  })
  it('goes on from no day that a state has lasted since', () => {
    const text = 'Annalena Baerbock met her Polish counterpart on Tuesday. "The question of reparations is closed," Baerbock told reporters. It is the line Berlin has used since the Polish report was unveiled on September 1. In the same breath she said Germany bore "a historic responsibility" for the war.'
    expect(dayOf(extract(text, '2022-10-05'), 'historic responsibility')).toEqual(['2022-10-04'])
    // Though a count from it counts from that day.
    const later = 'Protests have spread across the Muslim world since Saudi Arabia recalled its ambassador from Copenhagen on January 26. Libya closed its embassy in Denmark three days later.'
    expect(dayOf(extract(later, '2006-02-04'), 'Libya closed')).toEqual(['2006-01-29'])
  })
})

describe('extractItems: a briefing’s questions and answers', () => {
  it('gives the answer to the spokesperson the text names, a country in it speaking through her, and not the report that follows', () => {
    const text = [
      'Foreign Ministry spokeswoman Maria Zakharova commented on the meeting in Washington.',
      'Question: How would you comment on the results of the meeting of the leaders in Washington?',
      'Answer: We took note of the signing in Washington of a joint declaration by the leaders of the two countries.',
      'Russia welcomes any steps that contribute to the advancement of the peace agenda between Baku and Yerevan, and our country has contributed to it.',
      'The comment was issued a day after the leaders signed a joint declaration at the White House in Washington.',
    ].join('\n\n')
    const statements = extract(text, '2025-08-09').filter((i) => i.type === 'statement')
    const of = (words: string): (string | null)[] => statements.filter((i) => i.text.includes(words)).map((i) => i.speaker)
    expect(of('We took note')).toEqual(['Maria Zakharova'])
    expect(of('Russia welcomes')).toEqual(['Maria Zakharova'])
    expect(statements.find((i) => i.text.includes('We took note'))?.title).not.toContain('Answer')
    expect(of('How would you comment')).toEqual([])
    expect(of('The comment was issued')).toEqual([])
  })
  it('gives a question no speaker, all of its sentences, after a first too short to read, and keeps what a question tells', () => {
    const text = [
      'PAWEŁ WROŃSKI: This morning the Ambassador of Hungary was handed a note of protest, the spokesman of the ministry said.',
      'Q: Mr Spokesman, what did the Hungarian ambassador say?',
      'Q: Chief Cabinet Secretary Fujimura said this morning that returning a letter is "inconceivable in diplomatic protocol". How do you respond?',
      'PAWEŁ WROŃSKI: The Ambassador expressed regret over the current state of relations between our countries.',
      'Q: One more. Will the ministry ask Hungary for the file on which the asylum decision was based?',
      'PAWEŁ WROŃSKI: We will use every legal and diplomatic means available.',
    ].join('\n\n')
    const statements = extract(text, '2024-12-18', ['Foreign ministry spokesman Paweł Wroński spoke to reporters in Warsaw.']).filter((i) => i.type === 'statement')
    expect(statements.filter((i) => i.text.includes('?'))).toEqual([])
    expect(statements.find((i) => i.text.includes('inconceivable'))?.speaker).toBe('Fujimura')
    expect(statements.find((i) => i.text.includes('We will use'))?.speaker).toBe('Paweł Wroński')
  })
})

describe('extractItems: "the company"', () => {
  it('is the company the article named, by a name that says it is one', () => {
    const items = extract('RAO Nordic Oy said it had not been paid for electricity sold since 6 May. "This situation is exceptional and happens for the first time," the company said in a statement.', '2022-05-14')
    expect(items.filter((i) => (i.quote ?? i.title).includes('exceptional')).map((i) => i.speaker)).toEqual(['RAO Nordic Oy'])
  })
})

describe('extractItems: a question outside a briefing', () => {
  it('tells no one\'s words, in a podcast\'s transcript as in an analysis', () => {
    const text = 'Ariel Henry has agreed to resign, Irfaan Ali said on Monday. Has Barbecue said anything since last night? And the White House says what? Ali said the council would be named within days.'
    const statements = extract(text, '2024-03-12').filter((i) => i.type === 'statement')
    expect(statements.map((i) => i.speaker)).toEqual(['Irfaan Ali', 'Irfaan Ali'])
  })
  it("nor under the host's label, nor the host's thanks and sign-off", () => {
    const text = [
      'Samir Haddad presents The Majlis Hour. His guest is Nadia Farhat of Gulf University.',
      'HADDAD: Will the ambassadors be back by then?',
      'FARHAT: Not before Qatar signs up to the Riyadh mechanism, and Doha says it will not.',
      'HADDAD: So is Qatar isolated?',
      'FARHAT: Less than Riyadh would like.',
      'HADDAD: Dr Nadia Farhat, thank you.',
      'HADDAD: That is all from The Majlis Hour tonight.',
    ].join('\n\n')
    const statements = extract(text, '2014-03-10').filter((i) => i.type === 'statement')
    expect(statements.map((i) => i.title)).toEqual(['Farhat: Not before Qatar signs up to the Riyadh mechanism, and Doha says it will not.', 'Farhat: Less than Riyadh would like.'])
  })
})

describe('extractItems: an adjective before "office" is no one\'s name', () => {
  it('"Presidential office:" heading a live blog entry is not "Presidential\'s office"', () => {
    const items = extract('President Lee Myung-bak met his ministers in the bunker.\n\nPresidential office: President Lee spoke to President Barack Obama by telephone overnight.', '2010-11-24')
    expect(items.map((i) => i.speaker)).not.toContain("Presidential's office")
    expect(items.filter((i) => /telephone/.test(i.text)).map((i) => i.type)).toEqual(['event'])
  })
})

describe('extractItems: a dateline of two cities', () => {
  it('dates the article, not the happening its sentence dates by weekday', () => {
    const items = extract("WASHINGTON/ANKARA, Aug. 2 (Harbor News) — The United States imposed sanctions on Wednesday on Turkey's justice and interior ministers over the detention of an American pastor.", '2018-08-02')
    expect(items.map((i) => [i.type, i.start])).toEqual([['event', '2018-08-01']])
  })
})

describe('extractItems: statements and events', () => {
  it.each(ITEMS)('%s (%s) -> %s', (text, published, type, speaker, start, end, precision) => {
    const items = extract(text, published)
    const found = items.filter((i) => i.type === type && (!speaker || (i.speaker ?? '').includes(speaker)))
    expect(found.map((i) => [i.speaker, i.start, i.end, i.precision]), JSON.stringify(items.map((i) => [i.type, i.speaker, i.start, i.end]))).toContainEqual([
      found[0]?.speaker ?? speaker,
      start,
      end,
      precision,
    ])
  })
})

// [context sentences, the sentence under test, published, expected speaker]
const SPEAKERS: [string, string, string][] = [
  ['Oman, which has mediated between Riyadh and the Houthis, said the strikes would escalate the conflict.', '2024-01-15', 'Oman'],
  // A place in a relative clause is not the speaker ("Passengers who reached Vilnius ... said" is not Lithuania), and the
  // one person that sentence names is "he" in the next.
  ['Belarus arrested the journalist Roman Protasevich on Sunday.\n\nUS President Joe Biden said in a statement that the diversion was outrageous.\n\nPassengers who reached Vilnius on Sunday night, some seven hours later than planned, said Protasevich panicked when the plane turned towards Minsk. One said he told fellow travellers: “I’m facing the death penalty here.”', '2021-05-25', 'Roman Protasevich'],
  // A number's comma is not the end of the relative clause.
  ['The United Nations, which had been preparing a mission to verify the disarmament of about 7,000 Farc fighters, said it would consult with the parties.', '2016-10-03', 'United Nations'],
  // "his office" is the office of the sentence's subject, not of the last person it names.
  ['Turkish President Recep Tayyip Erdogan spoke to Azerbaijani President Ilham Aliyev by phone on August 9 and called the declaration “a historic opportunity”, his office said.', '2025-08-11', "Recep Tayyip Erdogan's office"],
  // A ministry just named speaks through "a ministry spokesperson".
  ['China’s Foreign Ministry condemned the summit on Saturday.\n\nIn a statement posted on its website, a ministry spokesperson said China firmly opposes cliques.', '2023-08-21', 'Chinese Foreign Ministry'],
  // After a participial aside, "said Turkey, like every country, had a right": Turkey is the words' subject, not the speaker.
  ['In Washington, President Barack Obama, speaking at a joint news conference with President François Hollande of France, said Turkey, like every country, had a right to defend its territory and its airspace.', '2015-11-25', 'Barack Obama'],
  // The spokesperson the apposition names speaks, not for himself; a theatre command is no person.
  ["A spokesman for the People's Liberation Army's Western Theatre Command, Colonel Zhang Shuili, said sovereignty over the Galwan Valley region \"has always belonged to China\".", '2020-06-16', 'Zhang Shuili'],
  // So do a person's negotiators.
  ['Roberto Micheletti was sworn in on Sunday.\n\nMicheletti’s delegation said on Thursday that it could not sign anything.', '2009-07-23', "Roberto Micheletti's delegation"],
  // A person's family speaks as itself.
  ['Siamak Namazi was freed on Monday.\n\nNamazi’s family said in a statement that it was “cautiously optimistic” but would not rest.', '2023-09-12', "Siamak Namazi's family"],
  // A country's armed forces speak as themselves.
  ['Thailand responded by deploying F-16 fighter jets, which struck two Cambodian military targets, the Thai army said.', '2025-07-25', 'Thai army'],
  // A state agency's own commentary, quoted whole.
  ['“The U.S. and its followers are pushing the region to the brink of nuclear war,” KCNA said.', '2023-08-22', 'KCNA'],
  // Quoted by one's own office; a short bracketed aside after the name.
  ['President Yoon Suk Yeol was quoted by his office as saying the release should be carried out transparently.', '2023-08-18', 'Yoon Suk Yeol'],
  ['Rep. Michael McCaul (R-Tex.), chairman of the House Foreign Affairs Committee, said on Monday that the waiver sets a dangerous precedent.', '2023-09-12', 'Michael McCaul'],
  // "The spokesman", "the head of state": the person just spoken of, when that is their post.
  ['Foreign Ministry spokesman Nasser Kanaani spoke to reporters in Tehran on Monday.\n\nThe White House has denied paying any ransom.\n\nThe spokesman also condemned the renewed sanctions on Iran.', '2023-09-12', 'Nasser Kanaani'],
  ['President Ilham Aliyev met US President Donald Trump in the Oval Office.\n\nSpeaking to Azerbaijani television channels, the head of state said: “Today we have achieved peace.”', '2025-08-09', 'Ilham Aliyev'],
  // "The Commission president": the one person whose title has the word, not the last president quoted.
  ['Chinese President Xi Jinping met European Commission President Ursula von der Leyen.\n\nXi Jinping said China would not take sides. The Commission president delivered the harder message, warning that arming Russia "would significantly harm" relations.', '2023-04-06', 'Ursula von der Leyen'],
  // An unnamed aide speaks for the person whose aide they are, not as that person, nor as the last one quoted.
  ['French President Emmanuel Macron visited China. German lawmaker Norbert Röttgen called the trip a PR coup.\n\n"The United States is our ally, with whom we share values," an adviser to the president told reporters on Monday.', '2023-04-10', "Emmanuel Macron's adviser"],
  ['A senior aide to Benjamin Netanyahu said on Monday the talks would resume.', '2023-04-10', "Benjamin Netanyahu's aide"],
  // A post abroad speaks for the country that sends it; a named holder is the person.
  ['Iran’s mission to the United Nations said in a statement that the assets would be used for humanitarian goods.', '2023-08-10', 'Iran'],
  ['Russian Ambassador to the US Anatoly Antonov said the deal was dead.', '2023-08-10', 'Anatoly Antonov'],
  // An office written in lower case after the country.
  ['The US state department said it would continue to support Colombia’s search for peace.', '2016-10-03', 'US State Department'],
  ['Israeli Prime Minister Benjamin Netanyahu denounced the accord within hours, calling it “a bad mistake of historic proportions.”', '2015-07-14', 'Benjamin Netanyahu'],
  ['Russian Foreign Minister Sergey Lavrov said in an interview on Monday that talks would start in January.\n\nThe Russia official said his country is not presenting the US with any “ultimatums”.', '2021-12-27', 'Sergey Lavrov'],
  ['Russian President Vladimir Putin last week in his annual press conference praised what he described as a “positive” US response.\n\nOn Sunday, he said he would act on the recommendations of his military experts.', '2021-12-27', 'Vladimir Putin'],
  ['Russian President Vladimir Putin last week in his annual press conference praised what he described as a “positive” US response to the Russian proposals.', '2021-12-27', 'Vladimir Putin'],
  ['“We have already received this offer,” TASS news agency quoted Russian Deputy Foreign Minister Alexander Grushko as saying.', '2021-12-27', 'Alexander Grushko'],
  ['SECRETARY BLINKEN:  Sergey, thank you very much. This is part of an ongoing effort to de-escalate tensions and to prevent further escalation.', '2022-01-21', 'Antony Blinken'],
  ['Lavrov was quoted as saying by RIA Novosti that the talks were useful.', '2022-01-21', 'Sergey Lavrov'],
  ['Kim Jong-un was quoted as telling Moon: “Once we start talking, the United States will know that I am not the kind of person to fire nuclear weapons.”', '2018-04-30', 'Kim Jong-un'],
  ['Blinken pointed out that the talks had been useful.', '2022-01-21', 'Antony Blinken'],
  ['According to Lavrov, his country has no plans to attack Ukraine.', '2022-01-21', 'Sergey Lavrov'],
  // "he" in a clause of a sentence that opened with a person is that person.
  ['Russian Foreign Minister Sergei Lavrov held a news conference in Moscow, where he said the talks had failed.', '2022-01-21', 'Sergei Lavrov'],
  ['North Korean leader Kim Jong Un predicted an “excellent result” at the start of the summit.', '2019-02-28', 'Kim Jong Un'],
  // A ministry of no named country is itself, not its own owner.
  ['The deal will be deposited with the United Nations, and the Foreign Ministry said the coordinates would be submitted in the coming days.', '2022-10-27', 'Foreign Ministry'],
  ['US President Donald Trump defended himself on Twitter aboard Air Force One, writing that he had “GREAT confidence in MY intel people”.', '2018-07-17', 'Donald Trump'],
  // A participle closing the sentence's clause gives its subject's words.
  ['President Donald Trump ended his summit with Kim Jong Un in Hanoi without an agreement, saying he had to walk.', '2019-02-28', 'Donald Trump'],
  ['On Wednesday, Chinese President Xi Jinping delivered a speech at the business forum, calling on BRICS countries to expand cooperation.', '2023-08-24', 'Xi Jinping'],
  // An official who asked not to be named, an apology, a two-letter name the story gave in full.
  ['An Israeli official who asked not to be named said the delay was due to the final agreement.', '2023-11-23', 'Israeli official'],
  ['Azerbaijan’s Foreign Ministry apologized, calling it a tragic accident, and offered to pay compensation.', '2020-11-10', 'Azerbaijani Foreign Ministry'],
  ['Chinese President Xi Jinping met Joe Biden.\n\n“The Taiwan question is the first red line that must not be crossed,” Xi said.', '2022-11-15', 'Xi Jinping'],
  // A clause about the speaker, or an apposition beside a named person, does not speak.
  ['US climate envoy John Kerry, who is attending the COP27 conference in Sharm el-Sheikh, Egypt, said he would resume talks “immediately”.', '2022-11-15', 'John Kerry'],
  ['“The meeting set a floor for the relationship,” Lü Xiang, a research fellow at the Chinese Academy of Social Sciences, told the Global Times on Tuesday.', '2022-11-15', 'Lü Xiang'],
  ['Marshall Islands Foreign Minister Tony de Brum, who led a so-called “high ambition coalition” of about 100 countries, said: “We have come a long way.”', '2015-12-13', 'Tony de Brum'],
  // A participial aside is about the speaker; what it asks ("whether the President had apologised") is no one's statement.
  ['White House press secretary Jen Psaki, asked whether the President had apologised, said Biden had acknowledged "there could have been greater consultation".', '2021-09-23', 'Jen Psaki'],
  // A reaction before a colon and its quotation.
  ['From Mexico City, Evo Morales reacts on Twitter: “The most cunning and disastrous coup in history has been consummated.”', '2019-11-12', 'Evo Morales'],
  // A person's office: the person just spoken of, or a surname the story never gave in full.
  ['Israeli Prime Minister Benjamin Netanyahu flew to Washington.\n\nHis office said on Monday that the agreement would be signed at the White House.', '2020-09-16', "Benjamin Netanyahu's office"],
  ['Zelensky’s office said the talks had been constructive.', '2022-03-10', "Zelensky's office"],
  // "he" in a clause of time is the one person the sentence named before it.
  ["General Brice Oligui Nguema was named transitional leader.\n\nThe European Union's foreign policy chief, Josep Borrell, set the tone on Wednesday when he said that coups were not the solution.", '2023-09-01', 'Josep Borrell'],
  // "it" in the statement a body issued is that body, not the one heard before.
  ["Turkey's defence ministry said the withdrawal had been completed.\n\nOn Sunday, the eve of the deadline, HTS issued a long-awaited statement in which it said it appreciated the efforts of those trying to protect the liberated north.", '2018-10-16', 'HTS'],
  // "he" in the interview a person gives is that person, not the one spoken of before.
  ['French President Emmanuel Macron called Mikati.\n\n- **August 5** — George Kordahi, then a television presenter, records an interview in which he says the Houthis are defending themselves against external aggression.', '2021-12-06', 'George Kordahi'],
  // A communique read out on a broadcaster is the government's a wire's lead says acted.
  ["BAMAKO/PARIS, Jan 31 (Sahel Wire Service) - Mali's military-led transitional government on Monday gave France's ambassador, Joël Meyer, 72 hours to leave the country.\n\nA communique read out on the state broadcaster ORTM said the ambassador had been summoned by Foreign Minister Abdoulaye Diop.", '2022-01-31', 'Mali'],
  ['Analyst Jason Stearns called it fragile.\n\nUN Secretary-General Antonio Guterres welcomed the agreement as "a significant step", his spokesman said.', '2025-06-28', "Antonio Guterres's spokesperson"],
  // The person a sentence is about stands after its opening participle's clause, however long.
  ['Putin announced plans to station nuclear weapons in Belarus.\n\nAsked on Monday about the Belarus plan, Chinese Foreign Ministry spokesperson Mao Ning did not criticize Moscow by name. She said all parties should work for de-escalation.', '2023-03-28', 'Mao Ning'],
  // A monarchy's post the story names in full: "The Crown Prince" is the crown prince it named.
  ['Saudi Crown Prince Mohammed bin Salman later received the chairman and members of the council in Riyadh, SPA said. The Crown Prince expressed hope that the council would begin "a new page" in Yemen.', '2022-04-07', 'Mohammed bin Salman'],
  // So do a person's lawyers; a lawyer named beside whose lawyer speaks for himself.
  ['Lee Choon-sik, 98, rejected the plan.\n\nHis lawyers said on Monday they would ask the courts to move ahead with the seizure of Japanese corporate assets.', '2023-03-20', "Lee Choon-sik's lawyers"],
  ['Siamak Namazi was moved to house arrest. Namazi’s lawyer, Jared Genser, said it was “the beginning of the end” of his ordeal.', '2023-08-10', 'Jared Genser'],
  // Congratulations and thanks are said.
  ['Russian President Vladimir Putin congratulated Biden on his inauguration and noted that normalisation would meet the interests of both countries.', '2021-01-26', 'Vladimir Putin'],
  ['Turkish Foreign Minister Mevlüt Çavuşoğlu congratulated Baku on Tuesday.', '2020-11-11', 'Mevlüt Çavuşoğlu'],
  // The subject of a second verb is the first verb's, not its object; an object of a preposition stays one.
  ['Foreign Minister Thérèse Kayikwamba Wagner thanked Trump and said Congolese victims expected "concrete results".', '2025-06-28', 'Thérèse Kayikwamba Wagner'],
  // So is that of a second verb after a clause with no name at its end ("travelled to the Spanish capital last week and told").
  ["Algeria's energy minister, Mohamed Arkab, travelled to the Spanish capital last week and told the government there that Algeria would meet all of Spain's needs through the Medgaz pipeline.", '2021-11-01', 'Mohamed Arkab'],
  // A long description set beside the name, ending on a name of its own.
  ['Serbian Prime Minister Ivica Dacic met Hashim Thaci in Brussels. Dacic, a 47-year-old former spokesman of Slobodan Milosevic\'s Socialist Party who now governs in coalition with the nationalist Progressives, told reporters there was no agreement but that "we still have some time" to reach a solution.', '2013-04-03', 'Ivica Dacic'],
  // A body named before a relative clause and the source it is known from.
  ['The Iranian foreign ministry, which had summoned the Chinese ambassador through its director general for Persian Gulf affairs, according to one ministry official, said on Sunday that the matter of the islands was "closed".', '2022-12-12', 'Iranian Foreign Ministry'],
  // Not the one an aside of the speaker's occasion names.
  ['Enlargement Commissioner Štefan Füle, presenting the reports alongside Catherine Ashton, the high representative who brokered Friday\'s accord, called it a historic day.', '2013-04-23', 'Štefan Füle'],
  // Not the one a clause names as the object of its verb, nor thus "he" after it.
  ['Interior Minister Bruno Retailleau, whom Algiers has blamed for the crisis, used stronger language. Speaking to reporters on Tuesday, he said it was "inadmissible that France should be a playground for the Algerian services".', '2025-04-16', 'Bruno Retailleau'],
  // A description set beside the name may quote a phrase.
  ['Jean-Noël Barrot, the foreign minister who had announced the "new phase" in Algiers on April 6, wrote on X on Tuesday that Algeria had "chosen escalation".', '2025-04-16', 'Jean-Noël Barrot'],
  // An institution set in its capital speaks for the country.
  ['Turkey has refused to let German members of parliament visit the soldiers stationed at the Incirlik air base, the Foreign Office in Berlin confirmed on Monday, reigniting a dispute.', '2017-05-16', 'Germany'],
  // A country's ministry by its name in full.
  ['The Rwandan Ministry of Foreign Affairs said that it had taken note of a process.', '2022-01-24', 'Rwandan Foreign Ministry'],
  // A body's secretariat speaks for it.
  ['Presidential spokesman George Charamba said the mission was biased. The SADC secretariat on Saturday condemned what it called "crude, scurrilous and misleading" attacks on Mumba.', '2023-08-29', 'Southern African Development Community'],
  // Though what a clause's verb is said of is named before it, the words it gives are said.
  ['Recep Tayyip Erdoğan spoke in Ankara on Monday. His sharpest words were reserved for Draghi, whom he called "appointed, not elected".', '2021-04-12', 'Recep Tayyip Erdoğan'],
  // A country's government that opens a sentence, though it says nothing, is what "it" goes on to mean.
  ["The foreign ministry in Ankara said it did not want the Dutch ambassador to return. The Dutch government has withdrawn permission for Foreign Minister Mevlüt Çavuşoğlu's plane to land. In a statement, it said that talks about a smaller meeting had been under way.", '2017-03-11', 'Netherlands'],
  // "The company" is the company the article named last, not the last speaker.
  ['Foreign ministry spokeswoman Mao Ning said the man was suspected of espionage. China has detained an employee of Astellas Pharma. "We are making every effort to confirm the facts," the company said.', '2023-03-28', 'Astellas Pharma'],
  // A request is said.
  ['Prime Minister Matteo Renzi asked that the body be returned to Italy as soon as possible.', '2016-02-05', 'Matteo Renzi'],
  // So is that of a second verb in a clause of the place, and past a setting without its comma.
  ['EU enlargement commissioner Johannes Hahn visited Pristina on Monday. Before Pristina he stopped in Belgrade, where he held talks with President Aleksandar Vucic and called on Kosovo to "unblock regional cooperation and trade".', '2018-12-05', 'Johannes Hahn'],
  ['EU enlargement commissioner Johannes Hahn visited Pristina on Monday. In Belgrade he held talks with President Aleksandar Vucic and called on Kosovo to "unblock regional cooperation and trade".', '2018-12-05', 'Johannes Hahn'],
  // What a statement reads out of the person the sentence opens with is that person's, by name or by the post this article
  // alone titled someone with (the story has two prime ministers).
  ['The committee met on Wednesday, chaired by Prime Minister Imran Khan. The prime minister directed that all diplomatic channels be activated to expose "the brutal Indian racist regime", the statement said.\n\nIndia\'s Prime Minister Narendra Modi said nothing.', '2019-08-08', 'Imran Khan'],
  ['The committee met on Wednesday, chaired by Prime Minister Imran Khan. Khan told the committee that all diplomatic channels would be activated, the statement said.', '2019-08-08', 'Imran Khan'],
  // The subject of a second verb, past an opening setting.
  ['In Brussels, EU interior ministers held an emergency meeting and issued a statement saying illegal crossings "will not be tolerated".', '2020-03-04', 'European Union'],
  // A body the gazetteer does not hold speaks by the initials set beside what it is.
  ['The NATO-led peacekeeping force in Kosovo, KFOR, said the security situation in the northern municipalities was tense.', '2022-08-01', 'KFOR'],
  // "He" after a sentence whose subject stands past an opening phrase of time is that subject; not so a pronoun's sentence (above).
  ['Josep Borrell said the talks would go on. The day before that meeting in Brussels, on Wednesday, August 17, NATO Secretary General Jens Stoltenberg received Aleksandar Vučić and Albin Kurti separately at the alliance\'s headquarters. He said the peacekeeping force KFOR "stands ready to intervene".', '2022-08-28', 'Jens Stoltenberg'],
  // A spokesperson of a body the gazetteer does not hold is not the story's spokesperson.
  ['Chinese foreign ministry spokesman Wang Wenbin said the release was selfish. "There are no abnormalities in the pumps," a TEPCO spokesperson told reporters at the plant.', '2023-08-24', 'TEPCO spokesperson'],
  // Calling something a name is saying it.
  ['Opposition leader Yair Lapid went further, calling the comment "antisemitism of the oldest kind" and demanding that Israel recall its ambassador.', '2018-02-18', 'Yair Lapid'],
  // A body the gazetteer does not hold speaks by its initials.
  ['ONEE and the national hydrocarbons office ONHYM said in a joint statement late on Sunday that the decision would have "only an insignificant impact" on the electricity system.', '2021-11-01', 'ONHYM'],
  // Concern voiced is said, in a relative clause past its setting too.
  ["Yair Lapid, who during a visit to Morocco on August 11 and 12 voiced concern about Algeria's role in the region and its ties with Iran, was the first Israeli minister to visit.", '2021-08-30', 'Yair Lapid'],
  // A bare post ("the minister") the person just spoken of holds.
  ['Rwandan Foreign Minister Olivier Nduhungirehe arrived in Kigali.\n\nThe minister said he expected the two heads of state to meet within weeks.', '2025-06-28', 'Olivier Nduhungirehe'],
  // A country's minister by neither portfolio nor name: the minister of that country the article named last, a secretary of state too.
  ['The treaty was signed in Kigali by the foreign minister, Vincent Biruta, and the British Home Secretary, James Cleverly.\n\nThe British minister told journalists he was confident that the treaty addressed “all the issues” raised by the court.', '2023-12-05', 'James Cleverly'],
  // The outlets that carried the words are not their speaker.
  ['Deputy Foreign Minister Mikhail Bogdanov said on Friday that the US move was "a unilateral decision that goes beyond international law", according to Russian news agencies.', '2020-12-13', 'Mikhail Bogdanov'],
  // A short sentence about a person is whom "he" goes on to mean.
  ['President Recep Tayyip Erdogan met bankers. Trump said on Friday he had authorised a doubling of tariffs.\n\nErdogan was defiant. Addressing ambassadors in Ankara on Monday, he said the country was facing an "economic war".', '2018-08-16', 'Recep Tayyip Erdogan'],
  // A country's leadership speaks, and is what "it" goes on to mean.
  ['The Palestinian leadership condemned the move. In a statement carried by the official WAFA news agency late on Friday, it said the agreement was "another stab in the back of the Palestinian cause".', '2020-09-12', 'Palestinian leadership'],
  // A country's office that opens a sentence, though it says nothing, is whom "the ministry" goes on to mean.
  ["On Monday, Japan's Defense Ministry released what it called its final statement on the incident. The ministry said further working-level talks with Seoul would be futile.", '2019-01-22', 'Japanese Defence Ministry'],
  // A name, a description of the post, then a description of the body.
  ['"It does not bind us," Lawrence Kanyuka, the spokesman of the Alliance Fleuve Congo (AFC), the coalition that includes the M23, told The EastAfrican on Sunday.', '2025-06-29', 'Lawrence Kanyuka'],
  // "he" inside the words goes back to the person the sentence opens with, past an opening day.
  ['Sunak’s difficulty is that the more he gives the right, the more he risks losing Rwanda. On Thursday morning Vincent Biruta, Rwanda’s foreign minister, made that explicit: Kigali, he said, would not be able to continue with the partnership.', '2023-12-08', 'Vincent Biruta'],
  // A possessive after the verb opens the words; it does not speak them.
  ['Palestinian President Mahmoud Abbas, speaking in a televised address from Ramallah, said Trump\'s "deplorable and unacceptable" measures undermined all peace efforts.', '2017-12-06', 'Mahmoud Abbas'],
  // The name set beside the object of the description's preposition is the description's.
  ['Mykhailo Podolyak, an adviser to Ukraine’s president, Volodymyr Zelensky, wrote on Tuesday that the leak was a terrorist attack planned by Russia.', '2022-09-28', 'Mykhailo Podolyak'],
  ['Meanwhile, according to The Times of Israel, the US, in reaction to the latest development, said that a deal is possible quickly if Iran is “serious”.', '2021-11-04', 'United States'],
  // Sources no one names speak as written; a second verb after an object of a preposition is the subject's.
  ['Government sources, however, said there was "no decision to hold talks on any other issue at any other place".', '2025-05-11', 'Government sources'],
  ['Russian President Vladimir Putin turned to Trump and said in English: "Next time in Moscow."', '2025-08-15', 'Vladimir Putin'],
  ['A spokesperson for Britain’s Prime Minister Keir Starmer said London would "study the outcome closely".', '2025-08-16', "Keir Starmer's spokesperson"],
  // The office of a post is the office of the person who holds it, not the person.
  ['Israeli Prime Minister Benjamin Netanyahu convened the security cabinet.\n\nThe security cabinet unanimously rejected the agreement, the Prime Minister’s Office said in a statement.', '2015-07-14', "Benjamin Netanyahu's office"],
  // Initials the story spelled out before ("the Rapid Support Forces (RSF)").
  ['The Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) signed a declaration in Jeddah late on Thursday.\n\nIn a statement issued on Friday, the RSF welcomed the signing and said it was a "first step" towards ending the suffering of the Sudanese people.', '2023-05-12', 'Rapid Support Forces'],
  // Countries agreeing speak together (Guyana, as any country, is known by its name).
  ['The presidents of Guyana and Venezuela agreed on Thursday that neither side would threaten or use force against the other.', '2023-12-14', 'Guyana and Venezuela'],
  // An honorific is no part of the name; "in which he said" is the person the sentence opens with, not the last one quoted.
  ['In his speech at the reception, Putin said the visit was an important occasion.\n\nThe respected Comrade Kim Jong Un made a speech at the reception, in which he said:\n\n"Today\'s talks will serve as an important occasion in raising the DPRK-Russia friendship."', '2023-09-14', 'Kim Jong Un'],
  // Any ministry written in small letters; a source placed somewhere; the bare army of a story that spelled it out.
  ["Seoul's unification ministry said it is closely monitoring whether the summit leads to any deals on weapons.", '2023-09-13', 'South Korean Unification Ministry'],
  ['Meanwhile, a military source in Khartoum told Sudan Tribune that the SAF delegation had insisted on the withdrawal of the RSF from residential areas.', '2023-05-12', 'military source'],
  // The conjunction before such a speaker joins two clauses.
  ['No American administration could sign that, and military officials in Hawaii say the crew was not at fault.', '2001-04-10', 'military officials'],
  ['The Sudanese Armed Forces (SAF) and the RSF met in Jeddah.\n\nIn a statement, the army said the RSF had failed to implement "any of the provisions" of the ceasefire.', '2023-06-05', 'Sudanese Armed Forces'],
  // A text the parties signed speaks for itself.
  ['"The state of war that has existed between the two countries has come to an end," the declaration said, according to a copy posted on Twitter.', '2018-07-09', 'Declaration'],
  ['The five-point declaration says the two countries will forge "close political, economic, social, cultural and security cooperation".', '2018-07-09', 'Five-point declaration'],
  // Countries named together issue a statement whose paragraphs follow, each opening with a quotation mark.
  ['The Kingdom of Saudi Arabia and the United States of America issued the following joint statement on Monday on the extension of the ceasefire in Sudan:\n\n"The extension will provide time for further humanitarian assistance and the restoration of essential services.\n\n"While imperfectly observed, the ceasefire nonetheless enabled the delivery of humanitarian assistance to an estimated two million people."', '2023-05-29', 'Saudi Arabia and United States'],
  // A minister of a portfolio written in lower case; a foreign office by its initials.
  ['India’s water resources minister said on Tuesday that work to increase flows to Indian farmers would be "fast-tracked".', '2025-05-14', 'Indian water resources minister'],
  ['“We appreciate President Trump’s willingness to support efforts aimed at resolution of the Jammu and Kashmir dispute,” the FO said in a statement.', '2025-05-11', 'Foreign Ministry'],
  // A surname spelled otherwise than the story's full name (Zelenskiy, Zelenskyy) is that person.
  ['Ukrainian President Volodymyr Zelenskyy was not invited.\n\nZelenskiy, in his nightly video address before the summit, said it was "time to end the war".', '2025-08-15', 'Volodymyr Zelenskyy'],
  // The parties speaking together, as the text named them last (the place they met is none of them).
  ['Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Washington on Friday.\n\nThe two sides said in a joint statement that the talks had been "constructive".', '2025-08-08', 'Armenia and Azerbaijan'],
  ['Armenia and Azerbaijan held talks in Washington on Friday.\n\nThe two countries said in a joint statement that the talks had been "constructive".', '2025-08-08', 'Armenia and Azerbaijan'],
  ['Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Washington on Friday.\n\nBoth leaders said the border would be delimited soon.', '2025-08-08', 'Nikol Pashinyan and Ilham Aliyev'],
  ['South Korea and Japan joined the United States at the summit.\n\nIn their joint statement, the three leaders accused China of "dangerous and aggressive behavior".', '2023-08-19', 'South Korea, Japan and United States'],
  // A regional body is no country its name holds ("American").
  ['The General Secretariat of the Organization of American States said it "rejects any action that violates or puts at risk the inviolability of the premises of diplomatic missions".', '2024-04-06', 'Organization of American States'],
  // "in which he" is the person the clause is about, not the one the text spoke of before.
  ["Foreign Secretary Alicia Bárcena said Mexico would go to the ICJ.\n\nEcuador declared Mexico's ambassador persona non grata over comments by Andrés Manuel López Obrador about the election, in which he suggested the assassination of a candidate had helped Noboa win.", '2024-04-06', 'Andrés Manuel López Obrador'],
  // A country after "of" belongs to the organisation's name.
  ['The World Sikh Organization of Canada has called on Ottawa to make public the full details of its investigation.', '2023-09-21', 'World Sikh Organization of Canada'],
  // A prosecutor speaks (for the country whose office it is, when the sentence names no one).
  ["Saudi Arabia's public prosecutor said on Thursday that he would seek the death penalty for five of the men charged over the killing.", '2018-11-16', 'Saudi Arabia'],
  // "who" after a name and its description stands for the name, not the company the description names.
  ['Modi spent the day meeting business leaders. Among them was Elon Musk, the head of Tesla and SpaceX, who said afterwards that he was "a fan of Modi".', '2023-06-21', 'Elon Musk'],
  // A clause after a semicolon has its own subject: no apposition reaches back across it.
  ['Ottawa expelled Pavan Kumar Rai, whom it identified as the Research and Analysis Wing\'s man in Canada; New Delhi, calling the charge "absurd and motivated", expelled a Canadian diplomat the next day.', '2023-10-27', 'India'],
  // "he" in a clause about the one just named is whom the sentence is about, not the person the text spoke of last; so is
  // the office the sentence opens with, whose holder the story knows ("President Alexander Lukashenko of Belarus").
  ["Alexander Lukashenko answered Guido Westerwelle. Westerwelle, as our listeners know, is openly gay.\n\nIn the same remarks Lukashenko turned on Poland's foreign minister, Radoslaw Sikorski, who he said deserved public contempt.", '2012-03-05', 'Alexander Lukashenko'],
  ["President Alexander Lukashenko of Belarus answered Guido Westerwelle. Westerwelle, as our listeners know, is openly gay.\n\nIn the same remarks the Belarusian president turned on Poland's foreign minister, Radoslaw Sikorski, who he said deserved public contempt.", '2012-03-05', 'Alexander Lukashenko'],
  // A meetings record names its speakers in capitals before their delegation.
  ['Statements\n\nLINDA THOMAS-GREENFIELD (United States) said the resolution sent a clear message.\n\nZHANG JUN (China) said his delegation had voted in favour because an arms embargo was essential.', '2022-10-21', 'Zhang Jun'],
  ['Statements\n\nJUAN RAMÓN DE LA FUENTE (Mexico) stressed that the sanctions were not aimed at the Haitian people.', '2022-10-21', 'Juan Ramón de la Fuente'],
  // A name with its reflexive speaks.
  ['Guido Westerwelle was in Brussels. Westerwelle himself said the statement spoke for itself.', '2012-03-05', 'Guido Westerwelle'],
]

describe('extractItems: who speaks', () => {
  it('hears a body’s own spokesperson, not the spokesperson another article names for no country', () => {
    const army = extract('In a separate statement, a spokesman for the army’s General Staff said any talk of a "preventive war" would be answered with an "all-out war".', '2017-08-09', [
      'The foreign ministry spokesman, Geng Shuang, told a regular briefing in Beijing that the situation was "complex and sensitive".',
    ])
    expect(army.map((i) => i.speaker)).toEqual(["spokesman for the army's General Staff"])
  })
  it('hears in "the junta" or "the government" the country whose rulers the text last named', () => {
    const text = "Niger's military rulers ordered the French ambassador out on Friday. On Saturday, the junta said the ambassador no longer had diplomatic immunity."
    expect(extract(text, '2023-09-01').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([['Niger', '2023-08-26']])
    const malian = 'The Malian government expelled the envoy on Monday. The authorities said on Tuesday that he had insulted them.'
    expect(extract(malian, '2023-09-01').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Mali'])
    // Rulers the text never named are no one's.
    expect(extract('The government said on Tuesday that he had insulted them.', '2023-09-01').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('gives "he" to the last one spoken of who is not known as "she"', () => {
    const text = [
      'External Affairs Minister S. Jaishankar on Tuesday told Parliament that ousted Bangladesh Prime Minister Sheikh Hasina had asked to come to India "at very short notice", as the government briefed MPs on the fast-moving crisis across the eastern border.',
      '"At very short notice, she requested approval to come for the moment to India. She arrived yesterday evening in Delhi," Dr. Jaishankar said in a suo motu statement made first in the Rajya Sabha.',
      'In Dhaka, army chief General Waker-Uz-Zaman had announced her resignation in a televised address on Monday afternoon, saying an interim government would be formed.',
      'The minister said that according to the government\'s understanding, Ms. Hasina "apparently took a decision to resign" after a meeting with leaders of the security establishment in Dhaka on Monday. He said India was in close and continuous touch with the Indian community in Bangladesh through its diplomatic missions.',
    ].join('\n\n')
    const said = extract(text, '2024-08-06').filter((i) => i.type === 'statement' && i.text.includes('continuous touch'))
    expect(said.map((i) => i.speaker)).toEqual(['S. Jaishankar'])
  })
  it('reads a pronoun\'s person by "her" only before what it owns, not by a "he" an unnamed person is', () => {
    const text = 'Judge Anna Sotnikova sentenced Brittney Griner to nine years on Thursday. Griner\'s lawyer said he would appeal. Griner listened to the verdict, her expression blank. "I never meant to hurt anybody," she said.'
    expect(extract(text, '2022-08-04').filter((i) => i.type === 'statement' && i.text.includes('hurt anybody')).map((i) => i.speaker)).toEqual(['Brittney Griner'])
  })
  it('keeps a denial with its words and takes no briefing courtesy for a statement ("Not that I am aware of", "Good afternoon.")', () => {
    const text = 'Stéphane Dujarric, the spokesman for the Secretary-General, briefed reporters on Tuesday.\n\nDUJARRIC: Good afternoon. I will start with Guatemala.\n\nQUESTION: Has the Secretary-General spoken to President Morales since yesterday?\n\nDUJARRIC: Not that I am aware of. The contact yesterday was with the Foreign Minister.\n\nDUJARRIC: Thank you all. Enjoy the afternoon.'
    expect(extract(text, '2019-01-08').filter((i) => i.type === 'statement').map((i) => i.title)).toEqual(['Dujarric: Not that I am aware of.'])
    // A minister's customary opening: "In the name of God." before his statement.
    const opening = 'Syrian Foreign Minister Walid Muallem spoke in Damascus on Monday.\n\nMUALLEM: In the name of God. Thank you for coming. What happened on Saturday night at a number of embassies and consulates in Damascus is unacceptable.'
    expect(extract(opening, '2011-11-14').filter((i) => i.type === 'statement').map((i) => i.title)).toEqual(['Muallem: What happened on Saturday night at a number of embassies and consulates in Damascus is unacceptable.'])
    // A sentence that only opens with the words is news.
    expect(extract('Thanks to Qatar, both were freed on Monday.', '2019-01-08').map((i) => i.title)).toEqual(['Thanks to Qatar, both were freed on Monday.'])
  })
  it('goes on about the "he" after an opening phrase, not the people the phrase names ("As chief of staff to Gerhard Schröder ..., he was")', () => {
    const text = 'German President Frank-Walter Steinmeier said on Tuesday that he had been ready to go. As chief of staff to Gerhard Schröder and later as foreign minister under Angela Merkel, he was one of the architects of the policy of rapprochement with Russia. Earlier this month he conceded that his support for the Nord Stream 2 pipeline had been "clearly a mistake".'
    expect(extract(text, '2022-04-14').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Frank-Walter Steinmeier', 'Frank-Walter Steinmeier'])
  })
  it('hears the person just spoken of in one described by age and post or party, not a farmer by age alone ("The 63-year-old Social Democrat said")', () => {
    const text = 'German Chancellor Olaf Scholz met the president on Monday. The 63-year-old Social Democrat said that the snub stood in the way of a visit. "We will see what comes," he told reporters.\n\nForeign Minister Annalena Baerbock was in Kyiv. The 41-year-old minister said the trip had been planned for weeks. The 62-year-old farmer said he had heard a bang.'
    expect(extract(text, '2022-05-03').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.quote])).toEqual([['Olaf Scholz', 'We will see what comes'], ['Annalena Baerbock', null]])
  })
  it('reads no person in a preposition opening a sentence before a place ("Across Xi\'an, flags lined the streets")', () => {
    const text = "Chinese President Xi Jinping opened the first China-Central Asia summit on Friday. Across Xi'an, flags of the six countries lined the avenues. Xi pledged 26 billion yuan in financing to the region, and he said the six countries should oppose outside interference."
    expect(extract(text, '2023-05-19').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Xi Jinping'])
  })
  it('does not give "he" the person its own verb tells ("the French president said ..., repeating what he had already told Conte")', () => {
    const text = 'Giuseppe Conte sat down for lunch with Emmanuel Macron at the Élysée. "I never wished to offend Italy or the Italian people," the French president said at a joint press conference, repeating what, according to his office, he had already told Conte on the telephone.'
    expect(extract(text, '2018-06-16').filter((i) => i.type === 'statement').map((i) => i.speaker)).not.toContain('Giuseppe Conte')
  })
  it('hears the subject of a chronology\'s day label ("SUNDAY: Assange made ..., calling ... what he called ...")', () => {
    const text = 'Julian Assange has been in the embassy since June. Rafael Correa said on Thursday that Ecuador would not back down.\n\nSUNDAY: Assange made his first appearance in two months, speaking from a balcony of the embassy and calling on the United States to end what he called its "witch-hunt" against WikiLeaks.'
    expect(extract(text, '2012-08-22').filter((i) => i.text.includes('witch-hunt')).map((i) => i.speaker)).toEqual(['Julian Assange'])
  })
  it('hears the subject after a setting and a participle\'s clause that names others ("Earlier on Thursday, speaking ... after Barrot\'s meeting with Deby, Koulamallah")', () => {
    const text = "Jean-Noel Barrot met Mahamat Deby in N'Djamena on Thursday.\n\nEarlier on Thursday, speaking to reporters after Barrot's meeting with Deby, Foreign Minister Abderaman Koulamallah had struck a warning note. France \"is an essential partner, but it must also now consider that Chad has grown up,\" he said."
    expect(extract(text, '2024-11-29').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Abderaman Koulamallah'])
  })
  it('hears the subject after a participle setting the scene and its circumstance ("Sitting beside Trump ..., with reporters ..., Carney")', () => {
    const text = 'Prime Minister Mark Carney met U.S. President Donald Trump at the White House on Tuesday.\n\nSitting beside Trump in the Oval Office, with reporters crowding the room, Carney borrowed the president\'s own vocabulary. "As you know from real estate, there are some places that are never for sale," he said.'
    expect(extract(text, '2025-05-07').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Mark Carney'])
  })
  it('hears a country\'s "military rulers" as the country', () => {
    expect(extract("Niger's military rulers said on Monday the sanctions were illegal.", '2023-09-01').map((i) => [i.type, i.speaker])).toEqual([['statement', 'Niger']])
  })
  it('hears a quoted question the speaker "asked", not a request', () => {
    const text = 'Earlier this month, after that appeal, Vice President Rosario Murillo answered in her usual register. "How can we believe in characters who exude evil?" she asked on state media.'
    expect(extract(text, '2024-01-15').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Rosario Murillo'])
    expect(findAttributions('He called it "a farce" and asked the court to act.').map((a) => a.verb)).toEqual(['called'])
  })
  it('hears words written somewhere before "that", and a statement posted', () => {
    const tweet = extract('President Trump had earlier written on Twitter that "the U.S. once again condemns the brutality of the North Korean regime as we mourn its latest victim."', '2017-06-24')
    expect(tweet.map((i) => [i.type, i.speaker])).toEqual([['statement', 'Trump']])
    const posted = extract('The Chinese embassy posted a statement on its website late on Tuesday night. It said DFAT officials had released details of the call to the media.', '2020-04-29')
    expect(posted.map((i) => [i.type, i.speaker, i.start])).toEqual([['statement', 'China', '2020-04-28']])
  })
  it('hears the subject of a series of verbs, past an opening of "After ..." ("he stood ..., listened ... and said:")', () => {
    const text = 'It took until Friday, in a garden in Dhaka, for Pope Francis to say it. After a week of careful diplomacy in Myanmar, he stood with 16 Rohingya refugees at an interfaith gathering, listened to their stories and said: “The presence of God today is also called Rohingya.”'
    expect(extract(text, '2017-12-04').map((i) => [i.type, i.speaker])).toEqual([['statement', 'Pope Francis']])
  })
  it('gives the words to the name before its post and a clause of "whose", not to the post', () => {
    const text = 'Sir Jeffrey Donaldson, leader of the Democratic Unionist Party, whose boycott of the power-sharing institutions at Stormont has left Northern Ireland without a government for a year, said the party would study the legal text.'
    expect(extract(text, '2023-02-27').map((i) => i.speaker)).toEqual(['Jeffrey Donaldson'])
  })
  it('gives "the former prime minister" the one just spoken of who held the post, not its holder', () => {
    const text = 'Prime Minister Rishi Sunak said the deal was good. Boris Johnson has confirmed he will vote against the government. In a statement, the former prime minister said the arrangements would mean Northern Ireland remained captured by the EU legal order.'
    expect(extract(text, '2023-03-22').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Rishi Sunak', 'Boris Johnson', 'Boris Johnson'])
  })
  it('gives the chair of a body, not the body, the words ("the Democratic chairman of the Senate Foreign Relations Committee")', () => {
    const text = 'Senate Foreign Relations Committee chairman Bob Menendez spoke on Monday. Later, the Democratic chairman of the Senate Foreign Relations Committee said the cooperation should be frozen.'
    expect(extract(text, '2022-10-11').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Bob Menendez'])
  })
  it('hears no words in a pointer to them ("Here\'s what Sen. Bob Menendez said yesterday, in case you missed it")', () => {
    const items = extract('Here\'s what Sen. Bob Menendez said yesterday, in case you missed it. This is what Lavrov said on Monday: the talks had failed.', '2022-10-11')
    expect(items.map((i) => [i.type, i.speaker])).toEqual([['statement', 'Lavrov']])
  })
  it('takes the person a body’s words open on for the next “his” ("The Blue House says President Lee ... Later, his office says")', () => {
    const text = 'Spokesman Hong Lei adds that the facts still need to be verified.\n\nThe Blue House says President Lee Myung-bak, meeting ministers in the bunker, ordered the military to respond "sternly". Later, his office says, he told commanders to retaliate with several times the firepower.'
    const speakers = extract(text, '2010-11-23').map((i) => i.speaker)
    expect(speakers).toContain("Lee Myung-bak's office")
    expect(speakers).not.toContain("Hong Lei's office")
  })
  it('gives no speaker named "Its" to a body’s lawyers ("Its lawyers argued")', () => {
    const items = extract('Bolivia took Chile to the International Court of Justice in 2013.\n\nIts lawyers argued that a century of Chilean promises had created a legal obligation for Chile to negotiate.', '2018-10-03')
    expect(items.map((i) => i.speaker).join(' ')).not.toMatch(/\bIts\b/)
  })
  it('hears no nationality in a noun phrase of the reported words ("investigate Japanese claims that …")', () => {
    const items = extract('The South Korean delegation also proposed that a neutral international body investigate Japanese claims that materials had been diverted.', '2019-07-13')
    expect(items.map((i) => i.speaker)).toEqual(['South Korea'])
    expect(extract('The Korean delegation also proposed that a neutral body investigate Japanese claims that materials had been diverted.', '2019-07-13').map((i) => i.speaker)).not.toContain('Japan')
  })
  it('gives the second voice of a sentence its own day and the next sentence’s “he”', () => {
    const text = 'On Tuesday China’s foreign ministry spokesman Wang Wenbin announced that the two governments had signed the agreement, and on Wednesday Prime Minister Manasseh Sogavare confirmed it in Parliament. “We entered into an arrangement with China with our eyes wide open,” he told MPs.'
    const said = extract(text, '2022-04-23').filter((i) => i.type === 'statement')
    expect(said.map((i) => [i.speaker, i.start])).toEqual([['Wang Wenbin', '2022-04-19'], ['Manasseh Sogavare', '2022-04-20']])
    expect(said[1].text).toContain('eyes wide open')
  })
  it('hears a speaker who "was telling" reporters', () => {
    const items = extract('By Saturday night, US President Donald Trump was telling reporters at the White House that the meeting was "moving along very nicely".', '2018-05-27')
    expect(items.map((i) => [i.type, i.speaker, i.start])).toEqual([['statement', 'Donald Trump', '2018-05-26']])
  })
  it('hears the body whose press service speaks ("…, the Kremlin press service said on Friday")', () => {
    const items = extract('Chinese President Xi Jinping will pay a state visit to Russia from March 20 to 22, the Kremlin press service said on Friday.', '2023-03-18')
    expect(items.map((i) => [i.type, i.speaker, i.start])).toEqual([['statement', 'Kremlin', '2023-03-17'], ['event', null, '2023-03-20']])
  })
  it('gives no person words that "it" said', () => {
    const text = [
      'Antony Blinken, on a visit to New Zealand, said on Thursday that he had spoken to Bazoum earlier.',
      '"The strong economic and security partnership between the United States and Niger depends on the continuation of democratic governance," Blinken told reporters in Wellington on Thursday, calling for Bazoum\'s immediate release.',
      'The regional bloc condemned what it called an attempted coup.',
    ].join('\n\n')
    expect(extract(text, '2023-07-27').filter((i) => i.text.includes('coup')).map((i) => i.speaker)).toEqual([])
  })
  it("gives a briefing's answers to the spokesperson its headline names, not to whom the opening or the question names", () => {
    const text = [
      'At the invitation of Malaysian Prime Minister Anwar Ibrahim, Premier Li Qiang arrived in Kuala Lumpur today for an official visit.',
      'Q: The Philippine military said that Chinese coast guard personnel boarded Philippine navy boats yesterday. What is your response?',
      'A: On June 17, the Philippines sent a supply ship and two speedboats to illegally intrude into the waters adjacent to the reef.',
    ].join('\n\n')
    const article: ArticleForExtraction = { id: 'a0', title: "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 18, 2024", text, published: '2024-06-18' }
    const answer = extractItems(article, buildStoryContext([article])).find((i) => i.text.startsWith('A:'))
    expect(answer?.speaker).toBe('Lin Jian')
  })
  it('reads a participle between a comma and "as" as a description, not as words', () => {
    const text = 'Sources identified the official as Olivier Sylvestre, described in some reports as the station chief of Canadian intelligence in New Delhi.'
    expect(extract(text, '2023-09-19').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('dates a joint press statement issued "shortly after midnight" at the talks just told', () => {
    const text = 'India and China agreed on a five-point plan after their foreign ministers met in Moscow on Thursday evening. The two talked for more than two hours. A joint press statement issued shortly after midnight set out a five-point consensus.'
    const statement = extract(text, '2020-09-11').find((i) => i.type === 'event' && i.text.includes('joint press statement'))
    expect([statement?.start, statement?.precision]).toEqual(['2020-09-10', 'day'])
  })
  it('reads the items of a list the words announce as happenings of their day, up to the list’s end', () => {
    const text = 'Prime Minister Theresa May spoke to MPs on Wednesday. Here are the measures May has announced:\n\nAll planned high-level bilateral contacts suspended, including the invitation to Sergei Lavrov\n\nRussian state assets frozen where they threaten UK residents\n\nThe talks were suspended last year.'
    const events = extract(text, '2018-03-15').filter((i) => i.type === 'event')
    expect(events.find((i) => i.text.startsWith('All planned'))?.start).toBe('2018-03-14')
    expect(events.some((i) => i.text.startsWith('The talks were suspended') && i.start === '2018-03-14')).toBe(false)
  })
  it('reads "accused of" as a description, not as words', () => {
    const text = 'Kosovo declared independence in 2008, nearly a decade after a NATO bombing campaign drove out Serbian forces accused of killing and expelling Albanian civilians.'
    expect(extract(text, '2023-03-18').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('takes "It" for a body that opens its sentence past a setting', () => {
    const text = 'NATO said the damage was deliberate.\n\nIn Stockholm, the Swedish Security Service, Säpo, took over the criminal investigation on Wednesday. It said it was investigating the incident as aggravated sabotage.'
    expect(extract(text, '2022-09-29').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['NATO', 'Swedish Security Service'])
  })
  it('reads quoted words on a line of their own, with no stop of their own, as a heading', () => {
    const text = [
      'Lord Reed, the president of the court, said in a summary of the judgment that there were substantial grounds for believing refugees faced a real risk.',
      '“Not the outcome we wanted”',
      'Rishi Sunak said the government had seen the judgment. “This was not the outcome we wanted,” he said.',
    ].join('\n\n')
    expect(extract(text, '2023-11-15').filter((i) => i.type === 'statement').map((i) => i.text.slice(0, 12))).toEqual(['Lord Reed, t', 'Rishi Sunak '])
  })
  it('reads "On Biden:" in a list of key lines as a topic, not as the speaker', () => {
    const text = [
      "Putin's press conference is under way. Key lines so far:",
      'He says ambassadors Anatoly Antonov and John Sullivan will return to their posts.',
      'On Biden: "He\'s a very balanced and professional man, and it\'s clear that he\'s very experienced."',
      'He says the two sides agreed to begin consultations on cybersecurity.',
    ].join('\n\n')
    const statements = extract(text, '2021-06-16', ['Joe Biden met Vladimir Putin in Geneva.']).filter((i) => i.type === 'statement')
    expect(statements.map((i) => [i.speaker, i.text.slice(0, 20)])).toEqual([
      ['Vladimir Putin', 'He says ambassadors '],
      ['Vladimir Putin', 'On Biden: "He\'s a ve'],
      ['Vladimir Putin', 'He says the two side'],
    ])
  })
  it.each(SPEAKERS)('%s', (text, published, speaker) => {
    const story = ['US Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov.']
    const statements = extract(text, published, story).filter((i) => i.type === 'statement')
    expect(statements.at(-1)?.speaker).toBe(speaker)
  })
  it('knows whose president "the Belarusian president" is from another report\'s "President Alexander Lukashenko of Belarus"', () => {
    const text = 'Poland protested on Monday. Prime Minister Donald Tusk spoke to the press.\n\nThe Belarusian president said the ambassadors could stay home.'
    const said = extract(text, '2012-03-05', ['President Alexander Lukashenko of Belarus met President Vladimir Putin of Russia in Sochi.'])
    expect(said.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Alexander Lukashenko'])
  })
  it('gives "who he said" after a sentence that opens on an office the story binds to no one to no one, not to the person spoken of before', () => {
    const text = "Guido Westerwelle spoke on Friday. Westerwelle, as our listeners know, is openly gay.\n\nIn the same remarks the Belarusian president turned on Poland's foreign minister, Radoslaw Sikorski, who he said deserved public contempt."
    expect(extract(text, '2012-03-05').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual([])
  })
  it('reads a place in capitals before a colon, opening the report under its headline, as the dateline, not a speaker', () => {
    const text = 'APEC ends without a communiqué\n\nPORT MORESBY: Leaders of the 21 APEC economies ended their summit in Port Moresby on Sunday without agreeing on a joint communiqué.'
    const items = extract(text, '2018-11-19')
    expect(items.map((i) => [i.type, i.speaker, i.start])).toEqual([['event', null, '2018-11-18']])
  })
  it('still reads a body by its initials in capitals before a colon, at a live blog\'s head, as the speaker', () => {
    const [statement] = extract('NATO: Allies will send more air defence to Ukraine, the alliance said on Monday.', '2024-07-10')
    expect([statement?.type, statement?.speaker]).toEqual(['statement', 'NATO'])
  })
  it('still reads a transcript\'s first label in capitals as its speaker', () => {
    const text = 'SECRETARY BLINKEN: Sergey, thank you very much. This is part of an ongoing effort to de-escalate tensions.'
    const statements = extract(text, '2022-01-21', ['US Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov.']).filter((i) => i.type === 'statement')
    expect(statements.map((i) => i.speaker)).toEqual(['Antony Blinken'])
  })
  it('takes no statement from a programme\'s host, labelled so at the first turn ("MAYA OKAFOR (host):")', () => {
    const text = [
      "MAYA OKAFOR (host): Welcome back to The Overshoot Hour. I'm Maya Okafor, and we are six days into COP28 here in Dubai.",
      'JONAH PEREIRA: Within hours of the opening session on Thursday, countries adopted the decision that makes the loss and damage fund work.',
      'OKAFOR: And then the money started arriving from the United Arab Emirates, Germany and the United Kingdom within a day.',
    ].join('\n\n')
    const speakers = extract(text, '2023-12-05').filter((i) => i.type === 'statement').map((i) => i.speaker)
    expect(speakers).not.toContain('Maya Okafor')
  })
  it('reads a transcript\'s label as the person another article spells otherwise ("MUALLEM:" for "Walid al-Moallem")', () => {
    // The label's spelling is the headline's, "Walid Muallem"; the other article met first spells "al-Moallem".
    const text = 'MUALLEM: Syria is not Libya. What was done in Libya will not be repeated here.'
    const others = ['Syrian Foreign Minister Walid al-Moallem is due to speak on Monday.', 'Transcript: News conference by Syrian Foreign Minister Walid Muallem on the Arab League decision']
    const statements = extract(text, '2011-11-14', others).filter((i) => i.type === 'statement')
    expect(statements.map((i) => i.speaker)).toEqual(['Walid al-Moallem'])
  })
  it('does not take a place in a relative clause of the subject for the speaker', () => {
    const text = 'Passengers who reached Vilnius on Sunday night, some seven hours later than planned, said Protasevich panicked when the plane turned towards Minsk.'
    expect(extract(text, '2021-05-24').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual([])
  })
  it.each([
    // "The two sides" are not the three parties named, nor are "officials on both sides" the parties.
    ['Leaders of Japan, South Korea and the United States met at Camp David.\n\nThe two sides said talks had been useful.', '2023-08-19'],
    ['Russia and the United States have yet to exchange notes, which officials on both sides say will happen this week.', '2021-01-26'],
    // The sentence's own parties are not the previous sentence's: Tshisekedi and Kagame are of no country the text gives.
    ['The United States and Qatar are mediating.\n\nQatar brokered a meeting between Felix Tshisekedi and Paul Kagame in March, and both sides said they hoped to reach an agreement.', '2025-06-27'],
  ])('gives "the two sides" no voice when the text did not name them: %s', (text, published) => {
    expect(extract(text, published).filter((i) => i.type === 'statement')).toEqual([])
  })
  it('takes the news day from the lead past a standfirst\'s span gone by ("have come since March")', () => {
    const text = [
      'Turkey and Iraq turn a handshake into a military pact',
      'The memorandum signed in Ankara shows how far the two governments have come since March, and how much remains unsaid.',
      'When Iraqi Foreign Minister Fuad Hussein sat down yesterday in Ankara, he signed a memorandum on security cooperation with Hakan Fidan.',
      'Fidan called the agreement "historic" and said it would allow the two countries to fight the PKK "together, in coordination".',
    ].join('\n\n')
    const said = extract(text, '2024-08-16').filter((i) => i.type === 'statement')
    expect(said.map((i) => [i.speaker, i.start])).toEqual([['Hakan Fidan', '2024-08-15']])
  })
  it('takes the news day from the lead, not from a standfirst counting from a day not yet told', () => {
    // The New York Times of Wednesday 4 March 2020: "A day earlier" is a day before the airstrike, told below.
    const text = [
      'The American military called the airstrike in Helmand Province "defensive." A day earlier, President Trump spoke by phone with the Taliban\'s chief negotiator.',
      'KABUL, Afghanistan — The American military carried out an airstrike against Taliban fighters on Wednesday.',
      'Col. Sonny Leggett, a spokesman for United States forces, said the strike targeted Taliban fighters who were attacking a checkpoint.',
    ].join('\n\n')
    expect(extract(text, '2020-03-04').find((i) => i.speaker === 'Sonny Leggett')?.start).toBe('2020-03-04')
  })
  it('takes the news day from the lead, not from its wire dateline', () => {
    // APA of Saturday 9 August 2025, datelined in Washington: Aliyev spoke on the evening of the Friday summit.
    const text = [
      'Washington, August 9, APA. President of the Republic of Azerbaijan Ilham Aliyev has said that the documents signed at the White House open "a new page" in the history of the South Caucasus.',
      'Speaking to Azerbaijani television channels in Washington after the trilateral summit on Friday, the head of state said: "Today we have achieved what many thought was impossible."',
    ].join('\n\n')
    expect(extract(text, '2025-08-09').find((i) => i.speaker === 'Ilham Aliyev')?.start).toBe('2025-08-08')
  })
  it.each([
    ['Vladimir Putin said the talks had taken place "in a constructive atmosphere of mutual respect". But he said a lasting settlement required eliminating "all the primary causes" of the conflict.'],
    ['Friedrich Merz said he was relieved that nothing had been agreed at Europe\'s expense. But he added that Russia\'s demand for Ukrainian territory in the Donbas was "not acceptable".'],
    // So is another point the pronoun's speaker "also" makes.
    ['Abdel Fattah al-Sisi said the two leaders agreed on the need for an immediate ceasefire. He also said the visit "opens a new page".'],
    ['"A sound and stable relationship serves the common interests of both countries," Xi Jinping said at the start of the meeting. He also praised Gough Whitlam, saying: "When drinking water, one should not forget those who dug the well."'],
    // Or words the pronoun's speaker gave later, elsewhere.
    ['"The decision is not diplomatic," Prime Minister Albin Kurti told a news conference in Pristina, before the decision to delay was taken. He later wrote on Facebook that Aleksandar Vucic was "the main one responsible" for the unrest.'],
    // And a point the pronoun's speaker makes with a verb of its own: a warning, a call, a vow.
    ['In his first address to an Arab summit since 2010, Bashar al-Assad told leaders the meeting was "a historic opportunity" to tackle the region\'s crises. He warned of "the danger of expansionist Ottoman thought", an apparent reference to Turkey.'],
    ['The former president Álvaro Uribe said the "No" camp wanted peace but with corrections. He called for changes to the deal\'s provisions on justice, saying rebels who committed crimes should go to prison.'],
    // Or a deed of the pronoun's speaker, then new words.
    ['"I believe the Palestinians and Israelis equally deserve to live safely," Joe Biden said. He thanked Egyptian President Abdel Fattah al-Sisi and said the United States would provide humanitarian aid to Gaza.'],
  ])('makes a point set against the last, or added to it, a statement of its own: %s', (text) => {
    const statements = extract(text, '2025-08-16').filter((i) => i.type === 'statement')
    expect(statements).toHaveLength(2)
    expect(new Set(statements.map((i) => i.speaker)).size).toBe(1)
  })
  it('keeps both marks of a quotation the title opens with', () => {
    const [statement] = extract('India announced "surgical strikes" on launch pads across the Line of Control.', '2025-05-14')
    expect(statement.title).toBe('India: "surgical strikes" on launch pads across the Line of Control.')
  })
  it('ends a quotation at an opening mark set after its words', () => {
    const [statement] = extract('UN Secretary-General Antonio Guterres assured that the agreement to allow the export of Ukrainian cereals is “a great relief for the world“, especially for developing countries.', '2022-07-22')
    expect(statement.title).toMatch(/^Guterres: The agreement to allow the export of Ukrainian cereals is “a great relief for the world“/)
  })
  it('gives words told by ", calling X “...”" to the sentence’s subject, not to the noun before the comma', () => {
    const items = extract('Vladimir Putin addressed both houses of parliament. He cited the West’s recognition of Kosovo’s independence from Serbia in 2008 as a precedent for Crimea, calling Western objections “striking hypocrisy”.', '2014-03-18')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.title])).toEqual([['Vladimir Putin', 'Putin: Calling Western objections “striking hypocrisy”.']])
  })
  it('reads "he" after a setting with no comma of its own as the speaker of the participle', () => {
    const items = extract('Barack Obama spoke in The Hague. In Brussels on Wednesday he went further, telling an audience at the Palais des Beaux-Arts that “the borders of Europe cannot be redrawn with force.”', '2014-03-29')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([['Barack Obama', '2014-03-26']])
  })
  it.each([
    ['Then, on Friday, Putin phoned Obama, who was in Saudi Arabia.', '2014-03-28'],
    ['The IMF agreed on Thursday to lend Ukraine between $14bn and $18bn.', '2014-03-27'],
  ])('reports a call or an agreement to act as a happening: %s', (text, day) => {
    expect(extract(text, '2014-03-29').map((i) => [i.type, i.start])).toEqual([['event', day]])
  })
  it('reports a state of emergency declared as a happening, with no day of its own', () => {
    const text = 'Earlier on Wednesday, Tokayev accepted the resignation of the government. He also declared a state of emergency in Almaty and in the western Mangystau region.'
    expect(extract(text, '2022-01-06').map((i) => [i.type, i.start])).toEqual([['event', '2022-01-05'], ['event', '2022-01-05']])
  })
  it.each([
    // A live blog's name, where and how the words came, a colon, the quotation.
    ['Benjamin Netanyahu, on X, in Hebrew: "We intercepted. We blocked. Together, we will win."', 'Benjamin Netanyahu'],
    ['The IDF says drones are on their way. Prime Minister Benjamin Netanyahu, in a short video: "We have established a clear principle: whoever harms us, we will harm them."', 'Benjamin Netanyahu'],
    // A rank before the name is no name ("Rear Adm").
    ['IDF spokesman Rear Adm. Daniel Hagari has given the figures. Ninety-nine percent were intercepted, he said.', 'Daniel Hagari'],
    ['Pentagon press secretary Brig. Gen. Pat Ryder said the troops were in Kursk.', 'Pat Ryder'],
    // The place a sentence opens on is no speaker, and mocking is saying.
    ['In Israel, the National Security Minister, Itamar Ben-Gvir, mocked the operation in a one-word post: "Lame!"', 'Itamar Ben-Gvir'],
    // A territory with a government of its own speaks as itself, not as a person surnamed Kong.
    ['Senior Hong Kong officials said they had not seen it.', 'Hong Kong official'],
  ])('finds the speaker of %s', (text, speaker) => {
    expect(extract(text, '2024-04-14').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual([speaker])
  })
  it('reads a family name written first as the person of that name the text just named, of two in the story', () => {
    const text = 'Foreign ministry spokesman Wang Wenbin told a news briefing in Beijing that Washington had abruptly demanded the closure.\n\n“The unilateral closure is an unprecedented escalation,” Wang said. He called the decision “outrageous and unjustified”.'
    const others = ['Foreign Minister Wang Yi said on Friday that China would respond firmly.', 'Wang Yi spoke to Heiko Maas by telephone on Friday.']
    expect(new Set(extract(text, '2020-07-22', others).filter((i) => i.type === 'statement').map((i) => i.speaker))).toEqual(new Set(['Wang Wenbin']))
  })
  it.each([
    'None of them amounts to the kind of sweeping economic sanctions that Beijing warned against.',
    'For Kyiv, the arrival of foreign troops on Russia’s side is the escalation it has warned about for weeks.',
  ])('takes no statement from a relative clause that only recalls a warning: %s', (text) => {
    expect(extract(text, '2024-11-04').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('dates the words quoted after a sentence that gives the day of the speaker’s speech', () => {
    const text = 'It took four days for the diplomatic geography of US-China relations to be redrawn. On Tuesday the State Department gave Beijing 72 hours to vacate its consulate in Houston. On Thursday the secretary of state went to the birthplace of Richard Nixon. And on Friday China ordered the American consulate in Chengdu closed.\n\nMike Pompeo’s speech at the Nixon Presidential Library in Yorba Linda, California, on Thursday was billed as the capstone of a series of addresses by senior officials on China. It went further than any of them. “The old paradigm of blind engagement with China simply won’t get it done,” Pompeo said.'
    expect(extract(text, '2020-07-25').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([['Mike Pompeo', '2020-07-23']])
  })
  it('dates a live blog’s entries by its day, not by the day its opening says the story began', () => {
    const text = 'The crisis began on Friday evening, June 23, when Prigozhin accused the army leadership of striking Wagner camps. Here is how Saturday unfolded.\n\n22:30\n\nKremlin spokesman Dmitry Peskov says the criminal case against Prigozhin will be dropped.\n\n20:40\n\nThe press service of Belarusian President Alexander Lukashenko says he has brokered a deal.\n\n15:30\n\nMoscow Mayor Sergei Sobyanin says the situation is difficult.'
    expect(extract(text, '2023-06-24').filter((i) => i.type === 'statement').map((i) => i.start)).toEqual(['2023-06-24', '2023-06-24', '2023-06-24'])
  })
  it('dates the sentences after a sentence that only tells its day by that day', () => {
    const text = [
      'The biggest move came from the White House. In the Rose Garden on July 14, President Donald Trump signed the Hong Kong Autonomy Act.',
      'Beijing answered the next day. China’s foreign ministry said it would impose sanctions on American individuals and entities in retaliation.',
      'Britain took its own step yesterday. Foreign Secretary Dominic Raab told the House of Commons that the UK was suspending its extradition treaty with Hong Kong “immediately and indefinitely”. Raab said the security law had “significantly changed key assumptions” underpinning the treaty.',
    ].join('\n\n')
    expect(extract(text, '2020-07-21').filter((i) => i.speaker === 'Dominic Raab').map((i) => i.start)).toEqual(['2020-07-20', '2020-07-20'])
  })
  it('dates no happening by the days a quotation speaks of', () => {
    const text = 'Netanyahu called the agreement "a historic mistake for the world" and said that "the world is a much more dangerous place today than it was yesterday".'
    expect(extract(text, '2015-07-14').filter((i) => i.type === 'event')).toEqual([])
  })
  it('reads a transcript as the remarks the report dated, up to where the report speaks again', () => {
    // VOA of Sunday 1 March 2020: the State Department transcript of Pompeo's remarks in Doha on Saturday.
    const text = [
      'Afghan President Ashraf Ghani said Sunday his government has made no commitment to free 5,000 Taliban prisoners.',
      'Secretary of State Mike Pompeo acknowledged in Doha on Saturday that the prisoner issue was unresolved.',
      'Following is an excerpt from the State Department transcript of his remarks to reporters traveling with him:',
      'QUESTION: How confident are you that this will happen on time?',
      "SECRETARY POMPEO: We've worked closely with the Afghan Government throughout this process. It's going to be a bumpy road.",
      'He did not say where or when a meeting with the Taliban might take place, and the Afghan government has not commented on the plan.',
    ].join('\n\n')
    const statements = extract(text, '2020-03-01').filter((i) => i.type === 'statement')
    expect(statements.find((i) => i.text.includes('bumpy road'))).toMatchObject({ speaker: 'Mike Pompeo', start: '2020-02-29' })
    expect(statements.filter((i) => i.text.includes('He did not say'))).toEqual([])
  })
  it('binds "the top U.S. diplomat" to the Secretary of State the story names without the country', () => {
    const story = ['Secretary of State Antony Blinken said the release was a first step.']
    const items = extract('“This is the beginning of the end of their nightmare,” the top U.S. diplomat told reporters.', '2023-08-10', story)
    expect(items.find((i) => i.type === 'statement')?.speaker).toBe('Antony Blinken')
  })
  it('binds "Russia’s top diplomat" to the foreign minister the story names', () => {
    const story = ['“It is with the US that we will carry out the main work,” Russian Foreign Minister Sergey Lavrov said.']
    const items = extract('Talks will start immediately after the New Year holiday, Russia’s top diplomat announced on Monday.', '2021-12-27', story)
    expect(items.find((i) => i.type === 'statement')?.speaker).toBe('Sergey Lavrov')
  })
  it('reads "the top diplomat" as the foreign minister the article just named, not another article’s', () => {
    const story = ['Foreign Minister Prince Faisal bin Farhan said the agreement stemmed from the Kingdom’s vision.']
    const text = 'Iranian Foreign Minister Hossein Amir-Abdollahian said relations were moving in the right direction.\n\n“The return of normal relations provides great capacities,” the top diplomat wrote on Twitter on Friday.'
    // The quote goes on with the minister's statement (one item), rather than standing as Prince Faisal's.
    expect(extract(text, '2023-03-11', story).filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Hossein Amir-Abdollahian'])
  })
  it('hears "he" in a clause closed by "telling" or "writing" as the person just spoken of', () => {
    const items = extract('Kosovo and Serbia agreed on an annex in Ohrid on Saturday. Serbian President Aleksandar Vucic said he had not signed anything. On Monday he went further, telling a press conference in Belgrade that Serbia would implement the agreement "only to the extent that it does not cross our red lines".', '2023-03-21')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([
      ['Aleksandar Vucic', '2023-03-18'],
      ['Aleksandar Vucic', '2023-03-20'],
    ])
    const tweet = extract('Getachew Reda led the delegation. On Sunday he struck a harder tone, writing on Twitter that Eritrean troops were still "looting and killing".', '2022-11-14')
    expect(tweet.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([['Getachew Reda', '2022-11-13']])
  })
  it('hears "he" after a day of the month opening the sentence without its comma', () => {
    const items = extract('Donald Trump spoke in December. On January 7 he said that the canal would be taken back.', '2025-02-02')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([['Donald Trump', '2025-01-07']])
  })
  it('hears a refusal to rule something out as a statement, keeping its verb', () => {
    const items = extract('Donald Trump first raised the issue in December. At a news conference at Mar-a-Lago on January 7, he refused to rule out the use of military or economic coercion to gain control of the canal.', '2025-02-02')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start, i.title])).toEqual([
      ['Donald Trump', '2025-01-07', 'Trump: Refused to rule out the use of military or economic coercion to gain control of the canal.'],
    ])
    expect(extract('Sending troops was ruled out by the president on Monday.', '2025-02-02').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('hears an indirect question as the asker’s statement, not a question put to someone', () => {
    const items = extract('Volodymyr Zelensky spoke on Tuesday. He addressed the Security Council by video and asked what the council was for if it could not stop a war.', '2022-04-07')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.title])).toEqual([['Volodymyr Zelensky', 'Zelensky: Asked what the council was for if it could not stop a war.']])
    expect(findAttributions('When asked why, he said nothing.')).toEqual([])
    expect(findAttributions('He was asked whether talks would resume.')).toEqual([])
  })
  it('reads past a participial aside to the speaker and the words after the verb', () => {
    const items = extract('U.S. President Joe Biden, speaking to reporters in Nantucket, Mass., where he is spending the Thanksgiving holiday, called the releases "only a start."', '2023-11-24')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.title])).toEqual([['Joe Biden', 'Biden: Called the releases "only a start."']])
  })
  it('names a speaker of Taiwan or Hong Kong by family name, which comes first', () => {
    const items = extract('Taiwan\'s President Tsai Ing-wen said on Saturday that China had used her transit as an excuse for drills.', '2023-04-08')
    expect(items.filter((i) => i.type === 'statement').map((i) => i.title.split(':')[0])).toEqual(['Tsai'])
    // "Lee" is a family name before a given name of syllables, and a given name before an English surname.
    const lee = (name: string) => extract(`${name} said on Saturday that the talks had failed.`, '2023-04-08').filter((i) => i.type === 'statement').map((i) => i.title.split(':')[0])
    expect(lee('Lee Jae-myung')).toEqual(['Lee'])
    expect(lee('Lee Anderson')).toEqual(['Anderson'])
  })
  it('reads past a participial aside to the speaker another article names in full', () => {
    const story = ['Kosovo Prime Minister Albin Kurti attended the talks.']
    const items = extract('Kurti, speaking to Kosovo media in Ohrid, said Serbia had refused to sign.', '2023-03-19', story)
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Albin Kurti'])
  })
  it('reads "the ministry" as the ministry the article last named, never as a person', () => {
    const text = 'Ambassador Redwan Hussien said the government would implement the agreement in good faith.\n\nThe Ministry of Foreign Affairs, in a statement issued this morning, thanked the mediators. The ministry said Ethiopia expected support for reconstruction.'
    expect(extract(text, '2022-11-03').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Redwan Hussien', 'Foreign Ministry'])
  })
  it('binds "the EU’s top diplomat" to the foreign policy chief the story names', () => {
    const story = ['EU foreign policy chief Josep Borrell hosted the talks in Ohrid.']
    const items = extract('Speaking to reporters, the EU’s top diplomat said the two sides had agreed on an annex.', '2023-03-19', story)
    expect(items.find((i) => i.type === 'statement')?.speaker).toBe('Josep Borrell')
  })
  it('binds "the NATO chief" to the secretary-general the story names for NATO', () => {
    const story = ['NATO Secretary General Jens Stoltenberg announced the deal in Vilnius.']
    const items = extract('“Hungary will not be the last to ratify,” the NATO chief said on Monday.', '2023-07-11', story)
    expect(items.find((i) => i.type === 'statement')?.speaker).toBe('Jens Stoltenberg')
  })
  it('binds an indefinite role ("a ministry spokesman") to no one, though the story names one spokesperson', () => {
    const text = 'State Department spokeswoman Victoria Nuland said the US was not involved. Sweden summoned Ecuador’s ambassador. A ministry spokesman said it was “unacceptable”.'
    expect(extract(text, '2012-08-17').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Victoria Nuland', 'ministry spokesman'])
  })
  it('binds a bare role to no one when the story names two holders, one without a country', () => {
    const story = ['Foreign Minister Prince Faisal bin Farhan said the agreement stemmed from the Kingdom’s vision.', 'Iranian Foreign Minister Hossein Amir-Abdollahian welcomed the deal.']
    expect(extract('The foreign minister said the embassies would reopen within two months.', '2023-03-11', story).filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['foreign minister'])
  })
  it('binds "Ukraine’s president" to the president the story names', () => {
    const story = ['Ukrainian President Volodymyr Zelenskyy spoke in his nightly address.']
    const items = extract('Ukraine’s president said Sunday that his country would not cede territory in any peace deal.', '2022-06-13', story)
    expect(items.map((i) => [i.speaker, i.start])).toEqual([['Volodymyr Zelenskyy', '2022-06-12']])
  })
  it('reads "the US president" as the president just named, when the story binds the role to no one', () => {
    const text = 'President Barack Obama will address the nation, officials said.\n\nBarack Obama said the deal cut off every pathway to a bomb.\n\nSpeaking at the White House on Tuesday, the US president said the deal was built on verification.'
    expect(extract(text, '2015-07-14').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['officials', 'Barack Obama', 'Barack Obama'])
  })
  it('reads "the French leader" and "the German chancellor" as the leaders the story names', () => {
    const text = 'German Chancellor Olaf Scholz and French President Emmanuel Macron met in Paris on Monday.\n\nThe French leader said Europe must do more. The German chancellor said the talks were useful.'
    expect(extract(text, '2023-03-15').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Emmanuel Macron', 'Olaf Scholz'])
  })
  it('gives a verb after "and" the subject before an aside, not the object of the first verb', () => {
    const text = 'President Ilham Aliyev, writing on Twitter a few hours after the shooting, named the dead officer as First Lieutenant Orkhan Asgarov and demanded swift punishment.'
    expect(extract(text, '2023-01-27').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Ilham Aliyev'])
  })
  it('reads "the Azerbaijani leader" as the president just spoken of, when no sentence gives his country', () => {
    const text = 'President Ilham Aliyev has tweeted. “We condemn the attack,” he writes. The Azerbaijani leader demands that the attack be investigated swiftly.'
    expect(extract(text, '2023-01-27').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Ilham Aliyev', 'Ilham Aliyev'])
  })
  it('keeps "the US president" apart from a president of another country', () => {
    const text = 'Iranian President Hassan Rouhani said the deal opened a new chapter.\n\nThe US president said on Tuesday the deal was built on verification.'
    expect(extract(text, '2015-07-14').filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Hassan Rouhani', 'US president'])
  })
  it('takes the head of the noun phrase, not its possessor', () => {
    const items = extract('Russian President Vladimir Putin met the envoy.\n\nPutin’s spokesman Dmitry Peskov said on Monday that the Kremlin was open to talks.', '2021-12-28')
    expect(items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([['Dmitry Peskov', '2021-12-27']])
  })
  it('makes no event of a day gone by inside the words a speaker is quoted in, nor dates the next statement by it', () => {
    const text = 'Secretary of State Antony Blinken voiced “grave concern”. He called on the military to release all officials and to “respect the will of the people of Burma as expressed in democratic elections on November 8”. White House spokeswoman Jen Psaki said the United States “opposes any attempt to alter the outcome of recent elections”.'
    expect(extract(text, '2021-02-01').map((i) => [i.type, i.start])).toEqual([['statement', '2021-02-01'], ['statement', '2021-02-01'], ['statement', '2021-02-01']])
  })
  it('reads an Indonesian honorific as no part of the name ("Pak Marty" is Marty Natalegawa)', () => {
    const text = 'Foreign Minister Marty Natalegawa said the ambassador had been recalled. In Jakarta, Pak Marty said Indonesia was reviewing intelligence sharing with Canberra.'
    expect(extract(text, '2013-11-20').map((i) => i.speaker)).toEqual(['Marty Natalegawa', 'Marty Natalegawa'])
  })
  it('hears a speaker named by post, with a name beside it, in a participle of words ("a presidential spokesman, X, appeared to soften that position, saying")', () => {
    const text = 'Later on Tuesday, a presidential spokesman, Otavio Rego Barros, appeared to soften that position, saying Brazil was open to receiving financial support.'
    expect(extract(text, '2019-08-28').map((i) => [i.type, i.speaker, i.start])).toEqual([['statement', 'Otavio Rego Barros', '2019-08-27']])
  })
  it('hears "put it this way:" as a verb of words, past an aside of the interview and a reflexive', () => {
    const text = 'President Barack Obama spoke to Merkel. Obama himself, in an interview broadcast the same day by the TV network Fusion, put it this way: “We give them policy direction.”'
    expect(extract(text, '2013-10-28').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.title])).toEqual([['Barack Obama', 'Obama: We give them policy direction.']])
  })
  it('hears the person a description is set beside, not a verb inside the description', () => {
    const text = 'Dianne Feinstein, the California Democrat who chairs the intelligence committee and has defended the NSA all summer, said on Monday she was “totally opposed” to collecting intelligence on the leaders of US allies.'
    expect(extract(text, '2013-10-30').map((i) => [i.type, i.speaker])).toEqual([['statement', 'Dianne Feinstein']])
  })
  it('reads "he" after a person the sentence names as that person', () => {
    const story = ['Russian Foreign Minister Sergey Lavrov said in an interview that talks would start.']
    const items = extract('Russian President Vladimir Putin last week in his annual press conference praised what he described as a “positive” US response to the Russian proposals.', '2021-12-27', story)
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Vladimir Putin'])
  })
  it('reads a sentence-initial "he" as the last person speaking, not a person named before it', () => {
    const items = extract('Russian Foreign Minister Sergey Lavrov said on Monday that talks would start in January.\n\nAfter meeting US Secretary of State Antony Blinken, he said the talks were useful.', '2022-01-21')
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Sergey Lavrov', 'Sergey Lavrov'])
  })
  it('gives each speaker of a sentence a statement', () => {
    const items = extract('After talks in Geneva, US Secretary of State Antony Blinken warned of a “swift and harsh” response if Russia invades Ukraine and Russian Foreign Minister Sergei Lavrov said Moscow was still awaiting a written response.', '2022-01-21')
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Antony Blinken', 'Sergei Lavrov'])
  })
  it('reads "S, who announced" as S announcing when nothing else in the sentence attributes', () => {
    const items = extract('UN Secretary-General Antonio Guterres, who earlier announced that he was heading to Istanbul on Thursday, will attend the event.', '2022-07-22')
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Antonio Guterres'])
  })
  it('reads a bare post as the one person the article titled with it, in a story of two holders', () => {
    const article = (id: string, text: string, published: string): ArticleForExtraction => ({ id, title: null, text, published })
    const speakersIn = (one: ArticleForExtraction, other: ArticleForExtraction) =>
      extractItems(one, buildStoryContext([one, other])).filter((i) => i.type === 'statement').map((i) => [i.speaker, i.title])
    const pakistan = article('a', 'The committee met on Wednesday, chaired by Prime Minister Imran Khan. The prime minister directed that all diplomatic channels be activated, the statement said.', '2019-08-08')
    const india = article('b', 'Prime Minister Narendra Modi said on Thursday that the change would bring development.', '2019-08-08')
    expect(speakersIn(pakistan, india).map(([speaker]) => speaker)).toEqual(['Imran Khan'])
    // In the title's own words: the secretary of state is not the foreign minister the article named.
    const iran = article('c', 'His foreign minister, Mohammad Javad Zarif, tweeted on Friday that the strike was "a foolish escalation". Britain\'s ambassador, Rob Macaire, was briefly detained. Pressed on what Soleimani had been planning, the secretary of state said: "We don\'t know precisely when, but it was real."', '2020-01-10')
    const russia = article('d', 'Foreign Minister Sergey Lavrov said on Friday that the strike was illegal.', '2020-01-10')
    const precisely = speakersIn(iran, russia).find(([, title]) => title?.includes('precisely'))
    expect(precisely).toBeDefined()
    expect(precisely?.[0]).not.toBe('Mohammad Javad Zarif')
  })

  it('reads "the statement said" with nothing before it as the source a headline names after its colon', () => {
    const article: ArticleForExtraction = {
      id: 'a',
      title: 'Ukraine, Russia to Sign Deal to Reopen Grain Ports: Turkey',
      text: 'UN Secretary-General Antonio Guterres, who earlier announced that he was heading to Istanbul on Thursday, will attend the event along with Erdogan at 13:30 GMT, the statement said.',
      published: '2022-07-22',
    }
    const items = extractItems(article, buildStoryContext([article]))
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Turkey'])
    // Without the headline no one is known to speak: the sentence is an event, not Guterres's (his
    // announcement is a relative clause, background to what the statement says).
    const bare = { ...article, title: null }
    expect(extractItems(bare, buildStoryContext([bare])).map((i) => [i.type, i.speaker])).toEqual([['event', null]])
  })
  it('names a bare surname among the actors whichever article of the story names the person in full first', () => {
    const guterres = 'UN Secretary-General Antonio Guterres, who earlier announced that he was heading to Istanbul on Thursday, will attend the event along with Erdogan at the Dolmabahce Palace offices at 13:30 GMT, the statement said.'
    const office = 'Russia and Ukraine will sign a deal on Friday to reopen Ukraine\'s Black Sea ports for grain exports, Turkish President Recep Tayyip Erdogan’s office said.'
    const actors = (texts: string[], index: number): string[] => {
      const articles: ArticleForExtraction[] = texts.map((text, i) => ({ id: `a${i}`, title: null, text, published: '2022-07-22' }))
      return extractItems(articles[index], buildStoryContext(articles)).flatMap((i) => i.actors)
    }
    expect(actors([guterres, office], 0)).toContain('Recep Tayyip Erdogan')
    expect(actors([office, guterres], 1)).toContain('Recep Tayyip Erdogan')
  })
  it('reads a headline the page repeats once', () => {
    const items = extract('Iran nuclear talks to resume November 29 in Vienna: EU\n\nIran nuclear talks to resume November 29 in Vienna: EU', '2021-11-03')
    expect(items.map((i) => [i.type, i.speaker, i.start])).toEqual([['statement', 'European Union', '2021-11-03'], ['event', null, '2021-11-29']])
  })
  it('binds an ownerless role only when one person of the story holds it', () => {
    const story = ['UAE Foreign Minister Abdullah bin Zayed and Bahrain’s Foreign Minister Abdullatif Al Zayani arrived.']
    const items = extract('Talks must go on to solve the conflict, the foreign minister says.', '2020-09-15', story)
    expect(items[0].speaker).toBe('foreign minister')
  })
  it('binds "his foreign minister" to the minister of the country the sentence names', () => {
    const story = ['UAE Foreign Minister Abdullah bin Zayed and Bahrain’s Foreign Minister Abdullatif Al Zayani arrived.']
    const items = extract('Bahrain’s King Hamad is calling for intensified effort to solve the Israeli-Palestinian conflict in the framework of the Arab Peace Inititiave, his foreign minister says.', '2020-09-15', story)
    expect(items[0].speaker).toBe('Abdullatif Al Zayani')
  })
  it('binds a family name written first ("Qin" for Qin Gang)', () => {
    const items = extract('Baerbock met her Chinese counterpart Qin Gang.\n\nQin said Beijing would never supply weapons to either side of the conflict.', '2023-04-14')
    expect(items.find((i) => i.type === 'statement')?.speaker).toBe('Qin Gang')
  })
  it('reads "..., the statement added" as more of the statement just reported', () => {
    const items = extract('"The Joint Commission will convene in a physical format on 29 November in Vienna," said the EU\'s European External Action Service in a statement.\n\nThe meeting would be chaired by Enrique Mora, the statement added.', '2021-11-03')
    const statements = items.filter((i) => i.type === 'statement')
    expect(statements).toHaveLength(1)
    expect(statements[0].text).toContain('chaired by Enrique Mora')
  })
  it('reads a year in the possessive as part of what is said, not an event', () => {
    const items = extract('Deputy Minister of Infrastructure of Ukraine Mustafa Nayem said that this agreement is an opportunity for farmers to export this yearʼs harvest.', '2022-07-22')
    expect(items.map((i) => [i.type, i.speaker])).toEqual([['statement', 'Mustafa Nayem']])
  })
  it('keeps the quoted words', () => {
    const [item] = extract('“NATO has always ignored Russian interests,” Fomin said.', '2021-12-27', ['Deputy Defense Minister Alexander Fomin told a press briefing on Monday.'])
    expect(item.quote).toBe('NATO has always ignored Russian interests')
    expect(item.speaker).toBe('Alexander Fomin')
  })
})

// Page furniture, prices, durations and headlines of other stories: no item at all.
const NOTHING: [string, string][] = [
  ['Vice President JD Vance spoke to reporters on Friday.', '2025-05-12'],

  ['Subscribe now for unlimited access. Already subscribed? Log in', '2021-12-27'],
  ['Smart Quarterly\n₹900\n3 Months\n₹300/Month\nRenews automatically, cancel anytime', '2021-12-27'],
  ['The holidays in Russia will last for 10 days.', '2021-12-27'],
  ['Refresh your page for the latest updates. The most recent updates are at top.', '2020-09-15'],
  ['Your email address will not be published. Required fields are marked *', '2021-12-27'],
  ['Russia and Ukraine are both major global wheat suppliers and Russia’s military operation in Ukraine has sent food prices soaring.', '2022-07-22'],
  ['Moscow’s demands for a neutral Ukraine were rejected by Kyiv.', '2022-06-13'],
  ['The so-called peace formula has been endorsed by several EU member states.', '2022-06-13'],
  ['Associated Press writer Jill Lawless in London contributed to this report.', '2022-06-13'],
  // An object of a preposition is not the subject of the verb after "and".
  ['Russia sees its security as threatened by NATO and demands an end to the alliance’s expansion to the east.', '2022-01-21'],
  // A comparison's baseline is no event, nor the clause of "since" that gives it.
  ['It was the deadliest attack since 2019.', '2023-10-10'],
  ['They had lunch in Oteshevo, the first time a Greek prime minister has visited Macedonia since it gained independence in 1991.', '2018-06-17'],
  // A participle's clause after the main clause dates its own words, not the main clause's happening.
  ['Barack Obama and Raul Castro announce moves to restore diplomatic ties, broken off in 1961.', '2014-12-17'],
  ['In exchange, Cuba released a U.S. intelligence agent, identified in news reports on Thursday as Rolando Sarraff Trujillo, a former officer.', '2014-12-17'],
  ['Financial Express is now available on Telegram. Click here to join our channel and keep up with the latest news.', '2021-12-27'],
]

describe('extractItems: the occasion of an undated quotation', () => {
  it('dates the words by the opening clause of speaking, though an aside follows it ("Speaking to … on Saturday, a day after …, N said")', () => {
    const text = 'Speaking to The New Times on Saturday, a day after the signing ceremony at the US Department of State, Nduhungirehe said the agreement "puts the FDLR question at the centre".'
    expect(extract(text, '2025-06-29').map((i) => [i.type, i.start, i.precision])).toEqual([['statement', '2025-06-28', 'day'], ['event', '2025-06-27', 'day']])
  })
  it('gives no one the words of a voice the text does not name ("“…,” said a Tehran importer")', () => {
    const text = 'President Hassan Rouhani said on Tuesday night that Iran would stay in the agreement for now.\n\nFor Iranian businesspeople, the mood was grim. "We have been here before," said a Tehran importer of medical equipment who asked not to be named.'
    expect(extract(text, '2018-05-10').map((i) => [i.speaker, i.start])).toEqual([['Hassan Rouhani', '2018-05-08']])
  })
  it('dates it by the statement just before when the same speaker goes on', () => {
    const text = 'Russian Foreign Minister Sergey Lavrov said on Monday that talks with the United States would start in January.\n\nLavrov also said Moscow would not accept endless negotiations on its security demands.'
    expect(extract(text, '2021-12-28').filter((i) => i.type === 'statement').map((i) => [i.start, i.precision])).toEqual([['2021-12-27', 'day'], ['2021-12-27', 'day']])
  })
  it('leaves it at the article when another speaker said it', () => {
    const text = 'Iran and Saudi Arabia restored ties on Thursday.\n\nSaudi Foreign Minister Prince Faisal bin Farhan said on Monday the kingdom welcomed the agreement.\n\nTurkish President Recep Tayyip Erdogan said Ankara would host the next round.'
    expect(extract(text, '2022-03-10').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start, i.precision])).toEqual([
      ['Faisal bin Farhan', '2022-03-07', 'day'],
      ['Recep Tayyip Erdogan', '2022-03-10', 'approximate'],
    ])
  })
  it('dates it by the day a sentence before says the speaker spoke, without reporting the words', () => {
    const text = 'NATO leaders left Vilnius on Wednesday evening.\n\nFor Sweden, the wait has practical costs. Jens Stoltenberg, speaking on Tuesday, tried to sound unbothered. "It is no longer a question of if, but when," he said.'
    expect(extract(text, '2023-07-14').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start, i.precision])).toEqual([['Jens Stoltenberg', '2023-07-11', 'day']])
  })
})

describe('extractItems: the occasion "after the vote"', () => {
  it('dates words said after an occasion at the day of the sentences that told it, not at the report', () => {
    const text =
      "Finland's Parliament on Friday approved a temporary law that allows border guards to turn away asylum seekers.\n\nThe bill passed by 167 votes to 31.\n\nThe law is valid for one year.\n\n\"This is a strong message to Russia,\" Prime Minister Petteri Orpo told reporters after the vote in Helsinki."
    expect(extract(text, '2024-07-13').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start, i.precision])).toEqual([['Petteri Orpo', '2024-07-12', 'day']])
  })
  it('does not look back to a day of background, weeks before the report', () => {
    const text =
      'MPs elected Tamás Sulyok as head of state, replacing Katalin Novák, who resigned on February 10.\n\nNATO Secretary General Jens Stoltenberg welcomed the vote by the Hungarian parliament.\n\nSwedish Prime Minister Ulf Kristersson wrote on X minutes after the vote: "Today is a historic day."'
    expect(extract(text, '2024-02-26').filter((i) => i.speaker === 'Ulf Kristersson').map((i) => i.start)).toEqual(['2024-02-26'])
  })
  it('does not look back past the sentence after the one that dated the day', () => {
    // Sikorski's tweet "after the ceremony": not the Thursday of Fabius's part in the talks, told three sentences before the ceremony.
    const text =
      'KIEV, Feb 21 (EastBridge) - President Viktor Yanukovych and the opposition leaders signed an agreement on Friday to settle the crisis.\n\nFrance\'s foreign minister Laurent Fabius had taken part in the talks on Thursday but left for China.\n\nVladimir Lukin sat in on the negotiations but did not put his name to the document.\n\nWithin hours of the ceremony parliament voted by 386 votes to restore the 2004 constitution.\n\n"Good compromise for Ukraine. Gives peace a chance," Radoslaw Sikorski wrote on Twitter after the ceremony.'
    expect(extract(text, '2014-02-21').filter((i) => i.speaker === 'Radoslaw Sikorski').map((i) => i.start)).not.toContain('2014-02-20')
  })
  it('leaves them about the report\'s day when neither the sentence that dated the day nor the next told the occasion', () => {
    const text =
      "Finland's Parliament on Friday approved a temporary law that allows border guards to turn away asylum seekers.\n\nThe bill passed by 167 votes to 31.\n\nThe law is valid for one year.\n\n\"This is a strong message to Russia,\" Prime Minister Petteri Orpo told reporters after the meeting in Helsinki."
    expect(extract(text, '2024-07-13').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.precision])).toEqual([['Petteri Orpo', 'approximate']])
  })
})

describe('extractItems: a letter told by weekday headings', () => {
  it('dates what a weekday section tells with no day of its own at that weekday of the letter\'s week', () => {
    const text = 'The week in the Caucasus\n\nTUESDAY: THE OFFENSIVE\n\nAzerbaijan launched what it called local anti-terrorist measures, shelling Stepanakert and the positions of the Karabakh Armenian forces.\n\nTHURSDAY: YEVLAKH\n\nRepresentatives of the Karabakh Armenians met Azerbaijani officials in the town of Yevlakh for talks on reintegration.'
    const items = extract(text, '2023-09-22')
    expect(items.find((i) => i.title.includes('shelling'))?.start).toBe('2023-09-19')
    expect(items.find((i) => i.title.includes('Yevlakh'))?.start).toBe('2023-09-21')
    expect(items.some((i) => /^(?:TUESDAY|THURSDAY)/.test(i.title))).toBe(false)
  })
  it('takes no entry of a list of days for such a heading', () => {
    const text = 'Pope Francis met Aung San Suu Kyi in Naypyitaw on Tuesday, the Vatican said.\n\nCOMING UP\n\nWednesday: Mass for about 150,000 people at Kyaikkasan ground in Yangon\n\nThursday: The Pope travels to Dhaka, Bangladesh'
    expect(extract(text, '2017-11-28').some((i) => i.title.includes('Kyaikkasan'))).toBe(true)
  })
})

describe('extractItems: a subheading', () => {
  it('is no item of its own: the paragraph under it tells the news', () => {
    const text = 'After the guns fell silent\n\nBy Dilnoza Rahimova\n\nA deal signed at a checkpoint\n\nTen days after the shooting stopped, the heads of the two security services signed a protocol at the Kyzyl-Bel checkpoint on Sunday.'
    expect(extract(text, '2022-09-26').map((i) => i.title)).not.toContain('A deal signed at a checkpoint')
    expect(extract(text, '2022-09-26').some((i) => i.title.includes('signed a protocol'))).toBe(true)
  })
})

describe('extractItems: the day the lead reports', () => {
  const lead = 'Israel, UAE, Bahrain ink historic deals\n\nTrump says five countries might join the peace deal\n\nWASHINGTON – Israel and the UAE signed the agreements at the White House on Tuesday.\n\nNetanyahu said the deal would change the Middle East.'
  it('dates the undated statements of a day-after report at the day its lead reports', () => {
    expect(extract(lead, '2020-09-16').filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([
      ['Trump', '2020-09-15'],
      ['Netanyahu', '2020-09-15'],
    ])
  })
  it('reads the lead’s date outside the words it quotes, even first-person ones', () => {
    const text = '"We have a deal," Josep Borrell wrote on Twitter shortly before midnight on Saturday, after 12 hours of talks.\n\nBorrell said the annex would become part of both accession processes.'
    expect(extract(text, '2023-03-19').filter((i) => i.type === 'statement').map((i) => i.start)).toEqual(['2023-03-18', '2023-03-18'])
  })
  it('takes the last day of a span the lead spells out', () => {
    const text = 'Saudi-Iran deal a victory for peace: Wang Yi\n\nThe Saudi and Iranian delegations held talks in Beijing from March 6 to 10.\n\nWang Yi said the deal was a victory for dialogue.'
    expect(extract(text, '2023-03-11').find((i) => i.type === 'statement')?.start).toBe('2023-03-10')
  })
  it.each([
    // A plan in the first dated sentence, or a day in someone's own words, is no news peg.
    'Ukraine ceasefire agreed\n\nA ceasefire will begin on Sunday, Putin said.\n\nTalks began on Wednesday evening.\n\nMerkel said the deal gave hope.',
    'Lavrov meets Blinken\n\nYesterday we spent a great deal of time on the documents, Lavrov said.\n\nMerkel said the deal gave hope.',
  ])('leaves them at publication otherwise: %s', (text) => {
    expect(extract(text, '2015-02-12').find((i) => i.speaker?.includes('Merkel'))?.start).toBe('2015-02-12')
  })
})

describe('extractItems: a deed beside the words', () => {
  it('reports the deed its speaker did beside the words, on the same day', () => {
    const items = extract('Iran on Thursday banned all imports from Saudi Arabia and accused the Saudi-led coalition of bombing its embassy in Sanaa.', '2016-01-08')
    expect(items.map((i) => [i.type, i.speaker, i.start])).toEqual([['statement', 'Iran', '2016-01-07'], ['event', null, '2016-01-07']])
  })
  it('leaves a deed the words report as done before to the words ("said it had recalled")', () => {
    const items = extract('Iran on Thursday said it had recalled its ambassador and warned of consequences.', '2016-01-08')
    expect(items.map((i) => i.type)).toEqual(['statement'])
  })
})

describe('extractItems: a live blog’s entries', () => {
  it('reads the news right under each time stamp as a lead, however deep the page', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `Earlier background paragraph number ${i + 1} of the page.`)
    // The stamp on a line of its own, as the loader leaves it ("09:30 - The handshake" loses its time to the entry's title).
    const text = [...filler, '**09:30**', 'Kim Jong-un has stepped over the Military Demarcation Line, becoming the first North Korean leader to enter the South.'].join('\n\n')
    expect(extract(text, '2018-04-27').map((i) => [i.type, i.start])).toEqual([['event', '2018-04-27']])
    // Without the stamp, a happening told that deep with no date is background.
    expect(extract([...filler, 'Kim Jong-un has stepped over the Military Demarcation Line.'].join('\n\n'), '2018-04-27')).toEqual([])
  })
  it('dates the undated words of each entry on the page’s own day, not on the day its first entry told', () => {
    const text = ['07:25', 'The plane carrying Evo Morales took off from Chimoré late on Monday night.', '11:18', 'The plane has landed in Mexico City.', '12:30', 'Foreign Minister Marcelo Ebrard says Morales is now under the protection of Mexico.'].join('\n\n')
    const said = extract(text, '2019-11-12').find((i) => i.speaker === 'Marcelo Ebrard')
    expect(said?.start).toBe('2019-11-12')
  })
  it('knows a live blog by stamps of a twelve-hour clock, and dates its entries by none of the days they name', () => {
    const text = [
      'Follow along for the latest. Times are Eastern.',
      '3:25 p.m.', 'Viktor Bout landed at Vnukovo airport outside Moscow, where he was met by his wife and his mother.',
      '2:10 p.m.', "Paul Whelan's family said they had been told on Wednesday that he would not be part of the deal.",
      '9:02 a.m.', 'President Joe Biden told reporters that Brittney Griner would be back in the United States within 24 hours.',
    ].join('\n\n')
    const items = extract(text, '2022-12-08')
    expect(items.find((i) => i.type === 'event' && /Vnukovo/.test(i.title))?.start).toBe('2022-12-08')
    expect(items.find((i) => i.speaker === 'Joe Biden')?.start).toBe('2022-12-08')
  })
  it('dates the entries by the day the live blog opens on, when it names one', () => {
    const text = [
      'The UN Security Council meets in New York this Saturday, January 26, at the request of the United States. Follow our live coverage; all times are Eastern.',
      '5:10 a.m.', 'Spanish Prime Minister Pedro Sánchez said in a televised statement that Spain will recognise Juan Guaidó unless elections are called within eight days.',
      '9:40 a.m.', 'Secretary of State Mike Pompeo, addressing the council in person, urged all countries to back Guaidó.',
      '11:50 a.m.', 'Venezuela’s Foreign Minister Jorge Arreaza told the council that no one could set deadlines for a sovereign country.',
    ].join('\n\n')
    const said = extract(text, '2019-01-27').filter((i) => i.type === 'statement')
    expect(said.map((i) => [i.speaker, i.start])).toEqual([
      ['Pedro Sánchez', '2019-01-26'],
      ['Mike Pompeo', '2019-01-26'],
      ['Jorge Arreaza', '2019-01-26'],
    ])
  })
  it('takes a trade measure told under a time stamp for the news of the page\'s day', () => {
    const text = ['Prime Minister Ramush Haradinaj spoke.', '11:40', 'Deputy Prime Minister Enver Hoxhaj says the government will announce further measures.', '11:02', 'Breaking: The government has raised the tariff on goods from Serbia and Bosnia and Herzegovina from 10 to 100 percent, with immediate effect.', '10:15', 'The weekly cabinet meeting has begun.'].join('\n\n')
    expect(extract(text, '2018-11-21').filter((i) => i.type === 'event').map((i) => [i.start, i.title.slice(0, 36)])).toEqual([['2018-11-21', 'The government has raised the tariff']])
  })
  it('dates the entries on the day the opening says is today, not the day before it counts from', () => {
    const text = [
      "The ambassadors of the European Union's member states are leaving Minsk today, a day after the Belarusian foreign ministry told the head of the EU delegation and the Polish ambassador to go home for consultations. All times are Minsk time.",
      '16:15', 'Polish ambassador Leszek Szerepka has left Belarus, the Polish embassy said.',
      '14:30', 'Foreign ministry spokesman Andrei Savinykh told journalists that Minsk "did not start this" and that the "way of force" had no prospects.',
      '09:00', 'Good morning. The row follows Monday\'s decision by EU foreign ministers to add 21 judges and police officers to the sanctions list.',
    ].join('\n\n')
    const said = extract(text, '2012-02-29').find((i) => i.speaker === 'Andrei Savinykh')
    expect(said?.start).toBe('2012-02-29')
  })
})

describe('extractItems: an opening that counts from a day it names', () => {
  it('dates the sentence that many days after it ("Barely a day after the signing in Istanbul on July 22, ...")', () => {
    const items = extract('The ships were inspected on Monday.\n\nBarely a day after the signing in Istanbul on July 22, Russian missiles struck the port of Odesa.', '2022-08-02')
    expect(items.find((i) => /Odesa/.test(i.title))?.start).toBe('2022-07-23')
    expect(extract('Two days after the deal was signed on July 22, Russian missiles struck Odesa.', '2022-08-02').map((i) => i.start)).toEqual(['2022-07-24'])
    // A count from a happening it does not date is the dates' own ("Six days after the clash").
    expect(extract('China and the Philippines clashed on June 17. Six days after the clash, Marcos visited the troops in Palawan.', '2024-07-22').find((i) => /Palawan/.test(i.title))?.start).toBe('2024-06-23')
  })
})

describe('extractItems: a list of days to come', () => {
  it('dates each entry on the next of the weekday it names, not the last', () => {
    const text = ['Pope Francis met army chief Min Aung Hlaing on Monday evening.', 'COMING UP', 'Wednesday: Mass for about 150,000 people at Kyaikkasan ground in Yangon.', 'Thursday: The Pope travels to Dhaka, Bangladesh.', 'On Wednesday the Vatican said the meeting went well.'].join('\n\n')
    const items = extract(text, '2017-11-28')
    expect(items.filter((i) => /Kyaikkasan|Dhaka/.test(i.title)).map((i) => i.start)).toEqual(['2017-11-29', '2017-11-30'])
    // Past the list, a weekday is the last one again.
    expect(items.find((i) => i.speaker === 'Vatican')?.start).toBe('2017-11-22')
  })
})

describe('extractItems: background clauses', () => {
  it('dates nothing by a participle’s clause of a noun set beside the main clause ("the last tranche of a release authorised in the spring")', () => {
    const items = extract('Biden on Wednesday announced the sale of another 15 million barrels from the Strategic Petroleum Reserve, the last tranche of a release authorised in the spring.', '2022-10-20')
    expect(items.map((i) => [i.type, i.start])).toEqual([['event', '2022-10-19']])
  })
  it('dates nothing by the baseline of a comparison after "since" ("the highest level since late 2014 on Wednesday")', () => {
    const items = extract('Oil prices rose to their highest level since late 2014 on Wednesday, with Brent crude climbing above $77 a barrel.', '2018-05-10')
    expect(items.map((i) => [i.type, i.start, i.end])).toEqual([['event', '2018-05-09', '2018-05-09']])
  })
  it('dates a happening by a baseline that a clause of "when" tells ("since December 2017, when he surprised his hosts")', () => {
    const items = extract('It was Erdoğan’s first visit to Greece since December 2017, when he surprised his hosts by calling for a revision of the Treaty of Lausanne.', '2023-12-08')
    expect(items.map((i) => [i.type, i.start, i.end])).toEqual([['event', '2017-12-01', '2017-12-31']])
  })
  it('hears no one in a reason ("because Kim insisted on ...")', () => {
    const items = extract('Donald Trump ended his summit with Kim Jong Un without an agreement, saying he had to walk because Kim insisted on the lifting of all sanctions.', '2019-02-28')
    expect(items.filter((i) => i.speaker?.includes('Kim'))).toEqual([])
  })
  it('leaves what a speaker reports of another to the speaker ("Trump said Kim told him ...")', () => {
    const items = extract('Asked about Otto Warmbier, Trump said Kim told him he did not know about the case.', '2019-02-28')
    expect(items.map((i) => [i.speaker, i.title])).toEqual([['Trump', 'Trump: Kim told him he did not know about the case.']])
  })
  it('takes the words before the comma for those of a subject in small letters who tells an outlet ("..., an airport official told Reuters.")', () => {
    const items = extract('The flight carrying the North Korean group has taken off from KLIA for Shanghai, airport sources told KL Now.', '2021-03-21')
    expect(items.map((i) => [i.speaker, i.title])).toEqual([['airport sources', 'airport sources: The flight carrying the North Korean group has taken off from KLIA for Shanghai']])
    // So do the words of a title in small letters before a name.
    const letter = extract("Nexperia's Dutch headquarters stopped shipping wafers to its plant in Dongguan on October 26, interim chief executive Stefan Tilger told customers in a letter.", '2025-11-01')
    expect(letter.filter((i) => i.type === 'statement').map((i) => i.title)).toEqual(["Tilger: Nexperia's Dutch headquarters stopped shipping wafers to its plant in Dongguan on October 26"])
  })
  it('reports no words where an attribution has none: a manner alone, a clause after "after", a clause inside a noun\'s', () => {
    const text = 'The State Department responded sharply. Vice President Joe Biden spoke to reporters. The sailors had been freed after they apologized. The boats had been snooping, an allegation US officials rejected. It was not the diplomatic success that Secretary of State John Kerry described. Kerry has thanked Tehran.'
    expect(extract(text, '2016-01-14').filter((i) => i.type === 'statement').map((i) => i.title)).toEqual(['Kerry: Thanked Tehran.'])
    // A participle then reports them: "as he had promised" is no report of its own.
    const promised = extract('Saad al-Hariri resigned in Riyadh. Hariri answered on Twitter within hours, saying he was perfectly fine and would return to Lebanon as he had promised.', '2017-11-15')
    expect(promised.filter((i) => i.type === 'statement').map((i) => i.title)).toEqual(['Al-Hariri: He was perfectly fine and would return to Lebanon as he had promised.'])
  })
  it.each([
    ['reads "the US vice president" as the vice president the story names', 'US Vice President Mike Pence arrived in Bogota on Monday. "Any threats against him will be met with swift response," the US vice president wrote on Twitter.', '2019-02-25', ['Mike Pence']],
    ['reads "the family" as the family of the person spoken of, not a person called "The"', 'Giulio Regeni vanished in Cairo in January. The family said they would publish a photograph of his face if the government did not act.', '2016-04-08', ["Giulio Regeni's family"]],
    ['gives an outlet its own editorial, and no more', 'In Beijing, the state-run Global Times, which often reflects official thinking, said in an editorial on Friday that China should stay neutral if North Korea launched missiles first. The Global Times reported that the talks had ended.', '2017-08-12', ['Global Times']],
    ['reads a speech used to say something as the speaker saying it', 'In Moscow, President Vladimir Putin used his Victory Day speech on Red Square yesterday to warn that those who desecrate memorials insult their own people. President Recep Tayyip Erdogan used a rally in Istanbul to say that Turkey would not back down.', '2007-05-10', ['Vladimir Putin', 'Recep Tayyip Erdogan']],
    ['keeps "he" on the person a sentence of "he" went on about, not on the one it names', 'President Emmanuel Macron\'s plane has landed at Kigali International Airport. He was greeted by Rwanda\'s Foreign Minister Vincent Biruta. Before leaving Paris last night, he tweeted that France and Rwanda would "write a new page" of their relationship.', '2021-05-27', ['Emmanuel Macron']],
    ['gives the words an aside interrupts to its "he", not to the name they are about', '"I would like to present the apologies of the Belgian government," Prime Minister Alexander De Croo told the family of Patrice Lumumba. Lumumba, he said, had been killed "for his political convictions, his words, his ideals".', '2022-06-21', ['Alexander De Croo']],
    ['does not give a bare surname to a person the text names as dead', 'According to Xinhua, Kim Jong Un told Xi it was "our consistent stand, in accordance with the will of late President Kim Il Sung and late General Secretary Kim Jong Il". "The issue can be resolved," Kim was quoted as saying.', '2018-03-28', ['Kim Jong Un', 'Kim Jong Un']],
  ])('%s', (_, text, published, speakers) => {
    expect(extract(text, published).filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(speakers)
  })
  it('gives what a seat of government reads out to the person the sentence opens with', () => {
    const speakers = (text: string) => extract(text, '2025-03-01').filter((i) => i.type === 'statement').map((i) => i.speaker)
    expect(speakers('Britain\'s Prime Minister Keir Starmer spoke to Zelensky on Saturday and maintained his "unwavering support" for Ukraine, Downing Street said.')).toEqual(['Keir Starmer'])
    expect(speakers('On Wednesday, Russian President Vladimir Putin urged Erdogan in a phone call to "think carefully", the Kremlin said.')).toEqual(['Vladimir Putin'])
    expect(speakers('The talks with Vladimir Putin were useful, the White House said.')).toEqual(['White House'])
    expect(speakers('Vladimir Putin\'s envoy will travel to Ankara, the Kremlin said.')).toEqual(['Kremlin'])
    // So does the person's own department; not another country's ministry telling the person's deed.
    expect(speakers('US Secretary of State Antony Blinken spoke with President Irfaan Ali on Wednesday and reaffirmed Washington\'s "unwavering support for Guyana\'s sovereignty", according to the State Department.')).toEqual(['Antony Blinken'])
    expect(speakers('North Korean leader Kim Jong Un oversaw the launch of a missile that flew 1,000 km, the South Korean defence ministry said.')).toEqual(['South Korean Defence Ministry'])
  })

  it('leaves to the speaker what he claims another said, past a setting without its comma and a description', () => {
    // The speaker is "he", after "In a post on Facebook" with no comma; the other is named after a description of him.
    const items = extract('Prime Minister Irakli Kobakhidze opened a new front. In a post on Facebook he claimed that the EU\'s enlargement commissioner, Olivér Várhelyi, had warned him in a phone call that he should "be very careful".', '2024-05-29')
    const statements = items.filter((i) => i.type === 'statement')
    expect(statements.map((i) => i.speaker)).toEqual(['Irakli Kobakhidze'])
    expect(statements[0].title).toMatch(/^Kobakhidze: The EU's enlargement commissioner, Olivér Várhelyi, had warned him/)
  })
  it('dates a day "later" without its year on from the day the text is at', () => {
    const items = extract('Meng Wanzhou was arrested in Vancouver on December 1, 2018. Days later, on December 10, Chinese authorities detained Michael Kovrig and Michael Spavor.', '2021-09-25')
    expect(items.map((i) => i.start)).toEqual(['2018-12-01', '2018-12-10'])
  })
  it('hears a sovereign named by title and one name by the name alone, and one named before an aside', () => {
    const francis = extract('Pope Francis met Grand Ayatollah Ali al-Sistani on Saturday. On the flight back to Rome on Monday, Francis called Sistani "a wise man, a man of God".', '2021-03-09')
    expect(francis.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start])).toEqual([['Pope Francis', '2021-03-08']])
    // ", said the East": not the inverted "…, said the minister", but the verb of the name the sentence opens with.
    const salih = extract('The pope held private talks with President Barham Salih on Friday. Salih, welcoming his guest, said the East "cannot be imagined without Christians".', '2021-03-05')
    expect(salih.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Barham Salih'])
  })
  it('hears the second speaker of "S1 said …, while S2 said …"', () => {
    const items = extract('Ethiopia’s Prime Minister Abiy Ahmed called it “a great moment” for his country, while Argentina’s President Alberto Fernandez said a “new scenario” was opening up for Argentina.', '2023-08-24')
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Abiy Ahmed', 'Alberto Fernandez'])
  })
  it('dates the words said at an occasion the sentence dates, and gives each speaker their own quote', () => {
    const items = extract('Donald Trump and Kim Jong Un met in Hanoi. The summit had opened on Wednesday evening with a friendly dinner, at which Trump called Kim "a great leader" and Kim predicted an "excellent result".', '2019-03-01')
    const said = items.filter((i) => i.type === 'statement').map((i) => [i.speaker, i.start, i.quote])
    expect(said).toEqual([
      ['Donald Trump', '2019-02-27', 'a great leader'],
      ['Kim Jong Un', '2019-02-27', null],
    ])
    expect(items.some((i) => i.type === 'event' && i.start === '2019-02-27' && /dinner/.test(i.title))).toBe(true)
  })
  it('dates a happening that goes on from the one just told ("then joined ... for a trilateral meeting") by its day', () => {
    const items = extract('On Thursday, Xi Jinping held talks with Emmanuel Macron in Beijing. The two were then joined by European Commission President Ursula von der Leyen for a trilateral meeting.', '2023-04-07')
    expect(items.map((i) => [i.type, i.start, i.title])).toEqual([
      ['event', '2023-04-06', 'Xi Jinping held talks with Emmanuel Macron in Beijing.'],
      ['event', '2023-04-06', 'The two were then joined by European Commission President Ursula von der Leyen for a trilateral meeting.'],
    ])
  })
  it('gives each of two verbs of one subject its own day and clause ("arrived on Saturday and attended the expo on Sunday")', () => {
    const items = extract('Australian Prime Minister Anthony Albanese arrived in Shanghai on Saturday and attended the opening of the China International Import Expo on Sunday.', '2023-11-06')
    expect(items.map((i) => [i.start, i.title])).toEqual([
      ['2023-11-04', 'Australian Prime Minister Anthony Albanese arrived in Shanghai on Saturday'],
      ['2023-11-05', 'Albanese attended the opening of the China International Import Expo on Sunday.'],
    ])
  })
  it('names who each clause of two days tells of, whether a relative clause or a verb of the past opens it', () => {
    const items = extract('U.S. President Donald Trump, who skipped Monday’s G7 session on climate and biodiversity, threw his support behind the Brazilian leader on Tuesday.', '2019-08-28')
    expect(items.map((i) => [i.start, i.title])).toEqual([
      ['2019-08-26', 'Trump skipped Monday’s G7 session on climate and biodiversity'],
      ['2019-08-27', 'Trump threw his support behind the Brazilian leader on Tuesday.'],
    ])
  })
  it('titles a clause of the place by who it names, without "where"', () => {
    const items = extract('German Foreign Minister Guido Westerwelle asked Ambassador John B. Emerson to the Foreign Office on Wednesday, where the envoy met the minister in person on Thursday afternoon.', '2013-10-25')
    expect(items.map((i) => i.title)).toContain('The envoy met the minister in person on Thursday afternoon.')
  })
  it('dates a clause of the place by its own day, not the arrival the sentence opens with', () => {
    const items = extract('Turkish President Recep Tayyip Erdogan flew in to Cairo from the United Arab Emirates, where he had attended the World Governments Summit in Dubai on Tuesday.', '2024-02-14')
    expect(items.map((i) => [i.type, i.start, i.title, i.text])).toEqual([
      ['event', '2024-02-13', 'Erdogan had attended the World Governments Summit in Dubai on Tuesday.', 'where he had attended the World Governments Summit in Dubai on Tuesday.'],
    ])
  })
  it('hears the speaker an opening "according to" names the telling of, not the telling ("According to the Chinese readout, Albanese said")', () => {
    const items = extract('Australian Prime Minister Anthony Albanese met Xi Jinping. According to the Chinese readout, Albanese said Australia adheres to the one-China policy.', '2023-11-06')
    expect(items.filter((i) => i.type === 'statement').map((i) => i.speaker)).toEqual(['Anthony Albanese'])
  })
  it('gives each of two coordinated speakers only their own words', () => {
    const items = extract('After talks in Geneva, US Secretary of State Antony Blinken warned of a swift response and Russian Foreign Minister Sergei Lavrov said Moscow was still awaiting a written response.', '2022-01-21')
    expect(items.filter((i) => i.type === 'statement').map((i) => i.title)).toEqual(['Blinken: Warned of a swift response', 'Lavrov: Moscow was still awaiting a written response.'])
  })
  it('dates words by their own day, not by how long the speaker has held a post nor by a month of a deed told of them', () => {
    const items = extract("Staffan de Mistura, the UN's Syria envoy since July 2014, told the Security Council on Wednesday that he would step down at the end of November.", '2018-10-19')
    expect(items.map((i) => [i.type, i.start])).toEqual([['statement', '2018-10-17'], ['event', '2018-11-20']])
    const lamamra = extract('Algeria cut ties with Morocco on Tuesday, Foreign Minister Ramtane Lamamra said.\n\nLamamra, a veteran diplomat who returned to the foreign ministry in July, said consulates would stay open.', '2021-08-24')
    expect(lamamra.filter((i) => /consulates/.test(i.text)).map((i) => [i.type, i.start])).toContainEqual(['statement', '2021-08-24'])
  })
  it('dates nothing by the years a state has lasted, nor words by an aside’s span', () => {
    expect(extract('On Sunday President Abdelmadjid Tebboune ordered Sonatrach not to renew the contract under which the line had carried gas to Spain through Morocco since 1996.', '2021-11-01').map((i) => [i.type, i.start])).toEqual([['event', '2021-10-31']])
    expect(extract('Mr Tahbaz, who holds British, American and Iranian citizenship, has been held since 2018.', '2022-03-16')).toEqual([])
    const minister = extract('Unification Minister Kim Yeon-chul offered to resign on Wednesday.\n\nThe minister, appointed only last year, told reporters on Thursday that he took responsibility for the deterioration.', '2020-06-19')
    expect(minister.filter((i) => /responsibility/.test(i.text)).map((i) => [i.type, i.start])).toEqual([['statement', '2020-06-18']])
  })
  it('keeps a clause going until it has its verb', () => {
    const items = extract('On September 28 the separatist president, Samvel Shahramanyan, signed a decree dissolving the self-declared republic from January 1.', '2023-10-16')
    expect(items.map((i) => [i.start, /signed a decree/.test(i.text)])).toEqual([['2023-09-28', true], ['2024-01-01', true]])
    const same = extract('The deadline expired on October 15. On the same day the deadline expired, Syria and Jordan reopened the Nassib-Jaber border crossing, shut since rebels seized it in 2015.', '2018-10-16')
    expect(same.some((i) => /^On the same day the deadline expired, Syria and Jordan reopened/.test(i.text))).toBe(true)
  })
  it('dates no event by a time a counterfactual compares with', () => {
    expect(extract('The expulsion of a French ambassador from a country where some 4,600 French soldiers have been deployed for nine years would have been unthinkable even a year ago.', '2022-02-02')).toEqual([])
  })
  it('dates no event by the day of words a relative clause recalls', () => {
    const items = extract('North Korea, which warned on Saturday that the drills could bring the region to the brink of war, said through its official news agency that it would deal a "merciless blow" to any intrusion into its waters.', '2010-11-28')
    expect(items.map((i) => [i.type, i.speaker])).toEqual([['statement', 'North Korea']])
  })
  it('hears the sentence’s speaker, not the one of "a day after S said", and dates no event by it', () => {
    const items = extract('Japanese Defense Minister Itsunori Onodera said Wednesday that the joint exercises play a vital role, a day after Trump said the drills would be halted.', '2018-06-13')
    expect(items.map((i) => [i.type, i.speaker, i.start])).toEqual([['statement', 'Itsunori Onodera', '2018-06-13']])
  })
})

describe('extractItems: declaring war is the event', () => {
  it('gives "Israel declared war on Hamas on Sunday" no statement', () => {
    expect(extract('Israel declared war on Hamas on Sunday.', '2023-10-10').map((i) => i.type)).toEqual(['event'])
  })
})

describe('extractItems: dismissing an official is an act', () => {
  it('gives "Hadi ... dismissed his deputy" no statement; "dismissed the move" still is one', () => {
    expect(extract('Yemeni President Abd-Rabbu Mansour Hadi on Thursday transferred his powers to a newly formed Presidential Leadership Council and dismissed his deputy.', '2022-04-07').map((i) => i.type)).toEqual(['event'])
    expect(extract('Mohammed Abdulsalam, the Houthi spokesman, dismissed the move as a farce on Thursday.', '2022-04-07').map((i) => i.type)).toEqual(['statement'])
  })
})

describe('extractItems: announcing an agreement reports the agreement', () => {
  it.each([
    'The UN and Turkey announced a deal with Russia and Ukraine on Friday to open up Black Sea shipping lanes.',
    'Israel and Hamas announced a ceasefire on Friday.',
    'The two governments announce the landmark peace agreement on Friday.',
  ])('%s: an event, no statement', (text) => expect(extract(text, '2022-07-22').map((i) => i.type)).toEqual(['event']))
  it.each([
    ['Peskov announced that the talks would resume on Friday.', 'Peskov'],
    ['The Kremlin announced the deal would be signed on Friday.', 'Kremlin'],
  ])('%s: still a statement', (text, speaker) => expect(extract(text, '2022-07-22').find((i) => i.type === 'statement')?.speaker).toContain(speaker))
})

describe('extractItems: a closing participle', () => {
  it('needs a subject that names someone', () => expect(extract('Prices rose sharply across the region, saying nothing about the war.', '2023-08-24')).toEqual([]))
})

describe('extractItems: nothing to find', () => {
  it.each(NOTHING)('%s', (text, published) => {
    expect(extract(text, published)).toEqual([])
  })
})

describe('extractItems: titles', () => {
  it('hears a speaker whose name holds a lowercase article', () => {
    expect(extract('Talks are continuing, Qatar’s foreign ministry spokesman Majed al-Ansari said.', '2023-11-26').map((i) => [i.speaker, i.title])).toEqual([['Majed al-Ansari', 'Al-Ansari: Talks are continuing']])
  })
  it.each([
    ['Talks will resume soon, officials said.', 'officials: Talks will resume soon'],
    ['“We will not accept this,” said Wang Yi, China’s top diplomat.', 'Wang: We will not accept this'],
    // A family name first, among those less often met: China's ambassador in Seoul.
    ['“Those who bet on China’s defeat will surely regret it,” Chinese Ambassador Xing Haiming said.', 'Xing: Those who bet on China’s defeat will surely regret it'],
    ['Tehran must respond, US officials told reporters.', 'US official: Tehran must respond'],
    // Nothing said at all: the sentence tells it.
    ['At the same time, Lavrov said.', 'Lavrov: At the same time, Lavrov said.'],
  ])('a short clause before "S said" is what S said: %s', (text, title) => {
    expect(extract(text, '2023-09-20').map((i) => i.title)).toEqual([title])
  })
  it('names the speaker by surname and gives the reported words', () => {
    const [item] = extract('Kremlin spokesman Dmitry Peskov on Monday confirmed the meeting will take place.', '2021-12-28')
    expect(item.title).toBe('Peskov: The meeting will take place.')
  })
  it('keeps the date of an event even past the usual length', () => {
    const items = extract('Nato secretary-general Jens Stoltenberg has decided to convene a meeting of the Nato-Russia Council on January 12, a Nato official said on Saturday, adding that the bloc was in touch with Russia.', '2021-12-28')
    expect(items.find((i) => i.type === 'event')?.title).toMatch(/January 12…?$/)
  })
  it.each([
    // The audience of "told" goes, in capitals or in lower case.
    ['U.S. Ambassador Samantha Power told the council the deal would make the world safer.', 'Power: The deal would make the world safer.'],
    ['Russian Foreign Minister Sergey Lavrov told Russian reporters the talks had been useful.', 'Lavrov: The talks had been useful.'],
    ['Secretary of State John Kerry told visiting lawmakers the deal was the best available.', 'Kerry: The deal was the best available.'],
    // A verb that is the point of the statement stays.
    ['Russian President Vladimir Putin welcomed the agreement, saying the world had breathed a sigh of relief.', 'Putin: Welcomed the agreement, saying the world had breathed a sigh of relief.'],
    ['John Kirby rejected the suggestion that China was filling a vacuum in the Middle East.', 'Kirby: Rejected the suggestion that China was filling a vacuum in the Middle East.'],
    // "said X, adding Y": X is what was said.
    ['Russian President Vladimir Putin said the talks were useful, adding that more work was needed.', 'Putin: The talks were useful, adding that more work was needed.'],
    ['NATO Secretary General Jens Stoltenberg urged Russia to withdraw its forces.', 'Stoltenberg: Urged Russia to withdraw its forces.'],
    ['Iranian Foreign Minister Hossein Amir-Abdollahian vowed to continue the talks.', 'Amir-Abdollahian: Vowed to continue the talks.'],
    // "announced a …", "declared martial law": the object is the news.
    ['Russian President Vladimir Putin announced a “special military operation” in Ukraine.', 'Putin: Announced a “special military operation” in Ukraine.'],
    ['Ukrainian President Volodymyr Zelensky declared a general mobilisation and urged citizens to stay home.', 'Zelensky: Declared a general mobilisation and urged citizens to stay home.'],
    ['Russian Foreign Minister Sergey Lavrov announced on Friday that talks would resume.', 'Lavrov: Talks would resume.'],
    ['Russian Foreign Minister Sergey Lavrov announced new proposals on Friday.', 'Lavrov: Announced new proposals.'],
    ['Russian Foreign Minister Sergey Lavrov called the talks useful and frank.', 'Lavrov: Called the talks useful and frank.'],
    ['US Secretary of State Antony Blinken described the meeting as candid and substantive.', 'Blinken: Described the meeting as candid and substantive.'],
    ['US Secretary of State Antony Blinken evaluated the meeting positively.', 'Blinken: Evaluated the meeting positively.'],
    // A time opener is not what was said.
    ['Earlier in the day, French President François Hollande had appealed to delegates to make history.', 'Hollande: Appealed to delegates to make history.'],
    ['Russian Foreign Minister Sergey Lavrov defended Moscow’s troop movements.', 'Lavrov: Defended Moscow’s troop movements.'],
    ['Australian Prime Minister Tony Abbott apologised for the distress caused to President Yudhoyono.', 'Abbott: Apologised for the distress caused to President Yudhoyono.'],
    ['Azerbaijani President Ilham Aliyev thanked Turkish President Recep Tayyip Erdogan and demanded swift punishment.', 'Aliyev: Thanked Turkish President Recep Tayyip Erdogan and demanded swift punishment.'],
    // A pronoun of the speaker goes on with the same words.
    ['Russian President Vladimir Putin praised what he described as a “positive” US response.', 'Putin: Praised what he described as a “positive” US response.'],
    // A quotation the title opens keeps its closing mark.
    ['US President Joe Biden told reporters that the tone had been "good, positive."', 'Biden: The tone had been "good, positive."'],
    // An audience ends at its noun: the capitalised word after it begins what was said.
    ['Kremlin spokesman Dmitry Peskov told reporters Moscow was ready for talks.', 'Peskov: Moscow was ready for talks.'],
    // A Chinese or Korean name puts the family name first.
    ['China’s top diplomat Wang Yi hailed the deal as “a victory for dialogue and a victory for peace”.', 'Wang: A victory for dialogue and a victory for peace'],
    ['Chinese Foreign Ministry spokeswoman Mao Ning said Beijing would keep supporting both countries.', 'Mao: Beijing would keep supporting both countries.'],
    ['South Korean President Moon Jae-in said the talks were useful.', 'Moon: The talks were useful.'],
    ['Chinese scholar Lü Xiang said the talks were useful.', 'Lü: The talks were useful.'],
    ['North Korea’s Foreign Minister Ri Yong Ho said Pyongyang had sought only partial relief.', 'Ri: Pyongyang had sought only partial relief.'],
    ['UN Secretary-General Ban Ki-moon said the resolution was the first hopeful news on Syria in a long time.', 'Ban: The resolution was the first hopeful news on Syria in a long time.'],
    ['Greenland’s Premier Kim Kielsen said the island was open for business, not for sale.', 'Kielsen: The island was open for business, not for sale.'],
    ['British Foreign Secretary James Cleverly said the talks were useful.', 'Cleverly: The talks were useful.'],
    // A particle belongs to the surname.
    ['European Commission President Ursula von der Leyen said the talks were useful.', 'Von der Leyen: The talks were useful.'],
    ['Iraqi Prime Minister Adel Abdul Mahdi said the talks were useful.', 'Abdul Mahdi: The talks were useful.'],
    // A suffix is no surname; a regnal number goes with the name it numbers.
    ['Philippine President Ferdinand Marcos Jr. said the Philippines would not be cowed.', 'Marcos: The Philippines would not be cowed.'],
    ['King Felipe VI said the talks were useful.', 'Felipe VI: The talks were useful.'],
    // A dateline without a date is no part of the words either.
    ['WASHINGTON (AP) — The United States and Cuba will restore diplomatic relations, President Barack Obama said Wednesday.', 'Obama: The United States and Cuba will restore diplomatic relations'],
    ['TOKYO/BEIJING – China has detained an employee of the Japanese drugmaker Astellas Pharma, the Japanese government said on Monday.', 'Japan: China has detained an employee of the Japanese drugmaker Astellas Pharma'],
    ['MANILA -- President Rodrigo Duterte has ordered the recall of the ambassador to Canada, his spokesman said on Thursday.', "Rodrigo Duterte's spokesperson: President Rodrigo Duterte has ordered the recall of the ambassador to Canada"],
    // The preposition of a masked opening date is no part of the words.
    ['On June 17, the coast guard boarded the navy boats near the shoal, officials said.', 'officials: The coast guard boarded the navy boats near the shoal, officials said.'],
    // A denial keeps its verb, or the title would say the opposite.
    ['Russian Foreign Minister Sergey Lavrov denied that Moscow planned to attack Ukraine.', 'Lavrov: Denied that Moscow planned to attack Ukraine.'],
    ['Russian Foreign Minister Sergey Lavrov has denied Moscow plans to attack its neighbour.', 'Lavrov: Denied Moscow plans to attack its neighbour.'],
  ])('titles %s', (text, title) => {
    expect(extract(text, '2015-07-20').find((i) => i.type === 'statement')?.title).toBe(title)
  })
  it('titles an event told after its opening date by what follows the date, not by nothing', () => {
    const events = extract('On Friday, the ministry announced the new sanctions.', '2023-11-08').filter((i) => i.type === 'event')
    expect(events.map((i) => i.title)).toEqual(['The ministry announced the new sanctions.'])
  })
  it('keeps the subject of an event clause that follows an apposition, and its date', () => {
    const events = extract('The International Atomic Energy Agency’s chief, Yukiya Amano, signed a road map on Tuesday to settle past issues by December 15.', '2015-07-15').filter((i) => i.type === 'event')
    expect(events.find((i) => i.start === '2015-07-14')?.title).toMatch(/^The International Atomic Energy Agency’s chief, Yukiya Amano, signed a road map on Tuesday\b/)
    const council = extract('Lavrov said on Monday that envoys would meet on Friday, and the Council, chaired by Stoltenberg, will meet on January 12.', '2022-01-05').filter((i) => i.type === 'event')
    expect(council.map((i) => i.title)).toContain('The Council, chaired by Stoltenberg, will meet on January 12.')
  })
  it('reports a declaration adopted as a happening though its sentence names no day: the day of the talks it ends', () => {
    const items = extract('Spanish Prime Minister Pedro Sánchez met King Mohammed VI in Rabat on Thursday.\n\nAt the end of the talks, the two sides adopted a joint declaration setting out a 16-point roadmap.', '2022-04-08')
    expect(items.filter((i) => i.type === 'event' && i.text.includes('adopted')).map((i) => i.start)).toEqual(['2022-04-07'])
  })
  it('gives an event the words it reports, not the source clause that holds the date', () => {
    const items = extract('Saudi Arabia and Iran have agreed to restore relations and reopen embassies within two months, according to a joint statement released on Friday.', '2023-03-10')
    expect(items.find((i) => i.type === 'event' && i.start === '2023-03-10')?.title).toMatch(/^Saudi Arabia and Iran have agreed to restore relations/)
  })
  it('leaves out any wire’s dateline, not only the known agencies', () => {
    const items = extract('Addis Ababa, November 3/2022 (ENA) Prime Minister Abiy Ahmed said the peace agreement signed in Pretoria has met the proposals.', '2022-11-03')
    expect(items.map((i) => [i.type, i.speaker])).toEqual([['statement', 'Abiy Ahmed']])
  })
  it('gives a date set apart after a clause that clause for its title', () => {
    const items = extract('The International Solar Alliance, launched by Mr. Modi and French President François Hollande on the opening day of the summit, on November 30, is expected to hold its first meeting next year.', '2015-12-13')
    expect(items.find((i) => i.start === '2015-11-30')?.title).toMatch(/^Launched by Mr\. Modi and French President François Hollande/)
  })
  it('gives a short clause closing the sentence the clause before it, not the tail of a list', () => {
    const items = extract('A truce agreed in March collapsed in late August, with federal and Eritrean troops taking the towns of Shire, Axum and Adwa last month.', '2022-11-03')
    expect(items.find((i) => i.start === '2022-10-01')?.title).toMatch(/^With federal and Eritrean troops taking the towns of Shire, Axum and Adwa/)
  })
  it('leaves out of an event’s title what its opening counts from ("A day after the signing, ...")', () => {
    const items = extract('The ministers signed the agreement on Sunday at Prespa. A day after the signing, Zaev addressed parliament.', '2018-06-19')
    expect(items.map((i) => [i.start, i.title])).toEqual([['2018-06-17', 'The ministers signed the agreement on Sunday at Prespa.'], ['2018-06-18', 'Zaev addressed parliament.']])
  })
  it('hears no one in a name a quotation opens with ("“Bullets wrote our past."), nor takes it for the next "he"', () => {
    const text = 'The leaders signed the text with a pen made from a bullet. "Bullets wrote our past. Education will write our future," reads the inscription.\n\n"I offer forgiveness to all the victims," he said.'
    expect(extract(text, '2016-09-27').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('lists an undated happening the lead tells as done, at the day the article reports ("jets flew low over the ceremony")', () => {
    const items = extract('His speech was briefly interrupted when Colombian air force Kfir jets flew low over the ceremony.', '2016-09-27')
    expect(items.map((i) => [i.type, i.start, i.precision])).toEqual([['event', '2016-09-27', 'approximate']])
  })
  it('hears no statement in "has said nothing"', () => {
    expect(extract('Eritrea, which was not a party to the talks, has said nothing publicly about the deal.', '2022-11-15').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('hears no statement in a heading\'s question ("In short: what Lavrov said about the talks")', () => {
    expect(extract('In short: what Sergei Lavrov said about the talks, and what he did not.', '2022-06-21').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('hears no statement in a newsletter\'s name over its edition ("..., explained · Tuesday edition")', () => {
    expect(extract('Belgium, the Netherlands and Luxembourg, explained · Tuesday edition', '2022-06-21').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('hears no statement in a count "according to U.S. figures"', () => {
    expect(extract("The United States is Vietnam's largest export market, with two-way trade of about $139 billion, according to U.S. figures.", '2023-09-11').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('gives a dated relative clause the clause it refers to', () => {
    const items = extract('The text provides for heavy weapons to be handed over within 30 days of the signing, which puts the deadline at 2 December.', '2022-11-03')
    expect(items.find((i) => i.start === '2022-12-02')?.title).toMatch(/^The text provides for heavy weapons/)
  })
  it('hears no one in a participle with its agent ("claimed by both")', () => {
    const text = 'The government and the Tigray People’s Liberation Front (TPLF) signed the deal in Pretoria.\n\nThe deal makes no mention of the contested territory of Western Tigray, claimed by both Tigray and the neighbouring Amhara region.'
    expect(extract(text, '2022-11-03').filter((i) => i.type === 'statement')).toEqual([])
  })
  it('reads "the spring session" as a thing, not a time', () => {
    const items = extract('The spring session of the Hungarian parliament ended last week.', '2023-07-11')
    expect(items.map((i) => [i.start, i.end])).toEqual([['2023-07-03', '2023-07-09']])
  })
  it('keeps in an event’s title what its source said, not only who the source was', () => {
    const items = extract('A senior Turkish official, speaking on condition of anonymity, said technical talks on the monitoring centre would begin in Ankara later this week.', '2020-11-10')
    expect(items.find((i) => i.type === 'event')?.title).toMatch(/said technical talks on the monitoring centre/)
  })
  it.each([
    ['North Korean leader Kim Jong Un said the summit was a success, state media reported on Wednesday.', ['Kim: The summit was a success', '2022-03-09']],
    ['Iran’s foreign ministry said the talks were constructive, according to the official IRNA news agency.', ['Iranian Foreign Ministry: The talks were constructive', '2022-03-10']],
    ['Erdogan said Turkey would host the talks, the Anadolu Agency quoted him as saying on Wednesday.', ['Erdogan: Turkey would host the talks', '2022-03-09']],
  ])('leaves the outlet that carried the words out of them, and dates them by its report: %s', (text, expected) => {
    expect(extract(text, '2022-03-10').map((i) => [i.title, i.start])).toEqual([expected])
  })
  it('keeps an opening date that a possessive ties to the event', () => {
    expect(extract('Wednesday’s meeting in Beijing lasted six hours.', '2023-03-10').map((i) => i.title)).toEqual(['Wednesday’s meeting in Beijing lasted six hours.'])
  })
  it('takes no narration after a short closed quote for the quote', () => {
    const [item] = extract('"We\'ll see," US President Joe Biden told reporters at the White House when asked about the talks.', '2022-03-30')
    expect([item.speaker, item.quote, item.title]).toEqual(['Joe Biden', null, 'Biden: We\'ll see'])
  })
  it('leaves the dateline out', () => {
    const items = extract('GENEVA, Jan 21 (Reuters) – Top U.S. and Russian diplomats failed to make any major breakthroughs in Ukraine talks on Friday.', '2022-01-21')
    expect(items[0].title.startsWith('Top U.S. and Russian diplomats')).toBe(true)
  })
})

describe('definedAcronyms: initials a story spells out', () => {
  it('reads each name by as many capitalised words as it has initials, small words kept', () => {
    const text = 'The Sudanese Armed Forces (SAF) met. The National Electoral Council (CNE) counted. The Democratic Republic of Congo (DRC) signed.'
    expect(Object.fromEntries(definedAcronyms([{ text }]))).toEqual({ SAF: 'Sudanese Armed Forces', CNE: 'National Electoral Council', DRC: 'Democratic Republic of Congo' })
  })
  it('reads initials that take more than a word’s first letter, in order ("ECOWAS", "ASEAN")', () => {
    const text = 'Leaders of the Economic Community of West African States (ECOWAS) met. The Association of Southeast Asian Nations (ASEAN) met.'
    expect(Object.fromEntries(definedAcronyms([{ text }]))).toEqual({ ECOWAS: 'Economic Community of West African States', ASEAN: 'Association of Southeast Asian Nations' })
    const story = extract('The regional bloc COMESA condemned what it called an attempted coup.', '2023-07-27', ['The Common Market for Eastern and Southern Africa (COMESA) will meet on Sunday.'])
    expect(story.map((i) => i.speaker)).toEqual(['Common Market for Eastern and Southern Africa'])
  })
  it('takes no bracket whose letters are not the name’s initials', () => {
    expect(definedAcronyms([{ text: 'Reporters in Washington (AP) and President Ali (PPP) spoke.' }]).size).toBe(0)
  })
})
