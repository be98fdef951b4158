import { describe, expect, it } from 'vitest'
import { dateFromStory, dateFromText, datelineDate, latestMentionedDate, mentionedWeekday, nearestYear, printedDate } from './published'

describe('printedDate: a date on a line of its own near the top', () => {
  it.each([
    ['0\nFriday 22 July 2022 - 23:49\n\nUkraine, Russia to Sign Deal to Reopen Grain Ports: Turkey', '2022-07-22'],
    ['Secretary Antony J. Blinken And Russian Foreign Minister Sergey Lavrov Before Their Meeting\n\nJANUARY 21, 2022\n\nFOREIGN MINISTER LAVROV:', '2022-01-21'],
    ['Iran says to resume Vienna nuke talks on Nov. 29\n\nXinhua) 08:06, November 04, 2021\n\nTEHRAN, Nov. 3 (Xinhua) --', '2021-11-04'],
    ['Iran nuclear talks to resume November 29 in Vienna: EU\n2 min read\n03 November, 2021\nNuclear talks stalled', '2021-11-03'],
    ['UAE, Bahrain and Israel sign historic accords at White House event\n\nThe Guardian\nSeptember 15, 2020\n\nTrio establish', '2020-09-15'],
    // A dotted date is day-first, whatever chrono reads.
    ['ARMENPRESS\n09.08.2025, 10:25\n\nPashinyan: TRIPP will operate under Armenia’s jurisdiction', '2025-08-09'],
    // Slashes either way round, labelled: day first without American time.
    ["Ethiopia, Eritrea declare end of 'state of war'\n\nIssued on: 09/07/2018 - 19:52 Modified: 09/07/2018 - 19:58\n\nAfrica", '2018-07-09'],
    // A byline and a reading time set beside it as parts of the line.
    ['Zelensky leaves Hiroshima with $375 million pledge\n\nMonday, 22 May 2023 | By Katrin Vollmer and agencies | Reading time: 4 min\n\nHIROSHIMA', '2023-05-22'],
  ])('%#', (text, want) => expect(printedDate(text)).toBe(want))

  it.each([
    // A date inside a sentence is what the article reports, not when it was printed.
    ['All news\n\nOn December 17, 2021, the Russian Foreign Ministry published the draft agreements between Moscow and Washington'],
    ['September 15, 2020 is set to be a historic day for Israel and the Arab world as two Gulf states sign'],
    // A caption with a date and many words.
    ['From left, Bahrain FM, Israeli PM, U.S. President, and UAE FM sign the Abraham Accords, Washington, DC, September 15, 2020.'],
    // A page that gives its publication as an age prints only its last change.
    ["Sahel & Horn Review\n\nSudan's political declaration: half a deal, signed at dawn\n\nPublished 3 years ago · Updated: 2021-09-02 · 7 min read"],
    ['Talks will resume on November 29 in Vienna'],
    // Not a part that only opens with "By": "By 22 May 2023 the two sides must agree" is a sentence.
    ['Deadline looms\n\nBy 22 May 2023 the two sides must agree | a sentence that goes on, and on'],
    // When a cache or a reader passed the page on.
    ['Harbourline News\n\nPage last cached: 2023-05-01 03:22'],
    ['The Schengen Letter\n\nForwarded by a reader on 2020-03-16'],
  ])('not a printed date: %s', (text) => expect(printedDate(text)).toBeNull())
})

