import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { question, textPattern, violations } from './helpers'

/**
 * A director's run with the keyboard alone: only Tab (and Shift+Tab), Enter and Space, and typing in
 * fields. After each step the focus must be where their attention is, and a screen reader told so.
 */

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const definition = JSON.parse(readFileSync('questionnaires/autodiagnostic-maturite-si-esms.json', 'utf8')) as {
  domains: { id: string; title: string; questions: { id: string }[] }[]
}
const [, second, third] = definition.domains
const last = definition.domains.at(-1)
if (!second || !third || !last) throw new Error('The questionnaire has fewer than three domains')

/** Presses `key` until `target` has the focus; fails after `max` presses. Returns how many were needed. */
async function pressUntilFocused(page: Page, target: Locator, max: number, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key)
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return presses
  }
  throw new Error(`${key} pressed ${max} times without reaching the element`)
}

/** The polite region that tells a screen reader which screen has opened. */
const announcer = (page: Page) => page.getByTestId('page-announcer')

/** Opens the home screen and waits until the app runs it (the built page shows it before). */
async function openHome(page: Page): Promise<void> {
  await page.goto('./')
  await expect(page.locator('[data-capsi-started]')).toHaveCount(1)
}

/** Fills the structure form with the keyboard and submits it with Enter. */
async function createStructureWithKeyboard(page: Page, name: string): Promise<void> {
  await pressUntilFocused(page, page.getByLabel('Nom de la structure'), 40)
  await page.keyboard.type(name)
  await page.keyboard.press('Tab')
  await page.keyboard.type('130000003')
  await page.keyboard.press('Tab')
  await page.keyboard.type('MAS')
  await expect(page.getByLabel('Catégorie')).toHaveValue('MAS')
  // Capacity, organisation and the profile's facts come before the button.
  await pressUntilFocused(page, page.getByRole('button', { name: 'Créer la structure' }), 12)
  await page.keyboard.press('Enter')
}

test('a structure created with the keyboard takes the focus, and Tab goes on inside it', async ({ page }) => {
  await openHome(page)
  // The home screen does not take the focus on load: the skip link stays the first stop.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused()

  await createStructureWithKeyboard(page, 'MAS Le Phare')
  await expect(page.getByRole('heading', { level: 2, name: 'MAS Le Phare' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Structure créée.' })).toHaveCount(1)
  // The next stops are the card's own: its edit link, then its export.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Modifier MAS Le Phare' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Exporter MAS Le Phare' })).toBeFocused()
})

test('launching, choosing a domain, moving on and finishing each put the focus on the new screen or page', async ({
  page,
}) => {
  // A long run, with two accessibility audits, on a shared machine.
  test.setTimeout(150_000)
  await openHome(page)
  await createStructureWithKeyboard(page, 'MAS Le Phare')
  await expect(page.getByRole('heading', { level: 2, name: 'MAS Le Phare' })).toBeFocused()

  // « Lancer une évaluation »: the new screen's heading has the focus, and its title is announced.
  await pressUntilFocused(page, page.getByRole('button', { name: 'Lancer une évaluation — MAS Le Phare' }), 10)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `Évaluation : ${QUESTIONNAIRE}` })).toBeFocused()
  await expect(announcer(page)).toHaveText('Évaluation — CapSI')
  await expect(page).toHaveTitle('Évaluation — CapSI')

  // Choosing a domain puts the focus on its heading; one Tab reaches its first question.
  const domains = page.getByRole('navigation', { name: 'Domaines du questionnaire' })
  await pressUntilFocused(page, domains.getByRole('button', { name: new RegExp(`^${textPattern(second.title)}`) }), 20)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: second.title })).toBeFocused()
  await page.keyboard.press('Tab')
  const firstChoice = question(page, second.questions[0]?.id ?? '')
    .getByRole('radio')
    .first()
  await expect(firstChoice).toBeFocused()
  await page.keyboard.press('Space')
  await expect(firstChoice).toBeChecked()
  await expect(page.getByTestId('save-status')).toHaveText(/Enregistré à/)

  // « Suivant » at the bottom of the page: the focus goes to the next domain's heading, not left below.
  await pressUntilFocused(page, page.getByRole('button', { name: 'Suivant' }), 60)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: third.title })).toBeFocused()
  expect(await violations(page)).toEqual([])

  // The last domain, then « Terminer l’évaluation »: the results open, with the focus on their heading.
  await pressUntilFocused(
    page,
    domains.getByRole('button', { name: new RegExp(`^${textPattern(last.title)}`) }),
    30,
    'Shift+Tab',
  )
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: last.title })).toBeFocused()
  await pressUntilFocused(page, page.getByRole('button', { name: 'Terminer l’évaluation' }), 80)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/evaluation\/[^/]+\/resultats$/)
  await expect(page.getByRole('heading', { level: 1, name: `Résultats : ${QUESTIONNAIRE}` })).toBeFocused()
  await expect(page.getByTestId('completed-notice')).toHaveText(
    'Évaluation terminée. Vous pouvez encore modifier vos réponses.',
  )
  await expect(announcer(page)).toHaveText(
    'Résultats — CapSI. Évaluation terminée. Vous pouvez encore modifier vos réponses.',
  )
  expect(await violations(page)).toEqual([])

  // A screen opened from its address (a reload, a bookmark) leaves the skip link first.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: `Résultats : ${QUESTIONNAIRE}` })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused()

  // Back on the questionnaire, the notice of a finished assessment leads to the results.
  const pages = page.getByRole('navigation', { name: 'Pages de l’évaluation' })
  await pressUntilFocused(page, pages.getByRole('link', { name: 'Questionnaire' }), 15)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `Évaluation : ${QUESTIONNAIRE}` })).toBeFocused()
  await pressUntilFocused(page, page.getByRole('link', { name: 'Voir les résultats' }), 5)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `Résultats : ${QUESTIONNAIRE}` })).toBeFocused()
})
