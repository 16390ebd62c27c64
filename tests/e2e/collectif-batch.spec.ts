import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import type { BackupFile } from '../../src/domain/backup/backup'
import { buildBackup, serializeBackup } from '../../src/domain/backup/backup'
import { countByDepartment, finessDepartment } from '../../src/domain/assessment/finess'
import { generateStructureFiles, type GeneratedFile } from '../fixtures/generate-structures'
import { checkedValue, question, violations } from './helpers'

const T1 = '2026-10-05T09:00:00.000Z'

type Upload = { name: string; mimeType: string; buffer: Buffer }
const upload = (name: string, text: string): Upload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
})

/** The same structure's file sent again later, changed by `edit` (the checksum made anew). */
function resent(file: GeneratedFile, at: string, edit: (data: BackupFile['data']) => void): string {
  const parsed = JSON.parse(file.text) as BackupFile
  const data = structuredClone(parsed.data)
  edit(data)
  const built = buildBackup(
    { ...data, definitions: [] },
    'structure',
    { structureId: file.structure.id },
    { appVersion: parsed.appVersion, exportedAt: at },
  )
  return serializeBackup(built)
}

/** The question whose answer the files sent again change: the first of the first domain. */
const QUESTION = 'gouv-schema-directeur'

/** The first answer of the file's assessment takes another value, changed at `at`. */
function newerAnswer(file: GeneratedFile, at: string, value: string): string {
  return resent(file, at, (data) => {
    const first = data.answers.find((a) => a.questionId === QUESTION)
    if (!first) throw new Error('no answer')
    first.value = value
    first.updatedAt = at
    const assessment = data.assessments[0]
    if (assessment) assessment.updatedAt = at
  })
}

/** Chooses the files, and waits for the review of what they would do (nothing written yet). */
async function analyse(page: Page, files: Upload[]): Promise<void> {
  await page.getByLabel('Choisir les fichiers (plusieurs possibles)').setInputFiles(files)
  await expect(page.getByTestId('batch-review-summary')).toBeFocused({ timeout: 60_000 })
  await expect(page.getByTestId('batch-review-summary')).toContainText('rien n’est encore enregistré')
}

/** Confirms the review and waits for the import to end. */
async function confirm(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: /^Importer \d+ fichiers?$/ }).click()
  await expect(page.getByRole('status').filter({ hasText: `Import terminé : ${count} fichier` })).toBeVisible({
    timeout: 60_000,
  })
}

/** Chooses the files and confirms the review as it stands. */
async function importFiles(page: Page, files: Upload[]): Promise<void> {
  await analyse(page, files)
  await confirm(page, files.length)
}

/** The row of a file in the results, found by its header cell (another row may name the file in a warning). */
const row = (page: Page, fileName: string, table = 'batch-results') =>
  page.getByTestId(table).locator('tr', { has: page.getByRole('rowheader', { name: fileName, exact: true }) })

/** The row of a file in the review, before anything is written. */
const reviewRow = (page: Page, fileName: string) => row(page, fileName, 'batch-review')

/** The value the file gives to the question its later files change. */
const answerOf = (file: GeneratedFile): string =>
  String((JSON.parse(file.text) as BackupFile).data.answers.find((a) => a.questionId === QUESTION)?.value)

const otherThan = (value: string): string => (value === 'aucun' ? 'valide' : 'aucun')

/** The answer saved for the question, read in the structure's assessment. */
async function savedAnswer(page: Page, file: GeneratedFile): Promise<string | null> {
  const assessment = (JSON.parse(file.text) as BackupFile).data.assessments[0]
  await page.goto(`./#/evaluation/${assessment?.id ?? ''}`)
  await expect(question(page, QUESTION)).toBeVisible()
  return checkedValue(page, QUESTION)
}