describe('datelineDate: wire datelines, year-less ones resolved', () => {
  it.each([
    ['All news\n\nOn December 17, 2021, the Russian Foreign Ministry published the drafts\n\nGENEVA, January 21. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday', '2026-11-23', '2022-01-21'],
    ['Blinken and Lavrov wrap up talks\n\nGENEVA, Jan 21 (Reuters) – Top U.S. and Russian diplomats failed', '2022-03-02', '2022-01-21'],
    ['TEHRAN, Nov. 3 (Xinhua) -- Ali Bagheri Kani, Iran\'s senior nuclear negotiator, said on Wednesday', '2021-12-01', '2021-11-03'],
    // Two cities of a joint dateline.
    ['JERUSALEM/DUBAI, June 13 (Levant Wire) – Israel launched a wave of air strikes across Iran early on Friday', '2025-07-01', '2025-06-13'],
    ['MOSCOW, December 27, 2021 - Lavrov said', null, '2021-12-27'],
    // A city, then its country.
    ['GYEONGJU, South Korea, Oct. 31 (Lakeshore Post) - Prime Minister Mark Carney and Chinese President Xi Jinping agreed on Friday', '2025-11-02', '2025-10-31'],
    // A date ahead of the article does not push the dateline into the next year.
    ['GENEVA, Jan 21 (Reuters) - The next round is set for January 30, 2022.', null, '2022-01-21'],
    ['KYIV, Dec 30 (Reuters) - Talks are planned for January 10, 2022.', null, '2021-12-30'],
    // The date, then the place; the place, then the date day first.
    ['Sudan Tribune\n\nMay 12, 2023 (JEDDAH) – The Sudanese Armed Forces and the Rapid Support Forces signed a declaration late on Thursday.', null, '2023-05-12'],
    ['Asmara, 17 July 2018 - President Isaias Afwerki returned home yesterday evening.', null, '2018-07-17'],
    ['ROTTERDAM, 12 March 2017 (BNA) – Dutch police escorted the minister to the German border early on Sunday.', null, '2017-03-12'],
    // An agency of two words; with no year anywhere, the month and day still stand (the story gives the year).
    ['MOSCOW, Aug 12 (Volga Press) — President Dmitry Medvedev ordered an end to the operation on Tuesday.', null, '2000-08-12'],
    // The lead's weekday fixes the year: 23 July fell on a Friday in 2021, not in 2022, the year of a deadline it names.
    ['SARAJEVO, July 23 (Drina Press Service) – The outgoing High Representative, Valentin Inzko, on Friday used his special powers. A Russian draft would have shut down the OHR by July 31, 2022.', '2026-12-07', '2021-07-23'],
    // A city in small letters, then the agency.
    ['Juche 112.9.14.\n\nPyongyang, September 14 (KCNA) -- Kim Jong Un had talks with Vladimir Putin at the Vostochny Cosmodrome on September 13.', '2023-09-20', '2023-09-14'],
  ])('%#', (text, fileDate, want) => expect(datelineDate(text, fileDate)?.date).toBe(want))

  it('reads the dateline of a live page\'s entry far down the page', () => {
    const entry = (stamp: string, words: string) => `${stamp}\n\nAn update\n\n${words} ${'The talks went on into the evening, officials said. '.repeat(8)}\n\n`
    const page = `LIVE | Ramaphosa at the White House\n\n${entry('20:55', 'That is where we leave it.')}${entry('19:25', 'Rupert spoke.')}18:05 - Ramaphosa arrives\n\nJOHANNESBURG/WASHINGTON, May 21 - President Ramaphosa's motorcade has arrived at the White House.`
    expect(page.indexOf('JOHANNESBURG')).toBeGreaterThan(800)
    expect(datelineDate(page, null)?.date).toBe('2000-05-21')
    // Not on a page that is no live page.
    expect(datelineDate(page.replace(/^\d\d:\d\d/gm, 'Later'), null)).toBeNull()
  })

  it.each([
    ['Russian Foreign Minister Sergey Lavrov said on Friday, January 21, that talks were useful.'],
    ['The holidays in Russia will last for 10 days, through Jan 9.'],
  ])('not a dateline: %s', (text) => expect(datelineDate(text, '2022-01-30')).toBeNull())
})

