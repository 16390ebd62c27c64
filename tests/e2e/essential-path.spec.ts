import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { answer, checkedValue, createStructure, goToDomain, startAssessment, textPattern, violations } from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
interface Q {
  id: string
  core?: boolean
  visibleIf?: string
  options: { value: string; level: number }[]
}
const definition = JSON.parse(
  readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as {
  domains: { title: string; questions: Q[] }[]
}
const optionAt = (q: Q, level: number) => q.options.find((o) => o.level === level)?.value ?? ''
/** A question outside the essential path, always shown, in the first domain. */
const firstDomain = definition.domains[0]!
const extra = firstDomain.questions.find((q) => !q.core && !q.visibleIf)!

test('the essential path shows its time before starting, gives a score labelled as such, and switching path keeps every answer', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await createStructure(page, { name: 'MAS Les Genêts', finess: '750712184', category: 'MAS' })
  await startAssessment(page, 'MAS Les Genêts', QUESTIONNAIRE)

  // Before starting: each path says how many questions it asks and how long it takes.
  const full = page.getByRole('radio', { name: /^Parcours complet/ })
  const essential = page.getByRole('radio', { name: /^Parcours essentiel/ })
  await expect(full).toHaveAccessibleName(/^Parcours complet \(\d+ questions, environ (\d+ min|\d+ h( \d\d)?)\)$/)
  await expect(essential).toHaveAccessibleName(/^Parcours essentiel \(\d+ questions clés, environ \d+ min\)$/)

  // An answer given on the full path, to a question the essential path does not ask.
  await goToDomain(page, firstDomain.title)
  await answer(page, extra.id, optionAt(extra, 1))

  await essential.check()
  await expect(page.locator(`[data-name="${extra.id}"]`)).toHaveCount(0)
  for (const domain of definition.domains.filter((d) => d.questions.some((q) => q.core))) {
    await goToDomain(page, domain.title)
    await expect(page.locator('.sd-page__title')).toHaveText(domain.title)
    for (const q of domain.questions.filter((x) => x.core)) await answer(page, q.id, optionAt(q, 3))
  }
  await expect(page.getByTestId('overall-progress')).toHaveText('Progression : 100 %')

  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Maturité globale — parcours essentiel' })).toBeVisible()
  await expect(page.getByTestId('global-score')).toHaveText('Établi — 3,0 sur 4 (75 %)')
  await expect(page.getByTestId('scores-path')).toContainText('questions clés seulement')
  await expect(page.getByRole('heading', { level: 2, name: 'Scores par domaine — parcours essentiel' })).toBeVisible()
  // The answer at level 1 outside the path does not pull the first domain down.
  await expect(
    page.getByTestId('domain-scores').getByRole('row', { name: new RegExp(`^${textPattern(firstDomain.title)}`) }),
  ).toContainText('3,0 / 4')
  await expect(
    page.getByText(/déclaration officielle se fait sur l’observatoire national des systèmes d’information \(oSIS\)/),
  ).toBeVisible()
  expect(await violations(page)).toEqual([])

  // Back to the full path: the answer given before is still there, and the scores now say so.
  await page
    .getByRole('navigation', { name: 'Pages de l’évaluation' })
    .getByRole('link', { name: 'Questionnaire' })
    .click()
  await page.getByRole('radio', { name: /^Parcours complet/ }).check()
  await goToDomain(page, firstDomain.title)
  await expect.poll(() => checkedValue(page, extra.id)).toBe(optionAt(extra, 1))
  await page.reload()
  await expect(page.getByRole('radio', { name: /^Parcours complet/ })).toBeChecked()
  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Maturité globale — parcours complet' })).toBeVisible()
  await expect(page.getByTestId('scores-path')).toHaveAttribute('data-path', 'full')
})
