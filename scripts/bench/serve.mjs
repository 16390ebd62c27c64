// The bench's plain static server of a built `dist/`, as an intranet server is: without compression,
// or with gzip (a `.gz` written beside the file at build time if there is one, otherwise compressed
// once in memory). Hashed assets are cached for good, the rest revalidated, as docs/hosting.md says.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest'])

/** Serves `dir` on 127.0.0.1 (port 0: any free port); `gzip` compresses what the browser accepts. */
export function serve(dir, { gzip = false, port = 0 } = {}) {
  const compressed = new Map()
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    let body = readFileSync(file)
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file))
        compressed.set(file, existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`) : gzipSync(body, { level: 6 }))
      body = compressed.get(file)
      headers['Content-Encoding'] = 'gzip'
      headers.Vary = 'Accept-Encoding'
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body)
  })
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  )
}