test('a structure sent again with newer answers is updated when the newest wins, kept when « Garder la mienne » is chosen, and each file says so', async ({
  page,
}) => {
  const [first, second] = generateStructureFiles(2, { at: T1 })
  if (!first || !second) throw new Error('no files')
  await page.goto('./#/atelier')
  // An empty workshop starts with the batch import.
  const headings = page.getByRole('heading', { level: 2 })
  await expect(headings.first()).toHaveText('Importer les fichiers des structures')
  await expect(page.getByRole('radio', { name: 'La plus récente l’emporte' })).toBeChecked()

  await importFiles(page, [upload(first.name, first.text), upload(second.name, second.text)])
  await expect(page.getByTestId('batch-summary')).toHaveText('2 structures importées.')
  await expect(page.getByTestId('batch-summary')).toBeFocused()
  await expect(row(page, first.name)).toContainText('Nouvelle')
  await expect(row(page, second.name)).toContainText('Nouvelle')
  expect(await violations(page)).toEqual([])

  // The first structure answers again later: with the default rule, its file updates it.
  const original = answerOf(first)
  const later = newerAnswer(first, '2026-11-05T09:00:00.000Z', otherThan(original))
  await importFiles(page, [upload('renvoi.json', later), upload(second.name, second.text)])
  await expect(row(page, 'renvoi.json')).toContainText('Mise à jour')
  await expect(row(page, 'renvoi.json')).toContainText('1 réponse ajoutée ou modifiée')
  await expect(row(page, second.name)).toContainText('Identique')
  await expect(page.getByTestId('batch-summary')).toHaveText('1 mise à jour, 1 identique.')
  // What is saved is now that later file: sending it again changes nothing.
  await importFiles(page, [upload('renvoi.json', later)])
  await expect(row(page, 'renvoi.json')).toContainText('Identique')

  // An even later file, with « Garder la mienne »: the saved answers stay, and the file says so.
  const latest = newerAnswer(first, '2026-12-05T09:00:00.000Z', original)
  await page.getByRole('radio', { name: 'Garder la mienne' }).check()
  await importFiles(page, [upload('dernier.json', latest)])
  await expect(row(page, 'dernier.json')).toContainText('Gardée telle quelle')
  await expect(row(page, 'dernier.json')).toContainText('« Garder la mienne » les laisse de côté')
  await expect(page.getByTestId('batch-summary')).toHaveText('1 gardée telle quelle.')
  // It was really kept aside: with the newest winning, the same file now updates the structure.
  await page.getByRole('radio', { name: 'La plus récente l’emporte' }).check()
  await importFiles(page, [upload('dernier.json', latest)])
  await expect(row(page, 'dernier.json')).toContainText('Mise à jour')
  expect(await violations(page)).toEqual([])
})

