import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { question, saved, startAssessment, textPattern, violations } from './helpers'

// Which questions apply to which structure is read from the shipped questionnaire, so that the test
// follows its content: the profile facts, their defaults by category, and each question's needs.

interface Fact {
  id: string
  text: string
  trueFor: string[]
  falseFor: string[]
  reasonWhenFalse: string
}
interface ShippedQuestion {
  id: string
  core?: boolean
  requiresProfile?: string[]
  options: { value: string; level: number }[]
}
interface Shipped {
  title: string
  profile?: Fact[]
  domains: { id: string; title: string; questions: ShippedQuestion[] }[]
  actions?: { id: string; triggers: { question: string }[] }[]
}

const shipped = JSON.parse(
  readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as Shipped
const facts = shipped.profile ?? []

/** The category's default; a category in neither list leaves the fact holding. */
function holds(fact: Fact, category: string): boolean {
  return fact.trueFor.includes(category) || !fact.falseFor.includes(category)
}

/** The reasons a question is left out for a category (none: it applies). */
function reasonsFor(q: ShippedQuestion, category: string): string[] {
  return (q.requiresProfile ?? []).flatMap((id) => {
    const fact = facts.find((f) => f.id === id)
    return fact && !holds(fact, category) ? [fact.reasonWhenFalse] : []
  })
}

/** The option at level 1 (else the lowest): enough to score and to trigger actions. */
function lowAnswer(q: ShippedQuestion): string {
  const sorted = [...q.options].sort((a, b) => a.level - b.level)
  return (sorted.find((o) => o.level === 1) ?? sorted[0])?.value ?? ''
}

function escape(text: string): string {
  return textPattern(text)
}

async function createWithProfile(page: Page, name: string, category: string): Promise<void> {
  await page.getByLabel('Nom de la structure').fill(name)
  await page.getByLabel('Numéro FINESS (établissement)').fill('750712184')
  await page.getByLabel('Catégorie').selectOption(category)
  // The profile is asked with the category's defaults already chosen, « à préciser » where there is none.
  const profile = page.getByTestId('structure-profile')
  for (const fact of facts) {
    const group = profile.getByRole('group', { name: fact.text })
    if (fact.trueFor.includes(category) || fact.falseFor.includes(category)) {
      await expect(group.getByRole('radio', { name: holds(fact, category) ? 'Oui' : 'Non' })).toBeChecked()
    } else {
      await expect(group.getByRole('radio', { checked: true })).toHaveCount(0)
      await expect(group).toContainText('À préciser')
    }
  }
  expect(await violations(page)).toEqual([])
  await page.getByRole('button', { name: 'Créer la structure' }).click()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
}

/** Goes through every domain of the essential path: left-out questions show their reason, the others are answered. */
async function runEssentialPath(page: Page, category: string): Promise<{ leftOut: string[]; answered: string[] }> {
  const leftOut: string[] = []
  const answered: string[] = []
  for (const domain of shipped.domains) {
    const core = domain.questions.filter((q) => q.core)
    if (core.length === 0) continue
    await page
      .getByRole('navigation', { name: 'Domaines du questionnaire' })
      .getByRole('button', { name: new RegExp(`^${escape(domain.title)}`) })
      .click()
    await expect(page.locator('.capsi-survey')).toContainText(domain.title)
    for (const q of domain.questions.filter((other) => !other.core)) await expect(question(page, q.id)).toHaveCount(0)
    for (const q of core) {
      const shown = question(page, q.id)
      if ((await shown.count()) === 0) continue // hidden by a condition on an earlier answer
      const reasons = reasonsFor(q, category)
      if (reasons.length > 0) {
        await expect(shown).toContainText(`Non applicable : ${reasons.join(' ; ')}`)
        await expect(shown.locator('input, textarea')).toHaveCount(0)
        leftOut.push(q.id)
      } else {
        const option = shown
          .locator('label')
          .filter({ has: page.locator(`input[type="radio"][value="${lowAnswer(q)}"]`) })
        await saved(page, () => option.click())
        answered.push(q.id)
      }
    }
  }
  return { leftOut, answered }
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name }).click()
}

