/** The batch import of the workshop fed with a zip archive of structure files, or a folder of them. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { expect, test, type Page } from '@playwright/test'
import { generateStructureFiles } from '../fixtures/generate-structures'
import { violations } from './helpers'

const T1 = '2026-10-05T09:00:00.000Z'
const FILES_FIELD = 'Choisir les fichiers (plusieurs possibles)'
const FOLDER_FIELD = 'Choisir un dossier'

type Upload = { name: string; mimeType: string; buffer: Buffer }

/** A zip archive holding `files` (path in the archive → text). */
function zipOf(name: string, files: Record<string, string>): Upload {
  const data = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])))
  return { name, mimeType: 'application/zip', buffer: Buffer.from(data) }
}

/** Confirms the review of what the files would do, and waits for the import to end. */
async function confirmReview(page: Page): Promise<void> {
  await expect(page.getByTestId('batch-review-summary')).toBeFocused({ timeout: 60_000 })
  await page.getByTestId('batch-confirm').click()
  await expect(page.getByRole('status').filter({ hasText: /Import terminé/ })).toBeVisible({ timeout: 60_000 })
}

/**
 * Imports `files` (uploads, or a folder's path for the folder field) through `field`: when some
 * are to be read, confirms their review and waits for the import's end; otherwise waits for what
 * was refused.
 */
async function importFiles(page: Page, files: Upload[] | string, field = FILES_FIELD, read = true): Promise<void> {
  await page.getByLabel(field, { exact: true }).setInputFiles(files)
  if (read) await confirmReview(page)
  else await expect(page.getByTestId('batch-refused-archives')).toBeVisible({ timeout: 60_000 })
}

/** The row of a file, found by its header cell. */
const row = (page: Page, fileName: string) =>
  page.getByTestId('batch-results').locator('tr', { has: page.getByRole('rowheader', { name: fileName, exact: true }) })

test('a zip of three structure files and a readme imports the three structures, each named by where it came from', async ({
  page,
}) => {
  const files = generateStructureFiles(3, { at: T1, seed: 21 })
  const archive = zipOf('envoi.zip', {
    ...Object.fromEntries(files.map((f, i) => [`envoi/${i === 2 ? 'Nord/' : ''}${f.name}`, f.text])),
    'envoi/lisez-moi.txt': 'Fichiers des établissements du collectif.',
    '__MACOSX/envoi/._lisez-moi.txt': 'x',
  })
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.goto('./#/atelier')
  await importFiles(page, [archive])
  // Served over HTTP, the archive is unpacked in a worker, not on the page.
  expect(workers.some((url) => url.includes('archive-reader.worker'))).toBe(true)
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé : 3 fichiers traités.' })).toBeVisible()
  await expect(page.getByTestId('batch-summary')).toHaveText('3 structures importées.')
  await expect(page.getByTestId('batch-summary')).toBeFocused()
  await expect(page.getByTestId('batch-skipped')).toHaveText('1 fichier ignoré : ni .json ni .zip.')
  for (const [i, f] of files.entries()) {
    const name = `envoi.zip › envoi/${i === 2 ? 'Nord/' : ''}${f.name}`
    await expect(row(page, name)).toHaveAttribute('data-status', 'new')
    await expect(row(page, name)).toContainText(f.structure.name)
  }
  await expect(page.getByTestId('batch-refused-archives')).toHaveCount(0)
  expect(await violations(page)).toEqual([])

  // The same archive dropped on the zone: nothing new.
  await page.evaluate(
    ({ name, bytes }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/zip' }))
      document
        .querySelector('[data-testid="drop-zone"]')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    },
    { name: archive.name, bytes: [...archive.buffer] },
  )
  await confirmReview(page)
  await expect(page.getByTestId('batch-summary')).toHaveText('3 identiques.')
  await page.goto('./')
  await expect(page.getByTestId('structure-card')).toHaveCount(3)
})

