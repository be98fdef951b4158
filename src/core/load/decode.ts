// Bytes -> text: BOM sniffing, strict UTF-8, then a declared charset or one the bytes show (East Asian, Turkish,
// Cyrillic, Arabic, old Mac, Central European, ISO-8859-15) with a Windows-1252 fallback; binary detection,
// and the white-space normalisation every format parser relies on.

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true })
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true })
const cp1252 = new TextDecoder('windows-1252')
const latin1 = new TextDecoder('latin1')
const macRoman = new TextDecoder('macintosh')

/** Decodes a file's bytes; `truncated` says the buffer may end inside a multi-byte character. */
export function decodeBytes(bytes: Uint8Array, truncated = false): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: utf16be.decode(bytes.subarray(2)), encoding: 'utf-16be' }
  let body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  const bomless = utf16WithoutBom(body)
  if (bomless) {
    const text = (bomless === 'utf-16le' ? utf16le : utf16be).decode(body)
    // Binary data of 16-bit numbers looks the same byte-wise; its "text" is full of control characters.
    return controlRatio(text) > 0.05 ? { ok: false, reason: 'not text (binary)' } : { ok: true, text, encoding: bomless }
  }
  if (looksBinary(body)) return { ok: false, reason: 'not text (binary)' }
  if (truncated) body = body.subarray(0, utf8Boundary(body))
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'utf-8' }
  } catch {
    // Not valid UTF-8: a page that declares its charset (windows-1251, koi8-r, shift_jis...) is taken at its
    // word; otherwise legacy pages are almost always Windows-1252 (a superset of Latin-1's printable range).
    const declared = declaredDecoder(body)
    if (declared) return { ok: true, text: declared.decode(body), encoding: declared.encoding }
    const eastAsian = undeclaredEastAsian(body)
    if (eastAsian) return { ok: true, text: eastAsian.text, encoding: eastAsian.encoding }
    const oneByte = undeclaredSingleByte(body)
    if (oneByte) return { ok: true, text: oneByte.decode(body), encoding: oneByte.encoding }
    if (looksMacRoman(body)) return { ok: true, text: macRoman.decode(body), encoding: 'macintosh' }
    if (looksCentralEuropean(body)) return { ok: true, text: cp1250.decode(body), encoding: 'windows-1250' }
    if (looksLatin9(body)) return { ok: true, text: latin9.decode(body), encoding: 'iso-8859-15' }
    return { ok: true, text: cp1252.decode(body), encoding: 'windows-1252' }
  }
}

/** How much of a text its encoding's own letters are read from. */
const SAMPLE_BYTES = 65536

/**
 * An old Mac's text: its quotation marks, apostrophes and dashes are bytes that Windows-1252 reads as capital letters
 * ("ChinaÕs", "ÒWe enteredÓ"), and Windows-1252's own punctuation bytes are missing. Its marks sit beside small letters
 * and spaces, where a capital "Õ" or "Ó" of Portuguese or Spanish does not.
 */
function looksMacRoman(bytes: Uint8Array): boolean {
  let mac = 0
  let windows = 0
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  for (let i = 1; i < n - 1; i++) {
    const b = bytes[i]
    if (b >= 0x91 && b <= 0x97) windows++
    else if (b >= 0xd0 && b <= 0xd5 && !isCapital(bytes[i - 1]) && !isCapital(bytes[i + 1])) mac++
  }
  return mac >= 2 && mac > windows * 2
}

const latin9 = new TextDecoder('iso-8859-15')
// ISO-8859-15 differs from Latin-1 in eight bytes, which Windows-1252 reads as signs: the euro "¤25", "Š", "š", "Ž", "ž",
// "Œ", "œ", "Ÿ". A euro sign beside a figure, or those letters inside a word, and none of Windows-1252's own punctuation
// bytes (control codes in ISO-8859-15).
const EURO = 0xa4
const LATIN9_LETTERS = new Set([0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe])

