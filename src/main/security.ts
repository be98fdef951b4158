// Process-wide hardening: no navigation, no new windows, no webviews, no permissions, CSP on every
// response (the app:// handler sets it too; this covers the dev server).
import { app, session, type Session } from 'electron'
import { CONTENT_SECURITY_POLICY } from './static'

export function hardenSession(target: Session = session.defaultSession, devServerUrl?: string): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
  target.setDevicePermissionHandler(() => false)
  // Vite's dev server needs its HMR socket; the packaged app never does.
  const csp = devServerUrl
    ? CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${new URL(devServerUrl).origin.replace(/^http/, 'ws')}`)
    : CONTENT_SECURITY_POLICY
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

export function blockNavigation(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    // Links reach the system browser only through the openExternal channel, after a user click.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
