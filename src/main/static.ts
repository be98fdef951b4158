// Serving the built renderer: shared by the app:// protocol (Electron) and the local HTTP server.
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // vis-timeline positions items with inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  // Not in the brief's list, but no form of ours posts anywhere: a stray form cannot navigate away.
  "form-action 'none'",
].join('; ')

/** Headers on every page and asset response, in both modes. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // The app needs none of these; a browser tab serving it should not offer them either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=(), payment=()',
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
}

/** The file under `root` a URL path names, or null when it would escape `root`. `/` is index.html. */
export function staticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded).replace(/^[/\\]+/, '')
  if (relative.startsWith('..')) return null
  const base = normalize(root)
  const path = join(base, relative)
  return path.startsWith(base.endsWith(sep) ? base : base + sep) ? path : null
}

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export interface StaticFile {
  body: Buffer
  mimeType: string
}

export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const path = staticPath(root, urlPath)
  if (!path) return null
  const body = await readFile(path).catch(() => null)
  return body ? { body, mimeType: mimeType(path) } : null
}