test('the review says what each file would do before anything is written; one file kept as saved while the batch takes the newest; « Annuler » writes nothing', async ({
  page,
}) => {
  const [first, second] = generateStructureFiles(2, { at: T1, seed: 13 })
  if (!first || !second) throw new Error('no files')
  await page.goto('./#/atelier')
  await importFiles(page, [upload(first.name, first.text), upload(second.name, second.text)])
  const firstBefore = answerOf(first)
  const secondBefore = answerOf(second)

  // Both structures answer again later; the batch keeps its default rule, the newest wins.
  const batch = [
    upload('renvoi-1.json', newerAnswer(first, '2026-11-05T09:00:00.000Z', otherThan(firstBefore))),
    upload('renvoi-2.json', newerAnswer(second, '2026-11-05T09:00:00.000Z', otherThan(secondBefore))),
  ]
  await analyse(page, batch)
  const summary = page.getByTestId('batch-review-summary')
  await expect(summary).toContainText('2 mises à jour')
  await expect(summary).toContainText('2 fichiers ont des données modifiées ici et dans le fichier')
  const choiceOf = (fileName: string) =>
    page.getByRole('combobox', { name: new RegExp(`Si les données diffèrent — ${fileName.replace('.', '\\.')}$`) })
  for (const fileName of ['renvoi-1.json', 'renvoi-2.json']) {
    await expect(reviewRow(page, fileName)).toContainText('Mise à jour')
    await expect(reviewRow(page, fileName)).toContainText('1 réponse à ajouter ou modifier')
    await expect(choiceOf(fileName)).toHaveValue('newest')
  }
  expect(await violations(page)).toEqual([])

  // « Annuler » writes nothing: the same files, chosen again, would still update both structures.
  await page.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByTestId('batch-cancelled')).toHaveText('Import annulé : rien n’a été enregistré.')
  await expect(page.getByLabel('Choisir les fichiers (plusieurs possibles)')).toBeFocused()
  await expect(page.getByTestId('batch-review')).toHaveCount(0)
  await analyse(page, batch)
  await expect(reviewRow(page, 'renvoi-1.json')).toContainText('Mise à jour')
  await expect(reviewRow(page, 'renvoi-2.json')).toContainText('Mise à jour')

  // The second file is kept as saved, with the keyboard; the batch's rule then changes only the files not chosen apart.
  await choiceOf('renvoi-2.json').focus()
  await choiceOf('renvoi-2.json').selectOption('keep-mine')
  await expect(reviewRow(page, 'renvoi-2.json')).toContainText('Gardée telle quelle')
  await expect(summary).toContainText('1 mise à jour, 1 gardée telle quelle')
  await page.getByRole('radio', { name: 'Garder la mienne' }).check()
  await expect(choiceOf('renvoi-1.json')).toHaveValue('keep-mine')
  await expect(reviewRow(page, 'renvoi-1.json')).toContainText('Gardée telle quelle')
  await page.getByRole('radio', { name: 'La plus récente l’emporte' }).check()
  await expect(choiceOf('renvoi-1.json')).toHaveValue('newest')
  await expect(choiceOf('renvoi-2.json')).toHaveValue('keep-mine')

  const confirmButton = page.getByRole('button', { name: 'Importer 2 fichiers' })
  await confirmButton.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé : 2 fichiers traités.' })).toBeVisible()
  await expect(page.getByTestId('batch-summary')).toBeFocused()
  await expect(page.getByTestId('batch-summary')).toHaveText('1 mise à jour, 1 gardée telle quelle.')
  await expect(row(page, 'renvoi-1.json')).toContainText('Mise à jour')
  await expect(row(page, 'renvoi-1.json')).toContainText('1 réponse ajoutée ou modifiée')
  await expect(row(page, 'renvoi-2.json')).toContainText('Gardée telle quelle')
  await expect(row(page, 'renvoi-2.json')).toContainText('« Garder la mienne » les laisse de côté')
  expect(await violations(page)).toEqual([])

  // The first structure shows its new answer, the second the one saved before.
  expect(await savedAnswer(page, first)).toBe(otherThan(firstBefore))
  expect(await savedAnswer(page, second)).toBe(secondBefore)
})

test('two files of one batch with the same FINESS are flagged, naming the number, and both are imported', async ({
  page,
}) => {
  const [first, second] = generateStructureFiles(2, { at: T1, seed: 7 })
  if (!first || !second) throw new Error('no files')
  const twin = resent(second, T1, (data) => {
    const structure = data.structures[0]
    if (structure) structure.finess = first.structure.finess
  })
  await page.goto('./#/atelier')
  await importFiles(page, [upload(first.name, first.text), upload(second.name, twin)])
  await expect(page.getByTestId('batch-summary')).toHaveText('2 structures importées.')
  const warning = row(page, second.name).getByTestId('finess-warning')
  await expect(warning).toContainText(`FINESS ${first.structure.finess} en double dans ce lot`)
  await expect(warning).toContainText(first.name)
  await expect(row(page, first.name).getByTestId('finess-warning')).toHaveCount(0)
  expect(await violations(page)).toEqual([])
})

