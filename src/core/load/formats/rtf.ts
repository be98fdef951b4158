// A document from a word processor in Rich Text Format (.rtf: TextEdit, WordPad, Word): its words as plain text, a
// paragraph a line, then read as a .txt is. Groups that are not the text (font and colour tables, pictures, the
// document's info, field instructions, anything marked "\*") are passed over; the info's title is the title.
import { normalizeText } from '../decode'
import { parseTxt } from './txt'
import type { ParseResult } from './types'

export function parseRtf(file: string, text: string): ParseResult {
  if (!/^\s*\{\\rtf/.test(text)) return { error: 'not a Rich Text document (no "{\\rtf" at its start)' }
  const { body, title } = rtfToText(text)
  if (!body.trim()) return { error: 'a Rich Text document without text' }
  const article = parseTxt(file, body)
  return { articles: [{ ...article, title: title ?? article.title }] }
}

/** Destinations whose words are not the document's text. */
const NOT_TEXT = new Set([
  'colortbl', 'stylesheet', 'pict', 'object', 'objdata', 'nonshppict', 'shp', 'shpinst', 'sp', 'fldinst', 'header', 'headerl', 'headerr',
  'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'listtable', 'listoverridetable',
  'revtbl', 'rsidtbl', 'filetbl', 'pgdsctbl', 'xmlnstbl', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'generator',
  'docvar', 'userprops', 'pntxta', 'pntxtb', 'bkmkstart', 'bkmkend', 'template',
])
/** Control words that stand for a character or a break. */
const CHARACTERS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', cell: '\t', tab: '\t', emdash: '\u2014', endash: '\u2013', lquote: '\u2018',
  rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d', bullet: '\u2022', emspace: ' ', enspace: ' ', qmspace: ' ',
}
/** Control symbols: "\~" a no-break space, "\-" an optional hyphen, "\_" a no-break hyphen, a backslash before a line break a paragraph. */
const SYMBOLS: Record<string, string> = { '~': ' ', '-': '', _: '-', '\\': '\\', '{': '{', '}': '}', '\n': '\n', '\r': '\n', '\t': '\t' }
// A font's \fcharset names the code page of its \'hh bytes; ANSI (0) and the default (1) are the document's \ansicpg.
const FONT_CODE_PAGES: Readonly<Record<number, number>> = { 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 }
const DECODERS: Readonly<Record<number, string>> = { 437: 'windows-1252', 866: 'ibm866', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh', 20866: 'koi8-r', 65001: 'utf-8' }

/** Where a group's words go: the text, nowhere, the font table, the info group, or the info's title. */
type Destination = 'text' | 'skip' | 'fonts' | 'info' | 'title'

interface Group {
  destination: Destination
  /** Characters to pass over after a \uN: its stand-in for readers without Unicode. */
  uc: number
  /** The code page of the current font's \'hh bytes. */
  codePage: number
}

interface Reader {
  group: Group
  /** The groups around this one. Iterative: a hostile document nested 100,000 groups deep must not overflow the stack. */
  outer: Group[]
  documentPage: number
  /** Each font's \fcharset, by its number. */
  fontCharsets: Map<number, number>
  /** The font the font table is describing. */
  font: number | null
  text: string
  title: string
  /** \'hh bytes not yet decoded: a character of a multi-byte code page comes as two. */
  bytes: number[]
  /** Characters of a \uN's stand-in still to pass over. */
  standIn: number
}

// A control word and its number (a space after them is their end), a byte in hex, a control symbol, a brace, line
// breaks (no text in RTF) or a run of text.
const TOKEN = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|[^\\{}\r\n]+/gy

/** The document's text, a paragraph a line, and its info's title. */
export function rtfToText(rtf: string): { body: string; title: string | null } {
  const reader: Reader = { group: { destination: 'text', uc: 1, codePage: 1252 }, outer: [], documentPage: 1252, fontCharsets: new Map(), font: null, text: '', title: '', bytes: [], standIn: 0 }
  const token = new RegExp(TOKEN)
  for (let m = token.exec(rtf); m; m = token.exec(rtf)) {
    const [all, word, param, hex, symbol, brace, breaks] = m
    if (hex === undefined) flushBytes(reader)
    if (breaks !== undefined) continue
    if (reader.standIn > 0 && word === undefined && brace === undefined) passStandIn(reader, hex === undefined && symbol === undefined ? all : null)
    else if (brace !== undefined) enterOrLeave(reader, brace)
    else if (hex !== undefined) {
      if (reader.group.destination === 'text' || reader.group.destination === 'title') reader.bytes.push(parseInt(hex, 16))
    } else if (symbol === '*') reader.group.destination = 'skip'
    else if (symbol !== undefined) emit(reader, SYMBOLS[symbol] ?? '')
    else if (word === 'bin') token.lastIndex += Math.max(0, Number(param ?? 0))
    else if (word !== undefined) controlWord(reader, word, param === undefined ? null : Number(param))
    else emit(reader, all)
  }
  flushBytes(reader)
  return { body: paragraphs(normalizeText(reader.text)), title: normalizeText(reader.title).replace(/\s+/g, ' ').trim() || null }
}

function controlWord(reader: Reader, word: string, n: number | null): void {
  const group = reader.group
  if (word === 'u' && n !== null) {
    emit(reader, String.fromCharCode(n < 0 ? n + 65536 : n))
    reader.standIn = group.uc
  } else if (word === 'uc' && n !== null) group.uc = n
  else if (word === 'ansicpg' && n) reader.documentPage = group.codePage = n
  else if (word === 'mac') reader.documentPage = group.codePage = 10000
  else if (word === 'fonttbl') group.destination = 'fonts'
  else if (word === 'info') group.destination = 'info'
  else if (word === 'title' && group.destination === 'info') group.destination = 'title'
  else if (NOT_TEXT.has(word)) group.destination = 'skip'
  else if (word === 'f' && n !== null) {
    if (group.destination === 'fonts') reader.font = n
    else group.codePage = FONT_CODE_PAGES[reader.fontCharsets.get(n) ?? 0] ?? reader.documentPage
  } else if (word === 'fcharset' && n !== null && group.destination === 'fonts' && reader.font !== null) reader.fontCharsets.set(reader.font, n)
  else if (Object.hasOwn(CHARACTERS, word)) emit(reader, CHARACTERS[word])
}

/** A group begins with its outer group's state and ends back in it; an unmatched "}" changes nothing. */
function enterOrLeave(reader: Reader, brace: string): void {
  if (brace === '{') {
    reader.outer.push(reader.group)
    reader.group = { ...reader.group }
  } else reader.group = reader.outer.pop() ?? reader.group
  reader.standIn = 0
}

/** A \uN's stand-in: so many characters of text, each \'hh or control symbol one of them (`null`). */
function passStandIn(reader: Reader, text: string | null): void {
  if (text !== null) emit(reader, text.slice(reader.standIn))
  reader.standIn = Math.max(0, reader.standIn - (text?.length ?? 1))
}

function emit(reader: Reader, s: string): void {
  if (reader.group.destination === 'title') reader.title += s
  else if (reader.group.destination === 'text') reader.text += s
}

function flushBytes(reader: Reader): void {
  if (reader.bytes.length) emit(reader, decode(reader.bytes, reader.group.codePage))
  reader.bytes = []
}

function decode(bytes: number[], codePage: number): string {
  try {
    return new TextDecoder(DECODERS[codePage] ?? `windows-${codePage}`).decode(Uint8Array.from(bytes))
  } catch {
    return new TextDecoder('windows-1252').decode(Uint8Array.from(bytes))
  }
}

/** Each line trimmed, at most one blank line between paragraphs. */
function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
