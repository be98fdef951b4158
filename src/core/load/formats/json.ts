// JSON exports: one article object, an array of them, or an object holding the array
// ({"articles": [...]}); the usual field names of news APIs and scrapers.
import { isoFromValue, stripInline } from './md'
import { alreadyQuoted, citedSpeaker, quotedLines } from './cited'
import { normalizeText } from '../decode'
import { htmlToLines } from './html'
import type { SourceLine } from '../clean'
import { namedAsFile, type ListEntry } from './list'
import type { ParseResult } from './types'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

// A newsletter's subject line is its headline; its "title" is the campaign's name in the mailing tool ("ARB #187").
const TITLE = ['subjectLine', 'title', 'headline', 'headlines', 'webTitle', 'resolvedTitle', 'givenTitle', 'name']
// Arc's "publish_date" is the latest republishing; its first publication is "first_publish_date" or "display_date".
// A newsletter appeared when it was sent ("send_time"), not when its draft was made. Prismic's first publication is
// "first_publication_date" (its "last_" one is an update); Substack's is "post_date".
// CSL-JSON (Zotero, Mendeley) says when an item was "issued"; its "accessed" is the reader's.
// A news agency's item was first "originalpublished"; its "firstcreated" and "versioncreated" are the desk's drafts.
// A crawler's record (news-please) says "date_publish" beside its own "date_download" and "date_modify".
// A broadcast's transcript says when it "aired".
const DATE = ['date', 'issued', 'firstPublishDate', 'firstPublicationDate', 'postDate', 'displayDate', 'sendTime', 'sentAt', 'published', 'publishedAt', 'datePublished', 'datePublish', 'publishedDate', 'pubDate', 'publishDate', 'publicationDate', 'webPublicationDate', 'firstPublished', 'firstPublishedAt', 'originalPublished', 'dateGmt', 'aired', 'airDate', 'broadcastDate', 'time', 'timestamp', 'createdAt', 'dateCreated', 'created', 'createdUtc']
const TEXT = ['text', 'body', 'content', 'articleBody', 'article', 'fullText', 'full_text', 'description', 'summary']
// A read-later app's "url" is its own reader's page; the article's is "source_url" (Readwise) or "canonicalUrl" (Feedly).
// Pocket's is "resolved_url", the one it was given ("given_url") perhaps with a newsletter's tracking.
const URL = ['sourceUrl', 'canonicalUrl', 'url', 'resolvedUrl', 'link', 'href', 'webUrl', 'canonical', 'givenUrl']
// CSL-JSON's "container-title" is the newspaper an article appeared in (its "source" the catalogue it was taken from); a
// read-later app's "site_name" is the outlet, its "source" how the article was saved ("Reader add from browser extension").
// Pocket's is {"domain_metadata": {"name": ...}}.
const OUTLET = ['containerTitle', 'siteName', 'source', 'outlet', 'publisher', 'publication', 'site', 'ogSiteName', 'agency', 'provider', 'domainMetadata', 'domain', 'distributor', 'station', 'network', 'broadcaster']
// "hits": a search engine's answer ({"hits": {"hits": [{"_source": ...}]}}); "objects": Diffbot's.
// "docs": a newspaper API's answer ({"response": {"docs": [...]}}); "item": an RSS feed turned into JSON ({"rss": {"channel": {"item": [...]}}}).
const LISTS = ['articles', 'items', 'data', 'results', 'documents', 'entries', 'posts', 'news', 'hits', 'objects', 'docs', 'item']

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
  const whole = newsroomChatAsArticle(channelAsArticles(postThreadAsArticle(statusesAsThread(threadAsArticle(untyped(value))))))
  const list = articleList(whole)?.map(wrapped)
  if (!list) return { error: 'JSON without article objects' }
  const entries = entriesOf(file, list)
  // A list found inside the article is its own (the links of a "related" block among its paragraphs): then the whole is one article.
  if (!entries.length && isObject(whole) && !list.includes(whole)) entries.push(...entriesOf(file, [whole]))
  if (!entries.length) return { error: 'JSON without article text (no text, body, content or story field)' }
  // One article is the file itself, whether or not the export lists it beside entries of another kind (Instapaper's
  // [{"type": "meta"}, {"type": "user", ...}, {"type": "bookmark", ...}]).
  return { articles: namedAsFile(file, entries) }
}

