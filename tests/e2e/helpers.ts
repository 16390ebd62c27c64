/** Shared steps of the end-to-end tests: what a person does in the app. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export { CHROMIUM } from '../../scripts/chromium.mjs'

/**
 * The rules axe checks, in Chromium and in Firefox: WCAG 2.0 and 2.1 at levels A and AA, and axe's
 * best practices (landmarks, heading order, a single main region…), which RGAA also checks in its own words.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/** The rules axe finds broken on the page, one line each (rule: elements). */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

export interface StructureFields {
  name: string
  finess: string
  category: string
  capacity?: string
  organisation?: string
}

export async function createStructure(page: Page, fields: StructureFields): Promise<void> {
  await page.getByLabel('Nom de la structure').fill(fields.name)
  await page.getByLabel('Numéro FINESS (établissement)').fill(fields.finess)
  await page.getByLabel('Catégorie').selectOption(fields.category)
  if (fields.capacity) await page.getByLabel('Capacité (places autorisées)').fill(fields.capacity)
  if (fields.organisation) await page.getByLabel('Organisme gestionnaire', { exact: true }).fill(fields.organisation)
  await page.getByRole('button', { name: 'Créer la structure' }).click()
  await expect(page.getByRole('heading', { level: 2, name: fields.name })).toBeVisible()
}

/** Starts an assessment of the given questionnaire for the structure, from the home screen. */
export async function startAssessment(page: Page, structureName: string, questionnaireTitle: string): Promise<void> {
  const card = page.getByTestId('structure-card').filter({ has: page.getByRole('heading', { name: structureName }) })
  await card.getByLabel('Questionnaire').selectOption({ label: questionnaireTitle })
  await card.getByRole('button', { name: /Lancer une évaluation/ }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`Évaluation\\s:\\s${questionnaireTitle}`) }),
  ).toBeVisible()
}

export function question(page: Page, id: string) {
  return page.locator(`[data-name="${id}"]`)
}

async function savedCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('save-status').getAttribute('data-saved-count'))
}

/** Runs a change and waits until the app confirms it is durably saved. */
export async function saved(page: Page, change: () => Promise<unknown>): Promise<void> {
  const before = await savedCount(page)
  await change()
  const status = page.getByTestId('save-status')
  await expect.poll(() => savedCount(page)).toBeGreaterThan(before)
  await expect(status).toHaveAttribute('data-pending', '0')
  await expect(status).toHaveText(/Enregistré à/)
}

/** Chooses an answer (option value or reserved value) and waits until it is durably saved. */
export async function answer(page: Page, questionId: string, value: string): Promise<void> {
  const option = question(page, questionId)
    .locator('label')
    .filter({ has: page.locator(`input[type="radio"][value="${value}"]`) })
  await saved(page, () => option.click())
}

export async function comment(page: Page, questionId: string, text: string): Promise<void> {
  await saved(page, () => question(page, questionId).getByRole('textbox').fill(text))
}

/**
 * A pattern's source for a text as the browser names it: special characters escaped, and any space,
 * the non-breaking ones of French typography included, matching any space (accessible names use plain ones).
 */
export function textPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+')
}

export async function goToDomain(page: Page, domainTitle: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Domaines du questionnaire' })
    .getByRole('button', { name: new RegExp(`^${textPattern(domainTitle)}`) })
    .click()
}

export async function checkedValue(page: Page, questionId: string): Promise<string | null> {
  return question(page, questionId)
    .locator('input[type="radio"]:checked')
    .getAttribute('value', { timeout: 2000 })
    .catch(() => null)
}

/** The results screen's button that makes the report, and what the screen says when it could not. */
export const reportButton = (page: Page) => page.getByRole('button', { name: 'Télécharger le rapport PDF' })
export const REPORT_FAILED =
  'Le rapport n’a pas pu être produit. Réessayez ; si le problème persiste, exportez vos données.'

/** Downloads the report from the results screen; returns its text as read back by pdftotext, its path and its name. */
export async function downloadPdf(page: Page): Promise<{ text: string; path: string; name: string }> {
  const downloadPromise = page.waitForEvent('download')
  await reportButton(page).click()
  const download = await downloadPromise
  const path = (await download.path()) ?? ''
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  return { text, path, name: download.suggestedFilename() }
}

/** Opens the assessment's action plan and exports it; returns the CSV's text. */
export async function exportPlanCsv(page: Page): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Pages de l’évaluation' })
    .getByRole('link', { name: 'Plan d’action' })
    .click()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: /Exporter le plan/ }).click()
  return readFileSync((await (await downloadPromise).path()) ?? '', 'utf8')
}
