import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { backupChecksum } from '../../src/domain/backup/backup'
import { answer, checkedValue, createStructure, question, saved, startAssessment, violations } from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const T0 = '2026-01-05T09:00:00.000Z'

type Definition = {
  id: string
  version: string
  title: string
  domains: { id: string; questions: { id: string; text: string }[] }[]
}

/** The number of characters a text field holds. */
const lengthOf = (field: Locator) =>
  field.evaluate((element) => (element as HTMLInputElement | HTMLTextAreaElement).value.length)

const readJson = (path: string): Definition =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Definition
const mini = () => readJson('../fixtures/exemple-mini.json')
const builtin = () => readJson('../../questionnaires/autodiagnostic-maturite-si-esms.json')

async function loadDefinition(page: Page, definition: object): Promise<void> {
  await page.getByLabel('Fichier de questionnaire (JSON)').setInputFiles({
    name: 'variante.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(definition)),
  })
  await page.getByRole('button', { name: 'Charger le questionnaire' }).click()
}

/** A backup file as CapSI writes it, around the records given. */
function backupText(data: Record<string, unknown[]>): string {
  const full = {
    structures: [],
    assessments: [],
    answers: [],
    actionEdits: [],
    customActions: [],
    services: [],
    groups: [],
    definitions: [],
    ...data,
  }
  return JSON.stringify({
    format: 'capsi-backup',
    formatVersion: 2,
    appVersion: '0.1.0',
    exportedAt: T0,
    scope: 'all',
    checksum: backupChecksum(full),
    data: full,
  })
}

async function importBackup(page: Page, text: string): Promise<void> {
  await page.goto('./#/donnees')
  await page
    .getByLabel('Fichier de sauvegarde CapSI (.json)')
    .setInputFiles({ name: 'sauvegarde.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') })
  await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click()
  await expect(page.getByTestId('import-done')).toContainText('Import terminé')
}

const structure = (id: string, name: string) => ({
  id,
  name,
  finess: '750712184',
  category: 'EHPAD',
  capacity: null,
  organisation: '',
  createdAt: T0,
  updatedAt: T0,
})

test('a loaded questionnaire version is never replaced, and no file takes the built-in questionnaire’s place', async ({
  page,
}) => {
  await page.goto('./')
  await createStructure(page, { name: 'Foyer Variantes', finess: '750712184', category: 'Foyer de vie' })
  await page.goto('./#/atelier')
  const variant = mini()
  await loadDefinition(page, variant)
  await expect(page.getByText('Questionnaire « Exemple minimal » (version 1.0.0) chargé.')).toBeVisible()
  const table = page.getByRole('table', { name: 'Questionnaires chargés' })
  await page.goto('./')
  await startAssessment(page, 'Foyer Variantes', 'Exemple minimal')
  await answer(page, 'gouv-schema', 'valide')
  const assessmentUrl = page.url()

  // Another file under the same id and version: refused, with why and what to do.
  await page.goto('./#/atelier')
  const changed = mini()
  const first = changed.domains[0]?.questions[0]
  if (first) first.text = 'Une autre question sous le même numéro de version'
  await loadDefinition(page, changed)
  const errors = page.getByTestId('import-errors')
  await expect(errors).toContainText('la version 1.0.0 de « exemple-mini » est déjà chargée avec un autre contenu')
  await expect(errors).toContainText('donnez un nouveau numéro de version au fichier')
  expect(await violations(page)).toEqual([])

  // The very same file again: accepted, nothing changes.
  await loadDefinition(page, variant)
  await expect(
    page.getByText('Questionnaire « Exemple minimal » (version 1.0.0) déjà chargé, à l’identique : rien n’a changé.'),
  ).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Variante chargée d’un fichier')

  // A copy of the built-in questionnaire under a higher version: refused, whatever its content.
  const copy = builtin()
  copy.version = '99.0.0'
  const reworded = copy.domains[0]?.questions[0]
  if (reworded) reworded.text = 'Une question reformulée'
  await loadDefinition(page, copy)
  await expect(errors).toContainText(
    '« autodiagnostic-maturite-si-esms » est l’identifiant d’un questionnaire intégré à CapSI',
  )
  await expect(table).not.toContainText('99.0.0')

  // The assessment still shows its own questions and its answer, with no version to move to.
  await page.goto(assessmentUrl)
  await expect(question(page, 'gouv-schema')).toContainText('Avez-vous un schéma directeur')
  expect(await checkedValue(page, 'gouv-schema')).toBe('valide')
  await expect(page.getByTestId('newer-version')).toHaveCount(0)
  await expect(page.getByText(/questions retirées/)).toHaveCount(0)
  await page.goto('./')
  await startAssessment(page, 'Foyer Variantes', QUESTIONNAIRE)
  // The built-in questionnaire, at its own version, not the copy.
  await expect(page.getByText(`version ${builtin().version}`, { exact: false }).first()).toBeVisible()
})

