import { describe, expect, it } from 'vitest'
import { findAbsoluteDates, findDates, findHolidaysEnd, tenseAt } from './index'

// [sentence, reference date, phrase, start, end, precision]
const FOUND: [string, string, string, string, string, string][] = [
  // What a "since" clause tells is past, though no verb says so.
  ['Azerbaijan summoned the charge on Saturday, in the sharpest clash since the downing of an airliner in December.', '2025-06-29', 'in December', '2024-12-01', '2024-12-31', 'month'],
  // A month named with "last", "next" or "this": the one of that name before, after or in the report's year.
  ['Mr Martin first said last March that Ireland would intervene.', '2025-01-07', 'last March', '2024-03-01', '2024-03-31', 'month'],
  ['He said last March that Ireland would intervene.', '2024-05-20', 'last March', '2024-03-01', '2024-03-31', 'month'],
  ['The leaders will meet again next June.', '2024-08-02', 'next June', '2025-06-01', '2025-06-30', 'month'],
  ['The leaders will meet again next June.', '2024-02-02', 'next June', '2024-06-01', '2024-06-30', 'month'],
  // "May" before its day is the month, not a modal looking ahead.
  ['The summit was announced on May 25, after Biden proposed a meeting during an April 13 phone call with Putin.', '2021-06-16', 'April 13', '2021-04-13', '2021-04-13', 'day'],
  ['Russia’s top diplomat announced on Monday.', '2021-12-28', 'on Monday', '2021-12-27', '2021-12-27', 'day'],
  // "last" and yesterday's weekday is the week before's: yesterday would be "yesterday" or "on Wednesday".
  ['Blinken said last Wednesday that the offer stood.', '2022-08-04', 'last Wednesday', '2022-07-27', '2022-07-27', 'day'],
  ['Blinken said last Monday that the offer stood.', '2022-08-04', 'last Monday', '2022-08-01', '2022-08-01', 'day'],
  // A weekday a state starts from, told without a verb of the past, lies ahead; after one, behind.
  ['Santos: ceasefire from Monday', '2016-08-25', 'Monday', '2016-08-29', '2016-08-29', 'day'],
  // What may be done by a day is still ahead of it.
  ['Gas could be gone by Sunday, Danish agency says', '2022-09-28', 'Sunday', '2022-10-02', '2022-10-02', 'day'],
  // What one wanted is ahead of the wanting; what one failed to do was (not) done on its day.
  ["Macron's government wanted a shorter extension, to the end of November, and ambassadors failed to agree on Friday.", '2019-10-29', 'the end of November', '2019-11-20', '2019-11-30', 'month'],
  ["Macron's government wanted a shorter extension, to the end of November, and ambassadors failed to agree on Friday.", '2019-10-29', 'on Friday', '2019-10-25', '2019-10-25', 'day'],
  // A weekday of a rank in its month.
  ['Kerry said in a television interview on the first Sunday in March that the referendum was illegal.', '2014-04-15', 'the first Sunday in March', '2014-03-02', '2014-03-02', 'day'],
  ['Parliament will vote on the last Friday of June.', '2014-04-15', 'the last Friday of June', '2014-06-27', '2014-06-27', 'day'],
  // A feast of a fixed day, in the year nearest the text's.
  ['On Friday, Christmas Day, Netanyahu and King Mohammed VI spoke by telephone.', '2020-12-27', 'Christmas Day', '2020-12-25', '2020-12-25', 'day'],
  ['Talks that began on Boxing Day ended without agreement.', '2021-01-06', 'Boxing Day', '2020-12-26', '2020-12-26', 'day'],
  ['The mission left the capital on Christmas Eve.', '2021-01-06', 'Christmas Eve', '2020-12-24', '2020-12-24', 'day'],
  // Counted from a feast, which goes by its bare name there.
  ['The last French soldiers left Faya the day after Christmas.', '2025-01-31', 'the day after Christmas', '2024-12-26', '2024-12-26', 'day'],
  ['Two days before New Year the talks broke down.', '2025-01-20', 'Two days before New Year', '2024-12-30', '2024-12-30', 'day'],
  // A day that opens its sentence takes the tense of the verb after it: done, it is of the year before.
  ['On December 10, Chinese authorities detained Michael Kovrig and Michael Spavor.', '2021-09-25', 'December 10', '2020-12-10', '2020-12-10', 'day'],
  ['Then, on December 10, Chinese authorities detained Michael Kovrig.', '2021-09-25', 'December 10', '2020-12-10', '2020-12-10', 'day'],
  ['On December 10, the leaders will meet in Paris.', '2021-09-25', 'December 10', '2021-12-10', '2021-12-10', 'day'],
  ['By Wednesday evening, on the May Day holiday, tens of thousands had filled Rustaveli Avenue.', '2024-05-02', 'May Day', '2024-05-01', '2024-05-01', 'day'],
  ['Macron spoke on Bastille Day of a new pact.', '2019-07-20', 'Bastille Day', '2019-07-14', '2019-07-14', 'day'],
  // So is the deadline of a condition told in the present; and a day of words urged, quoted.
  ['If Parliament has not approved a deal by the end of Saturday, the Benn Act requires him to ask for an extension.', '2019-10-17', 'Saturday', '2019-10-19', '2019-10-19', 'day'],
  ['Johnson wrote, urging MPs to “get Brexit done on Saturday” when the Commons holds a special sitting.', '2019-10-17', 'on Saturday', '2019-10-19', '2019-10-19', 'day'],
  // What one was forced to do was done on the day; what one will be forced to do lies ahead.
  ['Belarus forced a Ryanair jet to land in Minsk on Sunday and arrested the journalist.', '2021-05-24', 'on Sunday', '2021-05-23', '2021-05-23', 'day'],
  ['The plane will be forced to land in Minsk on Sunday.', '2021-05-24', 'on Sunday', '2021-05-30', '2021-05-30', 'day'],
  // An election's present with its object looks ahead, as a fixture's does.
  ['Colombia votes for a new Congress in March and a new president in May 2026.', '2025-08-22', 'in March', '2026-03-01', '2026-03-31', 'month'],
  // "To breaking point" is no infinitive.
  ["a deal that had brought Kyiv's relations with Washington to breaking point in February.", '2025-05-09', 'in February', '2025-02-01', '2025-02-28', 'month'],
  // "The will of the people" is no modal.
  ['Blinken urged the military to respect the will of the people of Burma as expressed in democratic elections on November 8.', '2021-02-01', 'November 8', '2020-11-08', '2020-11-08', 'day'],
  // So is what a vote decided.
  ['The UN Security Council voted 15-0 to adopt resolution 2118 on Friday, requiring Syria to give up its chemical weapons.', '2013-09-28', 'on Friday', '2013-09-27', '2013-09-27', 'day'],
  ['The ban on Turkish fruit applies from Monday.', '2016-08-25', 'Monday', '2016-08-29', '2016-08-29', 'day'],
  ['The border was closed from Monday.', '2016-08-25', 'Monday', '2016-08-22', '2016-08-22', 'day'],
  // A weekday ahead in words dated on a day before: the first such weekday after that day, when the report is days later.
  ['Lithuanian Railways informed the Kaliningrad authorities on Friday that from Saturday it would no longer carry goods covered by EU sanctions.', '2022-06-21', 'Saturday', '2022-06-18', '2022-06-18', 'day'],
  ['Lavrov said on Thursday that he would meet Blinken in Geneva on Friday.', '2022-06-21', 'on Friday', '2022-06-17', '2022-06-17', 'day'],
  ['Lavrov said on Monday that he would meet Blinken in Geneva on Friday.', '2022-06-21', 'on Friday', '2022-06-24', '2022-06-24', 'day'],
  ['The talks that began on Monday will end on Friday.', '2022-06-21', 'on Friday', '2022-06-24', '2022-06-24', 'day'],
  // After a verb of the past, "the planned" names a thing, not a plan; a place may stand between a plan and its day.
  ['Taiwan had announced the planned name of the office on July 20, a move that drew a furious reaction from Beijing.', '2021-11-18', 'July 20', '2021-07-20', '2021-07-20', 'day'],
  ['Vidal said the talks would be held in Havana in January.', '2014-12-18', 'in January', '2015-01-01', '2015-01-31', 'month'],
  // Half a year: "to hold a presidential election in the second half of 2024", "in the first half of next year".
  ['The two sides agreed to hold a presidential election in the second half of 2024.', '2023-10-17', 'in the second half of 2024', '2024-07-01', '2024-12-31', 'year'],
  ['The talks will resume in the first half of next year.', '2023-10-17', 'in the first half of next year', '2024-01-01', '2024-06-30', 'year'],
  ['Russian Foreign Minister Sergey Lavrov said in an interview in Monday.', '2021-12-27', 'Monday', '2021-12-27', '2021-12-27', 'day'],
  ['A Nato official said on Saturday, adding that the bloc was in touch with Russia.', '2021-12-28', 'on Saturday', '2021-12-25', '2021-12-25', 'day'],
  ['Russia and Ukraine will sign a deal on Friday to reopen Ukraine’s Black Sea ports.', '2022-07-21', 'on Friday', '2022-07-22', '2022-07-22', 'day'],
  ['Russia and Ukraine will sign a deal on Friday to reopen Ukraine’s Black Sea ports.', '2022-07-22', 'on Friday', '2022-07-22', '2022-07-22', 'day'],
  ['Earlier Thursday, Blinken said the United States and its allies had been rejected.', '2022-01-21', 'Earlier Thursday', '2022-01-20', '2022-01-20', 'day'],
  ['Mr Lavrov said last week that Moscow will start separate talks with Nato.', '2021-12-27', 'last week', '2021-12-20', '2021-12-26', 'week'],
  ['After the meeting, Lavrov said that the West would submit a written response next week.', '2022-01-21', 'next week', '2022-01-24', '2022-01-30', 'week'],
  ['Earlier this month, Moscow submitted draft security documents.', '2021-12-28', 'Earlier this month', '2021-12-01', '2021-12-28', 'month'],
  ['Earlier in the month, Russia unveiled a list of security proposals.', '2021-12-27', 'Earlier in the month', '2021-12-01', '2021-12-27', 'month'],
  ['Talks on security guarantees are scheduled to be held next month.', '2021-12-27', 'next month', '2022-01-01', '2022-01-31', 'month'],
  ['Nato has decided to convene a meeting of the Nato-Russia Council on January 12.', '2021-12-28', 'January 12', '2022-01-12', '2022-01-12', 'day'],
  ['The Joint Commission will convene in a physical format on 29 November in Vienna.', '2021-11-03', '29 November', '2021-11-29', '2021-11-29', 'day'],
  ['On December 17, 2021, the Russian Foreign Ministry published the draft agreements.', '2022-01-21', 'December 17, 2021', '2021-12-17', '2021-12-17', 'day'],
  ['Tensions have been mounting in eastern Ukraine since November, when outlets reported troops.', '2021-12-27', 'since November', '2021-11-01', '2021-11-30', 'month'],
  ['Talks went on hiatus in June as a new government took office.', '2021-11-03', 'in June', '2021-06-01', '2021-06-30', 'month'],
  ['The United States withdrew from the Iran nuclear deal in 2018.', '2021-11-03', 'in 2018', '2018-01-01', '2018-12-31', 'year'],
  ['The grain export agreement will be signed in Istanbul tomorrow.', '2022-07-21', 'tomorrow', '2022-07-22', '2022-07-22', 'day'],
  ['Yesterday we spent a great deal of time on the information.', '2022-01-21', 'Yesterday', '2022-01-20', '2022-01-20', 'day'],
  // The weekday is what will be, not the day of the saying ("said Monday that" would be).
  ['Moscow Mayor Sergei Sobyanin said Monday would be a non-working day for most residents of the capital.', '2023-06-24', 'Monday', '2023-06-26', '2023-06-26', 'day'],
  ['The ministry said Monday it would respond.', '2023-06-24', 'Monday', '2023-06-19', '2023-06-19', 'day'],
  ['The day before yesterday the two sides signed a deal.', '2023-11-08', 'The day before yesterday', '2023-11-06', '2023-11-06', 'day'],
  ['The envoy will arrive the day after tomorrow.', '2023-11-08', 'the day after tomorrow', '2023-11-10', '2023-11-10', 'day'],
  ['The two leaders last met a fortnight ago in Brussels.', '2023-03-15', 'a fortnight ago', '2023-03-01', '2023-03-01', 'day'],
  ['The envoy is due back in a fortnight.', '2023-03-15', 'in a fortnight', '2023-03-26', '2023-04-01', 'week'],
  ['The movement of ships is expected to start in two weeks.', '2022-07-23', 'in two weeks', '2022-08-03', '2022-08-09', 'week'],
  ['Diplomats expect grain to start fully flowing by the middle of August.', '2022-07-22', 'by the middle of August', '2022-08-10', '2022-08-20', 'month'],
  ['Netanyahu departed Washington, D.C. on Wednesday morning.', '2020-09-16', 'on Wednesday morning', '2020-09-16', '2020-09-16', 'day'],
  ['In a statement issue on Wednesday, 3 November, the EU said.', '2021-11-04', 'Wednesday, 3 November', '2021-11-03', '2021-11-03', 'day'],
  ['A statement by the European Union on Wednesday confirmed the talks.', '2021-11-03', 'on Wednesday', '2021-11-03', '2021-11-03', 'day'],
  ['The foreign ministers are due to meet in Tokyo on April 16-18.', '2023-04-01', 'April 16-18', '2023-04-16', '2023-04-18', 'week'],
  ['Talks were held last weekend in Doha.', '2023-06-14', 'last weekend', '2023-06-10', '2023-06-11', 'week'],
  ['The two will meet this weekend.', '2023-06-14', 'this weekend', '2023-06-17', '2023-06-18', 'week'],
  // A weekday that opens the sentence takes the tense of the clause it opens, up to its first verb of the past.
  ['On Thursday he will address a joint meeting of Congress.', '2023-06-21', 'On Thursday', '2023-06-22', '2023-06-22', 'day'],
  ['On Thursday the ministers met in Paris.', '2023-06-21', 'On Thursday', '2023-06-15', '2023-06-15', 'day'],
  ['On Thursday, Biden met Modi, who will fly to Cairo.', '2023-06-23', 'On Thursday', '2023-06-22', '2023-06-22', 'day'],
  ['A deal is expected in the coming days.', '2023-06-14', 'in the coming days', '2023-06-14', '2023-06-21', 'approximate'],
  ['The deal was struck late last year.', '2023-06-14', 'late last year', '2022-09-01', '2022-12-31', 'year'],
  ['The ICJ has given Venezuela until April 8 of next year to submit its counter-memorial.', '2023-12-18', 'April 8 of next year', '2024-04-08', '2024-04-08', 'day'],
  ['Iran and the EU agreed to resume talks at the end of this month in Vienna.', '2021-11-03', 'at the end of this month', '2021-11-20', '2021-11-30', 'month'],
  // A plan of the past, for a month just gone; a plan made now looks ahead.
  // The day a measure takes effect is the nearest one, whatever the past of the verb that made it.
  ['On September 28 Samvel Shahramanyan signed a decree dissolving the self-declared republic from January 1.', '2023-10-16', 'January 1', '2024-01-01', '2024-01-01', 'day'],
  // A step "set out in" a day's agreement is no plan.
  ["The talks were the next step set out in Wednesday's ceasefire.", '2023-09-21', 'Wednesday', '2023-09-20', '2023-09-20', 'day'],
  // "Three weeks ago today" is one day, not that day and today.
  ['Three weeks ago today, in the small hours, a plane from Oman touched down.', '2022-04-07', 'Three weeks ago today', '2022-03-17', '2022-03-17', 'day'],
  // Two weekdays joined are one span from the first, not two days each read alone.
  ['The two-day meeting on Thursday and Friday had been billed as the final round.', '2020-02-27', 'on Thursday and Friday', '2020-02-27', '2020-02-28', 'week'],
  ['The US and South Korea will hold joint naval exercises from Sunday to Wednesday.', '2010-11-24', 'from Sunday to Wednesday', '2010-11-28', '2010-12-01', 'week'],
  ['Taiwan will stage live-fire artillery exercises in Pingtung on Tuesday and Thursday.', '2022-08-07', 'on Tuesday', '2022-08-09', '2022-08-09', 'day'],
  ['The three ministers promised to sign a final deal by the end of February.', '2020-03-05', 'by the end of February', '2020-02-20', '2020-02-29', 'month'],
  ['The three ministers will sign a final deal by the end of February.', '2020-03-05', 'by the end of February', '2021-02-20', '2021-02-28', 'month'],
  // What a proposal is for lies ahead of it; a deed of the past after the proposal does not.
  ['Wu told reporters that China proposed "emergency consultations" among the heads of delegation in early December.', '2010-11-28', 'in early December', '2010-12-01', '2010-12-10', 'month'],
  ['Macron proposed a summit that was held in March.', '2023-01-10', 'in March', '2022-03-01', '2022-03-31', 'month'],
  ['The vote is scheduled for the end of the month.', '2023-03-15', 'the end of the month', '2023-03-20', '2023-03-31', 'month'],
  ['A deal is expected by the end of the year.', '2023-03-15', 'by the end of the year', '2023-12-01', '2023-12-31', 'month'],
  ['They hope to agree before the end of this week.', '2023-03-15', 'before the end of this week', '2023-03-17', '2023-03-19', 'week'],
  ['The deal was signed in the first week of December.', '2023-01-03', 'in the first week of December', '2022-12-01', '2022-12-07', 'week'],
  ['Talks will resume in the last week of February.', '2023-01-03', 'in the last week of February', '2023-02-22', '2023-02-28', 'week'],
  ['Troops withdrew in the second week of March 2022.', '2023-01-03', 'in the second week of March 2022', '2022-03-08', '2022-03-14', 'week'],
  ['The talks went on hiatus in June, two months before the election.', '2021-11-03', 'in June', '2021-06-01', '2021-06-30', 'month'],
  ['The summit will take place in March.', '2021-11-03', 'in March', '2022-03-01', '2022-03-31', 'month'],
  ['The talks collapsed in March.', '2021-11-03', 'in March', '2021-03-01', '2021-03-31', 'month'],
  ['The minister met his counterpart in December.', '2021-03-10', 'in December', '2020-12-01', '2020-12-31', 'month'],
  ['The ministers agreed to hold the next round of dialogue in Berlin in the autumn.', '2023-04-14', 'in the autumn', '2023-09-01', '2023-11-30', 'month'],
  ['Diplomats expect grain to start flowing by the middle of August, but even with the delay grain prices fell on Friday.', '2022-07-23', 'on Friday', '2022-07-22', '2022-07-22', 'day'],
  ['The offensive stalled last winter.', '2023-04-14', 'last winter', '2022-12-01', '2023-03-01', 'month'],
  ['The two countries fought a war in 2020, which ended with a ceasefire in November of that year.', '2023-05-15', 'in November', '2020-11-01', '2020-11-30', 'month'],
  // The Islamic calendar's months and feasts, in the year the tense points to.
  ['Mediators hope to agree a truce before Ramadan.', '2024-02-27', 'before Ramadan', '2024-03-04', '2024-03-10', 'week'],
  ['Talks will resume after Eid al-Fitr.', '2024-03-20', 'after Eid al-Fitr', '2024-04-13', '2024-04-19', 'week'],
  ['The fighting went on during the holy month of Ramadan.', '2024-05-02', 'during the holy month of Ramadan', '2024-03-11', '2024-04-09', 'month'],
  // A month and day without a year: the closest such day, on the side the tense points to when one is within 330 days.
  ['The talks will resume on January 3.', '2021-12-30', 'January 3', '2022-01-03', '2022-01-03', 'day'],
  ['The two met on December 30.', '2022-01-02', 'December 30', '2021-12-30', '2021-12-30', 'day'],
  ['The treaty was signed on February 29.', '2021-03-01', 'February 29', '2020-02-29', '2020-02-29', 'day'],
  ['The meeting will be held on December 28.', '2021-12-30', 'December 28', '2021-12-28', '2021-12-28', 'day'],
  ['The two will meet on December 20.', '2021-12-30', 'December 20', '2021-12-20', '2021-12-20', 'day'],
  // "in the fall" after a preposition is the season; "the fall of Kabul" is not.
  ['Moon agreed to visit Pyongyang in the fall.', '2018-04-27', 'in the fall', '2018-09-01', '2018-11-30', 'month'],
]

