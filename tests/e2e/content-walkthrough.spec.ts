import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { createStructure, goToDomain, startAssessment, textPattern } from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const definition = JSON.parse(
  readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as {
  domains: { title: string; questions: { core?: boolean; requiresProfile?: string[] }[] }[]
  profile?: { id: string; falseFor: string[] }[]
}
/** Questions that apply to an EHPAD: those whose profile facts hold for its category by default. */
const notForEhpad = new Set(
  (definition.profile ?? []).filter((fact) => fact.falseFor.includes('EHPAD')).map((fact) => fact.id),
)
const QUESTION_COUNT = definition.domains.reduce(
  (sum, d) => sum + d.questions.filter((q) => !(q.requiresProfile ?? []).some((id) => notForEhpad.has(id))).length,
  0,
)

/**
 * Answers every visible question of the current page, choosing the lowest or the highest option,
 * until no unanswered question is left (answers may reveal conditional questions).
 */
async function answerPage(page: Page, pick: 'lowest' | 'highest'): Promise<number> {
  let answered = 0
  for (let round = 0; round < 20; round++) {
    // Questions the structure's profile leaves out have nothing to answer.
    const pending = page.locator('[data-name]:not([data-left-out]):not(:has(input[type="radio"]:checked))')
    const count = await pending.count()
    if (count === 0) return answered
    const target = pending.first()
    const options = target
      .locator('label')
      .filter({ has: page.locator('input[type="radio"]:not([value="ne-sait-pas"]):not([value="non-applicable"])') })
    await expect(options).toHaveCount(5)
    await (pick === 'lowest' ? options.first() : options.last()).click()
    answered++
    round = 0
  }
  throw new Error('some questions could not be answered')
}

for (const pick of ['lowest', 'highest'] as const) {
  test(`every domain can be answered to the end, choosing the ${pick} step everywhere`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto('./')
    await createStructure(page, { name: `EHPAD ${pick}`, finess: '750712184', category: 'EHPAD' })
    await startAssessment(page, `EHPAD ${pick}`, QUESTIONNAIRE)
    const nav = page.getByRole('navigation', { name: 'Domaines du questionnaire' })
    const domains = await nav
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.querySelector('.domain-title')?.textContent ?? ''))
    expect(domains.length).toBeGreaterThanOrEqual(9)
    let total = 0
    for (const title of domains) {
      await goToDomain(page, title)
      await expect(page.locator('.sd-page__title')).toHaveText(title)
      total += await answerPage(page, pick)
      // The domain shows as complete in the navigation.
      await expect(
        nav.getByRole('button', {
          name: new RegExp(`^${textPattern(title)}\\s:\\s(\\d+) questions répondues sur \\1$`),
        }),
      ).toBeVisible()
    }
    await expect(page.getByTestId('overall-progress')).toHaveText('Progression : 100 %')
    // With the lowest steps, conditional questions stay hidden; with the highest, they all appear.
    const expected = pick === 'lowest' ? total < QUESTION_COUNT : total === QUESTION_COUNT
    expect(expected, `${total} questions answered out of ${QUESTION_COUNT}`).toBe(true)
  })
}

test('the essential path asks only the core questions, and keeps the other answers', async ({ page }) => {
  test.setTimeout(120_000)
  const coreCount = definition.domains.reduce((sum, d) => sum + d.questions.filter((q) => q.core).length, 0)
  await page.goto('./')
  await createStructure(page, { name: 'SESSAD Essentiel', finess: '750712184', category: 'SESSAD' })
  await startAssessment(page, 'SESSAD Essentiel', QUESTIONNAIRE)
  await page.getByRole('radio', { name: /Parcours essentiel/ }).check()
  await expect(page.getByRole('radio', { name: /Parcours essentiel/ })).toHaveAccessibleName(
    new RegExp(`^Parcours essentiel \\(${coreCount} questions clés, environ \\d+ min\\)$`),
  )
  const nav = page.getByRole('navigation', { name: 'Domaines du questionnaire' })
  let asked = 0
  for (const domain of definition.domains.filter((d) => d.questions.some((q) => q.core))) {
    await goToDomain(page, domain.title)
    await expect(page.locator('.sd-page__title')).toHaveText(domain.title)
    await expect(page.locator('[data-name]')).toHaveCount(domain.questions.filter((q) => q.core).length)
    asked += await answerPage(page, 'highest')
  }
  expect(asked).toBe(coreCount)
  await expect(page.getByTestId('overall-progress')).toHaveText('Progression : 100 %')
  await page.reload()
  await expect(page.getByRole('radio', { name: /Parcours essentiel/ })).toBeChecked()
  await page.getByRole('radio', { name: /^Parcours complet/ }).check()
  await expect(page.getByTestId('overall-progress')).not.toHaveText('Progression : 100 %')
  await expect(nav.getByRole('button')).toHaveCount(definition.domains.length)
})
