// Tables of real lines: page furniture that must go, and news sentences that must stay.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyLines } from './clean'
import { FURNITURE_RULES, furnitureRule, gateMask, looksLikeHeadline } from './furniture'
import { parseDateLine } from './dateline'
import { outletFromLines } from './outlet'
import { parseMarkdown } from './formats/md'
import { parseTxt } from './formats/txt'
import { loadFolder } from './index'

const NO_FOLDER = { repeated: new Set<string>() }
/** Classifies `line` inside a small article, after a headline and a first paragraph. */
function kindOf(line: string): string {
  const lines = ['Talks to resume in Vienna', 'Negotiators met in Vienna on Monday to discuss the nuclear deal, officials said.', line, 'The talks will continue next week in Geneva, a spokesman told reporters.']
  return classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines[2].kind!
}

const FURNITURE = [
  // A column's sign-off, a newsletter's sign-up, a picture's credit and a call for letters, each on a line of its own.
  'Alvise Moretti writes the Lagoon Letter every Sunday.',
  'Valeria Cantú Garza is an economist and a former trade negotiator. She writes every Friday for Norte Monitor.',
  'Her newsletter appears every Thursday.',
  'Oliver Stanmore is a former trade official and writes The Counterweight every Wednesday.',
  "Get The Apennine Review's Monday Briefing",
  'Courier photo by Adeel Rana',
  'Straits Monitor readers: tell us what you think.',
  'Straits Monitor readers: tell us what you think. Email letters@straitsmonitor.example',
  'Alvise Moretti writes the Lagoon Letter every Sunday. Reply to this letter or write to letters@lagoonletter.it.',
  "Get The Apennine Review's Monday Briefing: sign up here for free.",
  '[Photo: Residents gather outside the high-walled house in Bilal Town, Abbottabad, where US Navy Seals killed bin Laden. — Courier photo by Adeel Rana]',
  // A letter's next issue; a site's other stories under its name or a related heading.
  "Next issue: Wednesday, October 30 – on Chile's protests.",
  'ALSO ON RHINE HERALD: Davos 2020 – what to expect (published 17.01.2020)',
  'Related live coverage',
  // A letter asking to be passed on.
  'Like this briefing? Forward it to a colleague, or sign up here to get it every Tuesday and Friday.',
  'Thanks for reading. Forward this to a friend, or reply to tell us what we missed.',
  // Its farewell and its next appearance.
  "That's it for today. Tariff Line Daily returns tomorrow with the fallout.",
  "We'll be back on Monday.",
  'We return after the holidays.',
  // Newsletter and comment footers, promotions and related links that carry a date of their own.
  'Comments closed on 5 August 2018',
  "You're receiving this because you signed up on 2021-11-03. Not useful any more? Unsubscribe in one click.",
  'Forwarded by a reader on 2020-03-16',
  'More coverage: McCarthy meets Tsai (6 Apr) | Explainer: the Bashi Channel',
  'Podcast: What a McCarthy meeting means for the Strait (March 30, 2023)',
  'Most read on EuroDesk',
  "You're receiving this email because you signed up for The Beltway Brief on 11/14/2022.",
  "How Blinken's trip was supposed to go (Jan. 30)",
  'The case against prisoner swaps (Dec. 9, 2022)',
  "Samuel Okafor-Reyes is the Review's diplomatic correspondent. His book on the end of engagement with China will be published next year.",
  'This live blog is supported by our members. Join today and get ad-free reading.',
  'Next on Danube Dispatch: Podcast - Belgrade, Pristina and the summer that never ended',
  "This article was amended on 3 November 2022 to correct the spelling of Phumzile Mlambo-Ngcuka's name.",
  // A newsletter's head and foot, an analysis's author note, a "Read Next" heading.
  'View this email in your browser',
  'You are receiving this email because you subscribed at americasrisk.org. Unsubscribe · Update preferences',
  '— Advertisement — Sponsored by LatAm Compliance Partners',
  "Rohan Abeyratne is a Nonresident Fellow in the Lowy Institute's Indo-Pacific Development Centre. He writes on South Asian politics.",
  'Written by Deniz Aydin. Editor of Marmara Quarterly, writing on Turkey and the Eastern Mediterranean. Follow',
  'Read Next',
  'You might also like',
  'ALSO THIS WEEK',
  'In other news:',
  // A beat's author note, an outlet's "More from" line of links with their days.
  'Jonas Reinhardt covers Eastern Europe for Bundesblick. Follow him on Twitter @jreinhardt_bb.',
  'About the author: Aoife Brennan writes on politics and the border from Newry.',
  'A quick recap for readers joining us this morning.',
  "If you're just joining us, here is where things stand:",
  'Suda Chanthavong is a former UN official and writes The Mekong Letter from Bangkok.',
  'Thomas Brandt covered the Middle East for 20 years and writes a fortnightly column for the Sentinel.',
  'Nathaniel Ebbers writes The Hemisphere, a column on U.S. policy in Latin America. He was previously a correspondent in Bogotá and Caracas.',
  'More from Bundesblick: Explainer: the Steinmeier formula (2 October 2019) · Zelensky’s first six months (20 November 2019)',
  // An outlet's correction note, a caption with its credit labelled in the page's language, a promo ending in its prompt.
  'Correction, July 2, 2009: An earlier version of this story misspelled the name of the armed forces chief.',
  'José Miguel Insulza arrives at Toncontín airport on Friday. Foto: IJ/Carlos Mejía',
  'Continental Reader Weekly: one email, every Friday, everything Brussels decided. Sign up free',
  // An audio player's fallback text, saved with the page.
  'Your browser does not support the audio element.',
  'Short Url https://arab.news/8p3kx Updated 11 March 2023 ARAB NEWS',
  'SHARE THIS ARTICLE',
  'Share on Facebook',
  'Facebook Twitter WhatsApp Email',
  'News   /   Russia',
  'Home › World › Middle East',
  'Politics · Region · Opinion · Business · Sport',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'See also  The fall of a Turkish military helicopter, killing 11, including a general',
  'Read more: Iran says talks will resume',
  // A paper's or a newsletter's other stories of the day.
  "Also in today's edition: The Jerusalem race tightens ahead of Tuesday's vote | Doctors' strike threatened in public hospitals",
  'In this issue: Flights to Moscow, a month on | Armenia’s border talks | Letters',
  "Also in today's Ledger",
  'Sentinel Premium: Unlock in-depth reporting on Mumbai for Rs 99 a month. Start your free trial',
  'Margalla Review welcomes responses.',
  'The Review welcomes letters at letters@review.example.',
  'In other news',
  // A bilingual site's label in its own language first.
  'Читайте также / See also: Kremlin: Sea of Azov "is our internal waters" | UN Security Council rejects Russian agenda',
  // Related stories and share bars labelled in the language of the site around an English article.
  'İlgili Haberler / Related',
  'Читайте также:',
  'Paylaş: Facebook | Twitter | E-posta | Yazdır',
  'Поделиться: VK | Telegram | Twitter',
  // A live blog's goodbye, then its prompt: no news before it.
  "That's where we will leave our live coverage for tonight. Thank you for following along. Full analysis of the summit's outcome on our website tomorrow.",
  "Our live coverage has ended for today. Follow tomorrow's live blog here.",
  // A publication's schedule.
  'Gulf of Guinea Digest is published every other Wednesday.',
  'The Sofia Evening Courier is published Monday to Saturday. Letters to the editor: letters@eveningcourier.example',
  'Tatra Review is published every Tuesday. Subscribe to the print edition and get 52 issues delivered to your door.',
  'Barrel & Bourse Weekly is published every Saturday. Nothing in this newsletter constitutes investment advice.',
  // A question's headline with its date in brackets.
  'Explainer: What is Nord Stream, and why does it matter? (9 June 2022)',
  // When a reader's tool kept the page.
  'Clipped from ridgelinereview.in · 11 Jul 2017',
  'Saved to your reading list · 14/02/2018',
  'Accessed 2017-09-21 14:02',
  // A newsletter's contents and its archive; a caption credited to a body's photo service.
  "In today's issue: the Lu Shaye affair, a long-awaited phone call, and what to watch next week.",
  "Read the previous issue: 'Sheikh Jarrah, explained' (originally published in April)",
  'Good morning. Today: what De Croo said to the Lumumba family, and what he did not say; plus the week ahead.',
  'Here is our round-up of a remarkable Wednesday, and what to expect today.',
  'Hello and welcome back. This week: the ambassador row reaches the president, a new book on the Armistice, and our reader survey (five minutes, we promise).',
  'Nebenzia speaks at the Security Council in New York on Friday. (UN Photo/Loey Felipe)',
  // A sponsor's line in a newsletter; a page's appeal for money.
  'Sponsored | Sokoni Logistics: Reliable freight from Mombasa to Kampala in 72 hours. Get a quote today.',
  '- Our sponsor this week: Sahel Risk Monitor. Country risk briefings for investors in West and Central Africa. Try it free for 30 days.',
  "This week's partner: Caucasus Travel Desk. Slow travel in Georgia's mountains - routes, guesthouses, guides.",
  'Support Sahel Monitor: our journalism is free, but it is not cheap to produce. Donate today.',
  "You're receiving the Digest because you signed up at southcaucasusdigest.org.",
  'You are receiving Eastbound Briefing because you signed up at eastbound-briefing.net.',
  "You're getting this because you signed up at reeflinenews.com.au.",
  "ACHTERBERG: That's it for this episode of Docket & Dispatch. Show notes, with a link to the full order, are on our website. If you like the show, rate us wherever you listen, and support us on our members' page — it keeps the transcripts free. Next week: the International Criminal Court's investigation. Until then.",
  "FALK-ADEYEMI: That's The Proliferation Desk for this week. If you'd like to support independent coverage of arms control, you can become an Eastgate Radio member — the details are in the show notes. We'll be back next Friday.",
  // A press release's marks and its sender's letterhead.
  'FOR IMMEDIATE RELEASE',
  '-ENDS-',
  '-TAMAT- / -ENDS-',
  '###',
  'EMBASSY OF THE REPUBLIC OF THE PHILIPPINES',
  'MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF',
  'PEJABAT SETIAUSAHA KERAJAAN NEGERI JOHOR',
  // A podcast's prompts under its episode.
  'Rate and review Verdicts & Vetoes - it helps other listeners find us.',
  'Listen on your favourite podcast app. New episodes every second Wednesday.',
  // A columnist's note, with a word on their past.
  "Margaret Cheung writes Asia's Week every Saturday. She was previously a correspondent in Tokyo and Beijing.",
  "About the columnist: Tomas Hradil writes Eastbound every Monday. He was previously the Digest's correspondent in Warsaw and Prague.",
  // A newsletter of several words' name; a closed live blog's pointer to the full report.
  'Get our Americas Today newsletter – sign up at panamericandispatch.com/newsletter',
  "This live blog has now closed. Read our full report on the night's events: Turkish minister expelled after night of unrest",
  // WordPress's like button, saved with its placeholder.
  'Like this: Like Loading...',
  // A label naming the topic of the links after it.
  "More on Yemen: Yemen's Hadi cedes power to new presidential council · UN: Yemen truce offers 'rare moment of opportunity'",
  'Related Articles',
  'More analysis: The Americas in 2022 - five elections to watch',
  'Continue reading…',
  'Russia’s Foreign Minister Sergei Lavrov (photo by TASS)',
  'Photo: Reuters',
  'Nuclear talks stalled earlier this year [Getty]',
  'Ukrainian Infrastructure Minister Oleksandr Kubrakov, seated, at the signing ceremony. Reuters',
  'From left, Bahrain FM, Israeli PM, U.S. President, and UAE FM sign the Abraham Accords, Washington, DC, September 15, 2020.',
  'An Israeli protester holds a placard against Israeli Prime Minister Benjamin Netanyahu before his flight',
  'The leaders pose for a photograph at the White House (AP Photo/Alex Brandon)',
  'Financial Express is now available on Telegram. Click here to join our channel and keep up with the latest news and updates from Biz.',
  'Follow us on Twitter and join our WhatsApp channel for the latest news',
  '*Follow VOA on Twitter and Facebook for the latest news from South and Central Asia.*',
  'Sign up for our daily newsletter',
  '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
  'Agencies contributed to this report.',
  'Press TV’s website can also be accessed at the following alternate addresses:',
  '© 2024 Example Media. All rights reserved.',
  'You’ve reached your limit of {{free_limit}} free articles this month.',
  'Subscribe now for unlimited access.',
  '₹300/Month',
  '2 min read',
  'Story Code : 1005544',
  'By Staff, Agencies',
  'Noa Landau',
  'Send in e-mailSend in e-mail',
  'Refresh your page for the latest updates. The most recent updates are at top.',
  '09 16 20 Abraham Accord Vo.transcoded.01.transfer',
  '  • English',
  'Live Story',
  'All news',
  'ADVERTISEMENT',
  ')',
  '0',
  'www.presstv.ir',
  'Image caption, Sergei Lavrov arrived in Geneva on Thursday',
  'Image source, Getty Images',
  'Published 3 hours ago',
  'This article is more than 2 years old',
  'Tags: Russia, Ukraine, NATO',
  '1.2K shares',
  'Jane Doe, Diplomatic Correspondent',
  'Our Standards: The Thomson Reuters Trust Principles.',
  'Get the best of the news delivered to your inbox every morning',
  'The two leaders shake hands in Geneva on Friday. AFP via Getty Images',
  'Guterres signs the agreement as Erdogan looks on.',
  'The delegations pose for a family photo at the Dolmabahce Palace',
  'More: Iran nuclear talks to resume',
  'Editor: Wang Yi',
  'Follow Al Jazeera English:',
  'Download The Times of India News App for Latest India News',
  'FILE - Iranian negotiator Ali Bagheri speaks in Tehran, Iran, Nov. 3, 2021. (AP Photo/Vahid Salemi, File)',
  'Associated Press writers Jon Gambrell and Amir Vahdat contributed reporting.',
  'Related Topics',
  'Advertisement - Scroll to continue',
  'Story continues below advertisement',
  'Click to share on Twitter (Opens in new window)',
  'Posted by Staff Writer on January 21, 2022',
  'Reporting by Parisa Hafezi; Editing by Alex Richardson',
  '(Adds DFA statement, detentions, background)',
  "💬 Discuss today's news in our chat. 🔔 Subscribe to Global Health Pulse for more updates like this.",
  '(Updates with vote in paragraphs 1-3, adds quotes)',
  'Disclaimer: The views expressed are those of the author.',
  'Russian Foreign Minister Sergei Lavrov speaks during a news conference in Geneva, Switzerland, January 21, 2022.',
  'U.S. Secretary of State Antony Blinken meets Russian Foreign Minister Sergei Lavrov in Geneva, Switzerland January 21, 2022.',
]

