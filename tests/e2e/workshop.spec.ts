import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { answer, createStructure, startAssessment, violations } from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const definition = JSON.parse(
  readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as {
  domains: { id: string; questions: { id: string; options: { value: string; level: number }[] }[] }[]
}
const variant = readFileSync(new URL('../fixtures/exemple-mini.json', import.meta.url), 'utf8')
const governance = definition.domains.find((d) => d.id === 'gouvernance')?.questions.slice(0, 4) ?? []

const STRUCTURES = [
  { name: 'EHPAD Les Tilleuls', finess: '590350013', category: 'EHPAD', organisation: 'Association Horizon Nord' },
  { name: 'IME Le Petit Bois', finess: '690380027', category: 'IME', organisation: 'Association Horizon Nord' },
  { name: 'SSIAD Val de Garonne', finess: '330410036', category: 'SSIAD', organisation: 'Fondation Sud-Ouest Soins' },
]

/** Answers the first governance questions at one level, so that the domain is assessable with that score. */
async function assessGovernance(page: Page, structureName: string, level: number): Promise<void> {
  await startAssessment(page, structureName, QUESTIONNAIRE)
  for (const question of governance)
    await answer(page, question.id, question.options.find((o) => o.level === level)?.value ?? '')
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes structures' })
    .click()
}

async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const file = await downloadPromise
  return { path: (await file.path()) ?? '', name: file.suggestedFilename() }
}

