import { expect, test } from '@playwright/test'
import { createStructure, question, startAssessment } from './helpers'

test('without IndexedDB (some private modes) the user is told that nothing is saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  })
  await page.goto('./')
  const alert = page.getByTestId('storage-error')
  await expect(alert).toContainText('Vos réponses ne sont pas enregistrées')
  await expect(alert).toContainText('navigation privée')
})

test('a write refused for lack of space is reported, not swallowed', async ({ page }) => {
  // Once the flag is set, every IndexedDB write fails as it does when the disk is full.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { capsiDiskFull?: boolean }).capsiDiskFull) throw new DOMException('Quota exceeded', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await page.goto('./')
  await createStructure(page, { name: 'MAS Le Phare', finess: '130000003', category: 'MAS' })
  await startAssessment(page, 'MAS Le Phare', 'Autodiagnostic de maturité SI de l’ESMS')
  await page.evaluate(() => {
    ;(window as unknown as { capsiDiskFull?: boolean }).capsiDiskFull = true
  })
  await question(page, 'gouv-schema-directeur').locator('label').filter({ hasText: /validé/i }).first().click()
  const alert = page.getByTestId('storage-error')
  await expect(alert).toContainText('Vos réponses ne sont pas enregistrées')
  await expect(alert).toContainText('espace de stockage du navigateur est plein')
  await expect(page.getByTestId('save-status')).not.toHaveText(/Enregistré à/)
})
