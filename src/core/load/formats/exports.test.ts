// Formats a newsroom or a reader's tools write that hold an article among other things: a briefing's captions, a
// media-monitoring tool's spreadsheet, a web archive of the captured page, a newsroom's chat channel, an archive system's
// export without an extension. Each read for the article alone, dated only by what dates the article.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

const LEAD = 'Fifteen Asia-Pacific countries signed the world\u2019s largest free trade agreement on Sunday, a pact that ties China, Japan and South Korea into a single trading zone.'
const SECOND = 'India, which quit the talks a year ago, stayed out, and ministers said the door would remain open for it to return.'
const THIRD = 'The agreement still has to be ratified by at least six members of the Association of Southeast Asian Nations and three of their partners.'

describe('captions of a briefing or a broadcast (.vtt, .srt)', () => {
  it("reads WebVTT cues as a transcript: a voice's turn one labelled paragraph, a rolling caption's repeated line once, styling and timings passed over", async () => {
    const vtt = `WEBVTT - Lantern Street, episode 87
Kind: captions

NOTE
Lantern Street Podcast, episode 87: "RCEP: what did Asia just sign?"

STYLE
::cue { color: yellow }

1
00:00:04.000 --> 00:00:09.385 align:start
<v Maya Tran>Yesterday afternoon fifteen countries
signed RCEP. Walk us through it.

2
00:00:09.505 --> 00:00:12.705
<v Maya Tran>signed RCEP. Walk us through it.

3
00:00:12.800 --> 00:00:17.000
<v Daniel Kwok><i>It was a strange ceremony</i>, every
minister signed in his own capital.
`
    const folder = await loadFiles({ 'podcast.vtt': vtt })
    const doc = folder.doc('podcast.vtt')
    expect(doc.text).toContain('MAYA TRAN: Yesterday afternoon fifteen countries signed RCEP. Walk us through it.')
    expect(doc.text).toContain('DANIEL KWOK: It was a strange ceremony, every minister signed in his own capital.')
    expect(doc.text.match(/signed RCEP/g)).toHaveLength(1)
    expect(doc.text).not.toMatch(/-->|::cue|<v|align:start/)
    expect(doc.title).toBe('Lantern Street, episode 87')
    expect(doc.published).toBeNull()
  })

  it("reads SubRip cues, a speaker's label holding until the next, and skips a file with no cue", async () => {
    const srt = `1
00:00:02,000 --> 00:00:05,846
HOST: Welcome to Capital Hour.

2
00:00:05,946 --> 00:00:07,146
Four days after the prime minister met Putin, the fallout is still landing.

3
00:00:07,746 --> 00:00:13,131
GUEST: Thank you. The timing was terrible.
`
    const folder = await loadFiles({ 'radio.srt': srt, 'empty.srt': 'Just a note, no cues.' })
    const text = folder.doc('radio.srt').text
    expect(text).toContain('HOST: Welcome to Capital Hour. Four days after the prime minister met Putin, the fallout is still landing.')
    expect(text).toContain('GUEST: Thank you. The timing was terrible.')
    expect(folder.reason('empty.srt')).toBe('not SubRip captions (no cue with its timing)')
  })
})

