/**
 * The two-tab protection on a plain-HTTP intranet server: the page is not a secure context, so the
 * browser has no Web Locks, and the editing lease in IndexedDB takes their place. The built app is
 * served by a bare static server under a host name that Chromium maps onto 127.0.0.1.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { chromium, expect, test, type Browser } from '@playwright/test'
import { answer, checkedValue, CHROMIUM, createStructure, question, startAssessment } from './helpers'

const DIST = join(process.cwd(), 'dist')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

let server: Server
let browser: Browser
let origin = ''

test.beforeAll(async () => {
  // A plain static server, as on an intranet: files of the built app, nothing else.
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://capsi.intranet:${(server.address() as AddressInfo).port}/`
  browser = await chromium.launch({
    ...CHROMIUM,
    args: [...CHROMIUM.args, '--host-resolver-rules=MAP capsi.intranet 127.0.0.1'],
  })
})

test.afterAll(async () => {
  await browser.close()
  await new Promise((resolve) => server.close(resolve))
})

test('on a plain-HTTP host, without Web Locks, a second tab on the same assessment is read-only and « Modifier ici » takes it over', async () => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
  // Ids of new records come from crypto.randomUUID, which a non-secure page lacks: it is given one
  // here, so that this test checks the editing lock alone, whatever the id generator becomes.
  await context.addInitScript(() => {
    if (typeof crypto.randomUUID !== 'function') {
      Object.defineProperty(crypto, 'randomUUID', {
        value: () => {
          const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
            b.toString(16).padStart(2, '0'),
          ).join('')
          return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
        },
      })
    }
  })
  const page = await context.newPage()
  await page.goto(origin)
  expect(await page.evaluate(() => ({ secure: isSecureContext, locks: 'locks' in navigator }))).toEqual({
    secure: false,
    locks: false,
  })

  await createStructure(page, { name: 'FAM Intranet', finess: '750712184', category: 'FAM' })
  await startAssessment(page, 'FAM Intranet', 'Autodiagnostic de maturité SI de l’ESMS')
  await answer(page, 'gouv-schema-directeur', 'valide')

  const second = await context.newPage()
  await second.goto(page.url())
  await expect(second.getByTestId('read-only')).toContainText('lecture seule')
  await expect(question(second, 'gouv-schema-directeur').locator('input[value="aucun"]')).toHaveAttribute(
    'readonly',
    '',
  )
  await expect(page.getByTestId('read-only')).toHaveCount(0)
  // The read-only tab follows the first one's answers.
  await answer(page, 'gouv-schema-directeur', 'revu-annuellement')
  await expect.poll(() => checkedValue(second, 'gouv-schema-directeur')).toBe('revu-annuellement')

  // « Modifier ici »: the second tab edits, the first is read-only and told why.
  await second.getByRole('button', { name: 'Modifier ici' }).click()
  await expect(second.getByTestId('read-only')).toHaveCount(0)
  await expect(page.getByTestId('read-only')).toContainText('La modification a été reprise dans un autre onglet')
  await answer(second, 'gouv-budget-si', 'ne-sait-pas')
  await expect.poll(() => checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')

  // The editing tab is killed: it leaves behind a lease that runs for a while yet, and answers nothing.
  await second.close()
  const assessmentId = new URL(page.url()).hash.split('/')[2] ?? ''
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('capsi-leases')
        opening.onerror = () => reject(opening.error)
        opening.onsuccess = () => {
          const tx = opening.result.transaction('leases', 'readwrite')
          tx.objectStore('leases').put({ name, owner: 'onglet-tue', expiresAt: Date.now() + 60_000 })
          tx.oncomplete = () => resolve()
        }
      }),
    `capsi-assessment-${assessmentId}`,
  )
  // A tab opened after it asks the holder, hears nothing, and takes the lease over.
  const third = await context.newPage()
  await third.goto(page.url())
  await expect(third.getByRole('heading', { level: 1, name: /Évaluation/ })).toBeVisible()
  await expect(third.getByTestId('read-only')).toHaveCount(0)
  expect(await checkedValue(third, 'gouv-budget-si')).toBe('ne-sait-pas')
  await context.close()
})
