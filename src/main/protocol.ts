// app:// serves the built renderer with the security headers, instead of file:// (which would give the
// page access to every local file and a null origin).
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './sender'
import { readStatic, SECURITY_HEADERS } from './static'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === APP_HOST && request.method === 'GET' ? await readStatic(rendererDir, url.pathname) : null
    if (!file) return new Response('not found', { status: 404, headers: SECURITY_HEADERS })
    return new Response(new Uint8Array(file.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': file.mimeType } })
  })
}
