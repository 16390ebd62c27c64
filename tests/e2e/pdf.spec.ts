import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import {
  answer,
  comment,
  createStructure,
  downloadPdf,
  REPORT_FAILED,
  reportButton,
  saved,
  startAssessment,
} from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const definition = JSON.parse(
  readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as {
  domains: { id: string; questions: { id: string; options: { value: string; level: number }[] }[] }[]
}

test('the PDF summary carries identity, scores, actions and accents as real text', async ({ page }, testInfo) => {
  await page.goto('./')
  await createStructure(page, {
    name: 'EHPAD Les Érables',
    finess: '750712184',
    category: 'EHPAD',
    capacity: '84',
    organisation: 'Fondation Génération Solidaire',
  })
  await startAssessment(page, 'EHPAD Les Érables', QUESTIONNAIRE)
  // Four governance questions at level 1: the domain is assessable and scores 1,0 whatever the weights.
  const governance = definition.domains.find((d) => d.id === 'gouvernance')?.questions.slice(0, 4) ?? []
  for (const question of governance) {
    await answer(page, question.id, question.options.find((o) => o.level === 1)?.value ?? '')
  }
  await comment(page, 'gouv-schema-directeur', 'Projet évoqué en conseil d’administration')

  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).click()
  await page.getByRole('button', { name: 'Ajouter une personne' }).click()
  await saved(page, async () => {
    await page.getByLabel('Nom', { exact: true }).fill('Hélène Dupré')
    await page.getByLabel('Nom', { exact: true }).blur()
  })
  await saved(page, async () => {
    await page.getByLabel('Fonction', { exact: true }).fill('Directrice')
    await page.getByLabel('Fonction', { exact: true }).blur()
  })

  const { text, path, name } = await downloadPdf(page)
  expect(name).toMatch(/^CapSI_EHPAD-Les-Erables_autodiagnostic-maturite-si-esms_\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(text).toContain('EHPAD Les Érables')
  expect(text).toContain('750712184')
  expect(text).toContain('84 places')
  expect(text).toContain('Fondation Génération Solidaire')
  expect(text).toContain('Hélène Dupré, Directrice')
  expect(text).toContain('Autodiagnostic de maturité SI de l’ESMS, version 2.0.0')
  expect(text).toContain('Document produit par autoévaluation')
  expect(text).toMatch(/Gouvernance et stratégie SI\s+1,0 \/ 4\s+Émergent/)
  expect(text).toContain('Rédiger un schéma directeur SI court et le faire valider')
  expect(text).toContain('Projet évoqué en conseil d’administration')
  expect(text).toContain('Note de méthode')
  expect(text).toMatch(/page 1 \/ \d+/)
  // Page 1 rendered to PNG, kept with the test's artefacts for a human to look at.
  mkdirSync(testInfo.outputDir, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', path, `${testInfo.outputDir}/rapport-page`])

  // The anonymised version names no person and no structure.
  await page.getByLabel('Version anonymisée (pour un organisme de coordination)').check()
  const anonymous = await downloadPdf(page)
  expect(anonymous.name).toMatch(/^CapSI_EHPAD-departement-75_autodiagnostic/)
  for (const secret of [
    'Les Érables',
    'Hélène',
    'Dupré',
    '750712184',
    'Fondation Génération',
    'Projet évoqué en conseil',
  ]) {
    expect(anonymous.text).not.toContain(secret)
  }
  expect(anonymous.text).toContain('EHPAD (département 75)')
})

test('when the structure has conformity grids, the PDF adds each service’s axes, gaps and security needs', async ({
  page,
}) => {
  await page.goto('./')
  await createStructure(page, { name: 'SSIAD Grille', finess: '750712184', category: 'SSIAD' })
  await page.getByRole('link', { name: /Grilles de conformité/ }).click()
  await page.getByLabel('Nom du service').fill('DUI Soins à domicile')
  await page.getByRole('button', { name: 'Créer le service' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grille de conformité : DUI Soins à domicile' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Mes structures' }).click()
  await startAssessment(page, 'SSIAD Grille', QUESTIONNAIRE)
  await answer(page, 'gouv-schema-directeur', 'aucun')
  await page.getByRole('navigation', { name: 'Pages de l’évaluation' }).getByRole('link', { name: 'Résultats' }).click()
  const { text } = await downloadPdf(page)
  expect(text).toContain('Grille de conformité : DUI Soins à domicile')
  expect(text).toContain('Exigences sous la cible')
  expect(text).toContain('Besoins de sécurité')
  expect(text).toMatch(/Confidentialit/)
})

test.describe('a PDF library that could not be loaded', () => {
  // Without a service worker every request reaches the page's routes, as on a first visit cut short.
  test.use({ serviceWorkers: 'block' })

  test('is reported in French, creates no file, and is loaded again at the next export', async ({ page }) => {
    await page.goto('./')
    await createStructure(page, { name: 'SAVS Réessai', finess: '750712184', category: 'SAVS' })
    await startAssessment(page, 'SAVS Réessai', QUESTIONNAIRE)
    await answer(page, 'gouv-schema-directeur', 'aucun')

    // The PDF library's file cannot be fetched (the connection is down), neither when the results
    // fetch it ahead nor at the click; then the connection comes back.
    let down = true
    let refused = 0
    await page.route(/\/assets\/pdfmake-[^/]+\.js$/, async (route) => {
      if (down) {
        refused += 1
        await route.abort('internetdisconnected')
      } else {
        await route.continue()
      }
    })
    await page
      .getByRole('navigation', { name: 'Pages de l’évaluation' })
      .getByRole('link', { name: 'Résultats' })
      .click()
    const downloads: string[] = []
    page.on('download', (download) => downloads.push(download.suggestedFilename()))
    await reportButton(page).click()
    await expect(page.getByTestId('report-status')).toHaveText(REPORT_FAILED)
    await expect(reportButton(page)).toBeEnabled()
    expect(refused).toBeGreaterThanOrEqual(1)
    expect(downloads).toEqual([])

    // Once the connection is back, the next click fetches the library again and produces the report.
    down = false
    const { text, name } = await downloadPdf(page)
    expect(name).toMatch(/^CapSI_SAVS-Reessai_/)
    expect(text).toContain('SAVS Réessai')
    await expect(page.getByTestId('report-status')).toHaveText('Rapport téléchargé.')
  })
})
