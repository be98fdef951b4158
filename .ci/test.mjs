#!/usr/bin/env node
// The README's test command (`npm test`): type checks, build, unit tests, end-to-end tests in Debian's
// Chromium, the packaging and security checks, and the quality floors of the pipeline on the evaluation
// corpora (when ../shared is present). Ends with one line `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const tools = join(root, '.tools/node/bin')
const env = { ...process.env, PATH: existsSync(tools) ? `${tools}:${process.env.PATH}` : process.env.PATH }
const shared = resolve(root, '../shared')
const results = join(root, 'test-results')
mkdirSync(results, { recursive: true })

// Floors: figures once reached may not be lost silently (score.mjs --require exits 1 below them).
const dev = (story) => [join(shared, 'corpora/dev', story), '', 'recall=0.95,precision=0.85,dates=0.95,duplicateRate=0.2,sourceRecall=0.9,noise=0,storyF1=1,inferred=1']
// Our own probe corpora (.ci/probes): one hundred and twenty-nine rounds of four stories written apart from the pipeline, each
// round also in one folder. Each round was scored before any change made for it.
const probe = (floors) => (story) => [join(root, '.ci/probes', story), '', floors]
const ROUND = 'recall=0.7,precision=0.9,dates=0.85,speakers=0.85,sourceRecall=0.85,noise=0,storyF1=1,published=0.9'
const floors = [
  ['seeds', `--gold ${join(shared, 'eval/seeds.gold.json')}`,
    'recall=0.95,precision=0.9,dates=0.95,speakers=0.95,duplicateRate=0.05,sourceRecall=0.95,noise=0,storyF1=1,published=1,inferred=1'],
  [join(shared, 'corpora/dev/_mixed'), '',
    'recall=0.95,precision=0.9,dates=0.95,speakers=0.95,duplicateRate=0.05,sourceRecall=0.93,noise=0,storyF1=1,published=1,inferred=1'],
  ...['abraham-accords-2020', 'black-sea-grain-deal-2022', 'iran-vienna-talks-date-2021', 'lavrov-blinken-geneva-2022'].map(dev),
  // Minsk repeats the most (0.16): the BBC's "But she added that she had 'no illusions'" after Merkel's "glimmer of hope",
  // one sentence in DW's report, is a claim of its own since a body retells only its lead.
  // Minsk's duplicates (0.19): Kerry's "He urged Russia to end its support ..." after his statement is a point of its own.
  ...['singapore-summit-2018', 'saudi-iran-beijing-2023', 'minsk-ii-2015', 'hanoi-summit-2019'].map(probe(`${ROUND},duplicateRate=0.21`)),
  [join(root, '.ci/probes/_mixed'), '', 'recall=0.85,precision=0.95,dates=0.94,speakers=0.95,duplicateRate=0.14,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  ...['istanbul-talks-2022', 'helsinki-summit-2018', 'brics-expansion-2023', 'israel-lebanon-maritime-2022'].map(probe(`${ROUND},duplicateRate=0.35`)),
  [join(root, '.ci/probes/_mixed-2'), '', 'recall=0.88,precision=0.96,dates=0.94,speakers=0.95,duplicateRate=0.23,sourceRecall=0.93,noise=0,storyF1=1,published=1,inferred=1'],
  // The third round's Paris folder dates the fewest of its items right (0.89).
  ...['israel-hamas-truce-2023', 'paris-agreement-2015', 'biden-xi-bali-2022', 'karabakh-ceasefire-2020'].map(
    probe('recall=0.8,precision=0.9,dates=0.85,speakers=0.9,duplicateRate=0.4,sourceRecall=0.85,noise=0,storyF1=1,published=0.9'),
  ),
  [join(root, '.ci/probes/_mixed-3'), '', 'recall=0.91,precision=0.95,dates=0.94,speakers=0.95,duplicateRate=0.3,sourceRecall=0.92,noise=0,storyF1=0.9,published=0.95,inferred=0.96'],
  // The fourth round's Ohrid folder misses the most (recall 0.84), Ethiopia repeats the most (duplicates 0.35).
  ...['aukus-2021', 'ethiopia-pretoria-2022', 'kosovo-serbia-ohrid-2023', 'sweden-nato-vilnius-2023'].map(
    probe('recall=0.78,precision=0.85,dates=0.88,speakers=0.85,duplicateRate=0.42,sourceRecall=0.85,noise=0,storyF1=1,published=0.9'),
  ),
  [join(root, '.ci/probes/_mixed-4'), '', 'recall=0.9,precision=0.94,dates=0.94,speakers=0.94,duplicateRate=0.32,sourceRecall=0.89,noise=0,storyF1=1,published=0.95,inferred=0.96'],
  // The fifth round's Colombia folder runs from August to November: its August report stands apart (stories F1
  // 0.75), its dates (0.83) are the lowest; its published (0.80) with New START's.
  ...['prespa-agreement-2018', 'colombia-farc-2016', 'new-start-extension-2021', 'drc-rwanda-washington-2025'].map(
    probe('recall=0.72,precision=0.92,dates=0.75,speakers=0.9,duplicateRate=0.4,sourceRecall=0.9,noise=0,storyF1=0.7,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-5'), '', 'recall=0.84,precision=0.94,dates=0.88,speakers=0.94,duplicateRate=0.24,sourceRecall=0.92,noise=0,storyF1=0.9,published=0.85,inferred=0.67'],
  // The sixth round: Iran's August report stands apart (stories 0.75), Armenia misses the most (0.83), Thailand dates
  // the fewest items right (0.86) and repeats the most (0.35).
  ...['thailand-cambodia-ceasefire-2025', 'us-iran-prisoner-swap-2023', 'camp-david-summit-2023', 'armenia-azerbaijan-washington-2025'].map(
    probe('recall=0.77,precision=0.8,dates=0.8,speakers=0.92,duplicateRate=0.4,sourceRecall=0.85,noise=0,storyF1=0.7,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-6'), '', 'recall=0.85,precision=0.86,dates=0.88,speakers=0.93,duplicateRate=0.33,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.9,inferred=0.82'],
  // The seventh round (JSON exports nested four ways, a live blog timed in GMT, a transcript): India-Pakistan misses
  // the most (0.72: the claims of one address merge into one item), Doha dates the fewest right (0.83).
  ...['us-taliban-doha-2020', 'india-pakistan-ceasefire-2025', 'jcpoa-vienna-2015', 'trump-putin-alaska-2025'].map(
    probe('recall=0.68,precision=0.82,dates=0.78,speakers=0.9,duplicateRate=0.3,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.9'),
  ),
  [join(root, '.ci/probes/_mixed-7'), '', 'recall=0.79,precision=0.87,dates=0.91,speakers=0.93,duplicateRate=0.25,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  // The eighth round (a CMS's blocks, a news API's list and JSON-LD as JSON, site headers saved as text, numeric
  // dates day first): Guyana misses the most (0.71: a declaration's points), Sudan and Ethiopia date the fewest items
  // (0.80, 0.81) and undated reports (published 0.80) right.
  ...['putin-kim-vostochny-2023', 'sudan-jeddah-talks-2023', 'guyana-venezuela-argyle-2023', 'ethiopia-eritrea-peace-2018'].map(
    probe('recall=0.66,precision=0.82,dates=0.75,speakers=0.92,duplicateRate=0.26,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-8'), '', 'recall=0.78,precision=0.89,dates=0.87,speakers=0.95,duplicateRate=0.24,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.9,inferred=0.82'],
  // The ninth round (a rich-text JSON body, a JSON Feed, a 12-hour clock beside a day-first date, follow-ups weeks
  // after their story's days): Yemen's reports span six months and make two stories (0.57), its undated analyses date
  // the fewest right (published 0.60); Yoon-Kishida's return visit two months on stands apart (0.75).
  ...['qatar-alula-declaration-2021', 'yoon-kishida-tokyo-2023', 'yemen-truce-2022', 'barbados-agreement-venezuela-2023'].map(
    probe('recall=0.8,precision=0.75,dates=0.75,speakers=0.92,duplicateRate=0.33,sourceRecall=0.88,noise=0,storyF1=0.5,published=0.55'),
  ),
  // In one folder, Yemen's reports are one story since a later group need recall only one of an earlier group's days;
  // Yoon-Kishida's undated aftermath report then goes with the return visit in May and is dated from it (dates 0.92 ->
  // 0.86, inferred 0.57 -> 0.43).
  [join(root, '.ci/probes/_mixed-9'), '', 'recall=0.87,precision=0.84,dates=0.87,speakers=0.95,duplicateRate=0.28,sourceRecall=0.92,noise=0,storyF1=0.9,published=0.8,inferred=0.53'],
  // The tenth round (a search engine's hits, a read-later export, an RSS-to-JSON response, a Content API answer): Xi's
  // undated reports are dated a week late from an analysis like them (dates 0.57), Niger's speakers read the fewest right.
  ...['xi-moscow-visit-2023', 'blinken-beijing-2023', 'niger-ecowas-2023', 'putin-pyongyang-2024'].map(
    probe('recall=0.78,precision=0.88,dates=0.52,speakers=0.78,duplicateRate=0.31,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.55'),
  ),
  [join(root, '.ci/probes/_mixed-10'), '', 'recall=0.85,precision=0.91,dates=0.91,speakers=0.91,duplicateRate=0.22,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.9,inferred=0.82'],
  // The eleventh round (an Arc XP story, a GraphQL answer, an Apple News document, a newsletter campaign): each story's
  // gold leaves out minor items the pipeline finds (precision understated), and Iran's undated reports are the hardest to date.
  ...['canada-india-nijjar-2023', 'ecuador-mexico-embassy-2024', 'biden-putin-geneva-2021', 'iran-pakistan-strikes-2024'].map(
    probe('recall=0.8,precision=0.5,dates=0.7,speakers=0.85,duplicateRate=0.47,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-11'), '', 'recall=0.92,precision=0.62,dates=0.88,speakers=0.93,duplicateRate=0.4,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.9,inferred=0.9'],
  // The twelfth round (Drupal JSON:API, Ghost, Sanity Portable Text and Diffbot exports, a UTF-16 file, a ministry's Q/A
  // briefing, stories told over months): Lithuania's undated December report is dated from January's analysis (dates
  // 0.77, published 0.80), Spain repeats the most (0.41) and traces the fewest sources (0.83).
  ...['us-cuba-thaw-2014', 'lithuania-china-taiwan-office-2021', 'spain-morocco-western-sahara-2022', 'philippines-china-second-thomas-shoal-2024'].map(
    probe('recall=0.85,precision=0.8,dates=0.7,speakers=0.9,duplicateRate=0.47,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-12'), '', 'recall=0.96,precision=0.85,dates=0.83,speakers=0.95,duplicateRate=0.38,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.9,inferred=0.9'],
  // The thirteenth round (Strapi, Prismic, Storyblok and Substack exports, a windows-1253 page, an ISO-8859-1 and a UTF-16BE
  // file, a joint press conference's transcript): Greece's report of the Ankara visit five months on stands as a story of its
  // own (stories 0.75), and the Sydney Morning Herald's undated report of 20 November is put on 11 December (published 0.80).
  ...['albanese-beijing-2023', 'greece-turkey-athens-2023', 'macron-china-2023', 'erdogan-cairo-2024'].map(
    probe('recall=0.78,precision=0.84,dates=0.72,speakers=0.95,duplicateRate=0.34,sourceRecall=0.78,noise=0,storyF1=0.7,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-13'), '', 'recall=0.85,precision=0.88,dates=0.91,speakers=0.95,duplicateRate=0.28,sourceRecall=0.83,noise=0,storyF1=0.9,published=0.95,inferred=0.96'],
  // The fourteenth round (a Notion page, a Zotero CSL-JSON record, a Feedly entry and a Readwise export, a KOI8-R page, a live
  // blog, follow-ups weeks on): GERD's talks run from January to March and make two stories (0.57) and repeat the most (0.52),
  // Khashoggi's follow-up six weeks on stands apart (0.75), Modi's live blog's claims of one speech join (recall 0.75).
  // Kerch's precision is 53/70 = 0.757 since a second verb after "and" speaks for its clause's subject (recall 0.97 -> 1.00).
  ...['kerch-strait-2018', 'khashoggi-row-2018', 'gerd-washington-2020', 'modi-state-visit-2023'].map(
    probe('recall=0.72,precision=0.74,dates=0.82,speakers=0.9,duplicateRate=0.55,sourceRecall=0.86,noise=0,storyF1=0.55,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-14'), '', 'recall=0.85,precision=0.81,dates=0.88,speakers=0.94,duplicateRate=0.31,sourceRecall=0.89,noise=0,storyF1=0.83,published=0.9,inferred=0.88'],
  // The fifteenth round (a Firestore document, an Instapaper list, a Pocket export, an agency's content API item, a CMS of
  // Unix seconds; ISO-8859-1, UTF-16LE and CRLF files; a backwards live blog; a follow-up four weeks on): Syria's live blog
  // (MBS's words, the emir's early exit, the Jeddah Declaration) and the Cairo vote's contact committee are missed (recall
  // 0.82); Colombia "asked" Interpol to examine the laptops, a request no verb list reads; Abe's call is six items under a
  // gold of three loose keys.
  ...['andean-crisis-2008', 'comfort-women-deal-2015', 'gambia-ecowas-2017', 'syria-arab-league-2023'].map(
    probe('recall=0.78,precision=0.78,dates=0.82,speakers=0.85,duplicateRate=0.38,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75'),
  ),
  [join(root, '.ci/probes/_mixed-15'), '', 'recall=0.89,precision=0.83,dates=0.88,speakers=0.92,duplicateRate=0.34,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  // The sixteenth round (news-please, trafilatura, ActivityStreams and Omnivore JSON, Hugo's TOML front matter, a compact
  // pubdate meta, a Roman-numeral month; windows-1252 without a charset, UTF-16BE, CR-only lines; seven undated files): the
  // gold holds true items the reports tell beside its own (Çavuşoğlu's call, Dvorkovich, the Krasnodar detentions), so
  // precision stays near 0.8; Galwan's five-point consensus and a split quote's second half are still missed.
  ...['turkey-russia-jet-2015', 'honduras-coup-oas-2009', 'skripal-expulsions-2018', 'galwan-india-china-2020'].map(
    probe('recall=0.82,precision=0.72,dates=0.8,speakers=0.85,duplicateRate=0.33,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.9'),
  ),
  [join(root, '.ci/probes/_mixed-16'), '', 'recall=0.92,precision=0.78,dates=0.87,speakers=0.88,duplicateRate=0.26,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  // The seventeenth round (Feedly, Inoreader, Readwise Reader, newspaper3k and Mercury JSON, Obsidian and Joplin clips, an
  // AMP page, a Firefox Reader View save; ISO-8859-1 and windows-1251 declared by http-equiv, a BOM, CRLF; six undated
  // files). Georgia's Joplin clip names only weekdays that fit two weeks of the story (it takes the later), so its dates
  // stay near 0.6; Pelosi's gold keys are loose ("Taiwan|Taipei"), so its duplicates read high.
  ...['ryanair-belarus-2021', 'pelosi-taiwan-2022', 'canada-saudi-row-2018'].map(
    probe('recall=0.78,precision=0.78,dates=0.85,speakers=0.95,duplicateRate=0.37,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.95'),
  ),
  probe('recall=0.85,precision=0.8,dates=0.67,speakers=0.95,duplicateRate=0.36,sourceRecall=0.95,noise=0,storyF1=0.95,published=0.75')('georgia-ceasefire-2008'),
  [join(root, '.ci/probes/_mixed-17'), '', 'recall=0.88,precision=0.81,dates=0.84,speakers=0.95,duplicateRate=0.35,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.9,inferred=0.9'],
  // The eighteenth round (an Elasticsearch hit list, NewsAPI, Wallabag, Ghost, a lone JSON-LD file, a Mastodon thread, a
  // Notion export, a print page, an AMP cache page; windows-1250, UTF-16LE, NFD accents, mixed line ends). The DMZ story's
  // analysis three weeks on names weekdays that fit two weeks (it takes the earlier), so its dates stay near 0.7.
  ...['jcpoa-withdrawal-2018', 'serbia-kosovo-washington-2020', 'iran-saudi-rupture-2016'].map(
    probe('recall=0.76,precision=0.84,dates=0.82,speakers=0.93,duplicateRate=0.33,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95'),
  ),
  probe('recall=0.78,precision=0.88,dates=0.65,speakers=0.86,duplicateRate=0.34,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('trump-kim-dmz-2019'),
  [join(root, '.ci/probes/_mixed-18'), '', 'recall=0.84,precision=0.87,dates=0.82,speakers=0.93,duplicateRate=0.29,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.9,inferred=0.9'],
  // The nineteenth round (a Reddit listing, a newspaper API's docs, RSS as JSON, a Pocket article view, a forwarded
  // newsletter, Logseq and pandoc headers, a Medium page, a Japanese e-paper; Shift_JIS, UTF-16BE, ISO-8859-9 under a
  // utf-8 meta). Hiroshima's undated reports sit in one story with a December report on Pearl Harbor, and the Qatar
  // story's July reports form a story of their own, so their dates and grouping stay low.
  ...['south-china-sea-ruling-2016', 'turkey-israel-deal-2016'].map(
    probe('recall=0.85,precision=0.74,dates=0.6,speakers=0.86,duplicateRate=0.31,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75'),
  ),
  probe('recall=0.87,precision=0.75,dates=0.92,speakers=0.95,duplicateRate=0.22,sourceRecall=0.93,noise=0,storyF1=0.55,published=0.95')('qatar-blockade-2017'),
  // Hiroshima's e-paper is dated now (by the line above its headline), and the three May reports are one story; an undated
  // report of the G7 summit sits with the December one on Pearl Harbor, so its story F1 is 0.57 (0.75 when all undated
  // reports sat with December and the dates were 0.43).
  probe('recall=0.79,precision=0.85,dates=0.66,speakers=0.95,duplicateRate=0.32,sourceRecall=0.9,noise=0,storyF1=0.52,published=0.75')('obama-hiroshima-2016'),
  [join(root, '.ci/probes/_mixed-19'), '', 'recall=0.87,precision=0.8,dates=0.83,speakers=0.95,duplicateRate=0.25,sourceRecall=0.92,noise=0,storyF1=0.82,published=0.9,inferred=0.91'],
  // The twentieth round (MHTML, JSON Lines, SingleFile and Wayback captures, Google Docs and Word HTML; Big5, EUC-KR,
  // ISO-8859-7, windows-1256, HTML entities throughout). Honduras's two undated reports (a Google Doc of a news story, a
  // newsletter weeks on) take days their weekdays fit a week off, so its dates and publication stay low.
  ...['stena-impero-seizure-2019', 'panmunjom-summit-2018', 'crans-montana-cyprus-2017'].map(
    probe('recall=0.79,precision=0.72,dates=0.7,speakers=0.95,duplicateRate=0.35,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75'),
  ),
  probe('recall=0.96,precision=0.83,dates=0.77,speakers=0.95,duplicateRate=0.3,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('honduras-taiwan-switch-2023'),
  [join(root, '.ci/probes/_mixed-20'), '', 'recall=0.92,precision=0.79,dates=0.81,speakers=0.95,duplicateRate=0.29,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.85,inferred=0.71'],
  // The twenty-first round (an e-mail newsletter, MarkDownload, a printer page, Substack, Miniflux, FreshRSS, Diffbot, Bear
  // and Apple Notes; ISO-8859-2, EUC-JP, KOI8-U, Mac Roman, GB18030). The Solomon Islands story's May and June reports,
  // dated right now, form a story apart from April's (0.57); the Poland live blog is put a week early.
  probe('recall=0.93,precision=0.85,dates=0.63,speakers=0.9,duplicateRate=0.22,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('poland-belarus-border-2021'),
  probe('recall=0.96,precision=0.87,dates=0.91,speakers=0.95,duplicateRate=0.32,sourceRecall=0.86,noise=0,storyF1=0.55,published=0.75')('solomon-islands-china-pact-2022'),
  probe('recall=0.9,precision=0.84,dates=0.79,speakers=0.95,duplicateRate=0.18,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.55')('japan-korea-export-curbs-2019'),
  // Duplicates 0.32 -> 0.34: "Zelensky himself called the result “very little”", a week on, is now his statement (a name with its
  // reflexive speaks), apart from the same words of the summit's night.
  probe('recall=0.81,precision=0.86,dates=0.74,speakers=0.95,duplicateRate=0.34,sourceRecall=0.73,noise=0,storyF1=0.95,published=0.75')('normandy-paris-summit-2019'),
  [join(root, '.ci/probes/_mixed-21'), '', 'recall=0.9,precision=0.85,dates=0.76,speakers=0.93,duplicateRate=0.26,sourceRecall=0.85,noise=0,storyF1=0.88,published=0.7,inferred=0.34'],
  // The twenty-second round (a Telegram channel export, the WordPress REST API, Google News RSS, Pocket, Evernote, Outlook
  // HTML, a Zotero snapshot; Shift_JIS with no declaration, TIS-620, windows-1253, windows-1255, a UTF-8 BOM with CRLF). The
  // Evernote report of the ICJ ruling, undated, is put on the day of the newsletter weeks later that it is most like.
  probe('recall=0.86,precision=0.86,dates=0.73,speakers=0.87,duplicateRate=0.28,sourceRecall=0.96,noise=0,storyF1=0.95,published=0.95')('iran-nuclear-lausanne-2015'),
  probe('recall=0.87,precision=0.92,dates=0.8,speakers=0.86,duplicateRate=0.39,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('bolivia-morales-mexico-asylum-2019'),
  probe('recall=0.89,precision=0.96,dates=0.81,speakers=0.95,duplicateRate=0.26,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.75')('chile-bolivia-icj-2018'),
  probe('recall=0.96,precision=0.96,dates=0.95,speakers=0.95,duplicateRate=0.35,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('japan-russia-kuril-talks-2019'),
  [join(root, '.ci/probes/_mixed-22'), '', 'recall=0.89,precision=0.92,dates=0.81,speakers=0.91,duplicateRate=0.32,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.9,inferred=0.84'],
  // The twenty-third round (Joplin, Obsidian Web Clipper, Notion, Instapaper, Omnivore, Feedly, Inoreader, NewsAPI, Ghost,
  // Firefox and lynx text, archive.today, AMP; UTF-16LE, windows-1254 and KOI8-R with no declaration, windows-1250,
  // ISO-8859-15, UTF-8 under an iso-8859-1 meta). The NewsAPI file keeps its full text outside the article, so only its
  // summary is read (Turkey's sources).
  probe('recall=0.89,precision=0.9,dates=0.79,speakers=0.89,duplicateRate=0.3,sourceRecall=0.66,noise=0,storyF1=0.95,published=0.95')('turkey-netherlands-rally-row-2017'),
  // Vrbětice: Hamáček's words of 17 April, which one report quotes and another tells ("when Babiš and Hamáček announced ..."),
  // are now one item, which the gold's announcement takes, so its quotation counts as missed (recall 0.90 -> 0.86).
  probe('recall=0.83,precision=0.82,dates=0.89,speakers=0.84,duplicateRate=0.39,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('czech-russia-vrbetice-expulsions-2021'),
  probe('recall=0.92,precision=0.85,dates=0.95,speakers=0.95,duplicateRate=0.27,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.95')('eu-turkey-migrant-deal-2016'),
  probe('recall=0.87,precision=0.95,dates=0.8,speakers=0.91,duplicateRate=0.3,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('venezuela-guaido-recognition-2019'),
  [join(root, '.ci/probes/_mixed-23'), '', 'recall=0.87,precision=0.89,dates=0.85,speakers=0.91,duplicateRate=0.31,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  // The twenty-fourth round (mbox, RTF, Evernote .enex, RSS .xml, Google Keep, Raindrop and Pinboard bookmarks, Firefox Reader
  // View, Logseq and Dendron; windows-1251 and GBK with no declaration, UTF-16BE without BOM, ISO-8859-9, windows-1257). A
  // mailbox's letters are articles of their own ('name.mbox#2'), which the gold, one article a file, cannot match: its
  // publication and story count as missed, and the letters on other subjects (a campaign-finance bill) cost precision.
  probe('recall=0.87,precision=0.7,dates=0.76,speakers=0.83,duplicateRate=0.26,sourceRecall=0.68,noise=1,storyF1=0.7,published=0.75')('hainan-spy-plane-2001'),
  probe('recall=0.91,precision=0.87,dates=0.79,speakers=0.9,duplicateRate=0.24,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.75')('russia-ukraine-gas-cutoff-2009'),
  // Zurich: the Caucasus Monitor, now dated the Sunday before the match "on Wednesday, October 14" it looks ahead to (12 October,
  // not 17), tells the silent signing on its true day, where the Alpine Times (dated a day early: "last night") puts it on the
  // 9th; the two merge there and the gold's delayed ceremony is missed (recall 0.87 -> 0.80), while dates rise 0.77 -> 1.00.
  probe('recall=0.76,precision=0.84,dates=0.95,speakers=0.95,duplicateRate=0.42,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.95')('armenia-turkey-zurich-protocols-2009'),
  probe('recall=0.9,precision=0.83,dates=0.92,speakers=0.95,duplicateRate=0.37,sourceRecall=0.71,noise=0,storyF1=0.7,published=0.75')('yeonpyeong-shelling-2010'),
  [join(root, '.ci/probes/_mixed-24'), '', 'recall=0.88,precision=0.81,dates=0.84,speakers=0.92,duplicateRate=0.33,sourceRecall=0.82,noise=1,storyF1=0.84,published=0.8,inferred=0.84'],
  // The twenty-fifth round (Wallabag, a Zotero snapshot, Word's filtered HTML, OneNote .mht, Telegram, Mastodon, an e-mail
  // digest, TOML front matter, Google News RSS, Blogger, an Apple News share; windows-1256 and Shift_JIS with no declaration,
  // ISO-8859-8, windows-1258, a UTF-8 BOM under a wrong meta), floors at today's figures less a margin. A saved feed's
  // items are articles of their own ('name.rss#3'), which the gold, one article a file, cannot match (EU–China's story
  // and sources); the Iranian drone story's undated reports are put a week or more late.
  probe('recall=0.92,precision=0.89,dates=0.67,speakers=0.92,duplicateRate=0.33,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.55')('iran-us-drone-shootdown-2019'),
  probe('recall=0.88,precision=0.82,dates=0.95,speakers=0.78,duplicateRate=0.35,sourceRecall=0.67,noise=0,storyF1=0.95,published=0.75')('kenya-somalia-maritime-icj-2021'),
  probe('recall=0.83,precision=0.87,dates=0.95,speakers=0.73,duplicateRate=0.26,sourceRecall=0.67,noise=0,storyF1=0.7,published=0.55')('eu-china-investment-deal-2020'),
  probe('recall=0.85,precision=0.93,dates=0.71,speakers=0.95,duplicateRate=0.22,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('ethiopia-sudan-al-fashaga-2020'),
  [join(root, '.ci/probes/_mixed-25'), '', 'recall=0.89,precision=0.88,dates=0.76,speakers=0.88,duplicateRate=0.3,sourceRecall=0.8,noise=0,storyF1=0.9,published=0.65,inferred=0.46'],
  // The twenty-sixth to twenty-ninth rounds test the text, not the formats: plain text in the dev corpora's style, HTML,
  // Markdown and JSON, one windows-1252 text and one ISO-8859-1 page (rounds 28 and 29 plain text only). Floors at today's
  // figures less a margin. The twenty-sixth: Kim Jong-nam 2017, the Kaesong liaison office 2020, the Algeria-Morocco rupture
  // 2021, the Kordahi row 2021; Algeria's sources call Algeria's official "Algeria" where the gold names the minister.
  probe('recall=0.93,precision=0.85,dates=0.69,speakers=0.95,duplicateRate=0.23,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.55')('kim-jong-nam-malaysia-2017'),
  probe('recall=0.96,precision=0.82,dates=0.76,speakers=0.9,duplicateRate=0.34,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('kaesong-liaison-office-2020'),
  probe('recall=0.96,precision=0.88,dates=0.9,speakers=0.78,duplicateRate=0.3,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.95')('algeria-morocco-rupture-2021'),
  probe('recall=0.92,precision=0.88,dates=0.95,speakers=0.9,duplicateRate=0.26,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('lebanon-gulf-kordahi-2021'),
  [join(root, '.ci/probes/_mixed-26'), '', 'recall=0.94,precision=0.85,dates=0.81,speakers=0.89,duplicateRate=0.28,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.8,inferred=0.59'],
  // The twenty-seventh: Mali and France 2022, the Sochi Idlib memorandum 2018, Abhinandan 2019, Zaghari-Ratcliffe 2022.
  probe('recall=0.9,precision=0.75,dates=0.95,speakers=0.95,duplicateRate=0.37,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.95')('mali-france-ambassador-2022'),
  probe('recall=0.96,precision=0.92,dates=0.91,speakers=0.9,duplicateRate=0.36,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.95')('sochi-idlib-memorandum-2018'),
  probe('recall=0.9,precision=0.89,dates=0.95,speakers=0.95,duplicateRate=0.24,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('abhinandan-release-2019'),
  probe('recall=0.9,precision=0.9,dates=0.88,speakers=0.86,duplicateRate=0.25,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.95')('zaghari-ratcliffe-release-2022'),
  [join(root, '.ci/probes/_mixed-27'), '', 'recall=0.92,precision=0.86,dates=0.93,speakers=0.92,duplicateRate=0.31,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  // The twenty-eighth: the attack on Azerbaijan's embassy in Tehran 2023, the Poland-Ukraine grain row 2023, the
  // India-Maldives row 2024, the Karabakh offensive 2023. Two undated reports of the grain row and one of the embassy attack
  // take the day of the report they are most like (published 0.60).
  probe('recall=0.9,precision=0.78,dates=0.89,speakers=0.86,duplicateRate=0.55,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('iran-azerbaijan-embassy-attack-2023'),
  probe('recall=0.9,precision=0.84,dates=0.71,speakers=0.95,duplicateRate=0.35,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.95')('poland-ukraine-grain-row-2023'),
  probe('recall=0.84,precision=0.87,dates=0.86,speakers=0.86,duplicateRate=0.32,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.95')('india-maldives-row-2024'),
  probe('recall=0.91,precision=0.92,dates=0.75,speakers=0.95,duplicateRate=0.42,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('karabakh-offensive-2023'),
  [join(root, '.ci/probes/_mixed-28'), '', 'recall=0.89,precision=0.85,dates=0.77,speakers=0.91,duplicateRate=0.43,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.8,inferred=0.59'],
  // The twenty-ninth: the Scarborough Shoal standoff 2012, the Stockholm Quran burning 2023, the Gabon coup 2023, the Banjska
  // attack 2023. Scarborough's banana-import report, weeks later, forms a story of its own.
  probe('recall=0.85,precision=0.75,dates=0.91,speakers=0.87,duplicateRate=0.27,sourceRecall=0.87,noise=0,storyF1=0.7,published=0.75')('scarborough-shoal-standoff-2012'),
  probe('recall=0.92,precision=0.8,dates=0.87,speakers=0.89,duplicateRate=0.39,sourceRecall=0.89,noise=1,storyF1=0.95,published=0.95')('turkey-sweden-quran-burning-2023'),
  probe('recall=0.92,precision=0.81,dates=0.69,speakers=0.78,duplicateRate=0.36,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.75')('gabon-coup-2023'),
  probe('recall=0.79,precision=0.83,dates=0.83,speakers=0.88,duplicateRate=0.3,sourceRecall=0.85,noise=1,storyF1=0.95,published=0.95')('kosovo-banjska-attack-2023'),
  [join(root, '.ci/probes/_mixed-29'), '', 'recall=0.87,precision=0.79,dates=0.83,speakers=0.86,duplicateRate=0.34,sourceRecall=0.85,noise=2,storyF1=0.9,published=0.85,inferred=0.71'],
  // The thirtieth and thirty-first rounds: plain text in the dev corpora's style, one windows-1252 file. The thirtieth: the
  // Chinese balloon 2023, the Kosovo licence-plate row 2022, the Griner-Bout swap 2022, the Mexico-Peru row 2022. Griner's
  // August and January reports form a story apart from December's (stories 0.57); a Peru live blog keeps its "Actualizado"
  // (updated) date, two days after the day it tells. Its entries had taken the day one of them names ("Congress voted on
  // Tuesday, 20 December"), right by chance; a live blog's entries now take the blog's day (Peru's dates 0.88 -> 0.77).
  probe('recall=0.89,precision=0.89,dates=0.74,speakers=0.95,duplicateRate=0.21,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('us-china-balloon-2023'),
  probe('recall=0.74,precision=0.85,dates=0.92,speakers=0.91,duplicateRate=0.24,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.95')('serbia-kosovo-license-plates-2022'),
  probe('recall=0.86,precision=0.88,dates=0.81,speakers=0.95,duplicateRate=0.2,sourceRecall=0.85,noise=1,storyF1=0.95,published=0.75')('griner-bout-swap-2022'),
  // Recall 0.8 -> 0.76: Boluarte's "In a televised address in the early hours of Monday she said she would send Congress a bill" is
  // now her statement (the pronoun after a day masked out), which the gold holds as an event.
  probe('recall=0.76,precision=0.88,dates=0.83,speakers=0.95,duplicateRate=0.31,sourceRecall=0.85,noise=1,storyF1=0.95,published=0.75')('mexico-peru-castillo-row-2022'),
  [join(root, '.ci/probes/_mixed-30'), '', 'recall=0.82,precision=0.87,dates=0.83,speakers=0.94,duplicateRate=0.25,sourceRecall=0.88,noise=2,storyF1=0.9,published=0.85,inferred=0.71'],
  // The thirty-first: the Fukushima seafood ban 2023, the Polish Holocaust law row 2018, Tsai-McCarthy and the Joint Sword drills
  // 2023, the Evros border standoff 2020.
  probe('recall=0.92,precision=0.91,dates=0.86,speakers=0.95,duplicateRate=0.37,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('japan-china-seafood-ban-2023'),
probe('recall=0.88,precision=0.87,dates=0.95,speakers=0.95,duplicateRate=0.25,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('israel-poland-holocaust-law-2018'),
  probe('recall=0.86,precision=0.9,dates=0.95,speakers=0.95,duplicateRate=0.42,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.95')('tsai-mccarthy-drills-2023'),
  probe('recall=0.91,precision=0.91,dates=0.81,speakers=0.9,duplicateRate=0.23,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('greece-turkey-border-migrants-2020'),
  [join(root, '.ci/probes/_mixed-31'), '', 'recall=0.89,precision=0.9,dates=0.88,speakers=0.93,duplicateRate=0.31,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.9,inferred=0.84'],
  // The thirty-second and thirty-third rounds: plain text in the dev corpora's style, one windows-1252 file. The thirty-second:
  // the Black Sea grain deal 2022 (a story of the same name is in the dev corpora; these are other reports), the OPEC+ cut
  // and the US-Saudi row 2022, Australia-China barley 2020, Otto Warmbier 2017. The grain deal's July and October reports
  // form two stories (0.57); Warmbier's two undated reports are put five and two days off (published 0.60).
  // Published 0.75 -> 0.55: an undated report's days long past no longer hold it apart from its story, which joins the live
  // page of Monday 31 October to the July and August reports (stories 0.57 -> 0.75); from their days the page is put on the
  // Saturday it names in full, two days early.
  probe('recall=0.96,precision=0.86,dates=0.9,speakers=0.95,duplicateRate=0.31,sourceRecall=0.94,noise=0,storyF1=0.52,published=0.55')('black-sea-grain-deal-2022'),
  probe('recall=0.9,precision=0.85,dates=0.83,speakers=0.85,duplicateRate=0.37,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('opec-cut-us-saudi-2022'),
  probe('recall=0.85,precision=0.74,dates=0.89,speakers=0.95,duplicateRate=0.33,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('australia-china-barley-2020'),
  probe('recall=0.89,precision=0.92,dates=0.71,speakers=0.95,duplicateRate=0.33,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.55')('otto-warmbier-release-2017'),
  // Inferred 0.46 -> 0.32: the grain deal's live page, as above.
  [join(root, '.ci/probes/_mixed-32'), '', 'recall=0.9,precision=0.85,dates=0.83,speakers=0.93,duplicateRate=0.33,sourceRecall=0.9,noise=0,storyF1=0.87,published=0.75,inferred=0.32'],
  // The thirty-third: the US-Mexico tariff deal 2019, the Windsor Framework 2023, the MH17 verdict 2022, the Rohingya
  // repatriation deal 2017. MH17's follow-up in February dates the fewest items right (0.67); since it joined the story (stories
  // 1.00) one of its items merges into the verdict's, so recall is 0.86 (floor 0.82).
  probe('recall=0.89,precision=0.92,dates=0.75,speakers=0.89,duplicateRate=0.26,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.75')('mexico-us-tariff-deal-2019'),
  probe('recall=0.87,precision=0.83,dates=0.85,speakers=0.89,duplicateRate=0.11,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.75')('windsor-framework-2023'),
  probe('recall=0.86,precision=0.89,dates=0.63,speakers=0.88,duplicateRate=0.18,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('mh17-verdict-2022'),
  probe('recall=0.87,precision=0.94,dates=0.8,speakers=0.95,duplicateRate=0.39,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.75')('rohingya-repatriation-deal-2017'),
  [join(root, '.ci/probes/_mixed-33'), '', 'recall=0.87,precision=0.9,dates=0.76,speakers=0.9,duplicateRate=0.25,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75,inferred=0.46'],
  // The thirty-fourth and thirty-fifth rounds: plain text in the dev corpora's style; one latin-1 file, one windows-1252 and one
  // UTF-8 with a byte-order mark. The thirty-fourth: the UK-Rwanda treaty 2023, the Nord Stream sabotage 2022, the Doklam
  // standoff 2017, the INF withdrawal 2019. Doklam's two months form three stories (0.33), its undated reports a week off.
  probe('recall=0.89,precision=0.88,dates=0.68,speakers=0.9,duplicateRate=0.29,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('uk-rwanda-asylum-treaty-2023'),
  probe('recall=0.89,precision=0.9,dates=0.8,speakers=0.95,duplicateRate=0.22,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.95')('nord-stream-sabotage-2022'),
  probe('recall=0.93,precision=0.87,dates=0.69,speakers=0.84,duplicateRate=0.28,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.55')('doklam-standoff-2017'),
  probe('recall=0.87,precision=0.89,dates=0.77,speakers=0.88,duplicateRate=0.29,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.75')('inf-treaty-withdrawal-2019'),
  [join(root, '.ci/probes/_mixed-34'), '', 'recall=0.89,precision=0.89,dates=0.77,speakers=0.9,duplicateRate=0.28,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75,inferred=0.46'],
  // The thirty-fifth: Finland joins NATO 2023, the Jerusalem decision 2017, Lu Shaye's remarks 2023, the Gaza ceasefire 2021.
  // The Jerusalem analysis of 10 December is a week late.
probe('recall=0.96,precision=0.92,dates=0.83,speakers=0.89,duplicateRate=0.24,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.95')('finland-nato-accession-2023'),
  probe('recall=0.81,precision=0.93,dates=0.65,speakers=0.91,duplicateRate=0.24,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.75')('jerusalem-embassy-decision-2017'),
  probe('recall=0.87,precision=0.85,dates=0.9,speakers=0.95,duplicateRate=0.2,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.95')('lu-shaye-baltic-remarks-2023'),
  probe('recall=0.76,precision=0.92,dates=0.85,speakers=0.87,duplicateRate=0.22,sourceRecall=0.95,noise=0,storyF1=0.95,published=0.95')('israel-gaza-ceasefire-2021'),
  [join(root, '.ci/probes/_mixed-35'), '', 'recall=0.83,precision=0.91,dates=0.79,speakers=0.9,duplicateRate=0.22,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.9,inferred=0.84'],
  // The thirty-sixth: Crimea's annexation 2014, Operation Peace Spring 2019, the Soleimani strike 2020, Ukraine at Vilnius 2013.
  // Crimea's live blog is still put days late (its "eight days after Crimea voted" is told by no dated report in words enough).
probe('recall=0.83,precision=0.87,dates=0.73,speakers=0.95,duplicateRate=0.11,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.75')('crimea-annexation-2014'),
  probe('recall=0.84,precision=0.86,dates=0.89,speakers=0.85,duplicateRate=0.17,sourceRecall=0.88,noise=1,storyF1=0.95,published=0.95')('turkey-syria-peace-spring-2019'),
  probe('recall=0.88,precision=0.91,dates=0.75,speakers=0.87,duplicateRate=0.23,sourceRecall=0.95,noise=0,storyF1=0.95,published=0.95')('soleimani-strike-2020'),
  probe('recall=0.78,precision=0.89,dates=0.76,speakers=0.95,duplicateRate=0.16,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('ukraine-vilnius-summit-2013'),
  [join(root, '.ci/probes/_mixed-36'), '', 'recall=0.84,precision=0.88,dates=0.78,speakers=0.9,duplicateRate=0.18,sourceRecall=0.91,noise=1,storyF1=0.95,published=0.85,inferred=0.71'],
  // The thirty-seventh: the US-Russia diplomatic cuts 2017, the Brexit deal 2019, the AZAL crash 2024, Morocco-Israel 2020, with
  // a saved web page and a read-later Markdown file per story. Duplicates stay high (Brexit 0.42).
  probe('recall=0.9,precision=0.86,dates=0.82,speakers=0.95,duplicateRate=0.37,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.75')('us-russia-diplomatic-cuts-2017'),
  probe('recall=0.85,precision=0.86,dates=0.72,speakers=0.83,duplicateRate=0.43,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('brexit-withdrawal-deal-2019'),
  probe('recall=0.81,precision=0.69,dates=0.77,speakers=0.87,duplicateRate=0.37,sourceRecall=0.71,noise=1,storyF1=0.95,published=0.95')('azal-plane-crash-2024'),
  probe('recall=0.72,precision=0.79,dates=0.84,speakers=0.87,duplicateRate=0.3,sourceRecall=0.76,noise=1,storyF1=0.95,published=0.75')('morocco-israel-normalization-2020'),
  [join(root, '.ci/probes/_mixed-37'), '', 'recall=0.83,precision=0.81,dates=0.79,speakers=0.89,duplicateRate=0.38,sourceRecall=0.81,noise=2,storyF1=0.95,published=0.8,inferred=0.71'],
  // The thirty-eighth: the Iran interim deal 2013, the Berlin conference on Libya 2020, the Brunson sanctions 2018, Sudan's
  // transition deal 2019. Sudan's follow-up counts from "the first power-sharing breakthrough", which no dated report words alike.
  probe('recall=0.86,precision=0.91,dates=0.8,speakers=0.89,duplicateRate=0.38,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.75')('iran-nuclear-deal-interim-2013'),
  probe('recall=0.78,precision=0.87,dates=0.74,speakers=0.89,duplicateRate=0.33,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('libya-berlin-conference-2020'),
  probe('recall=0.89,precision=0.82,dates=0.74,speakers=0.9,duplicateRate=0.25,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('us-turkey-brunson-2018'),
  probe('recall=0.89,precision=0.93,dates=0.69,speakers=0.95,duplicateRate=0.4,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.55')('sudan-transition-deal-2019'),
  [join(root, '.ci/probes/_mixed-38'), '', 'recall=0.85,precision=0.88,dates=0.74,speakers=0.91,duplicateRate=0.34,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75,inferred=0.46'],
  // The thirty-ninth: fire and fury 2017, Bahrain-Israel 2020, the Colombia-Venezuela border 2015, the Japan-Korea radar row
  // 2018. A forwarded letter's mail date and a page's lone "Updated" date are still taken as the publication's.
  probe('recall=0.91,precision=0.9,dates=0.83,speakers=0.86,duplicateRate=0.29,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.55')('kim-trump-letters-fire-and-fury-2017'),
  probe('recall=0.93,precision=0.93,dates=0.88,speakers=0.86,duplicateRate=0.31,sourceRecall=0.9,noise=1,storyF1=0.95,published=0.95')('bahrain-israel-normalization-2020'),
  probe('recall=0.93,precision=0.88,dates=0.91,speakers=0.95,duplicateRate=0.23,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.75')('colombia-venezuela-border-2015'),
  probe('recall=0.89,precision=0.79,dates=0.79,speakers=0.89,duplicateRate=0.33,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('japan-south-korea-radar-2018'),
  [join(root, '.ci/probes/_mixed-39'), '', 'recall=0.91,precision=0.88,dates=0.85,speakers=0.88,duplicateRate=0.29,sourceRecall=0.9,noise=1,storyF1=0.95,published=0.75,inferred=0.46'],
  // The fortieth and forty-first rounds. The fortieth, plain text in the dev corpora's style, one windows-1252 and one UTF-16
  // file: the Houston consulate 2020, Kazakhstan and the CSTO 2022, the Leopard tanks 2023, Iran and Israel in April 2024.
  probe('recall=0.96,precision=0.86,dates=0.9,speakers=0.95,duplicateRate=0.33,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.75')('us-china-houston-consulate-2020'),
  probe('recall=0.89,precision=0.87,dates=0.88,speakers=0.89,duplicateRate=0.31,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('kazakhstan-csto-2022'),
  probe('recall=0.89,precision=0.88,dates=0.91,speakers=0.9,duplicateRate=0.24,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('germany-leopard-tanks-2023'),
  probe('recall=0.82,precision=0.85,dates=0.76,speakers=0.95,duplicateRate=0.22,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('iran-israel-april-strikes-2024'),
  [join(root, '.ci/probes/_mixed-40'), '', 'recall=0.88,precision=0.86,dates=0.86,speakers=0.92,duplicateRate=0.27,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.9,inferred=0.84'],
  // The forty-first, with a saved web page and a JSON export per story (one of them Pocket's): the Mavi Marmara 2010, Hong
  // Kong's security law 2020, the JCPOA's implementation day 2016, North Korean troops in Russia 2024. The undated export on
  // the North Korean troops is still put a week early (its weekdays fit the weeks before and after alike).
  probe('recall=0.73,precision=0.93,dates=0.87,speakers=0.81,duplicateRate=0.22,sourceRecall=0.95,noise=0,storyF1=0.95,published=0.95')('mavi-marmara-flotilla-2010'),
  probe('recall=0.79,precision=0.9,dates=0.84,speakers=0.91,duplicateRate=0.23,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('hong-kong-security-law-2020'),
  probe('recall=0.87,precision=0.91,dates=0.81,speakers=0.95,duplicateRate=0.24,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('jcpoa-implementation-prisoner-swap-2016'),
  probe('recall=0.93,precision=0.93,dates=0.69,speakers=0.91,duplicateRate=0.25,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('north-korea-troops-russia-2024'),
  [join(root, '.ci/probes/_mixed-41'), '', 'recall=0.82,precision=0.92,dates=0.8,speakers=0.89,duplicateRate=0.24,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.9,inferred=0.88'],
  // The forty-second and forty-third rounds. The forty-second, plain text, one windows-1252 and one UTF-16 file: Ukraine's EU
  // candidate status 2022, Venezuela's election 2024, Imran Khan's ouster 2022, the Senkaku purchase 2012.
  probe('recall=0.77,precision=0.76,dates=0.63,speakers=0.95,duplicateRate=0.22,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('eu-ukraine-candidate-status-2022'),
  probe('recall=0.86,precision=0.81,dates=0.78,speakers=0.83,duplicateRate=0.15,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('venezuela-election-2024'),
  probe('recall=0.84,precision=0.87,dates=0.78,speakers=0.8,duplicateRate=0.25,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('pakistan-imran-khan-ouster-2022'),
  probe('recall=0.79,precision=0.91,dates=0.82,speakers=0.9,duplicateRate=0.28,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('japan-china-senkaku-2012'),
  [join(root, '.ci/probes/_mixed-42'), '', 'recall=0.82,precision=0.84,dates=0.77,speakers=0.86,duplicateRate=0.23,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.85,inferred=0.59'],
  // The forty-third, with a saved web page, a newsletter saved from a mail program (one forwarded) and a read-later Markdown
  // file per story: the Wagner mutiny 2023, the Colombia-US deportation row 2025, South Africa's ICJ case 2024, GSOMIA 2019.
  // Duplicates stay high (Colombia-US 0.49: a row told by the hour in five outlets). Colombia-US recall 0.73 → 0.68 since
  // "Press secretary Karoline Leavitt says in a statement" names a speaker: her "The tariffs will be held in reserve, she
  // says" goes on as the same statement, which gold counts as one of its own.
  probe('recall=0.67,precision=0.96,dates=0.89,speakers=0.86,duplicateRate=0.44,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('russia-wagner-mutiny-2023'),
  probe('recall=0.69,precision=0.88,dates=0.83,speakers=0.85,duplicateRate=0.51,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('colombia-us-deportation-row-2025'),
  probe('recall=0.89,precision=0.87,dates=0.77,speakers=0.9,duplicateRate=0.31,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.75')('south-africa-icj-genocide-case-2024'),
  probe('recall=0.96,precision=0.85,dates=0.91,speakers=0.87,duplicateRate=0.34,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('japan-korea-gsomia-2019'),
  [join(root, '.ci/probes/_mixed-43'), '', 'recall=0.79,precision=0.89,dates=0.85,speakers=0.87,duplicateRate=0.4,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.8,inferred=0.71'],
  // The forty-fourth to forty-seventh rounds. The forty-fourth, plain text, one windows-1252 and one UTF-16 file: the Syrian
  // chemical weapons framework 2013, Australia's tapping of Indonesian phones 2013, Hariri's resignation from Riyadh 2017,
  // Trump and Greenland 2019.
  probe('recall=0.9,precision=0.88,dates=0.75,speakers=0.95,duplicateRate=0.29,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.75')('syria-chemical-weapons-framework-2013'),
  probe('recall=0.79,precision=0.84,dates=0.91,speakers=0.87,duplicateRate=0.26,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('australia-indonesia-phone-tapping-2013'),
  probe('recall=0.86,precision=0.89,dates=0.72,speakers=0.87,duplicateRate=0.18,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('hariri-riyadh-resignation-2017'),
  probe('recall=0.77,precision=0.86,dates=0.9,speakers=0.95,duplicateRate=0.36,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.75')('trump-greenland-denmark-2019'),
  [join(root, '.ci/probes/_mixed-44'), '', 'recall=0.84,precision=0.87,dates=0.79,speakers=0.91,duplicateRate=0.27,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.8,inferred=0.59'],
  // The forty-fifth, with a saved web page and a JSON export per story: the Cheonan 2010, the killing of Andrei Karlov 2016,
  // Myanmar's coup and ASEAN 2021, the Tawang clash 2022. The Cheonan's March and July reports stay stories of their own,
  // two months from its May reports (as does Myanmar's April analysis from its February ones).
  probe('recall=0.83,precision=0.87,dates=0.91,speakers=0.95,duplicateRate=0.24,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('cheonan-sinking-2010'),
  probe('recall=0.83,precision=0.84,dates=0.95,speakers=0.95,duplicateRate=0.34,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95')('karlov-assassination-2016'),
  probe('recall=0.74,precision=0.84,dates=0.91,speakers=0.89,duplicateRate=0.28,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('myanmar-coup-asean-2021'),
  probe('recall=0.81,precision=0.89,dates=0.95,speakers=0.88,duplicateRate=0.33,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.95')('tawang-clash-2022'),
  [join(root, '.ci/probes/_mixed-45'), '', 'recall=0.8,precision=0.86,dates=0.93,speakers=0.92,duplicateRate=0.29,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  // The forty-sixth, plain text, one windows-1252 and one UTF-16 file: Turkey's failed coup and Gulen 2016, Assange's asylum
  // 2012, Belarus's election 2020, the Oruc Reis 2020. The June wire on Assange stays apart from the August reports.
  probe('recall=0.91,precision=0.81,dates=0.69,speakers=0.91,duplicateRate=0.22,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('turkey-coup-gulen-2016'),
  probe('recall=0.79,precision=0.82,dates=0.74,speakers=0.78,duplicateRate=0.29,sourceRecall=0.85,noise=0,storyF1=0.7,published=0.95')('assange-ecuador-asylum-2012'),
  probe('recall=0.84,precision=0.87,dates=0.74,speakers=0.87,duplicateRate=0.2,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.75')('belarus-election-sanctions-2020'),
  probe('recall=0.91,precision=0.93,dates=0.64,speakers=0.91,duplicateRate=0.26,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('east-med-oruc-reis-2020'),
  [join(root, '.ci/probes/_mixed-46'), '', 'recall=0.87,precision=0.86,dates=0.7,speakers=0.88,duplicateRate=0.24,sourceRecall=0.9,noise=0,storyF1=0.9,published=0.8,inferred=0.59'],
  // The forty-seventh, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per
  // story: the NSA and Merkel's phone 2013, the G7 at Biarritz and the Amazon 2019, Bolivia's coup attempt 2024, the S-400
  // sanctions 2020. One related-story link ("Snowden's Moscow letter: the full text") still counts as noise.
  probe('recall=0.82,precision=0.84,dates=0.83,speakers=0.95,duplicateRate=0.29,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('nsa-merkel-phone-2013'),
  probe('recall=0.9,precision=0.89,dates=0.89,speakers=0.95,duplicateRate=0.3,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.55')('g7-biarritz-amazon-2019'),
  probe('recall=0.77,precision=0.82,dates=0.9,speakers=0.95,duplicateRate=0.37,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.95')('bolivia-zuniga-coup-attempt-2024'),
  probe('recall=0.91,precision=0.78,dates=0.89,speakers=0.95,duplicateRate=0.32,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('turkey-s400-caatsa-2020'),
  [join(root, '.ci/probes/_mixed-47'), '', 'recall=0.85,precision=0.84,dates=0.88,speakers=0.95,duplicateRate=0.31,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.8,inferred=0.71'],
  // The forty-eighth to fifty-first rounds. The forty-eighth, plain text, one windows-1252 and one UTF-16 file: the UN's
  // no-fly zone over Libya 2011, Kurdistan's referendum 2017, the Bali Nine executions 2015, Lula and Israel 2024.
  probe('recall=0.9,precision=0.81,dates=0.89,speakers=0.95,duplicateRate=0.3,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('libya-resolution-1973-2011'),
  probe('recall=0.89,precision=0.79,dates=0.88,speakers=0.89,duplicateRate=0.25,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.75')('iraq-kurdistan-referendum-2017'),
  probe('recall=0.87,precision=0.79,dates=0.57,speakers=0.95,duplicateRate=0.27,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('bali-nine-executions-australia-2015'),
  probe('recall=0.9,precision=0.9,dates=0.95,speakers=0.95,duplicateRate=0.33,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('brazil-israel-lula-2024'),
  [join(root, '.ci/probes/_mixed-48'), '', 'recall=0.89,precision=0.82,dates=0.82,speakers=0.93,duplicateRate=0.29,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.85,inferred=0.71'],
  // The forty-ninth, with a saved web page and a JSON export per story: the Gulf of Oman tanker attacks 2019, the Holy See's
  // deal with China on bishops 2018, the Kenyan-led mission to Haiti 2023, Bulgaria's veto on North Macedonia 2022.
  probe('recall=0.84,precision=0.84,dates=0.88,speakers=0.95,duplicateRate=0.29,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('gulf-of-oman-tanker-attacks-2019'),
  probe('recall=0.78,precision=0.82,dates=0.81,speakers=0.85,duplicateRate=0.37,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.95')('vatican-china-bishops-deal-2018'),
  probe('recall=0.83,precision=0.84,dates=0.9,speakers=0.95,duplicateRate=0.46,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.95')('kenya-haiti-mission-2023'),
  probe('recall=0.93,precision=0.75,dates=0.82,speakers=0.95,duplicateRate=0.26,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.75')('north-macedonia-bulgaria-veto-2022'),
  [join(root, '.ci/probes/_mixed-49'), '', 'recall=0.86,precision=0.81,dates=0.85,speakers=0.93,duplicateRate=0.34,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.9,inferred=0.89'],
  // The fiftieth, plain text and Markdown, CRLF files and one UTF-16 file: the world and Morsi's fall 2013, Hambantota's
  // lease 2017, the Havana health incidents 2017, the new EDCA sites 2023.
  probe('recall=0.82,precision=0.76,dates=0.79,speakers=0.95,duplicateRate=0.39,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.95')('egypt-morsi-ouster-2013'),
  probe('recall=0.96,precision=0.86,dates=0.87,speakers=0.95,duplicateRate=0.26,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('sri-lanka-hambantota-port-2017'),
  probe('recall=0.92,precision=0.79,dates=0.74,speakers=0.71,duplicateRate=0.27,sourceRecall=0.81,noise=0,storyF1=0.7,published=0.75')('us-cuba-sonic-attacks-2017'),
  probe('recall=0.92,precision=0.8,dates=0.95,speakers=0.81,duplicateRate=0.2,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('philippines-us-edca-2023'),
  [join(root, '.ci/probes/_mixed-50'), '', 'recall=0.89,precision=0.79,dates=0.83,speakers=0.84,duplicateRate=0.29,sourceRecall=0.88,noise=0,storyF1=0.9,published=0.9,inferred=0.89'],
  // The fifty-first, with a saved web page, a newsletter saved from a mail program (one forwarded, one quoted-printable) and a
  // read-later Markdown file per story: the Falklands referendum 2013, Georgia's foreign agents law 2024, the France-Algeria
  // rift 2021, THAAD 2017.
  probe('recall=0.75,precision=0.67,dates=0.84,speakers=0.95,duplicateRate=0.28,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('falklands-referendum-2013'),
  probe('recall=0.86,precision=0.81,dates=0.72,speakers=0.86,duplicateRate=0.46,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('georgia-foreign-agents-law-2024'),
  probe('recall=0.82,precision=0.89,dates=0.73,speakers=0.75,duplicateRate=0.46,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.75')('france-algeria-rift-2021'),
  probe('recall=0.96,precision=0.8,dates=0.85,speakers=0.75,duplicateRate=0.32,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('south-korea-china-thaad-2017'),
  [join(root, '.ci/probes/_mixed-51'), '', 'recall=0.85,precision=0.79,dates=0.79,speakers=0.83,duplicateRate=0.38,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.85,inferred=0.84'],
  // The fifty-second, plain text with one windows-1252 and one UTF-16 file: the UAE-Israel accord 2020, South Sudan's
  // revitalised peace 2018, the Bronze Soldier in Tallinn 2007, the India-Nepal map row 2020.
  probe('recall=0.88,precision=0.85,dates=0.86,speakers=0.91,duplicateRate=0.29,sourceRecall=0.93,noise=0,storyF1=0.52,published=0.95')('uae-israel-abraham-accords-2020'),
  probe('recall=0.89,precision=0.87,dates=0.83,speakers=0.95,duplicateRate=0.26,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.95')('south-sudan-revitalised-peace-2018'),
  probe('recall=0.78,precision=0.83,dates=0.64,speakers=0.95,duplicateRate=0.31,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.55')('estonia-bronze-soldier-2007'),
  probe('recall=0.87,precision=0.85,dates=0.81,speakers=0.95,duplicateRate=0.29,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('india-nepal-kalapani-map-2020'),
  [join(root, '.ci/probes/_mixed-52'), '', 'recall=0.85,precision=0.85,dates=0.79,speakers=0.94,duplicateRate=0.29,sourceRecall=0.88,noise=0,storyF1=0.87,published=0.8,inferred=0.59'],
  // The fifty-third, with a saved web page and a JSON export per story: Ethiopia and Somaliland's memorandum 2024, Niger
  // ending its military accord with the US 2024, Algeria suspending its treaty with Spain 2022, Vystrcil in Taiwan 2020.
  probe('recall=0.92,precision=0.83,dates=0.91,speakers=0.95,duplicateRate=0.24,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.95')('ethiopia-somaliland-port-mou-2024'),
  probe('recall=0.91,precision=0.67,dates=0.95,speakers=0.95,duplicateRate=0.2,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('niger-us-troops-withdrawal-2024'),
  probe('recall=0.9,precision=0.75,dates=0.95,speakers=0.86,duplicateRate=0.31,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.95')('spain-algeria-treaty-suspension-2022'),
  probe('recall=0.81,precision=0.86,dates=0.89,speakers=0.95,duplicateRate=0.21,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('czech-vystrcil-taiwan-2020'),
  [join(root, '.ci/probes/_mixed-53'), '', 'recall=0.89,precision=0.77,dates=0.92,speakers=0.93,duplicateRate=0.25,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95,inferred=0.96'],
  // The fifty-fourth, plain text and Markdown, CRLF files and one UTF-16 file: Raymond Davis in Lahore 2011, Kim Jong Un in
  // Beijing 2018, the Red Sea and Operation Prosperity Guardian 2023, Zelensky in the Oval Office 2025.
  probe('recall=0.87,precision=0.77,dates=0.81,speakers=0.78,duplicateRate=0.27,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.95')('us-pakistan-raymond-davis-2011'),
  probe('recall=0.87,precision=0.81,dates=0.9,speakers=0.87,duplicateRate=0.3,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('kim-jong-un-beijing-visit-2018'),
  probe('recall=0.84,precision=0.73,dates=0.58,speakers=0.85,duplicateRate=0.2,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.55')('red-sea-prosperity-guardian-2023'),
  probe('recall=0.9,precision=0.83,dates=0.92,speakers=0.87,duplicateRate=0.21,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('zelensky-oval-office-2025'),
  [join(root, '.ci/probes/_mixed-54'), '', 'recall=0.9,precision=0.78,dates=0.8,speakers=0.85,duplicateRate=0.24,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.8,inferred=0.71'],
  // The fifty-fifth, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // the Pope in Iraq 2021, the British embassy in Tehran 2011, Kosovo's independence 2008, the US and the Panama Canal 2025.
  probe('recall=0.72,precision=0.81,dates=0.9,speakers=0.87,duplicateRate=0.27,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('pope-francis-iraq-2021'),
  probe('recall=0.88,precision=0.86,dates=0.91,speakers=0.84,duplicateRate=0.21,sourceRecall=0.71,noise=0,storyF1=0.95,published=0.75')('uk-iran-embassy-storming-2011'),
  probe('recall=0.85,precision=0.82,dates=0.95,speakers=0.89,duplicateRate=0.23,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.95')('kosovo-independence-2008'),
  probe('recall=0.78,precision=0.83,dates=0.58,speakers=0.89,duplicateRate=0.21,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.55')('us-panama-canal-rubio-2025'),
  [join(root, '.ci/probes/_mixed-55'), '', 'recall=0.81,precision=0.83,dates=0.84,speakers=0.88,duplicateRate=0.24,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.8,inferred=0.76'],
  // The fifty-sixth, plain text with one windows-1252 and one UTF-16 file: the Abqaiq attack 2019, the US and Cuban
  // embassies reopened 2015, Sudan's coup 2021, the two Michaels and Meng Wanzhou 2021.
  probe('recall=0.88,precision=0.78,dates=0.77,speakers=0.86,duplicateRate=0.35,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('saudi-abqaiq-attack-2019'),
  probe('recall=0.78,precision=0.89,dates=0.82,speakers=0.82,duplicateRate=0.27,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('cuba-us-embassies-reopen-2015'),
  probe('recall=0.77,precision=0.82,dates=0.78,speakers=0.95,duplicateRate=0.34,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.55')('sudan-coup-2021'),
  probe('recall=0.8,precision=0.87,dates=0.95,speakers=0.95,duplicateRate=0.27,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('canada-china-two-michaels-2021'),
  [join(root, '.ci/probes/_mixed-56'), '', 'recall=0.81,precision=0.83,dates=0.82,speakers=0.89,duplicateRate=0.31,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.8,inferred=0.59'],
  // The fifty-seventh, with a saved web page and a JSON export per story: the Polish tribunal on EU law 2021, Nicaragua
  // leaving Taiwan for China 2021, the fall of Assad 2024, the G7 at Charlevoix 2018.
  probe('recall=0.92,precision=0.79,dates=0.78,speakers=0.95,duplicateRate=0.34,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('eu-poland-primacy-ruling-2021'),
  probe('recall=0.76,precision=0.79,dates=0.78,speakers=0.95,duplicateRate=0.34,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.75')('nicaragua-taiwan-switch-2021'),
  probe('recall=0.9,precision=0.88,dates=0.73,speakers=0.9,duplicateRate=0.38,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.75')('syria-assad-fall-2024'),
  probe('recall=0.89,precision=0.82,dates=0.84,speakers=0.9,duplicateRate=0.45,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('g7-charlevoix-2018'),
  [join(root, '.ci/probes/_mixed-57'), '', 'recall=0.88,precision=0.83,dates=0.78,speakers=0.92,duplicateRate=0.38,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.8,inferred=0.75'],
  // The fifty-eighth, plain text and Markdown, CRLF files and one UTF-16 file: the world and Catalonia 2017, the aid at
  // Cucuta 2019, the war in Tigray 2020, the Tiergarten murder 2019.
  probe('recall=0.78,precision=0.77,dates=0.65,speakers=0.87,duplicateRate=0.31,sourceRecall=0.89,noise=0,storyF1=0.52,published=0.55')('catalonia-independence-reaction-2017'),
  probe('recall=0.77,precision=0.92,dates=0.91,speakers=0.95,duplicateRate=0.29,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.95')('venezuela-aid-cucuta-2019'),
  probe('recall=0.89,precision=0.86,dates=0.88,speakers=0.84,duplicateRate=0.34,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('ethiopia-tigray-war-2020'),
  probe('recall=0.9,precision=0.75,dates=0.89,speakers=0.83,duplicateRate=0.21,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('germany-russia-tiergarten-2019'),
  [join(root, '.ci/probes/_mixed-58'), '', 'recall=0.83,precision=0.83,dates=0.82,speakers=0.87,duplicateRate=0.3,sourceRecall=0.87,noise=0,storyF1=0.87,published=0.75,inferred=0.65'],
  // The fifty-ninth, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // Putin and the BRICS summit 2023, Abe at Yasukuni 2013, Duterte and the ICC 2025, French troops leaving Burkina Faso 2023.
  probe('recall=0.91,precision=0.84,dates=0.95,speakers=0.88,duplicateRate=0.31,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.95')('south-africa-putin-brics-2023'),
  probe('recall=0.83,precision=0.84,dates=0.75,speakers=0.95,duplicateRate=0.28,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.95')('abe-yasukuni-2013'),
  probe('recall=0.8,precision=0.78,dates=0.81,speakers=0.86,duplicateRate=0.17,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('philippines-duterte-icc-2025'),
  probe('recall=0.89,precision=0.88,dates=0.87,speakers=0.95,duplicateRate=0.28,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.75')('burkina-france-troops-2023'),
  [join(root, '.ci/probes/_mixed-59'), '', 'recall=0.85,precision=0.84,dates=0.84,speakers=0.9,duplicateRate=0.27,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.9,inferred=0.89'],
  // The sixtieth, plain text with one windows-1252 and one UTF-16 file: the Abbottabad raid and Pakistan 2011, the
  // Litvinenko expulsions 2007, China's oil rig off the Paracels 2014, Morocco, Spain and Ceuta 2021.
  // The Indus Courier's "a late-night address on Sunday, declaring" was no weekday while "Sunday, dec..." read as a date; as one,
  // it puts the report in the week after Obama's address (published 0.8 -> 0.6).
  probe('recall=0.92,precision=0.85,dates=0.76,speakers=0.76,duplicateRate=0.34,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.55')('pakistan-us-abbottabad-raid-2011'),
  probe('recall=0.84,precision=0.82,dates=0.85,speakers=0.87,duplicateRate=0.26,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.95')('uk-russia-litvinenko-expulsions-2007'),
  probe('recall=0.89,precision=0.83,dates=0.76,speakers=0.95,duplicateRate=0.46,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('vietnam-china-oil-rig-2014'),
  probe('recall=0.82,precision=0.83,dates=0.83,speakers=0.95,duplicateRate=0.29,sourceRecall=0.82,noise=0,storyF1=0.7,published=0.95')('morocco-spain-ceuta-2021'),
  [join(root, '.ci/probes/_mixed-60'), '', 'recall=0.87,precision=0.83,dates=0.8,speakers=0.87,duplicateRate=0.35,sourceRecall=0.84,noise=0,storyF1=0.9,published=0.85,inferred=0.57'],
  // The sixty-first, with a saved web page and a JSON export per story: the Ankara prisoner swap 2024, Spain, Ireland and
  // Norway recognising Palestine 2024, Regeni and the rift between Italy and Egypt 2016, the Israel-Hezbollah ceasefire 2024.
  probe('recall=0.84,precision=0.79,dates=0.81,speakers=0.87,duplicateRate=0.2,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('us-russia-ankara-prisoner-swap-2024'),
  probe('recall=0.86,precision=0.8,dates=0.95,speakers=0.95,duplicateRate=0.36,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.95')('palestine-recognition-spain-ireland-norway-2024'),
  probe('recall=0.73,precision=0.8,dates=0.91,speakers=0.95,duplicateRate=0.32,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('egypt-italy-regeni-2016'),
  probe('recall=0.83,precision=0.76,dates=0.87,speakers=0.89,duplicateRate=0.25,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('lebanon-israel-ceasefire-2024'),
  [join(root, '.ci/probes/_mixed-61'), '', 'recall=0.81,precision=0.79,dates=0.89,speakers=0.92,duplicateRate=0.29,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.9,inferred=0.88'],
  // The sixty-second, plain text and Markdown, CRLF files and one UTF-16 file: flight PS752 2020, France recalling its
  // ambassador from Rome 2019, the Vandecasteele-Assadi swap 2023, the US-China tariff truce in Geneva 2025.
  probe('recall=0.78,precision=0.83,dates=0.74,speakers=0.95,duplicateRate=0.29,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.55')('iran-ps752-shootdown-2020'),
  probe('recall=0.83,precision=0.82,dates=0.75,speakers=0.87,duplicateRate=0.35,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('italy-france-ambassador-recall-2019'),
  probe('recall=0.82,precision=0.76,dates=0.9,speakers=0.95,duplicateRate=0.35,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.55')('belgium-iran-prisoner-swap-2023'),
  probe('recall=0.87,precision=0.79,dates=0.67,speakers=0.81,duplicateRate=0.27,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('us-china-geneva-tariff-truce-2025'),
  [join(root, '.ci/probes/_mixed-62'), '', 'recall=0.82,precision=0.8,dates=0.75,speakers=0.89,duplicateRate=0.31,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.65,inferred=0.5'],
  // The sixty-third, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // the world and martial law in Seoul 2024, Snowden in Moscow 2013, Rasool expelled from Washington 2025, the Israel-Iran war 2025.
  probe('recall=0.79,precision=0.83,dates=0.87,speakers=0.95,duplicateRate=0.32,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.95')('south-korea-martial-law-reaction-2024'),
  probe('recall=0.88,precision=0.8,dates=0.53,speakers=0.91,duplicateRate=0.26,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.55')('snowden-asylum-russia-2013'),
  probe('recall=0.9,precision=0.86,dates=0.6,speakers=0.86,duplicateRate=0.38,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('us-south-africa-rasool-expulsion-2025'),
  probe('recall=0.86,precision=0.84,dates=0.74,speakers=0.87,duplicateRate=0.25,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.75')('israel-iran-june-war-2025'),
  [join(root, '.ci/probes/_mixed-63'), '', 'recall=0.86,precision=0.83,dates=0.68,speakers=0.9,duplicateRate=0.29,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.7,inferred=0.65'],
  // The sixty-fourth, plain text with one windows-1252 and one UTF-16 file: Koizumi in Pyongyang 2002, the US sailors held
  // by Iran 2016, the Danish embassies and the cartoons 2006, the trawler captain off the Senkakus 2010.
  probe('recall=0.92,precision=0.9,dates=0.71,speakers=0.89,duplicateRate=0.39,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('japan-north-korea-koizumi-pyongyang-2002'),
  probe('recall=0.8,precision=0.75,dates=0.9,speakers=0.87,duplicateRate=0.24,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.95')('iran-us-navy-sailors-detained-2016'),
  probe('recall=0.87,precision=0.79,dates=0.74,speakers=0.9,duplicateRate=0.34,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('denmark-cartoons-embassies-2006'),
  probe('recall=0.79,precision=0.7,dates=0.74,speakers=0.87,duplicateRate=0.37,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('china-japan-trawler-captain-2010'),
  [join(root, '.ci/probes/_mixed-64'), '', 'recall=0.84,precision=0.79,dates=0.77,speakers=0.89,duplicateRate=0.34,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.8,inferred=0.59'],
  // The sixty-fifth, with a saved web page and a JSON export per story: Pena Nieto calling off his visit 2017, the Bundestag on
  // the Armenian genocide 2016, Sweden, Saudi Arabia and Wallstrom 2015, Modi and Xi at Wuhan 2018.
  probe('recall=0.77,precision=0.74,dates=0.95,speakers=0.87,duplicateRate=0.28,sourceRecall=0.95,noise=0,storyF1=0.95,published=0.95')('mexico-trump-wall-visit-cancelled-2017'),
  probe('recall=0.85,precision=0.79,dates=0.87,speakers=0.89,duplicateRate=0.33,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('germany-turkey-armenian-genocide-resolution-2016'),
  probe('recall=0.83,precision=0.84,dates=0.8,speakers=0.62,duplicateRate=0.4,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('sweden-saudi-wallstrom-row-2015'),
  probe('recall=0.75,precision=0.78,dates=0.77,speakers=0.95,duplicateRate=0.33,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('india-china-wuhan-summit-2018'),
  [join(root, '.ci/probes/_mixed-65'), '', 'recall=0.8,precision=0.79,dates=0.84,speakers=0.84,duplicateRate=0.34,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.8,inferred=0.75'],
  // The sixty-sixth, plain text and Markdown, CRLF files and one UTF-16 file: the Ukraine-Russia prisoner swap 2019, Huawei
  // and British 5G 2020, Gavrilov and the Tbilisi protests 2019, Abe and Xi at APEC 2014.
  probe('recall=0.96,precision=0.89,dates=0.95,speakers=0.75,duplicateRate=0.31,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('ukraine-russia-prisoner-swap-2019'),
  probe('recall=0.79,precision=0.9,dates=0.62,speakers=0.83,duplicateRate=0.35,sourceRecall=0.88,noise=0,storyF1=0.7,published=0.55')('uk-china-huawei-5g-2020'),
  probe('recall=0.96,precision=0.86,dates=0.95,speakers=0.85,duplicateRate=0.28,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.95')('russia-georgia-gavrilov-2019'),
  probe('recall=0.85,precision=0.89,dates=0.76,speakers=0.95,duplicateRate=0.24,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.55')('japan-china-abe-xi-apec-2014'),
  [join(root, '.ci/probes/_mixed-66'), '', 'recall=0.88,precision=0.89,dates=0.81,speakers=0.87,duplicateRate=0.3,sourceRecall=0.86,noise=0,storyF1=0.9,published=0.75,inferred=0.67'],
  // The sixty-seventh, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // Poland's reparations claim 2022, the Sahel states leaving ECOWAS 2024, Petro breaking with Israel 2024, the Chagos agreement 2024.
  probe('recall=0.96,precision=0.88,dates=0.86,speakers=0.95,duplicateRate=0.43,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.95')('germany-poland-reparations-2022'),
  probe('recall=0.84,precision=0.85,dates=0.68,speakers=0.95,duplicateRate=0.44,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('sahel-aes-ecowas-withdrawal-2024'),
  probe('recall=0.8,precision=0.76,dates=0.83,speakers=0.81,duplicateRate=0.33,sourceRecall=0.73,noise=0,storyF1=0.95,published=0.75')('colombia-israel-petro-rupture-2024'),
  probe('recall=0.96,precision=0.84,dates=0.66,speakers=0.76,duplicateRate=0.29,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.75')('us-uk-chagos-mauritius-2024'),
  [join(root, '.ci/probes/_mixed-67'), '', 'recall=0.9,precision=0.83,dates=0.76,speakers=0.87,duplicateRate=0.38,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.8,inferred=0.77'],
  // The sixty-eighth, plain text with one windows-1252 and one UTF-16 file: Germany recognising the Herero and Nama genocide 2021,
  // Macron in Kigali 2021, the North Korean missile over Hokkaido 2017, Milei and Spain 2024.
  probe('recall=0.96,precision=0.84,dates=0.9,speakers=0.95,duplicateRate=0.44,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('germany-namibia-genocide-recognition-2021'),
  probe('recall=0.84,precision=0.86,dates=0.95,speakers=0.95,duplicateRate=0.35,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('france-rwanda-macron-kigali-2021'),
  probe('recall=0.88,precision=0.81,dates=0.91,speakers=0.95,duplicateRate=0.4,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('north-korea-missile-over-japan-2017'),
  probe('recall=0.88,precision=0.81,dates=0.95,speakers=0.88,duplicateRate=0.35,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95')('argentina-spain-milei-row-2024'),
  [join(root, '.ci/probes/_mixed-68'), '', 'recall=0.89,precision=0.83,dates=0.93,speakers=0.93,duplicateRate=0.38,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.9,inferred=0.84'],
  // The sixty-ninth, with a saved web page and a JSON export per story: Pashinyan and Aliyev in Prague 2022, China and the Dalai
  // Lama in Mongolia 2016, the Geneva security talks 2022, Biden in Hanoi 2023.
  probe('recall=0.87,precision=0.78,dates=0.9,speakers=0.86,duplicateRate=0.4,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95')('armenia-azerbaijan-prague-2022'),
  probe('recall=0.96,precision=0.74,dates=0.57,speakers=0.81,duplicateRate=0.36,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.75')('mongolia-china-dalai-lama-2016'),
  probe('recall=0.78,precision=0.77,dates=0.91,speakers=0.9,duplicateRate=0.21,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('us-russia-geneva-security-talks-2022'),
  probe('recall=0.82,precision=0.85,dates=0.9,speakers=0.81,duplicateRate=0.12,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.95')('us-vietnam-partnership-2023'),
  [join(root, '.ci/probes/_mixed-69'), '', 'recall=0.84,precision=0.78,dates=0.85,speakers=0.86,duplicateRate=0.29,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.9,inferred=0.88'],
  // The seventieth, plain text and Markdown, CRLF files and one UTF-16 file: the Kyiv agreement of 21 February 2014, Hasina
  // fleeing to India 2024, Obama in Havana 2016, France, Algeria and Western Sahara 2024.
  probe('recall=0.74,precision=0.72,dates=0.75,speakers=0.78,duplicateRate=0.36,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('ukraine-february-21-agreement-2014'),
  probe('recall=0.81,precision=0.77,dates=0.85,speakers=0.75,duplicateRate=0.29,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.75')('bangladesh-hasina-india-2024'),
  probe('recall=0.7,precision=0.94,dates=0.65,speakers=0.86,duplicateRate=0.16,sourceRecall=0.7,noise=0,storyF1=0.95,published=0.75')('us-cuba-obama-havana-2016'),
  // Dates 0.89 -> 0.85: the two reports of the Rabat declaration now merge, and the merged item takes the day of the one whose
  // publication day is inferred two months early (the Mediterranean Ledger), at one article each.
  probe('recall=0.85,precision=0.8,dates=0.85,speakers=0.78,duplicateRate=0.37,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.55')('france-algeria-western-sahara-2024'),
  [join(root, '.ci/probes/_mixed-70'), '', 'recall=0.77,precision=0.79,dates=0.79,speakers=0.79,duplicateRate=0.3,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.7,inferred=0.54'],
  // The seventy-first, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // the fall of Kabul 2021, Moon in Pyongyang 2018, France's ambassador in Niamey 2023, Lumumba's tooth returned 2022.
  probe('recall=0.83,precision=0.77,dates=0.67,speakers=0.95,duplicateRate=0.28,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.55')('afghanistan-kabul-fall-2021'),
  probe('recall=0.93,precision=0.83,dates=0.86,speakers=0.89,duplicateRate=0.37,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('inter-korean-pyongyang-summit-2018'),
  probe('recall=0.77,precision=0.8,dates=0.91,speakers=0.95,duplicateRate=0.24,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('france-niger-itte-2023'),
  probe('recall=0.7,precision=0.9,dates=0.83,speakers=0.95,duplicateRate=0.32,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.95')('belgium-congo-lumumba-2022'),
  [join(root, '.ci/probes/_mixed-71'), '', 'recall=0.82,precision=0.81,dates=0.79,speakers=0.93,duplicateRate=0.3,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.85,inferred=0.84'],
  // The seventy-second, plain text with one windows-1252 and one UTF-16 file: the strike on the World Central Kitchen convoy and
  // Poland 2024, Argentina's embassy in Caracas 2024, the Nouri-Floderus exchange 2024, Takaichi's Taiwan remarks and China 2025.
  probe('recall=0.91,precision=0.91,dates=0.95,speakers=0.95,duplicateRate=0.28,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.95')('poland-israel-wck-strike-2024'),
  probe('recall=0.92,precision=0.9,dates=0.76,speakers=0.95,duplicateRate=0.37,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('argentina-venezuela-embassy-2024'),
  probe('recall=0.91,precision=0.9,dates=0.9,speakers=0.95,duplicateRate=0.31,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('sweden-iran-nouri-swap-2024'),
  // Recall 0.92 -> 0.91: Tokyo's summons of Wu Jianghao and the Straits Herald's "The advisory came a day after ..." are one item
  // of 14 November, as before; which of the two sentences titles it now falls the other way, and its names are lost.
  probe('recall=0.91,precision=0.89,dates=0.95,speakers=0.95,duplicateRate=0.35,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('japan-china-takaichi-row-2025'),
  [join(root, '.ci/probes/_mixed-72'), '', 'recall=0.92,precision=0.9,dates=0.88,speakers=0.95,duplicateRate=0.33,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.85,inferred=0.71'],
  // The seventy-third, with a saved web page and a JSON export per story: Israel's strike in Doha 2025, the Pakistan-Afghanistan
  // ceasefire in Doha 2025, Trump's tariffs on Brazil 2025, Israel closing its embassy in Dublin 2024.
  probe('recall=0.86,precision=0.91,dates=0.92,speakers=0.91,duplicateRate=0.32,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('qatar-israel-doha-strike-2025'),
  probe('recall=0.87,precision=0.75,dates=0.88,speakers=0.95,duplicateRate=0.32,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('pakistan-afghanistan-doha-ceasefire-2025'),
  probe('recall=0.84,precision=0.94,dates=0.77,speakers=0.89,duplicateRate=0.32,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('brazil-us-tariffs-2025'),
  probe('recall=0.84,precision=0.8,dates=0.68,speakers=0.95,duplicateRate=0.32,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.75')('ireland-israel-embassy-closure-2024'),
  [join(root, '.ci/probes/_mixed-73'), '', 'recall=0.85,precision=0.86,dates=0.84,speakers=0.92,duplicateRate=0.32,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.9,inferred=0.89'],
  // The seventy-fourth, plain text and Markdown, CRLF files and one UTF-16 file: Sunak, Mitsotakis and the Parthenon sculptures
  // 2023, Orban's "peace mission" 2024, the Timor Sea treaty 2018, the Malian drone and Algeria 2025.
  probe('recall=0.76,precision=0.89,dates=0.64,speakers=0.95,duplicateRate=0.48,sourceRecall=0.67,noise=0,storyF1=0.95,published=0.75')('greece-uk-parthenon-row-2023'),
  probe('recall=0.96,precision=0.83,dates=0.91,speakers=0.89,duplicateRate=0.17,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95')('hungary-orban-moscow-mission-2024'),
  probe('recall=0.82,precision=0.91,dates=0.78,speakers=0.95,duplicateRate=0.27,sourceRecall=0.77,noise=0,storyF1=0.52,published=0.75')('timor-australia-maritime-treaty-2018'),
  probe('recall=0.69,precision=0.73,dates=0.7,speakers=0.95,duplicateRate=0.22,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('mali-algeria-drone-row-2025'),
  [join(root, '.ci/probes/_mixed-74'), '', 'recall=0.82,precision=0.84,dates=0.8,speakers=0.92,duplicateRate=0.27,sourceRecall=0.78,noise=0,storyF1=0.87,published=0.8,inferred=0.71'],
  // The seventy-fifth, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // Nicaragua and the Holy See 2023, Chad ending its defence pact with France 2024, Turkey halting trade with Israel 2024, the
  // Yekaterinburg raids and Azerbaijan 2025.
  probe('recall=0.91,precision=0.81,dates=0.89,speakers=0.84,duplicateRate=0.25,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.95')('nicaragua-vatican-rupture-2023'),
  probe('recall=0.96,precision=0.74,dates=0.89,speakers=0.84,duplicateRate=0.33,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('chad-france-defence-pact-2024'),
  probe('recall=0.96,precision=0.75,dates=0.95,speakers=0.95,duplicateRate=0.3,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.95')('turkey-israel-trade-halt-2024'),
  // Duplicates 0.26 -> 0.27: the Caucasus Digest's days in capitals ("TUESDAY. Police in Baku parade ...") now date its items
  // (two dates right), and two of them now stand apart from other reports of the same happenings.
  probe('recall=0.88,precision=0.73,dates=0.83,speakers=0.95,duplicateRate=0.27,sourceRecall=0.72,noise=0,storyF1=0.95,published=0.75')('azerbaijan-russia-yekaterinburg-raids-2025'),
  [join(root, '.ci/probes/_mixed-75'), '', 'recall=0.92,precision=0.75,dates=0.89,speakers=0.9,duplicateRate=0.29,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.9,inferred=0.9'],
  // The seventy-sixth, plain text with one windows-1252 and one UTF-16 file: Morocco suspending contacts with Germany 2021, the
  // Saab prisoner exchange between the US and Venezuela 2023, the India-China patrolling agreement 2024, Finland closing its
  // border with Russia 2023.
  probe('recall=0.96,precision=0.8,dates=0.82,speakers=0.95,duplicateRate=0.47,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.75')('morocco-germany-rupture-2021'),
  probe('recall=0.92,precision=0.84,dates=0.91,speakers=0.95,duplicateRate=0.44,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('us-venezuela-saab-prisoner-swap-2023'),
  probe('recall=0.91,precision=0.74,dates=0.63,speakers=0.95,duplicateRate=0.41,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.75')('india-china-border-patrol-deal-2024'),
  probe('recall=0.96,precision=0.73,dates=0.63,speakers=0.95,duplicateRate=0.38,sourceRecall=0.96,noise=0,storyF1=0.95,published=0.75')('finland-russia-border-closure-2023'),
  [join(root, '.ci/probes/_mixed-76'), '', 'recall=0.93,precision=0.78,dates=0.76,speakers=0.95,duplicateRate=0.43,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.75,inferred=0.46'],
  // The seventy-seventh, with a saved web page and a JSON export per story: the EU-Tunisia memorandum 2023, the Italy-Albania
  // migrant protocol 2023, the Lady R row between South Africa and the US 2023, the Turkey-Libya maritime memorandum 2019.
  probe('recall=0.92,precision=0.9,dates=0.78,speakers=0.95,duplicateRate=0.31,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.55')('tunisia-eu-migration-pact-2023'),
  probe('recall=0.93,precision=0.83,dates=0.43,speakers=0.95,duplicateRate=0.33,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.55')('italy-albania-migrant-deal-2023'),
  probe('recall=0.82,precision=0.79,dates=0.78,speakers=0.87,duplicateRate=0.36,sourceRecall=0.79,noise=0,storyF1=0.7,published=0.75')('south-africa-us-lady-r-row-2023'),
  probe('recall=0.9,precision=0.86,dates=0.72,speakers=0.95,duplicateRate=0.25,sourceRecall=0.94,noise=0,storyF1=0.95,published=0.75')('turkey-libya-maritime-deal-2019'),
  [join(root, '.ci/probes/_mixed-77'), '', 'recall=0.9,precision=0.85,dates=0.66,speakers=0.93,duplicateRate=0.31,sourceRecall=0.87,noise=0,storyF1=0.9,published=0.65,inferred=0.5'],
  // The seventy-eighth, plain text and Markdown, CRLF files and one UTF-16 file: the Kyrgyz-Tajik border clashes 2022, the Ocean
  // Viking row between France and Italy 2022, Travis King crossing into North Korea 2023, Georgia suspending its EU accession 2024.
  probe('recall=0.82,precision=0.73,dates=0.95,speakers=0.83,duplicateRate=0.48,sourceRecall=0.83,noise=0,storyF1=0.7,published=0.95')('kyrgyzstan-tajikistan-border-clashes-2022'),
  // The Laguna Daily now on its day (published 0.8 -> 1.00, dates 0.70 -> 0.86); its statements then merge with others' of
  // that day, and one gold item loses the copy that matched it (recall 1.00 -> 0.96).
  probe('recall=0.91,precision=0.75,dates=0.81,speakers=0.95,duplicateRate=0.33,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('france-italy-ocean-viking-row-2022'),
  probe('recall=0.91,precision=0.69,dates=0.75,speakers=0.87,duplicateRate=0.25,sourceRecall=0.95,noise=0,storyF1=0.95,published=0.75')('us-north-korea-travis-king-2023'),
  probe('recall=0.81,precision=0.79,dates=0.91,speakers=0.95,duplicateRate=0.33,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.95')('georgia-eu-accession-suspension-2024'),
  [join(root, '.ci/probes/_mixed-78'), '', 'recall=0.87,precision=0.75,dates=0.81,speakers=0.91,duplicateRate=0.38,sourceRecall=0.88,noise=0,storyF1=0.9,published=0.85,inferred=0.82'],
  // The seventy-ninth, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // Armenia freezing its part in the CSTO 2024, the Lachin corridor blockade 2022, the Zvecan clashes in Kosovo 2023, the
  // Canada-US tariff row 2025.
  probe('recall=0.9,precision=0.66,dates=0.88,speakers=0.95,duplicateRate=0.34,sourceRecall=0.84,noise=0,storyF1=0.52,published=0.95')('armenia-csto-freeze-2024'),
  probe('recall=0.88,precision=0.81,dates=0.7,speakers=0.95,duplicateRate=0.26,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.75')('azerbaijan-armenia-lachin-blockade-2022'),
  probe('recall=0.96,precision=0.9,dates=0.79,speakers=0.95,duplicateRate=0.3,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('kosovo-zvecan-clashes-2023'),
  probe('recall=0.86,precision=0.87,dates=0.74,speakers=0.95,duplicateRate=0.33,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('canada-us-tariff-row-2025'),
  [join(root, '.ci/probes/_mixed-79'), '', 'recall=0.9,precision=0.82,dates=0.76,speakers=0.95,duplicateRate=0.3,sourceRecall=0.89,noise=0,storyF1=0.87,published=0.85,inferred=0.84'],
  // The eightieth, plain text with one windows-1252 and one UTF-16 file: the Dutch takeover of Nexperia and China's export ban
  // 2025, North Korea cutting ties with Malaysia 2021, Hungary ratifying Sweden's NATO accession 2024, the first UK-EU summit
  // since Brexit 2025.
  probe('recall=0.84,precision=0.81,dates=0.82,speakers=0.88,duplicateRate=0.22,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.55')('netherlands-china-nexperia-2025'),
  probe('recall=0.84,precision=0.81,dates=0.68,speakers=0.83,duplicateRate=0.38,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.95')('malaysia-north-korea-rupture-2021'),
  probe('recall=0.88,precision=0.93,dates=0.86,speakers=0.95,duplicateRate=0.17,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('hungary-sweden-nato-ratification-2024'),
  probe('recall=0.76,precision=0.81,dates=0.76,speakers=0.87,duplicateRate=0.21,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('uk-eu-reset-summit-2025'),
  [join(root, '.ci/probes/_mixed-80'), '', 'recall=0.84,precision=0.84,dates=0.79,speakers=0.89,duplicateRate=0.25,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.8,inferred=0.59'],
  // The eighty-first, with a saved web page and a JSON export per story: the US-Ukraine minerals agreement 2025, Nauru switching
  // its recognition from Taiwan to China 2024, the end of Russian gas to Transnistria 2025, the Niger-Benin pipeline row 2024.
  probe('recall=0.89,precision=0.74,dates=0.84,speakers=0.9,duplicateRate=0.33,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.75')('us-ukraine-minerals-deal-2025'),
  probe('recall=0.96,precision=0.83,dates=0.84,speakers=0.95,duplicateRate=0.37,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('nauru-taiwan-china-switch-2024'),
  probe('recall=0.87,precision=0.81,dates=0.9,speakers=0.95,duplicateRate=0.4,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.95')('moldova-transnistria-gas-crisis-2025'),
  probe('recall=0.72,precision=0.8,dates=0.87,speakers=0.95,duplicateRate=0.53,sourceRecall=0.82,noise=0,storyF1=0.52,published=0.75')('niger-benin-pipeline-row-2024'),
  [join(root, '.ci/probes/_mixed-81'), '', 'recall=0.87,precision=0.79,dates=0.86,speakers=0.93,duplicateRate=0.4,sourceRecall=0.85,noise=0,storyF1=0.87,published=0.8,inferred=0.73'],
  // The eighty-second, plain text and Markdown, CRLF files and one UTF-16 file: Rwanda breaking off relations with Belgium 2025,
  // Ramaphosa in the Oval Office 2025, China's tariffs on Canadian canola 2025, Russian MiG-31s over Estonia 2025.
  probe('recall=0.91,precision=0.67,dates=0.79,speakers=0.83,duplicateRate=0.37,sourceRecall=0.79,noise=0,storyF1=0.7,published=0.55')('rwanda-belgium-rupture-2025'),
  probe('recall=0.9,precision=0.77,dates=0.86,speakers=0.95,duplicateRate=0.19,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95')('south-africa-us-oval-office-2025'),
  probe('recall=0.83,precision=0.84,dates=0.91,speakers=0.95,duplicateRate=0.31,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('china-canada-canola-tariffs-2025'),
  probe('recall=0.8,precision=0.89,dates=0.95,speakers=0.89,duplicateRate=0.34,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.95')('estonia-russia-airspace-mig31-2025'),
  [join(root, '.ci/probes/_mixed-82'), '', 'recall=0.86,precision=0.79,dates=0.88,speakers=0.92,duplicateRate=0.3,sourceRecall=0.82,noise=0,storyF1=0.9,published=0.85,inferred=0.82'],
  // The eighty-third, with a saved web page, a newsletter saved from a mail program and a read-later Markdown file per story:
  // the UN sanctions snapback on Iran 2025, New Zealand and the Cook Islands' agreements with China 2025, the Peru-Colombia
  // dispute over Santa Rosa island 2025, Mexico and Spain over an apology for the conquest 2019.
  probe('recall=0.96,precision=0.81,dates=0.47,speakers=0.85,duplicateRate=0.36,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.55')('iran-snapback-sanctions-2025'),
  probe('recall=0.93,precision=0.83,dates=0.71,speakers=0.95,duplicateRate=0.38,sourceRecall=0.82,noise=0,storyF1=0.7,published=0.75')('new-zealand-cook-islands-china-2025'),
  probe('recall=0.79,precision=0.79,dates=0.74,speakers=0.95,duplicateRate=0.45,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.55')('peru-colombia-santa-rosa-2025'),
  probe('recall=0.85,precision=0.8,dates=0.54,speakers=0.88,duplicateRate=0.46,sourceRecall=0.75,noise=0,storyF1=0.7,published=0.55')('mexico-spain-conquest-apology-row-2019'),
  [join(root, '.ci/probes/_mixed-83'), '', 'recall=0.89,precision=0.81,dates=0.61,speakers=0.9,duplicateRate=0.41,sourceRecall=0.84,noise=0,storyF1=0.84,published=0.6,inferred=0.49'],
  // The eighty-fourth, from Africa and the Middle East, per story three text files (one in windows-1252), a saved web
  // page and a JSON export: Morocco breaking with Iran 2018, Chad and Germany expelling ambassadors 2023, the shelling
  // of Zakho 2022, the Israeli embassy shooting in Amman 2017.
  probe('recall=0.83,precision=0.82,dates=0.87,speakers=0.7,duplicateRate=0.29,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('morocco-iran-rupture-2018'),
  probe('recall=0.86,precision=0.81,dates=0.95,speakers=0.45,duplicateRate=0.35,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('chad-germany-ambassador-2023'),
  probe('recall=0.91,precision=0.9,dates=0.6,speakers=0.86,duplicateRate=0.28,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('iraq-turkey-zakho-strike-2022'),
  // The Amman shooting's recall fell from 0.83 to 0.74 when "who left for Israel with the guard on Monday night, would not be
  // allowed to return" was read as past (it had been put on the next Monday): merging then took the Shin Bet chief's flight and
  // the metal detectors' removal into one item with the departure, whose sources also tell the shooting of the day before.
  probe('recall=0.69,precision=0.9,dates=0.65,speakers=0.85,duplicateRate=0.29,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('jordan-israel-embassy-shooting-2017'),
  [join(root, '.ci/probes/_mixed-84'), '', 'recall=0.81,precision=0.86,dates=0.73,speakers=0.77,duplicateRate=0.3,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.85,inferred=0.76'],
  // The eighty-fifth, from Asia and the Pacific, per story two text files (one with CRLF line ends, one of the round in
  // UTF-16), a Markdown file with front matter, a newsletter saved as a mail and a saved web page: the Yuan Wang 5 at
  // Hambantota 2022, China's names for places in Arunachal Pradesh 2023, South Korea and China's ambassador Xing
  // Haiming 2023, Solomon Islands switching to Beijing 2019.
  probe('recall=0.86,precision=0.74,dates=0.85,speakers=0.78,duplicateRate=0.35,sourceRecall=0.79,noise=3,storyF1=0.95,published=0.55')('sri-lanka-china-yuan-wang-2022'),
  probe('recall=0.89,precision=0.92,dates=0.73,speakers=0.95,duplicateRate=0.36,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.75')('india-china-arunachal-names-2023'),
  probe('recall=0.88,precision=0.9,dates=0.64,speakers=0.95,duplicateRate=0.35,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.95')('south-korea-china-xing-haiming-2023'),
  probe('recall=0.89,precision=0.9,dates=0.95,speakers=0.95,duplicateRate=0.3,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('solomon-islands-taiwan-switch-2019'),
  [join(root, '.ci/probes/_mixed-85'), '', 'recall=0.88,precision=0.87,dates=0.79,speakers=0.91,duplicateRate=0.34,sourceRecall=0.83,noise=3,storyF1=0.95,published=0.8,inferred=0.65'],
  // The eighty-sixth, from Europe, per story two text files, a live page, a saved web page and a read-later Markdown
  // export: Lithuania and the Kaliningrad transit 2022, HMS Defender off Crimea 2021, Bulgaria expelling Russian
  // diplomats 2022, the Ankara "sofagate" 2021.
  probe('recall=0.9,precision=0.88,dates=0.76,speakers=0.85,duplicateRate=0.4,sourceRecall=0.72,noise=0,storyF1=0.95,published=0.55')('lithuania-russia-kaliningrad-transit-2022'),
  probe('recall=0.96,precision=0.88,dates=0.79,speakers=0.95,duplicateRate=0.47,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.55')('uk-russia-hms-defender-2021'),
  probe('recall=0.85,precision=0.89,dates=0.71,speakers=0.95,duplicateRate=0.46,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('bulgaria-russia-diplomat-expulsions-2022'),
  probe('recall=0.96,precision=0.91,dates=0.79,speakers=0.95,duplicateRate=0.5,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.55')('eu-turkey-sofagate-2021'),
  [join(root, '.ci/probes/_mixed-86'), '', 'recall=0.91,precision=0.89,dates=0.76,speakers=0.92,duplicateRate=0.46,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.6,inferred=0.36'],
  // The eighty-seventh, from the Americas and multilateral bodies, per story three text files (one in ISO-8859-1 with
  // no declaration), a saved web page and a JSON export: Nicaragua leaving the OAS 2021, Brazil blocking Venezuela's
  // BRICS partnership 2024, Honduras denouncing its extradition treaty with the US 2024, the WTO's twelfth ministerial
  // conference 2022.
  probe('recall=0.88,precision=0.75,dates=0.87,speakers=0.95,duplicateRate=0.36,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('nicaragua-oas-withdrawal-2021'),
  probe('recall=0.96,precision=0.73,dates=0.88,speakers=0.95,duplicateRate=0.4,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.55')('brazil-venezuela-brics-veto-2024'),
  probe('recall=0.81,precision=0.89,dates=0.95,speakers=0.82,duplicateRate=0.52,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('honduras-us-extradition-treaty-2024'),
  probe('recall=0.79,precision=0.75,dates=0.95,speakers=0.95,duplicateRate=0.36,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('wto-mc12-geneva-2022'),
  [join(root, '.ci/probes/_mixed-87'), '', 'recall=0.86,precision=0.78,dates=0.91,speakers=0.92,duplicateRate=0.41,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75,inferred=0.55'],
  // The eighty-eighth, from Africa and the Middle East, per story two text files (one UTF-8 with a byte-order mark), a
  // page saved whole as .htm, a notes app's Markdown clip and a news-search API's JSON answer: Somalia breaking with
  // Kenya 2020, Mali holding Ivorian soldiers 2022-23, Iraq and the Swedish embassy 2023, Jordan recalling its ambassador
  // to Israel 2023.
  probe('recall=0.8,precision=0.88,dates=0.66,speakers=0.86,duplicateRate=0.2,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('somalia-kenya-rupture-2020'),
  probe('recall=0.83,precision=0.89,dates=0.9,speakers=0.85,duplicateRate=0.32,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('mali-ivory-coast-soldiers-2023'),
  probe('recall=0.83,precision=0.88,dates=0.95,speakers=0.81,duplicateRate=0.26,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.95')('iraq-sweden-embassy-2023'),
  probe('recall=0.82,precision=0.87,dates=0.87,speakers=0.95,duplicateRate=0.25,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('jordan-israel-ambassador-recall-2023'),
  [join(root, '.ci/probes/_mixed-88'), '', 'recall=0.82,precision=0.88,dates=0.86,speakers=0.86,duplicateRate=0.26,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.8,inferred=0.65'],
  // The eighty-ninth, from Asia and the Pacific, per story three text files (a wire with update notes, a spokesperson's
  // briefing transcript), a mobile page and a CMS's JSON: Lee Myung-bak on Dokdo 2012, Taiwan and the Philippines after a
  // fisherman's death 2013, the Preah Vihear clashes 2011, Medvedev on Kunashir 2010.
  probe('recall=0.89,precision=0.88,dates=0.55,speakers=0.83,duplicateRate=0.32,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.55')('south-korea-japan-dokdo-visit-2012'),
  probe('recall=0.89,precision=0.91,dates=0.58,speakers=0.84,duplicateRate=0.33,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.35')('taiwan-philippines-fisherman-shooting-2013'),
  probe('recall=0.86,precision=0.85,dates=0.73,speakers=0.89,duplicateRate=0.37,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.75')('thailand-cambodia-preah-vihear-2011'),
  probe('recall=0.86,precision=0.92,dates=0.75,speakers=0.79,duplicateRate=0.32,sourceRecall=0.84,noise=1,storyF1=0.95,published=0.75')('russia-japan-kunashir-visit-2010'),
  [join(root, '.ci/probes/_mixed-89'), '', 'recall=0.88,precision=0.89,dates=0.65,speakers=0.84,duplicateRate=0.33,sourceRecall=0.86,noise=1,storyF1=0.95,published=0.6,inferred=0.25'],
  // The ninetieth, from Europe, per story two text files (one of the round in windows-1250), a printer-friendly page, a
  // blog's Markdown with footnotes and a newsletter saved as a mail: the Czech-Polish Turow settlement 2022, Slovakia
  // barring Hungary's president 2009, the Berehove consul 2018, Montenegro and Serbia expelling ambassadors 2020.
  probe('recall=0.96,precision=0.82,dates=0.79,speakers=0.95,duplicateRate=0.39,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.95')('czech-poland-turow-deal-2022'),
  probe('recall=0.89,precision=0.86,dates=0.73,speakers=0.95,duplicateRate=0.33,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('slovakia-hungary-solyom-bridge-2009'),
  probe('recall=0.77,precision=0.83,dates=0.95,speakers=0.95,duplicateRate=0.49,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.55')('ukraine-hungary-berehove-consul-2018'),
  probe('recall=0.96,precision=0.81,dates=0.83,speakers=0.95,duplicateRate=0.38,sourceRecall=0.6,noise=0,storyF1=0.95,published=0.75')('montenegro-serbia-ambassadors-2020'),
  [join(root, '.ci/probes/_mixed-90'), '', 'recall=0.89,precision=0.83,dates=0.81,speakers=0.95,duplicateRate=0.39,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.7,inferred=0.45'],
  // The ninety-first, from the Americas and multilateral bodies, per story two text files, a live blog, a read-later
  // app's JSON and a podcast transcript: López Obrador pausing relations with the US and Canadian embassies 2024, Milei
  // and Petro 2024, the ICJ's provisional measures for Ukraine 2022, the IAEA board's censure of Iran 2022.
  probe('recall=0.91,precision=0.82,dates=0.85,speakers=0.76,duplicateRate=0.42,sourceRecall=0.64,noise=0,storyF1=0.95,published=0.75')('mexico-us-canada-embassy-pause-2024'),
  probe('recall=0.83,precision=0.86,dates=0.59,speakers=0.85,duplicateRate=0.52,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.35')('argentina-colombia-milei-petro-row-2024'),
  probe('recall=0.87,precision=0.78,dates=0.67,speakers=0.72,duplicateRate=0.41,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.55')('icj-ukraine-russia-provisional-measures-2022'),
  probe('recall=0.78,precision=0.89,dates=0.9,speakers=0.95,duplicateRate=0.45,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('iaea-iran-board-censure-2022'),
  [join(root, '.ci/probes/_mixed-91'), '', 'recall=0.85,precision=0.83,dates=0.77,speakers=0.84,duplicateRate=0.45,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.6,inferred=0.36'],
  // The ninety-second, from Central Asia and the Caucasus, per story two text files (one in UTF-16 with a byte-order
  // mark), a Markdown page with front matter, a page exported from a word processor and a JSON Feed: Russia halting
  // Kazakhstan's CPC oil terminal 2022, Russia resuming flights to Georgia 2023, Iran and the Taliban over the Helmand's
  // water 2023, Armenia and Turkey agreeing in Vienna to open the border 2022.
  probe('recall=0.76,precision=0.76,dates=0.82,speakers=0.78,duplicateRate=0.36,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.35')('kazakhstan-russia-cpc-suspension-2022'),
  probe('recall=0.96,precision=0.9,dates=0.87,speakers=0.95,duplicateRate=0.38,sourceRecall=0.76,noise=1,storyF1=0.95,published=0.75')('georgia-russia-flights-resumption-2023'),
  probe('recall=0.78,precision=0.73,dates=0.87,speakers=0.95,duplicateRate=0.28,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('iran-afghanistan-helmand-water-2023'),
  probe('recall=0.86,precision=0.86,dates=0.95,speakers=0.61,duplicateRate=0.31,sourceRecall=0.67,noise=0,storyF1=0.95,published=0.75')('armenia-turkey-vienna-border-deal-2022'),
  [join(root, '.ci/probes/_mixed-92'), '', 'recall=0.84,precision=0.81,dates=0.88,speakers=0.87,duplicateRate=0.33,sourceRecall=0.76,noise=1,storyF1=0.95,published=0.7,inferred=0.45'],
  // The ninety-third, from Oceania and Southeast Asia, per story two text files (one with Windows line ends, one a wire
  // in capitals), an AMP page, a notes app's Markdown with page links and highlights, and a messaging channel's JSON:
  // Fiji expelling the Australian and New Zealand envoys 2009, Indonesia suspending military ties with Australia 2017,
  // Germany and Vietnam over Trinh Xuan Thanh 2017, Myanmar freeing Sean Turnell 2022.
  probe('recall=0.96,precision=0.88,dates=0.88,speakers=0.95,duplicateRate=0.41,sourceRecall=0.71,noise=0,storyF1=0.95,published=0.75')('fiji-australia-envoy-expulsions-2009'),
  probe('recall=0.89,precision=0.9,dates=0.8,speakers=0.95,duplicateRate=0.46,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.75')('indonesia-australia-military-ties-2017'),
  probe('recall=0.82,precision=0.82,dates=0.87,speakers=0.95,duplicateRate=0.5,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('germany-vietnam-thanh-abduction-2017'),
  probe('recall=0.96,precision=0.96,dates=0.95,speakers=0.95,duplicateRate=0.46,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.95')('australia-myanmar-turnell-release-2022'),
  [join(root, '.ci/probes/_mixed-93'), '', 'recall=0.9,precision=0.89,dates=0.87,speakers=0.95,duplicateRate=0.45,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.8,inferred=0.79'],
  // The ninety-fourth, from Northern Europe and the Baltic, per story two text files (one in ISO-8859-15), a page in
  // Latin-1 declared only in its meta tag, a static blog's Markdown with block quotes, and a ministry's press release:
  // China and Norway over Liu Xiaobo's Nobel prize 2010, Norway and Russia's Barents Sea treaty 2010, Russia cutting
  // Finland's electricity and gas 2022, Estonia and Russia expelling ambassadors 2023.
  probe('recall=0.79,precision=0.87,dates=0.7,speakers=0.71,duplicateRate=0.34,sourceRecall=0.77,noise=0,storyF1=0.52,published=0.75')('norway-china-nobel-liu-xiaobo-2010'),
  probe('recall=0.81,precision=0.88,dates=0.61,speakers=0.95,duplicateRate=0.2,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('norway-russia-barents-treaty-2010'),
  probe('recall=0.92,precision=0.93,dates=0.65,speakers=0.81,duplicateRate=0.23,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.55')('finland-russia-energy-cutoff-2022'),
  // Dates 0.77 -> 0.71: of two reports of the ambassador's expulsion, one each, the date now comes from the one that dates it by
  // its words ("the next day", a day late) rather than the first one's undated "immediately expelled".
  probe('recall=0.81,precision=0.96,dates=0.71,speakers=0.95,duplicateRate=0.32,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('estonia-russia-ambassadors-2023'),
  [join(root, '.ci/probes/_mixed-94'), '', 'recall=0.84,precision=0.91,dates=0.68,speakers=0.84,duplicateRate=0.28,sourceRecall=0.83,noise=0,storyF1=0.86,published=0.75,inferred=0.55'],
  // The ninety-fifth, from South Asia and the Gulf, per story three text files (a translation with a translator's note,
  // an analysis weeks later), a page with comments and a trending sidebar, and a news app's JSON with typed blocks: India
  // and Qatar over a spokeswoman's remarks on the Prophet 2022, Pakistan downgrading ties with India over Kashmir 2019,
  // Netanyahu in Muscat 2018, the Maldives' emergency and India 2018.
  probe('recall=0.77,precision=0.89,dates=0.95,speakers=0.87,duplicateRate=0.33,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.95')('india-qatar-prophet-remarks-2022'),
  probe('recall=0.86,precision=0.8,dates=0.81,speakers=0.78,duplicateRate=0.34,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.75')('pakistan-india-kashmir-downgrade-2019'),
  probe('recall=0.91,precision=0.91,dates=0.67,speakers=0.86,duplicateRate=0.29,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.75')('oman-israel-netanyahu-muscat-2018'),
  probe('recall=0.91,precision=0.85,dates=0.68,speakers=0.86,duplicateRate=0.31,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('maldives-india-emergency-2018'),
  [join(root, '.ci/probes/_mixed-95'), '', 'recall=0.86,precision=0.86,dates=0.78,speakers=0.86,duplicateRate=0.32,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.8,inferred=0.67'],
  // The ninety-sixth, from Africa and the Middle East, per story two text files (one with its accents written as
  // combining marks), a news page saved with its scripts and ad slots, a newsletter post with footnotes, and a WordPress
  // API's JSON: ECOWAS suspending Guinea after the coup 2021, Morocco and Tunisia over the TICAD summit 2022, Sudan and
  // Kenya over the RSF's charter 2025, Turkey and Syria's ministers meeting in Moscow 2022.
  probe('recall=0.91,precision=0.93,dates=0.85,speakers=0.85,duplicateRate=0.4,sourceRecall=0.73,noise=0,storyF1=0.95,published=0.95')('guinea-ecowas-sanctions-2021'),
  probe('recall=0.89,precision=0.84,dates=0.87,speakers=0.95,duplicateRate=0.31,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.75')('morocco-tunisia-ticad-2022'),
  probe('recall=0.88,precision=0.79,dates=0.95,speakers=0.82,duplicateRate=0.38,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('sudan-kenya-rsf-charter-2025'),
  probe('recall=0.9,precision=0.76,dates=0.89,speakers=0.95,duplicateRate=0.44,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('turkey-syria-moscow-talks-2022'),
  [join(root, '.ci/probes/_mixed-96'), '', 'recall=0.9,precision=0.83,dates=0.88,speakers=0.89,duplicateRate=0.38,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.85,inferred=0.75'],
  // The ninety-seventh, from East Asia and the Pacific, per story two text files (one in Shift_JIS, Big5 or GB18030), an
  // old table-layout page, a researcher's clipping with notes, and an RSS feed as JSON: Ma and Xi meeting in Singapore
  // 2015, the Koreas' landmine crisis and talks 2015, China's air defence zone over the East China Sea 2013, Duterte in
  // Beijing 2016.
  probe('recall=0.9,precision=0.86,dates=0.82,speakers=0.68,duplicateRate=0.34,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.55')('taiwan-china-ma-xi-singapore-2015'),
  probe('recall=0.88,precision=0.8,dates=0.68,speakers=0.87,duplicateRate=0.35,sourceRecall=0.68,noise=1,storyF1=0.95,published=0.75')('north-korea-south-korea-dmz-talks-2015'),
  probe('recall=0.79,precision=0.96,dates=0.55,speakers=0.89,duplicateRate=0.27,sourceRecall=0.81,noise=1,storyF1=0.95,published=0.75')('china-japan-air-defense-zone-2013'),
  probe('recall=0.87,precision=0.94,dates=0.76,speakers=0.88,duplicateRate=0.5,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('philippines-china-duterte-beijing-2016'),
  [join(root, '.ci/probes/_mixed-97'), '', 'recall=0.85,precision=0.88,dates=0.69,speakers=0.83,duplicateRate=0.38,sourceRecall=0.78,noise=2,storyF1=0.95,published=0.7,inferred=0.45'],
  // The ninety-eighth, from Europe, per story two text files (a hard-wrapped e-mail newsletter, an updated story), a
  // page with a live-updates list, a shared document's Markdown, and a radio transcript as JSON: Erdogan in Athens 2017,
  // the EU's ambassadors leaving Belarus 2012, Kosovo's tariff on Serbian goods 2018, Armenia ratifying the Rome Statute
  // 2023.
  probe('recall=0.84,precision=0.93,dates=0.81,speakers=0.88,duplicateRate=0.39,sourceRecall=0.71,noise=0,storyF1=0.95,published=0.75')('greece-turkey-erdogan-athens-2017'),
  probe('recall=0.53,precision=0.89,dates=0.81,speakers=0.85,duplicateRate=0.43,sourceRecall=0.73,noise=0,storyF1=0.95,published=0.55')('belarus-eu-ambassadors-2012'),
  probe('recall=0.82,precision=0.9,dates=0.63,speakers=0.83,duplicateRate=0.29,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.55')('kosovo-serbia-tariff-2018'),
  probe('recall=0.96,precision=0.92,dates=0.61,speakers=0.95,duplicateRate=0.46,sourceRecall=0.73,noise=1,storyF1=0.95,published=0.35')('armenia-russia-rome-statute-2023'),
  [join(root, '.ci/probes/_mixed-98'), '', 'recall=0.78,precision=0.91,dates=0.7,speakers=0.87,duplicateRate=0.4,sourceRecall=0.75,noise=1,storyF1=0.95,published=0.55,inferred=0.33'],
  // The ninety-ninth, from the Americas and multilateral bodies, per story three text files (an UPDATE wire, a column),
  // a page with a correction, and a read-later app's JSON: Venezuela leaving the OAS 2017, the ICJ's Nicaragua v.
  // Colombia judgment 2012, Azevêdo elected to lead the WTO 2013, the ICJ's pulp mill judgment 2010.
  probe('recall=0.86,precision=0.9,dates=0.84,speakers=0.79,duplicateRate=0.27,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('venezuela-oas-withdrawal-2017'),
  probe('recall=0.96,precision=0.9,dates=0.89,speakers=0.95,duplicateRate=0.32,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('colombia-nicaragua-icj-2012'),
  probe('recall=0.8,precision=0.89,dates=0.82,speakers=0.95,duplicateRate=0.26,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('wto-azevedo-election-2013'),
  probe('recall=0.73,precision=0.81,dates=0.73,speakers=0.86,duplicateRate=0.24,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('argentina-uruguay-pulp-mill-icj-2010'),
  [join(root, '.ci/probes/_mixed-99'), '', 'recall=0.84,precision=0.87,dates=0.82,speakers=0.88,duplicateRate=0.28,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.85,inferred=0.75'],
  // The hundredth, from Africa and the Middle East, per story a wire with Windows line endings, a text in UTF-16, an AMP
  // page, a web clipper's note and an Atom feed's entry: DR Congo expelling Rwanda's ambassador 2022, Mali and the end
  // of MINUSMA 2023, Germany closing Iran's consulates after Sharmahd's execution 2024, Kuwait expelling the Philippine
  // ambassador 2018.
  probe('recall=0.81,precision=0.87,dates=0.74,speakers=0.95,duplicateRate=0.38,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('drc-rwanda-karega-expulsion-2022'),
  probe('recall=0.77,precision=0.85,dates=0.58,speakers=0.95,duplicateRate=0.3,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.35')('mali-un-minusma-withdrawal-2023'),
  probe('recall=0.78,precision=0.89,dates=0.7,speakers=0.87,duplicateRate=0.32,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.55')('germany-iran-sharmahd-consulates-2024'),
  probe('recall=0.87,precision=0.94,dates=0.65,speakers=0.89,duplicateRate=0.32,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.55')('kuwait-philippines-villa-expulsion-2018'),
  [join(root, '.ci/probes/_mixed-100'), '', 'recall=0.81,precision=0.88,dates=0.67,speakers=0.91,duplicateRate=0.33,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.5,inferred=0.05'],
  // The hundred-and-first, from Asia and the Pacific, per story an e-mailed newsletter, a page saved by Chrome as one
  // file, a WordPad RTF, a text and a news crawler's JSON line: Manila and Beijing over Whitsun Reef 2021, the Kartarpur
  // corridor 2019, the Koreas' talks before PyeongChang 2018, the APEC summit in Port Moresby 2018.
  probe('recall=0.9,precision=0.77,dates=0.76,speakers=0.71,duplicateRate=0.24,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.75')('philippines-china-whitsun-reef-2021'),
  probe('recall=0.82,precision=0.73,dates=0.87,speakers=0.95,duplicateRate=0.37,sourceRecall=0.71,noise=0,storyF1=0.95,published=0.75')('india-pakistan-kartarpur-corridor-2019'),
  probe('recall=0.91,precision=0.86,dates=0.63,speakers=0.7,duplicateRate=0.28,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.35')('north-korea-south-korea-pyeongchang-talks-2018'),
  probe('recall=0.89,precision=0.72,dates=0.88,speakers=0.95,duplicateRate=0.39,sourceRecall=0.83,noise=1,storyF1=0.95,published=0.95')('us-china-apec-port-moresby-2018'),
  [join(root, '.ci/probes/_mixed-101'), '', 'recall=0.88,precision=0.77,dates=0.77,speakers=0.81,duplicateRate=0.32,sourceRecall=0.79,noise=1,storyF1=0.95,published=0.7,inferred=0.45'],
  // The hundred-and-second, from Europe, per story a text in Windows-1251, a text with its most-read list, an XHTML
  // page, a Logseq page and a Mastodon thread: Iceland suspending its embassy in Moscow 2023, Moldova cutting Russia's
  // embassy 2023, Croatia and Slovenia over the Piran arbitration 2017, Ukraine recalling Melnyk from Berlin 2022.
  probe('recall=0.69,precision=0.92,dates=0.76,speakers=0.85,duplicateRate=0.34,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('iceland-russia-embassy-suspension-2023'),
  probe('recall=0.96,precision=0.92,dates=0.87,speakers=0.95,duplicateRate=0.38,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.95')('moldova-russia-embassy-cuts-2023'),
  probe('recall=0.96,precision=0.93,dates=0.68,speakers=0.85,duplicateRate=0.44,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('croatia-slovenia-piran-arbitration-2017'),
  probe('recall=0.79,precision=0.89,dates=0.68,speakers=0.87,duplicateRate=0.37,sourceRecall=0.77,noise=1,storyF1=0.95,published=0.75')('ukraine-germany-melnyk-recall-2022'),
  [join(root, '.ci/probes/_mixed-102'), '', 'recall=0.84,precision=0.91,dates=0.75,speakers=0.87,duplicateRate=0.38,sourceRecall=0.81,noise=1,storyF1=0.95,published=0.85,inferred=0.84'],
  // The hundred-and-third, from the Americas and multilateral bodies, per story a UN meetings-coverage release, a text
  // in Mac Roman, a page with a cookie dialog, a mailing list's mailbox and a Telegram channel: Okonjo-Iweala appointed
  // to lead the WTO 2021, the Security Council's sanctions on Haiti's gangs 2022, the EU and Mercosur in Montevideo
  // 2024, the United States leaving the WHO 2020.
  probe('recall=0.96,precision=0.8,dates=0.7,speakers=0.83,duplicateRate=0.31,sourceRecall=0.72,noise=0,storyF1=0.95,published=0.55')('wto-okonjo-iweala-appointment-2021'),
  probe('recall=0.96,precision=0.86,dates=0.88,speakers=0.82,duplicateRate=0.27,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('haiti-unsc-gang-sanctions-2022'),
  probe('recall=0.89,precision=0.86,dates=0.95,speakers=0.67,duplicateRate=0.31,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.95')('eu-mercosur-montevideo-2024'),
  probe('recall=0.96,precision=0.86,dates=0.79,speakers=0.95,duplicateRate=0.33,sourceRecall=0.88,noise=0,storyF1=0.7,published=0.75')('us-who-withdrawal-2020'),
  [join(root, '.ci/probes/_mixed-103'), '', 'recall=0.94,precision=0.85,dates=0.83,speakers=0.83,duplicateRate=0.31,sourceRecall=0.83,noise=0,storyF1=0.89,published=0.8,inferred=0.65'],
  // The hundred-and-fourth, from Africa and the Middle East, per story a press database's export in Factiva's
  // fields, another in LexisNexis's layout, a think tank's brief run through pdftotext, a page saved from the
  // Wayback Machine and a Bluesky thread: Libya's foreign minister suspended after meeting Israel's in Rome 2023,
  // Somalia and Ethiopia's Ankara Declaration 2024, Iran's missile strike on Erbil 2024, the African Union and
  // President Saied over migrants 2023.
  probe('recall=0.96,precision=0.88,dates=0.95,speakers=0.95,duplicateRate=0.53,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.75')('libya-israel-mangoush-2023'),
  probe('recall=0.96,precision=0.8,dates=0.63,speakers=0.7,duplicateRate=0.49,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.35')('somalia-ethiopia-ankara-declaration-2024'),
  probe('recall=0.96,precision=0.74,dates=0.76,speakers=0.95,duplicateRate=0.34,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.75')('iraq-iran-erbil-strike-2024'),
  probe('recall=0.96,precision=0.72,dates=0.95,speakers=0.75,duplicateRate=0.48,sourceRecall=0.63,noise=0,storyF1=0.95,published=0.95')('tunisia-au-migrants-saied-2023'),
  [join(root, '.ci/probes/_mixed-104'), '', 'recall=0.96,precision=0.78,dates=0.8,speakers=0.87,duplicateRate=0.46,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.7,inferred=0.45'],
  // The hundred-and-fifth, from Asia and the Pacific, per story a Google Docs page, a Notion page, a text in
  // GB18030, EUC-KR or Windows-874, an RSS feed's item and a read-later app's JSON line: India and Pakistan at the
  // SCO meeting in Goa 2023, Seoul's boycott of the Sado mine memorial 2024, the Chinese destroyer's sonar and
  // Australia's divers 2023, Thailand's deportation of Uyghurs to China 2025.
  probe('recall=0.8,precision=0.84,dates=0.67,speakers=0.88,duplicateRate=0.18,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('india-pakistan-sco-goa-2023'),
  probe('recall=0.9,precision=0.89,dates=0.72,speakers=0.95,duplicateRate=0.37,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.75')('japan-south-korea-sado-memorial-2024'),
  probe('recall=0.89,precision=0.82,dates=0.68,speakers=0.95,duplicateRate=0.37,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('australia-china-sonar-divers-2023'),
  probe('recall=0.96,precision=0.85,dates=0.61,speakers=0.95,duplicateRate=0.41,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('thailand-china-uyghur-deportation-2025'),
  [join(root, '.ci/probes/_mixed-105'), '', 'recall=0.88,precision=0.85,dates=0.67,speakers=0.93,duplicateRate=0.33,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.7,inferred=0.45'],
  // The hundred-and-sixth, from Europe, per story a text in Windows-1250, a government's press-conference
  // transcript, a page saved from Firefox's Reader View, a WordPress API post and a Joplin note: Prague's removal
  // of Marshal Konev's statue 2020, Christian Schmidt succeeding Valentin Inzko in Bosnia 2021, Austria's Schengen
  // veto against Romania 2022, Hungary's asylum for Marcin Romanowski 2024.
  probe('recall=0.91,precision=0.88,dates=0.6,speakers=0.87,duplicateRate=0.29,sourceRecall=0.74,noise=0,storyF1=0.95,published=0.35')('czech-russia-konev-statue-2020'),
  probe('recall=0.76,precision=0.93,dates=0.65,speakers=0.86,duplicateRate=0.42,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.35')('bosnia-ohr-schmidt-inzko-2021'),
  probe('recall=0.86,precision=0.88,dates=0.95,speakers=0.95,duplicateRate=0.31,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('romania-austria-schengen-veto-2022'),
  probe('recall=0.76,precision=0.88,dates=0.45,speakers=0.76,duplicateRate=0.35,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.55')('poland-hungary-romanowski-asylum-2024'),
  [join(root, '.ci/probes/_mixed-106'), '', 'recall=0.83,precision=0.89,dates=0.67,speakers=0.87,duplicateRate=0.33,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.55,inferred=0.37'],
  // The hundred-and-seventh, from the Americas and multilateral bodies, per story a government's press release, a
  // forwarded e-mail, a text in Windows-1252, a newsroom's Markdown page and a news search API's answer: Mercosur
  // suspending Venezuela 2016, Security Council resolution 2334 on Israeli settlements 2016, the General Assembly's
  // vote on Ukraine 2022, the Commonwealth's secretary-general ballot in Kigali 2022.
  probe('recall=0.81,precision=0.93,dates=0.72,speakers=0.95,duplicateRate=0.33,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.95')('mercosur-venezuela-suspension-2016'),
  probe('recall=0.87,precision=0.85,dates=0.57,speakers=0.81,duplicateRate=0.27,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.55')('israel-unsc-settlements-2016'),
  probe('recall=0.8,precision=0.91,dates=0.72,speakers=0.88,duplicateRate=0.18,sourceRecall=0.93,noise=0,storyF1=0.95,published=0.75')('russia-ukraine-unga-vote-2022'),
  probe('recall=0.9,precision=0.9,dates=0.5,speakers=0.86,duplicateRate=0.26,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.55')('dominica-jamaica-commonwealth-sg-2022'),
  [join(root, '.ci/probes/_mixed-107'), '', 'recall=0.84,precision=0.89,dates=0.63,speakers=0.87,duplicateRate=0.26,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.7,inferred=0.45'],
  // The hundred-and-eighth, from Africa and the Middle East, per story five pages copied from news sites as text, in
  // demanding prose (statements in relative clauses, speakers named again by periphrasis, days counted from other
  // days): Muhoozi Kainerugaba's visits to Kagame and the reopening of the Gatuna border 2022, the SADC observers'
  // verdict on Zimbabwe's election 2023, the consular expulsions between Algeria and France 2025, Iran's protest at
  // the China-GCC statement on the three islands 2022.
  probe('recall=0.96,precision=0.88,dates=0.73,speakers=0.87,duplicateRate=0.39,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.55')('rwanda-uganda-gatuna-border-2022'),
  probe('recall=0.84,precision=0.86,dates=0.58,speakers=0.77,duplicateRate=0.39,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.35')('zimbabwe-sadc-observer-row-2023'),
  probe('recall=0.82,precision=0.8,dates=0.63,speakers=0.81,duplicateRate=0.38,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.35')('algeria-france-consular-expulsions-2025'),
  probe('recall=0.91,precision=0.84,dates=0.76,speakers=0.76,duplicateRate=0.34,sourceRecall=0.81,noise=2,storyF1=0.95,published=0.55')('china-iran-gcc-islands-2022'),
  [join(root, '.ci/probes/_mixed-108'), '', 'recall=0.88,precision=0.85,dates=0.67,speakers=0.8,duplicateRate=0.38,sourceRecall=0.85,noise=2,storyF1=0.95,published=0.45,inferred=0.32'],
  // The hundred-and-ninth, from Asia and the Pacific, per story a Medium post, an Atom feed's entry, a text in
  // Shift_JIS or Big5, a page Word saved as a filtered web page and a Notepad text in UTF-16: Putin's visit to
  // Mongolia despite the ICC warrant 2024, the defence agreement of Papua New Guinea and the United States 2023,
  // China's detention of an Astellas employee 2023, the recall of Manila's envoys over Canada's garbage 2019.
  probe('recall=0.96,precision=0.74,dates=0.75,speakers=0.95,duplicateRate=0.33,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('mongolia-russia-putin-icc-2024'),
  probe('recall=0.9,precision=0.77,dates=0.57,speakers=0.95,duplicateRate=0.33,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('papua-new-guinea-us-defence-pact-2023'),
  probe('recall=0.84,precision=0.77,dates=0.82,speakers=0.95,duplicateRate=0.34,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('japan-china-astellas-detention-2023'),
  probe('recall=0.78,precision=0.84,dates=0.66,speakers=0.95,duplicateRate=0.48,sourceRecall=0.87,noise=1,storyF1=0.95,published=0.35')('philippines-canada-garbage-row-2019'),
  [join(root, '.ci/probes/_mixed-109'), '', 'recall=0.87,precision=0.78,dates=0.7,speakers=0.95,duplicateRate=0.37,sourceRecall=0.84,noise=1,storyF1=0.95,published=0.65,inferred=0.35'],
  // The hundred-and-tenth, from Europe and the former Soviet Union, per story five pages copied from news sites as
  // text, in demanding prose: the Brussels agreement of Kosovo and Serbia 2013, Germany's withdrawal from Incirlik
  // 2017, the European Parliament's Article 7 vote on Hungary 2018, Eston Kohver's sentence and exchange 2015.
  probe('recall=0.92,precision=0.91,dates=0.57,speakers=0.82,duplicateRate=0.42,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.55')('kosovo-serbia-brussels-agreement-2013'),
  probe('recall=0.84,precision=0.9,dates=0.38,speakers=0.78,duplicateRate=0.34,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.35')('germany-turkey-incirlik-2017'),
  probe('recall=0.89,precision=0.87,dates=0.8,speakers=0.85,duplicateRate=0.31,sourceRecall=0.79,noise=1,storyF1=0.95,published=0.75')('eu-hungary-sargentini-vote-2018'),
  probe('recall=0.82,precision=0.83,dates=0.73,speakers=0.95,duplicateRate=0.32,sourceRecall=0.87,noise=0,storyF1=0.52,published=0.95')('estonia-russia-kohver-swap-2015'),
  [join(root, '.ci/probes/_mixed-110'), '', 'recall=0.87,precision=0.88,dates=0.62,speakers=0.85,duplicateRate=0.36,sourceRecall=0.84,noise=1,storyF1=0.86,published=0.65,inferred=0.57'],
  // The hundred-and-eleventh, from the Americas and multilateral bodies, per story a radio or podcast transcript, a
  // Substack newsletter e-mail, an Obsidian note, a feed reader's export and a page Chrome saved as one file:
  // CARICOM's Kingston meeting and Haiti's transition 2024, the CELAC summit in Buenos Aires 2023, Security Council
  // resolution 2728 on a Ramadan ceasefire 2024, the adoption of the WHO pandemic agreement 2025.
  probe('recall=0.88,precision=0.77,dates=0.47,speakers=0.95,duplicateRate=0.32,sourceRecall=0.84,noise=0,storyF1=0.52,published=0.35')('haiti-caricom-kingston-transition-2024'),
  probe('recall=0.72,precision=0.83,dates=0.38,speakers=0.71,duplicateRate=0.29,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.75')('argentina-celac-buenos-aires-summit-2023'),
  probe('recall=0.91,precision=0.8,dates=0.81,speakers=0.88,duplicateRate=0.23,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.95')('israel-us-unsc-ramadan-ceasefire-2024'),
  probe('recall=0.71,precision=0.88,dates=0.61,speakers=0.75,duplicateRate=0.34,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.35')('who-pandemic-agreement-adoption-2025'),
  [join(root, '.ci/probes/_mixed-111'), '', 'recall=0.82,precision=0.8,dates=0.59,speakers=0.83,duplicateRate=0.29,sourceRecall=0.81,noise=0,storyF1=0.89,published=0.6,inferred=0.25'],
  // The hundred-and-twelfth, from Africa and the Middle East, per story five pages copied from news sites as text,
  // in demanding prose (statements in relative clauses, speakers named again by periphrasis, days counted from other
  // days): the expulsion of the UN envoy Nicholas Haysom from Somalia 2019, the demolition at Nigeria's High
  // Commission in Accra 2020, Burundi's closure of its border with Rwanda 2024, the restoration of ties between
  // Bahrain and Qatar 2023.
  probe('recall=0.84,precision=0.74,dates=0.82,speakers=0.72,duplicateRate=0.38,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.75')('somalia-un-haysom-expulsion-2019'),
  probe('recall=0.84,precision=0.74,dates=0.51,speakers=0.65,duplicateRate=0.42,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.35')('ghana-nigeria-high-commission-row-2020'),
  probe('recall=0.88,precision=0.83,dates=0.41,speakers=0.72,duplicateRate=0.52,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.35')('burundi-rwanda-border-closure-2024'),
  probe('recall=0.79,precision=0.85,dates=0.55,speakers=0.61,duplicateRate=0.47,sourceRecall=0.87,noise=0,storyF1=0.52,published=0.55')('bahrain-qatar-ties-restored-2023'),
  [join(root, '.ci/probes/_mixed-112'), '', 'recall=0.84,precision=0.79,dates=0.58,speakers=0.67,duplicateRate=0.45,sourceRecall=0.84,noise=0,storyF1=0.86,published=0.5,inferred=0.38'],
  // The hundred-and-thirteenth, from Asia and the Pacific, per story an RSS feed, an Evernote export, an RTF file
  // from WordPad or TextEdit, a news page with its metadata and a text copied from a PDF briefing: the end of the
  // inter-Korean military agreement 2023, the defence MoU of India and Sri Lanka 2025, Timor-Leste's accession to
  // ASEAN 2025, the border treaty of Kyrgyzstan and Tajikistan 2025.
  probe('recall=0.96,precision=0.84,dates=0.95,speakers=0.95,duplicateRate=0.45,sourceRecall=0.85,noise=1,storyF1=0.95,published=0.75')('south-korea-north-korea-military-pact-2023'),
  probe('recall=0.8,precision=0.92,dates=0.95,speakers=0.95,duplicateRate=0.29,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('india-sri-lanka-defence-mou-2025'),
  probe('recall=0.84,precision=0.92,dates=0.95,speakers=0.95,duplicateRate=0.36,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('timor-leste-asean-accession-2025'),
  probe('recall=0.87,precision=0.91,dates=0.76,speakers=0.95,duplicateRate=0.32,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.95')('kyrgyzstan-tajikistan-border-treaty-2025'),
  [join(root, '.ci/probes/_mixed-113'), '', 'recall=0.87,precision=0.89,dates=0.9,speakers=0.95,duplicateRate=0.37,sourceRecall=0.84,noise=1,storyF1=0.95,published=0.85,inferred=0.79'],
  // The hundred-and-fourteenth, from Europe and the former Soviet Union, per story five pages copied from news sites
  // as text, in demanding prose: the Aquarius rescue ship between Italy and France 2018, Serbia's 'Kosovo is Serbia'
  // train 2017, Denmark's accusation of an Iranian assassination plot 2018, Moldova and Rogozin 2017.
  probe('recall=0.96,precision=0.94,dates=0.8,speakers=0.9,duplicateRate=0.44,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.75')('italy-france-aquarius-2018'),
  probe('recall=0.88,precision=0.85,dates=0.68,speakers=0.82,duplicateRate=0.38,sourceRecall=0.83,noise=1,storyF1=0.95,published=0.75')('serbia-kosovo-train-2017'),
  probe('recall=0.78,precision=0.89,dates=0.55,speakers=0.95,duplicateRate=0.31,sourceRecall=0.9,noise=2,storyF1=0.95,published=0.55')('denmark-iran-assassination-plot-2018'),
  probe('recall=0.8,precision=0.94,dates=0.55,speakers=0.95,duplicateRate=0.33,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.35')('moldova-russia-rogozin-2017'),
  [join(root, '.ci/probes/_mixed-114'), '', 'recall=0.85,precision=0.9,dates=0.65,speakers=0.9,duplicateRate=0.37,sourceRecall=0.85,noise=3,storyF1=0.95,published=0.6,inferred=0.51'],
  // The hundred-and-fifteenth, from the Americas and multilateral bodies, per story a news e-mail, a scraper's JSON
  // lines, a Joplin or Bear note, an EPUB digest's chapter and an AMP page: El Salvador's switch from Taipei to
  // Beijing 2018, Russia's suspension from the Human Rights Council 2022, the end of the WTO Appellate Body 2019,
  // Mexico's boycott of the Summit of the Americas 2022.
  probe('recall=0.74,precision=0.96,dates=0.85,speakers=0.83,duplicateRate=0.31,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('el-salvador-taiwan-switch-2018'),
  probe('recall=0.96,precision=0.9,dates=0.89,speakers=0.95,duplicateRate=0.37,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('russia-un-hrc-suspension-2022'),
  probe('recall=0.96,precision=0.86,dates=0.85,speakers=0.95,duplicateRate=0.3,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('us-wto-appellate-body-2019'),
  probe('recall=0.96,precision=0.86,dates=0.88,speakers=0.95,duplicateRate=0.38,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.95')('us-mexico-summit-americas-2022'),
  [join(root, '.ci/probes/_mixed-115'), '', 'recall=0.9,precision=0.89,dates=0.87,speakers=0.92,duplicateRate=0.34,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.85,inferred=0.75'],
  // The hundred-and-sixteenth, from Africa and the Middle East, per story five pages copied from news sites as text,
  // in demanding prose (statements in relative clauses, speakers named again by periphrasis, days counted from other
  // days): Mali's and Niger's break with Ukraine 2024, DR Congo's recall of its ambassador from Kenya over the rebel
  // alliance launched in Nairobi 2023, Sudan's genocide case against the UAE at the ICJ 2025, Erdogan's visit to
  // Baghdad 2024.
  probe('recall=0.96,precision=0.92,dates=0.71,speakers=0.75,duplicateRate=0.42,sourceRecall=0.75,noise=0,storyF1=0.95,published=0.75')('mali-ukraine-rupture-2024'),
  probe('recall=0.84,precision=0.9,dates=0.81,speakers=0.95,duplicateRate=0.37,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.95')('drc-kenya-afc-nairobi-2023'),
  probe('recall=0.96,precision=0.8,dates=0.81,speakers=0.75,duplicateRate=0.5,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('sudan-uae-icj-genocide-case-2025'),
  probe('recall=0.88,precision=0.83,dates=0.55,speakers=0.95,duplicateRate=0.27,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.75')('iraq-turkey-erdogan-baghdad-2024'),
  [join(root, '.ci/probes/_mixed-116'), '', 'recall=0.9,precision=0.86,dates=0.7,speakers=0.85,duplicateRate=0.39,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.8,inferred=0.76'],
  // The hundred-and-seventeenth, from Asia and the Pacific, per story a page Chrome saved as one file, an Atom feed,
  // an Obsidian clip, a read-later app's export and a print view in a legacy encoding: Modi's stop in Lahore 2015,
  // the ASEAN meeting without a communique 2012, South Korea's forced-labour rulings against Japanese firms 2018,
  // the Micronesian walkout from the Pacific Islands Forum 2021.
  probe('recall=0.86,precision=0.79,dates=0.95,speakers=0.85,duplicateRate=0.39,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.95')('india-pakistan-modi-lahore-visit-2015'),
  probe('recall=0.96,precision=0.96,dates=0.67,speakers=0.95,duplicateRate=0.38,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.75')('cambodia-philippines-asean-communique-2012'),
  probe('recall=0.89,precision=0.88,dates=0.95,speakers=0.95,duplicateRate=0.39,sourceRecall=0.73,noise=0,storyF1=0.95,published=0.95')('japan-south-korea-forced-labour-ruling-2018'),
  probe('recall=0.84,precision=0.86,dates=0.95,speakers=0.95,duplicateRate=0.36,sourceRecall=0.96,noise=0,storyF1=0.95,published=0.95')('micronesia-pif-secretary-general-walkout-2021'),
  [join(root, '.ci/probes/_mixed-117'), '', 'recall=0.89,precision=0.87,dates=0.86,speakers=0.92,duplicateRate=0.38,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.9,inferred=0.85'],
  // The hundred-and-eighteenth, from Europe and the former Soviet Union, per story five pages copied from news sites
  // as text, in demanding prose: the missile that fell on Przewodów 2022, the Narva river buoys 2024, Greece and
  // North Macedonia's oath 2024, Kyiv's snub of Steinmeier 2022.
  probe('recall=0.88,precision=0.83,dates=0.91,speakers=0.95,duplicateRate=0.37,sourceRecall=0.81,noise=0,storyF1=0.95,published=0.95')('poland-ukraine-przewodow-missile-2022'),
  probe('recall=0.9,precision=0.86,dates=0.89,speakers=0.95,duplicateRate=0.27,sourceRecall=0.81,noise=1,storyF1=0.95,published=0.95')('estonia-russia-narva-buoys-2024'),
  probe('recall=0.75,precision=0.87,dates=0.68,speakers=0.88,duplicateRate=0.42,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.75')('greece-north-macedonia-oath-2024'),
  probe('recall=0.83,precision=0.93,dates=0.72,speakers=0.9,duplicateRate=0.34,sourceRecall=0.92,noise=0,storyF1=0.95,published=0.75')('germany-ukraine-steinmeier-snub-2022'),
  [join(root, '.ci/probes/_mixed-118'), '', 'recall=0.84,precision=0.87,dates=0.8,speakers=0.91,duplicateRate=0.35,sourceRecall=0.85,noise=1,storyF1=0.95,published=0.85,inferred=0.82'],
  // The hundred-and-nineteenth, from the Americas and multilateral bodies, per story a mailing list's digest, a news
  // agency's NewsML-G2 or NITF item, a page Word saved, a briefing's transcript in UTF-16 and a news page or live
  // blog: Guatemala's expulsion of the UN anti-graft commission 2019, the World Court's Peru-Chile maritime ruling
  // 2014, the WTO's Nairobi conference 2015, a Bolivian senator's escape through Brazil's embassy 2013.
  probe('recall=0.78,precision=0.76,dates=0.95,speakers=0.95,duplicateRate=0.29,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.95')('guatemala-un-cicig-2019'),
  probe('recall=0.88,precision=0.82,dates=0.95,speakers=0.95,duplicateRate=0.32,sourceRecall=0.85,noise=1,storyF1=0.95,published=0.95')('peru-chile-icj-maritime-2014'),
  probe('recall=0.89,precision=0.89,dates=0.95,speakers=0.95,duplicateRate=0.41,sourceRecall=0.82,noise=1,storyF1=0.95,published=0.95')('wto-nairobi-mc10-2015'),
  probe('recall=0.96,precision=0.87,dates=0.82,speakers=0.95,duplicateRate=0.4,sourceRecall=0.53,noise=0,storyF1=0.95,published=0.95')('brazil-bolivia-pinto-escape-2013'),
  [join(root, '.ci/probes/_mixed-119'), '', 'recall=0.88,precision=0.84,dates=0.91,speakers=0.95,duplicateRate=0.36,sourceRecall=0.74,noise=2,storyF1=0.95,published=0.95,inferred=0.95'],
  // The hundred-and-twentieth, from Africa and the Middle East, per story five pages copied from news sites as text, in
  // demanding prose: Morocco's return to the African Union 2017, Sudan's removal from the US terrorism list 2020, Yemen's
  // Stockholm Agreement 2018, Egypt's transfer of Tiran and Sanafir 2016.
  probe('recall=0.89,precision=0.86,dates=0.66,speakers=0.62,duplicateRate=0.47,sourceRecall=0.67,noise=0,storyF1=0.95,published=0.55')('morocco-african-union-return-2017'),
  probe('recall=0.91,precision=0.85,dates=0.65,speakers=0.86,duplicateRate=0.49,sourceRecall=0.69,noise=0,storyF1=0.95,published=0.55')('sudan-terror-list-removal-2020'),
  probe('recall=0.89,precision=0.88,dates=0.6,speakers=0.87,duplicateRate=0.46,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.55')('yemen-stockholm-agreement-2018'),
  probe('recall=0.91,precision=0.87,dates=0.78,speakers=0.83,duplicateRate=0.46,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('egypt-saudi-tiran-sanafir-2016'),
  [join(root, '.ci/probes/_mixed-120'), '', 'recall=0.9,precision=0.87,dates=0.66,speakers=0.8,duplicateRate=0.47,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.65,inferred=0.49'],
  // The hundred-and-twenty-first, from Asia and the Pacific, per story a Word and a LibreOffice document, a page Safari saved
  // as a web archive, a briefing's or broadcast's captions (WebVTT, SubRip) and a media-monitoring tool's spreadsheet: the
  // RCEP signing 2020, the Quad summit in Tokyo 2022, the China-Central Asia summit in Xi'an 2023, Imran Khan in Moscow 2022.
  probe('recall=0.89,precision=0.67,dates=0.87,speakers=0.95,duplicateRate=0.44,sourceRecall=0.86,noise=1,storyF1=0.95,published=0.75')('rcep-signing-2020'),
  probe('recall=0.82,precision=0.9,dates=0.63,speakers=0.9,duplicateRate=0.29,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.75')('quad-tokyo-summit-2022'),
  probe('recall=0.79,precision=0.81,dates=0.68,speakers=0.78,duplicateRate=0.36,sourceRecall=0.68,noise=0,storyF1=0.95,published=0.35')('china-central-asia-xian-summit-2023'),
  probe('recall=0.67,precision=0.8,dates=0.78,speakers=0.95,duplicateRate=0.46,sourceRecall=0.87,noise=0,storyF1=0.95,published=0.95')('imran-khan-moscow-visit-2022'),
  [join(root, '.ci/probes/_mixed-121'), '', 'recall=0.8,precision=0.8,dates=0.71,speakers=0.9,duplicateRate=0.38,sourceRecall=0.83,noise=1,storyF1=0.95,published=0.7,inferred=0.7'],
  // The hundred-and-twenty-second, from Europe and the former Soviet Union, per story five pages copied from news sites as
  // text, in demanding prose: Russia's expulsion from the Council of Europe 2022, the EU's opening of accession talks with
  // Ukraine and Moldova 2023, Germany's Novichok finding in the Navalny poisoning 2020, the Armenia-Azerbaijan border
  // fighting 2022.
  probe('recall=0.96,precision=0.89,dates=0.88,speakers=0.95,duplicateRate=0.46,sourceRecall=0.86,noise=0,storyF1=0.95,published=0.95')('russia-council-of-europe-expulsion-2022'),
  probe('recall=0.92,precision=0.85,dates=0.79,speakers=0.95,duplicateRate=0.34,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.55')('eu-ukraine-moldova-accession-talks-2023'),
  probe('recall=0.9,precision=0.82,dates=0.51,speakers=0.86,duplicateRate=0.31,sourceRecall=0.88,noise=1,storyF1=0.95,published=0.55')('navalny-novichok-germany-2020'),
  probe('recall=0.83,precision=0.88,dates=0.68,speakers=0.88,duplicateRate=0.28,sourceRecall=0.89,noise=0,storyF1=0.95,published=0.55')('armenia-azerbaijan-border-clashes-2022'),
  [join(root, '.ci/probes/_mixed-122'), '', 'recall=0.89,precision=0.86,dates=0.68,speakers=0.89,duplicateRate=0.35,sourceRecall=0.85,noise=1,storyF1=0.95,published=0.65,inferred=0.49'],
  // The hundred-and-twenty-third, from the Americas and multilateral bodies, per story a web archive (WARC), a newsroom's
  // Slack or Discord channel, a page whose full text is only in its JSON-LD, a Markdown clip and an archive system's export
  // without an extension: Argentina's IMF stand-by 2018, NAFTA becoming USMCA 2018, Guatemala's safe-third-country deal
  // 2019, the US abstention on the UN's Cuba embargo vote 2016.
  probe('recall=0.76,precision=0.86,dates=0.7,speakers=0.88,duplicateRate=0.21,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('argentina-imf-standby-2018'),
  probe('recall=0.87,precision=0.94,dates=0.69,speakers=0.95,duplicateRate=0.3,sourceRecall=0.88,noise=0,storyF1=0.52,published=0.55')('usmca-nafta-deal-2018'),
  probe('recall=0.96,precision=0.91,dates=0.74,speakers=0.89,duplicateRate=0.23,sourceRecall=0.84,noise=0,storyF1=0.95,published=0.75')('guatemala-us-safe-third-country-2019'),
  probe('recall=0.8,precision=0.94,dates=0.83,speakers=0.9,duplicateRate=0.26,sourceRecall=0.85,noise=0,storyF1=0.95,published=0.75')('cuba-embargo-un-abstention-2016'),
  [join(root, '.ci/probes/_mixed-123'), '', 'recall=0.84,precision=0.92,dates=0.74,speakers=0.91,duplicateRate=0.26,sourceRecall=0.85,noise=0,storyF1=0.87,published=0.7,inferred=0.7'],
  // The hundred-and-twenty-fourth, from Africa and the Middle East, per story five pages copied from news sites as text, in
  // demanding prose (a monitoring service's transcript, a radio programme's, a podcast's): ECOWAS's sanctions on Mali 2022,
  // the Arab League's suspension of Syria 2011, the Gulf states' recall of their ambassadors from Qatar 2014, the African
  // withdrawals from the International Criminal Court 2016.
  probe('recall=0.76,precision=0.89,dates=0.95,speakers=0.75,duplicateRate=0.42,sourceRecall=0.74,noise=0,storyF1=0.95,published=0.75')('mali-ecowas-sanctions-2022'),
  probe('recall=0.96,precision=0.91,dates=0.56,speakers=0.85,duplicateRate=0.27,sourceRecall=0.74,noise=0,storyF1=0.95,published=0.75')('syria-arab-league-suspension-2011'),
  probe('recall=0.89,precision=0.83,dates=0.64,speakers=0.95,duplicateRate=0.35,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.75')('gcc-qatar-ambassadors-2014'),
  probe('recall=0.84,precision=0.88,dates=0.62,speakers=0.95,duplicateRate=0.35,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.75')('africa-icc-withdrawals-2016'),
  [join(root, '.ci/probes/_mixed-124'), '', 'recall=0.86,precision=0.88,dates=0.67,speakers=0.86,duplicateRate=0.34,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75,inferred=0.64'],
  // The hundred-and-twenty-fifth, from Asia and the Pacific, per story five PDFs: a browser's Save as PDF with its header
  // and footer, a reader view's print, a brief in two columns with soft hyphens, an embassy's or a ministry's press release, a
  // press database's copy: China's Pacific tour and its regional deal 2022, the SCO summit in Samarkand 2022, China's
  // standard map 2023, the World Court's Pedra Branca ruling 2008.
  probe('recall=0.91,precision=0.92,dates=0.78,speakers=0.95,duplicateRate=0.37,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.75')('china-pacific-common-vision-2022'),
  probe('recall=0.83,precision=0.9,dates=0.7,speakers=0.95,duplicateRate=0.38,sourceRecall=0.88,noise=0,storyF1=0.95,published=0.75')('sco-samarkand-summit-2022'),
  probe('recall=0.9,precision=0.8,dates=0.89,speakers=0.95,duplicateRate=0.39,sourceRecall=0.81,noise=3,storyF1=0.95,published=0.75')('china-standard-map-2023'),
  probe('recall=0.79,precision=0.87,dates=0.85,speakers=0.62,duplicateRate=0.23,sourceRecall=0.76,noise=0,storyF1=0.95,published=0.55')('pedra-branca-icj-ruling-2008'),
  [join(root, '.ci/probes/_mixed-125'), '', 'recall=0.86,precision=0.88,dates=0.79,speakers=0.9,duplicateRate=0.36,sourceRecall=0.83,noise=3,storyF1=0.95,published=0.7,inferred=0.7'],
  // The hundred-and-twenty-sixth, from Europe, per story an EPUB from a send-to-e-reader tool, an EPUB from Calibre, an
  // Org-mode capture, a browser's Save as PDF and a plain text: Albania's break with Iran over a cyberattack 2022, Mark
  // Rutte's appointment at NATO 2024, the Bürgenstock peace summit 2024, the Franco-German proposal of an EU summit with
  // Putin 2021.
  probe('recall=0.9,precision=0.88,dates=0.77,speakers=0.75,duplicateRate=0.52,sourceRecall=0.69,noise=0,storyF1=0.95,published=0.95')('albania-iran-cyberattack-rupture-2022'),
  probe('recall=0.79,precision=0.88,dates=0.88,speakers=0.83,duplicateRate=0.46,sourceRecall=0.73,noise=0,storyF1=0.95,published=0.75')('nato-rutte-appointment-2024'),
  probe('recall=0.85,precision=0.89,dates=0.71,speakers=0.87,duplicateRate=0.41,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.55')('ukraine-peace-summit-burgenstock-2024'),
  probe('recall=0.91,precision=0.89,dates=0.84,speakers=0.87,duplicateRate=0.44,sourceRecall=0.9,noise=0,storyF1=0.95,published=0.75')('eu-russia-summit-proposal-2021'),
  [join(root, '.ci/probes/_mixed-126'), '', 'recall=0.87,precision=0.89,dates=0.8,speakers=0.83,duplicateRate=0.46,sourceRecall=0.79,noise=0,storyF1=0.95,published=0.75,inferred=0.71'],
  // The hundred-and-twenty-seventh, from the Americas, per story documents a researcher keeps, as LibreOffice writes them:
  // a Word file, an OpenDocument text, a PDF exported by Writer, an RTF and a plain text (a think tank's brief with footnotes
  // and running heads, a clipping pasted into Word, a client alert, a parliamentary paper, a course reader's excerpt): Bolivia's
  // expulsion of the US ambassador 2008, Rousseff's postponed state visit 2013, Ecuador's expulsion of the US ambassador 2011,
  // Colombia and Venezuela restoring relations 2022.
  probe('recall=0.84,precision=0.84,dates=0.71,speakers=0.7,duplicateRate=0.46,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('bolivia-us-goldberg-expulsion-2008'),
  probe('recall=0.79,precision=0.86,dates=0.62,speakers=0.81,duplicateRate=0.39,sourceRecall=0.61,noise=0,storyF1=0.95,published=0.55')('brazil-us-rousseff-state-visit-postponed-2013'),
  probe('recall=0.89,precision=0.96,dates=0.95,speakers=0.78,duplicateRate=0.56,sourceRecall=0.68,noise=0,storyF1=0.95,published=0.75')('ecuador-us-hodges-expulsion-2011'),
  probe('recall=0.96,precision=0.85,dates=0.78,speakers=0.95,duplicateRate=0.51,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('colombia-venezuela-relations-restored-2022'),
  [join(root, '.ci/probes/_mixed-127'), '', 'recall=0.86,precision=0.87,dates=0.75,speakers=0.8,duplicateRate=0.48,sourceRecall=0.71,noise=0,storyF1=0.95,published=0.7,inferred=0.67'],
  // The hundred-and-twenty-eighth, from South and Central Asia, per story saved pages, web clippings in Markdown and plain
  // texts (a spokesperson's weekly briefing, a live blog, an explainer with a timeline, an ambassador's op-ed): the India-
  // Bangladesh land boundary 2015, the Jadhav judgment 2019, the boycotted SAARC summit 2016, the SCO summit in Dushanbe 2021.
  probe('recall=0.7,precision=0.85,dates=0.7,speakers=0.95,duplicateRate=0.3,sourceRecall=0.77,noise=0,storyF1=0.7,published=0.95')('india-bangladesh-land-boundary-2015'),
  probe('recall=0.84,precision=0.78,dates=0.88,speakers=0.95,duplicateRate=0.41,sourceRecall=0.91,noise=0,storyF1=0.95,published=0.55')('india-pakistan-jadhav-icj-2019'),
  probe('recall=0.96,precision=0.9,dates=0.95,speakers=0.87,duplicateRate=0.51,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.55')('saarc-islamabad-summit-boycott-2016'),
  probe('recall=0.77,precision=0.77,dates=0.83,speakers=0.95,duplicateRate=0.25,sourceRecall=0.82,noise=0,storyF1=0.95,published=0.95')('sco-dushanbe-summit-2021'),
  [join(root, '.ci/probes/_mixed-128'), '', 'recall=0.8,precision=0.82,dates=0.84,speakers=0.93,duplicateRate=0.38,sourceRecall=0.81,noise=0,storyF1=0.78,published=0.7,inferred=0.64'],
  // The hundred-and-twenty-ninth, on multilateral diplomacy, per story a newsletter by email, a single-file saved page, a
  // read-later app's export, a UN meetings release or a state agency's translated story: COP28's UAE Consensus 2023, the
  // choice of Guterres 2016, the African Union's seat at the G20 in New Delhi 2023, Zelensky at the G7 in Hiroshima 2023.
  probe('recall=0.84,precision=0.65,dates=0.81,speakers=0.85,duplicateRate=0.49,sourceRecall=0.83,noise=0,storyF1=0.95,published=0.55')('cop28-uae-consensus-2023'),
  probe('recall=0.96,precision=0.81,dates=0.89,speakers=0.95,duplicateRate=0.28,sourceRecall=0.77,noise=0,storyF1=0.95,published=0.75')('un-secretary-general-guterres-2016'),
  probe('recall=0.9,precision=0.8,dates=0.83,speakers=0.95,duplicateRate=0.29,sourceRecall=0.8,noise=0,storyF1=0.95,published=0.95')('g20-new-delhi-african-union-2023'),
  probe('recall=0.92,precision=0.84,dates=0.77,speakers=0.88,duplicateRate=0.41,sourceRecall=0.74,noise=0,storyF1=0.95,published=0.55')('g7-hiroshima-zelensky-2023'),
  [join(root, '.ci/probes/_mixed-129'), '', 'recall=0.91,precision=0.77,dates=0.82,speakers=0.9,duplicateRate=0.37,sourceRecall=0.78,noise=0,storyF1=0.95,published=0.7,inferred=0.66'],

]

const tally = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(label, command, args, options = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`)
  const r = spawnSync(command, args, { cwd: root, env: { ...env, ...options.env }, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', shell: false })
  if (options.capture) process.stdout.write(r.stdout ?? '')
  return r
}

function step(label, command, args) {
  const r = run(label, command, args)
  record(label, r.status === 0)
  return r.status === 0
}

function record(label, ok, count = 1) {
  if (ok) tally.passed += count
  else {
    tally.failed += count
    failures.push(label)
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

step('typecheck', 'npm', ['run', '--silent', 'typecheck'])
const built = step('build', 'npx', ['electron-vite', 'build'])

const unitJson = join(results, 'unit.json')
const unit = run('unit tests', 'npx', ['vitest', 'run', '--config', 'src/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`])
const unitReport = readJson(unitJson)
if (unitReport) {
  tally.passed += unitReport.numPassedTests
  tally.failed += unitReport.numFailedTests
  tally.skipped += unitReport.numPendingTests + (unitReport.numTodoTests ?? 0)
  if (unitReport.numFailedTests) failures.push(`${unitReport.numFailedTests} unit test(s)`)
  if (unit.status !== 0 && !unitReport.numFailedTests) record('unit test run (suite error)', false)
} else record('unit tests (no report)', false)

if (!built) record('end-to-end tests (build failed)', false)
else if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  console.log('\n=== end-to-end tests skipped: Debian chromium is not installed (bash .ci/setup --test installs it)')
  tally.skipped++
} else {
  const e2eJson = join(results, 'e2e.json')
  const e2e = run('end-to-end tests', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson } })
  const stats = readJson(e2eJson)?.stats
  if (stats) {
    tally.passed += stats.expected + (stats.flaky ?? 0)
    tally.failed += stats.unexpected
    tally.skipped += stats.skipped
    if (stats.unexpected) failures.push(`${stats.unexpected} end-to-end test(s)`)
    if (e2e.status !== 0 && !stats.unexpected) record('end-to-end run (setup error)', false)
  } else record('end-to-end tests (no report)', false)
}

for (const script of ['check-dist.mjs', 'electronegativity.mjs']) {
  if (existsSync(join(root, '.ci', script))) step(script, 'node', [join('.ci', script)])
}

if (!existsSync(join(shared, 'eval/score.mjs'))) {
  console.log(`\n=== quality floors skipped: ${shared} is not here (the evaluation corpora live beside the repository)`)
  tally.skipped += floors.length
} else {
  for (const [corpus, gold, require] of floors) {
    const args = [join(shared, 'eval/score.mjs'), '--run', 'npm run --silent timeline --', corpus, ...(gold ? gold.split(' ') : []), '--require', require]
    const r = run(`quality floor ${corpus}`, 'node', args, { capture: true })
    record(`quality floor ${corpus} (${require})`, r.status === 0)
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`)
console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`)
process.exit(tally.failed ? 1 : 0)
