/**
 * Every record the user edits has one editing tab: a conformity grid, an action plan (its edits and
 * the actions added) and a workshop group opened in a second tab are read-only there, with every
 * control disabled and « Modifier ici » to take the editing over; the first tab then becomes
 * read-only in turn, and nothing either tab saved is emptied by the other.
 */
import { expect, test, type Page } from '@playwright/test'
import { answer, createStructure, saved, startAssessment, violations } from './helpers'

const READ_ONLY = 'lecture seule'
const TAKEN = 'La modification a été reprise dans un autre onglet'

async function takeOver(page: Page): Promise<void> {
  await page.getByTestId('read-only').getByRole('button', { name: 'Modifier ici' }).click()
  await expect(page.getByTestId('read-only')).toHaveCount(0)
  // The button is gone: the focus goes to the confirmation, not to the page's body.
  await expect(page.getByTestId('took-over')).toBeFocused()
}

test('a conformity grid open in two tabs: one edits, the other is read-only, and no field saved by one is emptied by the other', async ({
  context,
  page,
}) => {
  // Two tabs, an axe pass and a reload: 30 to 60 s here.
  test.setTimeout(120_000)
  await page.goto('./')
  await createStructure(page, { name: 'EHPAD Les Tilleuls', finess: '750712184', category: 'EHPAD' })
  await page
    .getByTestId('structure-card')
    .getByRole('link', { name: /Grilles de conformité/ })
    .click()
  await page.getByLabel('Nom du service').fill('DUI Horizon')
  await page.getByRole('button', { name: 'Créer le service' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grille de conformité : DUI Horizon' })).toBeVisible()

  const second = await context.newPage()
  await second.goto(page.url())
  await expect(second.getByTestId('read-only')).toContainText(READ_ONLY)
  await expect(page.getByTestId('read-only')).toHaveCount(0)
  for (const control of [
    second.getByLabel('Personne responsable'),
    second.getByLabel('Version', { exact: true }),
    second.getByRole('radio', { name: /^Dossier usager informatisé/ }),
    second.getByLabel('S10 : niveau actuel'),
    second.getByLabel('S10 : justification'),
    second.getByRole('button', { name: 'Enregistrer comme déclaration de référence' }),
  ]) {
    await expect(control).toBeDisabled()
  }
  expect(await violations(second)).toEqual([])

  // The first tab types the person responsible; the read-only tab follows.
  await saved(page, () => page.getByLabel('Personne responsable').fill('Claire Martin'))
  await expect(second.getByLabel('Personne responsable')).toHaveValue('Claire Martin')

  // The second tab takes the editing over; the first becomes read-only and is told why.
  await takeOver(second)
  await expect(page.getByTestId('read-only')).toContainText(TAKEN)
  await expect(page.getByLabel('Version', { exact: true })).toBeDisabled()
  await saved(second, () => second.getByLabel('Version', { exact: true }).fill('5.2'))
  await expect(page.getByLabel('Version', { exact: true })).toHaveValue('5.2')

  // What each tab typed is saved: neither emptied the other's field.
  await second.reload()
  await expect(second.getByRole('heading', { level: 1, name: 'Grille de conformité : DUI Horizon' })).toBeVisible()
  await expect(second.getByLabel('Personne responsable')).toHaveValue('Claire Martin')
  await expect(second.getByLabel('Version', { exact: true })).toHaveValue('5.2')
})

test('an action plan open in two tabs: edits and added actions only in the editing tab, « Modifier ici » hands them over', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await createStructure(page, { name: 'MAS Deux Onglets', finess: '750712184', category: 'MAS' })
  await startAssessment(page, 'MAS Deux Onglets', 'Autodiagnostic de maturité SI de l’ESMS')
  await answer(page, 'gouv-schema-directeur', 'aucun')
  await page
    .getByRole('navigation', { name: 'Pages de l’évaluation' })
    .getByRole('link', { name: 'Plan d’action' })
    .click()
  const action = (p: Page) => p.locator('article[data-action="act-rediger-schema-directeur-si"]')
  await expect(action(page)).toBeVisible()
  await page.getByLabel('Intitulé de l’action').fill('Former les équipes au DUI')
  await saved(page, () => page.getByRole('button', { name: 'Ajouter l’action' }).click())
  const added = (p: Page) => p.locator('article.action-card').filter({ hasText: 'Former les équipes au DUI' })
  await expect(added(page)).toBeVisible()

  const second = await context.newPage()
  await second.goto(page.url())
  await expect(second.getByTestId('read-only')).toContainText(READ_ONLY)
  await expect(action(second)).toBeVisible()
  for (const control of [
    action(second).getByLabel('Statut'),
    action(second).getByLabel('Responsable'),
    action(second).getByLabel('Échéance'),
    action(second).getByLabel('Notes'),
    added(second).getByLabel('Responsable'),
    added(second).getByRole('button', { name: /Supprimer cette action/ }),
    second.getByLabel('Intitulé de l’action'),
    second.getByRole('button', { name: 'Ajouter l’action' }),
  ]) {
    await expect(control).toBeDisabled()
  }
  expect(await violations(second)).toEqual([])

  // The first tab gives the action an owner and a status; the read-only tab follows.
  await saved(page, () => action(page).getByLabel('Responsable').fill('Mme Durand'))
  await saved(page, () => action(page).getByLabel('Statut').selectOption({ label: 'En cours' }))
  await expect(action(second).getByLabel('Responsable')).toHaveValue('Mme Durand')

  await takeOver(second)
  await expect(page.getByTestId('read-only')).toContainText(TAKEN)
  await expect(action(page).getByLabel('Notes')).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Ajouter l’action' })).toBeDisabled()
  await saved(second, () => action(second).getByLabel('Notes').fill('Devis demandé'))
  await saved(second, () => added(second).getByLabel('Responsable').fill('M. Petit'))

  // Everything both tabs saved is there, in the first tab once reloaded (read-only there now).
  await page.reload()
  await expect(page.getByTestId('read-only')).toBeVisible()
  await expect(action(page).getByLabel('Responsable')).toHaveValue('Mme Durand')
  await expect(action(page).getByLabel('Statut')).toHaveValue('doing')
  await expect(action(page).getByLabel('Notes')).toHaveValue('Devis demandé')
  await expect(added(page).getByLabel('Responsable')).toHaveValue('M. Petit')
})

test('a workshop group open in two tabs: the funding figures are typed in one tab only', async ({ context, page }) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await createStructure(page, { name: 'EHPAD Les Tilleuls', finess: '750712184', category: 'EHPAD' })
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Atelier' }).click()
  await page.getByLabel('Nom du groupe').fill('Grappe Horizon')
  await page.getByRole('checkbox', { name: /EHPAD Les Tilleuls/ }).check()
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grappe Horizon' })).toBeVisible()
  const target = (p: Page) => p.getByLabel('Dossiers d’usager informatisés actifs : cible')
  const observed = (p: Page) => p.getByLabel('Dossiers d’usager informatisés actifs : valeur observée')

  const second = await context.newPage()
  await second.goto(page.url())
  await expect(second.getByTestId('read-only')).toContainText(READ_ONLY)
  await expect(second.getByLabel('Ensemble de règles de financement')).toBeDisabled()
  await expect(target(second)).toBeDisabled()
  await expect(observed(second)).toBeDisabled()
  // Anonymising only changes what this screen shows: it stays available.
  await expect(second.getByLabel('Anonymiser (projection)')).toBeEnabled()
  expect(await violations(second)).toEqual([])

  await target(page).fill('150')
  await target(page).blur()
  await expect(target(second)).toHaveValue('150')

  await takeOver(second)
  await expect(page.getByTestId('read-only')).toContainText(TAKEN)
  await expect(observed(page)).toBeDisabled()
  await observed(second).fill('120')
  await observed(second).blur()
  await expect(observed(page)).toHaveValue('120')

  await second.reload()
  await expect(second.getByRole('heading', { level: 1, name: 'Grappe Horizon' })).toBeVisible()
  await expect(target(second)).toHaveValue('150')
  await expect(observed(second)).toHaveValue('120')
})
