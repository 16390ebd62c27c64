import { expect, test } from '@playwright/test'
import { answer, checkedValue, createStructure, question, startAssessment, violations } from './helpers'

test('a second tab on the same assessment is read-only and cannot overwrite the first', async ({ context, page }) => {
  // Two tabs on a full questionnaire, an axe pass and a two-second wait for the lock: 20 to 30 s here.
  test.setTimeout(120_000)
  await page.goto('./')
  await createStructure(page, { name: 'MAS Deux Onglets', finess: '750712184', category: 'MAS' })
  await startAssessment(page, 'MAS Deux Onglets', 'Autodiagnostic de maturité SI de l’ESMS')
  await answer(page, 'gouv-schema-directeur', 'valide')

  const second = await context.newPage()
  await second.goto(page.url())
  await expect(second.getByTestId('read-only')).toContainText('lecture seule')
  expect(await checkedValue(second, 'gouv-schema-directeur')).toBe('valide')
  // The read-only tab's answers cannot be changed.
  const other = question(second, 'gouv-schema-directeur').locator('input[value="aucun"]')
  await expect(other).toHaveAttribute('readonly', '')
  await other.dispatchEvent('click')
  expect(await checkedValue(second, 'gouv-schema-directeur')).toBe('valide')
  await expect(second.getByTestId('read-only').getByRole('button', { name: 'Modifier ici' })).toBeVisible()
  // The first tab keeps editing, and the second one follows.
  await expect(page.getByTestId('read-only')).toHaveCount(0)
  await answer(page, 'gouv-schema-directeur', 'revu-annuellement')
  await expect.poll(() => checkedValue(second, 'gouv-schema-directeur')).toBe('revu-annuellement')

  expect(await violations(second)).toEqual([])

  // « Modifier ici » takes the editing over at once; the first tab becomes read-only and is told why.
  await second.getByRole('button', { name: 'Modifier ici' }).click()
  await expect(second.getByTestId('read-only')).toHaveCount(0)
  await expect(second.getByTestId('took-over')).toBeFocused()
  await expect(page.getByTestId('read-only')).toContainText('La modification a été reprise dans un autre onglet')
  await expect(question(page, 'gouv-schema-directeur').locator('input[value="aucun"]')).toHaveAttribute('readonly', '')
  await answer(second, 'gouv-budget-si', 'ne-sait-pas')
  await expect.poll(() => checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')

  // And back: the first tab takes it over again, the second one becomes read-only.
  await page.getByRole('button', { name: 'Modifier ici' }).click()
  await expect(page.getByTestId('read-only')).toHaveCount(0)
  await expect(second.getByTestId('read-only')).toBeVisible()
  await answer(page, 'gouv-schema-directeur', 'aucun')

  // Leaving the assessment lets it go: a reload of the second tab edits it, with every answer saved.
  await page.getByRole('link', { name: 'Mes structures' }).click()
  await second.reload()
  await expect(second.getByRole('heading', { level: 1, name: /Évaluation/ })).toBeVisible()
  await expect(second.getByTestId('read-only')).toHaveCount(0)
  expect(await checkedValue(second, 'gouv-budget-si')).toBe('ne-sait-pas')
  expect(await checkedValue(second, 'gouv-schema-directeur')).toBe('aucun')
})
