import { expect, test } from '@playwright/test'
import { answer, checkedValue, createStructure, question, startAssessment } from './helpers'

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
      if ((window as unknown as { capsiDiskFull?: boolean }).capsiDiskFull)
        throw new DOMException('Quota exceeded', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await page.goto('./')
  await createStructure(page, { name: 'MAS Le Phare', finess: '130000003', category: 'MAS' })
  await startAssessment(page, 'MAS Le Phare', 'Autodiagnostic de maturité SI de l’ESMS')
  await page.evaluate(() => {
    ;(window as unknown as { capsiDiskFull?: boolean }).capsiDiskFull = true
  })
  await question(page, 'gouv-schema-directeur')
    .locator('label')
    .filter({ hasText: /validé/i })
    .first()
    .click()
  const alert = page.getByTestId('storage-error')
  await expect(alert).toContainText('Vos réponses ne sont pas enregistrées')
  await expect(alert).toContainText('espace de stockage du navigateur est plein')
  await expect(page.getByTestId('save-status')).not.toHaveText(/Enregistré à/)
})

test('a choice that could not be saved is undone on screen, which shows the answer really saved and says so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { capsiDiskFull?: boolean }).capsiDiskFull)
        throw new DOMException('Quota exceeded', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await page.goto('./')
  await createStructure(page, { name: 'MAS Le Phare', finess: '130000003', category: 'MAS' })
  await startAssessment(page, 'MAS Le Phare', 'Autodiagnostic de maturité SI de l’ESMS')
  await answer(page, 'gouv-schema-directeur', 'en-redaction')
  const savedStatus = await page.getByTestId('save-status').textContent()

  await page.evaluate(() => {
    ;(window as unknown as { capsiDiskFull?: boolean }).capsiDiskFull = true
  })
  const schema = question(page, 'gouv-schema-directeur')
  await schema
    .locator('label')
    .filter({ has: page.locator('input[value="valide"]') })
    .click()

  // The screen goes back to the answer that is saved, and says why, at the question and in the header.
  await expect(schema.getByRole('alert')).toHaveText(
    'Ce choix n’a pas pu être enregistré : la réponse cochée est la dernière enregistrée.',
  )
  await expect(schema.locator('input[value="en-redaction"]')).toBeChecked()
  await expect(schema.locator('input[value="valide"]')).not.toBeChecked()
  await expect(page.getByTestId('save-status')).toHaveText('Dernière modification non enregistrée')
  await expect(page.getByTestId('save-status')).not.toHaveText(savedStatus ?? '')
  await expect(page.getByTestId('storage-error')).toContainText('espace de stockage du navigateur est plein')
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('en-redaction')

  // Space again: the next choice is saved, the message goes, and a reload shows the same answer.
  await page.evaluate(() => {
    ;(window as unknown as { capsiDiskFull?: boolean }).capsiDiskFull = false
  })
  await answer(page, 'gouv-schema-directeur', 'valide')
  await expect(schema.getByRole('alert')).toHaveCount(0)
  await page.reload()
  await expect(question(page, 'gouv-schema-directeur').locator('input[value="valide"]')).toBeChecked()
})