const NEWS = [
  // Words of a release's marks or a letterhead's in a sentence, or a headline in capitals.
  'The embargo ends on Friday, officials said.',
  'MINISTRY OF FOREIGN AFFAIRS SUMMONS THE AMBASSADOR OVER THE MAP',
  // A listener's or a podcast's words in the news: not its prompt.
  'Listeners in Bamako heard the junta rate the sanctions as illegal, and new episodes of unrest followed in Kati.',
  'The ministry said the podcast app had been blocked on Monday.',
  // A press release's lead that ends on a deadline, not a caption's place and date.
  'Tallinn - The Ministry of Foreign Affairs today informed the Ambassador of the Russian Federation, Vladimir Lipajev, that he must leave Estonia by 7 February 2023.',
  // Sentences of the news with the same words.
  'Salvini writes the rules every time, Di Maio said on Tuesday.',
  'Readers of the report were told that the talks had failed.',
  'Get the facts straight before the summit, Lavrov told reporters.',
  'Today: the ministers meet in Brussels, and the talks resume on Friday.',
  // A happening's return, not the page's.
  'The envoy returns to Sanaa on Monday for a new round.',
  'Parliament returns after the break to vote on the deal, officials said.',
  'Parliament returns tomorrow with a vote on the budget.',
  'The Tuesday edition of the paper carried the interview in full.',
  'Here is what the two leaders agreed in Pyongyang on Wednesday.',
  'Our partner: the United States, Blinken said, will stand by Manila.',
  'Support for the deal: 54 senators voted in favour on Tuesday.',
  'Support Ukraine: the slogan was everywhere in Vilnius as the leaders arrived. Zelensky said the summit would be judged on one decision.',
  "Good evening from Brussels. A German lawmaker flies home from Moscow with a letter, and Kerry concedes a point. Here is what you need to know.",
  // A sentence that opens as a heading of other stories would is the article's own.
  'Elsewhere in the region, Niger and Mali have also asked French troops to leave.',
  'In other news from Ouagadougou, the junta named a new prime minister on Friday.',
  'Also on Monday, the ministry said it would respond to the proposal within days.',
  'Next week the foreign ministers meet again in Brussels, officials said.',
  'The minister said he would forward it to a colleague in Paris for review.',
  // A sentence that opens with a verb of saving is news.
  'Saved by a last-minute deal on 3 March 2022, the talks resumed.',
  // An issue of news is no newsletter's.
  'The UN said the issue of the talks was settled in this edition of the accord.',
  // A recap's own news is not its heading.
  'For readers just joining us: Russia suspended its participation in the grain deal on Saturday, citing a drone attack on its fleet.',
  // What a leader writes is news, not a bio.
  'Kim Jong Un writes a letter to Trump, the KCNA said.',
  'Vladimir Putin writes to Joe Biden, asking for talks on security guarantees.',
  'Kim Jong Un writes a letter to Trump every few weeks, officials said.',
  // A sentence that ends on a date in brackets is the article's.
  'The ministers met again in Brussels, where the talks had stalled (June 3).',
  'Talks between the two sides resumed in Vienna on Monday (March 4, 2024), officials said',
  // A weekly habit told as news is not a schedule.
  'Paludan announced that he would repeat the act every Friday until Sweden is admitted to NATO.',
  // A live blog's last entry tells its news before it signs off.
  "Tomorrow Bolton is due to hold an unprecedented trilateral meeting in Jerusalem with his Russian counterpart. Iran is expected to top the agenda. We are closing this live blog for the night – thank you for following.",
  // A colon and bars between names that are no share buttons.
  'Allies: France | Germany | Britain',
  'Jake Sullivan is the national security adviser, and he said the talks would continue.',
  'The ministry said it would unsubscribe from nothing, officials said.',
  'More on the talks was expected on Friday, when the envoy returns to Sanaa, officials said.',
  '“It is with the US that we will carry out the main work of negotiations,” Lavrov said.',
  'Lavrov said the ball was in Washington’s court.',
  // A correction the news tells, a photo the news is about, a sign-up the news reports.
  'The ministry issued a correction on Monday after the earlier figure was disputed, officials said.',
  'The agency released the picture on Friday. Photo: the satellite image showed tanks near the border.',
  'Millions of voters rushed to sign up.',
  'It will help avoid a food shortage catastrophe for millions worldwide.',
  'It is a beacon of hope, possibility & relief.',
  'Zelensky said on Telegram that the talks had failed.',
  'Millions follow the president on X, where he announced the deal.',
  'The minister told reporters the photo op was not the point of the meeting.',
  'Reuters reported that the talks would resume on Monday.',
  'Lavrov quells hopes',
  'Situation at Afghan-Tajik border a concern: Russia',
  'FOREIGN MINISTER LAVROV:  (Via interpreter) State Secretary, colleagues, we’re very grateful to you for this proposal.',
  'Turkey will host a signing ceremony in Istanbul on Friday, officials said.',
  'The leaders will attend a signing ceremony at the White House.',
  'On December 17, 2021, the Russian Foreign Ministry published the draft agreements.',
  '1:46 PM',
  'The subscription of new members to NATO is not on the agenda, Stoltenberg said.',
  'Bahrain FM: “Today’s agreement is an important first step,” he said.',
  'Russia is seen as the aggressor by many in Europe.',
  'Europe stands together with Ukraine, Borrell said.',
  'The latest wave to hit the region came on Monday.',
  'Sen. Lindsey Graham (R) said the deal was weak.',
  'Analysts warned that the threat it poses for the region is growing.',
  'Lavrov said:',
  'In a gesture as tensions rose, Moscow released two prisoners.',
  'The leaders will shake hands at the start of the summit.',
  'More than 100 people were evacuated from the embassy.',
  'Tags were fitted to the grain ships in Istanbul.',
  'Putin, right, and Erdogan agreed to meet again, the Kremlin said.',
  'The editor of the newspaper was detained on Monday, the ministry said.',
  'Download speeds were cut across the region after the strikes, officials said.',
  'Follow-up talks are planned for next week in Vienna.',
  'Iran said the talks would resume (Reuters reported first) after a five-month pause.',
  'The deal was signed in Istanbul on Friday, July 22, 2022.',
  'Lavrov meets Blinken in Geneva on January 21, 2022.',
  'Russia published its draft treaties on December 17, 2021.',
]

