/**
 * The consolidated exports of a collectif of fifty structures, as an ARS reads them: a PDF synthesis
 * that names no structure and stays short, an annex with one line per structure, and a CSV that can be
 * joined with a FINESS list, with the group's own rows.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { collectifFile, finess, nameOf, SIZE } from './collectif-file'
import { violations } from './helpers'

async function download(page: Page, button: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  return (await (await downloadPromise).path()) ?? ''
}

/**
 * The text of each page of a PDF, read back with pdftotext in the order it was written (a table
 * cell's lines stay together), spaces and line breaks collapsed; pages split on form feeds.
 */
function pagesOf(path: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  return text
    .split('\f')
    .filter((page, index, all) => index < all.length - 1 || page.trim() !== '')
    .map((page) => page.replace(/\s+/g, ' '))
}

/** A French decimal (« 1,8 ») as a number. */
const decimal = (text: string) => Number(text.replace(',', '.'))

test('a collectif of fifty structures gets a short synthesis without names, an annex with one line each, and a CSV an ARS can join', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.goto('./#/donnees')
  await page
    .getByLabel('Fichier de sauvegarde CapSI (.json)')
    .setInputFiles({ name: 'collectif.json', mimeType: 'application/json', buffer: Buffer.from(collectifFile()) })
  await page.getByRole('button', { name: 'Importer', exact: true }).click()
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Atelier' }).click()
  await page.getByRole('link', { name: /Collectif SI Hauts-de-France/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Collectif SI Hauts-de-France' })).toBeVisible()

  // Above eight structures the radar shows the group: its mean between its lowest and highest structure.
  const radarTable = page.getByTestId('group-radar-table')
  await expect(radarTable).toContainText('Moyenne du groupe')
  await expect(radarTable).toContainText('Minimum')
  await expect(radarTable).toContainText('Maximum')
  expect(await violations(page)).toEqual([])

  // The CSV: a FINESS column, one value per cell, and the group's mean per domain.
  const csv = readFileSync(await download(page, 'Exporter le tableau consolidé (CSV)'), 'utf8')
  const rows = csv
    .slice(1)
    .trim()
    .split('\r\n')
    .map((line) => line.slice(1, -1).split('";"'))
  expect(rows[0]).toEqual([
    'Ligne',
    'Structure',
    'FINESS',
    'Organisme gestionnaire',
    'Catégorie',
    'Parcours',
    'Domaine',
    'Score',
    'Échelle',
    'Couverture',
    'Je ne sais pas',
  ])
  expect(rows.find((r) => r[1] === nameOf(0))?.[2]).toBe(finess(0))
  expect(Math.max(...rows.flat().map((cell) => cell.length))).toBeLessThan(200)
  const firstDomain = rows[1]?.[6] ?? ''
  const scores = rows.filter((r) => r[0] === 'Structure' && r[6] === firstDomain && r[7] !== 'n.é.')
  expect(scores).toHaveLength(SIZE)
  const mean = scores.reduce((sum, r) => sum + decimal(r[7] ?? ''), 0) / scores.length
  const meanRow = rows.find((r) => r[0] === 'Groupe — moyenne' && r[6] === firstDomain)
  expect(decimal(meanRow?.[7] ?? '')).toBeCloseTo(mean, 0)
  expect(meanRow?.[9]).toBe(`${SIZE} / ${SIZE} structures évaluables`)

  // The PDF: a synthesis of at most twelve pages naming no structure, then the annex, one line each.
  const pages = pagesOf(await download(page, 'Télécharger la synthèse consolidée (PDF)'))
  const annexAt = pages.findIndex((p) => p.includes('Annexe — une ligne par structure'))
  expect(annexAt).toBeGreaterThan(0)
  expect(annexAt).toBeLessThanOrEqual(12)
  const synthesis = pages.slice(0, annexAt).join('\n')
  const annexText = pages.slice(annexAt).join('\n')
  expect(pages[0]).toContain('50 structures')
  expect(pages[0]).toContain('Moyenne et dispersion par domaine')
  for (const title of [
    'Répartition des structures par niveau',
    'Les 10 points faibles les plus partagés',
    'Les 10 actions les plus partagées',
    'ce n’est pas la décision de l’ARS',
  ])
    expect(synthesis).toContain(title)
  for (let i = 0; i < SIZE; i++) {
    expect(synthesis).not.toContain(nameOf(i))
    expect(annexText).toContain(nameOf(i))
  }

  // Without the annex, the PDF is the synthesis alone.
  await page
    .getByLabel('Joindre au PDF l’annexe d’une ligne par structure (noms, FINESS, scores par domaine)')
    .uncheck()
  const short = pagesOf(await download(page, 'Télécharger la synthèse consolidée (PDF)'))
  expect(short).toHaveLength(annexAt)
  for (let i = 0; i < SIZE; i++) expect(short.join('\n')).not.toContain(nameOf(i))
})
