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
  // The first tab keeps editing, and the second one follows.
  await expect(page.getByTestId('read-only')).toHaveCount(0)
  await answer(page, 'gouv-schema-directeur', 'revu-annuellement')
  await expect.poll(() => checkedValue(second, 'gouv-schema-directeur')).toBe('revu-annuellement')

  // While the first tab still edits, the second one says so and stays read-only.
  await second.getByRole('button', { name: /Modifier ici/ }).click()
  await expect(second.getByRole('status').filter({ hasText: 'toujours ouverte en modification' })).toBeVisible()
  await expect(second.getByTestId('read-only')).toBeVisible()
  await expect(other).toHaveAttribute('readonly', '')
  expect(await violations(second)).toEqual([])

  // Once the first tab leaves the assessment, the second one can take over, even at once.
  await page.getByRole('link', { name: 'Mes structures' }).click()
  await second.getByRole('button', { name: /Modifier ici/ }).click()
  await expect(second.getByTestId('read-only')).toHaveCount(0)
  await answer(second, 'gouv-budget-si', 'ne-sait-pas')
  await page.reload()
  await page.getByRole('link', { name: /Reprendre/ }).click()
  await expect(page.getByTestId('read-only')).toBeVisible()
  expect(await checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('revu-annuellement')
})