describe('furniture rules', () => {
  it.each(FURNITURE)('removes %j', (line) => expect(kindOf(line)).toMatch(/furniture|date/))
  it.each(NEWS)('keeps %j', (line) => expect(kindOf(line)).toBe('body'))

  it('after a paywall, share bar or comment form, removes the block until a news paragraph returns', () => {
    const lines = ['Headline of the story', 'The talks resumed in Vienna on Monday after a five-month pause, diplomats said.', 'Subscribe to read the full story →', 'Smart Quarterly', 'Exclusive premium stories online', 'Archives', 'Iran and the EU agreed on Wednesday to resume the talks on November 29 in Vienna, the statement said.']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'body', 'furniture', 'furniture', 'furniture', 'furniture', 'body'])
  })

  it('after a "more stories" heading, removes the other stories’ headlines until a news paragraph returns', () => {
    const lines = ['Headline of the story', 'Foreign Minister Taro Kono will meet Pompeo in Seoul on Thursday, officials said.', 'LATEST ASIA PACIFIC STORIES', 'Philippine leader Duterte says he will visit Israel later this year', 'Trump arrived back at Joint Base Andrews early Wednesday, and tweeted that the threat was over.']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'body', 'furniture', 'furniture', 'body'])
  })

  it('takes a wire\'s word to its clients for furniture', () => {
    expect(furnitureRule('Andean Wire clients: for the latest on this story, see the Americas news page.')?.name).toBe('wire note')
    expect(furnitureRule('For the latest on this story, see our live page.')?.name).toBe('wire note')
    expect(furnitureRule('Bank clients said on Monday that withdrawals had been frozen.')).toBeNull()
  })
  it('takes "Read more from <outlet>:" for such a heading', () => {
    const lines = ['Headline of the story', 'Yesterday\'s protocol buys time rather than peace, diplomats in Bishkek said on Monday.', 'Read more from Caspian Review:', "Kazakhstan's snap presidential election: what to watch", 'Delimitation talks between the two governments have been going on since 2002, the commission said.']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'body', 'furniture', 'furniture', 'body'])
  })

  it('keeps a heading over a list of days to come, which tells the days are ahead ("COMING UP" over "Wednesday: Mass ...")', () => {
    const lines = ['Headline of the story', 'Pope Francis met Aung San Suu Kyi in Naypyitaw on Tuesday, the Vatican said.', 'COMING UP', 'Wednesday: Mass for about 150,000 people at Kyaikkasan ground in Yangon.', 'Thursday: The Pope travels to Dhaka, Bangladesh.', 'COMING UP']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'body', 'body', 'body', 'body', 'furniture'])
  })

  it('after a bare "ALSO READ", removes the other story’s headline on the next line', () => {
    const lines = ['Headline of the story', 'A senior Turkish official said technical talks would begin in Ankara later this week, officials said.', 'ALSO READ', 'Erdoğan: Turkey stands by Azerbaijan ‘with all its means’', 'Azerbaijani forces captured the strategic city of Shusha, the second-largest town in Karabakh, over the weekend.']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'body', 'furniture', 'furniture', 'body'])
  })

  it('after a newsletter\'s "Also in today\'s Ledger", removes its briefs of other news, each under its topic', () => {
    const lines = ['Headline of the story', 'The conference adopted the decision by consensus in Dubai on Wednesday, delegates said.', "Also in today's Ledger", 'Markets: the US Federal Reserve held interest rates steady on Wednesday and signalled cuts in 2024.', "Buenos Aires: Argentina's new government devalued the peso by more than 50 per cent on Tuesday.", 'Delegates will meet again in Bonn in June, the secretariat said on Wednesday.']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'body', 'furniture', 'furniture', 'furniture', 'body'])
  })

  it('after an outlet’s "Related on …" heading, removes the list of its stories with their days', () => {
    const lines = ['Headline of the story', 'South Korea filed a complaint against Japan at the World Trade Organization on Wednesday, officials said.', 'Related on Korea Economic Watch:', '  * Chipmakers scramble for etching gas (July 19)', '  * Boycott hits Uniqlo sales (August 5)', 'Share: Facebook / Twitter / KakaoTalk']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'body', 'furniture', 'furniture', 'furniture', 'furniture'])
  })

  it('after a blog\'s "Related posts" heading, removes the list of its posts', () => {
    const lines = ['Headline of the story', 'Morocco rejoined the African Union on Monday after 33 years outside it, diplomats said in Addis Ababa.', 'Tags: African Union, Morocco', 'Related posts', "- Mali's peace accord, two years later", '- The G5 Sahel force: money before boots?']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds.slice(3)).toEqual(['furniture', 'furniture', 'furniture'])
  })

  it('takes a blog\'s menu copied as one line for furniture, not a sentence that names such words', () => {
    const lines = ['Headline of the story', 'Home About Case notes Archive Contact', 'Germany said on Wednesday that Navalny had been poisoned with a Novichok nerve agent.', 'About the archive: search and contact forms are down', 'Home Office sources said the archive would be opened to the public.']
    const kinds = classifyLines(lines.map((text) => ({ text })), null, NO_FOLDER).lines.map((l) => l.kind)
    expect(kinds).toEqual(['headline', 'furniture', 'body', 'body', 'body'])
  })

  it('takes a Markdown line set in italics under an image as its caption', () => {
    const md = '![Trump at the Capella](https://example.org/trump.jpg)\n\n*President Donald Trump speaks during a news conference in Singapore, June 12, 2018.*\n\n*Trump said the talks went well.*\n'
    const parsed = parseMarkdown('a.md', md)
    if (!('articles' in parsed)) throw new Error(parsed.error)
    expect(parsed.articles[0].lines.map((l) => l.kind ?? 'body')).toEqual(['furniture', 'body', 'furniture', 'body', 'body', 'body'])
  })

  it('learns furniture from lines repeated across the folder, but never full sentences', () => {
    const folder = { repeated: new Set(['watch live coverage', 'the talks will resume on monday officials said']) }
    const lines = ['Talks headline here', 'Watch live coverage', 'The talks will resume on Monday, officials said.']
    expect(classifyLines(lines.map((text) => ({ text })), null, folder).lines.map((l) => l.kind)).toEqual(['headline', 'furniture', 'body'])
  })
})