function looksLatin9(bytes: Uint8Array): boolean {
  let signs = 0
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b >= 0x80 && b <= 0x9f) return false
    const before = i > 0 ? bytes[i - 1] : 0x20, after = i + 1 < n ? bytes[i + 1] : 0x20
    if (b === EURO && (isDigit(after) || isDigit(before) || (before === 0x20 && i > 1 && isDigit(bytes[i - 2])))) signs++
    // "´" between small letters is an apostrophe typed with the accent key ("don´t"), not "Ž"; "½" after a figure is a half ("2½km").
    else if (LATIN9_LETTERS.has(b) && isLetterByte(after) && !isDigit(before) && !(b === 0xb4 && isSmallAscii(before))) signs++
  }
  return signs > 0
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39
}

const cp1250 = new TextDecoder('windows-1250')
// Bytes Windows-1250 reads as letters (ł ą ż ľ Ł Ą Ż Ľ ť Ť Ź ź ş Ş) and Windows-1252 as signs: "Wroc³aw", "£ukasz", "Bucureºti".
const CENTRAL_LETTER_SIGNS = new Set([0xb3, 0xb9, 0xbf, 0xbe, 0xa3, 0xa5, 0xaf, 0xbc, 0x9d, 0x8d, 0x8f, 0x9f, 0xba, 0xaa])
// ć and ă, which Windows-1252 reads as æ and ã, ending a word: Bosnian, Croatian and Serbian names ("Komšić", "Vučić"),
// Romanian words ("Ciucă"); Danish and Portuguese write æ and ã inside words.
const WORD_END_LETTERS = new Set([0xe6, 0xe3])
// Č, which Windows-1252 reads as È, opening a word: "Čović", "Čačak".
const C_CARON_CAPITAL = 0xc8
// ě ů ň, which Windows-1252 reads as ì ù ò: Western languages write those last in a word ("così", "où", "però"), Czech
// and Slovak inside one ("Šimůnková", "věc").
const INNER_GRAVES = new Set([0xec, 0xf9, 0xf2])
// ř, which Windows-1252 reads as ø, before the long vowels Czech puts after it ("Dvořák", "Jiří"); Danish and Norwegian
// write neither after their ø.
const R_CARON = 0xf8
const LONG_VOWELS = new Set([0xe1, 0xed, 0xe9])
// Grave and ring letters of French, Italian and the North (à å), which Windows-1250 reads as Slovak ŕ and ĺ.
const WESTERN_ONLY = new Set([0xe0, 0xe5, 0xc0, 0xc5])

/**
 * Czech, Slovak, Polish, Hungarian, Romanian, Bosnian, Croatian or Serbian text in Windows-1250 that declares no encoding:
 * Windows-1252 would make "Łukasz Dvořák" "£ukasz Dvoøák" and "Željko Komšić" "Željko Komšiæ". The letters it reads as
 * signs in a word, and as Western letters where Western languages do not write them.
 */
function looksCentralEuropean(bytes: Uint8Array): boolean {
  let central = 0
  let western = 0
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  for (let i = 1; i < n - 1; i++) {
    const b = bytes[i], before = bytes[i - 1], after = bytes[i + 1]
    if (WESTERN_ONLY.has(b)) western++
    else if (CENTRAL_LETTER_SIGNS.has(b) && isLetterByte(after) && (isLetterByte(before) || before === 0x20)) central++
    else if (INNER_GRAVES.has(b) && isSmallAscii(after)) central++
    else if (b === R_CARON && LONG_VOWELS.has(after)) central++
    else if (WORD_END_LETTERS.has(b) && isSmallAscii(before) && !isLetterByte(after)) central++
    else if (b === C_CARON_CAPITAL && !isLetterByte(before) && isSmallAscii(after)) central++
  }
  return central >= 2 && central > western
}

function isSmallAscii(b: number): boolean {
  return b >= 0x61 && b <= 0x7a
}

function isLetterByte(b: number): boolean {
  return isSmallAscii(b) || (b >= 0x41 && b <= 0x5a) || b >= 0xc0
}