// [sentence, reference, anchor, phrase, expected day]
const ANAPHORIC: [string, string, string, string, string][] = [
  ['Russia said a day earlier that it had received a NATO proposal.', '2021-12-27', '2021-12-27', 'a day earlier', '2021-12-26'],
  ['On the same day, Blinken said the American side did not plan to send a response.', '2022-01-21', '2022-01-19', 'On the same day', '2022-01-19'],
  // "said the same day that ...": the words' "that", not the day's.
  ['Egypt initialed the draft, and the US Treasury said the same day that the dam should not be filled.', '2020-03-05', '2020-02-28', 'the same day', '2020-02-28'],
  // A day the sentence named first counts before the story's anchor.
  ['Negotiators extended them on June 30 and again a week later, on July 7.', '2015-07-14', '2015-07-14', 'a week later', '2015-07-07'],
  ['The envoys arrived on Monday and left two days later.', '2015-07-17', '2015-07-10', 'two days later', '2015-07-15'],
  // "D, a day after Y": Y came the day before D.
  ['Israel declared war on Sunday, a day after the group’s fighters stormed into southern Israel.', '2023-10-10', '2023-10-05', 'a day after', '2023-10-07'],
  ['The talks began on Monday, a day before the summit opened.', '2023-10-10', '2023-10-05', 'a day before', '2023-10-10'],
  // "the day before" with nothing after it: the day before the one the text is at.
  ['On Thursday, April 22, the ministry, now led by Jakub Kulhánek, who had been appointed the day before, ordered the cut.', '2021-05-15', '2021-04-22', 'the day before', '2021-04-21'],
  // "X came a day after Y", X the day the text is at: Y came the day before it.
  ['The signing came a day after Tsipras survived a no-confidence motion.', '2018-06-17', '2018-06-17', 'a day after', '2018-06-16'],
  ['A day after the signing, Zaev addressed parliament.', '2018-06-18', '2018-06-17', 'A day after', '2018-06-18'],
  // The evening of the day the text is at.
  ['That same evening he met Chinese business leaders.', '2023-11-08', '2023-11-04', 'That same evening', '2023-11-04'],
  ['The ministers met again the same night.', '2023-11-08', '2023-11-04', 'the same night', '2023-11-04'],
  // A part of the next day: the day after the one the text is at.
  ['The next morning he walked through the Temple of Heaven.', '2023-11-08', '2023-11-05', 'The next morning', '2023-11-06'],
  ['The Kremlin confirmed the venue the following evening.', '2025-08-10', '2025-08-08', 'the following evening', '2025-08-09'],
  // Counted days after an opening setting count from the day the text is at.
  ['At his year-end news conference two days after the announcement, Obama said change would take time.', '2015-01-26', '2014-12-17', 'two days after the announcement', '2014-12-19'],
]

