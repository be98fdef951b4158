// JSON exports: one article object, an array of them, or an object holding the array
// ({"articles": [...]}); the usual field names of news APIs and scrapers.
import { isoFromValue } from './md'
import { normalizeText } from '../decode'
import { htmlToLines } from './html'
import type { SourceLine } from '../clean'
import type { ParsedArticle, ParseResult } from './types'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const TITLE = ['title', 'headline', 'name']
const DATE = ['date', 'published', 'publishedAt', 'datePublished', 'publishedDate', 'pubDate', 'publishDate', 'publicationDate', 'firstPublished', 'time', 'timestamp', 'createdAt', 'dateCreated', 'created']
const TEXT = ['text', 'body', 'content', 'articleBody', 'article', 'fullText', 'full_text', 'description', 'summary']
const URL = ['url', 'link', 'href', 'canonical_url', 'webUrl']
const OUTLET = ['source', 'outlet', 'publisher', 'publication', 'site', 'siteName', 'site_name', 'domain']
const LISTS = ['articles', 'items', 'data', 'results', 'documents', 'entries', 'posts', 'news']

export function parseJson(file: string, text: string): ParseResult {
  let value: Json
  try {
    value = JSON.parse(text) as Json
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})` }
  }
  return articlesFrom(file, value)
}

/** JSON Lines (.jsonl, .ndjson): one article object a line; unreadable lines are passed over. */
export function parseJsonLines(file: string, text: string): ParseResult {
  const items: Json[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      items.push(JSON.parse(line) as Json)
    } catch {
      // One broken line (a truncated download) should not cost the others.
    }
  }
  if (!items.length) return { error: 'not valid JSON Lines (no line parses)' }
  return articlesFrom(file, items)
}

function articlesFrom(file: string, value: Json): ParseResult {
  const list = articleList(value)
  if (!list) return { error: 'JSON without article objects' }
  const articles: ParsedArticle[] = []
  list.forEach((item, i) => {
    if (!isObject(item)) return
    const body = pick(item, TEXT) ?? likeText(item)
    if (typeof body !== 'string' || !body.trim()) return
    const name = list.length > 1 || Array.isArray(value) ? `${file}#${i + 1}` : file
    articles.push({
      file: name,
      lines: bodyLines(body),
      title: str(pick(item, TITLE)),
      outlet: outletOf(pick(item, OUTLET)),
      url: str(pick(item, URL)),
      published: dateOf(pick(item, DATE)),
    })
  })
  if (!articles.length) return { error: 'JSON without article text (no text, body or content field)' }
  return { articles }
}

function articleList(value: Json): Json[] | null {
  if (Array.isArray(value)) return value
  if (!isObject(value)) return null
  for (const key of LISTS) if (Array.isArray(value[key])) return value[key] as Json[]
  return [value]
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pick(item: JsonObject, keys: string[]): Json | undefined {
  for (const key of keys) if (item[key] !== undefined && item[key] !== null && item[key] !== '') return item[key]
  // "date_published", "DatePublished" and "date-published" are one field.
  const loose = new Map(Object.keys(item).map((k) => [looseKey(k), k]))
  for (const key of keys) {
    const found = loose.get(looseKey(key))
    if (found && item[found] !== null && item[found] !== '') return item[found]
  }
  return undefined
}

// A field no list names whose name still says it holds the text: "article_text", "story_body", "main_content".
const TEXT_LIKE = /text|body|content/i

/** The longest string in a field whose name says it holds the text. */
function likeText(item: JsonObject): string | undefined {
  let best: string | undefined
  for (const [key, value] of Object.entries(item)) if (TEXT_LIKE.test(key) && typeof value === 'string' && value.length > (best?.length ?? 0)) best = value
  return best
}

function looseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '')
}

function str(value: Json | undefined): string | null {
  const s = typeof value === 'string' ? normalizeText(value).replace(/\s+/g, ' ').trim() : ''
  return s || null
}

function outletOf(value: Json | undefined): string | null {
  if (isObject(value as Json)) return str(pick(value as JsonObject, ['name', 'title', 'id', 'domain']))
  return str(value)
}

function dateOf(value: Json | undefined): string | null {
  if (typeof value === 'number') {
    const ms = value < 1e11 ? value * 1000 : value
    const d = new Date(ms)
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10)
  }
  const s = str(value)
  return s ? isoFromValue(s) : null
}

function bodyLines(raw: string): SourceLine[] {
  // News APIs cut `content` and say by how much ("... [+2345 chars]"): the marker is not text.
  const body = raw.replace(/\s*…?\s*\[\+\d+ chars\]\s*$/, '')
  if (/<(?:p|br|div|h[1-6]|li|figure)[\s>/]/i.test(body)) return htmlToLines(body)
  return normalizeText(body).split('\n').map((text) => ({ text }))
}
