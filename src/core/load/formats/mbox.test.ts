// Mailboxes as Thunderbird and Gmail's Takeout save them: each letter an article, read as its .eml would be.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

/** Base64 in lines of 76, of the bytes given as one character each (ISO-8859-2's ź is the byte 0xBC). */
const base64 = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('base64').replace(/.{76}/g, '$&\n')

// Thunderbird's folder: a newsletter in quoted-printable UTF-8 (a body line that began "From " saved as ">From "), and
// one whose HTML part, in ISO-8859-2 and base64, is preferred to its plain text beside it.
const THUNDERBIRD = [
  'From - Tue Nov 16 19:07:41 2021',
  'X-Mozilla-Status: 0001',
  'X-Mozilla-Status2: 00000000',
  'Return-Path: <letters@flank.example>',
  'Received: from mail.flank.example ([192.0.2.7])',
  '\tby mx.example.org with ESMTP id 4471; Tue, 16 Nov 2021 19:07:39 +0100',
  'Date: Tue, 16 Nov 2021 19:05:12 +0100',
  'From: Eastern Flank Brief <letters@flank.example>',
  'To: reader@example.org',
  'Subject: =?utf-8?q?Water_cannon_at_Ku=C5=BAnica?=',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset="utf-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Polish police used water cannon and tear gas at the Ku=C5=BAnica crossing on T=',
  'uesday after migrants threw stones, the defence ministry said.',
  '',
  '>From the Belarusian side, state television showed the crowd at the fence.',
  '',
  'From - Thu Nov 18 07:30:02 2021',
  'X-Mozilla-Status: 0001',
  'Date: Thu, 18 Nov 2021 07:29:40 +0100',
  'From: Eastern Flank Brief <letters@flank.example>',
  'To: reader@example.org',
  'Subject: Camp at Bruzgi cleared',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'PLAIN VERSION: the camp at Bruzgi was cleared on Thursday, Belarusian officials said.',
  '--b1',
  'Content-Type: text/html; charset=ISO-8859-2',
  'Content-Transfer-Encoding: base64',
  '',
  base64('<html><body><p>The camp at Bruzgi was cleared on Thursday, Belarusian officials said.</p><p>At Ku\xbcnica, Polish guards watched the buses leave for Minsk.</p></body></html>'),
  '--b1--',
  '',
].join('\n')

// Gmail's Takeout: one letter, its postmark the thread's number; in mboxo a body line "From ..." after a blank line
// stays unquoted, and must not open a letter of its own.
const TAKEOUT = [
  'From 1716609283612738110@xxx Wed Nov 17 08:12:44 +0000 2021',
  'X-GM-THRID: 1716609283612738110',
  'X-Gmail-Labels: Newsletters,Opened',
  'Date: Wed, 17 Nov 2021 09:12:30 +0100',
  'From: "Vistula Desk" <desk@vistula.example>',
  'Subject: Lukashenko calls Merkel',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  'Alexander Lukashenko spoke to Angela Merkel by telephone on Monday for the second time this week, his office said.',
  '',
  'From Warsaw, the government said it had not been consulted about the call.',
  '',
].join('\r\n')

describe('mailboxes (.mbox)', () => {
  it('reads each letter as its .eml would be: subject, sender, date, the HTML part in its charset', async () => {
    const folder = await loadFiles({ 'flank.mbox': THUNDERBIRD, 'takeout.mbox': TAKEOUT })
    expect(folder.doc('flank.mbox#1')).toMatchObject({ title: 'Water cannon at Kuźnica', published: '2021-11-16', outlet: 'Eastern Flank Brief' })
    expect(folder.doc('flank.mbox#1').text).toBe(
      'Polish police used water cannon and tear gas at the Kuźnica crossing on Tuesday after migrants threw stones, the defence ministry said.\n\nFrom the Belarusian side, state television showed the crowd at the fence.',
    )
    expect(folder.doc('flank.mbox#2')).toMatchObject({ title: 'Camp at Bruzgi cleared', published: '2021-11-18', outlet: 'Eastern Flank Brief' })
    expect(folder.doc('flank.mbox#2').text).toBe('The camp at Bruzgi was cleared on Thursday, Belarusian officials said.\n\nAt Kuźnica, Polish guards watched the buses leave for Minsk.')
    // A mailbox of one letter is that letter, its body line "From Warsaw" its own.
    expect(folder.doc('takeout.mbox')).toMatchObject({ title: 'Lukashenko calls Merkel', published: '2021-11-17', outlet: 'Vistula Desk' })
    expect(folder.doc('takeout.mbox').text).toBe(
      'Alexander Lukashenko spoke to Angela Merkel by telephone on Monday for the second time this week, his office said.\n\nFrom Warsaw, the government said it had not been consulted about the call.',
    )
    expect(folder.documents).toHaveLength(3)
  })

  it('names the file after its one story beside a list\'s digest half as long', async () => {
    const letter = (subject: string, body: string) => ['From list-bounces@lists.example Sat Oct 22 09:31:54 2022', 'From: list@lists.example', `Subject: ${subject}`, 'Date: Sat, 22 Oct 2022 09:31:54 -0400', 'Content-Type: text/plain; charset="utf-8"', '', body, ''].join('\n')
    const story = 'Port-au-Prince greeted the sanctions with shrugs and long fuel lines on Saturday, residents said. '.repeat(20)
    const digest = 'Send haiti-solidarity mailing list submissions to haiti-solidarity@lists.example\n\nToday\'s Topics:\n\n1. Port-au-Prince greets UN sanctions\n\n'.repeat(7)
    const folder = await loadFiles({ 'list.mbox': letter('Port-au-Prince greets UN sanctions', story) + '\n' + letter('haiti-solidarity Digest, Vol 14, Issue 38', digest) })
    expect(folder.doc('list.mbox').title).toBe('Port-au-Prince greets UN sanctions')
  })

  it('keeps the letters before a cut, whether the cut falls in a body or in the headers', async () => {
    const cutInBody = THUNDERBIRD.slice(0, THUNDERBIRD.indexOf('base64\n') + 30)
    const cutInHeaders = `${TAKEOUT}\r\nFrom 1716609283612738111@xxx Thu Nov 18 08:00:00 +0000 2021\r\nX-GM-THRID: 1716609283612738111\r\nDate: Thu, 18 Nov 2021 0`
    const folder = await loadFiles({ 'cut-in-body.mbox': cutInBody, 'cut-in-headers.mbox': cutInHeaders, 'no-letters.mbox': 'These are my notes about the border crisis.\n' })
    expect(folder.doc('cut-in-body.mbox#1')).toMatchObject({ title: 'Water cannon at Kuźnica', published: '2021-11-16' })
    expect(folder.reason('cut-in-body.mbox#2')).toMatch(/^no article text/)
    expect(folder.doc('cut-in-headers.mbox')).toMatchObject({ title: 'Lukashenko calls Merkel', published: '2021-11-17' })
    expect(folder.reason('no-letters.mbox')).toBe('a mailbox whose letters have no sender, subject or text')
  })
})