test('a facilitator compares a group, anonymises it, exports it and loads a questionnaire variant', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.goto('./')
  for (const s of STRUCTURES) await createStructure(page, s)
  await assessGovernance(page, STRUCTURES[0]?.name ?? '', 1)
  await assessGovernance(page, STRUCTURES[1]?.name ?? '', 1)
  await assessGovernance(page, STRUCTURES[2]?.name ?? '', 1)
  // A later assessment of the first structure, better on governance.
  await assessGovernance(page, STRUCTURES[0]?.name ?? '', 3)

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Atelier' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible()
  await expect(page.getByText('IME Le Petit Bois — Association Horizon Nord (IME)')).toBeVisible()
  expect(await violations(page)).toEqual([])

  await page.getByLabel('Nom du groupe').fill('Grappe Horizon')
  for (const s of STRUCTURES) await page.getByRole('checkbox', { name: new RegExp(s.name) }).check()
  await page.getByLabel('Ensemble de règles de financement').selectOption({ label: 'Amorçage 2020–2022' })
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grappe Horizon' })).toBeVisible()

  // Heat map: the governance value written in each row (latest assessment of the first structure: level 3).
  const heat = page.getByTestId('heat-map')
  await expect(heat.getByRole('row', { name: /EHPAD Les Tilleuls/ })).toContainText('3,0')
  await expect(heat.getByRole('row', { name: /IME Le Petit Bois/ })).toContainText('1,0')
  await expect(heat.getByRole('row', { name: /IME Le Petit Bois/ })).toContainText('n.é.')
  await expect(page.getByTestId('group-stats').getByRole('row', { name: /Gouvernance/ })).toContainText('3,0')
  await expect(page.getByTestId('group-radar-table')).toBeVisible()
  // Shared actions: the two structures still at level 1 share the governance actions.
  const shared = page.getByTestId('shared-actions')
  await expect(shared.getByRole('row').nth(1)).toContainText('IME Le Petit Bois, SSIAD Val de Garonne')

  // Funding check: an aid, with the rule set named; three structures are not enough.
  await expect(page.getByTestId('funding-disclaimer')).toContainText('ce n’est pas la décision de l’ARS')
  await expect(page.getByText('Règles vérifiées : Amorçage 2020–2022 (2020).')).toBeVisible()
  await expect(page.locator('[data-rule="min-essms"]')).toHaveAttribute('data-status', 'not-met')
  await expect(page.locator('[data-rule="min-og"]')).toHaveAttribute('data-status', 'not-met')
  // Each rule says its phase and where it comes from; the « 2 services socles sur 3 » rule is the amorçage's.
  await expect(page.locator('[data-rule="services-socles"]').getByRole('rowheader')).toContainText(
    'Mise en conformité d’un DUI existant',
  )
  await expect(page.locator('[data-rule="services-socles"]').getByRole('rowheader')).toContainText('Phase : Amorçage')
  await expect(page.locator('[data-rule="services-socles"]').getByRole('rowheader')).toContainText(
    'Source : Documents de présentation de la phase d’amorçage',
  )
  await expect(page.locator('[data-rule="usage-targets"]')).toHaveAttribute('data-status', 'cannot-tell')
  await page.getByLabel('Messages MSSanté échangés par la grappe (par mois) : cible').fill('100')
  await page.getByLabel('Messages MSSanté échangés par la grappe (par mois) : cible').blur()
  await page.getByLabel('Messages MSSanté échangés par la grappe (par mois) : valeur observée').fill('120')
  await page.getByLabel('Messages MSSanté échangés par la grappe (par mois) : valeur observée').blur()
  await expect(page.locator('[data-rule="usage-targets"]')).toHaveAttribute('data-status', 'met')

  // Compare two assessments of one structure.
  await page.getByLabel('Structure', { exact: true }).selectOption({ label: 'EHPAD Les Tilleuls' })
  await page.getByRole('button', { name: 'Comparer' }).click()
  await expect(page.getByTestId('over-time-domains').getByRole('row', { name: /Gouvernance/ })).toContainText('+2,0')
  await expect(page.getByTestId('over-time-questions').locator('[data-change="improved"]')).toHaveCount(
    governance.length,
  )
  await expect(page.getByTestId('over-time-actions')).toBeVisible()

  expect(await violations(page)).toEqual([])

  // Consolidated CSV: one row per structure × domain.
  const csv = await download(page, 'Exporter le tableau consolidé (CSV)')
  const text = readFileSync(csv.path, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const lines = text.slice(1).trim().split('\r\n')
  expect(lines[0]).toBe(
    '"Ligne";"Structure";"FINESS";"Organisme gestionnaire";"Catégorie";"Parcours";"Domaine";"Score";"Échelle";"Couverture";"Je ne sais pas"',
  )
  // One row per structure × domain, then the group's mean and median per domain.
  expect(lines).toHaveLength(1 + (STRUCTURES.length + 2) * definition.domains.length)
  // Four governance questions answered out of the domain's questions.
  const coverage = Math.round(
    (governance.length / (definition.domains.find((d) => d.id === 'gouvernance')?.questions.length ?? 1)) * 100,
  )
  expect(lines).toContain(
    `"Structure";"IME Le Petit Bois";"690380027";"Association Horizon Nord";"IME";"parcours complet";"Gouvernance et stratégie SI";"1,0";"0 à 4";"${coverage} %";"0"`,
  )

  // Anonymised for projection: no structure or OG name on screen, nor in the PDF.
  await page.getByLabel('Anonymiser (projection)').check()
  await expect(heat.getByRole('row', { name: /Structure A/ })).toBeVisible()
  const main =
    (await page.locator('main').innerText()) +
    (await page.locator('main select').evaluateAll((els) => els.map((e) => e.textContent).join(' ')))
  for (const secret of [...STRUCTURES.map((s) => s.name), 'Horizon Nord', 'Sud-Ouest'])
    expect(main).not.toContain(secret)
  await expect(shared.getByRole('row').nth(1)).toContainText('Structure B, Structure C')
  const pdf = await download(page, 'Télécharger la synthèse consolidée (PDF)')
  const pdfText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' })
  expect(pdfText).toContain('Structure A')
  expect(pdfText).toContain('Les 10 actions les plus partagées')
  expect(pdfText).toContain('ce n’est pas la décision de l’ARS')
  for (const secret of [...STRUCTURES.map((s) => s.name), 'Tilleuls', 'Horizon Nord', 'Sud-Ouest'])
    expect(pdfText).not.toContain(secret)
  const anonymousCsv = readFileSync((await download(page, 'Exporter le tableau consolidé (CSV)')).path, 'utf8')
  for (const s of STRUCTURES) {
    expect(anonymousCsv).not.toContain(s.name)
    expect(anonymousCsv).not.toContain(s.finess)
  }

  // Questionnaire variants: a faulty file is refused with the paths, a valid one is offered.
  await page.getByRole('link', { name: 'Retour à l’atelier' }).click()
  const faulty = JSON.parse(variant) as { title: string; domains: { questions: { options: { level: number }[] }[] }[] }
  faulty.title = ''
  const firstOption = faulty.domains[0]?.questions[0]?.options[0]
  if (firstOption) firstOption.level = 9
  // The file field speaks French whatever the browser's language, and shows the chosen file.
  const questionnaireField = page.locator('.import-form .file-picker')
  await expect(questionnaireField).toContainText('Choisir un fichier…')
  await expect(questionnaireField).toContainText('Aucun fichier choisi')
  // Reached with the keyboard, the transparent input shows its focus on the written button.
  await page.getByLabel('Fichier de questionnaire (JSON)').focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Fichier de questionnaire (JSON)')).toBeFocused()
  await expect(questionnaireField.locator('.file-picker-button')).toHaveCSS('outline-style', 'solid')
  await page
    .getByLabel('Fichier de questionnaire (JSON)')
    .setInputFiles({ name: 'variante.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(faulty)) })
  await expect(questionnaireField).toContainText('variante.json')
  await page.getByRole('button', { name: 'Charger le questionnaire' }).click()
  const errors = page.getByTestId('import-errors')
  await expect(errors).toContainText('Le fichier est refusé')
  await expect(errors).toContainText('.title')
  await expect(errors).toContainText('.domains[0].questions[0].options[0].level')
  expect(await violations(page)).toEqual([])

  await page
    .getByLabel('Fichier de questionnaire (JSON)')
    .setInputFiles({ name: 'variante.json', mimeType: 'application/json', buffer: Buffer.from(variant) })
  await page.getByRole('button', { name: 'Charger le questionnaire' }).click()
  await expect(page.getByText('Questionnaire « Exemple minimal » (version 1.0.0) chargé.')).toBeVisible()
  await expect(questionnaireField).toContainText('Aucun fichier choisi')
  await expect(page.getByRole('table', { name: 'Questionnaires chargés' })).toContainText('Exemple minimal')

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes structures' })
    .click()
  await startAssessment(page, 'SSIAD Val de Garonne', 'Exemple minimal')
  await answer(page, 'gouv-schema', 'valide')

  // The variant in use can no longer be removed.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Atelier' }).click()
  await page.getByRole('button', { name: /Retirer Exemple minimal/ }).click()
  await expect(page.getByTestId('import-errors')).toContainText('utilisé par 1 évaluation')
})

test('a structure deleted from the home screen leaves the workshop groups that listed it, and the group stays', async ({
  page,
}) => {
  await page.goto('./')
  for (const s of STRUCTURES.slice(0, 2)) await createStructure(page, s)
  const workshop = page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Atelier' })
  await workshop.click()
  await page.getByLabel('Nom du groupe').fill('Grappe Horizon')
  for (const s of STRUCTURES.slice(0, 2)) await page.getByRole('checkbox', { name: new RegExp(s.name) }).check()
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grappe Horizon' })).toBeVisible()

  await page.getByRole('link', { name: 'Mes structures' }).first().click()
  const card = page
    .getByTestId('structure-card')
    .filter({ has: page.getByRole('heading', { name: 'IME Le Petit Bois' }) })
  await card.getByRole('button', { name: /Supprimer la structure/ }).click()
  await page
    .getByRole('dialog', { name: 'Supprimer la structure' })
    .getByRole('button', { name: 'Supprimer', exact: true })
    .click()
  await expect(page.getByTestId('structure-card')).toHaveCount(1)

  await workshop.click()
  const row = page.getByTestId('group-row').filter({ hasText: 'Grappe Horizon' })
  await expect(row.getByRole('cell').nth(1)).toHaveText('1')
  // Still true after a reload: the change is saved, not only shown.
  await page.reload()
  await expect(page.getByTestId('group-row').filter({ hasText: 'Grappe Horizon' }).getByRole('cell').nth(1)).toHaveText(
    '1',
  )
})
