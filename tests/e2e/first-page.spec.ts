import { expect, test, type Page, type Route } from '@playwright/test'
import {
  answer,
  checkedValue,
  comment,
  createStructure,
  goToDomain,
  question,
  startAssessment,
  violations,
} from './helpers'

// On a structure's slow link the survey engine (1.4 MB) takes seconds to come down after « Lancer une
// évaluation ». The page it will open on is drawn and answered meanwhile; held back here, the engine
// then arrives and takes its place with nothing lost and the focus where it was.
test.use({ serviceWorkers: 'block' })

const ENGINE = /\/assets\/QuestionnaireSurvey-[\w-]+\.js$/
const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'

/** Holds the engine's file until `release` is called. */
async function holdEngine(page: Page): Promise<() => void> {
  let release: () => void = () => undefined
  const released = new Promise<void>((done) => (release = done))
  await page.route(ENGINE, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

const engineShown = (page: Page) => page.getByRole('button', { name: 'Suivant' })

test('the first page is answered before the survey engine arrives, which keeps the answers, the domain and the focus', async ({
  page,
}) => {
  const release = await holdEngine(page)
  await page.goto('./')
  await createStructure(page, { name: 'EHPAD Les Tilleuls', finess: '750712184', category: 'EHPAD' })
  await startAssessment(page, 'EHPAD Les Tilleuls', QUESTIONNAIRE)

  // The first domain, its questions and the comment areas, before the engine.
  await expect(page.getByRole('heading', { level: 2, name: 'Gouvernance et stratégie SI' })).toBeVisible()
  await expect(question(page, 'gouv-schema-directeur').getByRole('radiogroup')).toBeVisible()
  await expect(engineShown(page)).toBeHidden()
  expect(await violations(page)).toEqual([])

  await answer(page, 'gouv-schema-directeur', 'en-redaction')
  await comment(page, 'gouv-schema-directeur', 'Projet porté par la direction générale')

  // Another domain from the navigation: its heading takes the focus; a condition is followed.
  await goToDomain(page, 'Couverture fonctionnelle : DUI et logiciels métier')
  await expect(page.getByRole('heading', { level: 2, name: /DUI et logiciels métier/ })).toBeFocused()
  await expect(question(page, 'dui-projet-personnalise')).toHaveCount(0)
  await answer(page, 'dui-presence', 'dui-complet')
  await expect(question(page, 'dui-projet-personnalise')).toBeVisible()

  // A choice made with the keyboard: the radio button keeps the focus.
  const firstChoice = question(page, 'dui-projet-personnalise').locator('input[type="radio"]').first()
  await firstChoice.focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  const focusedValue = await page.evaluate(() => (document.activeElement as HTMLInputElement).value)
  await expect.poll(() => checkedValue(page, 'dui-projet-personnalise')).toBe(focusedValue)

  release()
  await expect(engineShown(page)).toBeVisible()
  // Same domain, same answers, the focus on the same choice.
  await expect(page.getByRole('heading', { level: 2, name: /DUI et logiciels métier/ })).toBeVisible()
  expect(await checkedValue(page, 'dui-presence')).toBe('dui-complet')
  expect(await checkedValue(page, 'dui-projet-personnalise')).toBe(focusedValue)
  await expect(page.locator(':focus')).toHaveAttribute('value', focusedValue)
  expect(await page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name'))).toBe(
    'dui-projet-personnalise',
  )

  // Everything was saved: after a reload, with the engine there at once.
  await page.reload()
  await goToDomain(page, 'Gouvernance et stratégie SI')
  await expect.poll(() => checkedValue(page, 'gouv-schema-directeur')).toBe('en-redaction')
  await expect(question(page, 'gouv-schema-directeur').getByRole('textbox')).toHaveValue(
    'Projet porté par la direction générale',
  )
  await goToDomain(page, 'Couverture fonctionnelle : DUI et logiciels métier')
  await expect.poll(() => checkedValue(page, 'dui-projet-personnalise')).toBe(focusedValue)
})

test('when the survey engine cannot be loaded, the page says so, keeps what was answered and tries again on request', async ({
  page,
}) => {
  let cut = true
  await page.route(ENGINE, (route) => (cut ? route.abort('internetdisconnected') : route.continue()))
  await page.goto('./')
  await createStructure(page, { name: 'SSIAD du Val', finess: '750712184', category: 'SSIAD' })
  await startAssessment(page, 'SSIAD du Val', QUESTIONNAIRE)

  const alert = page.getByRole('alert').filter({ hasText: 'La suite du questionnaire n’a pas pu être chargée' })
  await expect(alert).toBeVisible()
  await answer(page, 'gouv-schema-directeur', 'valide')

  cut = false
  await alert.getByRole('button', { name: 'Réessayer' }).click()
  await expect(engineShown(page)).toBeVisible()
  await expect(alert).toBeHidden()
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('valide')
})