test('a damaged zip is refused with its reason and nothing is imported; a damaged entry is refused alone', async ({
  page,
}) => {
  const files = generateStructureFiles(2, { at: T1, seed: 22 })
  const [first, second] = files
  if (!first || !second) throw new Error('no files')
  const whole = zipOf('envoi.zip', { [first.name]: first.text })
  await page.goto('./#/atelier')
  await importFiles(
    page,
    [{ ...whole, name: 'abime.zip', buffer: whole.buffer.subarray(0, whole.buffer.length - 40) }],
    FILES_FIELD,
    false,
  )
  const refused = page.getByTestId('batch-refused-archives')
  await expect(refused).toHaveRole('alert')
  await expect(refused).toContainText('abime.zip : archive illisible ou endommagée.')
  await expect(refused).toBeFocused()
  await expect(page.getByTestId('batch-summary')).toHaveCount(0)
  expect(await violations(page)).toEqual([])

  // In a sound archive, a file that is not a valid backup is refused alone, like a chosen file.
  await importFiles(page, [
    zipOf('lot.zip', { [first.name]: first.text, 'tronque.json': second.text.slice(0, 300) }),
    zipOf('vide.zip', { 'notes.txt': 'rien' }),
  ])
  await expect(page.getByTestId('batch-summary')).toHaveText('1 structure importée, 1 refusée.')
  await expect(row(page, 'lot.zip › tronque.json')).toHaveAttribute('data-status', 'refused')
  await expect(row(page, 'lot.zip › tronque.json')).toContainText('tronqué')
  await expect(refused).toContainText('vide.zip : l’archive ne contient aucun fichier .json.')
  await expect(refused).not.toContainText('abime.zip')
  await page.goto('./')
  await expect(page.getByTestId('structure-card')).toHaveCount(1)
})

test('a folder chosen with the folder field imports the structure files of it and of its subfolders', async ({
  page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'capsi-dossier-lot-'))
  try {
    const folder = join(root, 'collectif')
    mkdirSync(join(folder, 'Nord'), { recursive: true })
    const files = generateStructureFiles(3, { at: T1, seed: 23 })
    files.forEach((f, i) => writeFileSync(join(folder, i === 0 ? 'Nord' : '', f.name), f.text))
    writeFileSync(join(folder, 'lisez-moi.txt'), 'Fichiers du collectif.')
    await page.goto('./#/atelier')
    await importFiles(page, folder, FOLDER_FIELD)
    await expect(page.getByTestId('batch-summary')).toHaveText('3 structures importées.')
    await expect(page.getByTestId('batch-skipped')).toHaveText('1 fichier ignoré : ni .json ni .zip.')
    const [first] = files
    await expect(row(page, `collectif/Nord/${first?.name}`)).toHaveAttribute('data-status', 'new')
    expect(await violations(page)).toEqual([])
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

test('opened from a file share (file://), where no worker starts, a zip is unpacked on the page and imported', async ({
  browser,
}) => {
  const share = mkdtempSync(join(tmpdir(), 'capsi-partage-zip-'))
  cpSync(resolve('dist'), share, { recursive: true })
  const files = generateStructureFiles(3, { at: T1, seed: 24 })
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto(`${pathToFileURL(join(share, 'index.html')).href}#/atelier`)
    await importFiles(page, [zipOf('envoi.zip', Object.fromEntries(files.map((f) => [f.name, f.text])))])
    await expect(page.getByTestId('batch-summary')).toHaveText('3 structures importées.')
    await importFiles(
      page,
      [{ name: 'faux.zip', mimeType: 'application/zip', buffer: Buffer.from('pas une archive') }],
      FILES_FIELD,
      false,
    )
    await expect(page.getByTestId('batch-refused-archives')).toContainText(
      'faux.zip : archive illisible ou endommagée.',
    )
  } finally {
    await context.close()
    rmSync(share, { recursive: true, force: true })
  }
})
