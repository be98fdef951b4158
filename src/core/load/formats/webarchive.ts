// A page Safari saved as a Web Archive (.webarchive): a binary property list whose main resource holds the page's HTML
// as it came, in the encoding it names. The page is then read as a saved page; pictures and scripts (the subresources)
// are passed over.
import { decodeLabelled } from '../decode'
import { parseHtml } from './html'
import { isBinaryPlist, parseBinaryPlist, PlistError, type PlistValue } from './plist'
import type { ParseResult } from './types'

export function parseWebarchive(file: string, bytes: Uint8Array): ParseResult {
  if (!isBinaryPlist(bytes)) return { error: 'not a Safari web archive (no binary property list)' }
  let archive: PlistValue
  try {
    archive = parseBinaryPlist(bytes)
  } catch (error) {
    if (error instanceof PlistError) return { error: `a Safari web archive that cannot be read: ${error.message}` }
    throw error
  }
  const main = field(archive, 'WebMainResource')
  const data = field(main, 'WebResourceData')
  if (!(data instanceof Uint8Array) || !data.length) return { error: 'a Safari web archive without its page' }
  const mime = field(main, 'WebResourceMIMEType')
  if (typeof mime === 'string' && !/html|xml|text/i.test(mime)) return { error: `a Safari web archive of a ${mime} file, not a page` }
  const encoding = field(main, 'WebResourceTextEncodingName')
  const page = decodeLabelled(data, typeof encoding === 'string' ? encoding : null)
  if (page === null) return { error: 'a Safari web archive whose page is not text' }
  const result = parseHtml(file, page)
  const url = field(main, 'WebResourceURL')
  if ('error' in result || typeof url !== 'string') return result
  return { articles: result.articles.map((article) => ({ ...article, url: article.url ?? url })) }
}

function field(value: PlistValue | undefined, key: string): PlistValue | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array) ? value[key] : undefined
}
