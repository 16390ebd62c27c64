import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { answer, checkedValue, createStructure, goToDomain, startAssessment } from './helpers'

const base = JSON.parse(readFileSync(new URL('../fixtures/exemple-mini.json', import.meta.url), 'utf8')) as {
  version: string
  title: string
  domains: { id: string; questions: { id: string }[] }[]
  actions: { triggers: { question: string }[] }[]
}

async function loadVariant(page: Page, definition: object): Promise<void> {
  await page.goto('./#/atelier')
  await page.getByLabel('Fichier de questionnaire (JSON)').setInputFiles({
    name: 'variante.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(definition)),
  })
  await page.getByRole('button', { name: 'Charger le questionnaire' }).click()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /chargé|version/ })
      .first(),
  ).toBeVisible()
}

test('moving an assessment to a newer questionnaire version is an explicit step that keeps unmapped answers visible', async ({
  page,
}) => {
  await page.goto('./')
  await createStructure(page, { name: 'Foyer Versions', finess: '750712184', category: 'Foyer de vie' })
  await loadVariant(page, base)
  await page.goto('./')
  await startAssessment(page, 'Foyer Versions', base.title)
  await answer(page, 'gouv-schema', 'valide')
  await goToDomain(page, 'Sécurité')
  await answer(page, 'secu-comptes', 'mixte')

  // Version 1.1.0 removes « secu-comptes »: nothing changes until the user asks for it.
  const next = structuredClone(base)
  next.version = '1.1.0'
  const security = next.domains.find((d) => d.id === 'securite')
  if (security) security.questions = security.questions.filter((q) => q.id !== 'secu-comptes')
  next.actions = next.actions.filter((a) => a.triggers.every((t) => t.question !== 'secu-comptes'))
  await loadVariant(page, next)
  await page.goto('./')
  await page.getByRole('link', { name: /Reprendre/ }).click()
  await expect(page.getByTestId('newer-version')).toContainText('1.1.0')
  await expect(page.locator('.meta').filter({ hasText: 'version 1.0.0' }).first()).toBeVisible()

  await page.getByRole('button', { name: 'Passer à la version 1.1.0' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Changer de version' }).click()
  await expect(page.getByText('Évaluation passée à la version 1.1.0.')).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('newer-version')).toHaveCount(0)
  await goToDomain(page, 'Gouvernance')
  expect(await checkedValue(page, 'gouv-schema')).toBe('valide')
  // The answer to the removed question stays visible, with its wording.
  await page.getByText(/Réponses conservées d’une version précédente \(1\)/).click()
  await expect(page.getByTestId('kept-orphans')).toContainText(
    'Version 1.0.0 — Chaque professionnel a-t-il son propre compte ? : Certains comptes partagés (question retirée)',
  )
})