describe('dateFromText', () => {
  it('prefers a printed date with its year to a year-less dateline', () => {
    const text = 'Iran says to resume Vienna nuke talks\n\nXinhua) 08:06, November 04, 2021\n\nTEHRAN, Nov. 3 (Xinhua) -- talks'
    expect(dateFromText({ text, url: null, fileDate: null })).toEqual({ date: '2021-11-04', how: 'printed', yearStated: true })
  })
  it('reads the page address', () => {
    expect(dateFromText({ text: 'No date here.', url: 'https://www.thenationalnews.com/world/2022/07/22/russia-and-ukraine-sign', fileDate: null })?.date).toBe('2022-07-22')
    expect(dateFromText({ text: 'No date here.', url: 'http://en.people.cn/n3/2021/1104/c90000-9915252.html', fileDate: null })?.date).toBe('2021-11-04')
    // A government's paper dates itself in its heading; a news headline's date is what it reports.
    expect(dateFromText({ title: "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 18, 2024", text: 'No date here.', url: null, fileDate: null })?.date).toBe('2024-06-18')
    expect(dateFromText({ title: 'What happened at the summit of June 18, 2024', text: 'No date here.', url: null, fileDate: null })).toBeNull()
  })
  it('reads the day in the address of the lead image, given in full', () => {
    const image = (address: string) => [{ text: `![Mitsotakis and Erdogan](${address})`, furniture: true, offset: -1, kind: 'furniture' as const, rule: 'image' }]
    expect(dateFromText({ text: 'No date here.', url: null, fileDate: null, lines: image('https://idsb.tmgrup.com.tr/ly/uploads/images/2024/05/13/erdogan.jpg') })?.date).toBe('2024-05-13')
    expect(dateFromText({ text: 'No date here.', url: null, fileDate: null, lines: image('https://www.rappler.com/tachyon/2024/07/shoal.jpg') })).toBeNull()
  })
  it('counts the report’s day as so many years to the day after a date it names, in a sentence of its own day', () => {
    const text = 'Good morning. Finland will today become the 31st member of Nato, 74 years to the day after the North Atlantic Treaty was signed in Washington on 4 April 1949.'
    expect(dateFromText({ text, url: null, fileDate: null })).toMatchObject({ date: '2023-04-04', yearStated: true })
    expect(dateFromText({ text: 'Worth noting: it was two years ago to the day, on 17 March 2020, that she was released on furlough.', url: null, fileDate: null })?.date).toBe('2022-03-17')
    // A sentence of another day dates that day, not the report.
    expect(dateFromText({ text: 'The talks opened a year to the day after the war began on 24 February 2022.', url: null, fileDate: null })).toBeNull()
  })
  it('counts the report’s day from a date it names as so long ago today', () => {
    const text = 'When Amir-Abdollahian arrived in Islamabad a week ago today, on 29 January, he and Jilani agreed on a mechanism.'
    expect(dateFromText({ text, url: null, fileDate: null })).toMatchObject({ date: '2000-02-05', yearStated: false })
    expect(dateFromText({ text: 'Three days ago tonight, on December 30, 2023, the raid began.', url: null, fileDate: null })).toMatchObject({ date: '2024-01-02', yearStated: true })
    // Without "today" too; a day of no stated year counts from year 2000's, and the story gives the year.
    expect(dateFromText({ text: 'Four weeks ago, on 30 December, von der Leyen announced that the talks had concluded.', url: null, fileDate: null })).toMatchObject({ date: '2001-01-27', yearStated: false })
    // A count of months, from a day the next month has not.
    expect(dateFromText({ text: 'Exactly a month ago, on 19 September, Ukrinform posted a grainy video.', url: null, fileDate: null })).toMatchObject({ date: '2000-10-19', yearStated: false })
    expect(dateFromText({ text: 'Two months ago, on December 31, 2022, the ministers met.', url: null, fileDate: null })).toMatchObject({ date: '2023-02-28', yearStated: true })
    expect(dateFromText({ text: 'The flight was downed eight years and four months ago, on 17 July 2014, over Ukraine.', url: null, fileDate: null })).toBeNull()
    // A lead's day, then the report's now counted on from it in the present tense.
    const later = "When Mali's military rulers gave France's ambassador 72 hours to leave the country on January 31, the communiqué read on state television was careful. Three weeks later there is very little left to talk about."
    expect(dateFromText({ text: later, url: null, fileDate: null })).toMatchObject({ date: '2000-02-21', yearStated: false })
    // Not a count of the past told in the past.
    expect(dateFromText({ text: 'The ministers met on January 31. Three weeks later they signed the deal.', url: null, fileDate: null })).toBeNull()
    // A lead that opens counting on from a happening it dates.
    const on = 'Four days on from the joint communique of January 28, in which Mali, Burkina Faso and Niger declared their "immediate withdrawal", diplomats are asking whether the exit is real.'
    expect(dateFromText({ text: on, url: null, fileDate: null })).toMatchObject({ date: '2000-02-01', yearStated: false })
    // From a happening named by its day's possessive.
    const summit = "Three days on from Monday's summit at Lancaster House on May 19, the argument about what Keir Starmer signed up to has settled into familiar trenches."
    expect(dateFromText({ text: summit, url: null, fileDate: null })).toMatchObject({ date: '2000-05-22', yearStated: false })
    // And one that gives its day's weekday.
    const closed = 'Ten days after the Ninth Summit of the Americas closed in Los Angeles on Friday, June 10, the argument over who was invited goes on.'
    expect(dateFromText({ text: closed, url: null, fileDate: null })).toMatchObject({ date: '2000-06-20', yearStated: false })
    // So does the part of the day it names.
    expect(dateFromText({ text: 'Three weeks ago today, in the small hours of 17 March, a plane from Oman touched down at RAF Brize Norton.', url: null, fileDate: null })).toMatchObject({ date: '2000-04-07', yearStated: false })
    // And the day's weekday.
    expect(dateFromText({ text: 'Two weeks ago today, on Saturday, November 8, a Chinese diplomat in Osaka typed a post.', url: null, fileDate: null })).toMatchObject({ date: '2000-11-22', yearStated: false })
    // "It is three weeks since ..., a little before 2 a.m. on July 7": the same count, from the day the sentence gives.
    const since = 'It is three weeks since Antonio Guterres walked out into the Swiss night, a little before 2 a.m. on July 7, and told us that the conference had closed.'
    expect(dateFromText({ text: since, url: null, fileDate: null })).toMatchObject({ date: '2000-07-28', yearStated: false })
    // "almost" three weeks is a little short of them.
    const almost = 'It is almost three weeks since Wing Commander Abhinandan Varthaman walked back across the zero line at Attari on the night of March 1.'
    expect(dateFromText({ text: almost, url: null, fileDate: null })).toMatchObject({ date: '2000-03-20', yearStated: false })
    // Words of the time of day between the count and its day.
    expect(dateFromText({ text: 'Three weeks ago today, shortly before dawn on June 17, the ministers gavelled through the package.', url: null, fileDate: null })).toMatchObject({ date: '2000-07-08', yearStated: false })
    // The day the next sentence opens with, the count "exactly" so many weeks.
    const next = "It has been exactly three weeks since Germany answered N'Djamena in kind. On 11 April the Foreign Office ordered Chad's ambassador to leave."
    expect(dateFromText({ text: next, url: null, fileDate: null })).toMatchObject({ date: '2000-05-02', yearStated: false })
    // So long "passed since" a day the sentence gives, "more than" a little past it.
    const passed = 'More than two weeks have passed since Foreign Minister Denis Moncada read out, on November 19, the letter in which Nicaragua denounced the OAS Charter.'
    expect(dateFromText({ text: passed, url: null, fileDate: null })).toMatchObject({ date: '2000-12-05', yearStated: false })
  })
  it('counts the report’s day back from a day it names as so many days away, or names its own day', () => {
    const away = 'The confrontation comes with the Dutch general election on Wednesday, 15 March, just four days away.'
    expect(dateFromText({ text: away, url: null, fileDate: null })).toMatchObject({ date: '2000-03-11', how: 'counted', yearStated: false })
    const fromToday = 'The last two members’ terms run out on December 11, sixteen days from today, and the body will stop hearing appeals.'
    expect(dateFromText({ text: fromToday, url: null, fileDate: null })).toMatchObject({ date: '2000-11-25', how: 'counted', yearStated: false })
    const inTime = 'When Turkish voters go to the polls in six days’ time, on Sunday, April 16, they will decide.'
    expect(dateFromText({ text: inTime, url: null, fileDate: null })).toMatchObject({ date: '2000-04-10', how: 'counted', yearStated: false })
    const today = 'Russia has ordered 20 employees of the Czech embassy to leave the country by the end of today, Monday, April 19, in retaliation.'
    expect(dateFromText({ text: today, url: null, fileDate: null })).toMatchObject({ date: '2000-04-19', yearStated: false })
    const yesterday = 'After months of pressure, Berlin and Washington moved together yesterday, Wednesday, January 25. Chancellor Olaf Scholz announced that Germany will send 14 tanks.'
    expect(dateFromText({ text: yesterday, url: null, fileDate: null })).toMatchObject({ date: '2000-01-26', yearStated: false })
    // Without its weekday after "today,"; not after "it is" ("It is August 29 that matters").
    const bare = 'Some context from our Seoul correspondent: today, August 29, is the 107th anniversary of the annexation treaty of 1910 taking effect.'
    expect(dateFromText({ text: bare, url: null, fileDate: null })).toMatchObject({ date: '2000-08-29', yearStated: false })
    expect(dateFromText({ text: 'For Seoul it is August 29 that matters, the anniversary of the annexation.', url: null, fileDate: null })).toBeNull()
  })
  it('does not count a page\'s age ("3 hrs ago") from the day it is read', () => {
    const text = 'Analysis: Russia\'s recognition leaves the plan in tatters\n\nHenrik Aalto 3 hrs ago, 27 August 2008\n\nThe ceasefire had been built on ambiguity.'
    expect(dateFromText({ text, url: null, fileDate: null })).toMatchObject({ date: '2008-08-27', how: 'printed' })
  })
  it('finds nothing in an undated text', () => {
    expect(dateFromText({ text: 'Russia’s top diplomat said on Monday that talks will begin after the New Year holiday.', url: null, fileDate: '2026-11-23' })).toBeNull()
  })
})