describe("a media-monitoring tool's spreadsheet (.csv, .tsv)", () => {
  const body = `${LEAD}\n\n${SECOND}\n\n${THIRD}`
  it('reads each row with an article\u2019s text, its headline, outlet, address and day-first date, quoted cells across lines', async () => {
    const csv = `\ufeff"Headline","Source","Published Date","URL","Opening Text","Full Text"\r\n"RCEP signed","The Mekong Ledger","15/11/2020 14:20","https://mekong.example/rcep","Fifteen countries ...","${body.replace(/"/g, '""')}"\r\n"Other story","Another Outlet","03/11/2020","https://x.example","Short","${body.replace(/Fifteen/, 'Sixteen').replace(/"/g, '""')}"\r\n`
    const folder = await loadFiles({ 'export.csv': csv })
    const doc = folder.doc('export.csv#1')
    expect(doc.text).toBe(body)
    expect(doc.title).toBe('RCEP signed')
    expect(doc.outlet).toBe('The Mekong Ledger')
    expect(doc.url).toBe('https://mekong.example/rcep')
    expect(doc.published).toBe('2020-11-15')
    // "03/11/2020" beside "15/11/2020": the column writes its day first.
    expect(folder.doc('export.csv#2').published).toBe('2020-11-03')
  })

  it("reads a tab-separated export in UTF-16 as Meltwater writes it, month-first where its dates say so, one row the file itself", async () => {
    const tsv = `Published Date\tHeadline\tSource\tHit Sentence\tFull Text\r\n05/24/2022\tQuad leaders meet\tKanto Wire\tQuad\t"${body}"\r\n`
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')])
    const folder = await loadFiles({ 'meltwater.csv': bytes })
    const doc = folder.doc('meltwater.csv')
    expect(doc.text).toBe(body)
    expect(doc.outlet).toBe('Kanto Wire')
    expect(doc.published).toBe('2022-05-24')
  })

  it('skips a spreadsheet that holds no articles, saying which columns it has', async () => {
    const folder = await loadFiles({ 'budget.csv': 'Country,Amount,Year\nFrance,12,2020\n' })
    expect(folder.reason('budget.csv')).toBe('not an article file (a spreadsheet without a column of article text; its columns: country, amount, year)')
  })
})

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>RCEP signed | Straits Boardroom</title><meta property="og:site_name" content="Straits Boardroom"></head>
<body><article><h1>RCEP signed</h1><p>${LEAD}</p><p>${SECOND}</p><p>${THIRD}</p></article></body></html>`

function warcRecord(headers: Record<string, string>, block: Buffer): Buffer {
  const head = ['WARC/1.1', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join('\r\n')
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')])
}

function httpResponse(type: string, body: Buffer, extra = ''): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n${extra}\r\n`), body])
}

describe('web archives (.warc, .warc.gz)', () => {
  const url = 'https://straits.example/rcep-signed'
  const warc = Buffer.concat([
    warcRecord({ 'WARC-Type': 'warcinfo', 'Content-Type': 'application/warc-fields' }, Buffer.from('software: wget/1.21\r\n')),
    warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=request' }, Buffer.from('GET /rcep-signed HTTP/1.1\r\n\r\n')),
    warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': url, 'WARC-Date': '2021-03-16T14:22:09Z', 'Content-Type': 'application/http; msgtype=response' }, httpResponse('text/html; charset=utf-8', Buffer.from(PAGE))),
    warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://straits.example/logo.png', 'Content-Type': 'application/http; msgtype=response' }, httpResponse('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]))),
  ])

  it('reads the captured page as the article, its address the record\u2019s, the capture only a bound on its date', async () => {
    const folder = await loadFiles({ 'page.warc': warc, 'page.warc.gz': gzipSync(warc) })
    for (const file of ['page.warc', 'page.warc.gz']) {
      const doc = folder.doc(file)
      expect(doc.text).toBe(`${LEAD}\n\n${SECOND}\n\n${THIRD}`)
      expect(doc.outlet).toBe('Straits Boardroom')
      expect(doc.url).toBe(url)
      expect(doc.published).toBeNull()
      expect(doc.fileDate).toBe('2021-03-16')
    }
  })

  it('reads a page sent in chunks and compressed, and skips an archive without a page with its reason', async () => {
    const gz = gzipSync(Buffer.from(PAGE))
    const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')])
    const record = warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=response' }, httpResponse('text/html', chunked, 'Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n'))
    const folder = await loadFiles({ 'chunked.warc': record, 'only-logo.warc': warc.subarray(warc.indexOf('WARC/1.1', 400)), 'not.warc': 'hello' })
    expect(folder.doc('chunked.warc').text).toContain(THIRD)
    expect(folder.reason('only-logo.warc')).toBe('a web archive without a captured page (no HTML response in it)')
    expect(folder.reason('not.warc')).toBe('not a web archive (no "WARC/" record at its start)')
  })
})