describe('gateMask', () => {
  // Gated rule k owns bit k; a gate opens on one of its words as a whole word (regex \b), any case, or one of its characters.
  const gated = FURNITURE_RULES.flatMap((rule) => (rule.gate ? [rule.gate] : []))
  const reference = (line: string): number =>
    gated.reduce((mask, gate, k) => {
      const words = gate.filter((entry) => /^[a-z]+$/.test(entry))
      const open = (words.length > 0 && new RegExp(`\\b(?:${words.join('|')})\\b`, 'i').test(line)) || gate.some((entry) => !/^[a-z]+$/.test(entry) && line.includes(entry))
      return open ? mask | (1 << k) : mask
    }, 0)

  it('opens the gates the per-rule patterns open, on random lines', () => {
    const alphabet = ['sign', 'Sign', 'SUBSCRIBE', 'subscribers', 'l', 'L', 'left', 'log', 'in', 'e', 's', '_', '3', ' ', ' ', '-', '.', 'é', 'ſ', '\u212a', '/', '›', ':', '©', '|', 'wire', 'd']
    let state = 5
    for (let round = 0; round < 5000; round++) {
      let line = ''
      for (let k = 0; k < 8; k++) line += alphabet[((state = (state * 1103515245 + 12345) % 2 ** 31) >> 8) % alphabet.length]
      expect(gateMask(line)).toBe(reference(line))
    }
  })
})