// Things that are not dates at all.
const NOT_FOUND: [string, string][] = [
  // A capital Week is a name: a programme, not the week.
  ["Ryabkov said as much to ABC's This Week programme.", '2017-07-31'],
  // A weekday in a name is no day.
  ['Barnier said the deal protected the Good Friday Agreement and the all-island economy.', '2019-10-17'],
  // A span that opens a sentence told in the past is how long it took, not a day ahead.
  ["In five weeks Syria's foreign minister visited Jeddah, Amman and Cairo.", '2023-05-21'],
  ['In two weeks, the ministers met three times.', '2023-05-21'],
  ['Prices rose in the fall of the regime.', '2023-05-21'],
  // A season in a name is no season.
  ["The flurry of diplomacy follows the North's participation in the Winter Olympics in Pyeongchang.", '2018-03-29'],
  // A count on from a happening the text has not dated: no day, and none ahead of the article's.
  ['The seizure of the tanker led, two weeks later, to the capture of another ship.', '2019-08-19'],
  ['The holidays in Russia will last for 10 days.', '2021-12-27'],
  ['Subscribe now for unlimited access.', '2021-12-27'],
  ['This agreement will be valid for 120 days and may be extended.', '2022-07-23'],
  ['Smart Quarterly ₹900 3 Months ₹300/Month', '2021-12-27'],
  ['Senior White House adviser Jared Kushner, in an interview with the Today show.', '2020-09-15'],
  ['Russia may be ready to talk.', '2021-12-27'],
  ['Prices had a sharp fall after the fall of Kabul.', '2021-12-27'],
  ['At the end of the meeting, they shook hands.', '2023-03-15'],
  // In the past tense "in three days" is a span.
  ['It was the second emergency session in three days.', '2022-02-24'],
  // Nor is it after a record it measures from, whatever the tense.
  ['Abiy became the first Ethiopian leader in 20 years to visit Asmara.', '2018-07-25'],
  ['Yoon is the first South Korean president to make a bilateral visit to Japan in 12 years, apart from trips for multilateral gatherings.', '2023-03-16'],
  ['This is the highest turnout in 30 years.', '2023-05-20'],
  // Nor after an ordinal that counts within it ("the second ... in a month"), in a present clause.
  ['Bahrain has agreed to establish full diplomatic relations with Israel, US President Donald Trump announced, making it the second Gulf Arab state in a month to normalise ties.', '2020-09-12'],
  ['The agreement runs for 120 days and covers 22 million tons.', '2022-07-22'],
  ['Troops stayed for two weeks near the border.', '2021-12-27'],
  ['He has worked there since 14 years.', '2021-12-27'],
  ['At least 22 million tons of grain are stuck in Ukraine.', '2022-07-22'],
  // A term of years in an agreement is not a time on the calendar.
  ['It allows the sanctions to be reimposed within 10 years if Iran violates the deal.', '2015-07-20'],
  // A past happening named by its day, of a year the text does not say.
  ['He spoke of the 2008 attacks on Mumbai and of the September 11 attacks.', '2023-06-23'],
  ['Israel has been at war since the October 7 massacre.', '2024-01-10'],
  // A name or a greeting; a bare "Ramadan" with no word of time.
  ['The scholar Tariq Ramadan spoke in Geneva.', '2024-03-20'],
  ['After Ramadan Abdullah Shallah took over the group, it grew.', '2024-03-20'],
  ['Ramadan is a time of fasting.', '2024-03-20'],
  // "Overnight" as the idiom of suddenness.
  ['Obama said change in Cuba would not come overnight.', '2015-01-26'],
  ['Trust between the two armies cannot be rebuilt overnight.', '2015-01-26'],
]

