// Bookmark files in the format browsers and bookmarking services export (Netscape's: Pinboard, Raindrop.io, Firefox,
// Chrome): <DT><A HREF="..." ADD_DATE="...">link text</A>, and under it an optional <DD> note. A read-later service
// may keep a saved article's whole text in the note: such a bookmark is an article, titled by its link at its address,
// its text read as a .txt is. ADD_DATE is when the reader saved it, never the publication. A bookmark whose note is
// short, or absent, is a link, not an article.
import { lineKey } from '../furniture'
import { decodeReferences, htmlToLines, siteFromTitle, titleWithoutSite } from './html'
import { NOTE_TEXT } from './json'
import { namedAsFile, type ListEntry } from './list'
import { parseTxt } from './txt'
import type { ParsedArticle, ParseResult } from './types'

/** How far down a note its headline may be printed. */
const HEADER_LINES = 12

export const BOOKMARK_FILE = /^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i

interface Bookmark {
  /** The <A> tag's attributes, as written. */
  attributes: string
  /** The link's text, as written (HTML). */
  link: string
  /** The note under it, as written. */
  note: string
}

export function parseBookmarks(file: string, text: string): ParseResult {
  const bookmarks = bookmarksOf(text)
  const entries: ListEntry[] = bookmarks.flatMap((bookmark, i) => {
    // Decoding only makes a note shorter: most bookmarks are passed over unread.
    const note = bookmark.note.length >= NOTE_TEXT ? noteText(bookmark.note) : ''
    return note.length >= NOTE_TEXT ? [{ article: bookmarkArticle(`${file}#${i + 1}`, bookmark, note), length: note.length }] : []
  })
  if (!entries.length) return { error: bookmarks.length ? `bookmarks without an article's text (${bookmarks.length} links, no long note)` : 'a bookmark file without bookmarks' }
  return { articles: namedAsFile(file, entries) }
}

/** Each <DT><A ...>, with the <DD> that follows it before the next entry, folder or list. */
function bookmarksOf(html: string): Bookmark[] {
  return html
    .split(/<DT>/i)
    .slice(1)
    .flatMap((entry) => {
      const anchor = /^\s*<A\b([^>]*)>([\s\S]*?)<\/A\s*>/i.exec(entry)
      if (!anchor) return []
      const note = /^\s*<DD>([\s\S]*?)(?=<\/?DL\b|<H3\b|$)/i.exec(entry.slice(anchor[0].length))?.[1] ?? ''
      return [{ attributes: anchor[1], link: anchor[2], note }]
    })
}

function attribute(attributes: string, name: string): string {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes)
  return decodeReferences(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim()
}

/** A note as plain text: escaped as exporters write it, or HTML (a service that keeps the page's paragraphs). */
function noteText(note: string): string {
  const text = /<(?:p|br|div|h[1-6]|li|blockquote)\b/i.test(note) ? htmlToLines(note).map((line) => line.text).join('\n\n') : decodeReferences(note.replace(/<[^>]*>/g, ''))
  return text.trim()
}

function bookmarkArticle(file: string, bookmark: Bookmark, note: string): ParsedArticle {
  const link = htmlToLines(bookmark.link).map((line) => line.text).join(' ').trim()
  // "Ink dries in Zurich | Caucasus Monitor": the link's text is the page's title, the site's name after a bar.
  const outlet = siteFromTitle(link)
  const title = titleWithoutSite(link, outlet)
  const article = parseTxt(file, note)
  // A note that prints the headline under the site's header is read as a saved page is, its header found above it.
  const printed = title !== null && article.lines.slice(0, HEADER_LINES).some((line) => lineKey(line.text.trim()) === lineKey(title))
  const href = attribute(bookmark.attributes, 'HREF')
  return {
    ...article,
    title: printed ? article.title : (title ?? article.title),
    outlet: outlet ?? article.outlet,
    url: /^https?:\/\//i.test(href) ? href : article.url,
  }
}