describe('headline and text', () => {
  it('takes a short first line as the headline and keeps a first sentence in the text', () => {
    const headline = classifyLines(parseTxt('a.txt', 'Talks to resume in Vienna\n\nTalks will resume, the EU said.').lines, null, NO_FOLDER)
    expect(headline.title).toBe('Talks to resume in Vienna')
    expect(headline.text).toBe('Talks will resume, the EU said.')
    const sentence = classifyLines(parseTxt('b.txt', ' date 2021-12-27 Talks between Russia and the US will start after the New Year holiday, Russia’s top diplomat announced on Monday.\n\nMore text here.').lines, null, NO_FOLDER)
    expect(sentence.title).toBeNull()
    expect(sentence.text.startsWith('Talks between Russia and the US')).toBe(true)
  })

  it.each([
    ['Lavrov and Blinken meet in Geneva', true],
    ['RUSSIA WARNS NATO OVER UKRAINE', true],
    ['Abraham Accord Signed in Washington, D.C.', true],
    ['Will the talks resume?', true],
    ['GENEVA, Jan 21 (Reuters) -', false],
    ['The minister said:', false],
    ['Talks resumed. Both sides said they were ready', false],
    ['Talks will resume on Monday, the EU said.', false],
    ['Geneva', false],
  ])('headline %j: %s', (line, expected) => expect(looksLikeHeadline(line)).toBe(expected))

  it('gives each kept line its offset in the text, paragraphs separated by a blank line', () => {
    const result = classifyLines(parseTxt('a.txt', 'Headline here\n\nFirst paragraph.\nSHARE THIS ARTICLE\nSecond paragraph.').lines, null, NO_FOLDER)
    expect(result.text).toBe('First paragraph.\n\nSecond paragraph.')
    for (const line of result.lines.filter((l) => l.kind === 'body')) expect(result.text.slice(line.offset, line.offset + line.text.length)).toBe(line.text)
    expect(result.furniture).toEqual(['SHARE THIS ARTICLE'])
  })

  // A wire report dated only by its dateline, its update under the footer.
  it('dates a report by its dateline, not by the update under it', () => {
    const text = 'GLOBAL WIRE SERVICE\nWorld Court rules Chile not obliged to negotiate\n\nBy Pieter van Dam\n\nTHE HAGUE, Oct 1, 2018 (GWS) – The International Court of Justice ruled on Monday that Chile is not obliged to negotiate.\n\n© 2018 Global Wire Service. All rights reserved.\nUpdated Oct 2, 2018 08:15 GMT'
    expect(classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER).printedDate).toBe('2018-10-01')
    expect(classifyLines(parseTxt('w.txt', text.replace('THE HAGUE, Oct 1, 2018 (GWS) – ', '')).lines, null, NO_FOLDER).printedDate).toBe('2018-10-02')
  })

  // A page's last change printed under a body of several paragraphs bounds its publication; it is not that.
  it('reads an update printed after the body as the page’s last change, not its publication', () => {
    const paragraphs = ['The deadline set by Russia and Turkey expired on Monday with no sign that the fighters had gone, officials said.', 'Four weeks ago, on September 17, Putin and Erdogan agreed in Sochi on a buffer zone.', 'The first part appears to have worked, the defence ministry said last Wednesday.', 'The next milestone is the reopening of the highways by the end of the year, officials said.']
    const text = ['Orontes Weekly', 'Home » Syria » Politics', '', 'Idlib deadline passes with jihadists still in place', '', 'Posted in Syria | 1,204 views', '', ...paragraphs.flatMap((p) => [p, '']), 'Tags: Idlib, HTS, Sochi', '', 'Last modified: 11 February 2019', '', 'Leave a comment'].join('\n')
    const classified = classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER)
    expect([classified.printedDate, classified.changedBy]).toEqual([null, '2019-02-11'])
  })

  // A live blog of 4 April that prints only its last change, eight days on, over its first entry.
  it('reads a page’s last modification at its top as a bound, not its publication', () => {
    const text = ['Finland joins Nato – as it happened', '', 'Live', '', 'Last modified on Wed 12 Apr 2023 08.30 BST', '', 'This blog is now closed.', '', '09.05 CEST', '', 'Good morning and welcome to our live coverage of what is set to be a historic day in Brussels.'].join('\n')
    const classified = classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER)
    expect([classified.printedDate, classified.changedBy]).toEqual([null, '2023-04-12'])
    expect(classifyLines(parseTxt('w.txt', text.replace('Last modified on', 'Published')).lines, null, NO_FOLDER).printedDate).toBe('2023-04-12')
  })

  // A read-later export of 10 July whose masthead line ends in the page's last change.
  it('reads a last change after a masthead’s other parts as a bound, not the publication', () => {
    const text = ['Two weeks after the tanks, Bolivia’s ‘self-coup’ theory won’t go away', '', 'Cordillera Times · Politics · Last updated 16 July 2024', '', 'Two weeks have passed since soldiers drove an armoured car into the door of the old presidential palace in La Paz.'].join('\n')
    const classified = classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER)
    expect([classified.printedDate, classified.changedBy]).toEqual([null, '2024-07-16'])
  })

  // A clipping of 5 July saved six days on: the save's day bounds the publication too.
  it('reads the day a page was clipped or saved as a bound, not the publication', () => {
    const text = ['Ridgeline Review', '', 'Clipped from ridgelinereview.in · 11 Jul 2017', '', 'Doklam: Why Beijing keeps talking about 1962', '', 'China’s foreign ministry has been unusually busy this week, its spokespersons pressing Beijing’s case every day since Monday.'].join('\n')
    const classified = classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER)
    expect([classified.printedDate, classified.changedBy]).toEqual([null, '2017-07-11'])
  })

  it('drops the live blogs listed under "Related live coverage"', () => {
    const text = "Pence in Ankara as Turkey's offensive enters ninth day\n\nPence and Pompeo met Erdogan in Ankara on Thursday, officials said.\n\nRelated live coverage\n  Brexit: Commons votes on Johnson's deal – Saturday, as it happened\n  Hong Kong protests: day 134"
    expect(classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER).text).toBe('Pence and Pompeo met Erdogan in Ankara on Thursday, officials said.')
  })

  it('drops the stories listed under "Keep reading"', () => {
    const text = "Maldives suspends three deputy ministers\n\nThe Maldives suspended three deputy ministers on Sunday over posts about Modi, officials said.\n\nKeep reading\nSri Lanka to host Indian Ocean conference in February (Dec 28, 2023)\nLakshadweep: what it takes to get there"
    expect(classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER).text).toBe('The Maldives suspended three deputy ministers on Sunday over posts about Modi, officials said.')
  })

  it('drops the stories listed under a related heading in the site’s language', () => {
    const text = "Turkish minister escorted to German border\n\nDutch police escorted the minister to the German border early on Sunday, officials said.\n\nİlgili Haberler / Related\n- Germany's Gaggenau cancels Turkish justice minister's rally (02.03.2017)\n- Dutch cabinet calls Turkish rally plan 'undesirable' (03.03.2017)"
    expect(classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER).text).toBe('Dutch police escorted the minister to the German border early on Sunday, officials said.')
  })

  it('dates a forwarded letter saved as Markdown by its own date, not by when it was mailed', () => {
    const text = '---------- Forwarded message ---------\nFrom: The Caracas Briefing <letters@caracasbriefing.news>\nDate: Wed, Feb 6, 2019 at 7:14 AM\nSubject: The Caracas Briefing: Pick a side\n\n# The Caracas Briefing\n\n**Monday, January 28, 2019** · Issue No. 112 · by Andrés Villalba\n\nGood morning. It was a weekend of deadlines, officials said.'
    const parsed = parseMarkdown('w.md', text)
    if ('error' in parsed) throw new Error(parsed.error)
    expect(classifyLines(parsed.articles[0].lines, null, NO_FOLDER).printedDate).toBe('2019-01-28')
  })

  it('re-joins hard-wrapped paragraphs', () => {
    const text = 'Wrapped headline\n\nThe foreign ministers of Russia and the United States met\nin Geneva on Friday and agreed to continue\ntalks next week, officials said.\nA new paragraph starts without a blank line.\n\nA second paragraph follows\nhere and ends.'
    expect(classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER).text).toBe(
      'The foreign ministers of Russia and the United States met in Geneva on Friday and agreed to continue talks next week, officials said.\n\nA new paragraph starts without a blank line.\n\nA second paragraph follows here and ends.',
    )
  })
  it('re-joins a word a hard-wrapped text broke at its line\'s end, not one it writes with a hyphen elsewhere', () => {
    const text = 'When the Presidential Council tried to suspend Man-\ngoush in November 2021, Dbeibah refused\nto let it. The foreign-policy file stayed with him, and\nthe two dams burst on 11 Sep-\ntember. Her foreign-\npolicy was her own.'
    expect(classifyLines(parseTxt('w.txt', text).lines, null, NO_FOLDER).text).toBe(
      'When the Presidential Council tried to suspend Mangoush in November 2021, Dbeibah refused to let it. The foreign-policy file stayed with him, and the two dams burst on 11 September. Her foreign-policy was her own.',
    )
  })
})