describe('findDates', () => {
  it.each(FOUND)('%s (ref %s)', (text, reference, phrase, start, end, precision) => {
    const found = findDates(text, { reference })
    const m = found.find((d) => d.phrase === phrase)
    expect(m, JSON.stringify(found)).toBeDefined()
    expect([m!.start, m!.end, m!.precision]).toEqual([start, end, precision])
  })
  it.each(ANAPHORIC)('%s', (text, reference, anchor, phrase, expected) => {
    const m = findDates(text, { reference, anchor }).find((d) => d.phrase === phrase)
    expect(m?.start).toBe(expected)
  })
  it.each(NOT_FOUND)('finds no date in %s', (text, reference) => {
    expect(findDates(text, { reference })).toEqual([])
  })
  it('reads "on the same day that Rodman arrived" as the day of that clause, not the day the text is at', () => {
    expect(findDates('His release came on the same day that former NBA star Dennis Rodman arrived in Pyongyang.', { reference: '2017-06-13', anchor: '2016-03-16' })).toEqual([])
  })
  it('marks planned dates as future', () => {
    expect(findDates('The talks will resume on Nov. 29 in Vienna.', { reference: '2021-11-04' })[0].future).toBe(true)
    expect(findDates('Lavrov said on Friday the meeting helped.', { reference: '2022-01-21' })[0].future).toBe(false)
    // "to" before the phrase reads as future, but a week that ended before the reference day is past.
    expect(findDates('The resolution was circulated to council members last week.', { reference: '2015-07-20' })[0].future).toBe(false)
    expect(findDates('The sides agreed to meet within two weeks.', { reference: '2015-07-20' })[0].future).toBe(true)
  })
  it('starts the talks after the holidays the article says end on January 9', () => {
    const text = 'Talks will start immediately after the New Year holidays end. The holidays in Russia will last for 10 days, through January 9.'
    const holidaysEnd = findHolidaysEnd(text, '2021-12-27')
    expect(holidaysEnd).toBe('2022-01-09')
    const m = findDates(text, { reference: '2021-12-27', holidaysEnd })[0]
    expect([m.start, m.end]).toEqual(['2022-01-10', '2022-01-14'])
    expect(findHolidaysEnd('The first official working day of 2022 in Russia starts on January 10.', '2021-12-27')).toBe('2022-01-09')
  })
})

