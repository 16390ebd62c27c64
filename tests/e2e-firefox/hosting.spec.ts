/**
 * The three ways CapSI is hosted, in Firefox ESR: served from localhost (a secure context, with a
 * service worker), opened from a file share (file://), and served over plain HTTP under a host name.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'puppeteer-core'
import {
  answer,
  checkedValue,
  createStructure,
  download,
  expect,
  heading,
  INTRANET_HOST,
  navigate,
  pdfText,
  question,
  role,
  serveDist,
  startAssessment,
  test,
  textOf,
  violations,
} from './helpers'

async function openResults(page: Page): Promise<void> {
  await navigate(page, 'Pages de l’évaluation', 'Résultats')
  await page.waitForSelector('[data-testid="radar-table"]')
}

test('once loaded from localhost, the app keeps working with its server stopped: reload, fill, results and PDF', async ({
  firefox,
}) => {
  test.setTimeout(180_000)
  const server = await serveDist()
  let stopped = false
  try {
    const page = await firefox.browser.newPage()
    await page.goto(`http://localhost:${server.port}/`)
    await expect.poll(() => heading(page)).toBe('Mes structures')
    // The service worker installs, caches every file of the app, then controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await server.stop()
    stopped = true
    await page.reload()
    await expect.poll(() => heading(page)).toBe('Mes structures')
    await createStructure(page, { name: 'Foyer Hors Ligne', finess: '750712184', category: 'Foyer de vie' })
    await startAssessment(page, 'Foyer Hors Ligne')
    await answer(page, 'gouv-schema-directeur', 'aucun')
    await page.reload()
    await page.waitForSelector(question('gouv-schema-directeur'))
    expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('aucun')
    await openResults(page)
    // The PDF library and its fonts come from the cache too.
    const pdf = await download(firefox, () => role(page, 'button', 'Télécharger le rapport PDF').click())
    expect(pdfText(pdf.path)).toContain('Foyer Hors Ligne')
  } finally {
    if (!stopped) await server.stop()
  }
})

test('copied onto a file share and opened from there (file://), the app works: fill, reload, a read-only second tab, results, PDF and CSV', async ({
  firefox,
}) => {
  test.setTimeout(180_000)
  // A folder as a shared drive would have it: spaces and accents in its path.
  const share = mkdtempSync(join(tmpdir(), 'capsi-partage-'))
  const folder = join(share, 'Partage commun', 'Outils SI', 'CapSI évaluation')
  cpSync(resolve('dist'), folder, { recursive: true })
  try {
    const page = await firefox.browser.newPage()
    const folderUrl = pathToFileURL(folder).href
    await page.goto(`${folderUrl}/index.html`)
    await expect.poll(() => heading(page)).toBe('Mes structures')
    await page.waitForSelector('[data-capsi-started]')
    await createStructure(page, { name: 'SAVS Partage', finess: '750712184', category: 'SAVS' })
    await startAssessment(page, 'SAVS Partage')
    await answer(page, 'gouv-schema-directeur', 'aucun')
    await answer(page, 'gouv-budget-si', 'ne-sait-pas')
    await page.reload()
    await page.waitForSelector(question('gouv-budget-si'))
    expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('aucun')
    expect(await checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')
    // A second tab on the same assessment is read-only here too: Firefox gives pages opened from files Web Locks.
    const second = await firefox.browser.newPage()
    await second.goto(page.url())
    await expect.poll(() => textOf(second, '[data-testid="read-only"]')).toContain('lecture seule')
    await second.close()
    await page.bringToFront()
    // The page is styled as on a web server (the style sheet was not refused).
    expect(await page.$eval('.app-header', (header) => getComputedStyle(header).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    )

    await openResults(page)
    const pdf = await download(firefox, () => role(page, 'button', 'Télécharger le rapport PDF').click())
    expect(pdfText(pdf.path)).toContain('SAVS Partage')
    await navigate(page, 'Pages de l’évaluation', 'Plan d’action')
    const csv = await download(firefox, () =>
      role(page, 'button', 'Exporter le plan (CSV pour Excel ou LibreOffice)').click(),
    )
    expect(readFileSync(csv.path, 'utf8')).toContain('Rédiger un schéma directeur SI court et le faire valider')

    // « Mes données » says the data are kept apart, and readable by other pages opened from files:
    // in Firefox too, a copy in another folder sees them.
    await navigate(page, 'Navigation principale', 'Mes données')
    await expect.poll(() => textOf(page, '[data-testid="opened-from-file"]')).toContain('depuis un dossier')
    await expect.poll(() => textOf(page, '[data-testid="data-counts"]')).toContain('1 structure')
    expect(await violations(page)).toEqual([])

    const elsewhere = join(share, 'Autre dossier')
    cpSync(resolve('dist'), elsewhere, { recursive: true })
    await page.goto(`${pathToFileURL(elsewhere).href}/index.html#/donnees`)
    await expect.poll(() => textOf(page, '[data-testid="data-counts"]')).toContain('1 structure')
  } finally {
    rmSync(share, { recursive: true, force: true })
  }
})

test('served over plain HTTP under a host name (not a secure context): create, answer, export, and a second tab is read-only', async ({
  firefox,
}) => {
  test.setTimeout(180_000)
  const server = await serveDist()
  try {
    const page = await firefox.browser.newPage()
    await page.goto(`http://${INTRANET_HOST}:${server.port}/`)
    await expect.poll(() => heading(page)).toBe('Mes structures')
    expect(await page.evaluate(() => isSecureContext)).toBe(false)
    await createStructure(page, { name: 'MAS Intranet', finess: '750712184', category: 'MAS' })
    await startAssessment(page, 'MAS Intranet')
    await answer(page, 'gouv-schema-directeur', 'valide')
    await answer(page, 'gouv-budget-si', 'ne-sait-pas')
    const assessmentUrl = page.url()

    await openResults(page)
    const pdf = await download(firefox, () => role(page, 'button', 'Télécharger le rapport PDF').click())
    expect(pdfText(pdf.path)).toContain('MAS Intranet')
    await navigate(page, 'Navigation principale', 'Mes données')
    const backup = await download(firefox, () => role(page, 'button', 'Exporter toutes mes données').click())
    expect(JSON.parse(readFileSync(backup.path, 'utf8'))).toMatchObject({ format: 'capsi-backup', scope: 'all' })

    await page.goto(assessmentUrl)
    await page.waitForSelector(question('gouv-schema-directeur'))
    const second = await firefox.browser.newPage()
    await second.goto(assessmentUrl)
    await expect.poll(() => textOf(second, '[data-testid="read-only"]')).toContain('lecture seule')
    await second.$eval(`${question('gouv-schema-directeur')} input[value="aucun"]`, (input) =>
      (input as HTMLInputElement).click(),
    )
    expect(await checkedValue(second, 'gouv-schema-directeur')).toBe('valide')
    await page.bringToFront()
    await expect.poll(() => page.$('[data-testid="read-only"]')).toBeNull()
  } finally {
    await server.stop()
  }
})
