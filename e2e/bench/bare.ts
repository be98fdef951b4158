// The bare reference: a page with nothing but vis-timeline (its standalone build) showing the same items
// and lanes with the same options, served from node:http on 127.0.0.1 as the app's local server is.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'

const visScript = resolve(import.meta.dirname, '../../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare vis-timeline</title>
<style>html, body { margin: 0; height: 100%; font: 13px sans-serif } #timeline { height: 100vh }</style>
<script src="/vis.js"></script></head>
<body><div id="timeline"></div></body></html>`

export async function startBareServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const script = readFileSync(visScript)
  const server: Server = createServer((request, response) => {
    if (request.url === '/vis.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) }
}
