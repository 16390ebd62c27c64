import { expect, test } from '@playwright/test'

// The built page holds the home screen, written at build time from the app's own components, so that
// it shows before the app's code has loaded. These tests hold that code back to see the page alone.
const APP_CODE = '**/assets/*.js'

test('the home screen shows before the app has loaded, and takes no input until the app has', async ({ page }) => {
  await page.route(APP_CODE, (route) => route.abort())
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes données' })).toBeVisible()
  await expect(page.getByLabel('Nom de la structure')).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Créer la structure' })).toBeDisabled()

  await page.unroute(APP_CODE)
  await page.reload()
  await expect(page.getByLabel('Nom de la structure')).toBeEnabled()
  await page.getByLabel('Nom de la structure').fill('EHPAD Premier Écran')
  await expect(page.getByLabel('Nom de la structure')).toHaveValue('EHPAD Premier Écran')
  // The app has replaced the written copy: one home screen, no trace of the copy.
  await expect(page.locator('[data-prerendered]')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
})

test('opened on another screen, the page never shows the home screen it holds', async ({ page }) => {
  await page.route(APP_CODE, (route) => route.abort())
  await page.goto('./#/donnees')
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '')
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toBeHidden()

  await page.unroute(APP_CODE)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes structures' })).toHaveCount(0)
})