describe('dates a reader\'s tool gave the page', () => {
  it.each([['| Created | September 12, 2020 8:41 AM |'], ['Clipped: 2020-03-02 14:18 · Notebook: Caucasus research'], ['Source: https://pinnaclenews.example/x (accessed 2016-02-01)']])('%s is no publication date', (line) =>
    expect(parseDateLine(line)).toBeNull())
  it('reads the publication beside a save', () => expect(parseDateLine('Published 3 May 2021 | Saved 5 May 2021')?.date).toBe('2021-05-03'))
  it('reads an update labelled in the site’s own language as an update', () => expect(parseDateLine('Оновлено: 11.12.2019 16:05')?.kind).toBe('updated'))
  it('reads a "Last update:" as an update', () => expect(parseDateLine('Last update: 24 June 2019')?.kind).toBe('updated'))
})

describe('printed dates', () => {
  it.each([
    ['JANUARY 21, 2022', '2022-01-21'],
    ['Friday 22 July 2022 - 23:49', '2022-07-22'],
    ['03 November, 2021', '2021-11-03'],
    ['Xinhua) 08:06, November 04, 2021', '2021-11-04'],
    ['Published: 21 Jan 2022, 10:15 GMT', '2022-01-21'],
    ['Updated on Sept. 3, 2021 at 4:00 p.m.', '2021-09-03'],
    ['Published 2020-09-15', '2020-09-15'],
    // A machine's timestamp, with its time and offset.
    ['Published: 2023-05-29T07:45:00+03:00', '2023-05-29'],
    ['Updated: 2023-05-30T10:02:11.000Z', '2023-05-30'],
    // A Roman-numeral month, as Central and Eastern Europe writes it.
    ['Wednesday 14.III.2018 · last entry 22:55 GMT · Jump to latest', '2018-03-14'],
    ['By Reuters | Published: 21 January 2022', '2022-01-21'],
    // An East Asian paper's date, and its e-paper's edition and page beside the English one.
    ['e-Paper 2016年5月28日（土） 朝刊 1面 | Saturday, May 28, 2016 Morning edition, Page 1', '2016-05-28'],
    ['2016年5月28日', '2016-05-28'],
    // The page's age when saved, its reading time, its update: parts of the line beside its date.
    ['Henrik Aalto · 3 hrs ago · 27 August 2008', '2008-08-27'],
    ['Published 22 June 2021, 06:00 CEST · Analysis · 7 min read', '2021-06-22'],
    ['International | 13/08/2008 - 09:41 | Updated 14/08/2008 - 11:02', '2008-08-13'],
    // The page's number for the story beside its date, labelled "Publish Date".
    ['News ID: 88214 | Publish Date: Saturday 20 July 2019 - 18:45 | Politics', '2019-07-20'],
    // A count beside the date in the site's language; an update labelled in it is not the publication.
    ['Olena Hrytsenko · 10.12.2019 10:24 · Переглядів: 4817', '2019-12-10'],
    ['Publication date: 20 July 2019', '2019-07-20'],
    ['Last Updated: Jan 21, 2022 | 10:33 IST', '2022-01-21'],
    ['Last modified on Fri 21 Jan 2022 12.00 GMT', '2022-01-21'],
    // A byline's parts beside the date: a time of day, a name and the post it writes from.
    ['Published 17/10/2018 · 14:20 · Johanna Reinholt, diplomatic correspondent', '2018-10-17'],
    ['21/01/2022 14:05', '2022-01-21'],
    ['01/21/2022', '2022-01-21'],
    // Dots are day-first.
    ['09.08.2025, 10:25', '2025-08-09'],
    // Day and month either way round, on a labelled line: day first, but month first beside American time.
    ['Issued on: 09/07/2018 - 19:52 Modified: 09/07/2018 - 19:58', '2018-07-09'],
    ['Updated 09/07/2018 7:52 PM EDT', '2018-09-07'],
    // A 12-hour clock with no US zone is no sign of the month first; "Updated" after a time is a label, not a zone.
    ['Published: 07/04/2022 11:47 AM  Updated: 07/04/2022 03:20 PM', '2022-04-07'],
    // A line that is only such a date (under a byline) is the page's, day first too.
    ['07/08/2023', '2023-08-07'],
    // A byline's part, the others names and places.
    ['By Inés Carrasco and Carlos Salazar · Mexico City / Quito · Friday 24 May 2024, 09:15 CEST', '2024-05-24'],
    // A masthead parted by dashes, with the site's address.
    ['Wheatland Report - Markets & Policy - Published 2025-08-13 - wheatlandreport.ca', '2025-08-13'],
    // A newsletter's issue number beside its date.
    ['Monday, January 28, 2019 · Issue No. 112 · by Andrés Villalba', '2019-01-28'],
    // An RSS item saved as a page: its "pubDate" field.
    ['pubDate: Wed, 13 Nov 2019 23:14:00 GMT', '2019-11-13'],
    // A labelled date with its year in two digits, day first, beside its update.
    ['By Yael Ben-Ami, Diplomatic Correspondent | Published: 03.04.15, 14:12 | Updated: 05.04.15, 09:30', '2015-04-03'],
    ['By Levant Ledger staff · Published: 24.06.19, 08:02 · Last update: 24.06.19, 23:48', '2019-06-24'],
    // A paper's masthead: the weather, its edition and its links beside the day.
    ['Thursday, March 6, 2014 | Manama 24°C | Print edition | E-paper | Subscribe', '2014-03-06'],
    // A monitoring service's transcript: the broadcast's place and day under their label.
    ['Place and date of broadcast: Damascus, Monday 14 November 2011', '2011-11-14'],
    ['Air date: Sunday, 9 January 2022', '2022-01-09'],
    // A press release's head: its number, its place and its day.
    ['FOR IMMEDIATE RELEASE Ref.: FSM-EMB/PR/2022-014 · 31 May 2022', '2022-05-31'],
    ['PRESS RELEASE No. 117/SCO Samarkand, 16 September 2022', '2022-09-16'],
    ['FOR IMMEDIATE RELEASE Press Release No. 2023-0831-04 · 31 August 2023', '2023-08-31'],
    ['KENYATAAN MEDIA / MEDIA STATEMENT — FOR IMMEDIATE RELEASE Ruj.: SUKJ/UP/2008/112 · 24 May 2008', '2008-05-24'],
    // Its reference and day on a line of their own, under the release's mark.
    ['Ref.: FSM-EMB/PR/2022-014 · 31 May 2022', '2022-05-31'],
  ])('reads %j', (line, date) => expect(parseDateLine(line)?.date).toBe(date))

  it.each(['On December 17, 2021, the Russian Foreign Ministry published the draft agreements', 'The talks will resume on 29 November in Vienna', 'February 30, 2022', '12.53% of the vote', 'Talks resumed on 29 November 2021', 'Analysis · The court ruled on 24 May 2024 that the measures were not needed', 'Firmware 03.04.15 released', 'Kyiv - 12 March 2022 - The Russian army attacked', 'Date of the attack: Tuesday 15 July 2022', 'Sunday, 9 January 2022 | Accra 31°C | The leaders met', 'Press release: the ministry will announce the talks on 12 March 2024 in Doha'])(
    'does not take %j for a date line',
    (line) => expect(parseDateLine(line)).toBeNull(),
  )
})

