import { expect, test, type Locator, type Page } from '@playwright/test'
import { createStructure, saved, startAssessment, violations } from './helpers'

/**
 * Fields show what they hold: the chosen level of a requirement, the justification and the action's
 * « Responsable » are not cut, on the screens a structure uses (1280 and 1024 pixels wide).
 */

const STRUCTURE = 'EHPAD Les Tilleuls'
/** A name with its function, as an action's owner is written. */
const OWNER = 'Marie-Christine Dupont-Lefebvre (cadre de santé)'

/**
 * The width, in pixels, that a select needs to show its chosen option whole (the browser's own
 * layout of a copy holding only that option, padding and arrow included), and the width it has.
 */
async function selectWidths(select: Locator): Promise<{ needed: number; shown: number; label: string }> {
  return select.evaluate((element: HTMLSelectElement) => {
    const copy = element.cloneNode(false) as HTMLSelectElement
    const option = element.selectedOptions[0]
    if (option) copy.append(option.cloneNode(true))
    copy.style.width = 'max-content'
    copy.style.minWidth = '0'
    copy.style.maxWidth = 'none'
    copy.style.position = 'absolute'
    copy.style.visibility = 'hidden'
    element.parentElement?.append(copy)
    const needed = copy.getBoundingClientRect().width
    copy.remove()
    return { needed, shown: element.getBoundingClientRect().width, label: option?.textContent?.trim() ?? '' }
  })
}

async function expectWholeChoice(select: Locator, label: RegExp): Promise<void> {
  const { needed, shown, label: chosen } = await selectWidths(select)
  expect(chosen).toMatch(label)
  expect(needed, `« ${chosen} » needs ${needed}px and has ${shown}px`).toBeLessThanOrEqual(shown)
}

async function openServiceGrid(page: Page): Promise<void> {
  await page.goto('./')
  await createStructure(page, { name: STRUCTURE, finess: '750712184', category: 'EHPAD' })
  const card = page.getByTestId('structure-card').filter({ has: page.getByRole('heading', { name: STRUCTURE }) })
  await card.getByRole('link', { name: /Grilles de conformité/ }).click()
  await page.getByLabel('Nom du service').fill('DUI Horizon')
  await page.getByRole('button', { name: 'Créer le service' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grille de conformité : DUI Horizon' })).toBeVisible()
  await saved(page, () => page.getByRole('radio', { name: /^Dossier usager informatisé/ }).check())
  await saved(page, () =>
    page.getByRole('checkbox', { name: /^Il enregistre ou transmet des données de santé/ }).check(),
  )
}

for (const width of [1280, 1024]) {
  test(`at ${width} pixels the conformity grid shows the chosen levels whole and a justification box wide enough to write in`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await openServiceGrid(page)
    const level = page.getByLabel('S10 : niveau actuel')
    // The longest level of the scale, and the default target with its mention.
    await saved(page, () => level.selectOption('4'))
    await expectWholeChoice(level, /^4 – Conforme et vérifié/)
    await expectWholeChoice(page.getByLabel('S10 : niveau cible'), /^3 – Conforme \(par défaut\)$/)
    // What the chosen level means for this requirement is written out in full next to it.
    await expect(page.getByTestId('level-description-S10')).toHaveText(
      /^Comme au niveau 3, avec un audit de sécurité externe/,
    )
    await expect(level).toHaveAccessibleDescription(/Comme au niveau 3, avec un audit de sécurité externe/)

    const justification = page.getByLabel('S10 : justification')
    const box = await justification.boundingBox()
    // About 35 characters a line: 16 rem (256 px at the default size) at least, against about 140 before.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(256)
    // The grid needs no sideways scrolling to reach it.
    const grid = page.locator('.grid-wrap').first()
    expect(await grid.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
  })

  test(`at ${width} pixels the action plan shows an owner's full name and function`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('./')
    await createStructure(page, { name: STRUCTURE, finess: '750712184', category: 'EHPAD' })
    await startAssessment(page, STRUCTURE, 'Autodiagnostic de maturité SI de l’ESMS')
    await page
      .getByRole('navigation', { name: 'Pages de l’évaluation' })
      .getByRole('link', { name: 'Plan d’action' })
      .click()
    await page.getByLabel('Intitulé de l’action').fill('Nommer un référent RGPD')
    await saved(page, () => page.getByRole('button', { name: 'Ajouter l’action' }).click())
    const owner = page.locator('.action-card').filter({ hasText: 'Nommer un référent RGPD' }).getByLabel('Responsable')
    await saved(page, () => owner.fill(OWNER))
    await expect(owner).toHaveValue(OWNER)
    const { scroll, client } = await owner.evaluate((input: HTMLInputElement) => ({
      scroll: input.scrollWidth,
      client: input.clientWidth,
    }))
    expect(scroll, `the name needs ${scroll}px and the field shows ${client}px`).toBeLessThanOrEqual(client)
  })
}

test('the grid with its levels, their meaning and the date in one column has no axe violation', async ({ page }) => {
  // The service page is long: its audit takes a while on a shared machine.
  test.setTimeout(150_000)
  await openServiceGrid(page)
  await saved(page, () => page.getByLabel('S10 : niveau actuel').selectOption('2'))
  await expect(page.getByTestId('level-description-S10')).toBeVisible()
  expect(await violations(page)).toEqual([])
})
