// A parsed article + the folder's knowledge -> the ArticleDocument the pipeline consumes.
import type { ArticleDocument } from '../types'
import { classifyLines, type FolderKnowledge } from './clean'
import type { ParsedArticle } from './formats/types'
import { outletFromLines, urlFromLines } from './outlet'

export function buildDocument(article: ParsedArticle, folder: FolderKnowledge, fileDate: string | null, keys?: string[]): ArticleDocument {
  const classified = classifyLines(article.lines, article.title, folder, keys)
  const texts = article.lines.map((l) => l.text)
  const published = article.published ?? classified.printedDate
  const url = article.url ?? urlFromLines(texts)
  return {
    file: article.file,
    title: classified.title,
    outlet: article.outlet ?? outletFromLines(texts, article.joined) ?? classified.masthead ?? siteOf(url),
    url,
    published,
    publishedFrom: published ? 'dateline' : null,
    // The page's own last change bounds its publication better than the file's time on this disk.
    fileDate: [article.updated, classified.changedBy, fileDate].filter((d): d is string => !!d).sort()[0] ?? null,
    text: classified.text,
    lines: classified.lines,
    furniture: classified.furniture,
  }
}

/** The site an address is on ("theguardian.com"): the outlet, when the page names none. */
function siteOf(url: string | null): string | null {
  const host = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1] : undefined
  return host?.toLowerCase() ?? null
}