describe('outlet from the page', () => {
  it.each([
    ['Press TV’s website can also be accessed at the following alternate addresses:', 'Press TV'],
    ['Financial Express is now available on Telegram. Click here to join our channel.', 'Financial Express'],
    ['(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest is auto-generated.)', 'Business Standard'],
    ['GENEVA, January 21. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday', 'TASS'],
    ['Talks will resume on Nov. 29, the EU’s diplomatic service announced on Wednesday, News.Az reports citing Anadolu Agency.', 'News.Az'],
    ['A State Department official told The National that the US is looking for Russia to co-operate.', 'The National'],
    ['Copyright © 2023 Example Daily. All rights reserved.', 'Example Daily'],
    ['Tehran Times © 2023 | Privacy | About us', 'Tehran Times'],
    ['© Caspian Herald 2015. Republication requires written permission.', 'Caspian Herald'],
    ['© 2025 Dawn Media Group Pvt Ltd', 'Dawn'],
    ['Copyright © HT Digital Streams Ltd. All rights reserved.', 'HT Digital Streams'],
    ['Euronews | Newsletter: Sign up for our daily news briefing. | © Copyright 2023 euronews', 'euronews'],
    ['Conditions of use | Privacy | Subscribe to The Advertiser', 'The Advertiser'],
    ['OHRID, North Macedonia, March 18 (Reuters) - Kosovo and Serbia have agreed on how to implement a plan.', 'Reuters'],
    ['WASHINGTON (AP) — President Joe Biden said on Monday that he looked forward to welcoming Sweden.', 'Associated Press'],
  ])('%j names %j', (line, outlet) => expect(outletFromLines(['Some headline', line])).toBe(outlet))

  it('names no outlet from ordinary news lines', () => {
    expect(outletFromLines(['Lavrov said the talks were useful.', 'The Kremlin is available on request, Peskov said.'])).toBeNull()
    // Crediting a wire inside the text, or a subscription offer to a newsletter, names no outlet.
    expect(outletFromLines(['Some headline', 'Kosovo and Serbia agreed, officials told Reuters (Reuters) on Sunday.', 'Subscribe to continue reading'])).toBeNull()
  })
})

