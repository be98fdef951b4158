// Which pages may talk to the main process: our own app origin (and the dev server while developing).
export const APP_SCHEME = 'app'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN]
  if (devServerUrl && URL.canParse(devServerUrl)) origins.push(new URL(devServerUrl).origin)
  return origins
}

/** True when `frameUrl` belongs to one of `origins` (compared as parsed origins, never as prefixes). */
export function isTrustedUrl(frameUrl: string | undefined, origins: readonly string[]): boolean {
  if (!frameUrl || !URL.canParse(frameUrl)) return false
  const url = new URL(frameUrl)
  // Custom schemes have an opaque `origin` in WHATWG URL parsing: rebuild it from its parts.
  const origin = url.protocol === `${APP_SCHEME}:` ? `${APP_SCHEME}://${url.host}` : url.origin
  return origins.includes(origin)
}
