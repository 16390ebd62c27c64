import { expect, test } from '@playwright/test'
import { answer, createStructure, reportButton, startAssessment, violations } from './helpers'

test('home, questionnaire and accessibility statement have no axe violations', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  expect(await violations(page)).toEqual([])

  // The form with its error messages shown.
  await page.getByRole('button', { name: 'Créer la structure' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' })).toBeVisible()
  expect(await violations(page)).toEqual([])

  await createStructure(page, { name: 'FAM Accessible', finess: '750712184', category: 'FAM', capacity: '30' })
  expect(await violations(page)).toEqual([])
  await startAssessment(page, 'FAM Accessible', 'Autodiagnostic de maturité SI de l’ESMS')
  await answer(page, 'gouv-schema-directeur', 'valide')
  expect(await violations(page)).toEqual([])

  await page.getByRole('link', { name: 'Accessibilité' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('a structure can be created and a question answered with the keyboard only', async ({ page }) => {
  await page.goto('./#/donnees')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused()
  // The skip link moves the focus to the content and stays on the same screen.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  expect(new URL(page.url()).hash).toBe('#/donnees')
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes structures' })
    .focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  await page.getByLabel('Nom de la structure').focus()
  await page.keyboard.type('SAAD Clavier')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Numéro FINESS (établissement)')).toBeFocused()
  await page.keyboard.type('750712184')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Catégorie')).toBeFocused()
  await page.getByLabel('Catégorie').selectOption('SAAD')
  await page.getByRole('button', { name: 'Créer la structure' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'SAAD Clavier' })).toBeVisible()
  await page.getByRole('button', { name: /Lancer une évaluation — SAAD Clavier/ }).focus()
  await page.keyboard.press('Enter')
  const first = page.locator('[data-name="gouv-schema-directeur"] input[type="radio"]').first()
  await first.focus()
  await page.keyboard.press('Space')
  await expect(first).toBeChecked()
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('[data-name="gouv-schema-directeur"] input[value="notes-isolees"]')).toBeChecked()
  await expect(page.getByTestId('save-status')).toHaveText(/Enregistré à/)

  // Results, read and exported with the keyboard: focus the tab link, press Enter, then Tab to the export.
  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('global-score')).toBeVisible()
  await expect(page.getByTestId('radar-table')).toContainText('Gouvernance et stratégie SI')
  const download = page.waitForEvent('download')
  await reportButton(page).focus()
  await expect(reportButton(page)).toBeFocused()
  // The focused control is visibly outlined.
  const outline = await reportButton(page).evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).toBe('solid')
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/^CapSI_SAAD-Clavier_.*\.pdf$/)
})
