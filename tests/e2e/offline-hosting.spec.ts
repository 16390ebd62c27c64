/** Offline use and every way of hosting the built app: a sub-path of a web server, a file share, a USB stick. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, expect, test } from '@playwright/test'
import {
  answer,
  CHROMIUM,
  checkedValue,
  createStructure,
  downloadPdf,
  exportPlanCsv,
  question,
  REPORT_FAILED,
  reportButton,
  startAssessment,
  violations,
} from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

test('once loaded, the app works with the network cut: reload, fill, read results and export', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  // The service worker installs and caches every file of the app, then controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  // The icon the page names (a PNG, which the browser decodes at once) comes from the cache too.
  const icon = await page.evaluate(async () => {
    const response = await fetch(document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '')
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: (await response.arrayBuffer()).byteLength,
    }
  })
  expect(icon).toMatchObject({ status: 200, type: 'image/png' })
  expect(icon.bytes).toBeGreaterThan(100)
  await createStructure(page, { name: 'Foyer Hors Ligne', finess: '750712184', category: 'Foyer de vie' })
  await startAssessment(page, 'Foyer Hors Ligne', QUESTIONNAIRE)
  await answer(page, 'gouv-schema-directeur', 'aucun')
  await page.reload()
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('aucun')

  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).click()
  await expect(page.getByTestId('radar-table')).toBeVisible()
  expect((await downloadPdf(page)).text).toContain('Foyer Hors Ligne')
  expect(await exportPlanCsv(page)).toContain('Rédiger un schéma directeur SI court et le faire valider')
  // « Mes données » tells the user the app opens here without the network.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes données' })
    .click()
  await expect(page.getByTestId('offline-status')).toHaveText(/la page s’ouvre et fonctionne même sans réseau/)
  await context.setOffline(false)
})

test('Chromium finds the built app installable: its manifest is read and no installability criterion is missing', async ({
  baseURL,
}) => {
  // In a profile on disk: the browser's default private profile is itself a reason not to install.
  const profile = mkdtempSync(join(tmpdir(), 'capsi-install-'))
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, baseURL })
  try {
    const page = await context.newPage()
    await page.goto('./')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
    const cdp = await context.newCDPSession(page)
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.errors).toEqual([])
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      name: 'CapSI — autodiagnostic du SI des ESMS',
      lang: 'fr',
      display: 'standalone',
    })
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
})

test('the built app works from a sub-path of any static server', async ({ browser }) => {
  const dist = resolve('dist')
  const prefix = '/partage/outils/capsi/'
  const requested: string[] = []
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    requested.push(path)
    const relative = path.startsWith(prefix) ? path.slice(prefix.length) || 'index.html' : null
    const file = relative === null ? null : join(dist, relative)
    if (!file || !file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}${prefix}` })
  const page = await context.newPage()
  try {
    await page.goto('./')
    await createStructure(page, { name: 'CHRS Sous-dossier', finess: '750712184', category: 'CHRS' })
    await startAssessment(page, 'CHRS Sous-dossier', QUESTIONNAIRE)
    await answer(page, 'gouv-schema-directeur', 'valide')
    await page.reload()
    // checkedValue waits 2 s at most: on a loaded machine the questions take longer to show again.
    await expect(question(page, 'gouv-schema-directeur')).toBeVisible()
    expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('valide')
    expect(page.url()).toContain(`${prefix}#/evaluation/`)
    // Every file was asked for under the sub-path, none from the server's root.
    expect(requested.filter((p) => !p.startsWith(prefix))).toEqual([])
  } finally {
    await context.close()
    server.close()
  }
})

test('copied onto a file share and opened from there (file://), the built app works: fill, reload, results and exports', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  // A folder as a shared drive would have it: spaces and accents in its path.
  const share = mkdtempSync(join(tmpdir(), 'capsi-partage-'))
  const folder = join(share, 'Partage commun', 'Outils SI', 'CapSI évaluation')
  cpSync(resolve('dist'), folder, { recursive: true })
  const context = await browser.newContext()
  const page = await context.newPage()
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  // Opened from files, the app asks for nothing but files beside it (and the data it builds itself).
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  try {
    await page.goto(pathToFileURL(join(folder, 'index.html')).href)
    await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
    await createStructure(page, { name: 'SAVS Partage', finess: '750712184', category: 'SAVS' })
    await startAssessment(page, 'SAVS Partage', QUESTIONNAIRE)
    await answer(page, 'gouv-schema-directeur', 'aucun')
    await answer(page, 'gouv-budget-si', 'ne-sait-pas')
    await page.reload()
    expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('aucun')
    expect(await checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')
    // The page is styled as on a web server (the style sheet was not refused).
    expect(await page.locator('.app-header').evaluate((header) => getComputedStyle(header).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    )
    await expect(page.getByRole('alert')).toHaveText('')

    await page
      .getByRole('navigation', { name: 'Pages de l’évaluation' })
      .getByRole('link', { name: 'Résultats' })
      .click()
    await expect(page.getByTestId('radar-table')).toBeVisible()
    // The PDF library and its fonts are read only for a PDF.
    const pdfFiles = () => requested.filter((url) => /capsi-fichier-(pdfmake|polices-pdf)\.js$/.test(url))
    expect(pdfFiles()).toEqual([])
    // A copy that lacks the PDF fonts file: the report fails with a message, and works once the file is back.
    const fonts = join(folder, 'assets', 'capsi-fichier-polices-pdf.js')
    renameSync(fonts, `${fonts}.absent`)
    await reportButton(page).click()
    await expect(page.getByTestId('report-status')).toHaveText(REPORT_FAILED)
    renameSync(`${fonts}.absent`, fonts)
    const { text } = await downloadPdf(page)
    expect(pdfFiles().map((url) => url.split('/').pop())).toEqual([
      'capsi-fichier-pdfmake.js',
      'capsi-fichier-polices-pdf.js',
      'capsi-fichier-polices-pdf.js',
    ])
    expect(text).toContain('SAVS Partage')
    expect(text).toContain('Gouvernance et stratégie SI')
    expect(await exportPlanCsv(page)).toContain('Rédiger un schéma directeur SI court et le faire valider')

    // « Mes données » says where the data are kept when the app is opened from a folder.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mes données' })
      .click()
    await expect(page.getByTestId('opened-from-file')).toContainText('depuis un dossier')
    await expect(page.getByTestId('offline-status')).toContainText(
      'il fonctionne sans connexion à Internet tant que ce dossier reste accessible',
    )
    await expect(page.getByTestId('data-counts')).toContainText('1 structure')
    // A backup of everything is downloaded from the folder too.
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Exporter toutes mes données' }).click()
    const backup = JSON.parse(readFileSync((await (await downloading).path()) ?? '', 'utf8')) as {
      data: { structures: { name: string }[]; answers: unknown[] }
    }
    expect(backup.data.structures.map((s) => s.name)).toEqual(['SAVS Partage'])
    expect(backup.data.answers).toHaveLength(2)
    expect(await violations(page)).toEqual([])
    expect(refused).toEqual([])
    const folderUrl = pathToFileURL(folder).href
    expect(requested.filter((url) => !url.startsWith(`${folderUrl}/`) && !/^(data|blob):/.test(url))).toEqual([])
    expect(requested).toContain(`${folderUrl}/assets/capsi-fichier.js`)
  } finally {
    await context.close()
    rmSync(share, { recursive: true, force: true })
  }
})

test('copied without its assets, or only in part, the page says in French why CapSI cannot start', async ({ page }) => {
  const share = mkdtempSync(join(tmpdir(), 'capsi-incomplet-'))
  const why = 'le dossier « assets » doit se trouver, complet, à côté de ce fichier index.html'
  try {
    // index.html alone: none of its files can load, not even its style sheet.
    mkdirSync(join(share, 'seul'))
    cpSync(resolve('dist', 'index.html'), join(share, 'seul', 'index.html'))
    await page.goto(pathToFileURL(join(share, 'seul', 'index.html')).href)
    await expect(page.getByText('CapSI n’a pas pu charger ses fichiers')).toBeVisible()
    await expect(page.getByText('CapSI n’a pas pu charger ses fichiers')).toContainText(why)

    // A copy that stopped half-way: the page and its style sheet are there, the app's script is not.
    cpSync(resolve('dist'), join(share, 'partiel'), { recursive: true })
    rmSync(join(share, 'partiel', 'assets', 'capsi-fichier.js'))
    await page.goto(pathToFileURL(join(share, 'partiel', 'index.html')).href)
    await expect(page.getByRole('alert').filter({ hasText: 'CapSI n’a pas pu charger ses fichiers' })).toContainText(
      why,
    )
    // Said once: the page's own copy of the message stays hidden by the style sheet.
    await expect(page.getByText('CapSI n’a pas pu charger ses fichiers').filter({ visible: true })).toHaveCount(1)

    // A copy without the app's style sheet: the app runs unstyled, and the notice says why.
    cpSync(resolve('dist'), join(share, 'sans-styles'), { recursive: true })
    rmSync(join(share, 'sans-styles', 'assets', 'capsi-fichier.css'))
    await page.goto(pathToFileURL(join(share, 'sans-styles', 'index.html')).href)
    await expect(page.locator('[data-capsi-started]')).toHaveCount(1)
    await expect(page.getByText('CapSI n’a pas pu charger ses fichiers')).toBeVisible()

    // A complete copy never shows it.
    cpSync(resolve('dist'), join(share, 'complet'), { recursive: true })
    await page.goto(pathToFileURL(join(share, 'complet', 'index.html')).href)
    await expect(page.locator('[data-capsi-started]')).toHaveCount(1)
    await expect(page.getByText('CapSI n’a pas pu charger ses fichiers')).toBeHidden()
  } finally {
    rmSync(share, { recursive: true, force: true })
  }
})

test('opened from a file share, a second tab on the same assessment is read-only and follows the first', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const share = mkdtempSync(join(tmpdir(), 'capsi-onglets-'))
  cpSync(resolve('dist'), share, { recursive: true })
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(pathToFileURL(join(share, 'index.html')).href)
    await createStructure(page, { name: 'MAS Partage', finess: '750712184', category: 'MAS' })
    await startAssessment(page, 'MAS Partage', QUESTIONNAIRE)
    await answer(page, 'gouv-schema-directeur', 'valide')

    const second = await context.newPage()
    await second.goto(page.url())
    await expect(second.getByTestId('read-only')).toContainText('lecture seule')
    expect(await checkedValue(second, 'gouv-schema-directeur')).toBe('valide')
    await expect(page.getByTestId('read-only')).toHaveCount(0)
    await answer(page, 'gouv-schema-directeur', 'revu-annuellement')
    await expect.poll(() => checkedValue(second, 'gouv-schema-directeur')).toBe('revu-annuellement')
  } finally {
    await context.close()
    rmSync(share, { recursive: true, force: true })
  }
})

test('opened from a file share, persistent storage can be asked for (Chromium refuses it), and the page cannot be installed as an app', async ({
  browser,
}) => {
  const share = mkdtempSync(join(tmpdir(), 'capsi-conservation-'))
  cpSync(resolve('dist'), share, { recursive: true })
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${pathToFileURL(join(share, 'index.html')).href}#/donnees`)
    await expect(page.getByTestId('persisted')).toContainText('La conservation durable n’est pas accordée')
    await page.getByRole('button', { name: 'Demander la conservation durable' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Le navigateur a refusé pour le moment.' })).toBeVisible()
    await expect(page.getByTestId('storage-space')).toContainText('Espace utilisé :')
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors.map((e) => e.errorId)).toContain('not-from-secure-origin')
  } finally {
    await context.close()
    rmSync(share, { recursive: true, force: true })
  }
})
