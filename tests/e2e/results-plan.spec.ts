import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { answer, createStructure, goToDomain, saved, startAssessment, violations } from './helpers'
import { readCsv } from '../csv-reader'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'

function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff)
  return readCsv(text)
}

/** Answers every visible question of the current domain page with its level-2 option. */
async function answerDomainAtLevel2(page: Page): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const pending = page.locator('[data-name]:not(:has(input[type="radio"]:checked))')
    if ((await pending.count()) === 0) return
    const options = pending
      .first()
      .locator('label')
      .filter({ has: page.locator('input[type="radio"]:not([value="ne-sait-pas"]):not([value="non-applicable"])') })
    await saved(page, () => options.nth(2).click())
  }
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await violations(page)).toEqual([])
}

test('results show scores with coverage, a target that persists, and the radar’s values as text', async ({ page }) => {
  const definition = JSON.parse(
    readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
  ) as {
    domains: { id: string; title: string; questions: unknown[] }[]
  }
  const data = definition.domains.find((d) => d.id === 'donnees')
  const gouv = definition.domains.find((d) => d.id === 'gouvernance')
  await page.goto('./')
  await createStructure(page, { name: 'EHPAD Résultats', finess: '750712184', category: 'EHPAD' })
  await startAssessment(page, 'EHPAD Résultats', QUESTIONNAIRE)
  await answer(page, 'gouv-schema-directeur', 'aucun')
  await goToDomain(page, data?.title ?? '')
  await answerDomainAtLevel2(page)

  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).click()
  await expect(page.getByTestId('global-score')).toHaveText('En construction — 2,0 sur 4 (50 %)')
  const rows = page.getByTestId('domain-scores')
  await expect(rows.locator('tr[data-domain="donnees"]')).toContainText('2,0 / 4 (50 %)')
  await expect(rows.locator('tr[data-domain="donnees"]')).toContainText('En construction')
  // One answer out of eight: not scored low, but shown as not assessable, with its coverage.
  await expect(rows.locator('tr[data-domain="gouvernance"]')).toContainText('Non évaluable')
  await expect(rows.locator('tr[data-domain="gouvernance"]')).toContainText(`1 / ${gouv?.questions.length}`)

  const radar = page.getByTestId('radar-table')
  await expect(radar.locator('tr[data-domain="donnees"]')).toContainText('2,0')
  await expect(radar.locator('tr[data-domain="gouvernance"]')).toContainText('non évaluable')
  await expect(page.locator('canvas[role="img"]')).toBeVisible()

  await saved(page, () => rows.locator('tr[data-domain="donnees"]').getByRole('combobox').selectOption('4'))
  await page.reload()
  await expect(
    page.getByTestId('domain-scores').locator('tr[data-domain="donnees"]').getByRole('combobox'),
  ).toHaveValue('4')
  await expect(page.getByTestId('radar-table').locator('tr[data-domain="donnees"] td').nth(1)).toHaveText('4')

  // The weakest point links back to its question.
  await page.getByTestId('weakest').getByRole('link').first().click()
  await expect(page.locator('[data-name="gouv-schema-directeur"]')).toBeVisible()
})

test('action edits survive a change of answer, the plan exports to CSV, and both screens pass axe', async ({
  page,
}) => {
  await page.goto('./')
  await createStructure(page, { name: 'IME Plan', finess: '750712184', category: 'IME' })
  await startAssessment(page, 'IME Plan', QUESTIONNAIRE)
  await answer(page, 'gouv-schema-directeur', 'aucun')
  await answer(page, 'gouv-budget-si', 'ne-sait-pas')

  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).click()
  await expect(page.getByTestId('global-score')).toBeVisible()
  await expectNoAxeViolations(page)

  await page
    .getByRole('navigation', { name: 'Pages de l’évaluation' })
    .getByRole('link', { name: 'Plan d’action' })
    .click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Actions, de la plus prioritaire à la moins prioritaire' }),
  ).toBeVisible()
  const action = page.locator('[data-action="act-rediger-schema-directeur-si"]')
  await expect(action).toContainText('Prioritaire')
  await expect(page.locator('[data-action="act-construire-budget-si"]')).toBeVisible()
  await saved(page, () => action.getByLabel('Statut').selectOption({ label: 'En cours' }))
  await saved(page, () => action.getByLabel('Responsable').fill('Mme Martin, directrice'))
  await saved(page, () => action.getByLabel('Échéance').fill('2027-03-31'))
  await expect(page.getByTestId('plan-progress')).toContainText('1 en cours')
  await expectNoAxeViolations(page)

  // Change the answer that brought the action: the edit is kept and the action is marked.
  await page
    .getByRole('navigation', { name: 'Pages de l’évaluation' })
    .getByRole('link', { name: 'Questionnaire' })
    .click()
  await answer(page, 'gouv-schema-directeur', 'revu-annuellement')
  await page
    .getByRole('navigation', { name: 'Pages de l’évaluation' })
    .getByRole('link', { name: 'Plan d’action' })
    .click()
  await page.reload()
  await expect(action).toContainText('Plus nécessaire')
  await expect(action.getByLabel('Responsable')).toHaveValue('Mme Martin, directrice')
  await expect(action.getByLabel('Échéance')).toHaveValue('2027-03-31')

  await page.getByLabel('Affichage').selectOption({ label: 'Par étape de projet' })
  await expect(page.getByRole('heading', { level: 2, name: 'Organisation (hors projet DUI)' })).toBeVisible()
  // A status that no action has: said in words, and no empty group is left on screen.
  await page.getByLabel('Statut', { exact: true }).first().selectOption({ label: 'Abandonné' })
  await expect(page.getByText('Aucune action n’a ce statut.')).toBeVisible()
  await expect(page.locator('.plan-group')).toHaveCount(0)
  await page.getByLabel('Statut', { exact: true }).first().selectOption({ label: 'Tous les statuts' })
  await expect(action).toBeVisible()

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: /Exporter le plan/ }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^CapSI_plan-action_IME-Plan_\d{4}-\d{2}-\d{2}\.csv$/)
  const rows = parseCsv(readFileSync((await download.path()) ?? '', 'utf8'))
  const header = rows[0] ?? []
  expect(header).toContain('Action')
  const col = (name: string) => header.indexOf(name)
  const edited = rows.find((r) => r[col('Action')] === 'Rédiger un schéma directeur SI court et le faire valider')
  expect(edited?.[col('Responsable')]).toBe('Mme Martin, directrice')
  expect(edited?.[col('Échéance')]).toBe('31/03/2027')
  expect(edited?.[col('Statut')]).toBe('En cours')
  expect(edited?.[col('État')]).toBe('Plus nécessaire')
  const budget = rows.find(
    (r) => r[col('Action')] === 'Identifier les coûts du SI et construire un budget SI pluriannuel',
  )
  expect(budget?.[col('Prioritaire')]).toBe('oui')
  expect(rows.length).toBeGreaterThanOrEqual(3)
})