describe('dates from the story', () => {
  it.each([
    // Seeds: story articles of 27 and 28 December; the undated copies say "on Monday" (27 December).
    ['Russia’s top diplomat announced Monday. Lavrov said in an interview Monday.', '2021-12-27', '2021-12-27'],
    ['Russia’s top diplomat announced Monday.', '2021-12-28', '2021-12-27'],
    // The grain deal: "signed on Friday", story centred on Friday 22 July.
    ['The UN and Turkey announced a deal on Friday. Grain prices fell on Friday.', '2022-07-22', '2022-07-22'],
    // A report of the next day names that day: not the same weekday a week before the story.
    ['Defense Minister Itsunori Onodera said Wednesday the drills mattered.', '2018-06-12', '2018-06-13'],
    // A weekday before a word that begins like a month ("Saturday declared") is a weekday all the same.
    ["Montenegro on Saturday declared Serbia's ambassador persona non grata, and Serbia answered within hours.", '2020-11-30', '2020-11-28'],
    // The latest weekday it names as past; a plan ahead ("will meet on Friday") is no clue.
    ['Trump arrived on Tuesday. On Wednesday, Trump met Trong. Thursday’s talks ended early. Kim will leave on Saturday.', '2019-02-28', '2019-02-28'],
    // A report that looks ahead to later on a weekday was written that day (NK News, Monday 18 September 2023).
    ['On Saturday, Sergei Shoigu met Kim at the Knevichi airfield. President Yoon Suk Yeol, who flies to New York later on Monday, is expected to speak on Wednesday.', '2023-09-13', '2023-09-18'],
    // A happening counted from a weekday is told on its own day (Addis Standard, of the Wednesday flight).
    ['An Ethiopian Airlines flight landed in Asmara yesterday morning. The flight came two days after the two leaders reopened the Eritrean embassy on Monday. A spokesperson told journalists on Tuesday that an ambassador would be appointed.', '2018-07-17', '2018-07-18'],
    // A weekday two days or more before the centre, below the lead, is background: the centre stands (the BBC's report).
    ['Armenia, Azerbaijan and Russia have signed a deal to end the military conflict over the disputed region of Nagorno-Karabakh. Under the agreement, Russian peacekeepers will be deployed along the front line and the Lachin corridor, and the two sides will exchange prisoners and the bodies of those killed. Armenian Prime Minister Nikol Pashinyan called the deal "incredibly painful" for him and for his people. The agreement came after Azerbaijan captured Shusha, the region\'s second-largest city, on Sunday.', '2020-11-10', '2020-11-10'],
    // A follow-up whose lead counts the days since the story's day; an aside's count is background.
    ['Twelve days after the government and the TPLF signed a truce in Pretoria, the guns are silent. On Sunday he struck a harder tone.', '2022-11-02', '2022-11-14'],
    ['Israeli jets struck Gaza on Monday, two days after Hamas fighters attacked.', '2023-10-09', '2023-10-09'],
    // Not on or after a day the report names with its weekday as still ahead.
    ['Five weeks after Kuźnica, the border crisis has gone quiet. EU leaders will gather in Brussels on Thursday, December 16, for the last summit of the year.', '2021-11-12', '2021-12-15'],
    // Or the months: the same day a month on.
    ['A month after their historic handshake, Moon Jae-in and Kim Jong-un met again at Panmunjom on Saturday. The two leaders agreed to hold high-level talks on June 1.', '2018-04-27', '2018-05-27'],
    // A weekday the lead tells as a week after the story's day.
    ['President Adama Barrow returned to Gambia on Thursday, a week after he was sworn in at his country\'s embassy in Dakar. On Monday, Barrow named a vice-president.', '2017-01-20', '2017-01-26'],
    // Past the lead, a count of weeks from the story's opening day, the earliest it names.
    ['Foreign ministers formally rejected Colombia\'s March 1 incursion into Ecuador at a meeting that ran late into Monday night. The resolution, approved on Monday, rejects the incursion. The United States added a footnote saying it could not join a text that failed to recognise a state\'s right to defend itself. Colombia\'s foreign minister said Bogotá accepted the resolution because it "closes the chapter" opened by the raid.\n\nSeventeen days after the raid that killed Raúl Reyes, the crisis has moved to the lawyers. Ecuador said on Tuesday that it had not decided whether to restore relations, broken off on March 3.', '2008-03-04', '2008-03-18'],
    ['Washington has offered Paris a formula.\n\nA week after the announcement of AUKUS, the crisis appears to be over. Biden and Macron spoke by phone on Wednesday.', '2021-09-16', '2021-09-23'],
    // The lead counts back to the story's opening day, which the text names.
    ['South Korean marines fired their guns from Yeonpyeong island yesterday for the first time since North Korea shelled it four weeks ago. The drill on Monday afternoon passed quietly.\n\nThe shelling on Tuesday, November 23, killed two marines. On December 6 the three foreign ministers met in Washington.', '2010-11-24', '2010-12-21'],
    // A weekday's tense is its own sentence's: not the headline's above it.
    ['Lebanon and Israel set to sign the maritime deal\n\nPrime Minister Yair Lapid on Thursday hailed the agreement.', '2022-10-26', '2022-10-27'],
    ['Under the deal, the ceasefire takes effect from midnight on Sunday. Shelling continued overnight into Friday.', '2015-02-12', '2015-02-13'],
    // Not on or after a day it names as still ahead: "on Friday" is the Friday before the expiry.
    ['Putin on Friday signed the law ratifying the extension. The treaty was due to expire on February 5.', '2021-02-03', '2021-01-29'],
    // A day named in a past sentence after one that looks ahead ("would not take part") is past.
    ['The two signed the revised deal Thursday. His party said it would not take part in the vote.\n\nA victory for "No" in the Oct. 2 referendum stunned the country.', '2016-10-07', '2016-10-06'],
    // A report weeks after its story's days: after what it tells as done, on the first weekday it names as past from there.
    ['The government and the rebels signed a revised peace agreement Thursday. The revised agreement, unveiled Nov. 12 in Havana, includes about 50 changes.', '2016-10-07', '2016-11-17'],
    // What it tells as done: a verb earlier in the clause ("eased sanctions ... on Oct. 18"), or the day's happening and
    // its verb after it ("the Nov. 30 deadline ran out"). Not a day a reported clause names ("said that the 29 November date").
    ['Representatives announced late Thursday that they had agreed on a procedure. The announcement came as Washington\'s Nov. 30 deadline ran out. Venezuelans vote Sunday in a referendum.', '2023-10-17', '2023-11-30'],
    ['Machado said on Thursday she would appeal. The Biden administration eased sanctions on Venezuela\'s oil sector on Oct. 18.', '2023-10-02', '2023-10-19'],
    // So is a day after a verb of saying and its comma ("Beijing said, on November 1, that ...").
    ['The minister wrote to parliament on Wednesday that he was suspending the order. After the meeting between Trump and Xi in Busan, Beijing said, on November 1, that it would grant exemptions from its export ban.', '2025-10-22', '2025-11-05'],
    ['Iran and the EU agreed on Wednesday to resume the talks. Bagheri said that the 29 November date had been set in agreement.', '2021-11-03', '2021-11-03'],
    ['Elections in the north, whose mayors resigned in November, are scheduled for April 23. Kurti spoke on Sunday.', '2023-03-19', '2023-03-19'],
    // A day opening a sentence before its subject and a verb of the past is done.
    ['On January 24 the transitional government demanded that Denmark pull out its special forces. Copenhagen gave in on Thursday.', '2022-01-20', '2022-01-27'],
    // Nor a participle after a sentence's future ("with votes counted on May 23").
    ['Khan told parliament on Thursday that the pilot would be freed. The election will be held in seven phases, starting on April 11, with votes counted on May 23.', '2019-03-01', '2019-02-28'],
    ['Egypt and Qatar agreed to resume relations. Ties deteriorated sharply after the ouster of Mohamed Morsi on 3 July 2013. The first flight landed on Monday.', '2021-01-05', '2021-01-04'],
    // The story's happening counted back from the report's days: on the first weekday it names as past from there.
    ['In a statement issued on Wednesday, the ministry said relations would resume. The first flight landed on Monday. Shoukry, who represented Egypt at the AlUla summit two weeks earlier, signed the declaration.', '2021-01-05', '2021-01-20'],
    // Not a happening before the story's ("had said at the Tehran summit ten days earlier"), nor talks a clause only mentions.
    ['Putin and Erdogan agreed on Monday to create a buffer zone. Iran, which had said at the Tehran summit ten days earlier that the terrorists had to be eliminated, welcomed the deal.', '2018-09-17', '2018-09-17'],
    ['The EU and the UK agreed a revised deal on Thursday. Irish Taoiseach Leo Varadkar, whose talks with Johnson near Liverpool a week earlier unlocked the negotiations, welcomed it.', '2019-10-19', '2019-10-17'],
    // Not a day a verb further off may put ahead ("decided to call a meeting on January 12").
    ['Stoltenberg had decided to call a meeting of the NATO-Russia Council on January 12, an official said on Monday.', '2021-12-27', '2021-12-27'],
    // Not on a weekday it still looks ahead to ("will be in Washington on Friday").
    ['A week after the announcement of AUKUS, the crisis appears to be over. Morrison will be in Washington on Friday for the Quad.', '2021-09-17', '2021-09-23'],
    // Naming the story's day by its date and as last week: the week after. "Last week" alone is background.
    ['Commanders on Saturday signed a deal in Nairobi to implement the peace agreement reached in South Africa last week. Under the accord signed on November 2, forces are to disarm.', '2022-11-03', '2022-11-12'],
    ['Commanders on Saturday signed a deal in Nairobi. Mr Lavrov said last week that talks would start.', '2022-11-03', '2022-11-05'],
    // Not when a day named with its weekday pins the week: "last week" is then something before it.
    ['Zelensky spoke in Kyiv on March 21. Russia launched drones overnight on Wednesday, March 22. On Thursday, officials said the toll had risen. The visit followed the court’s decision last week to issue a warrant.', '2023-03-21', '2023-03-23'],
    // "since last Thursday": that Thursday is of an earlier week than the report; not so "on Thursday".
    ['The two countries have been fighting since last Thursday. The talks follow phone calls on Saturday by Donald Trump.', '2025-07-27', '2025-07-28'],
    ['The two countries have been fighting since Thursday. The talks follow phone calls on Saturday by Donald Trump.', '2025-07-27', '2025-07-26'],
    // A live blog counting the days of the fighting from the weekday it began.
    ['Welcome to our live coverage of the conflict, which entered its fourth day overnight. The fighting began on Wednesday, when India launched missile strikes. Vance said on Thursday it was none of our business.', '2025-05-11', '2025-05-10'],
    // "Last Tuesday" on a story of a Tuesday is the story's day: the report is of the week after.
    ['The U.N. Security Council on Monday endorsed the deal. The vote came less than a week after the agreement was concluded in Vienna last Tuesday.', '2015-07-14', '2015-07-20'],
    // A run of days told in order ends on the report's day, not on the next of its first weekday.
    ['Xi met Albanese in Beijing on Monday. Albanese arrived in Shanghai on Saturday and attended the expo on Sunday. The ministry announced the visit on Friday.', '2023-11-07', '2023-11-06'],
    // A weekday days before the story's centre is background; told in the lead, it is the report's day.
    ['Hitting back hours after Ottawa expelled an Indian official, New Delhi on Tuesday rejected the allegation as absurd and expelled a senior Canadian diplomat.', '2023-09-21', '2023-09-19'],
    ['Ottawa and New Delhi traded accusations over the killing for a third day as Canada paused talks on a trade treaty and the two sides exchanged sharp words in public. Canada\'s foreign minister said her government would keep its diplomats in India safe, and that it was taking the matter extremely seriously. India\'s foreign ministry issued a travel advisory for its citizens in Canada. The row began when New Delhi on Tuesday rejected the allegation as absurd.', '2023-09-21', '2023-09-21'],
    // Not a day it tells as still to come, done or not ("will be barred from hiring Turks from January 1").
    ['President Putin on Saturday signed a decree over the downing of a bomber on Nov. 24. Russian employers will be barred from hiring Turkish citizens from January 1. The conference opens in Paris on Monday.', '2015-11-25', '2015-11-28'],
    // Not before a day it tells as done: a week on, on the weekday its words give.
    ['Analysts spent Friday parsing the address, delivered in the Kremlin on December 3. Putin told lawmakers on Thursday that Turkey would regret it. On Wednesday the ministry presented images.', '2015-11-25', '2015-12-04'],
    // A day named in full as last week's, or as next week's: the report is of the week after, or the week before, on the
    // latest weekday it names as past there (not a habit: "every Friday").
    ['Western countries expelled diplomats on Monday, and NATO followed on Tuesday. The action had been prepared since last week, when EU leaders, at their summit in Brussels on March 22, agreed with Britain. Our newsletter: one email, every Friday.', '2018-03-14', '2018-03-27'],
    ['The watchdog confirmed on Thursday that the Skripals were poisoned. The council will meet in The Hague next Wednesday, April 18.', '2018-03-14', '2018-04-12'],
    // A day named with its weekday, or a timeline's last entry, is done: the report follows it, on the last of the days
    // it then tells in order.
    ['The talks ended on Friday. The two men spent Thursday in San José. The talks were arranged on Tuesday, July 7, when Clinton met Zelaya.', '2009-06-29', '2009-07-10'],
    ['Arias put a proposal on Wednesday. The delegation said on Thursday it could not sign. The other side had rejected the plan on Sunday.\n\n- June 28: Troops seize Zelaya\n- July 22: Arias presents the accord', '2009-06-29', '2009-07-23'],
    // A day named with its weekday, then by the weekday alone: that day, so the report is of the week after it, whatever
    // the centre; not when the weekday alone came first, nor after "last" (a day named in full to tell it from the nearer one).
    ['Key points: Russia said on Saturday, October 29, it was suspending the grain deal. Twelve ships left on Monday.\n\nEarly on Saturday, drones attacked the fleet. Zelenskyy said on Saturday evening the decision was transparent. Welcome to our live coverage on Monday.', '2022-11-03', '2022-10-31'],
    ['Kim’s train pulled out of Vladivostok on Sunday evening. The trip began when Kim left Pyongyang on Sunday, Sept. 10, and crossed the border on Tuesday. On Sunday he visited the aquarium.', '2023-09-20', '2023-09-19'],
    ['The measures expired at the end of last Friday, 15 September. Tuesday, New York: Zelensky spoke. Friday, Świdnik: Morawiecki told a rally that Zelensky insulted Poles.', '2023-10-01', '2023-10-03'],
    // No weekday: the story's centre.
    ['Blinken and Lavrov ended their meeting in Geneva.', '2022-01-21', '2022-01-21'],
    // A weekday followed by a date names that date; "next Monday" is ahead.
    ['The talks will be held on Monday, January 10, and next Monday.', '2022-01-05', '2022-01-05'],
  ])('%s (centre %s)', (text, centre, want) => expect(dateFromStory(text, centre)).toBe(want))

  it('counts a lead\'s "N weeks ago today" from the story\'s first dated report, not from an earlier day the text names', () => {
    const text = 'Four weeks ago today, a dozen officers walked into the studio of the Gabon 24 channel and ended the Bongo era.\n\nThe election of August 26 had given Bongo a third term.'
    expect(dateFromStory(text, '2023-09-01', '2023-08-30')).toBe('2023-09-27')
    expect(dateFromStory('Two weeks ago tomorrow, a man stood outside the Turkish embassy in Stockholm and set a Koran alight.', '2023-01-23', '2023-01-21')).toBe('2023-02-03')
    expect(dateFromStory('Good morning. A week ago yesterday, the first treated water from Fukushima Daiichi went into the Pacific.', '2023-08-29', '2023-08-24')).toBe('2023-09-01')
    expect(dateFromStory('It is 26 days since a police sergeant was shot dead at a bridge outside Banjska.', '2023-09-28', '2023-09-25')).toBe('2023-10-21')
    // Without a comma before the subject.
    expect(dateFromStory('Four weeks ago today Vladimir Putin signed two decrees, one abolishing visas for Georgians.', '2023-05-19', '2023-05-10')).toBe('2023-06-07')
  })
  it('puts a report of "this morning" that names no weekday on the day just before its guess that it names in full as done', () => {
    const text = "09:55 Azerbaijan's foreign ministry has put out a statement, dated 27 January, confirming the attack.\n\n10:20 Tehran's police chief says the gunman was arrested this morning."
    expect(dateFromStory(text, '2023-01-30')).toBe('2023-01-27')
    // Not a day named a week before ("a statement dated 20 January"), nor by a report that names its own weekday.
    expect(dateFromStory(text.replace('27 January', '20 January'), '2023-01-30')).toBe('2023-01-30')
    expect(dateFromStory(text + ' The ministers spoke on Monday.', '2023-01-30')).toBe('2023-01-30')
  })
  it('keeps a report that looks ahead to a weekday off a centre on or after that day', () => {
    // Past the lead, which would date the report by its weekday itself.
    const lead = 'Andrzej Duda has responded, in his own way, to the speech of the Ukrainian president at the assembly. '.repeat(5)
    const text = `${lead}Kyiv has said its complaints, lodged on Monday, target Poland, Hungary and Slovakia. The general debate goes on tomorrow; Zelensky is scheduled to speak again on Wednesday.`
    expect(dateFromStory(text, '2023-09-21')).toBe('2023-09-18')
    expect(dateFromStory(text.replace(/ The general debate.*$/, ''), '2023-09-21')).toBe('2023-09-21')
  })
  it('counts the most frequent weekday, first mention breaking ties', () => {
    expect(mentionedWeekday('on Tuesday ... on Wednesday morning ... Tuesday’s ceremony')).toBe(2)
    expect(mentionedWeekday('no weekday at all')).toBeNull()
  })

  it('puts a year-less date in the year nearest the story', () => {
    expect(nearestYear('2026-01-21', '2021-12-28')).toBe('2022-01-21')
    expect(nearestYear('2021-12-30', '2022-01-02')).toBe('2021-12-30')
  })

  it('falls back to the latest past date the text mentions', () => {
    expect(latestMentionedDate('On December 17, 2021, drafts were published; on 3 January 2022 talks began; by March 1, 2030 who knows', '2026-11-23')).toBe('2022-01-03')
  })

  it('puts a newsletter before the next issue it names by weekday and date', () => {
    // The Sakhalin Review of Monday 21 January; "Next issue: Monday 28 January" had been read as a day past.
    const text = 'Shinzo Abe flies to Moscow for the summit. Zakharova added on Thursday that the label was unacceptable.\n\nNext issue: Monday 28 January. As always, replies welcome.'
    expect(dateFromStory(text, '2019-01-22') < '2019-01-28').toBe(true)
  })
})
