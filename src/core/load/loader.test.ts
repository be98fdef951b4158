// A hostile folder built on the fly: every kind of bad file, link trouble and encoding, and what the
// loader makes of each. The folder must be byte-for-byte unchanged afterwards.
import { createHash } from 'node:crypto'
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadFolder, loadFolderWith, type LoaderIo } from './index'
import { nodeReadIo } from './read'
import { nodeWalkIo } from './walk'

const ARTICLE = (headline: string, body = 'Foreign ministers met in Geneva on Friday to discuss security guarantees, officials said.') =>
  `${headline}\n\n${body}\n\nBoth sides agreed to continue the talks next week, a spokesman told reporters.\n`

let root = ''

function write(rel: string, content: string | Uint8Array): void {
  const path = join(root, rel)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
}

/** Every entry's path, type, mode and content (or link target), hashed. */
function folderHash(dir: string): string {
  const hash = createHash('sha256')
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name)
      const info = lstatSync(path)
      hash.update(`${path}|${info.mode}|${info.size}|${info.mtimeMs}\n`)
      if (info.isSymbolicLink()) hash.update(readlinkSync(path))
      else if (info.isDirectory()) visit(path)
      else if (info.mode & 0o444) {
        try {
          hash.update(readFileSync(path))
        } catch {
          hash.update('unreadable')
        }
      }
    }
  }
  visit(dir)
  return hash.digest('hex')
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hostile-'))
  write('plain.txt', ` date 2022-01-21 ${ARTICLE('Lavrov and Blinken meet in Geneva')}`)
  write('nested/a/b/c/deep.txt', ARTICLE('Deep article headline here'))
  write('.hidden/secret.txt', ARTICLE('Hidden article'))
  write('.git/HEAD', 'ref: refs/heads/main\n')
  write('node_modules/pkg/readme.txt', ARTICLE('Package readme'))
  write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x01]))
  write('empty.txt', '')
  write('blank.txt', '  \n\t\n\u00a0 \r\n')
  write('huge.txt', `Huge file headline\n\n${'Officials said the talks would continue next week in Vienna. '.repeat(4000)}\n`)
  write('latin1.txt', new Uint8Array(Buffer.from('Caf\xe9 talks in Gen\xe8ve\n\nThe minister said the caf\xe9 meeting was \x93useful\x94 and would continue.\n', 'latin1')))
  write('utf8-bom.txt', '\ufeffBOM headline for the talks\n\nThe talks\u00a0resumed on Monday,\r\nofficials said.\r\n')
  write('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sixteen bit headline\n\nZ\u00fcrich talks resumed on Monday, officials said.\n', 'utf16le')]))
  const be = Buffer.from('Big endian headline\n\nTalks in M\u00fcnchen resumed on Monday, officials said.\n', 'utf16le').swap16()
  write('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))
  write('locked.txt', ARTICLE('Locked article'))
  chmodSync(join(root, 'locked.txt'), 0o000)
  symlinkSync(join(root, 'does-not-exist.txt'), join(root, 'broken-link.txt'))
  symlinkSync('..', join(root, 'nested', 'loop'))
  symlinkSync(join(root, 'plain.txt'), join(root, 'nested', 'plain-again.txt'))
  write(
    'notes/article.md',
    '---\ntitle: "Iran talks to resume in Vienna"\ndate: 2021-11-03\nsource: Example Times\nurl: https://example.org/world/iran-talks\n---\n\n# Iran talks to resume in Vienna\n\nNuclear talks will **resume** on November 29 in [Vienna](https://example.org/vienna), the EU said.\n\n![A photo](img.png)\n',
  )
  write('notes/analysis.md', '---\ntitle: "Biden calls, Macron listens"\nauthor: A. Writer\npublication: The Interpreter (Lowy Institute)\ndate_published: 2017-05-31T08:00:00+09:00\n---\n\nBiden and Macron spoke by phone on Wednesday, the White House said.\n')
  write(
    'web/page.html',
    `<!doctype html><html><head><title>Grain deal signed | Example Post</title>
<meta property="og:site_name" content="Example Post"><meta property="article:published_time" content="2022-07-22T14:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Grain deal signed in Istanbul","datePublished":"2022-07-22T14:00:00Z","publisher":{"@type":"Organization","name":"Example Post"},"url":"https://example.org/grain"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Grain deal signed in Istanbul</h1>
<figure><img src="x.jpg"><figcaption>Ministers attend a signing ceremony. Reuters</figcaption></figure>
<p>Russia and Ukraine signed a deal on Friday to reopen Black Sea ports for grain exports, the United Nations said in a statement.</p>
<p>The agreement will be valid for 120 days and may be extended, officials said after the ceremony in Istanbul.</p>
<p>Secretary-General Antonio Guterres called the deal a beacon of hope for developing countries facing food shortages.</p>
<script>alert(1)</script></article><footer>© 2022 Example Post. All rights reserved.</footer></body></html>`,
  )
  write(
    'export.json',
    JSON.stringify([
      { title: 'First exported story', publishedAt: '2021-12-27T10:00:00Z', content: 'Talks will start after the New Year holidays, the minister said on Monday. … [+1234 chars]', url: 'https://example.org/1', source: { id: 'x', name: 'Example Wire' } },
      { title: 'Second exported story', date: '2021-12-28', text: 'NATO will convene the NATO-Russia Council on January 12, an official said.', outlet: 'Other Outlet' },
      { title: 'Third exported story', date_published: '2018-06-18T01:41:00+02:00', content: 'German Foreign Minister Heiko Maas said on Monday that the agreement was a great success.' },
      { headline: 'Fourth exported story', created_at: '09.08.2025 09:14', article_text: 'Aliyev and Pashinyan signed a joint declaration at the White House on Friday, officials said.', related: ['A link'] },
      // Cut inside a sentence, beside a whole summary.
      { title: 'Fifth exported story', publishedAt: '2017-03-13T19:47:00Z', description: 'Turkey on Monday suspended high-level relations with the Netherlands, officials said.', content: 'ANKARA – Turkey on Monday suspended high-level diplomatic relations with the Netherlands, escalating a row over the expulsion of a Turkish… [+3166 chars]' },
    ]),
  )
  // News APIs nest the article: under "article" and "meta", WordPress's "rendered", the Guardian's "response.content.fields", an RSS "story".
  write('nested.json', JSON.stringify({ article: { headline: 'Militaries talk by hotline', body: ['NEW DELHI, May 12 (Reuters) - The two militaries spoke by hotline on Monday.', 'Modi addressed the nation on Monday night, officials said.'] }, meta: { datePublished: '2025-05-12T19:05:00Z', agency: 'Reuters' }, related: ['Explainer: What is the Indus Waters Treaty?'] }))
  write('wordpress.json', JSON.stringify({ id: 451872, date_gmt: '2015-07-14T16:40:12', title: { rendered: 'Netanyahu: Iran deal a &#8216;bad mistake&#8217;' }, excerpt: { rendered: '<p>PM says Israel not bound.</p>' }, content: { rendered: '<p>Prime Minister Benjamin Netanyahu on Tuesday denounced the nuclear agreement reached in Vienna.</p><p>He said Israel was not bound by it.</p>' } }))
  write('guardian-api.json', JSON.stringify({ response: { status: 'ok', content: { webPublicationDate: '2025-08-18T22:14:07Z', webTitle: 'Trump begins arranging Putin-Zelenskyy meeting', webUrl: 'https://www.theguardian.com/world/2025/aug/18/x', fields: { trailText: 'US president says he called Putin.', bodyText: 'Volodymyr Zelenskyy and a group of European leaders left the White House on Monday night, officials said.' } } } }))
  write('blocks.json', JSON.stringify({ headline: 'Kim meets Putin at cosmodrome', date: '2023-09-13', blocks: [{ type: 'paragraph', text: 'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday, the Kremlin said.' }, { type: 'image', url: 'https://example.org/kim.jpg', caption: 'Kim and Putin shake hands. Photo: AFP' }, { type: 'paragraph', text: '"We will discuss many issues," Putin told reporters.' }] }))
  // Rich-text trees: a Contentful document (an embedded entry among its paragraphs) and a Portable Text body.
  const run = (value: string) => ({ nodeType: 'text', value, marks: [], data: {} })
  write('contentful.json', JSON.stringify({ sys: { id: 'x1', type: 'Entry' }, fields: { heroImage: { fields: { title: 'Houthi gathering', description: 'Fighters at a rally in Sanaa.' } }, headline: 'Yemen truce extended', publishDate: '2022-06-02T17:00:00+01:00', standfirst: 'Envoy says parties accepted renewal', body: { nodeType: 'document', data: {}, content: [
    { nodeType: 'paragraph', data: {}, content: [run('The UN envoy announced on Thursday that the truce was '), { nodeType: 'hyperlink', data: { uri: 'https://example.org' }, content: [run('extended by two months')] }, run('.')] },
    { nodeType: 'embedded-entry-block', data: { target: { fields: { title: 'Read more: Who are the Houthis?' } } }, content: [] },
    { nodeType: 'unordered-list', data: {}, content: [{ nodeType: 'list-item', data: {}, content: [{ nodeType: 'paragraph', data: {}, content: [run('Flights from Sanaa will resume, the envoy said.')] }] }] },
  ] } } }))
  write('portable.json', JSON.stringify({ title: 'Barbados deal signed', publishedAt: '2023-10-17', body: [{ _type: 'block', style: 'normal', children: [{ _type: 'span', text: 'The government and the opposition signed an agreement in Bridgetown on Tuesday, ' }, { _type: 'span', text: 'officials said.', marks: ['em'] }] }, { _type: 'image', asset: { _ref: 'image-1' }, caption: 'Delegates in Bridgetown.' }] }))
  // A search engine's hit, and a read-later app's export of one saved article (saved on 2 April, its publication unknown).
  write('search-hit.json', JSON.stringify({ took: 14, hits: { total: { value: 1 }, hits: [{ _index: 'news', _id: 'x', _source: { provider: 'Reuters', headline: 'West African bloc orders standby force', published_at: '2023-08-11T05:12:00Z', body_paragraphs: ['ECOWAS leaders on Thursday ordered the deployment of a standby force, officials said.', 'The leaders met in Abuja on Thursday.'], media: [{ type: 'picture', caption: 'Tinubu attends the summit. REUTERS' }] }, highlight: { body_paragraphs: ['ECOWAS leaders on Thursday ordered the deployment of a <em>standby</em> force'] } }] } }))
  write('read-later.json', JSON.stringify([{ id: 4187, title: 'Zelensky: Ukraine waiting for China answer', url: 'https://kyivindependent.com/zelensky', content: '<p>President Volodymyr Zelensky said on Tuesday that Ukraine was waiting for an answer from China.</p>', created_at: '2023-04-02T19:44:10+02:00', published_at: null, domain_name: 'kyivindependent.com', headers: { 'content-type': 'text/html; charset=utf-8', date: 'Sun, 02 Apr 2023 17:44:09 GMT' } }]))
  // Arc XP's story (its "publish_date" the latest republishing), a GraphQL answer, an Apple News Format document and a
  // newsletter's campaign from its mailing tool (the article as HTML; "create_time" the draft's).
  write('arc.json', JSON.stringify({ type: 'story', created_date: '2023-10-19T14:20:04Z', first_publish_date: '2023-10-19T15:48:12Z', publish_date: '2023-10-22T02:11:09Z', headlines: { basic: 'Canada pulls 41 diplomats from India' }, distributor: { name: 'The Globe and Mail' }, content_elements: [
    { type: 'text', content: 'Canada has withdrawn 41 of its 62 diplomats from India, Foreign Affairs Minister Melanie Joly said on Thursday.' },
    { type: 'image', url: 'https://example.org/x.jpg', caption: 'The Canadian High Commission in New Delhi.' },
    { type: 'interstitial_link', content: 'Read more: Timeline of the dispute', url: '/timeline' },
    { type: 'custom_embed', subtype: 'newsletter_signup', embed: { config: { text: 'Sign up for the Politics Briefing newsletter.' } } },
    { type: 'text', content: 'India had asked Canada to repatriate about 40 diplomats by Oct. 10.' },
  ] }))
  write('graphql.json', JSON.stringify({ data: { article: { __typename: 'Article', title: 'After Geneva: what the summit delivered', publishedAt: 1633422600000, updatedAt: 1637337720000, site: { name: 'European Leadership Network' }, body: { blocks: [
    { __typename: 'ParagraphBlock', text: 'The first meeting of the Strategic Stability Dialogue took place in Geneva on 28 July.' },
    { __typename: 'PullQuoteBlock', text: 'Geneva put a floor under it.' },
    { __typename: 'AdBlock', slot: 'inline-1' },
    { __typename: 'ParagraphBlock', text: 'The second round was held on 30 September.' },
    { __typename: 'RelatedLinksBlock', title: 'Related content', links: [{ title: 'New START extended', url: '/x' }] },
  ] } } }, extensions: { retrievedAt: '2022-02-14T10:41:22Z' } }))
  write('apple-news.json', JSON.stringify({ version: '1.9', title: 'Pakistan strikes hideouts inside Iran', components: [
    { role: 'header', components: [{ role: 'title', text: 'Pakistan strikes hideouts inside Iran' }, { role: 'intro', text: 'Tehran summons Pakistani envoy' }] },
    { role: 'photo', URL: 'bundle://strikes.jpg' },
    { role: 'caption', text: 'Residents gather near a damaged house in Saravan. AFP' },
    { role: 'body', text: 'Pakistan on Thursday carried out military strikes in Iran, the Foreign Office said.' },
    { role: 'divider' },
  ], metadata: { dateCreated: '2024-01-18T09:50:31+05:00', datePublished: '2024-01-18T10:42:00+05:00', dateModified: '2024-01-19T01:15:47+05:00' } }))
  write('newsletter.json', JSON.stringify({ id: '5e1b9d0a42', type: 'regular', create_time: '2024-04-10T21:14:03+00:00', send_time: 'Fri, 12 Apr 2024 13:30:00 +0000', settings: { subject_line: 'One week after Quito: the raid goes to The Hague', preview_text: 'The OAS vote and what comes next', title: 'ARB #187', from_name: 'Americas Risk Brief' }, content: { html: '<html><body><div class="preheader" style="display:none">The OAS vote and what comes next</div><p><a href="*|ARCHIVE|*">View this email in your browser</a></p><p>On Thursday Mexico filed an application instituting proceedings against Ecuador at the International Court of Justice.</p><p>&#8212; Advertisement &#8212; <em>Sponsored by Example Partners</em></p><p>You are receiving this email because you subscribed at example.org. Unsubscribe</p></body></html>', plain_text: null } }))
  // Ghost's posts (the article as HTML, "created_at" the draft's), Diffbot's extraction ("lastCrawlTime" the crawl's) and a
  // Drupal node (the body's value beside its summary, "created" the draft's, the API's own address under "links").
  write('ghost.json', JSON.stringify({ posts: [{ id: '61f2', title: "Lithuania's Taiwan gamble", html: '<p>Last Thursday the European Commission launched a case at the WTO against China, officials said.</p><figure><img src="x.jpg"><figcaption>The office in Vilnius.</figcaption></figure><p>Beijing called the case groundless.</p>', created_at: '2022-01-27T17:02:11.000+00:00', updated_at: '2022-02-08T09:45:30.000+00:00', published_at: '2022-01-31T07:00:00.000+00:00', custom_excerpt: 'A WTO case', url: 'https://cepa.org/article/x/' }], meta: { pagination: { page: 1, total: 1 } } }))
  write('diffbot.json', JSON.stringify({ request: { pageUrl: 'https://amti.csis.org/x/', api: 'article' }, objects: [{ date: 'Wed, 14 Aug 2024 13:00:00 GMT', siteName: 'Asia Maritime Transparency Initiative', title: 'A fragile floor at Second Thomas Shoal', html: '<p>On 27 July, a resupply mission reached the Sierra Madre without incident, officials said.</p><p>The clash came two days after a new regulation took effect.</p>', text: 'On 27 July, a resupply mission reached the Sierra Madre without incident, officials said.\nThe clash came two days after a new regulation took effect.', lastCrawlTime: 1727690400 }] }))
  write('drupal.json', JSON.stringify({ jsonapi: { version: '1.0' }, data: { type: 'node--article', links: { self: { href: 'https://example.org/jsonapi/node/article/6c1f' } }, attributes: { title: 'Five weeks after 17D', created: '2015-01-21T16:03:55+00:00', changed: '2015-03-04T21:17:09+00:00', body: { value: '<p>On 12 January, U.S. officials confirmed that Cuba had released all 53 political prisoners.</p><p>A second round of talks is due in February.</p>', format: 'full_html', summary: 'Five weeks on, a look at what has been delivered.' }, field_publication_date: '2015-01-26T14:00:00+00:00' } }, links: { self: { href: 'https://example.org/jsonapi/node/article/6c1f?include=x' } } }))
  // Prismic's answer (its "last_publication_date" an update) and Substack's post ("draft_created_at" the draft's).
  write('prismic.json', JSON.stringify({ page: 1, results: [{ id: 'ZfBq', type: 'analysis', first_publication_date: '2024-03-12T13:00:00+0000', last_publication_date: '2024-09-05T08:17:44+0000', data: { title: [{ type: 'heading1', text: 'Erdogan in Cairo', spans: [] }], body: [{ type: 'paragraph', text: 'On 14 February Erdogan landed in Cairo, officials said.', spans: [] }] } }] }))
  write('substack.json', JSON.stringify({ id: 118472903, title: 'Macron in China', post_date: '2023-05-02T05:30:00.000Z', draft_created_at: '2023-04-25T19:12:51.004Z', updated_at: '2023-05-08T09:44:10.391Z', body_html: '<p>On 6 April Macron met Xi Jinping in Beijing, officials said.</p>' }))
  // A Notion page (clipped in 2021; its properties hold each value under the name of its type, its blocks their runs) and a
  // Zotero record in CSL-JSON (the article's words in its note, "accessed" the reader's day).
  const rich = (plain: string) => ({ rich_text: [{ type: 'text', text: { content: plain, link: null }, plain_text: plain }] })
  write('notion.json', JSON.stringify({ object: 'page', created_time: '2021-11-03T19:41:00.000Z', last_edited_time: '2021-11-05T08:12:00.000Z', url: 'https://www.notion.so/x', properties: {
    Name: { id: 'title', type: 'title', title: [{ type: 'text', text: { content: 'Erdogan: the killing was planned' }, plain_text: 'Erdogan: the killing was planned' }] },
    Source: { id: 's', type: 'select', select: { id: 'f1', name: 'Anatolia Ledger', color: 'red' } },
    Published: { id: 'p', type: 'date', date: { start: '2018-10-23', end: null, time_zone: null } },
  }, children: [
    { object: 'block', type: 'callout', callout: rich('Clipped with Notion Web Clipper') },
    { object: 'block', type: 'image', image: { type: 'external', external: { url: 'x.jpg' }, caption: [{ type: 'text', plain_text: 'Erdogan addresses lawmakers.' }] } },
    { object: 'block', type: 'paragraph', paragraph: rich('President Erdogan said on Tuesday that the killing was planned, officials said.') },
    { object: 'block', type: 'heading_2', heading_2: rich('No mention of the crown prince') },
  ] }))
  const note = 'CAIRO - Egypt, Ethiopia and Sudan have agreed on a schedule for filling the reservoir of the dam in stages, the three governments and the United States said.\n\nThe announcement came late on Friday after four days of talks in Washington that were originally scheduled to last two days, officials said on Saturday.\n\nThe ministers will meet again in Washington on February 12 and 13 to finalise the text, the statement said.'
  write('csl.json', JSON.stringify([{ id: 'http://zotero.org/users/1/items/K', type: 'article-newspaper', title: 'Egypt, Ethiopia, Sudan agree on stage-based filling', 'container-title': 'The Pharaoh Chronicle', source: 'Zotero Connector', URL: 'https://example.org/x', issued: { 'date-parts': [[2020, 2, 1]] }, accessed: { 'date-parts': [[2020, 3, 2]] }, abstract: 'Ministers instruct teams to prepare the final text.', note }]))
  // A read-later app's list (Readwise Reader): its "url" its own reader's page, "source" how the article was saved.
  write('readwise.json', JSON.stringify({ count: 1, results: [{ id: '01h3', url: 'https://read.readwise.io/read/01h3', source_url: 'https://tribune.example/2023/06/23/harris-modi', title: 'Harris hosts Modi at State Department', source: 'Reader add from browser extension', site_name: 'Tribune Capital', published_date: '2023-06-23', saved_at: '2023-06-25T14:08:33Z', html_content: '<p>WASHINGTON — Vice President Kamala Harris hosted Prime Minister Narendra Modi for lunch at the State Department on Friday, officials said.</p>' }] }))
  // A Pocket entry: its body as "article_html", its outlet under "domain_metadata", no publication date, saved ("time_added") on 19 July 2020.
  write('pocket.json', JSON.stringify({ item_id: '2983301177', given_url: 'https://brief.example/hk-first-day?utm_source=newsletter', given_title: 'Hong Kong’s first day', resolved_url: 'https://brief.example/hk-first-day', resolved_title: 'Straits Morning Brief: Hong Kong’s first day under the new law', domain_metadata: { name: 'Straits Morning Brief', logo: 'https://brief.example/logo.png' }, authors: { 88120: { author_id: '88120', name: 'Wei Ling Tan' } }, excerpt: 'Good morning from Singapore.', time_added: '1595146495', time_updated: '1595146502', status: '0', article_html: '<div class="page"><p>Good morning from Singapore.</p><p>Police made the first arrests under the new law on Wednesday, officials said.</p></div>' }))
  // A minified read-later export: a list of one entry, its text in blocks of one-letter keys (a heading, paragraphs, a picture's caption).
  // A CMS's blocks with a "related" block of links among the paragraphs; blocks by "kind", a figure and an aside among them;
  // paragraphs minified inside a text block; a body of sections of paragraphs under their headings.
  write('related-block.json', JSON.stringify({ type: 'article', headline: 'Diet condemns Lee visit', publishedAt: 1345854600000, body: [
    { type: 'paragraph', text: 'TOKYO - The lower house on Friday adopted a resolution condemning the visit.' },
    { type: 'related', title: 'More on this topic', items: [{ headline: 'Seoul sends back Noda letter', url: 'https://example.org/a' }, { headline: 'Explainer: Why the islets matter', url: 'https://example.org/b' }] },
    { type: 'paragraph', text: 'Hours later Noda went on television.' },
  ] }))
  write('kinds.json', JSON.stringify({ status: 'published', article: { headline: 'Stay calm, Palace tells workers', datePublished: '2013-05-18T07:15:00+08:00', content: { blocks: [
    { kind: 'p', html: '<p>MANILA - Malacañang on Friday urged workers to keep calm.</p>' },
    { kind: 'aside', label: 'SEE ALSO', html: '<a href="/x">What a ban would cost</a>' },
    { kind: 'figure', caption: 'Workers at Mass in Taipei', credit: 'Staff photo' },
    { kind: 'p', html: '<p>The labour secretary said a help desk had been set up.</p>' },
  ] }, tags: ['Taiwan', 'OFW'] } }))
  write('minified-paragraphs.json', JSON.stringify({ data: { headline: { main: 'Kan raises islands with Medvedev' }, issued: '2010-11-14T06:00:00+09:00', body: [
    { type: 'text', content: [{ p: 'YOKOHAMA - Kan told Medvedev on Saturday that Japan could not accept his visit.' }, { p: 'Medvedev said the islands would remain Russian.' }] },
    { type: 'pullquote', text: '"I will say what I need to say." - Naoto Kan' },
  ] } }))
  write('sections.json', JSON.stringify({ _type: 'newsArticle', headline: 'Thailand, Cambodia accept observers', summary: 'Foreign ministers agree to a monitoring team.', firstPublished: '2011-02-23', body: { sections: [
    { heading: null, paragraphs: ['JAKARTA - Thailand and Cambodia agreed on Tuesday to let observers monitor the border.', 'Natalegawa called it a first for the bloc.'] },
    { heading: 'Bilateral talks to resume', paragraphs: ['The two neighbours agreed to resume talks.'] },
  ] } }))
  write('quote-block.json', JSON.stringify({ data: { article: { headline: 'Katz pitches Gulf railway in Muscat', published_at: 1541505600, body: [
    { type: 'text', text: 'MUSCAT - Israel Katz presented a regional railway plan at a transport conference on Tuesday.' },
    { type: 'quote', text: 'A railway is stronger than any speech.', attribution: 'Israel Katz, Israeli transportation minister' },
    { type: 'quote', text: 'Unattributed words stay as they are.' },
  ] } } }))
  write('terse.json', JSON.stringify([{ item_id: '5531098712', given_title: 'After the Geneva deals', resolved_url: 'https://kestrel.example/trade/geneva', domain_metadata: { name: 'Kestrel News' }, authors: [{ name: 'Priya Raman' }], article: { blocks: [
    { t: 'h', c: 'After the Geneva deals' }, { t: 'p', c: 'India\'s commerce minister told reporters in Geneva on Friday that the outcome was satisfying.' }, { t: 'img', c: 'Delegates in Geneva. Photo: Kestrel' }, { t: 'p', c: 'The agreements were adopted at dawn.' },
  ] } }]))
  // A radio programme's transcript: its turns are its words, whoever holds the microphone; the station is the outlet.
  write('transcript.json', JSON.stringify({ show: 'The Balkan Hour', station: 'Morava FM', aired: '2018-11-22', segments: [
    { speaker: 'Host (Jelena Pavic)', start: 0, text: "Good evening. Kosovo's 100 percent tariff on goods from Serbia is now in its second day." },
    { speaker: 'Dusan Ilic', start: 18, text: 'Jelena, the queue at the Merdare crossing this morning was about two kilometres long.' },
  ] }))
  // A CMS's export that dates its article in seconds since 1970 ("firstPublishedAt"), beside when the export was made.
  write('epoch.json', JSON.stringify({ generator: 'Civic Ledger CMS', exportedAt: 1637565120, articles: [{ headline: 'US says Nicaragua\'s OAS exit will deepen its isolation', firstPublishedAt: 1637425800, lastModifiedAt: 1637425800, body: { blocks: [{ kind: 'paragraph', text: 'The United States said on Friday that the decision would deepen the isolation of the government, officials said.' }] } }] }))
  // A Firestore document (each value wrapped in its type; "createTime" and "updateTime" the database's) and an Instapaper
  // export (its bookmark beside entries of another kind; "time" when the reader saved it, no publication date).
  const text = (value: string) => ({ stringValue: value })
  write('firestore.json', JSON.stringify({ name: 'projects/x/databases/(default)/documents/articles/syria', createTime: '2023-05-07T21:00:00Z', updateTime: '2023-06-02T08:00:31Z', fields: {
    headline: text('Arab League readmits Syria'), publishedAt: { timestampValue: '2023-05-08T04:30:00Z' }, lastEditedAt: { timestampValue: '2023-05-11T17:48:09Z' },
    heroImage: { mapValue: { fields: { url: text('gs://media/2023/05/cairo.jpg'), caption: text('Ministers in Cairo. Photo: Gulf Courier') } } },
    body: { arrayValue: { values: [
      { mapValue: { fields: { type: text('paragraph'), text: text('CAIRO — Arab foreign ministers voted on Sunday to readmit Syria to the Arab League, diplomats said.') } } },
      { mapValue: { fields: { type: text('promo'), text: text('Sign up for our Gulf briefing.') } } },
      { mapValue: { fields: { type: text('paragraph'), text: text('The decision was taken at a closed-door session in Cairo.') } } },
    ] } },
  } }))
  write('instapaper.json', JSON.stringify([{ type: 'meta' }, { type: 'user', user_id: 4419023, username: 'reader@example.org' }, { type: 'bookmark', bookmark_id: 883012744, url: 'https://herald.example/africa/jammeh-exile', title: 'Jammeh flies into exile', time: 1486118400, starred: '1', progress: 0.62, text: { source: 'get_text', encoding: 'utf-8', html: '<p>BANJUL — Yahya Jammeh flew out of Gambia on Saturday night, officials said.</p>' } }]))
  // A page saved by a browser as one file: a MIME message, the page quoted-printable in UTF-8, a picture beside it.
  write('saved.mhtml', [
    'From: <Saved by Blink>', 'Snapshot-Content-Location: https://example.org/2023/05/syria-vote', 'Subject: Arab League readmits Syria', 'Date: Mon, 22 May 2023 10:00:00 -0000',
    'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----MultipartBoundary--abc"', '',
    '------MultipartBoundary--abc', 'Content-Type: text/html', 'Content-ID: <frame-1@mhtml.blink>', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://example.org/2023/05/syria-vote', '',
    '<html><head><meta charset=3D"utf-8"><title>Arab League readmits Syria</title><meta property=3D"article:published_time" content=3D"2023-05-08T04:30:00Z"></head>',
    '<body><article><p>CAIRO =E2=80=94 Arab foreign ministers voted on Sunday to readmit Syria to the Arab Le=', 'ague, diplomats said.</p></article></body></html>',
    '------MultipartBoundary--abc', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://example.org/logo.png', '', 'iVBORw0KGgo=', '',
    '------MultipartBoundary--abc--', '',
  ].join('\r\n'))
  // A newsletter saved from a mail program: its HTML beside its plain text, inside a mixed message, the subject in encoded words.
  write('newsletter.eml', [
    'From: =?utf-8?q?Eastern_Flank_Brief?= <newsletter@flank.example>', 'To: reader@example.org', 'Subject: =?utf-8?q?Water_cannon_at_Ku=C5=BAnica?=', 'Date: Tue, 16 Nov 2021 19:05:12 +0100',
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="outer"', '', 'This is a multi-part message.', '--outer', 'Content-Type: multipart/alternative; boundary="inner"', '',
    '--inner', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', 'Polish police used water cannon at Ku=C5=BAnica on Tuesday, officials said.', '',
    '--inner', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '',
    '<html><body><p>Polish police used water cannon at Ku=C5=BAnica on Tuesday, officials s=', 'aid.</p></body></html>', '--inner--', '', '--outer--', '',
  ].join('\r\n'))
  // A damaged letter: its base64 part cut short.
  write('damaged.eml', ['From: Desk <desk@example.org>', 'Subject: Cut short', 'Content-Type: text/plain', 'Content-Transfer-Encoding: base64', '', 'UG9saXNoIHBvbGljZQ=x'].join('\n'))
  // A letter that forwards another: the forwarded letter's own headers date it, not the forwarder's.
  // The same forwarded as HTML beside its plain text: the forwarder's note above the forwarded block is no part of the letter.
  write('forwarded-html.eml', [
    'From: Analyst <me@example.org>', 'Subject: Fwd: Kuznica', 'Date: Mon, 10 Jan 2022 09:00:00 +0100', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b"', '',
    '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Rosa - this is the one I mentioned on Friday.', '', '---------- Forwarded message ---------', 'From: Eastern Flank Brief <newsletter@flank.example>', 'Date: Tue, 16 Nov 2021 at 19:05', '', 'Polish police used water cannon at Kuznica on Tuesday, officials said.', '',
    '--b', 'Content-Type: text/html; charset=utf-8', '', '<html><body><p>Rosa - this is the one I mentioned on Friday.</p><p>---------- Forwarded message ---------<br>From: Eastern Flank Brief &lt;newsletter@flank.example&gt;<br>Date: Tue, 16 Nov 2021 at 19:05</p><p>Polish police used water cannon at Kuznica on Tuesday, officials said.</p></body></html>', '--b--', '',
  ].join('\n'))
  write('forwarded.eml', [
    'From: Analyst <me@example.org>', 'Subject: Fwd: Kuznica', 'Date: Mon, 10 Jan 2022 09:00:00 +0100', 'Content-Type: text/plain; charset=utf-8', '',
    'Worth keeping.', '', '---------- Forwarded message ---------', 'From: Eastern Flank Brief <newsletter@flank.example>', 'Date: Tue, 16 Nov 2021 at 19:05', 'Subject: Water cannon at Kuznica', 'To: me@example.org', '',
    'Polish police used water cannon at Kuznica on Tuesday, officials said.', '',
  ].join('\n'))
  // A news agency's content API item: drafted ("firstcreated") the evening before it was first published.
  write('agency-item.json', JSON.stringify({ api_version: '2.1', data: { item: { type: 'text', firstcreated: '2008-03-07T21:14:00Z', versioncreated: '2008-03-10T13:02:11Z', originalpublished: '2008-03-08T15:05:00Z', headline: 'Uribe apologises at Rio Group summit', body_text: 'SANTO DOMINGO — Colombia\'s president apologised to Ecuador on Friday, officials said.' } } }))
  // A crawler's record (news-please: "date_publish" beside its own "date_download" and "date_modify"), Hugo's TOML front
  // matter, and a page's compact "pubdate" meta.
  write('news-please.json', JSON.stringify({ authors: ['Irina Vasko'], date_download: '2015-12-14 03:11:55', date_modify: '2015-11-27 08:02:11', date_publish: '2015-11-25 19:40:00', title: 'Russia to deploy S-400 missiles in Syria', maintext: 'MOSCOW — Russia said on Wednesday it would deploy the S-400 to its air base in Syria, officials said.', source_domain: 'eurasiamonitor.example', url: 'https://eurasiamonitor.example/news/2015/s400' }))
  write('hugo.md', '+++\ntitle = "In Paris, Putin and Erdogan keep their distance"\ndate = 2015-12-01T17:45:00+03:00\nlastmod = 2015-12-05T10:20:00+03:00\ndraft = false\n+++\n\nPutin and Erdogan spent Monday at the climate summit in Paris but did not meet, officials said.\n')
  write('compact.htm', '<html><head><title>India bans 59 Chinese apps</title><meta name="pubdate" content="20200630"><meta name="lastmod" content="20200703"></head><body><article><p>India banned 59 Chinese apps on Monday evening, officials said.</p></article></body></html>')
  // A feed reader's entry (Inoreader's, Feedly's): the feed it came from names the outlet. A web clipper's "source" is the
  // page's address. A page titled "Headline :: Agency (English service)". A text with its date beside its update.
  write('inoreader.json', JSON.stringify({ id: 'user/1/state/com.google/reading-list', title: 'Reading List', updated: 1565190211, items: [{ crawlTimeMsec: '1565190211408', title: 'Saakashvili signs ceasefire', published: 1218879000, origin: { streamId: 'feed/https://caspianmonitor.example/feed/', title: 'Caspian Monitor', htmlUrl: 'https://caspianmonitor.example' }, summary: { content: '<p>Georgian President Mikheil Saakashvili signed the ceasefire agreement on Friday, officials said.</p>' } }] }))
  // A thread of posts that tells an article in parts, with a reader's reply (an ActivityStreams collection, as Mastodon exports it).
  const post = (n: number, content: string, by = 'https://social.example/users/northstarsignal') => ({ id: `https://social.example/statuses/${n}`, type: 'Note', attributedTo: by, published: `2019-07-01T09:1${n}:00Z`, url: `https://social.example/@northstarsignal/${n}`, content })
  write('thread.json', JSON.stringify({ type: 'OrderedCollection', summary: 'Thread by @northstarsignal@social.example - North Star Signal', orderedItems: [
    post(1, '<p>NORTH KOREA: State media on Monday hailed Kim Jong Un\'s meeting with Donald Trump at Panmunjom as an "amazing event". (1/2)</p>'),
    post(2, '<p>The Korean Central News Agency said the two leaders had agreed to resume talks. (2/2)</p>'),
    post(3, '<p>Wow, what a week.</p>', 'https://other.example/users/reader'),
  ] }))
  // A correspondent's thread as Mastodon's API gives it: each status a reply to the one before, a reader's reply among them.
  const status = (n: number, content: string, reply: number | null, account = { id: '7', display_name: 'Halla Kristjánsdóttir · Nordvik Wire' }) =>
    ({ id: String(n), created_at: `2023-06-09T1${n}:04:31.000Z`, in_reply_to_id: reply === null ? null : String(reply), url: `https://nordvik.example/@hallak/${n}`, content, account })
  write('statuses.json', JSON.stringify([
    status(0, '<p>BREAKING: Iceland&#39;s foreign ministry says it will suspend the operations of its embassy in Moscow from 1 August. 🧵</p>', null),
    status(1, '<p>The minister told reporters the decision was taken with a heavy heart.</p>', 0),
    status(2, '<p>Shame on them.</p>', 1, { id: '9', display_name: 'A reader' }),
    status(3, '<p>Russia&#39;s embassy called the move destructive.</p>', 1),
  ]))
  // A correspondent's thread as Bluesky's getPostThread gives it: her account's day is not the thread's; a reader's reply
  // beside her next post; her link card names her outlet.
  const author = { did: 'did:plc:hana', handle: 'hana.bsky.social', displayName: 'Hana Werfalli', createdAt: '2023-06-14T09:12:44.310Z' }
  const bsky = (text: string, at: string, replies: object[] = [], by: object = author, embed?: object) => ({ post: { author: by, record: { text, createdAt: `2023-08-27T${at}:07.224Z` }, embed }, replies })
  write('bluesky.json', JSON.stringify({ thread: bsky('Thread: Israel says Eli Cohen met Najla Mangoush in Rome. Tripoli denies it.', '18:41', [
    bsky('Tripoli is burning tyres tonight.', '20:52', [], { did: 'did:plc:omar', displayName: 'Omar Triki' }),
    bsky('Dbeibah has suspended Mangoush, his office said.', '21:58', [], author, { external: { title: 'Libya suspends foreign minister | Ionian Desk' } }),
  ]) }))
  // Press databases' exports: Factiva's fields (the text in LP and TD, indexing after it), LexisNexis's layout (a
  // headline, the source, labelled lines, "Body", then the day the database loaded it).
  write('factiva.txt', ['HD', 'Mogadishu hails Ankara deal', '', 'BY', 'By Hodan Ismail', '', 'WC', '546 words', '', 'PD', '12 December 2024', '', 'SN', 'Red Sea Newswire', '', 'LA', 'English', '',
    'LP', 'MOGADISHU (RSN) - Somalia on Thursday welcomed the Ankara Declaration, officials said.', '', 'TD', 'Egypt had not commented by Thursday afternoon.', '',
    'NS', 'gdip : International Relations | gpol : Domestic Politics', '', 'AN', 'Document RDSEAN0AX4KQ7NRE9B2L', ''].join('\n'))
  write('lexis.txt', ['                1 of 3 DOCUMENTS', '', 'Rome handshake leaves Libya in disarray', '', 'The Levant Ledger', 'Copyright 2023 Levant Ledger Media Ltd. All Rights Reserved', '', 'Section: WORLD; Pg. 17',
    'Length: 619 words', 'Byline: Nour Khatib', '', 'Body', '', '', 'Three days after Israel announced the meeting, Dbeibah suspended Najla Mangoush, officials said.', '', '',
    'Load-Date: September 2, 2023', '', '', 'End of Document', ''].join('\n'))
  // A blog's whole export (Ghost's): its posts beside its authors, tags and settings.
  write('ghost-export.json', JSON.stringify({ db: [{ meta: { exported_on: 1690000000000, version: '5.0' }, data: {
    posts: [{ id: '1', title: 'Parity, at last: Prague puts a ceiling on Moscow', html: '<p>On Thursday the Czech foreign ministry told Moscow that its embassy must shrink, officials said.</p>', created_at: '2021-04-22T19:12:48.000Z', published_at: '2021-04-23T05:00:00.000Z', updated_at: '2021-04-26T08:03:11.000Z' }],
    users: [{ id: '1', name: 'Editor', bio: 'Writes about Central Europe.' }],
    settings: [{ key: 'title', value: 'The Danube Dispatch' }],
  } }] }))
  // A CMS's answer whose article nests a list block ({"items": [...]}) in its body: still one article, not the list.
  write('cms-list.json', JSON.stringify({ ms: 9, result: { title: 'Sánchez’s Sahara gamble', publishedAt: '2022-05-19T07:30:00Z', body: [
    { _type: 'block', children: [{ _type: 'span', text: 'Spain backed Morocco’s autonomy plan on Friday, officials said.' }] },
    { _type: 'list', items: [{ text: 'Borders reopened' }, { text: 'Gas flows cut' }] },
  ] } }))
  // A chat channel's export (Telegram's result.json) that tells a crisis over two days, with a pinned-post notice.
  const message = (date: string, text: unknown) => ({ id: date, type: 'message', date, date_unixtime: '0', from: 'Andes Wire Live', text })
  write('telegram.json', JSON.stringify({ name: 'Andes Wire Live', type: 'public_channel', id: 1, messages: [
    { id: 0, type: 'service', date: '2019-11-12T06:58:02', action: 'pin_message', text: '' },
    message('2019-11-12T07:00:10', [{ type: 'bold', text: 'BOLIVIA CRISIS – LIVE' }, '\nGood morning.']),
    message('2019-11-12T11:18:31', [{ type: 'bold', text: 'LANDED.' }, ' The plane carrying Morales has landed in Mexico City, Ebrard said.']),
    message('2019-11-13T09:02:00', 'Morales told a news conference on Wednesday that he would return.'),
  ] }))
  // A forum's listing (Reddit's: each entry wrapped with its kind, the text in Markdown), a newspaper API's docs, an RSS feed
  // turned into JSON with teasers beside its one story, a forwarded newsletter, Logseq's properties, pandoc's title block.
  write('reddit.json', JSON.stringify({ kind: 'Listing', data: { after: null, children: [{ kind: 't3', data: { title: 'Saudi-led bloc hands Qatar 13 demands', domain: 'self.worldnews', url: 'https://www.reddit.com/r/worldnews/comments/6j2x9k/', created_utc: 1498236420, selftext: '**Saudi-led bloc hands Qatar 13 demands**\n\n*The Levant Post, Beirut*\n\nSaudi Arabia and its allies sent Qatar a list of 13 demands on Thursday, officials said.' } }] } }))
  write('nyt-like.json', JSON.stringify({ status: 'OK', response: { docs: [{ web_url: 'https://tidewater.example/2016/07/13/china-ruling', headline: { main: 'China Rejects Hague Ruling', print_headline: 'Beijing Defiant' }, pub_date: '2016-07-13T09:41:07+0000', body_text: 'BEIJING - China on Wednesday rejected the tribunal\'s ruling on the South China Sea, officials said. '.repeat(12) }, { web_url: 'https://tidewater.example/x', headline: { main: 'Corrections' }, body_text: 'An earlier version misspelt a name.' }] } }))
  write('rss.json', JSON.stringify({ rss: { channel: { title: 'Kuroshio Wire - Asia-Pacific', item: [
    { title: 'Abe to visit Pearl Harbor with Obama', pubDate: 'Tue, 06 Dec 2016 04:12:00 +0000', 'content:encoded': '<p>TOKYO - Prime Minister Shinzo Abe said on Monday that he will visit Pearl Harbor, officials said.</p>'.repeat(10) },
    { title: 'Kuroshio Wire newsletter: the week in Asia', pubDate: 'Fri, 02 Dec 2016 00:00:00 +0000', description: 'Sign up for the week in Asia, every Friday.' },
  ] } } }))
  // A feed of one story and briefs of a few sentences, their HTML longer than their words.
  const brief = '<p><b>WASHINGTON</b> &ndash; Defense Secretary Chuck Hagel said on Saturday that the zone would not change how the United States conducts military operations in the region.</p>'
  write('briefs.json', JSON.stringify({ rss: { channel: { title: 'Marianas Breeze - News', item: [
    { title: 'Guam B-52s fly through China\'s new air zone', pubDate: 'Wed, 27 Nov 2013 18:40:00 +1000', description: '<p>Two unarmed B-52 bombers from Andersen Air Force Base flew through the zone on Monday night, the Pentagon said.</p>'.repeat(8) },
    { title: 'Hagel: zone won\'t change US operations', pubDate: 'Sun, 24 Nov 2013 09:00:00 +1000', description: brief.repeat(3) },
    { title: 'Andersen bombers part of routine rotation', description: brief.repeat(2) },
  ] } } }))
  write('forwarded.txt', ['---------- Forwarded message ---------', 'From: Samir Haddad <samir@example.org>', 'Date: Mon, Jul 10, 2017 at 8:14 AM', 'Subject: Fwd: The Gulf Letter: Doha says no', 'To: team@example.org', '', "Thought you'd want this before Tuesday's meeting. S.", '', '-----Original Message-----', 'From: East Wind Review <letters@eastwind.example>', 'Date: Thu, 6 Jul 2017 06:30:12 +0000', 'Subject: The Gulf Letter: Doha says no', '', 'The four foreign ministers met in Cairo on Wednesday, officials said.'].join('\n'))
  write('logseq.md', 'title:: Tillerson urges Saudi-led bloc to ease Qatar blockade\ndate:: [[Jun 9th, 2017]]\noutlet:: Arabian Tribune\n\n- US Secretary of State Rex Tillerson on Friday called on the bloc to ease the blockade, officials said.\n')
  write('pandoc.md', '% Hague tribunal sets July 12 date for ruling\n% Rowena Castillo\n% 30 June 2016\n\nMANILA - The tribunal will deliver its ruling on July 12, the court said on Wednesday.\n')
  write('clipper.md', '---\ntitle: "How a Ryanair flight became a trap"\nsource: "https://balticledger.example/en/ryanair-trap"\ncreated: 2021-06-02\n---\n\nThe Belarusian authorities forced the plane down in Minsk on Sunday, officials said.\n')
  write('agency.html', '<html><head><meta charset="utf-8"><title>Medvedev halts Georgia operation :: Volga Press Agency (English service)</title></head><body><article><p>MOSCOW, Aug 12 (Volga Press) — President Dmitry Medvedev ordered an end to the operation on Tuesday, officials said.</p></article><div id="bottom">© ООО «Волга Пресс», 2001–2008.</div></body></html>')
  write('day-first.txt', 'Le Quotidien du Rhin — English edition\nInternational | 13/08/2008 - 09:41 | Updated 14/08/2008 - 11:02\n\nSaakashvili accepts French ceasefire plan, but Russian tanks still roll near Gori\n\nTBILISI — Georgian President Mikheil Saakashvili accepted a ceasefire plan on Wednesday, officials said.\n')
  // Markdown saved without front matter: the masthead over the one top-level heading, a byline with the date.
  write('explainer.md', 'EL PAÍS English · International · Explainer\n\n# The embassy dispute, explained\n\n*By Inés Carrasco and Carlos Salazar · Mexico City / Quito · Friday 24 May 2024, 09:15 CEST*\n\nThe court on Thursday rejected the request for provisional measures, officials said.\n')
  write('footnotes.md', '# Thirty hours in Podgorica\n\nBožović called the 1918 assembly the "free will" of Montenegrins.[^1] Montenegro expelled him on Saturday.[^note]\n\n[^1]: The assembly met in Podgorica in late November 1918.\n[^note]: Adopted on 29 November 2018.\n')
  write('live.md', '# Summit live\n\n**18:25 BST** Biden: "I did what I came to do."\n\n**9.30am** Good morning and welcome to our coverage of the summit in Geneva.\n')
  write('rss-item.json', JSON.stringify({ title: 'Pakistan fulfilled its responsibility, says Qureshi', pubDate: 'Sun, 01 Mar 2020 21:45:00 +0500', story: 'DOHA: Foreign Minister Shah Mehmood Qureshi on Saturday said Pakistan had fulfilled its responsibility.', also_read: ['Qureshi leaves for Doha'] }))
  // A page saved as text under the outlet's name and a section line; a section name alone is no outlet.
  // The name and its section on one line over the headline.
  write('name-and-section.txt', 'The Albion Letter — Foreign Affairs\n\nChemical weapons watchdog backs Britain on Novichok as diplomatic war settles in\n\nThe watchdog confirmed on Thursday that the Skripals were poisoned with a nerve agent, officials said.\n')
  write('masthead.txt', 'Al Jazeera\nNews | Russia-Ukraine war\n\nTrump and Putin meet in Alaska today: What to expect from the summit\n\nUS President Donald Trump and Russian President Vladimir Putin will meet in Anchorage on Friday, officials said.\n')
  // A newsletter's name, its tagline with the number, the reader's save stamp, then the headline.
  write('issue.txt', 'THE BORDERLANDS BRIEF\nAsia security newsletter · Issue 41\nAccessed 2017-09-21 14:02\n\nAfter Doklam: what the standoff settled, and what it did not\n\nFor 73 days this summer, a few hundred Indian and Chinese soldiers stood facing each other on a windswept plateau.\n')
  write('section-name.txt', 'AP NEWS\nWorld News\n\nJapan\'s Kishida says his heart aches over forced labor on visit to Seoul\n\nSEOUL, South Korea (AP) — Japanese Prime Minister Fumio Kishida said Sunday that his heart aches, officials said.\n')
  // A site's header: name and tagline over a navigation bar, or a bar of its own over a date in the site's calendar.
  write('site-header.txt', 'Sudan Tribune\nPlural news and views on Sudan\n\nHome | Politics | Economy | Darfur | Opinion\n\nSAF, RSF sign Jeddah declaration to protect civilians, no ceasefire yet\n\nThe Sudanese Armed Forces and the Rapid Support Forces signed a declaration in Jeddah late on Thursday, mediators said.\n')
  write('two-bars.txt', "FRANCE 24 - International breaking news, top stories and headlines\nLive | Africa | France | Europe | Americas | Asia-Pacific | Middle East | Business / Tech | Culture | Sport | Environment\nFrançais | English | Español\n\nAFRICA\n\nNiger's General Tiani declares himself head of junta as Macron condemns coup\n\nGeneral Abdourahamane Tiani appeared on state television on Friday as the new head of the junta, officials said.\n")
  // A Japanese site's header, its bars and breadcrumbs full-width, over the date and headline.
  write('full-width-bar.txt', '関東新報 English Edition ｜ ログイン ｜ 会員登録\nホーム ＞ 国際 ＞ Diplomacy\n2019年1月15日 06:30\n\nLavrov tells Kono: Japan must accept Russian sovereignty over the islands\n\nMOSCOW ― Russian Foreign Minister Sergei Lavrov said on Monday that Japan must recognise the outcome of the war.\n')
  // A live blog's headline over a byline in bars and a prompt to share it.
  write('live-byline.txt', 'LIVE: Iran nuclear talks in Lausanne – negotiators announce framework\nAlpine Press Agency | Live coverage | By Katrin Vollmer and Reza Daneshvar\n\nShare this live blog: Facebook · Twitter · Email\nLatest entries at the top. All times are Central European Summer Time.\n\n22:40\nHundreds of people poured onto Vali Asr Street in Tehran after the announcement, witnesses said.\n')
  write('bar-header.txt', 'KCNA Watch | Korean Central News Agency of DPRK\nJuche 112.9.14.\n\nRespected Comrade Kim Jong Un Has Talks with President of Russian Federation\n\nKim Jong Un had talks with Vladimir Putin at the Vostochny Cosmodrome on September 13, the agency said.\n')
  write('section.txt', 'World\n\nBiden says hostage release only a start as truce holds in Gaza\n\nUS President Joe Biden said on Friday that the release of hostages was only a start, officials said.\n')
  write('saved-page.txt', '<!DOCTYPE html><html><head><meta property="og:title" content="Page saved as text"></head><body><article><p>Ministers met in Vienna on Monday and agreed to resume the nuclear talks later this month, diplomats said on the sidelines.</p><p>Share</p></article></body></html>')
  write('exported.txt', 'Title: Iran talks to resume on November 29\nDate: 3 November 2021\nSource: Example Wire\nURL: https://example.org/iran\n\nIran and the EU agreed on Wednesday to resume the nuclear talks on November 29 in Vienna, the statement said.\n')
  write('headline-only.txt', 'Talks to resume in Vienna\n')
  write('menu-only.html', '<html><body><nav><a>Home</a> <a>World</a></nav><p>Subscribe</p><p>SHARE THIS ARTICLE</p></body></html>')
  write('feed.jsonl', '{"headline": "Lines one", "datePublished": "2022-07-22", "articleBody": "The grain deal was signed in Istanbul on Friday, officials said."}\n{"broken\n{"title": "Lines two", "body": "Ships will sail within weeks, the UN said on Saturday.", "source": "Wire"}\n')
  write('broken.json', '{"title": "unterminated"')
  write('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
  write('README', 'no extension')
})

