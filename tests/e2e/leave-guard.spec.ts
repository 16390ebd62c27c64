import { expect, test, type Page } from '@playwright/test'
import { createStructure, violations } from './helpers'

// A form saved only when submitted: leaving its screen with something typed asks first.
const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' })
const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' })

async function typeGroupName(page: Page, name: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'Atelier' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible()
  await page.getByLabel('Nom du groupe').fill(name)
}

test('a link away from a form with unsaved input asks; « Rester » keeps the input, the address and the focus', async ({
  page,
}) => {
  await page.goto('./')
  await typeGroupName(page, 'Grappe du Nord')
  const link = nav(page).getByRole('link', { name: 'Mes données' })
  await link.focus()
  await page.keyboard.press('Enter')

  await expect(leaveDialog(page)).toBeVisible()
  await expect(leaveDialog(page)).toContainText('n’est pas encore enregistré')
  expect(await violations(page)).toEqual([])

  await leaveDialog(page).getByRole('button', { name: 'Rester' }).click()
  await expect(leaveDialog(page)).toBeHidden()
  await expect(page).toHaveURL(/#\/atelier$/)
  await expect(page).toHaveTitle('Atelier — CapSI')
  await expect(page.getByLabel('Nom du groupe')).toHaveValue('Grappe du Nord')
  await expect(link).toBeFocused()

  await link.click()
  await leaveDialog(page).getByRole('button', { name: 'Quitter sans enregistrer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  await expect(page).toHaveURL(/#\/donnees$/)
})

test('the back button and an address typed are guarded too', async ({ page }) => {
  await page.goto('./')
  await typeGroupName(page, 'Grappe du Sud')

  await page.goBack()
  await expect(leaveDialog(page)).toBeVisible()
  await leaveDialog(page).getByRole('button', { name: 'Rester' }).click()
  await expect(page).toHaveURL(/#\/atelier$/)
  await expect(page.getByLabel('Nom du groupe')).toHaveValue('Grappe du Sud')

  await page.evaluate(() => {
    location.hash = '#/accessibilite'
  })
  await expect(leaveDialog(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(leaveDialog(page)).toBeHidden()
  await expect(page).toHaveURL(/#\/atelier$/)
  await expect(page.getByLabel('Nom du groupe')).toHaveValue('Grappe du Sud')

  await page.goBack()
  await leaveDialog(page).getByRole('button', { name: 'Quitter sans enregistrer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
})

test('closing the page with unsaved input makes the browser ask', async ({ page }) => {
  await page.goto('./')
  await typeGroupName(page, 'Grappe de l’Est')
  // The browser's question is answered « Quitter », so that the page really closes once asked.
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type())
      void dialog.accept()
    })
  })
  const closed = page.waitForEvent('close')
  await page.close({ runBeforeUnload: true })
  expect(await asked).toBe('beforeunload')
  await closed
})

test('a saved form, or a screen that saves as it goes, leaves without a question', async ({ page }) => {
  await page.goto('./')
  await createStructure(page, { name: 'EHPAD Les Tilleuls', finess: '130000003', category: 'EHPAD' })
  await nav(page).getByRole('link', { name: 'Mes données' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  await expect(leaveDialog(page)).toBeHidden()

  // The group form is emptied once the group is created, on the way to the group's screen.
  await typeGroupName(page, 'Grappe créée')
  await page.getByRole('checkbox', { name: /EHPAD Les Tilleuls/ }).check()
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Grappe créée/ })).toBeVisible()
  await expect(leaveDialog(page)).toBeHidden()
})

test('a link of the error summary moves to its field, and neither leaves the screen nor asks', async ({ page }) => {
  await page.goto('./')
  await page.getByLabel('Nom de la structure').fill('EHPAD Sans FINESS')
  await page.getByRole('button', { name: 'Créer la structure' }).click()
  await page
    .getByRole('alert')
    .getByRole('link', { name: /^Numéro FINESS/ })
    .click()
  await expect(page.getByLabel('Numéro FINESS (établissement)')).toBeFocused()
  await expect(leaveDialog(page)).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  await expect(page.getByLabel('Nom de la structure')).toHaveValue('EHPAD Sans FINESS')
})