/** The entries of the list's objects that hold an article's text. */
function entriesOf(file: string, list: readonly Json[]): ListEntry[] {
  const entries: ListEntry[] = []
  list.forEach((item, i) => {
    if (!isObject(item)) return
    const fields = fieldsOf(item)
    const body = wholeText(longestText(fields) ?? longNote(fields), fields)
    if (!body?.trim()) return
    const saved = isReaderEntry(item)
    const lines = bodyLines(body)
    entries.push({
      // Its words, not its markup: an item's HTML is half tags.
      length: lines.reduce((sum, line) => sum + line.text.length, 0),
      article: {
        file: `${file}#${i + 1}`,
        lines,
        title: str(pick(fields, TITLE)),
        outlet: str(pick(fields, OUTLET, isName)),
        url: str(pick(fields, URL, isPageAddress)),
        published: dateOf(pick(fields, noPublicationDate(item) || saved ? DATE_NOT_CREATED : DATE)),
        // The article was out by the time the reader saved it.
        updated: saved ? dateOf(pick(fields, SAVED)) : null,
      },
    })
  })
  return entries
}

// The DATE keys that name the publication itself; the others may be when a reader, crawler or editor touched the article.
const PUBLICATION = new Set(DATE.filter((key) => /publ|^pubDate$/i.test(key)).map(looseKey))
const DATE_NOT_CREATED = DATE.filter((key) => !/^(?:createdAt|dateCreated|created|time|timestamp)$/.test(key))

// A read-later app's marks on an entry (Instapaper's "progress" and "starred", Pocket's "time_added"): its "time" is
// when the reader saved it.
const READER_MARKS = new Set(['progress', 'progressTimestamp', 'starred', 'highlights', 'bookmarkId', 'timeAdded', 'savedAt', 'readAt', 'isArchived', 'favorite'].map(looseKey))

/** When a read-later app's reader saved the entry: Pocket's "time_added", Readwise's "saved_at", Instapaper's "time". */
const SAVED = ['timeAdded', 'savedAt', 'addedAt', 'dateAdded', 'time', 'createdAt', 'created']

function isReaderEntry(item: JsonObject): boolean {
  return Object.keys(item).some((key) => READER_MARKS.has(looseKey(key)))
}

/** An outlet's name, not an export's own token for how the text was taken ("get_text", "rss_feed"). */
function isName(value: string | number): boolean {
  // Nor a forum's own domain for a post without a link ("self.worldnews").
  return typeof value === 'string' && !/^[a-z\d]+(?:_[a-z\d]+)+$/.test(value) && !/^self\./.test(value)
}

/**
 * An export that says it does not know when the article appeared ({"published_at": null}, a read-later app's entry):
 * its "created_at" is when the reader saved it, not a publication date.
 */
function noPublicationDate(item: JsonObject): boolean {
  return Object.entries(item).some(([key, value]) => (value === null || value === '') && PUBLICATION.has(looseKey(key)))
}

/**
 * A thread of posts (an ActivityStreams collection of Notes, as Mastodon exports it) that tells an article in parts
 * ("1/7" ... "7/7"): its author's posts in order are one article, dated by the first; replies by others are left out.
 */
function threadAsArticle(value: Json): Json {
  if (!isObject(value) || !Array.isArray(value.orderedItems)) return value
  const posts = value.orderedItems.filter((item): item is JsonObject => isObject(item) && item.type === 'Note' && typeof item.content === 'string')
  const author = posts[0]?.attributedTo
  const own = posts.filter((post) => post.attributedTo === author)
  if (own.length < 2) return value
  // "Thread by @northstarsignal@social.example - North Star Signal": the account's name is the outlet's.
  const outlet = typeof value.summary === 'string' ? (/\s[-–—]\s([^-–—]{2,40})$/.exec(value.summary)?.[1] ?? null) : null
  return { title: firstSentence(str(own[0].content as string)), content: own.map((post) => post.content as string).join('\n'), published: own[0].published ?? null, url: own[0].url ?? null, outlet }
}

/** A thread's title: its first post's first sentence, which would otherwise be taken for a headline above the text. */
function firstSentence(post: string | null): string | null {
  return /^.*?[.!?](?=\s|$)/.exec(post ?? '')?.[0] ?? null
}

/**
 * A thread of statuses as Mastodon's API gives them ([{"content", "created_at", "in_reply_to_id", "account": {...}}]): a
 * correspondent posting a story as it unfolds, each post a reply to the one before. The first poster's chain of posts is
 * one article dated by its first post, each post under its time stamp when all are of one day (a live blog); replies by
 * others are left out.
 */
