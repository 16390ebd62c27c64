// Sizes of a built `dist/`: the JavaScript the home screen loads first, the chunks loaded later that
// weigh something, and what the service worker precaches after a first visit.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

function sizeOf(path) {
  const content = readFileSync(path)
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

function sum(sizes) {
  return sizes.reduce((total, s) => ({ raw: total.raw + s.raw, gzip: total.gzip + s.gzip }), { raw: 0, gzip: 0 })
}

/** Files of the file-share build (src/report/pdf-files.ts, vite.config.ts), never fetched over HTTP. */
const FILE_SHARE = /^capsi-fichier/

/** Lazy chunks weighing at least `minGzip` bytes gzip, largest first: their name without the hash. */
export function measureSizes(dist, minGzip = 10 * 1024) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const initialFiles = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))
  const initial = {
    js: sum([...initialFiles].filter((f) => f.endsWith('.js')).map((f) => sizeOf(join(dist, f)))),
    css: sum([...initialFiles].filter((f) => f.endsWith('.css')).map((f) => sizeOf(join(dist, f)))),
  }
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f) && !FILE_SHARE.test(f) && !initialFiles.has(`assets/${f}`))
    .map((f) => ({ name: f.replace(/-[\w-]{8}(?=\.(js|css)$)/, ''), ...sizeOf(join(dist, 'assets', f)) }))
    .filter((c) => c.gzip >= minGzip)
    .sort((a, b) => b.gzip - a.gzip)
  const sw = existsSync(join(dist, 'sw.js')) ? readFileSync(join(dist, 'sw.js'), 'utf8') : ''
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).filter((f) => existsSync(join(dist, f)))
  return { initial, lazy, precache: { files: precached.length, ...sum(precached.map((f) => sizeOf(join(dist, f)))) } }
}