describe("a newsroom's chat channel (Slack, Discord) in which a story was pasted in parts", () => {
  const part1 = `Full story, two posts:\n\n**RCEP signed as India stays out**\n\nBy Linh Pham\n\n${LEAD} ${SECOND}`
  const part2 = `${THIRD} Officials said ratification could take a year or more in some capitals, and trade ministers would meet again online to review progress.`
  it("reads a Slack export's story parts as one article dated the day they were posted, its headline the bold line, the chatter left out", async () => {
    const slack = [
      { type: 'message', user: 'U1', ts: '1605436000.000100', thread_ts: '1605436000.000100', text: 'Signing at 2pm Hanoi time. <@U2> you have it?' },
      { type: 'message', user: 'U2', ts: '1605436100.000200', thread_ts: '1605436000.000100', text: 'on it, watching the feed' },
      { type: 'message', user: 'U2', ts: '1605450000.000300', text: part1.replace(/\*\*/g, '*') },
      { type: 'message', user: 'U2', ts: '1605450060.000400', text: part2 },
      { type: 'message', user: 'U3', ts: '1605450600.000500', text: 'Moved on the Asia wire at 21:30.' },
    ]
    const folder = await loadFiles({ 'slack.json': JSON.stringify(slack) })
    const doc = folder.doc('slack.json')
    expect(doc.title).toBe('RCEP signed as India stays out')
    expect(doc.text).toContain(LEAD)
    expect(doc.text).toContain(THIRD)
    expect(doc.text).not.toMatch(/watching the feed|Moved on the Asia wire|Full story|you have it/)
    expect(doc.published).toBe('2020-11-15')
  })

  it('reads a DiscordChatExporter export the same way, its server the outlet', async () => {
    const discord = {
      guild: { id: '1', name: 'Mekong Newsroom' },
      channel: { id: '2', name: 'asia-desk' },
      messages: [
        { id: '1', type: 'Default', timestamp: '2020-11-15T06:05:19+00:00', content: 'Heads up: signing at 2pm.', author: { id: 'a', name: 'hal' } },
        { id: '2', type: 'Default', timestamp: '2020-11-15T09:02:26+00:00', content: part1, author: { id: 'b', name: 'linh' } },
        { id: '3', type: 'Reply', timestamp: '2020-11-15T09:05:00+00:00', content: 'great, main story moved', author: { id: 'a', name: 'hal' } },
        { id: '4', type: 'Default', timestamp: '2020-11-15T09:03:10+00:00', content: part2, author: { id: 'b', name: 'linh' } },
      ],
    }
    const doc = (await loadFiles({ 'discord.json': JSON.stringify(discord) })).doc('discord.json')
    expect(doc.title).toBe('RCEP signed as India stays out')
    expect(doc.outlet).toBe('Mekong Newsroom')
    expect(doc.text).toContain(THIRD)
    expect(doc.text).not.toMatch(/Heads up|main story moved/)
    expect(doc.published).toBe('2020-11-15')
  })
})

describe("an archive system's export without an extension", () => {
  it("reads a file of prose with its desk's fields (SLUG, BYLINE, WORDS) as furniture and its headline as the title; not a project's README", async () => {
    const exported = `\ufeffSLUG: TRADE-RCEP-REAX\r\nBYLINE: By Linh Pham\r\nWORDS: 523\r\nPRIORITY: 1\r\nDATE: 11/16/2020\r\nHEADLINE: Asia signs RCEP\r\n\r\n${LEAD}\r\n\r\n${SECOND}\r\n\r\n${THIRD}\r\n`
    const folder = await loadFiles({ 'TRADE-RCEP-REAX': exported, README: `${LEAD}\n${SECOND}\n${THIRD}\n`, notes: 'a list\nof short\nwords\n' })
    const doc = folder.doc('TRADE-RCEP-REAX')
    expect(doc.title).toBe('Asia signs RCEP')
    expect(doc.published).toBe('2020-11-16')
    expect(doc.text).toBe(`${LEAD}\n\n${SECOND}\n\n${THIRD}`)
    expect(doc.furniture).toEqual(expect.arrayContaining(['SLUG: TRADE-RCEP-REAX', 'WORDS: 523', 'PRIORITY: 1']))
    expect(folder.reason('README')).toBe('not an article file (no file extension)')
    expect(folder.reason('notes')).toBe('not an article file (no file extension, and not prose)')
  })
})
