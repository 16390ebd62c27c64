import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import {
  answer,
  CHROMIUM,
  checkedValue,
  comment,
  createStructure,
  goToDomain,
  question,
  startAssessment,
} from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'

test('a wrong FINESS number is refused with a clear French message, and nothing is created', async ({ page }) => {
  await page.goto('./')
  await page.getByLabel('Nom de la structure').fill('Foyer Les Érables')
  await page.getByLabel('Numéro FINESS (établissement)').fill('750712185')
  await page.getByLabel('Catégorie').selectOption('FAM')
  await page.getByRole('button', { name: 'Créer la structure' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' })).toBeVisible()
  await expect(page.getByText('la clé de contrôle (dernier chiffre) ne correspond pas').first()).toBeVisible()
  await expect(page.getByLabel('Numéro FINESS (établissement)')).toHaveAttribute('aria-invalid', 'true')
  await page.reload()
  await expect(page.getByTestId('structure-card')).toHaveCount(0)
})

test('answers across two domains, with a comment, survive a reload and show progress', async ({ page }) => {
  await page.goto('./')
  await createStructure(page, {
    name: 'EHPAD Les Tilleuls',
    finess: '750712184',
    category: 'EHPAD',
    capacity: '80',
    organisation: 'Association Horizon',
  })
  await startAssessment(page, 'EHPAD Les Tilleuls', QUESTIONNAIRE)

  await answer(page, 'gouv-schema-directeur', 'en-redaction')
  await comment(page, 'gouv-schema-directeur', 'Rédaction prévue avec l’OG en 2027 — à suivre')
  await answer(page, 'gouv-budget-si', 'ne-sait-pas')
  await goToDomain(page, 'Sécurité et protection des données')
  await expect(question(page, 'secu-registre')).toBeVisible()
  await answer(page, 'secu-registre', 'pas-de-registre')

  await expect(page.getByTestId('overall-progress')).not.toHaveText('Progression : 0 %')
  const nav = page.getByRole('navigation', { name: 'Domaines du questionnaire' })
  await expect(
    nav.getByRole('button', { name: /^Gouvernance et stratégie SI\s:\s2 questions répondues/ }),
  ).toBeVisible()

  await page.reload()
  // The page the user was on is restored.
  await expect(question(page, 'secu-registre')).toBeVisible()
  expect(await checkedValue(page, 'secu-registre')).toBe('pas-de-registre')
  await goToDomain(page, 'Gouvernance et stratégie SI')
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('en-redaction')
  expect(await checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')
  await expect(question(page, 'gouv-schema-directeur').getByRole('textbox')).toHaveValue(
    'Rédaction prévue avec l’OG en 2027 — à suivre',
  )

  await page.getByRole('link', { name: 'Mes structures' }).click()
  const row = page.getByTestId('assessment-row')
  await expect(row).toContainText('En cours')
  await expect(row).toContainText(/[1-9]\d? % répondu/)
})

test('closing the browser without any unload handling loses nothing', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'capsi-profile-'))
  try {
    let context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, baseURL })
    let page = await context.newPage()
    await page.goto('./')
    await createStructure(page, { name: 'SSIAD du Val', finess: '130000003', category: 'SSIAD' })
    await startAssessment(page, 'SSIAD du Val', QUESTIONNAIRE)
    await answer(page, 'gouv-schema-directeur', 'valide')
    await comment(page, 'gouv-schema-directeur', 'Validé en CA')
    const url = page.url()
    // Close the whole browser context at once: no beforeunload, no pagehide work gets a chance to run.
    await context.close()

    context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, baseURL })
    page = await context.newPage()
    await page.goto(url)
    await expect(question(page, 'gouv-schema-directeur')).toBeVisible()
    expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('valide')
    await expect(question(page, 'gouv-schema-directeur').getByRole('textbox')).toHaveValue('Validé en CA')
    await context.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

test('the home page makes no request outside its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin
  const outside: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(request.url())
  })
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  await page.waitForLoadState('load')
  // Every resource the page loaded, as the browser itself recorded them.
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
  expect(resources.length).toBeGreaterThan(0)
  expect(resources.filter((url) => new URL(url).origin !== origin)).toEqual([])
  expect(outside).toEqual([])
})

test('the page is in French and a deleted assessment asks for confirmation first', async ({ page }) => {
  await page.goto('./')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await createStructure(page, { name: 'IME Les Sources', finess: '130000003', category: 'IME' })
  await startAssessment(page, 'IME Les Sources', QUESTIONNAIRE)
  await page.getByRole('link', { name: 'Mes structures' }).click()
  // Its name, as read out, says which assessment it deletes.
  const today = new Date().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })
  await expect(page.getByRole('button', { name: `Supprimer l’évaluation du ${today}`, exact: true })).toBeVisible()
  await page.getByRole('button', { name: /Supprimer l’évaluation/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Supprimer l’évaluation' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByTestId('assessment-row')).toHaveCount(1)
  await page.getByRole('button', { name: /Supprimer l’évaluation/ }).click()
  await dialog.getByRole('button', { name: 'Supprimer' }).click()
  await expect(page.getByTestId('assessment-row')).toHaveCount(0)
  await page.reload()
  await expect(page.getByText('Aucune évaluation pour cette structure.')).toBeVisible()
})
