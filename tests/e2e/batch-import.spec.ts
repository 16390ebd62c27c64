import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { answer, createStructure, startAssessment, violations } from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'

/** Creates a structure with an answered assessment and exports it from the home screen; returns the file's text. */
async function structureFile(page: Page, name: string, organisation: string, value: string): Promise<string> {
  await page.goto('./')
  await createStructure(page, { name, finess: '750712184', category: 'EHPAD', organisation })
  await startAssessment(page, name, QUESTIONNAIRE)
  await answer(page, 'gouv-schema-directeur', value)
  await page.getByRole('link', { name: 'Mes structures' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: `Exporter ${name}` }).click()
  return readFileSync((await (await download).path()) ?? '', 'utf8')
}

test('a facilitator imports the files of several structures at once, with progress and a summary per file', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  // Two establishments export their own files, each in its own browser.
  const files: { name: string; mimeType: string; buffer: Buffer }[] = []
  for (const [name, og, value] of [
    ['EHPAD Les Tilleuls', 'Association Horizon', 'aucun'],
    ['EHPAD Le Verger', 'Fondation Avenir', 'valide'],
  ] as const) {
    const context = await browser.newContext()
    const text = await structureFile(await context.newPage(), name, og, value)
    files.push({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) })
    await context.close()
  }
  files.push({
    name: 'tronque.json',
    mimeType: 'application/json',
    buffer: Buffer.from((files[0]?.buffer.toString() ?? '').slice(0, 200)),
  })

  // The facilitator's laptop starts empty.
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('./#/atelier')
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible()
  await page.getByLabel('Choisir les fichiers (plusieurs possibles)').setInputFiles(files)
  // First what each file would do, nothing written yet: the damaged file is refused, the FINESS flagged.
  const review = page.getByTestId('batch-review-summary')
  await expect(review).toBeFocused()
  await expect(review).toContainText('3 fichiers lus, rien n’est encore enregistré. 2 nouvelles structures, 1 refusée.')
  const reviewRow = (fileName: string) =>
    page
      .getByTestId('batch-review')
      .locator('tr', { has: page.getByRole('rowheader', { name: fileName, exact: true }) })
  await expect(reviewRow('EHPAD Les Tilleuls.json')).toContainText('Nouvelle structure')
  await expect(reviewRow('tronque.json')).toContainText('Refusée —')
  await expect(reviewRow('EHPAD Le Verger.json').getByTestId('finess-warning')).toContainText(
    'FINESS 750712184 en double dans ce lot',
  )
  expect(await violations(page)).toEqual([])
  await page.getByRole('button', { name: 'Importer 2 fichiers' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé : 3 fichiers traités.' })).toBeVisible()
  await expect(page.getByTestId('batch-summary')).toHaveText('2 structures importées, 1 refusée.')
  const results = page.getByTestId('batch-results')
  const rowOf = (fileName: string) =>
    results.locator('tr', { has: page.getByRole('rowheader', { name: fileName, exact: true }) })
  await expect(rowOf('EHPAD Les Tilleuls.json')).toContainText('Nouvelle')
  await expect(rowOf('EHPAD Le Verger.json')).toContainText('EHPAD Le Verger')
  // Both establishments typed the same FINESS: the second file is flagged, and imported all the same.
  await expect(rowOf('EHPAD Le Verger.json').getByTestId('finess-warning')).toContainText(
    'FINESS 750712184 en double dans ce lot',
  )
  await expect(rowOf('tronque.json')).toContainText('Refusée —')
  await expect(rowOf('tronque.json')).toContainText('tronqué')
  // The imported structures can be put in a group straight away.
  await expect(page.getByRole('checkbox', { name: /EHPAD Les Tilleuls/ })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /EHPAD Le Verger/ })).toBeVisible()
  expect(await violations(page)).toEqual([])

  // Importing the same file again changes nothing and says so.
  const first = files[0]
  if (!first) throw new Error('no file')
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], name, { type: 'application/json' }))
      document
        .querySelector('[data-testid="drop-zone"]')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    },
    { name: first.name, text: first.buffer.toString() },
  )
  await expect(reviewRow('EHPAD Les Tilleuls.json')).toContainText('Identique')
  await page.getByRole('button', { name: 'Importer 1 fichier' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé : 1 fichier traité.' })).toBeVisible()
  await expect(rowOf('EHPAD Les Tilleuls.json')).toContainText('Identique')
  await page.goto('./')
  await expect(page.getByTestId('structure-card')).toHaveCount(2)
  await context.close()
})
