// Documents in Rich Text Format as TextEdit and WordPad save them: their words as plain text, read as a .txt is.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'
import { rtfToText } from './rtf'

// TextEdit: Cocoa's tables, Windows-1252 bytes in hex for the typographer's quotes and dashes, a backslash before each line
// break ending a paragraph; no info group, so the first line is the title, and the date is the text's own.
const TEXTEDIT = String.raw`{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\froman\fcharset0 Times-Roman;\f1\froman\fcharset0 Times-Bold;}
{\colortbl;\red255\green255\blue255;\red0\green0\blue0;}
{\*\expandedcolortbl;;\cssrgb\c0\c0\c0;}
\paperw11900\paperh16840\margl1440\margr1440\vieww14200\viewh11600\viewkind0
\pard\pardeftab720\sa240\partightenfactor0

\f1\b\fs44 \cf2 \expnd0\expndtw0\kerning0
Say you\'92re sorry, Mr. President \'97 and mean \'91regret\'92\
\f0\b0\fs24 \cf2 By Margaret Ostrowski | Monday, April 9, 2001\
Twenty-four young Americans have now spent eight nights in a military guest house on Hainan island, and the two governments are arguing about a single word.\
Secretary of State Colin Powell said last Wednesday that \'93we regret\'94 the loss of the Chinese pilot.}`

// WordPad: a Russian text in Windows-1251 under a font of that charset, inside a document in Windows-1252; Unicode
// escapes with their stand-ins; the info group's title; a link as a field (its instruction is no text).
const WORDPAD = String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset204 Calibri;}}
{\info{\title Lukashenko\'92s call}{\author Desk}{\creatim\yr2021\mo11\dy18\hr9\min2}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\f0\fs22\lang9 MINSK, Nov 17 (Vistula Desk) \endash  Alexander Lukashenko spoke to Angela Merkel on Monday, his office said.\par
The office quoted him in Russian: \f1\'ce\'ed \'e3\'ee\'e2\'ee\'f0\'e8\'eb \'ee \'e3\'f0\'e0\'ed\'e8\'f6\'e5\f0 .\par
Poland\u8217?s border guards counted 2\~000 people at Ku\u378?nica, and the gov\-ern\-ment called it a \u8220?hybrid attack\u8221?.\par
The statement is on {\field{\*\fldinst{HYPERLINK "https://vistula.example/x"}}{\fldrslt{\ul\cf1 the office\'92s website}}}.\par
}`

describe('Rich Text documents (.rtf)', () => {
  it('reads a TextEdit document as its text: paragraphs, Windows-1252 quotes, its first line the title, its date line', async () => {
    const folder = await loadFiles({ 'herald.rtf': TEXTEDIT })
    expect(folder.doc('herald.rtf')).toMatchObject({ title: 'Say you’re sorry, Mr. President — and mean ‘regret’', published: '2001-04-09' })
    expect(folder.doc('herald.rtf').text).toBe(
      'Twenty-four young Americans have now spent eight nights in a military guest house on Hainan island, and the two governments are arguing about a single word.\n\nSecretary of State Colin Powell said last Wednesday that “we regret” the loss of the Chinese pilot.',
    )
  })

  it("reads a WordPad document: its info's title, a font's own code page, Unicode escapes, a link's words", async () => {
    const folder = await loadFiles({ 'minsk.rtf': WORDPAD })
    expect(folder.doc('minsk.rtf')).toMatchObject({ title: 'Lukashenko’s call' })
    expect(folder.doc('minsk.rtf').text).toBe(
      [
        'MINSK, Nov 17 (Vistula Desk) – Alexander Lukashenko spoke to Angela Merkel on Monday, his office said.',
        'The office quoted him in Russian: Он говорил о границе.',
        'Poland’s border guards counted 2 000 people at Kuźnica, and the government called it a “hybrid attack”.',
        'The statement is on the office’s website.',
      ].join('\n\n'),
    )
  })

  it('passes over pictures, objects and nested groups, and survives a document cut short or 20,000 groups deep', async () => {
    const picture = `{\\*\\shppict{\\pict{\\*\\picprop{\\sp{\\sn shapeType}{\\sv 75}}}\\pngblip\\picw100\\pich100 ${'89504e470d0a1a0a'.repeat(40)}}}{\\nonshppict{\\pict\\wmetafile8 0100090000}}`
    // Embedded bytes that hold braces, passed over by their count.
    const binary = '{\\object{\\*\\objdata \\bin6 }}}{{{}}'
    const nested = `${'{'.repeat(20000)}Deep words.${'}'.repeat(20000)}`
    const hostile = `{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}${picture}\\pard The summit opened in Geneva on Wednesday, officials said.\\par ${binary}{\\b Both sides {\\i agreed {\\ul to meet}} again}.\\par ${nested}\\par Cut`
    expect(rtfToText(hostile)).toEqual({ body: 'The summit opened in Geneva on Wednesday, officials said.\nBoth sides agreed to meet again.\nDeep words.\nCut', title: null })
    const folder = await loadFiles({ 'hostile.rtf': hostile, 'pictures-only.rtf': `{\\rtf1\\ansi ${picture}}`, 'not-rtf.rtf': 'Just a note.\n' })
    expect(folder.doc('hostile.rtf').text).toMatch(/^The summit opened in Geneva on Wednesday, officials said\./)
    expect(folder.reason('pictures-only.rtf')).toBe('a Rich Text document without text')
    expect(folder.reason('not-rtf.rtf')).toBe('not a Rich Text document (no "{\\rtf" at its start)')
  })
})