function statusesAsThread(value: Json): Json {
  if (!Array.isArray(value) || value.length < 2) return value
  const statuses = value.filter((item): item is JsonObject => isObject(item) && typeof item.content === 'string' && typeof item.created_at === 'string' && isObject(item.account))
  if (statuses.length < value.length) return value
  const author = (statuses[0].account as JsonObject).id
  const chain = new Set<Json>([statuses[0].id])
  const own = [statuses[0]]
  for (const status of statuses.slice(1)) {
    if ((status.account as JsonObject).id !== author || !chain.has(status.in_reply_to_id)) continue
    chain.add(status.id)
    own.push(status)
  }
  if (own.length < 2) return value
  const stamps = own.map((status) => /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(status.created_at as string))
  const oneDay = stamps.every((at) => at && at[1] === stamps[0]![1])
  const outlet = outletBeside(str((statuses[0].account as JsonObject).display_name as string))
  const posts = own.map((status, i) => (oneDay ? `<p>${stamps[i]![2]}</p>${status.content as string}` : (status.content as string)))
  return { title: firstSentence(str(own[0].content as string)), content: posts.join('\n'), published: own[0].created_at, url: own[0].url ?? null, outlet }
}

/**
 * A thread as Bluesky's getPostThread gives it ({"thread": {"post": {"record": {"text", "createdAt"}, "author"}, "replies":
 * [...]}}): a correspondent posting a story in replies to herself. Her chain of posts is one article dated by its first
 * post (not by her account's "createdAt"), each post under its time stamp when all are of one day; others' replies are left
 * out. The outlet is the one her link card names ("Libya suspends foreign minister ... | Ionian Desk"), else the name set
 * beside hers.
 */
function postThreadAsArticle(value: Json): Json {
  if (!isObject(value) || !isObject(value.thread)) return value
  const first = threadPost(value.thread)
  if (!first) return value
  const own = [first]
  let node: JsonObject = value.thread
  for (;;) {
    const next = Array.isArray(node.replies) ? node.replies.find((reply): reply is JsonObject => threadPost(reply)?.author === first.author) : undefined
    if (!next) break
    own.push(threadPost(next)!)
    node = next
  }
  const stamps = own.map((post) => /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(post.createdAt))
  const oneDay = own.length > 1 && stamps.every((at) => at && at[1] === stamps[0]![1])
  const card = own.map((post) => / \| ([^|]{2,40})$/.exec(post.linkTitle ?? '')?.[1]).find((name) => name)
  return {
    title: firstSentence(first.text),
    content: own.map((post, i) => (oneDay ? `${stamps[i]![2]}\n${post.text}` : post.text)).join('\n\n'),
    published: first.createdAt,
    outlet: card ?? outletBeside(first.name),
  }
}

interface ThreadPost {
  author: string
  name: string | null
  text: string
  createdAt: string
  linkTitle: string | null
}

/** A node of a Bluesky thread as its post's author, words and day, or null when it is none. */
function threadPost(node: Json): ThreadPost | null {
  if (!isObject(node) || !isObject(node.post)) return null
  const { author, record, embed } = node.post
  if (!isObject(author) || !isObject(record) || typeof record.text !== 'string' || typeof record.createdAt !== 'string') return null
  const link = isObject(embed) && isObject(embed.external) ? embed.external.title : null
  return { author: String(author.did ?? author.handle), name: str(author.displayName as string), text: record.text, createdAt: record.createdAt, linkTitle: typeof link === 'string' ? link : null }
}

/** "Halla Kristjánsdóttir · Nordvik Wire", "Luka Novak (Drava Radio)": the outlet is the name set beside the person's. */
function outletBeside(name: string | null): string | null {
  return name ? (/(?:\s[·|–—-]\s|\s\()([^()·|–—]{2,40}?)\)?$/.exec(name)?.[1] ?? name) : null
}

/**
 * A chat channel's export (Telegram Desktop's result.json: {"name", "type": "public_channel", "messages": [...]}): a live
 * blog told in posts. Each day's posts are one article dated that day, each post under its time stamp on a line of its
 * own; service notes (a pinned post) are left out. A post's text is a string or a list of runs ({"type": "bold", "text": ...}).
 */
