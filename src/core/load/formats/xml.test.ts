// The small XML reader under the Evernote and feed readers: namespaces by what they stand for, CDATA as written,
// nothing in the file acted on, hostile nesting and cut files read as far as they go.
import { describe, expect, it } from 'vitest'
import { childElements, firstChild, innerSource, NAMESPACES, parseXml, textOf } from './xml'

describe('parseXml', () => {
  it('names elements by namespace, whatever prefix a feed gives it, and keeps CDATA as written', () => {
    const source = `<?xml version="1.0"?><rss xmlns:c="${NAMESPACES.content}" xmlns:dc="${NAMESPACES.dc}"><channel><item>
      <title>Gas &amp; power: Kyiv&#8217;s bill &nbsp;due</title><c:encoded><![CDATA[<p>Gas &amp; <b>power</b></p>]]></c:encoded>
      <content:encoded>undeclared</content:encoded><dc:date>2009-01-20</dc:date><enclosure url="a.mp3?x=1&amp;y=2" length='12'/></item></channel></rss>`
    const item = firstChild(firstChild(parseXml(source)!, 'channel', [''])!, 'item', [''])!
    expect(textOf(firstChild(item, 'title', ['']))).toBe('Gas & power: Kyiv’s bill &nbsp;due')
    expect(childElements(item, 'encoded', [NAMESPACES.content]).map(textOf)).toEqual(['<p>Gas &amp; <b>power</b></p>', 'undeclared'])
    expect(textOf(firstChild(item, 'date', [NAMESPACES.dc]))).toBe('2009-01-20')
    expect(firstChild(item, 'enclosure', [''])!.attributes).toEqual(new Map([['url', 'a.mp3?x=1&y=2'], ['length', '12']]))
    const encoded = firstChild(item, 'encoded', [NAMESPACES.content])!
    expect(innerSource(source, encoded)).toBe('<![CDATA[<p>Gas &amp; <b>power</b></p>]]>')
  })

  it('expands no entity the file defines, and reads hostile nesting and cut files as far as they go', () => {
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>`
    expect(textOf(parseXml(laughs))).toBe('&lol3;')
    const deep = parseXml(`<a>${'<b>'.repeat(100000)}deep${'</b>'.repeat(100000)}</a>`)
    expect(textOf(deep)).toBe('deep')
    const cut = parseXml('<feed><entry><title>One</title></entry><entry><title>Two</ti')!
    expect(childElements(cut, 'entry').map((entry) => textOf(firstChild(entry, 'title', [''])))).toEqual(['One', 'Two'])
    // An end tag that matches nothing open is passed over; one that skips an open element closes it too.
    expect(textOf(parseXml('<a><b>x</c>y</a>z'))).toBe('xy')
    expect(parseXml('no markup at all')).toBeNull()
  })
})
