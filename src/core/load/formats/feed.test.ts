// News feeds saved as files: each item with a body an article, dated by its own publication, named by the channel.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

const STORY = [
  'TOKYO - Prime Minister Shinzo Abe said on Monday that he will visit Pearl Harbor in Hawaii with President Barack Obama on December 27, the first visit by a sitting Japanese leader to the memorial, officials said.',
  'Abe told reporters at his office that the visit would be to comfort the souls of the victims, and that he wanted to send a message to the world that the horrors of war must never be repeated.',
  'The visit comes seven months after Obama became the first sitting US president to visit Hiroshima. The White House said the two leaders would hold talks in Hawaii before visiting the memorial to the USS Arizona.',
  'Chief Cabinet Secretary Yoshihide Suga said the prime minister would not apologise for the attack, which killed more than 2,400 Americans on December 7, 1941.',
  'The announcement came a day after Abe spoke by telephone with President-elect Donald Trump, whom he met in New York last month.',
]

// An RSS 2.0 feed saved from a browser: a whole story in content:encoded beside its teaser, a newsletter's teaser in an
// escaped description, an item dated by dc:date; the channel built later than all of them.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Kuroshio Wire - Asia-Pacific</title>
  <link>https://www.kuroshiowire.example/asia-pacific/</link>
  <atom:link href="https://www.kuroshiowire.example/asia-pacific/rss.xml" rel="self" type="application/rss+xml"/>
  <description>News from Tokyo, Seoul and Beijing</description>
  <lastBuildDate>Fri, 09 Dec 2016 17:40:11 +0900</lastBuildDate>
  <item>
    <title>Abe to visit Pearl Harbor with Obama</title>
    <link>https://www.kuroshiowire.example/asia-pacific/2016/12/06/abe-pearl-harbor</link>
    <guid isPermaLink="true">https://www.kuroshiowire.example/asia-pacific/2016/12/06/abe-pearl-harbor</guid>
    <pubDate>Tue, 06 Dec 2016 04:12:00 +0900</pubDate>
    <dc:creator>Kuroshio Wire staff</dc:creator>
    <description>Abe said he will visit Pearl Harbor with Obama.</description>
    <content:encoded><![CDATA[${STORY.map((p) => `<p>${p}</p>`).join('\n')}<figure><img src="abe.jpg"/><figcaption>Abe speaks to reporters. Photo: Kuroshio Wire</figcaption></figure>]]></content:encoded>
  </item>
  <item>
    <title>Kuroshio Wire newsletter: the week in Asia</title>
    <link>https://www.kuroshiowire.example/newsletter</link>
    <pubDate>Fri, 02 Dec 2016 00:00:00 +0900</pubDate>
    <description>&lt;p&gt;Sign up for the week in Asia, every Friday &amp;amp; free.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Park&#8217;s impeachment vote set for Friday</title>
    <guid isPermaLink="false">kw-88213</guid>
    <dc:date>2016-12-07T10:00:00+09:00</dc:date>
    <description>South Korea's parliament will vote on Friday on a motion to impeach President Park Geun-hye, the speaker said.</description>
  </item>
</channel>
</rss>
`

// An Atom feed: XHTML content with a relative link, an escaped HTML summary, an entry changed after it was published.
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Asia | The Harbour Times</title>
  <link rel="alternate" type="text/html" href="https://harbourtimes.example/asia/"/>
  <link rel="self" href="https://harbourtimes.example/asia/feed.atom"/>
  <updated>2016-12-09T08:00:00Z</updated>
  <id>tag:harbourtimes.example,2016:asia</id>
  <entry>
    <title type="html">Abe &lt;em&gt;will&lt;/em&gt; not apologise at Pearl Harbor</title>
    <link rel="alternate" href="/asia/2016/12/07/abe-no-apology"/>
    <id>tag:harbourtimes.example,2016:1207</id>
    <published>2016-12-07T11:30:00+09:00</published>
    <updated>2016-12-08T09:15:00+09:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Japan's government said on Wednesday that Prime Minister Shinzo Abe would not apologise during his visit to Pearl Harbor, officials said.</p><p>Chief Cabinet Secretary Yoshihide Suga told reporters that the purpose of the visit was to <em>comfort the souls</em> of the victims.</p></div></content>
  </entry>
  <entry>
    <title>Seoul names acting prime minister</title>
    <link href="https://harbourtimes.example/asia/2016/12/09/seoul-acting-pm"/>
    <id>tag:harbourtimes.example,2016:1209</id>
    <published>2016-12-09T16:00:00+09:00</published>
    <summary type="html">&lt;p&gt;Prime Minister Hwang Kyo-ahn took over the president&amp;#8217;s powers on Friday evening, officials said.&lt;/p&gt;</summary>
  </entry>
</feed>
`