const seeds = resolve(import.meta.dirname, '../../../seeds')
describe('seeds', () => {
  it('loses the paywall, see-also, Telegram, comment form and Press TV footer, keeps the news', async () => {
    const { documents } = await loadFolder(seeds)
    const all = documents.map((d) => d.text).join('\n')
    for (const gone of ['free articles', '₹', 'Smart Quarterly', 'See also', 'Telegram', 'Leave a Reply', 'alternate addresses', 'SHARE THIS ARTICLE', 'Roku', 'photo by TASS', 'Agencies contributed', 'News   /   Russia', 'syndicated feed']) expect(all).not.toContain(gone)
    const raw = (name: string) => readFileSync(join(seeds, name), 'utf8')
    const seed = (prefix: string) => documents.find((d) => d.file.startsWith(prefix))!
    expect(seed('002').text).toContain('Kremlin spokesman Dmitry Peskov on Monday confirmed the meeting will take place')
    expect(seed('003').text).toContain('“NATO has always ignored Russian interests and stayed away from a fair discussion of existing issues,” Fomin said.')
    expect(seed('004').text).toContain('Moscow has already ordered some 10,000 servicemen')
    expect(seed('004').outlet).toBe('Press TV')
    expect(seed('003').outlet).toBe('Financial Express')
    expect(seed('002').outlet).toBe('Business Standard')
    expect(seed('000').outlet).toBe('The National')
    // Every paragraph of seed 000 but the agencies line is news: all of them stay.
    const paragraphs = raw(documents.find((d) => d.file.startsWith('000'))!.file).split('\n').filter((l) => l.trim() && !/Agencies contributed/.test(l))
    for (const p of paragraphs.slice(1)) expect(seed('000').text).toContain(p.trim())
  })
})
