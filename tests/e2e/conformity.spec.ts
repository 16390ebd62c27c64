import { expect, test, type Page } from '@playwright/test'
import { createStructure, saved, violations } from './helpers'

const STRUCTURE = 'EHPAD Les Tilleuls'

/** The clock is frozen at 1 June 2027 so that a target date in March 2027 is in the past. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => sessionStorage.setItem('capsi-now', '2027-06-01T10:00:00.000Z'))
})

function row(page: Page, code: string) {
  return page.locator(`table.grid-table tr[data-code="${code}"]`)
}

/** Chooses a level in a select and waits until it is saved. */
async function choose(page: Page, label: string, value: string): Promise<void> {
  await saved(page, async () => {
    await page.getByLabel(label).selectOption(value)
  })
}

/** Presses Tab until the field named `label` has the focus (a date input has one stop per part). */
async function tabUntilFocused(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab')
    if (
      await page.evaluate(
        (name) => document.activeElement?.getAttribute('aria-label')?.replace(/\s+/g, ' ') === name,
        label,
      )
    )
      return
  }
  throw new Error(`${label} never received the focus`)
}

async function openNewService(page: Page): Promise<void> {
  await page.goto('./')
  await createStructure(page, { name: STRUCTURE, finess: '750712184', category: 'EHPAD' })
  const card = page.getByTestId('structure-card').filter({ has: page.getByRole('heading', { name: STRUCTURE }) })
  await card.getByRole('link', { name: /Grilles de conformité/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Grilles de conformité — ${STRUCTURE}` })).toBeVisible()
  await expect(page.getByText('Aucun service déclaré pour cette structure.')).toBeVisible()

  await page.getByLabel('Nom du service').fill('DUI Horizon')
  await page.getByLabel('Personne responsable').fill('Claire Martin')
  await page.getByLabel('Fournisseur ou éditeur').fill('Éditeur Exemple')
  await page.getByLabel('Produit', { exact: true }).fill('Horizon DUI')
  await page.getByLabel('Version', { exact: true }).fill('5.2')
  await page.getByLabel('Date de début de la démarche').fill('2026-09-01')
  await page.getByLabel('Description').fill('Dossier usager de l’EHPAD')
  await page.getByRole('button', { name: 'Créer le service' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grille de conformité : DUI Horizon' })).toBeVisible()
}

async function qualifyAsHostedDui(page: Page): Promise<void> {
  await saved(page, () => page.getByRole('radio', { name: /^Dossier usager informatisé/ }).check())
  await saved(page, () =>
    page.getByRole('checkbox', { name: /^Il enregistre ou transmet des données de santé/ }).check(),
  )
  await saved(page, () => page.getByRole('checkbox', { name: /^Il est hébergé hors de la structure/ }).check())
  await saved(page, () => page.getByRole('radio', { name: /^Une seule structure/ }).check())
}

test('a service is created, qualified, and only asked the requirements that apply to it, with the reason for the others', async ({
  page,
}) => {
  await openNewService(page)
  await expect(page.getByTestId('applicable-count')).toContainText('s’appliquent à ce service sur 46')
  await qualifyAsHostedDui(page)

  // A DUI without prescriptions is not asked about e-prescription, nor about an app for the person.
  await expect(page.getByLabel('U17 : niveau actuel')).toHaveCount(0)
  await expect(page.getByLabel('U16 : niveau actuel')).toHaveCount(0)
  const notAsked = page.getByTestId('not-applicable')
  await expect(notAsked.locator('[data-code="U17"]')).toContainText(
    'Prescrire par le circuit national de e-prescription',
  )
  await expect(notAsked.locator('[data-code="U17"]')).toContainText(/prescriptions/)
  await expect(notAsked.locator('[data-code="U16"]')).toBeVisible()
  // Health data hosted outside: HDS hosting is asked.
  await expect(page.getByLabel('S14 : niveau actuel')).toBeVisible()
  await expect(page.getByTestId('applicable-count')).not.toContainText('46 exigences')

  await page.getByRole('link', { name: 'Retour aux services de la structure' }).click()
  await expect(page.getByTestId('service-row')).toContainText('DUI Horizon')
  await expect(page.getByTestId('service-row')).toContainText('Horizon DUI')
})

test('the grid is filled with the keyboard, the top level needs a justification, and everything survives a reload', async ({
  page,
}) => {
  await openNewService(page)
  await qualifyAsHostedDui(page)

  // S10: level by typing its number, then Tab to the target, the date and the justification.
  await page.getByLabel('S10 : niveau actuel').focus()
  await saved(page, () => page.keyboard.press('2'))
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('S10 : niveau cible')).toBeFocused()
  await saved(page, () => page.keyboard.press('4'))
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('S10 : date visée')).toBeFocused()
  await saved(page, () => page.getByLabel('S10 : date visée').fill('2027-12-15'))
  await tabUntilFocused(page, 'S10 : justification')
  await saved(page, () => page.keyboard.type('PGSSI-S appliquée sur le socle, reste la journalisation'))

  // S11: late — its target date (March 2027) is before today (June 2027) and level 1 is below 3.
  await page.getByLabel('S11 : niveau actuel').focus()
  await saved(page, () => page.keyboard.press('1'))
  await saved(page, () => page.getByLabel('S11 : date visée').fill('2027-03-15'))

  // S14: the top level without justification shows the error next to the field, and keeps the level.
  await page.getByLabel('S14 : niveau actuel').focus()
  await saved(page, () => page.keyboard.press('4'))
  const justification = page.getByLabel('S14 : justification')
  await expect(row(page, 'S14')).toContainText(
    'Une justification est obligatoire au niveau le plus élevé : indiquez la preuve.',
  )
  await expect(justification).toHaveAttribute('aria-invalid', 'true')
  await expect(justification).toHaveAccessibleDescription(
    'Une justification est obligatoire au niveau le plus élevé : indiquez la preuve.',
  )
  await expect(page.getByLabel('S14 : niveau actuel')).toHaveValue('4')

  // Security needs.
  await choose(page, 'Confidentialité : niveau de besoin', '3')
  await saved(page, () => page.getByLabel('Confidentialité : justification').fill('Données de santé de 80 résidents'))

  await page.reload()
  await expect(page.getByLabel('S10 : niveau actuel')).toHaveValue('2')
  await expect(page.getByLabel('S10 : niveau cible')).toHaveValue('4')
  await expect(page.getByLabel('S10 : date visée')).toHaveValue('2027-12-15')
  await expect(page.getByLabel('S10 : justification')).toHaveValue(
    'PGSSI-S appliquée sur le socle, reste la journalisation',
  )
  await expect(page.getByLabel('S14 : niveau actuel')).toHaveValue('4')
  await expect(page.getByLabel('S14 : justification')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Confidentialité : niveau de besoin')).toHaveValue('3')
  await expect(page.getByLabel('Confidentialité : justification')).toHaveValue('Données de santé de 80 résidents')
  await expect(page.getByRole('radio', { name: /^Dossier usager informatisé/ })).toBeChecked()

  await saved(page, () => justification.fill('Certificat HDS de l’hébergeur, 12/01/2027'))
  await expect(justification).not.toHaveAttribute('aria-invalid', 'true')
  await expect(row(page, 'S14')).not.toContainText('Une justification est obligatoire')

  // The radar's text equivalent gives the same values.
  const radarTable = page.getByRole('table', { name: /^Niveaux de l’axe Sécurité/ })
  await expect(radarTable.getByRole('row', { name: /^S10 / })).toContainText(/S10.*2\s*4/)
  await expect(radarTable.getByRole('row', { name: /^S14 / })).toContainText(/S14.*4\s*4/)
  await expect(radarTable.getByRole('row', { name: /^S12 / })).toContainText('Non renseigné')
  await expect(page.getByRole('img', { name: /^Radar Sécurité/ })).toBeVisible()
  await expect(page.locator('.axis-results[data-axis="securite"]')).toContainText(
    '1 exigence sur 11 au niveau cible ou au-dessus (9 %)',
  )

  // The trajectory flags the late requirement in words.
  const trajectory = page.getByTestId('trajectory')
  await expect(trajectory.locator('tr[data-code="S11"]')).toContainText('En retard')
  await expect(trajectory.locator('tr[data-code="S11"]')).toContainText('T1 2027')
  await expect(trajectory.locator('tr[data-code="S10"]')).toContainText('T4 2027')
  await expect(trajectory.locator('tr[data-code="S10"]')).not.toContainText('En retard')

  // The filter keeps only what is below target.
  await page.getByLabel('Seulement ce qui est sous la cible').check()
  await expect(page.getByLabel('S14 : niveau actuel')).toHaveCount(0)
  await expect(page.getByLabel('S10 : niveau actuel')).toBeVisible()
})

test('a reference declaration is frozen and later levels are compared with it', async ({ page }) => {
  await openNewService(page)
  await qualifyAsHostedDui(page)
  await choose(page, 'S10 : niveau actuel', '1')
  await expect(page.getByText('Aucune déclaration de référence pour le moment.')).toBeVisible()
  await saved(page, () => page.getByRole('button', { name: 'Enregistrer comme déclaration de référence' }).click())
  await choose(page, 'S10 : niveau actuel', '3')
  await choose(page, 'S11 : niveau actuel', '2')
  await page.reload()
  const comparison = page.getByTestId('comparison')
  await expect(comparison.locator('tr[data-code="S10"]')).toContainText('En progrès')
  await expect(comparison.locator('tr[data-code="S11"]')).toContainText('Nouveau')
})

test('the service page has no WCAG 2.1 A/AA violation', async ({ page }) => {
  await openNewService(page)
  await qualifyAsHostedDui(page)
  await choose(page, 'S14 : niveau actuel', '4')
  await saved(page, () => page.getByLabel('S11 : date visée').fill('2027-03-15'))
  await expect(page.getByRole('img', { name: /^Radar Sécurité/ })).toBeVisible()
  expect(await violations(page)).toEqual([])
})