// The East Asian encodings a page may be saved in without saying so (Notepad's "ANSI" on a Japanese, Korean or Chinese
// Windows). Each reads much of the others' bytes too, so a reading counts only when it gives that language as it is
// written: Japanese has kana, Korean Hangul with few Chinese characters, Chinese its characters in runs, not one
// alone between Latin letters; and Korean and Chinese their commonest syllables or characters.
const EAST_ASIAN = ['shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5'].map((label) => new TextDecoder(label, { fatal: true }))
// About a fifth of real prose; a few in a hundred of another encoding's bytes read as this one. Chinese also by the
// commonest family names and the characters that spell foreign names ("阿尔巴尼斯", "拉夫罗夫"): an English report that gives
// names in their own script ("Qin Gang (秦刚)") has none of prose's commonest characters.
const COMMON: Record<string, Set<string>> = {
  'euc-kr': new Set('이다는의에하고가을를한지서로으기도사대리자그니아수어해정인시것일부나국들적게과와요원년장전주'),
  gb18030: new Set('的是不了在人有我他这中大来上国个到说们为和地出时年会对发生' + '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾田董潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白孟秦江习毛' + '尔斯夫克特里拉阿巴尼布托德亚西卡伊诺普'),
  big5: new Set('的是不了在人有我他這中大來上國個到說們為和地出時年會對發生' + '王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅鄭梁謝宋唐許韓馮鄧曹彭曾田董潘蔣蔡杜葉程蘇魏呂丁沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋方白孟秦江習毛' + '爾斯夫克特里拉阿巴尼布托德亞西卡伊諾普'),
}

/** Text in an East Asian encoding that declares none, or null. */
function undeclaredEastAsian(bytes: Uint8Array): { text: string; encoding: string } | null {
  let best: { text: string; encoding: string; score: number } | null = null
  for (const decoder of EAST_ASIAN) {
    let text: string
    try {
      text = decoder.decode(bytes)
    } catch {
      continue
    }
    const score = ownScriptScore(text, decoder.encoding)
    if (score > 0 && (!best || score > best.score)) best = { text, encoding: decoder.encoding, score }
  }
  return best
}

/** How many of the text's characters are the encoding's language written as it is written; 0 when it is not that language. */
function ownScriptScore(text: string, encoding: string): number {
  const common = COMMON[encoding]
  let kana = 0
  let halfKana = 0
  let hangul = 0
  let han = 0
  let hanInRuns = 0
  let frequent = 0
  let foreign = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    if (common?.has(text[i])) frequent++
    if (c >= 0x3041 && c <= 0x30ff) kana++
    else if (c >= 0xff61 && c <= 0xff9f) halfKana++
    else if (c >= 0xac00 && c <= 0xd7a3) hangul++
    else if (isHan(text.charCodeAt(i))) {
      han++
      if (isHan(text.charCodeAt(i - 1)) || isHan(text.charCodeAt(i + 1))) hanInRuns++
    } else if (!isEastAsianPunctuation(c)) foreign++
  }
  let own = 0
  if (encoding === 'shift_jis' || encoding === 'euc-jp') own = kana >= 2 && kana * 10 >= kana + han && halfKana <= kana ? kana + han : 0
  else if (encoding === 'euc-kr') own = hangul >= 2 && hangul * 10 >= (hangul + han) * 9 && frequent * 8 >= hangul ? hangul + han : 0
  else own = han >= 4 && hanInRuns * 10 >= han * 7 && kana * 10 < han && frequent * 12 >= han ? han : 0
  return own > foreign * 10 ? own : 0
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff
}

/**
 * Full-width forms, the ideographic space and brackets, the quotation marks and dashes every one of these encodings has,
 * and the middle dot between the parts of a foreign name in Chinese ("比拉瓦尔·布托").
 */
function isEastAsianPunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) || (c >= 0x2010 && c <= 0x2027) || c === 0xa0 || c === 0xb7
}