afterAll(() => {
  chmodSync(join(root, 'locked.txt'), 0o644)
  rmSync(root, { recursive: true, force: true })
})

describe('loadFolder on a hostile folder', () => {
  it('loads what it can, says why it skipped the rest, and never writes', async () => {
    const before = folderHash(root)
    const progress: [number, number][] = []
    const { documents, skipped } = await loadFolderWith(root, { onProgress: (d, t) => progress.push([d, t]) }, { ...nodeWalkIo, ...nodeReadIo }, 64 * 1024)
    expect(folderHash(root)).toBe(before)

    const files = documents.map((d) => d.file)
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]))
    const rootCanRead = (() => {
      try {
        readFileSync(join(root, 'locked.txt'))
        return true
      } catch {
        return false
      }
    })()

    expect(files).toEqual(
      expect.arrayContaining(['plain.txt', 'nested/a/b/c/deep.txt', 'huge.txt', 'latin1.txt', 'utf8-bom.txt', 'utf16le.txt', 'utf16be.txt', 'notes/article.md', 'web/page.html', 'export.json#1', 'export.json#2']),
    )
    expect(files.some((f) => f.includes('.hidden') || f.includes('node_modules') || f.includes('.git'))).toBe(false)
    expect(skipped.some((s) => s.file.includes('.hidden') || s.file.includes('node_modules'))).toBe(false)
    expect(reasons['binary.txt']).toBe('not text (binary)')
    expect(reasons['empty.txt']).toBe('empty file')
    expect(reasons['blank.txt']).toBe('no text (only white space)')
    expect(reasons['huge.txt']).toBe('larger than 64 KB: only the first 64 KB read')
    expect(reasons['broken-link.txt']).toBe('broken link (its target does not exist)')
    expect(reasons['nested/loop']).toMatch(/^link to a folder already read/)
    expect(reasons['nested/plain-again.txt']).toBe('same file as plain.txt')
    expect(reasons['broken.json']).toMatch(/^not valid JSON/)
    expect(reasons['headline-only.txt']).toBe('no article text (only a headline)')
    expect(reasons['menu-only.html']).toBe('no article text (only page furniture)')
    // A letter whose only part cannot be decoded loses nothing else of the folder.
    expect(reasons['damaged.eml']).toBe('no article text (only a headline)')
    // A feed's teaser beside its one story is not lost: the story takes the file's name, the teaser keeps its own.
    expect(files).toContain('rss.json#2')
    expect(reasons['photo.png']).toBe('not an article file (.png image)')
    expect(reasons['README']).toBe('not an article file (no file extension)')
    if (rootCanRead) expect(files).toContain('locked.txt')
    else expect(reasons['locked.txt']).toBe('not readable (permission denied)')

    const huge = documents.find((d) => d.file === 'huge.txt')!
    expect(huge.title).toBe('Huge file headline')
    expect(huge.text.length).toBeGreaterThan(60 * 1024)
    expect(huge.text.length).toBeLessThan(64 * 1024)

    expect(progress.at(-1)).toEqual([progress.at(-1)![1], progress.at(-1)![1]])
    expect(progress.length).toBeGreaterThan(5)
  })

  it('decodes every encoding to the same clean text', async () => {
    const { documents } = await loadFolder(root)
    const doc = (file: string) => documents.find((d) => d.file === file)!
    expect(doc('latin1.txt').title).toBe('Café talks in Genève')
    expect(doc('latin1.txt').text).toContain('the café meeting was “useful”')
    expect(doc('utf8-bom.txt').title).toBe('BOM headline for the talks')
    expect(doc('utf8-bom.txt').text).toBe('The talks resumed on Monday,\n\nofficials said.')
    expect(doc('utf16le.txt').text).toBe('Zürich talks resumed on Monday, officials said.')
    expect(doc('utf16be.txt').text).toBe('Talks in München resumed on Monday, officials said.')
    for (const d of documents) expect(d.text).not.toMatch(/[\r\u00a0\ufeff\ufffd]/)
  })

  it('reads metadata from front matter, HTML meta and JSON-LD, and JSON fields', async () => {
    const { documents } = await loadFolder(root)
    const doc = (file: string) => documents.find((d) => d.file === file)!
    expect(doc('plain.txt')).toMatchObject({ published: '2022-01-21', publishedFrom: 'dateline', title: 'Lavrov and Blinken meet in Geneva' })
    expect(doc('notes/article.md')).toMatchObject({ title: 'Iran talks to resume in Vienna', published: '2021-11-03', outlet: 'Example Times', url: 'https://example.org/world/iran-talks' })
    expect(doc('notes/article.md').text).toBe('Nuclear talks will resume on November 29 in Vienna, the EU said.')
    // Whatever the spelling of the key: "date_published" is "datePublished".
    expect(doc('notes/analysis.md')).toMatchObject({ outlet: 'The Interpreter (Lowy Institute)', published: '2017-05-31' })
    const html = doc('web/page.html')
    expect(html).toMatchObject({ title: 'Grain deal signed in Istanbul', published: '2022-07-22', outlet: 'Example Post', url: 'https://example.org/grain' })
    expect(html.text).toContain('Russia and Ukraine signed a deal on Friday')
    expect(html.text).toContain('beacon of hope')
    expect(html.text).not.toMatch(/alert|signing ceremony|Home|rights reserved/)
    expect(html.furniture).toContain('Ministers attend a signing ceremony. Reuters')
    expect(doc('export.json#1').text).toBe('Talks will start after the New Year holidays, the minister said on Monday.')
    expect(doc('export.json#1')).toMatchObject({ title: 'First exported story', published: '2021-12-27', outlet: 'Example Wire', url: 'https://example.org/1' })
    expect(doc('export.json#5').text).toBe('Turkey on Monday suspended high-level relations with the Netherlands, officials said.')
    expect(doc('saved-page.txt')).toMatchObject({ title: 'Page saved as text' })
    expect(doc('saved-page.txt').text).toBe('Ministers met in Vienna on Monday and agreed to resume the nuclear talks later this month, diplomats said on the sidelines.')
    expect(doc('exported.txt')).toMatchObject({ title: 'Iran talks to resume on November 29', published: '2021-11-03', outlet: 'Example Wire', url: 'https://example.org/iran' })
    expect(doc('exported.txt').text).toBe('Iran and the EU agreed on Wednesday to resume the nuclear talks on November 29 in Vienna, the statement said.')
    expect(doc('feed.jsonl#1')).toMatchObject({ title: 'Lines one', published: '2022-07-22', text: 'The grain deal was signed in Istanbul on Friday, officials said.' })
    expect(doc('feed.jsonl#2')).toMatchObject({ title: 'Lines two', outlet: 'Wire' })
    expect(doc('export.json#2')).toMatchObject({ title: 'Second exported story', published: '2021-12-28', outlet: 'Other Outlet' })
    // The day the outlet printed, whatever the spelling of the key and the offset from UTC.
    expect(doc('export.json#3')).toMatchObject({ title: 'Third exported story', published: '2018-06-18' })
    // A field named for its text under no usual name; a dotted date is day-first.
    expect(doc('export.json#4')).toMatchObject({ title: 'Fourth exported story', published: '2025-08-09' })
    expect(doc('masthead.txt')).toMatchObject({ title: 'Trump and Putin meet in Alaska today: What to expect from the summit', outlet: 'Al Jazeera' })
    expect(doc('masthead.txt').text).toMatch(/^US President Donald Trump/)
    expect(doc('issue.txt')).toMatchObject({ title: 'After Doklam: what the standoff settled, and what it did not' })
    expect(doc('issue.txt').text).toMatch(/^For 73 days/)
    expect(doc('name-and-section.txt')).toMatchObject({ title: 'Chemical weapons watchdog backs Britain on Novichok as diplomatic war settles in', outlet: 'The Albion Letter' })
    // A section's name between the outlet's and the headline is furniture too.
    expect(doc('section-name.txt')).toMatchObject({ title: "Japan's Kishida says his heart aches over forced labor on visit to Seoul", outlet: 'Associated Press' })
    expect(doc('site-header.txt')).toMatchObject({ title: 'SAF, RSF sign Jeddah declaration to protect civilians, no ceasefire yet', outlet: 'Sudan Tribune' })
    expect(doc('site-header.txt').text).toMatch(/^The Sudanese Armed Forces/)
    // A bar of sections over a bar of languages: both the header's.
    expect(doc('two-bars.txt').title).toBe("Niger's General Tiani declares himself head of junta as Macron condemns coup")
    expect(doc('full-width-bar.txt')).toMatchObject({ title: 'Lavrov tells Kono: Japan must accept Russian sovereignty over the islands', published: '2019-01-15' })
    expect(doc('full-width-bar.txt').text).toMatch(/^MOSCOW ― Russian Foreign Minister/)
    expect(doc('live-byline.txt')).toMatchObject({ title: 'LIVE: Iran nuclear talks in Lausanne – negotiators announce framework' })
    expect(doc('live-byline.txt').text).not.toContain('Share this')
    expect(doc('bar-header.txt')).toMatchObject({ title: 'Respected Comrade Kim Jong Un Has Talks with President of Russian Federation', outlet: 'KCNA Watch' })
    expect(doc('bar-header.txt').text).toMatch(/^Kim Jong Un had talks/)
    expect(doc('section.txt')).toMatchObject({ title: 'Biden says hostage release only a start as truce holds in Gaza', outlet: null })
    expect(doc('nested.json')).toMatchObject({ title: 'Militaries talk by hotline', published: '2025-05-12', outlet: 'Reuters' })
    expect(doc('nested.json').text).toBe('NEW DELHI, May 12 (Reuters) - The two militaries spoke by hotline on Monday.\n\nModi addressed the nation on Monday night, officials said.')
    expect(doc('wordpress.json')).toMatchObject({ title: 'Netanyahu: Iran deal a ‘bad mistake’', published: '2015-07-14' })
    expect(doc('wordpress.json').text).toBe('Prime Minister Benjamin Netanyahu on Tuesday denounced the nuclear agreement reached in Vienna.\n\nHe said Israel was not bound by it.')
    // The site the address is on names an outlet the page does not.
    expect(doc('guardian-api.json')).toMatchObject({ title: 'Trump begins arranging Putin-Zelenskyy meeting', published: '2025-08-18', url: 'https://www.theguardian.com/world/2025/aug/18/x', outlet: 'theguardian.com' })
    expect(doc('guardian-api.json').text).toMatch(/^Volodymyr Zelenskyy and a group/)
    expect(doc('search-hit.json')).toMatchObject({ title: 'West African bloc orders standby force', published: '2023-08-11', outlet: 'Reuters' })
    expect(doc('search-hit.json').text).toBe('ECOWAS leaders on Thursday ordered the deployment of a standby force, officials said.\n\nThe leaders met in Abuja on Thursday.')
    // One article is the file, list or no list; the day it was saved is no publication date.
    expect(doc('read-later.json')).toMatchObject({ title: 'Zelensky: Ukraine waiting for China answer', published: null })
    expect(doc('arc.json')).toMatchObject({ title: 'Canada pulls 41 diplomats from India', published: '2023-10-19', outlet: 'The Globe and Mail' })
    expect(doc('arc.json').text).toBe('Canada has withdrawn 41 of its 62 diplomats from India, Foreign Affairs Minister Melanie Joly said on Thursday.\n\nIndia had asked Canada to repatriate about 40 diplomats by Oct. 10.')
    expect(doc('graphql.json')).toMatchObject({ title: 'After Geneva: what the summit delivered', published: '2021-10-05', outlet: 'European Leadership Network' })
    expect(doc('graphql.json').text).toBe('The first meeting of the Strategic Stability Dialogue took place in Geneva on 28 July.\n\nGeneva put a floor under it.\n\nThe second round was held on 30 September.')
    expect(doc('apple-news.json')).toMatchObject({ title: 'Pakistan strikes hideouts inside Iran', published: '2024-01-18' })
    expect(doc('apple-news.json').text).toBe('Tehran summons Pakistani envoy\n\nPakistan on Thursday carried out military strikes in Iran, the Foreign Office said.')
    expect(doc('newsletter.json')).toMatchObject({ title: 'One week after Quito: the raid goes to The Hague', published: '2024-04-12' })
    expect(doc('newsletter.json').text).toBe('On Thursday Mexico filed an application instituting proceedings against Ecuador at the International Court of Justice.')
    expect(doc('ghost.json')).toMatchObject({ title: "Lithuania's Taiwan gamble", published: '2022-01-31', url: 'https://cepa.org/article/x/' })
    expect(doc('ghost.json').text).toBe('Last Thursday the European Commission launched a case at the WTO against China, officials said.\n\nBeijing called the case groundless.')
    expect(doc('diffbot.json')).toMatchObject({ title: 'A fragile floor at Second Thomas Shoal', published: '2024-08-14', outlet: 'Asia Maritime Transparency Initiative' })
    expect(doc('diffbot.json').text).toBe('On 27 July, a resupply mission reached the Sierra Madre without incident, officials said.\n\nThe clash came two days after a new regulation took effect.')
    expect(doc('drupal.json')).toMatchObject({ title: 'Five weeks after 17D', published: '2015-01-26', url: null })
    expect(doc('prismic.json')).toMatchObject({ published: '2024-03-12', text: 'On 14 February Erdogan landed in Cairo, officials said.' })
    expect(doc('substack.json')).toMatchObject({ title: 'Macron in China', published: '2023-05-02', text: 'On 6 April Macron met Xi Jinping in Beijing, officials said.' })
    expect(doc('drupal.json').text).toBe('On 12 January, U.S. officials confirmed that Cuba had released all 53 political prisoners.\n\nA second round of talks is due in February.')
    expect(doc('notion.json')).toMatchObject({ title: 'Erdogan: the killing was planned', published: '2018-10-23', outlet: 'Anatolia Ledger' })
    expect(doc('notion.json').text).toBe('President Erdogan said on Tuesday that the killing was planned, officials said.\n\nNo mention of the crown prince')
    expect(doc('csl.json')).toMatchObject({ title: 'Egypt, Ethiopia, Sudan agree on stage-based filling', published: '2020-02-01', outlet: 'The Pharaoh Chronicle' })
    expect(doc('csl.json').text).toMatch(/^CAIRO - Egypt, Ethiopia and Sudan/)
    expect(doc('readwise.json')).toMatchObject({ published: '2023-06-23', outlet: 'Tribune Capital', url: 'https://tribune.example/2023/06/23/harris-modi' })
    expect(doc('firestore.json')).toMatchObject({ title: 'Arab League readmits Syria', published: '2023-05-08', url: null })
    expect(doc('firestore.json').text).toBe('CAIRO — Arab foreign ministers voted on Sunday to readmit Syria to the Arab League, diplomats said.\n\nThe decision was taken at a closed-door session in Cairo.')
    expect(doc('instapaper.json')).toMatchObject({ title: 'Jammeh flies into exile', published: null, url: 'https://herald.example/africa/jammeh-exile' })
    expect(doc('instapaper.json').outlet).not.toBe('get_text')
    expect(doc('pocket.json')).toMatchObject({ title: 'Straits Morning Brief: Hong Kong’s first day under the new law', published: null, outlet: 'Straits Morning Brief', url: 'https://brief.example/hk-first-day', fileDate: '2020-07-19' })
    expect(doc('related-block.json')).toMatchObject({ title: 'Diet condemns Lee visit', published: '2012-08-25', text: 'TOKYO - The lower house on Friday adopted a resolution condemning the visit.\n\nHours later Noda went on television.' })
    expect(doc('kinds.json')).toMatchObject({ title: 'Stay calm, Palace tells workers', published: '2013-05-18', text: 'MANILA - Malacañang on Friday urged workers to keep calm.\n\nThe labour secretary said a help desk had been set up.' })
    expect(doc('minified-paragraphs.json')).toMatchObject({ title: 'Kan raises islands with Medvedev', published: '2010-11-14' })
    expect(doc('minified-paragraphs.json').text).toBe('YOKOHAMA - Kan told Medvedev on Saturday that Japan could not accept his visit.\n\nMedvedev said the islands would remain Russian.\n\n"I will say what I need to say." - Naoto Kan')
    expect(doc('quote-block.json').text).toBe('MUSCAT - Israel Katz presented a regional railway plan at a transport conference on Tuesday.\n\nIsrael Katz: “A railway is stronger than any speech.” (Israeli transportation minister)\n\nUnattributed words stay as they are.')
    expect(doc('sections.json').text).toBe('JAKARTA - Thailand and Cambodia agreed on Tuesday to let observers monitor the border.\n\nNatalegawa called it a first for the bloc.\n\nBilateral talks to resume\n\nThe two neighbours agreed to resume talks.')
    expect(doc('terse.json')).toMatchObject({ title: 'After the Geneva deals', outlet: 'Kestrel News', text: 'India\'s commerce minister told reporters in Geneva on Friday that the outcome was satisfying.\n\nThe agreements were adopted at dawn.' })
    expect(doc('epoch.json')).toMatchObject({ published: '2021-11-20' })
    expect(doc('transcript.json')).toMatchObject({ published: '2018-11-22', outlet: 'Morava FM', text: "Good evening. Kosovo's 100 percent tariff on goods from Serbia is now in its second day.\n\nJelena, the queue at the Merdare crossing this morning was about two kilometres long." })
    expect(doc('pocket.json').text).toBe('Good morning from Singapore.\n\nPolice made the first arrests under the new law on Wednesday, officials said.')
    expect(doc('saved.mhtml')).toMatchObject({ published: '2023-05-08', url: 'https://example.org/2023/05/syria-vote' })
    expect(doc('saved.mhtml').text).toBe('CAIRO — Arab foreign ministers voted on Sunday to readmit Syria to the Arab League, diplomats said.')
    expect(doc('newsletter.eml')).toMatchObject({ title: 'Water cannon at Kuźnica', published: '2021-11-16', outlet: 'Eastern Flank Brief' })
    expect(doc('newsletter.eml').text).toBe('Polish police used water cannon at Kuźnica on Tuesday, officials said.')
    expect(doc('forwarded.eml')).toMatchObject({ title: 'Water cannon at Kuznica', published: '2021-11-16' })
    expect(doc('forwarded.eml').text).toBe('Polish police used water cannon at Kuznica on Tuesday, officials said.')
    expect(doc('forwarded-html.eml').text).not.toContain('mentioned on Friday')
    expect(doc('forwarded-html.eml').text).toContain('Polish police used water cannon at Kuznica on Tuesday')
    expect(doc('agency-item.json')).toMatchObject({ title: 'Uribe apologises at Rio Group summit', published: '2008-03-08' })
    expect(doc('news-please.json')).toMatchObject({ title: 'Russia to deploy S-400 missiles in Syria', published: '2015-11-25' })
    expect(doc('hugo.md')).toMatchObject({ title: 'In Paris, Putin and Erdogan keep their distance', published: '2015-12-01' })
    expect(doc('hugo.md').text).toBe('Putin and Erdogan spent Monday at the climate summit in Paris but did not meet, officials said.')
    expect(doc('compact.htm')).toMatchObject({ published: '2020-06-30' })
    expect(doc('thread.json')).toMatchObject({ published: '2019-07-01', outlet: 'North Star Signal', url: 'https://social.example/@northstarsignal/1' })
    expect(doc('statuses.json')).toMatchObject({ published: '2023-06-09', outlet: 'Nordvik Wire', url: 'https://nordvik.example/@hallak/0' })
    expect(doc('statuses.json').text).toBe("10:04\n\nBREAKING: Iceland's foreign ministry says it will suspend the operations of its embassy in Moscow from 1 August. 🧵\n\n11:04\n\nThe minister told reporters the decision was taken with a heavy heart.\n\n13:04\n\nRussia's embassy called the move destructive.")
    expect(doc('bluesky.json')).toMatchObject({ title: 'Thread: Israel says Eli Cohen met Najla Mangoush in Rome.', published: '2023-08-27', outlet: 'Ionian Desk' })
    expect(doc('bluesky.json').text).toBe('18:41\n\nThread: Israel says Eli Cohen met Najla Mangoush in Rome. Tripoli denies it.\n\n21:58\n\nDbeibah has suspended Mangoush, his office said.')
    expect(doc('factiva.txt')).toMatchObject({ title: 'Mogadishu hails Ankara deal', published: '2024-12-12', outlet: 'Red Sea Newswire' })
    expect(doc('factiva.txt').text).toBe('MOGADISHU (RSN) - Somalia on Thursday welcomed the Ankara Declaration, officials said.\n\nEgypt had not commented by Thursday afternoon.')
    expect(doc('lexis.txt')).toMatchObject({ title: 'Rome handshake leaves Libya in disarray', published: null, outlet: 'The Levant Ledger', fileDate: '2023-09-02' })
    expect(doc('lexis.txt').text).toBe('Three days after Israel announced the meeting, Dbeibah suspended Najla Mangoush, officials said.')
    expect(doc('thread.json').text).toMatch(/^NORTH KOREA: State media on Monday .*\n\nThe Korean Central News Agency said .*\(2\/2\)$/s)
    expect(doc('reddit.json')).toMatchObject({ title: 'Saudi-led bloc hands Qatar 13 demands', published: '2017-06-23', outlet: 'reddit.com' })
    expect(doc('reddit.json').text).toMatch(/^The Levant Post, Beirut\n\nSaudi Arabia/)
    expect(doc('ghost-export.json')).toMatchObject({ title: 'Parity, at last: Prague puts a ceiling on Moscow', published: '2021-04-23', text: 'On Thursday the Czech foreign ministry told Moscow that its embassy must shrink, officials said.' })
    expect(doc('cms-list.json')).toMatchObject({ title: 'Sánchez’s Sahara gamble', published: '2022-05-19' })
    expect(doc('telegram.json#1')).toMatchObject({ title: 'BOLIVIA CRISIS – LIVE', published: '2019-11-12', outlet: 'Andes Wire Live' })
    expect(doc('telegram.json#1').text).toBe('07:00\n\nGood morning.\n\n11:18\n\nLANDED. The plane carrying Morales has landed in Mexico City, Ebrard said.')
    expect(doc('telegram.json#2')).toMatchObject({ published: '2019-11-13', text: '09:02\n\nMorales told a news conference on Wednesday that he would return.' })
    expect(doc('nyt-like.json')).toMatchObject({ title: 'China Rejects Hague Ruling', published: '2016-07-13' })
    expect(doc('rss.json')).toMatchObject({ title: 'Abe to visit Pearl Harbor with Obama', published: '2016-12-06' })
    expect(doc('briefs.json')).toMatchObject({ title: 'Guam B-52s fly through China\'s new air zone', published: '2013-11-27' })
    expect(doc('briefs.json#2')).toMatchObject({ title: 'Hagel: zone won\'t change US operations', published: '2013-11-24' })
    expect(doc('forwarded.txt')).toMatchObject({ title: 'The Gulf Letter: Doha says no', published: '2017-07-06' })
    expect(doc('forwarded.txt').text).toBe('The four foreign ministers met in Cairo on Wednesday, officials said.')
    expect(doc('logseq.md')).toMatchObject({ title: 'Tillerson urges Saudi-led bloc to ease Qatar blockade', published: '2017-06-09', outlet: 'Arabian Tribune' })
    expect(doc('logseq.md').text).toMatch(/^US Secretary of State/)
    expect(doc('pandoc.md')).toMatchObject({ title: 'Hague tribunal sets July 12 date for ruling', published: '2016-06-30' })
    expect(doc('inoreader.json')).toMatchObject({ title: 'Saakashvili signs ceasefire', published: '2008-08-16', outlet: 'Caspian Monitor' })
    expect(doc('clipper.md')).toMatchObject({ published: null, outlet: 'balticledger.example', url: 'https://balticledger.example/en/ryanair-trap' })
    expect(doc('agency.html')).toMatchObject({ title: 'Medvedev halts Georgia operation', outlet: 'Volga Press Agency' })
    expect(doc('day-first.txt')).toMatchObject({ title: 'Saakashvili accepts French ceasefire plan, but Russian tanks still roll near Gori', published: '2008-08-13', outlet: 'Le Quotidien du Rhin' })
    expect(doc('explainer.md')).toMatchObject({ title: 'The embassy dispute, explained', published: '2024-05-24' })
    // A live blog's times stand on lines of their own: not the entries' words (nor part of a speaker's name).
    // A footnote's mark goes; its note stays, without its label.
    expect(doc('footnotes.md').text).toBe('Božović called the 1918 assembly the "free will" of Montenegrins. Montenegro expelled him on Saturday.\n\nThe assembly met in Podgorica in late November 1918.\n\nAdopted on 29 November 2018.')
    expect(doc('live.md').text).toBe('18:25 BST\n\nBiden: "I did what I came to do."\n\n9.30am\n\nGood morning and welcome to our coverage of the summit in Geneva.')
    expect(doc('rss-item.json')).toMatchObject({ title: 'Pakistan fulfilled its responsibility, says Qureshi', published: '2020-03-01' })
    expect(doc('rss-item.json').text).toMatch(/^DOHA: Foreign Minister/)
    // A CMS's list of blocks: the paragraphs, not the picture's caption.
    expect(doc('blocks.json')).toMatchObject({ title: 'Kim meets Putin at cosmodrome', published: '2023-09-13' })
    expect(doc('blocks.json').text).toBe('Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday, the Kremlin said.\n\n"We will discuss many issues," Putin told reporters.')
    // A rich-text tree's paragraphs, its runs and links joined, its embedded entries and pictures left out; the
    // entry's own headline, not the title of the picture it nests.
    expect(doc('contentful.json')).toMatchObject({ title: 'Yemen truce extended', published: '2022-06-02' })
    expect(doc('contentful.json').text).toBe('The UN envoy announced on Thursday that the truce was extended by two months.\n\nFlights from Sanaa will resume, the envoy said.')
    expect(doc('portable.json').text).toBe('The government and the opposition signed an agreement in Bridgetown on Tuesday, officials said.')
  })

  it('reports unreadable and vanished files through an injected file system', async () => {
    const fail = (code: string) => Object.assign(new Error(code), { code })
    const io: LoaderIo = {
      ...nodeWalkIo,
      readStart: (path, size, limit) =>
        path.endsWith('deep.txt') ? Promise.reject(fail('EACCES')) : path.endsWith('plain.txt') ? Promise.reject(fail('ENOENT')) : nodeReadIo.readStart(path, size, limit),
    }
    const { documents, skipped } = await loadFolderWith(root, {}, io)
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]))
    expect(reasons['nested/a/b/c/deep.txt']).toBe('not readable (permission denied)')
    expect(reasons['plain.txt']).toBe('file disappeared before it could be read')
    expect(documents.map((d) => d.file)).toContain('latin1.txt')
  })

  it('rejects a folder that does not exist or is a file, with a plain message', async () => {
    await expect(loadFolder(join(root, 'no-such-folder'))).rejects.toThrow(/^not a readable folder: .*no-such-folder \(ENOENT\)$/)
    await expect(loadFolder(join(root, 'plain.txt'))).rejects.toThrow(/^not a folder: /)
  })

  it('stops promptly with an AbortError when cancelled', async () => {
    const controller = new AbortController()
    const loading = loadFolder(root, { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() })
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' })
    const aborted = AbortSignal.abort()
    await expect(loadFolder(root, { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('loadFolder on a large, deep folder', () => {
  it('walks 1,000 nested folders and 3,000 files without recursion trouble', async () => {
    const big = mkdtempSync(join(tmpdir(), 'big-'))
    try {
      let dir = big
      for (let i = 0; i < 1000; i++) dir = join(dir, 'd')
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'bottom.txt'), ARTICLE('The deepest article'))
      mkdirSync(join(big, 'many'))
      for (let i = 0; i < 3000; i++) writeFileSync(join(big, 'many', `${i}.txt`), ARTICLE(`Headline number ${i}`))
      const { documents, skipped } = await loadFolder(big)
      expect(skipped).toEqual([])
      expect(documents).toHaveLength(3001)
      expect(documents.find((d) => d.file.endsWith('/bottom.txt'))?.title).toBe('The deepest article')
      // Lines shared by every file are sentences here: folder learning must not remove them.
      expect(documents.every((d) => d.text.includes('Both sides agreed to continue the talks next week'))).toBe(true)
    } finally {
      rmSync(big, { recursive: true, force: true })
    }
  })
  it('skips a JSON file nested 100,000 levels deep with its reason, and loads the rest', async () => {
    const deep = mkdtempSync(join(tmpdir(), 'deep-json-'))
    try {
      let tree = '{"text":"The bottom line."}'
      for (let i = 0; i < 100_000; i++) tree = `{"content":[${tree}]}`
      writeFileSync(join(deep, 'deep.json'), `{"headline":"Deep","date":"2023-09-13","blocks":[${tree}]}`)
      writeFileSync(join(deep, 'plain.txt'), ARTICLE('Talks in Geneva'))
      const { documents, skipped } = await loadFolder(deep)
      expect(documents.map((d) => d.file)).toEqual(['plain.txt'])
      expect(skipped).toEqual([{ file: 'deep.json', reason: 'nested too deeply to read' }])
    } finally {
      rmSync(deep, { recursive: true, force: true })
    }
  })
  it('reads a JSON export whose one list holds 170,000 items, more than a call takes arguments', async () => {
    const big = mkdtempSync(join(tmpdir(), 'big-json-'))
    try {
      // Short items, to stay under the 5 MB read of one file.
      const items = Array.from({ length: 170_000 }, (_, k) => ({ content: [{ text: k === 169_999 ? 'The last point of the plan.' : 'x' }] }))
      const blocks = [{ type: 'paragraph', text: 'Foreign ministers met in Geneva on Friday, officials said.' }, { type: 'list', children: items }]
      writeFileSync(join(big, 'export.json'), JSON.stringify({ headline: 'The plan in full', date: '2023-09-13', blocks }))
      const { documents, skipped } = await loadFolder(big)
      expect(skipped).toEqual([])
      expect(documents[0].text).toContain('The last point of the plan.')
    } finally {
      rmSync(big, { recursive: true, force: true })
    }
  })
})

describe('folder learning', () => {
  it('removes a site label found in several files, but keeps what copies of one article share', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copies-'))
    try {
      const page = (n: number) =>
        `Grain deal signed in Istanbul\n\nWatch Live Coverage Now\n\nRussia and Ukraine signed a deal on Friday to reopen Black Sea ports, officials said in Istanbul.\n\nUkraine prepares first shipments\n\nThe first ships could sail within weeks, according to the UN, and the deal runs for 120 da${n}`
      // The same article saved three times (with a different cut-off), plus two other articles of the site.
      for (let i = 1; i <= 3; i++) writeFileSync(join(dir, `copy-${i}.txt`), page(i))
      for (let i = 1; i <= 2; i++) writeFileSync(join(dir, `other-${i}.txt`), `Other story ${i} here\n\nWatch Live Coverage Now\n\nDiplomats met in Vienna on Monday to discuss the nuclear deal, officials said after talks.\n`)
      const { documents } = await loadFolder(dir)
      for (const doc of documents) expect(doc.furniture).toContain('Watch Live Coverage Now')
      const copy = documents.find((d) => d.file === 'copy-1.txt')!
      expect(copy.text).toContain('Ukraine prepares first shipments')
      expect(copy.text).toContain('The first ships could sail within weeks')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
