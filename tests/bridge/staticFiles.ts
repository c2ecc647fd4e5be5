/** Serves the built renderer (out/renderer) read-only, never outside its folder. */
import { readFile, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
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
  '.map': 'application/json'
}

/** The script tag the bridge adds so a plain browser gets `window.notebook` before the app. */
export const CLIENT_SCRIPT_PATH = '/__bridge/client.js'

/** Adds the client script to index.html, before the app's own module script. */
export function injectClientScript(html: string): string {
  const tag = `<script src="${CLIENT_SCRIPT_PATH}"></script>`
  const at = html.indexOf('<script')
  if (at >= 0) return html.slice(0, at) + tag + '\n    ' + html.slice(at)
  return html.replace('</head>', `  ${tag}\n  </head>`)
}

/** Writes the file for `pathname`, or 404. `/` is index.html. */
export async function serveStatic(
  root: string,
  pathname: string,
  response: ServerResponse,
  options: { injectClient: boolean }
): Promise<void> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return notFound(response)
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const file = normalize(join(root, relative))
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep))
    return notFound(response)
  try {
    if (!(await stat(file)).isFile()) return notFound(response)
  } catch {
    return notFound(response)
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  let body: Buffer | string = await readFile(file)
  if (relative === 'index.html' && options.injectClient)
    body = injectClientScript(body.toString('utf8'))
  response.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff'
  })
  response.end(body)
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' })
  response.end('Not found')
}