const cp1254 = new TextDecoder('windows-1254')
const cp1256 = new TextDecoder('windows-1256')
const cp1251 = new TextDecoder('windows-1251')
const koi8 = new TextDecoder('koi8-u')
// The six letters Windows-1254 puts where Windows-1252 has Icelandic ones: Ğ İ Ş ğ ı ş for Ð Ý Þ ð ý þ.
const TURKISH_BYTES = new Set([0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe])
// Letters Icelandic writes beside its ð, ý and þ that Turkish never does: á í ú æ and their capitals.
const ICELANDIC_BYTES = new Set([0xe1, 0xed, 0xfa, 0xe6, 0xc1, 0xcd, 0xda, 0xc6])
// The commonest Russian and Ukrainian letters: about three in five of their text, far fewer of other scripts read as Cyrillic.
const COMMON_CYRILLIC = new Set('оеаинтсрвлі')

/**
 * A text in Turkish Windows-1254, in Cyrillic (Windows-1251, KOI8), in Arabic Windows-1256 or in Thai Windows-874 that
 * declares no encoding: Windows-1252 would read "Çavuşoğlu" as "Çavuþoðlu" and Russian, Arabic or Thai as accented Latin.
 * Their words are runs of high bytes; KOI8 puts the small letters where Windows-1251 puts the capitals.
 */
function undeclaredSingleByte(bytes: Uint8Array): TextDecoder | null {
  if (looksThai(bytes)) return cp874
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  let turkish = 0
  let icelandic = 0
  let lowerKoi8 = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (TURKISH_BYTES.has(b)) turkish++
    else if (ICELANDIC_BYTES.has(b)) icelandic++
    if (b >= 0xc0 && b < 0xe0) lowerKoi8++
  }
  const { high, inRuns } = letterRuns(bytes, n, (b) => b >= 0xc0)
  if (high >= 20 && inRuns * 10 >= high * 7) {
    const decoder = lowerKoi8 * 2 > high ? koi8 : cp1251
    const letters = [...decoder.decode(bytes.subarray(0, n))].filter((c) => c >= 'А' && c <= 'ї')
    const common = letters.filter((c) => COMMON_CYRILLIC.has(c.toLowerCase())).length
    if (common * 5 >= letters.length * 2) return decoder
    if (looksArabic(cp1256.decode(bytes.subarray(0, n)))) return cp1256
  }
  return turkish >= 2 && turkish > icelandic * 2 ? cp1254 : null
}

/** How many of the first `n` bytes are letters of a script written in high bytes, and how many stand in runs of three or more (words). */
function letterRuns(bytes: Uint8Array, n: number, isLetter: (b: number) => boolean): { high: number; inRuns: number } {
  let high = 0
  let inRuns = 0
  let run = 0
  for (let i = 0; i <= n; i++) {
    if (i < n && isLetter(bytes[i])) {
      high++
      run++
      continue
    }
    if (run >= 3) inRuns += run
    run = 0
  }
  return { high, inRuns }
}

const cp874 = new TextDecoder('windows-874')
// Thai's commonest letters and marks (า น ร อ ก เ ง ม ย ว ด ท ส ต ี ่ ั ิ): more than half of its text.
const COMMON_THAI = new Set('านรอกเงมยวดทสตี่ัิ')

/**
 * Thai in Windows-874 that declares nothing: its letters are the bytes from 0xA1, in words of their own without spaces,
 * which Windows-1252 reads as runs of accented capitals and signs ("ÀÙÁÔ¸ÃÃÁ" for "ภูมิธรรม").
 */
function looksThai(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  const { high, inRuns } = letterRuns(bytes, n, (b) => b >= 0xa1 && b <= 0xfb)
  if (high < 20 || inRuns * 10 < high * 8) return false
  const thai = [...cp874.decode(bytes.subarray(0, n))].filter((c) => c >= '\u0e01' && c <= '\u0e5b')
  return thai.length * 10 >= high * 9 && thai.filter((c) => COMMON_THAI.has(c)).length * 2 >= thai.length
}