test('two hundred imported structures make a group with « Tout cocher », and the group opens', async ({ page }) => {
  test.setTimeout(120_000)
  const files = generateStructureFiles(200, { at: T1, seed: 11 })
  await page.goto('./#/atelier')
  await analyse(
    page,
    files.map((f) => upload(f.name, f.text)),
  )
  // Two hundred plain new files are folded behind their count, and shown a hundred at a time.
  await expect(page.getByTestId('batch-review-summary')).toContainText('200 nouvelles structures.')
  await expect(page.getByTestId('batch-plain-count')).toHaveText(
    '200 fichiers sans choix à faire ni avertissement, repliés ci-dessous.',
  )
  await expect(page.getByTestId('batch-review')).toHaveCount(0)
  const unfold = page.getByRole('button', { name: 'Voir les 200 fichiers' })
  await expect(unfold).toHaveAttribute('aria-expanded', 'false')
  await unfold.click()
  await expect(page.getByTestId('batch-review').locator('tbody tr')).toHaveCount(100)
  await page.getByRole('button', { name: 'Afficher 100 fichiers de plus' }).click()
  await expect(page.getByTestId('batch-review').locator('tbody tr')).toHaveCount(200)
  await expect(reviewRow(page, files[199]?.name ?? '')).toContainText('Nouvelle structure')
  await confirm(page, 200)
  await expect(page.getByTestId('batch-summary')).toHaveText('200 structures importées.')

  // The button fills the group form with the structures imported, and moves the focus there.
  await page.getByRole('button', { name: 'Créer un groupe avec ces structures' }).click()
  await expect(page.getByLabel('Nom du groupe')).toBeFocused()
  const count = page.getByTestId('group-checked-count')
  await expect(count).toContainText('200 structures cochées sur 200')
  await page.getByRole('button', { name: /Tout décocher/ }).click()
  await expect(count).toContainText('0 structure cochée sur 200')

  // A search narrows the list; « Tout cocher » checks only those shown.
  const wanted = files[41]?.structure
  if (!wanted) throw new Error('no structure')
  await page.getByLabel('Rechercher par nom ou numéro FINESS').fill(wanted.finess)
  await expect(page.getByRole('checkbox')).toHaveCount(1)
  await page.getByRole('button', { name: /Tout cocher/ }).click()
  await expect(count).toContainText('1 structure cochée sur 200 — 1 affichée sur 200')
  await page.getByLabel('Rechercher par nom ou numéro FINESS').fill('')
  await page.getByLabel('Catégorie').selectOption(wanted.category)
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1)
  await page.getByLabel('Catégorie').selectOption('')

  // The département, read from the FINESS number: only those present are offered, in order, each
  // with its count; « Tout cocher » then checks the structures of that département only.
  const departments = countByDepartment(files.map((f) => f.structure.finess))
  const department = page.getByLabel('Département (d’après le FINESS)')
  await expect(department.locator('option')).toHaveText([
    'Tous',
    ...departments.map((d) => `${d.department} (${d.count} ${d.count > 1 ? 'structures' : 'structure'})`),
  ])
  const wantedDepartment = finessDepartment(wanted.finess)
  const inIt = departments.find((d) => d.department === wantedDepartment)?.count ?? 0
  expect(inIt).toBeGreaterThan(1)
  expect(inIt).toBeLessThan(200)
  await department.selectOption(wantedDepartment)
  await expect(page.getByRole('checkbox')).toHaveCount(inIt)
  await page.getByRole('button', { name: /Tout cocher/ }).click()
  await expect(count).toContainText(`${inIt} structures cochées sur 200 — ${inIt} affichées sur 200`)
  expect(await violations(page)).toEqual([])
  await department.selectOption('')
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(inIt)
  await page.getByRole('button', { name: /Tout cocher/ }).click()
  await expect(count).toContainText('200 structures cochées sur 200')
  expect(await violations(page)).toEqual([])

  await page.getByLabel('Nom du groupe').fill('Collectif SI du Nord')
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Collectif SI du Nord' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('heat-map').locator('tbody tr')).toHaveCount(200, { timeout: 30_000 })
})

test('opened from a file share (file://), the batch import imports its files and refuses a damaged one', async ({
  browser,
}) => {
  const share = mkdtempSync(join(tmpdir(), 'capsi-partage-lot-'))
  cpSync(resolve('dist'), share, { recursive: true })
  const files = generateStructureFiles(3, { at: T1, seed: 5 })
  const [first] = files
  if (!first) throw new Error('no files')
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto(`${pathToFileURL(join(share, 'index.html')).href}#/atelier`)
    await importFiles(page, [
      ...files.map((f) => upload(f.name, f.text)),
      upload('abime.json', first.text.replace('"name":"', '"name":"X')),
    ])
    await expect(page.getByTestId('batch-summary')).toHaveText('3 structures importées, 1 refusée.')
    await expect(row(page, 'abime.json')).toHaveAttribute('data-status', 'refused')
    await expect(row(page, 'abime.json')).toContainText('somme de contrôle')
    await importFiles(page, [upload(first.name, first.text)])
    await expect(row(page, first.name)).toHaveAttribute('data-status', 'identical')
  } finally {
    await context.close()
    rmSync(share, { recursive: true, force: true })
  }
})