// RSS 1.0: items beside the channel, in the RSS namespace, dated by Dublin Core.
const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://yellowsea.example/"><title>Yellow Sea Observer</title><link>https://yellowsea.example/</link></channel>
  <item rdf:about="https://yellowsea.example/2010/11/23/shelling"><title>North Korea shells Yeonpyeong island</title><link>https://yellowsea.example/2010/11/23/shelling</link>
    <dc:date>2010-11-23T18:00:00+09:00</dc:date><description>North Korean artillery struck Yeonpyeong island on Tuesday afternoon, killing two marines, the military said.</description></item>
</rdf:RDF>
`

describe('news feeds (.xml, .rss, .atom)', () => {
  it("reads an RSS item's whole story, dated by its pubDate, its teasers beside it under their own names", async () => {
    const folder = await loadFiles({ 'kuroshio.xml': RSS })
    // The one whole story is the file's; the channel's title names the outlet, without its section.
    expect(folder.doc('kuroshio.xml')).toMatchObject({
      title: 'Abe to visit Pearl Harbor with Obama',
      published: '2016-12-06',
      outlet: 'Kuroshio Wire',
      url: 'https://www.kuroshiowire.example/asia-pacific/2016/12/06/abe-pearl-harbor',
      text: STORY.join('\n\n'),
    })
    expect(folder.doc('kuroshio.xml#2')).toMatchObject({ title: 'Kuroshio Wire newsletter: the week in Asia', published: '2016-12-02' })
    // An item without a link or a permalink has no address; its escaped title is plain text.
    expect(folder.doc('kuroshio.xml#3')).toMatchObject({ title: 'Park’s impeachment vote set for Friday', published: '2016-12-07', url: null, outlet: 'Kuroshio Wire' })
    expect(folder.doc('kuroshio.xml#3').text).toBe("South Korea's parliament will vote on Friday on a motion to impeach President Park Geun-hye, the speaker said.")
    expect(folder.documents.some((d) => d.published === '2016-12-09')).toBe(false)
  })

  it('reads Atom entries (XHTML content, escaped HTML, relative links) and RSS 1.0 items', async () => {
    const folder = await loadFiles({ 'harbour.atom': ATOM, 'yellowsea.rss': RDF })
    expect(folder.doc('harbour.atom#1')).toMatchObject({
      title: 'Abe will not apologise at Pearl Harbor',
      published: '2016-12-07',
      outlet: 'The Harbour Times',
      url: 'https://harbourtimes.example/asia/2016/12/07/abe-no-apology',
      text: "Japan's government said on Wednesday that Prime Minister Shinzo Abe would not apologise during his visit to Pearl Harbor, officials said.\n\nChief Cabinet Secretary Yoshihide Suga told reporters that the purpose of the visit was to comfort the souls of the victims.",
    })
    expect(folder.doc('harbour.atom#2')).toMatchObject({
      title: 'Seoul names acting prime minister',
      published: '2016-12-09',
      url: 'https://harbourtimes.example/asia/2016/12/09/seoul-acting-pm',
      text: 'Prime Minister Hwang Kyo-ahn took over the president’s powers on Friday evening, officials said.',
    })
    expect(folder.doc('yellowsea.rss')).toMatchObject({ title: 'North Korea shells Yeonpyeong island', published: '2010-11-23', outlet: 'Yellow Sea Observer', url: 'https://yellowsea.example/2010/11/23/shelling' })
  })

  it('skips XML that is no feed with a reason, and keeps the items before a cut', async () => {
    const folder = await loadFiles({
      'sitemap.xml': '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/a</loc><lastmod>2016-12-06</lastmod></url></urlset>',
      'notes.xml': 'Pearl Harbor: check the date of the visit.\n',
      'bomb.xml': '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;</title></channel></rss>',
      'cut.xml': RSS.slice(0, RSS.indexOf('South Korea')),
      'evernote.xml': '<?xml version="1.0"?><en-export><note><title>Talks</title><content><![CDATA[<en-note><div>Abe and Obama will meet in Hawaii on December 27, the White House said.</div></en-note>]]></content></note></en-export>',
    })
    expect(folder.reason('sitemap.xml')).toBe("not an article file (XML data, not a news feed nor a news agency's item: its root is <urlset>)")
    expect(folder.reason('notes.xml')).toBe("not an article file (XML data, not a news feed nor a news agency's item)")
    expect(folder.reason('bomb.xml')).toBe('a news feed without items')
    expect(folder.doc('cut.xml')).toMatchObject({ title: 'Abe to visit Pearl Harbor with Obama', published: '2016-12-06' })
    expect(folder.documents.filter((d) => d.file.startsWith('cut.xml')).map((d) => d.file)).toEqual(['cut.xml', 'cut.xml#2'])
    expect(folder.doc('evernote.xml').text).toBe('Abe and Obama will meet in Hawaii on December 27, the White House said.')
  })
})