// An IME has a care team and exchanges health data; a CHRS does neither and is spared at least one question.
for (const { name, category, minLeftOut } of [
  { name: 'IME Les Sources', category: 'IME', minLeftOut: 0 },
  { name: 'CHRS L’Escale', category: 'CHRS', minLeftOut: 1 },
]) {
  test(`${category}: the questionnaire fits the structure, and the essential path gives a score and a plan`, async ({
    page,
  }) => {
    // Two screens checked by axe and some twenty answers saved one by one: more than the default minute on a busy machine.
    test.setTimeout(180_000)
    expect(facts.length).toBeGreaterThan(0)
    await page.goto('./')
    await createWithProfile(page, name, category)
    await startAssessment(page, name, shipped.title)
    await saved(page, () => page.getByRole('radio', { name: /^Parcours essentiel/ }).check())

    const notice = page.getByTestId('profile-notice')
    await expect(notice).toContainText(`Profil utilisé : ${category}.`)
    await expect(notice.getByRole('link', { name: 'Modifier le profil de la structure' })).toBeVisible()

    const { leftOut, answered } = await runEssentialPath(page, category)
    const expectedLeftOut = shipped.domains
      .flatMap((d) => d.questions)
      .filter((q) => q.core && reasonsFor(q, category).length > 0)
    expect(leftOut).toHaveLength(expectedLeftOut.length)
    expect(leftOut.length).toBeGreaterThanOrEqual(minLeftOut)
    expect(answered.length).toBeGreaterThan(0)
    expect(await violations(page)).toEqual([])

    await openTab(page, 'Résultats')
    await expect(page.getByTestId('global-score')).toHaveText(/\d,\d/)

    await openTab(page, 'Plan d’action')
    await expect(page.locator('[data-action]').first()).toBeVisible()
    // No action comes from a question that does not apply to the structure alone.
    const onlyFromLeftOut = (shipped.actions ?? []).filter(
      (action) =>
        action.triggers.some((t) => leftOut.includes(t.question)) &&
        !action.triggers.some((t) => answered.includes(t.question)),
    )
    for (const action of onlyFromLeftOut) await expect(page.locator(`[data-action="${action.id}"]`)).toHaveCount(0)

    if (category !== 'CHRS') return
    // The profile can be changed from the assessment: the questions it brings back can then be answered.
    const [firstLeftOut] = expectedLeftOut
    const fact = facts.find((f) => firstLeftOut?.requiresProfile?.includes(f.id) && !holds(f, category))
    if (!firstLeftOut || !fact) throw new Error('no left-out question to bring back')
    await openTab(page, 'Questionnaire')
    await page.getByTestId('profile-notice').getByRole('link', { name: 'Modifier le profil de la structure' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Modifier la structure « ${name} »` })).toBeVisible()
    for (const other of facts.filter((f) => firstLeftOut.requiresProfile?.includes(f.id))) {
      await page.getByRole('group', { name: other.text }).getByRole('radio', { name: 'Oui' }).check()
    }
    expect(await violations(page)).toEqual([])
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible()
    await page.getByRole('link', { name: 'Retour à l’évaluation' }).click()
    const domain = shipped.domains.find((d) => d.questions.some((q) => q.id === firstLeftOut.id))
    await page
      .getByRole('navigation', { name: 'Domaines du questionnaire' })
      .getByRole('button', { name: new RegExp(`^${escape(domain?.title ?? '')}`) })
      .click()
    await expect(question(page, firstLeftOut.id).locator('input[type="radio"]').first()).toBeVisible()
    await expect(page.getByTestId('profile-notice')).toContainText('réponse donnée pour la structure')
  })
}
