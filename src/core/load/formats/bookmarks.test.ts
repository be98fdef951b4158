// Bookmark exports (Netscape's format, as Pinboard, Raindrop.io and browsers write it): a bookmark whose note holds an
// article's text is an article; the day it was bookmarked is not its publication; a bare link is no article.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

const PARAGRAPHS = [
  'SEOUL — China called on Sunday for an emergency meeting of the six countries involved in talks on North Korea&#39;s nuclear programme, its first concrete move since the North&#39;s artillery attack on Yeonpyeong island killed four people on Tuesday.',
  'Wu Dawei, Beijing&#39;s special representative for Korean affairs, told a news conference that China proposed &quot;emergency consultations&quot; among the heads of delegation in early December.',
  'Seoul&#39;s response was cool. A presidential spokesman said South Korea would &quot;approach it very carefully&quot;, and officials said this was not the time for talks with a country that had just shelled South Korean territory &amp; killed civilians.',
]
const decoded = (text: string): string => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')

// Pinboard: each bookmark on one line, its note escaped, the page's header and date over the text it saved.
const PINBOARD = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Pinboard Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p><DT><A HREF="https://www.pacificsecuritydaily.example/korea/china-six-party?ref=rss&amp;id=7" ADD_DATE="1389261714" PRIVATE="1" TOREAD="0" TAGS="korea,yeonpyeong">China calls for emergency six-party meeting | Pacific Security Daily</A>
<DD>Pacific Security Daily

China calls for emergency six-party meeting

Sunday, November 28, 2010

${PARAGRAPHS.join('\n\n')}
<DT><A HREF="https://www.nlldata.example/maps/nll-1953" ADD_DATE="1389261902" PRIVATE="1" TOREAD="1" TAGS="korea,nll,maps">Northern Limit Line map collection</A>
<DD>Maps of the NLL and the North&#39;s 1999 &quot;military demarcation line&quot; claim.
<DT><A HREF="https://www.pacificsecuritydaily.example/korea/cheonan-one-year" ADD_DATE="1301615400" PRIVATE="1" TOREAD="0" TAGS="korea,cheonan">Cheonan, one year on | Pacific Security Daily</A>
</DL></p>
`

// Raindrop.io: folders of bookmarks, one note a whole text with no headline of its own, one a note of HTML paragraphs.
const RAINDROP = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Raindrop.io Bookmarks</TITLE>
<H1>Raindrop.io Bookmarks</H1>
<DL><p>
    <DT><H3 ADD_DATE="1706523941" LAST_MODIFIED="1707912237">Korea 2010</H3>
    <DL><p>
        <DT><A HREF="https://www.pacificsecuritydaily.example/korea/dossier" ADD_DATE="1706524102" TAGS="osce">Dossier: the Northern Limit Line | Pacific Security Daily</A>
        <DD>Background explainer on the sea border.
        <DT><A HREF="https://www.hanriverwire.example/2010/11/24/lee-retaliation" ADD_DATE="1707911980" LAST_MODIFIED="1707912237" TAGS="korea" DATA-COVER="https://www.hanriverwire.example/img/lee.jpg">Lee vows retaliation &quot;several times greater&quot; – Han River Wire</A>
        <DD>${PARAGRAPHS.map((p) => p.replace('Sunday', 'Wednesday')).join('\n\n')}
    </DL><p>
    <DT><H3 ADD_DATE="1706523941">Reading</H3>
    <DL><p>
        <DT><A HREF="https://www.yellowsea.example/2010/11/26/drills" ADD_DATE="1707911990">Carrier drills to start Sunday</A>
        <DD><p>The US and South Korea will hold naval exercises in the Yellow Sea from Sunday with the aircraft carrier USS George Washington, US Forces Korea said on Friday.</p><p>The drills were agreed in a telephone call between Lee Myung-bak and Barack Obama, officials said, and China has objected to exercises in the Yellow Sea before.</p><p>North Korea warned on Friday that the drills could bring the region to the brink of war.</p>
    </DL><p>
</DL><p>
`

describe('bookmark exports (Netscape bookmark files)', () => {
  it("reads a bookmark whose note holds an article's text, titled by its link, never dated by ADD_DATE", async () => {
    const folder = await loadFiles({ 'pinboard_export.html': PINBOARD })
    // One article among the links: it is the file.
    expect(folder.doc('pinboard_export.html')).toMatchObject({
      title: 'China calls for emergency six-party meeting',
      published: '2010-11-28',
      outlet: 'Pacific Security Daily',
      url: 'https://www.pacificsecuritydaily.example/korea/china-six-party?ref=rss&id=7',
      text: PARAGRAPHS.map(decoded).join('\n\n'),
    })
    expect(folder.documents).toHaveLength(1)
  })

  it('reads the articles among a folder of links, each numbered by its place among the bookmarks', async () => {
    const folder = await loadFiles({ 'raindrop.html': RAINDROP })
    expect(folder.documents.map((d) => d.file)).toEqual(['raindrop.html#2', 'raindrop.html#3'])
    // The site after a dash leaves the title as a page's <title> does; the outlet is then the site of the address.
    expect(folder.doc('raindrop.html#2')).toMatchObject({ title: 'Lee vows retaliation "several times greater"', outlet: 'hanriverwire.example', url: 'https://www.hanriverwire.example/2010/11/24/lee-retaliation' })
    expect(folder.doc('raindrop.html#2').text).toBe(PARAGRAPHS.map((p) => decoded(p.replace('Sunday', 'Wednesday'))).join('\n\n'))
    // Bookmarked in 2024, its note printing no date: it has none.
    expect(folder.doc('raindrop.html#2').published).toBeNull()
    expect(folder.doc('raindrop.html#3')).toMatchObject({ title: 'Carrier drills to start Sunday', url: 'https://www.yellowsea.example/2010/11/26/drills' })
    expect(folder.doc('raindrop.html#3').text).toMatch(/^The US and South Korea will hold naval exercises.*\n\nThe drills were agreed/)
  })

  it('says why a file of bare links has no article, and reads a page that only mentions the format as a page', async () => {
    const links = '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<DL><p>\n<DT><A HREF="https://example.org/a" ADD_DATE="1">A</A>\n<DT><A HREF="javascript:alert(1)">Bookmarklet</A>\n<DD>Short.\n<DT><A HREF="https://example.org/cut" ADD_DATE="2">Cut sho'
    const page = `<!doctype html><html><body><article><p>${decoded(PARAGRAPHS[0])}</p><p>Browsers export bookmarks as &lt;!DOCTYPE NETSCAPE-Bookmark-file-1&gt; files.</p></article></body></html>`
    const folder = await loadFiles({ 'links.html': links, 'empty.htm': '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<H1>Bookmarks</H1>\n<DL><p>\n</DL><p>\n', 'page.html': page })
    expect(folder.reason('links.html')).toBe("bookmarks without an article's text (2 links, no long note)")
    expect(folder.reason('empty.htm')).toBe('a bookmark file without bookmarks')
    expect(folder.doc('page.html').text).toMatch(/^SEOUL — China called on Sunday/)
  })
})