describe('tenseAt', () => {
  // "will" is among the last words, so only a speech verb right before the phrase makes these past.
  it.each([
    ['It will, she said on  Monday', 'past'],
    ['It will, she said\u00a0Monday', 'past'],
    ['It will, she (said on Monday', 'past'],
    ['It will, she unsaid Monday', 'future'],
  ])('%j', (text, tense) => {
    expect(tenseAt(text, text.indexOf('Monday'), 'Monday'.length)).toBe(tense)
  })
  // "to" before a verb looks ahead; before whom or where it does not.
  it.each([
    ['Lavrov spoke to reporters on Monday.', 'past'],
    ['Lavrov was taken to hospital on Monday.', 'past'],
    // "set in" is what an order laid down, not a plan: "set for Monday" is.
    ['He flew out hours before the deadline set in Monday night’s expulsion order.', 'neutral'],
    ['The vote is set for Monday.', 'future'],
    ['Four Americans were moved from prison to house arrest on Monday.', 'past'],
    // Nor before a name: a place or an audience.
    ['Guterres was heading to Istanbul on Monday.', 'past'],
    // The present progressive with a date is an arrangement.
    ['Guterres is heading to Istanbul on Monday.', 'future'],
    ['The ministers are meeting on Monday.', 'future'],
    // So is the present simple of a journey or a meeting: the schedule.
    ['Blinken arrives in Riyadh on Monday.', 'future'],
    ['The Security Council votes on Monday.', 'future'],
    ['The EU-UK Joint Committee meets in London on Monday to formally adopt the framework.', 'future'],
    // Of a fixture and its object too, in the plural; not what did not begin.
    ['The United States and the Philippines begin their largest-ever Balikatan exercises on Monday.', 'future'],
    ['Talks resume in Vienna on Monday.', 'future'],
    ['The ban and the price cap take effect on Monday.', 'future'],
    ['The exercises did not begin on Monday.', 'past'],
    ['China launched the drills on Monday.', 'past'],
    // A weekday an arrangement is for; not one a plan of the past was for.
    ['Opponents have called a rally in Thessaloniki for Monday.', 'future'],
    ['Machado has called supporters to rally in cities across the country on Monday.', 'future'],
    ['The Security Council is scheduled to discuss Myanmar behind closed doors on Monday, diplomats said.', 'future'],
    ['Putin, who had postponed his annual news conference to Monday to attend, did not speak at the ceremony.', 'future'],
    ['Chinese Premier Wen Jiabao is due in Seoul for talks with Lee, before the two men fly to Jeju island for a three-way summit with Japanese Prime Minister Yukio Hatoyama on Monday.', 'future'],
    ['Lee met Wen, before the two men flew to Jeju island for a summit on Monday.', 'neutral'],
    ['Protesters rallied in cities across the country on Monday.', 'past'],
    ['The embassy had already cancelled a gala evening planned for Monday.', 'past'],
    // Not a noun of the same spelling: "by 153 votes to 127", "the talks' two visits".
    ['Lawmakers rejected the motion by 153 votes to 127 on Monday.', 'past'],
    ['Lavrov says on Monday.', 'past'],
    ['The bill was sent to parliament on Monday.', 'past'],
    ['Speaking to CNN on Monday, Blinken said the US would not back down.', 'neutral'],
    ['The ministers agreed to meet on Monday.', 'future'],
    ['They decided to discuss it on Monday.', 'future'],
    ['Talks are due to resume on Monday.', 'future'],
    // What could or may happen lies ahead; what could not, or may have, did not.
    ['Aides said a meeting could take place as early as Monday.', 'future'],
    ['The two may meet on Monday.', 'future'],
    // So does the soonest day a thing may happen, in a passive too.
    ['The elected members are preparing their own text, which could be put to a vote as early as Monday.', 'future'],
    ['The ministers could not agree on Monday.', 'neutral'],
    // A participle after "will be" looks ahead; after "was", or alone, it looks back.
    ['The talks will be held on Monday.', 'future'],
    ['The treaty would be formally signed on Monday.', 'future'],
    ['The deal is to be signed on Monday.', 'future'],
    ['The vote was held on Monday.', 'past'],
    ['The talks held on Monday were useful.', 'past'],
    // What is on a weekday is ahead, what was is past; a fixture's present after a year too (a count before it is no verb's).
    ['The leaders’ retreat, where the final communiqué is usually agreed, is on Monday.', 'future'],
    ['The retreat was on Monday.', 'past'],
    ['What is on Monday’s agenda is unclear.', 'neutral'],
    ['The first Commonwealth summit since 2018 opens on Monday.', 'future'],
    ['The first summit since 2018 opened on Monday.', 'past'],
    // What was decided on is of its own day, ahead of the decision; not once something done is told after it.
    ['After weeks of talks, Congress agreed on 21 October to put the new constitution to a referendum on Monday.', 'future'],
    ['Congress agreed to put the constitution to a vote, which it held on Monday.', 'past'],
  ])('%j', (text, tense) => {
    expect(tenseAt(text, text.search(/(?:on )?Monday/), text.match(/(?:on )?Monday/)![0].length)).toBe(tense)
  })
  // A deadline of a purpose looks ahead of the past verb; a plain date of it does not.
  it.each([
    ['Amano signed a road map to clarify past issues by December 15.', 'future'],
    ['Diplomats failed to make a breakthrough in the talks on December 15.', 'past'],
    ['The report was circulated on December 15.', 'past'],
    ['Iran must respond by December 15.', 'future'],
    ['Tehran has until December 15 to respond.', 'future'],
    // "put to death" is done, whatever is expected of the clause around it; "would be put to a vote" is not.
    ['The imam is expected to denounce the execution of Nimr al-Nimr, the cleric put to death on December 15.', 'past'],
    ['Zaev said the agreement would be put to a referendum on December 15.', 'future'],
    // The verb of the day's subject after it; a clause of time with no verb of the past.
    ['The Eastern Partnership summit on Wednesday, December 15, will be the first since Belarus left.', 'future'],
    ['Modi and Hollande on the opening day of the summit, on December 15, launched the alliance, which is expected to meet next year.', 'neutral'],
    ['Modi and Hollande on the opening day of the summit, on December 15, is expected to meet next year.', 'neutral'],
    ['When EU leaders gather in Brussels on December 15, Belarus will no longer be the emergency it was.', 'future'],
    ['When EU leaders gathered in Brussels on December 15, Belarus was no longer the emergency it had been.', 'past'],
    ['When they met again in New York on December 15, they fixed a date for the visit.', 'neutral'],
    // A span from now ends ahead, whatever the verb of its renewal.
    ['The Security Council renewed the mandate of the force for another six months, until December 15.', 'future'],
    // A relative clause's own verb of the past, whatever the sentence around it looks ahead to.
    ['Contacts would be suspended, the ambassador – who was out of the country on December 15 – would not be allowed to return.', 'past'],
    ['The ministers, who will meet on December 15, would sign the deal.', 'future'],
    // A past of its own (no "-ed"), the clause closed by a comma before what would be.
    ['The embassy staff, who left for Israel with the guard on December 15, would not be allowed to return to Amman.', 'past'],
  ])('%j', (text, tense) => {
    expect(tenseAt(text, text.indexOf('December 15'), 'December 15'.length)).toBe(tense)
  })
  it('looks ahead to the day a mandate runs out or lapses, in the present', () => {
    for (const text of ['AMISOM has a mandate that runs out on Thursday.', 'The truce, which lapses on Thursday, was agreed in May.'])
      expect(tenseAt(text, text.indexOf('on Thursday'), 'on Thursday'.length)).toBe('future')
  })
  it('looks ahead to a weekday someone is due somewhere ("is due at the White House on Thursday")', () => {
    const text = 'Kenyatta is due at the White House on Thursday for talks with Biden.'
    expect(tenseAt(text, text.indexOf('on Thursday'), 'on Thursday'.length)).toBe('future')
  })
  // A fixture told in the present after the day that opens the sentence is ahead; told in the past, done.
  it.each([
    ['On Wednesday, October 14, Turkey and Armenia play their return qualifier in Bursa.', 'future'],
    ['On Wednesday, October 14, Turkey and Armenia played their return qualifier in Bursa.', 'past'],
    ['On Wednesday, October 14, the Greek parliament votes to ratify the deal with Egypt.', 'future'],
    ['On Wednesday, October 14, EU foreign ministers meet informally in Berlin.', 'future'],
  ])('%j', (text, tense) => {
    expect(tenseAt(text, text.indexOf('Wednesday, October 14'), 'Wednesday, October 14'.length)).toBe(tense)
  })
  // A weekday an invitation still standing is to, or the next thing comes on, lies ahead; an invitation told as done does not.
  it.each([
    ['Moscow has invited leaders of the countries that buy Russian gas to a summit in the Russian capital on Saturday.', 'future'],
    ['The next public moment comes on Saturday, when Sargsyan is expected in Bursa.', 'future'],
    ['Russia invited reporters to the plant on Saturday and showed them the valves.', 'past'],
  ])('%j', (text, tense) => {
    expect(tenseAt(text, text.indexOf('on Saturday'), 'on Saturday'.length)).toBe(tense)
  })
  // So does the day of the immediate, real or key test still to come ("Friday's conference" of a Wednesday report).
  it.each([
    ["The immediate test is Friday's international conference on Libya in Paris, co-chaired by France and Germany.", 'future'],
    ["The real test came with Friday's conference in Paris.", 'past'],
  ])('%j', (text, tense) => {
    expect(tenseAt(text, text.indexOf('Friday'), 'Friday'.length)).toBe(tense)
  })
  // The month of May after a day or a preposition is no modal: "signed on 20 May and in force from 22 May" looks back.
  it.each([
    ['The ceasefire signed on 20 May and in force from 22 May did allow some aid convoys in.', 'past'],
    ['Talks held in May and June failed; the truce of 22 May lapsed.', 'past'],
    // A verb of the past right before the day, whatever infinitive precedes it.
  ['The deadline for the fighters to leave expired on 22 May.', 'past'],
  // A meeting that runs until a day ends on the coming one.
  ['The African Union summit, which runs until 22 May, opened in Addis Ababa.', 'future'],
  ['China has begun three days of exercises around Taiwan, lasting until 22 May.', 'future'],
  // A plan before a semicolon is not the next clause's.
    ['Foreign Minister Yang Jiechi was due in Seoul this week; on 22 May the ministry said China had postponed the visit.', 'past'],
    ['The envoys may meet again on 22 May.', 'future'],
  ])('%j', (text, tense) => {
    expect(tenseAt(text, text.indexOf('22 May'), '22 May'.length)).toBe(tense)
  })
})

describe('findAbsoluteDates', () => {
  it.each([
    ['Friday 22 July 2022 - 23:49', undefined, '2022-07-22'],
    ['JANUARY 21, 2022', undefined, '2022-01-21'],
    ['Xinhua) 08:06, November 04, 2021', undefined, '2021-11-04'],
    ['03 November, 2021', undefined, '2021-11-03'],
    ['Updated 27.12.2021 09:15', undefined, '2021-12-27'],
    ['Posted 12/27/2021', undefined, '2021-12-27'],
    ['2021/12/27', undefined, '2021-12-27'],
    ['GENEVA, Jan 21 (Reuters) – Top U.S. and Russian diplomats', '2022-01-25', '2022-01-21'],
  ])('%s', (text, reference, date) => {
    expect(findAbsoluteDates(text, reference)[0]?.date).toBe(date)
  })
  it('needs a year or a reference', () => {
    expect(findAbsoluteDates('GENEVA, Jan 21 (Reuters)')).toEqual([])
    expect(findAbsoluteDates('for 10 days, 120 days, ₹2,700 1 Year')).toEqual([])
  })
})