function channelAsArticles(value: Json): Json {
  if (!isObject(value) || !Array.isArray(value.messages) || typeof value.name !== 'string') return value
  const days = new Map<string, string[]>()
  let title: string | null = null
  for (const message of value.messages) {
    if (!isObject(message) || message.type !== 'message' || typeof message.date !== 'string') continue
    const text = Array.isArray(message.text) ? message.text.map(inlineText).join('') : typeof message.text === 'string' ? message.text : ''
    const at = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(message.date)
    if (!text.trim() || !at) continue
    // A channel's first post that opens in bold names the coverage ("BOLIVIA CRISIS – LIVE, Tuesday").
    if (title === null) title = Array.isArray(message.text) && isObject(message.text[0]) && message.text[0].type === 'bold' ? inlineText(message.text[0]) : ''
    const posts = days.get(at[1]) ?? days.set(at[1], []).get(at[1])!
    posts.push(`${at[2]}\n${text.trim()}`)
  }
  if (!days.size) return value
  const channel = value.name
  return [...days].map(([day, posts]) => ({ title: title || channel, outlet: channel, published: day, content: posts.join('\n\n') }))
}

/**
 * A newsroom's chat channel, exported from Slack (an array of {"type": "message", "ts", "user", "text"}) or by
 * DiscordChatExporter ({"guild", "channel", "messages": [{"timestamp", "author", "content"}]}), in which a reporter pasted a
 * story in parts between the desk's chatter: the story is the article, its parts joined, dated the day they were posted;
 * the chatter ("on it, watching the feed", "Moved on the wires at 11:05") and the note over the first part ("Full story,
 * three posts:") are not its text.
 */
function newsroomChatAsArticle(value: Json): Json {
  const messages = chatMessages(value)
  if (!messages || messages.length < 2) return value
  const longest = messages.reduce((a, b) => (b.text.length > a.text.length ? b : a))
  const parts = messages.filter((m) => m === longest || (m.author === longest.author && m.text.length >= STORY_PART && !m.reply))
  const paragraphs = parts.flatMap((m) => m.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean))
  // The story opens at its headline, a paragraph in bold ("*Argentina's Macri turns to IMF*", "**U.S. abstains ...**").
  const headline = paragraphs.findIndex((p) => BOLD_LINE.test(p))
  const story = headline > 0 && headline <= 2 ? paragraphs.slice(headline) : paragraphs
  const title = headline >= 0 && headline <= 2 ? BOLD_LINE.exec(story[0])![1] : null
  const guild = isObject(value) && isObject(value.guild) && typeof value.guild.name === 'string' ? value.guild.name : null
  return { title, outlet: guild, published: parts[0].time, content: (title ? story.slice(1) : story).map((p) => p.replace(/\*\*?([^*\n]+)\*\*?/g, '$1')).join('\n\n') }
}
/** A story's part is at least a paragraph's length; chatter and a flash ("URGENT: ...") are shorter. */
const STORY_PART = 200
const BOLD_LINE = /^\*\*?([^*\n]{10,200})\*\*?$/

interface ChatMessage {
  author: string
  time: string
  text: string
  reply: boolean
}

function chatMessages(value: Json): ChatMessage[] | null {
  // Slack: every message has its "ts"; a reply in a thread has a "thread_ts" other than its own.
  if (Array.isArray(value) && value.length && value.every((m) => isObject(m) && m.type === 'message' && typeof m.ts === 'string' && typeof m.text === 'string')) {
    return (value as JsonObject[]).map((m) => ({
      author: String(m.user ?? m.username ?? ''),
      time: new Date(Number(m.ts) * 1000).toISOString(),
      text: slackText(String(m.text)),
      reply: typeof m.thread_ts === 'string' && m.thread_ts !== m.ts,
    }))
  }
  if (isObject(value) && isObject(value.guild) && isObject(value.channel) && Array.isArray(value.messages)) {
    return value.messages.filter(isObject).map((m) => ({
      author: isObject(m.author) ? String(m.author.id ?? m.author.name ?? '') : '',
      time: String(m.timestamp ?? ''),
      text: typeof m.content === 'string' ? m.content : '',
      reply: m.type === 'Reply',
    }))
  }
  return null
}

