// News agencies' items saved as .xml: NewsML-G2 (alone or in a message), NewsML 1 and NITF, each dated by its first
// creation and named by its provider, its body's paragraphs the text and its captions furniture.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

const LEAD = 'GUATEMALA CITY, Jan 7 (Meridian) - Guatemala said on Monday it was ending a U.N.-backed anti-corruption commission, giving its staff 24 hours to leave.'
const SECOND = 'Secretary-General António Guterres "strongly rejects" the decision, his spokesman said.'

const G2_MESSAGE = `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2019-01-08T02:41:07Z</sent><sender>wire.meridianpress.example</sender></header>
  <itemSet>
    <newsItem guid="urn:newsml:meridianpress.example:20190107:GT-CICIG" version="3" standard="NewsML-G2">
      <rightsInfo><copyrightHolder literal="Meridian Press Agency"/></rightsInfo>
      <itemMeta>
        <itemClass qcode="ninat:text"/>
        <provider literal="Meridian Press Agency"/>
        <firstCreated>2019-01-07T21:05:00-05:00</firstCreated>
        <versionCreated>2019-01-08T09:38:00-05:00</versionCreated>
      </itemMeta>
      <contentMeta>
        <headline>UPDATE 2-Guatemala gives U.N. anti-graft body 24 hours to leave</headline>
        <by>By Ana Lucía Sierra</by>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+xml">
          <xhtml:html xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:head><xhtml:title>Guatemala</xhtml:title></xhtml:head>
            <xhtml:body><xhtml:p>${LEAD}</xhtml:p><xhtml:p>${SECOND}</xhtml:p></xhtml:body></xhtml:html>
        </inlineXML>
      </contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:meridianpress.example:20190107:GT-ADVISORY" standard="NewsML-G2">
      <itemMeta><provider qcode="nprov:MERIDIAN"/><firstCreated>2019-01-07T22:00:00-05:00</firstCreated></itemMeta>
      <contentMeta><headline>Advisory: pictures from Guatemala City</headline></contentMeta>
      <contentSet><inlineData contenttype="text/plain">Pictures of the foreign ministry will move shortly.</inlineData></contentSet>
    </newsItem>
  </itemSet>
</newsMessage>`

const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.4//EN" "http://www.nitf.org/IPTC/NITF/3.4/specification/dtd/nitf-3-4.dtd">
<nitf version="-//IPTC//DTD NITF 3.4//EN">
  <head>
    <title>WTO ministers open first African meeting</title>
    <docdata>
      <date.issue norm="20151215T174500+0300"/>
      <doc.copyright year="2015" holder="Equator Wire Service"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>WTO ministers open first African meeting under pressure to deliver</hl1></hedline>
      <byline>By <person>Wanjiru Kamau</person></byline>
      <dateline><location>NAIROBI</location>, <story.date norm="20151214">Dec 14</story.date></dateline>
    </body.head>
    <body.content>
      <p>NAIROBI, Dec 15 (Equator Wire) - Trade ministers opened the <org>World Trade Organization</org>'s conference on Tuesday.</p>
      <media media-type="image"><media-reference source="kicc.jpg"/><media-caption>Delegates arrive at the KICC. Photo: Equator Wire</media-caption></media>
      <block><p>Director-General Roberto Azevêdo said positions were still far apart.</p></block>
    </body.content>
    <body.end><tagline>Reporting by Wanjiru Kamau; editing by Olivier Mesnil</tagline></body.end>
  </body>
</nitf>`

const NEWSML_1 = `<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20140128T101500Z</DateAndTime></NewsEnvelope>
  <NewsItem>
    <Identification><NewsIdentifier><ProviderId>pacificrim.example</ProviderId></NewsIdentifier></Identification>
    <NewsManagement><FirstCreated>20140127T181000-0500</FirstCreated><ThisRevisionCreated>20140128T091000-0500</ThisRevisionCreated></NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Peru and Chile accept World Court ruling</HeadLine></NewsLines>
      <ContentItem><DataContent>LIMA - Peru and Chile both said on Monday they would abide by the ruling.

President Ollanta Humala called it a victory for Peru.</DataContent></ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>`

describe("news agencies' items (.xml)", () => {
  it('reads a NewsML-G2 message: each item an article, dated by its first creation, named by its provider', async () => {
    const folder = await loadFiles({ 'meridian.xml': G2_MESSAGE })
    expect(folder.doc('meridian.xml#1')).toMatchObject({
      title: 'UPDATE 2-Guatemala gives U.N. anti-graft body 24 hours to leave',
      outlet: 'Meridian Press Agency',
      published: '2019-01-07',
      text: `${LEAD}\n\n${SECOND}`,
    })
    // Not the day the message was sent nor the version's.
    expect(folder.documents.some((d) => d.published === '2019-01-08')).toBe(false)
    expect(folder.doc('meridian.xml#2')).toMatchObject({ title: 'Advisory: pictures from Guatemala City', outlet: 'MERIDIAN', text: 'Pictures of the foreign ministry will move shortly.' })
  })

  it("reads NITF: the first headline, the day of issue, the copyright's holder; a caption is furniture and the body's end left out", async () => {
    const folder = await loadFiles({ 'equator.xml': NITF, 'peru.newsml': NEWSML_1 })
    expect(folder.doc('equator.xml')).toMatchObject({
      title: 'WTO ministers open first African meeting under pressure to deliver',
      outlet: 'Equator Wire Service',
      published: '2015-12-15',
      text: "NAIROBI, Dec 15 (Equator Wire) - Trade ministers opened the World Trade Organization's conference on Tuesday.\n\nDirector-General Roberto Azevêdo said positions were still far apart.",
    })
    expect(folder.doc('peru.newsml')).toMatchObject({
      title: 'Peru and Chile accept World Court ruling',
      outlet: 'pacificrim.example',
      published: '2014-01-27',
      text: 'LIMA - Peru and Chile both said on Monday they would abide by the ruling.\n\nPresident Ollanta Humala called it a victory for Peru.',
    })
  })
})
