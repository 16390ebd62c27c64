// Draws public/favicon.svg into public/favicon.png (32 × 32 px, transparent corners) with Chromium: the page names the PNG, which the browser decodes at once, whereas an SVG icon is read as
// a document of its own (20 to 30 ms of the page's main thread on a first visit, measured). The web
// app manifest keeps the SVG, which scales to every size an installed app needs.
// Run it after changing the SVG: node scripts/draw-favicon.mjs
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM } from './chromium.mjs'

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8')
const browser = await chromium.launch(CHROMIUM)
try {
  const page = await browser.newPage({ viewport: { width: 32, height: 32 } })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:32px;height:32px}</style>${svg}`,
  )
  await page.screenshot({ path: new URL('../public/favicon.png', import.meta.url).pathname, omitBackground: true })
} finally {
  await browser.close()
}
