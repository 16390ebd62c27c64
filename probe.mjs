import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
await page.goto('http://127.0.0.1:4180/')
await page.getByLabel('Nom de la structure').fill('EHPAD Les Tilleuls')
await page.getByLabel('Numéro FINESS (établissement)').fill('750712184')
await page.getByLabel('Catégorie').selectOption('EHPAD')
await page.getByRole('button', { name: 'Créer la structure' }).click()
await page.getByRole('button', { name: /Lancer une évaluation/ }).click()
await page.waitForSelector('[data-name]')
for (const d of process.argv.slice(2)) {
  await page.locator(`[data-domain="${d}"]`).click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `/tmp/shot-${d}.png`, clip: { x: 0, y: 0, width: 1280, height: 1500 }, fullPage: true })
}
await page.goto('http://127.0.0.1:4180/')
await page.screenshot({ path: '/tmp/shot-home.png', fullPage: true })
await browser.close()