/** Slack's markup: "<@U4LFR0002>" a mention, "<https://...|label>" a link, "&amp;" escaped. */
function slackText(text: string): string {
  return text
    .replace(/<@\w+>/g, '')
    .replace(/<(?:https?:|mailto:)[^|>]*\|([^>]+)>/g, '$1')
    .replace(/<((?:https?:|mailto:)[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** A listing's entry wrapped with its kind ({"kind": "t3", "data": {...}}, Reddit's): the object it wraps. */
function wrapped(entry: Json): Json {
  return isObject(entry) && typeof entry.kind === 'string' && isObject(entry.data) && Object.keys(entry).length <= 3 ? entry.data : entry
}

/** The article objects: the value itself, or the list it holds under a usual name, at most two objects down ({"response": {"results": [...]}}). */
function articleList(value: Json): Json[] | null {
  if (Array.isArray(value)) return value
  if (!isObject(value)) return null
  let level: JsonObject[] = [value]
  for (let depth = 0; depth < 3; depth++) {
    for (const object of level) {
      for (const key of LISTS) if (Array.isArray(object[key])) return object[key] as Json[]
      // A listing's children, each wrapped with its kind (Reddit's {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": ...}]}}).
      const children = object.children
      if (Array.isArray(children) && children.length && children.every((child) => wrapped(child) !== child)) return children
    }
    // Down through the objects a value holds; from the top, those of its lists too (a whole site's dump, Ghost's
    // {"db": [{"data": {"posts": [...]}}]}). Deeper lists are the article's own blocks ({"body": [{"items": [...]}]}).
    level = level.flatMap((object) => Object.values(object).flatMap((inner) => (isObject(inner) ? [inner] : depth === 0 && Array.isArray(inner) ? inner.filter(isObject) : [])))
  }
  return [value]
}

// Firestore's REST documents wrap every value in an object naming its type: {"headline": {"stringValue": "..."}},
// {"body": {"arrayValue": {"values": [{"mapValue": {"fields": {...}}}]}}}.
const SCALAR_VALUE = ['stringValue', 'integerValue', 'doubleValue', 'booleanValue', 'timestampValue', 'referenceValue', 'nullValue']
const TYPED_VALUE = new Set([...SCALAR_VALUE, 'arrayValue', 'mapValue', 'geoPointValue', 'bytesValue'])

/** The plain JSON a typed export stands for; a Firestore document is its fields (its write times are the database's). */
function untyped(value: Json): Json {
  if (Array.isArray(value)) return value.map(untyped)
  if (!isObject(value)) return value
  const keys = Object.keys(value)
  if (keys.length === 1) {
    const [key] = keys
    if (SCALAR_VALUE.includes(key)) return key === 'nullValue' ? null : value[key]
    if (key === 'arrayValue') return isObject(value.arrayValue) && Array.isArray(value.arrayValue.values) ? value.arrayValue.values.map(untyped) : []
    if (key === 'mapValue') return isObject(value.mapValue) && isObject(value.mapValue.fields) ? untyped(value.mapValue.fields) : {}
  }
  if (isObject(value.fields) && typeof value.name === 'string' && Object.values(value.fields).every(isTypedValue)) return untyped(value.fields)
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, untyped(inner)]))
}