test('the home screen offers the loaded variant beside the built-in questionnaire from the first card drawn, and launches it from the keyboard', async ({
  page,
}) => {
  await page.goto('./')
  await createStructure(page, { name: 'Foyer Catalogue', finess: '750712184', category: 'Foyer de vie' })
  await page.goto('./#/atelier')
  await loadDefinition(page, mini())
  await expect(page.getByText('Questionnaire « Exemple minimal » (version 1.0.0) chargé.')).toBeVisible()

  // Every list of questionnaires the home screen ever shows, from the app's start: recorded in the page.
  await page.addInitScript(() => {
    const lists: string[][] = []
    Object.assign(window, { __questionnaireLists: lists })
    new MutationObserver(() => {
      const select = document.querySelector('[data-testid="structure-card"] select')
      if (!select) return
      const list = [...select.querySelectorAll('option')].map((option) => option.textContent?.trim() ?? '')
      if (JSON.stringify(list) !== JSON.stringify(lists.at(-1))) lists.push(list)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await page.goto('./')
  await page.reload()
  const card = page
    .getByTestId('structure-card')
    .filter({ has: page.getByRole('heading', { name: 'Foyer Catalogue' }) })
  const select = card.getByLabel('Questionnaire')
  // The maturity questionnaires only (never the conformity grid), in French alphabetical order.
  const offered = [QUESTIONNAIRE, 'Exemple minimal']
  await expect(select.locator('option')).toHaveText(offered)
  // Never another list, not even for a moment before the loaded variants were read.
  expect(
    await page.evaluate(() => (window as unknown as { __questionnaireLists: string[][] }).__questionnaireLists),
  ).toEqual([offered])

  await select.focus()
  await page.keyboard.press('ArrowDown')
  await expect(select.locator('option:checked')).toHaveText('Exemple minimal')
  await page.keyboard.press('Tab')
  await expect(card.getByRole('button', { name: /Lancer une évaluation/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /Évaluation\s:\sExemple minimal/ })).toBeVisible()
  await expect(question(page, 'gouv-schema')).toBeVisible()
})

test('a structure imported under the id « constructor » starts an assessment', async ({ page }) => {
  await page.goto('./')
  await importBackup(page, backupText({ structures: [structure('constructor', 'EHPAD Constructeur')] }))
  await page.goto('./')
  await startAssessment(page, 'EHPAD Constructeur', QUESTIONNAIRE)
  await expect(page.locator('.meta').filter({ hasText: 'EHPAD Constructeur' }).first()).toBeVisible()
  await answer(page, 'gouv-schema-directeur', 'valide')
})

test('an imported value that is not a choice of its question is kept, and told until answered again', async ({
  page,
}) => {
  const text = backupText({
    structures: [structure('constructor', 'EHPAD Constructeur')],
    assessments: [
      {
        id: 'toString',
        structureId: 'constructor',
        questionnaireId: 'autodiagnostic-maturite-si-esms',
        questionnaireVersion: builtin().version,
        status: 'in-progress',
        currentPage: null,
        respondents: [],
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    answers: [
      {
        assessmentId: 'toString',
        questionId: 'gouv-schema-directeur',
        value: 'option-inventee',
        comment: 'Gardée telle quelle',
        updatedAt: T0,
      },
    ],
  })
  await page.goto('./')
  await importBackup(page, text)
  await page.goto('./')
  await page.getByRole('link', { name: /Reprendre/ }).click()
  const notice = page.getByTestId('invalid-answers')
  await expect(notice).toContainText('1 réponse enregistrée ne correspond à aucun choix de sa question')
  await expect(notice).toContainText('valeur enregistrée : « option-inventee »')
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBeNull()
  await expect(question(page, 'gouv-schema-directeur').getByRole('textbox')).toHaveValue('Gardée telle quelle')
  // Answering the question again replaces the value, and the notice goes.
  await answer(page, 'gouv-schema-directeur', 'en-redaction')
  await expect(notice).toHaveCount(0)
})

test('a batch of files that holds no backup says so', async ({ page }) => {
  await page.goto('./#/atelier')
  await page.getByLabel('Choisir les fichiers (plusieurs possibles)').setInputFiles([
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('des notes') },
    { name: 'liste.txt', mimeType: 'text/plain', buffer: Buffer.from('une liste') },
  ])
  await expect(page.getByTestId('batch-nothing')).toContainText(
    'Rien n’a été importé : aucun des 2 fichiers choisis n’est ni un fichier .json ni une archive .zip.',
  )
  await page
    .getByLabel('Choisir les fichiers (plusieurs possibles)')
    .setInputFiles([{ name: 'tronque.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "capsi-b') }])
  await expect(page.getByTestId('batch-review')).toContainText('tronque.json')
  await expect(page.getByTestId('batch-nothing')).toContainText('Aucun fichier ne peut être importé')
  // Nothing to import: no button to confirm, only to cancel.
  await expect(page.getByRole('button', { name: /^Importer/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByTestId('batch-review')).toHaveCount(0)
})

test('texts typed up to their bound are counted near it, exported and imported back in a browser with no data', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000)
  await page.goto('./')
  await createStructure(page, { name: 'EHPAD Les Bornes', finess: '750712184', category: 'EHPAD' })
  await startAssessment(page, 'EHPAD Les Bornes', QUESTIONNAIRE)
  const box = question(page, 'gouv-schema-directeur').getByRole('textbox')
  await saved(page, () => box.fill('é'.repeat(12_000)))
  expect(await lengthOf(box)).toBe(10_000)
  const count = question(page, 'gouv-schema-directeur').getByTestId('text-count')
  await expect(count).toHaveText('10000 caractères sur 10000')
  await expect(box).toHaveAttribute('aria-describedby', (await count.getAttribute('id')) ?? 'count')
  await expect(question(page, 'gouv-schema-directeur').getByRole('status')).toHaveText(
    'Limite atteinte : 10000 caractères au plus.',
  )
  expect(await violations(page)).toEqual([])
  // An answer that calls for an action, whose owner is typed next.
  await answer(page, 'gouv-schema-directeur', 'aucun')

  await page
    .getByRole('navigation', { name: 'Pages de l’évaluation' })
    .getByRole('link', { name: 'Plan d’action' })
    .click()
  const card = page.locator('.action-card').first()
  const owner = card.getByLabel('Responsable')
  await owner.fill('R'.repeat(636))
  expect(await lengthOf(owner)).toBe(500)
  await expect(card.getByTestId('text-count').first()).toHaveText('500 caractères sur 500')
  // Saved as typed: still there after a reload.
  await expect
    .poll(async () => {
      await page.reload()
      return lengthOf(page.locator('.action-card').first().getByLabel('Responsable'))
    })
    .toBe(500)

  await page.goto('./#/donnees')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter toutes mes données' }).click()
  const exported = await readFile((await (await downloading).path()) ?? '', 'utf8')
  const data = (JSON.parse(exported) as { data: { answers: { comment: string }[]; actionEdits: { owner: string }[] } })
    .data
  expect(data.answers.map((a) => a.comment.length)).toEqual([10_000])
  expect(data.actionEdits.map((e) => e.owner.length)).toEqual([500])

  const context = await browser.newContext({ baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
  const fresh = await context.newPage()
  await fresh.goto('./')
  await importBackup(fresh, exported)
  await fresh.goto('./')
  await fresh.getByRole('link', { name: /Reprendre/ }).click()
  expect(await lengthOf(question(fresh, 'gouv-schema-directeur').getByRole('textbox'))).toBe(10_000)
  await context.close()
})