// Arabic's commonest letters (alif, lam, ya, mim, waw, nun, ha, ra, ta, ba): half of its text; other scripts read as
// Windows-1256 give Latin letters among few Arabic ones.
const COMMON_ARABIC = new Set('اليمونهرتب')

/** Windows-1256 text: nearly all its letters beyond ASCII Arabic, and its commonest among them. */
function looksArabic(text: string): boolean {
  let high = 0
  let arabic = 0
  let common = 0
  for (const c of text) {
    if (c < '\u0080') continue
    high++
    if (c >= '\u0621' && c <= '\u064a') arabic++
    if (COMMON_ARABIC.has(c)) common++
  }
  return high >= 20 && arabic * 10 >= high * 8 && common * 5 >= arabic * 2
}

function isCapital(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || b >= 0xc0
}

/** `<meta charset="...">`, `content="text/html; charset=..."` or `<?xml encoding="..."?>` in the first 4 KB. */
function declaredDecoder(bytes: Uint8Array): TextDecoder | null {
  const head = latin1.decode(bytes.subarray(0, 4096))
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)
  if (!m) return null
  try {
    const decoder = new TextDecoder((m[1] ?? m[2]).toLowerCase())
    return decoder.encoding === 'utf-8' ? null : decoder
  } catch {
    return null
  }
}

/** Text in UTF-16 saved without a byte-order mark: a NUL in every other byte, ASCII in between. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 8) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZero++
    if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero / pairs > 0.7) return 'utf-16le'
  if (evenZero / pairs > 0.7) return 'utf-16be'
  return null
}

function controlRatio(text: string): number {
  const n = Math.min(text.length, 4096)
  let control = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++
  }
  return n ? control / n : 0
}

/** NUL bytes, or many control characters in the first 8 KB: an image, archive or executable. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++
  }
  return n > 0 && control / n > 0.05
}

/** Length of the longest prefix that does not end inside a UTF-8 sequence. */
function utf8Boundary(bytes: Uint8Array): number {
  let end = bytes.length
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]
    if ((b & 0xc0) === 0x80) continue
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? end - back : end
  }
  return end
}

/** Text in the encoding a container names for it (a web archive's, an HTTP response's), else as an unlabelled file is decoded; null when it is not text. */
export function decodeLabelled(bytes: Uint8Array, label: string | null | undefined): string | null {
  if (label) {
    try {
      return normalizeText(new TextDecoder(label).decode(bytes))
    } catch {
      // A label the platform does not know: decoded as an unlabelled file.
    }
  }
  const decoded = decodeBytes(bytes)
  return decoded.ok ? normalizeText(decoded.text) : null
}

/** NFC, `\n` line ends, no-break and other exotic spaces as plain spaces, no spaces before line ends. */
export function normalizeText(text: string): string {
  let t = text.normalize('NFC')
  // Most files have none of the characters rewritten here: one scan for all of them first.
  if (ANY_ODD.test(t)) {
    t = t.replace(LINE_BREAKS, '\n').replace(ODD_SPACES, ' ')
    if (RARE.test(t)) t = t.replace(RARE_ALL, '')
  }
  return t.includes(' \n') ? t.replace(TRAILING_SPACES, '\n') : t
}
const LINE_BREAK_CHARACTERS = String.raw`\r\u2028\u2029\u0085`
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g
const ODD_SPACE_CHARACTERS = String.raw`\u00a0\u2000-\u200a\u202f\u205f\u3000\t`
const ODD_SPACES = new RegExp(`[${ODD_SPACE_CHARACTERS}]`, 'g')
// Invisible format characters and C0 controls other than tab and line ends.
const RARE_CHARACTERS = String.raw`\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f`
const RARE = new RegExp(`[${RARE_CHARACTERS}]`)
const RARE_ALL = new RegExp(RARE.source, 'g')
const ANY_ODD = new RegExp(`[${LINE_BREAK_CHARACTERS}${ODD_SPACE_CHARACTERS}${RARE_CHARACTERS}]`)
const TRAILING_SPACES = / +\n/g