function isTypedValue(value: Json): boolean {
  if (!isObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && TYPED_VALUE.has(keys[0])
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string or number of an article object, under its own key. */
interface Field {
  key: string
  value: string | number
  /** How many objects down the article object it sits: 0 for its own fields. */
  depth: number
}

/** How many objects down an article's fields may sit ({"response": {"content": {"fields": {"bodyText": ...}}}}). */
const MAX_NESTING = 4

/**
 * The fields of an article object and of the objects it nests, shallowest first. A WordPress
 * {"title": {"rendered": "..."}} is the title, {"source": {"name": "..."}} the source; a list of strings,
 * or of paragraphs ({"text": "..."}), is its lines joined.
 */
function fieldsOf(item: JsonObject): Field[] {
  const fields: Field[] = []
  let level = Object.entries(item)
  for (let depth = 0; depth < MAX_NESTING && level.length; depth++) {
    const next: [string, Json][] = []
    for (const [key, value] of level) {
      if (typeof value === 'string' || typeof value === 'number') fields.push({ key, value, depth })
      else if (isDateParts(value)) fields.push({ key, value: datePartsIso(value), depth })
      else if (Array.isArray(value)) {
        const lines = paragraphsOf(value)
        if (lines) fields.push({ key, value: lines.join('\n'), depth })
      } else if (isObject(value) && !API_OWN.has(key)) {
        // Notion's properties hold their value under the name of their type: {"Published": {"type": "date", "date": {...}}}.
        const typed = typeof value.type === 'string' && value.type !== key ? value[value.type] : undefined
        if (typed !== undefined && typed !== null) next.push([key, typed])
        // A body's lists are the body ({"body": {"sections": [...]}}).
        else for (const [k, v] of Object.entries(value)) next.push([VALUE_OF.has(k) || (BODY_KEYS.has(looseKey(key)) && Array.isArray(v)) ? key : FEED_OF.has(key) && k === 'title' ? 'siteName' : k, v])
      }
    }
    level = next
  }
  return fields
}

/**
 * Keys under which an object holds its parent's value: WordPress's {"title": {"rendered": ...}}, {"source": {"name": ...}},
 * Arc's {"headlines": {"basic": ...}}, a newsletter's {"content": {"html": ...}}, Drupal's {"body": {"value": ..., "processed": ...}}.
 */
// CSL-JSON's {"issued": {"date-parts": [[2020, 2, 1]]}}, and a date range's {"start": ...} (Notion's).
// A newspaper API's {"headline": {"main": ..., "print_headline": ...}}.
const VALUE_OF = new Set(['rendered', 'name', 'basic', 'html', 'value', 'processed', 'date-parts', 'start', 'main'])
const BODY_KEYS = new Set(['body', 'content', 'text', 'articleBody'].map(looseKey))
/** A feed reader's entry names its feed ({"origin": {"title": "Caspian Monitor", "htmlUrl": ...}}, Feedly's and Inoreader's): the outlet. */
const FEED_OF = new Set(['origin', 'feed'])
/**
 * What an API says about itself: JSON:API's {"links": {"self": ...}} is the API's address, not the article's; a
 * read-later app's copy of the page's HTTP headers ({"headers": {"date": ...}}) dates when it fetched the page.
 */
const API_OWN = new Set(['self', 'jsonapi', 'headers', 'http_headers', 'response_headers'])

/** The strings of one object, not of those it nests. */
function fieldsOfOne(item: JsonObject): Field[] {
  return Object.entries(item).flatMap(([key, value]) => (typeof value === 'string' ? [{ key, value, depth: 0 }] : []))
}

// Notion's runs keep their words as "plain_text" beside the {"text": {"content": ...}} they were made from.
const PARAGRAPH = ['text', 'content', 'value', 'html', 'plain_text']
// A CMS's blocks that are not the article's words: a picture and its caption, an embed, an advert, links. Read word by
// word of the kind's name: "custom_embed", "interstitial_link", "RelatedLinksBlock". A pull quote stays: it may be the
// only place the words are.
const NOT_TEXT_BLOCK = /^(?:image|img|photo|picture|fig|gallery|video|audio|embed|social|tweet|ad|advert|advertisement|related|caption|promo|newsletter|link|divider|callout|bookmark|aside|sidebar)/i
// Where a quote block names who spoke.
const CITE_FIELDS = ['attribution', 'cite', 'citation', 'speaker', 'author', 'source', 'by']
/**
 * Where editors and APIs keep a node's kind and its children: Contentful, Portable Text, ProseMirror, Slate, a GraphQL
 * answer's "__typename", Apple News Format's "role" and "components".
 */
const NODE_TYPE = ['type', 'nodeType', '_type', '__typename', 'role', 'kind']
// Notion's blocks hold their runs as "rich_text".
const CHILDREN = ['content', 'children', 'components', 'rich_text']

/**
 * A list of paragraphs: strings, or objects that each hold one ({"type": "paragraph", "text": ...}) or hold
 * a rich-text tree of them ({"nodeType": "paragraph", "content": [{"nodeType": "text", "value": ...}]}); the
 * blocks of pictures, embeds and the like left out; null for any other list.
 */
function paragraphsOf(list: readonly Json[]): string[] | null {
  const lines: string[] = []
  for (const v of list) {
    const block = typeof v === 'string' ? [v] : isObject(v) ? blockLines(v) : null
    if (!block) return null
    // One by one: a block may hold more lines than a call takes arguments (a list of 170,000 items).
    for (const line of block) lines.push(line)
  }
  return lines.length ? lines : null
}

/** A block's lines: its own text, or one line of the inline runs it holds, or the lines of the blocks it holds. */
function blockLines(block: JsonObject): string[] | null {
  const kind = NODE_TYPE.map((key) => block[key]).find((value) => typeof value === 'string')
  if (typeof kind === 'string' && kindWords(kind).some((word) => NOT_TEXT_BLOCK.test(word))) return []
  const text = pick(fieldsOfOne(block), PARAGRAPH)
  // A pull quote that names its speaker ({"type": "quote", "text": ..., "attribution": "Israel Katz, Israeli transportation minister"}).
  const cite = typeof kind === 'string' && /quote/i.test(kind) ? CITE_FIELDS.map((key) => block[key]).find((value) => typeof value === 'string') : undefined
  const speaker = typeof cite === 'string' ? citedSpeaker(cite) : null
  if (typeof text === 'string' && speaker && !alreadyQuoted(text)) return quotedLines([text], speaker)
  if (typeof text === 'string') return [text]
  // Notion's block holds its words under the name of its kind: {"type": "paragraph", "paragraph": {"rich_text": [...]}}.
  const own = typeof kind === 'string' ? (block[kind] ?? null) : null
  if (isObject(own) && childrenOf(own)) return blockLines(own)
  // Apple News nests whole components (a header's title, intro and byline), each a line.
  if (Array.isArray(block.components)) return paragraphsOf(block.components) ?? []
  // A section of paragraphs ({"heading": "Bilateral talks to resume", "paragraphs": [...]}): its heading, then a line each.
  if (Array.isArray(block.paragraphs)) {
    const heading = typeof block.heading === 'string' ? [block.heading] : typeof block.title === 'string' ? [block.title] : []
    return [...heading, ...(paragraphsOf(block.paragraphs) ?? [])]
  }
  const children = childrenOf(block)
  // A block of a kind that holds no words (an advert slot, a divider) is left out; an object of no kind is no paragraph.
  if (!children) return kind === undefined ? terseBlockLines(block) : []
  // A paragraph's runs ("text", a link around more text) make one line; a list's items or a document's paragraphs, a line each,
  // minified ones too ({"type": "text", "content": [{"p": "..."}, {"p": "..."}]}).
  if (children.every((child) => isObject(child) && terseBlockLines(child) !== null)) return paragraphsOf(children) ?? []
  if (children.some((child) => typeof child === 'string' || (isObject(child) && !childrenOf(child)))) return [children.map(inlineText).join('')]
  return paragraphsOf(children) ?? []
}

/**
 * A block of a minified export, its keys a letter or two ({"t": "p", "c": "..."}): its one string of words is its text, a
 * token beside it its kind. Null for any other object.
 */
function terseBlockLines(block: JsonObject): string[] | null {
  const entries = Object.entries(block)
  if (!entries.every(([key, value]) => key.length <= 2 && (typeof value === 'string' || typeof value === 'number'))) return null
  const words = entries.flatMap(([, value]) => (typeof value === 'string' && /\S\s\S/.test(value) ? [value] : []))
  if (words.length !== 1) return null
  const kind = entries.find(([, value]) => typeof value === 'string' && /^[A-Za-z][\w-]{0,15}$/.test(value))?.[1]
  return typeof kind === 'string' && kindWords(kind).some((word) => NOT_TEXT_BLOCK.test(word)) ? [] : words
}

/** The words of a node's kind: "RelatedLinksBlock" is related, links, block; "interstitial_link" is interstitial, link. */
function kindWords(kind: string): string[] {
  return kind.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean)
}

function childrenOf(node: JsonObject): Json[] | null {
  for (const key of CHILDREN) if (Array.isArray(node[key])) return node[key] as Json[]
  return null
}

/** The words of an inline run and of the runs it wraps (a link, an emphasis). */
function inlineText(run: Json): string {
  if (typeof run === 'string') return run
  if (!isObject(run)) return ''
  const text = pick(fieldsOfOne(run), PARAGRAPH)
  return typeof text === 'string' ? text : (childrenOf(run) ?? []).map(inlineText).join('')
}

/**
 * The value of the first of `keys` the fields hold, as written or spelled loosely ("date_published", "DatePublished"),
 * at the shallowest depth that holds any: an entry's own "headline", not the "title" of the picture it nests.
 */
function pick(fields: readonly Field[], keys: readonly string[], accept: (value: string | number) => boolean = () => true): string | number | undefined {
  const loose = keys.map(looseKey)
  let found: { field: Field; rank: number } | undefined
  for (const field of fields) {
    if (field.value === '' || (found && field.depth > found.field.depth) || !accept(field.value)) continue
    const rank = loose.indexOf(looseKey(field.key))
    if (rank >= 0 && (!found || rank < found.rank)) found = { field, rank }
  }
  return found?.field.value
}

// The page's own address, not a picture's ("gs://bucket/2023/05/photo.jpg") the entry nests.
const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|mp4|mp3|m4a|webm)(?:[?#]|$)/i

function isPageAddress(value: string | number): boolean {
  if (typeof value !== 'string' || MEDIA_FILE.test(value)) return false
  const scheme = /^([a-z][\w+.-]*):/i.exec(value)?.[1]
  return !scheme || /^https?$/i.test(scheme)
}

// A field no list names whose name still says it holds the text: "article_text", "story_body", "main_content", "bodyText", "blocks".
// A page's "children": Notion's blocks.
const TEXT_LIKE = /text|body|content|story|blocks|paragraphs|components|children/i
const TEXT_KEYS = new Set(TEXT.map(looseKey))
// A broadcast's transcript: its turns ({"speaker": ..., "start": 18, "text": ...}) are the words, read when nothing else is.
// A speech-to-text tool's pieces of sentences beside its whole "text" are not.
const SPOKEN = /^(?:segments|turns|utterances|transcript|transcription)$/i

/**
 * The longest string of a field named for the text: the body, not its summary or standfirst beside it. Else the
 * article as HTML (Ghost's "html"); beside a text, an "html" may be the whole page a scraper saved.
 */
function longestText(fields: readonly Field[]): string | undefined {
  let best: string | undefined
  let html: string | undefined
  let spoken: string | undefined
  for (const { key, value } of fields) {
    if (typeof value !== 'string') continue
    if ((TEXT_KEYS.has(looseKey(key)) || TEXT_LIKE.test(key)) && value.length > (best?.length ?? 0)) best = value
    // Pocket's "article_html" too.
    else if (looseKey(key).endsWith('html') && value.length > (html?.length ?? 0)) html = value
    else if (SPOKEN.test(key) && value.length > (spoken?.length ?? 0)) spoken = value
  }
  return best ?? html ?? spoken
}

/** Characters from which a note is an article's text: CSL-JSON (Zotero) keeps a saved article's words in its "note". */
export const NOTE_TEXT = 400
const NOTE = new Set(['note', 'notes', 'extra'])

/** With no field named for the text, a long note at the article's own level. */
function longNote(fields: readonly Field[]): string | undefined {
  const notes = fields.filter((f) => f.depth === 0 && typeof f.value === 'string' && f.value.length >= NOTE_TEXT && NOTE.has(looseKey(f.key)))
  return notes.sort((a, b) => String(b.value).length - String(a.value).length)[0]?.value as string | undefined
}

/** CSL-JSON's date: [[year, month, day]], month and day optional. */
function isDateParts(value: Json): value is number[][] {
  return Array.isArray(value) && Array.isArray(value[0]) && value[0].length > 0 && value[0].every((n) => typeof n === 'number')
}

function datePartsIso(parts: number[][]): string {
  const [year, month = 1, day = 1] = parts[0]
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Drupal names its own fields "field_...": "field_publication_date" is the publication date. */
function looseKey(key: string): string {
  return key.replace(/^field_/, '').toLowerCase().replace(/[^a-z0-9]/g, '')
}

function str(value: string | number | undefined): string | null {
  if (typeof value !== 'string') return null
  // WordPress renders its titles as HTML ("Iran deal a &#8216;bad mistake&#8217;").
  const plain = /[<&]/.test(value) ? htmlToLines(value).map((line) => line.text).join(' ') : value
  return normalizeText(plain).replace(/\s+/g, ' ').trim() || null
}

function dateOf(value: string | number | undefined): string | null {
  // Pocket writes its seconds as a string ("time_added": "1595146495").
  if (typeof value === 'string' && /^\d{9,13}$/.test(value)) value = Number(value)
  if (typeof value === 'number') {
    const ms = value < 1e11 ? value * 1000 : value
    const d = new Date(ms)
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10)
  }
  const s = str(value)
  return s ? isoFromValue(s) : null
}

const MARKDOWN = /^\s*(?:\*\*\S|#{1,6}\s|\*[^*\s])|\]\(https?:\/\//m

// News APIs cut `content` and say by how much ("... a Turkish… [+3166 chars]").
const CUT_MARKER = /\s*…?\s*\[\+\d+ chars\]\s*$/

/**
 * A text a news API cut ends at its last whole sentence, not inside one ("escalating a row over ... of a Turkish");
 * when that leaves less than the summary beside it ("description"), the summary is the text.
 */
function wholeText(body: string | undefined, fields: readonly Field[]): string | undefined {
  if (!body || !CUT_MARKER.test(body)) return body
  const cut = body.replace(CUT_MARKER, '')
  const end = [...cut.matchAll(/[.!?]["”’]?(?=\s|$)/g)].at(-1)
  const whole = end ? cut.slice(0, end.index + end[0].length) : ''
  const summary = str(pick(fields, ['description', 'summary']))
  return summary && summary.length > whole.length ? summary : whole || undefined
}

function bodyLines(raw: string): SourceLine[] {
  const body = raw.replace(CUT_MARKER, '')
  if (/<(?:p|br|div|h[1-6]|li|figure)[\s>/]/i.test(body)) return htmlToLines(body)
  const lines = normalizeText(body).split('\n')
  // A post written in Markdown (a forum's "selftext"): its emphasis and links off, the words kept.
  const markdown = MARKDOWN.test(body)
  return lines.map((text) => ({ text: markdown ? stripInline(text) : text }))
}
