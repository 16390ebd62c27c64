/** The core journey of an establishment in Firefox ESR, served from localhost (a secure context). */
import { readFileSync } from 'node:fs'
import type { Page } from 'puppeteer-core'
import { readCsv } from '../csv-reader'
import {
  answer,
  checkedValue,
  comment,
  createStructure,
  download,
  focusWithKeyboard,
  expect,
  heading,
  launchFirefox,
  navigate,
  outlineStyle,
  pdfText,
  question,
  role,
  saved,
  startAssessment,
  test,
  textOf,
  violations,
} from './helpers'

const STRUCTURE = 'EHPAD Les Tilleuls'
const SCHEMA_ACTION = '[data-action="act-rediger-schema-directeur-si"]'

async function goHome(page: Page): Promise<void> {
  await navigate(page, 'Navigation principale', 'Mes structures')
  await expect.poll(() => heading(page)).toBe('Mes structures')
}

test('an establishment creates, answers, reloads, reads its results, edits its plan, exports PDF, CSV and a backup another profile imports, and a second tab is read-only', async ({
  firefox,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const page = await firefox.browser.newPage()
  await page.goto(baseURL ?? '')
  await expect.poll(() => heading(page)).toBe('Mes structures')
  expect(await page.evaluate(() => isSecureContext)).toBe(true)
  expect(await violations(page)).toEqual([])

  // Bad input is refused in French, and nothing is created.
  await role(page, 'button', 'Créer la structure').click()
  await expect
    .poll(() =>
      page.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent).join(' ')),
    )
    .toContain('Le formulaire contient des erreurs')
  expect(await page.$$('[data-testid="structure-card"]')).toHaveLength(0)
  expect(await violations(page)).toEqual([])

  await createStructure(page, { name: STRUCTURE, finess: '750712184', category: 'EHPAD' })
  await startAssessment(page, STRUCTURE)
  await answer(page, 'gouv-schema-directeur', 'aucun')
  await answer(page, 'gouv-budget-si', 'ne-sait-pas')
  await comment(page, 'gouv-budget-si', 'À voir avec l’OG — « budget 2027 »')
  expect(await violations(page)).toEqual([])

  // A reload loses nothing.
  await page.reload()
  await page.waitForSelector(question('gouv-budget-si'))
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('aucun')
  expect(await checkedValue(page, 'gouv-budget-si')).toBe('ne-sait-pas')
  expect(await page.$eval(`${question('gouv-budget-si')} textarea`, (el) => (el as HTMLTextAreaElement).value)).toBe(
    'À voir avec l’OG — « budget 2027 »',
  )
  const assessmentUrl = page.url()

  // Results: scores with their unknowns, the radar drawn and its values as a table.
  await navigate(page, 'Pages de l’évaluation', 'Résultats')
  await page.waitForSelector('[data-testid="radar-table"]')
  await expect
    .poll(() => textOf(page, '[data-testid="domain-scores"] tr[data-domain="gouvernance"]'))
    .toContain('Non évaluable')
  expect(await textOf(page, '[data-testid="radar-table"]')).toContain('Gouvernance et stratégie SI')
  expect(await page.$eval('canvas[role="img"]', (canvas) => (canvas as HTMLCanvasElement).width)).toBeGreaterThan(0)
  expect(await violations(page)).toEqual([])

  // Reached with the keyboard, the report's button shows its focus.
  const reportButton = '::-p-xpath(//button[normalize-space(.)="Télécharger le rapport PDF"])'
  await focusWithKeyboard(page, reportButton)
  expect(await outlineStyle(page, reportButton)).toBe('solid')

  // The PDF, downloaded by Firefox and read back.
  const pdf = await download(firefox, () => role(page, 'button', 'Télécharger le rapport PDF').click())
  expect(pdf.name).toMatch(/^CapSI_EHPAD-Les-Tilleuls_.*\.pdf$/)
  const text = pdfText(pdf.path)
  expect(text).toContain(STRUCTURE)
  expect(text).toContain('Gouvernance et stratégie SI')

  // The action plan: status and owner, kept across a reload, then exported as CSV.
  await navigate(page, 'Pages de l’évaluation', 'Plan d’action')
  await page.waitForSelector(SCHEMA_ACTION)
  await saved(page, () => page.locator(`${SCHEMA_ACTION} ::-p-aria([role="combobox"][name="Statut"])`).fill('doing'))
  await saved(page, () =>
    page.locator(`${SCHEMA_ACTION} ::-p-aria([role="textbox"][name="Responsable"])`).fill('Mme Martin, directrice'),
  )
  await saved(page, () => page.locator(`${SCHEMA_ACTION} input[type="date"]`).fill('2027-03-31'))
  await expect.poll(() => textOf(page, '[data-testid="plan-progress"]')).toContain('1 en cours')
  expect(await violations(page)).toEqual([])
  await page.reload()
  await page.waitForSelector(SCHEMA_ACTION)
  const edits = () =>
    page.$eval(SCHEMA_ACTION, (card) =>
      [...card.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')].map((el) => el.value),
    )
  await expect.poll(edits).toEqual(expect.arrayContaining(['doing', 'Mme Martin, directrice', '2027-03-31']))

  const csv = await download(firefox, () =>
    role(page, 'button', 'Exporter le plan (CSV pour Excel ou LibreOffice)').click(),
  )
  expect(csv.name).toMatch(/^CapSI_plan-action_EHPAD-Les-Tilleuls_\d{4}-\d{2}-\d{2}\.csv$/)
  const csvText = readFileSync(csv.path, 'utf8')
  expect(csvText.charCodeAt(0)).toBe(0xfeff)
  const rows = readCsv(csvText)
  const header = rows[0] ?? []
  const edited = rows.find(
    (r) => r[header.indexOf('Action')] === 'Rédiger un schéma directeur SI court et le faire valider',
  )
  expect(edited?.[header.indexOf('Responsable')]).toBe('Mme Martin, directrice')
  expect(edited?.[header.indexOf('Statut')]).toBe('En cours')
  expect(edited?.[header.indexOf('Échéance')]).toBe('31/03/2027')

  // A second tab on the same assessment is read-only, follows the first one's saves, and takes the
  // editing over with « Modifier ici »: the first tab then becomes read-only and is told why.
  await navigate(page, 'Pages de l’évaluation', 'Questionnaire')
  await page.waitForSelector(question('gouv-schema-directeur'))
  const second = await firefox.browser.newPage()
  await second.goto(assessmentUrl)
  await expect.poll(() => textOf(second, '[data-testid="read-only"]')).toContain('lecture seule')
  expect(
    await second.$eval(`${question('gouv-schema-directeur')} input[value="valide"]`, (el) =>
      el.hasAttribute('readonly'),
    ),
  ).toBe(true)
  await second.$eval(`${question('gouv-schema-directeur')} input[value="valide"]`, (input) =>
    (input as HTMLInputElement).click(),
  )
  expect(await checkedValue(second, 'gouv-schema-directeur')).toBe('aucun')
  // Firefox draws only the tab in front (a puppeteer click waits for a drawn element): each tab is
  // brought to the front before it is used, as a person switches tabs.
  await page.bringToFront()
  await answer(page, 'gouv-schema-directeur', 'en-redaction')
  await second.bringToFront()
  await expect.poll(() => checkedValue(second, 'gouv-schema-directeur')).toBe('en-redaction')
  expect(await violations(second)).toEqual([])
  await role(second, 'button', 'Modifier ici').click()
  await expect.poll(() => second.$('[data-testid="read-only"]')).toBeNull()
  await page.bringToFront()
  await expect
    .poll(() => textOf(page, '[data-testid="read-only"]'))
    .toContain('La modification a été reprise dans un autre onglet')
  await navigate(page, 'Navigation principale', 'Mes structures')
  await second.bringToFront()
  await answer(second, 'gouv-schema-directeur', 'valide')
  await second.close()
  await page.bringToFront()

  // « Mes données »: a backup of everything.
  await navigate(page, 'Navigation principale', 'Mes données')
  await expect.poll(() => textOf(page, '[data-testid="data-counts"]')).toContain('1 structure')
  expect(await violations(page)).toEqual([])
  const backup = await download(firefox, () => role(page, 'button', 'Exporter toutes mes données').click())
  expect(backup.name).toMatch(/^CapSI_toutes-mes-donnees_\d{4}-\d{2}-\d{2}\.json$/)
  await expect
    .poll(() => textOf(page, '[data-testid="last-backup"]'))
    .toContain('Dernière sauvegarde complète de vos données : le ')

  // The backup, imported into another Firefox profile that holds nothing, gives everything back.
  const other = await launchFirefox()
  try {
    const fresh = await other.browser.newPage()
    await fresh.goto(`${baseURL}#/donnees`)
    await expect.poll(() => textOf(fresh, '[data-testid="data-counts"]')).toContain('0 structure')
    // The file field is written in French; reached with the keyboard, its written button shows the focus.
    expect(await textOf(fresh, '.file-picker-button')).toBe('Choisir un fichier…')
    expect(await textOf(fresh, '[data-testid="file-picker-chosen"]')).toBe('Aucun fichier choisi')
    // A click on the written button reaches Firefox's own input, laid over it.
    const underPointer = await fresh.$eval('.file-picker-button', (button) => {
      button.scrollIntoView({ block: 'center' })
      const box = button.getBoundingClientRect()
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.id
    })
    expect(underPointer).toBe('import-file')
    await focusWithKeyboard(fresh, 'input#import-file')
    expect(await outlineStyle(fresh, '.file-picker-button')).toBe('solid')
    const input = await fresh.waitForSelector('input#import-file')
    await input?.uploadFile(backup.path)
    await expect.poll(() => textOf(fresh, '[data-testid="file-picker-chosen"]')).toBe(backup.name)
    await expect.poll(() => textOf(fresh, '[data-testid="import-preview"]')).toContain(STRUCTURE)
    expect(await violations(fresh)).toEqual([])
    await fresh.locator('[data-testid="import-preview"] ::-p-aria([role="button"][name="Importer"])').click()
    await expect
      .poll(() => textOf(fresh, '[data-testid="import-done"]'))
      .toContain('Import terminé : 5 éléments ajoutés, 0 remplacé, 0 retiré.')
    await goHome(fresh)
    await fresh.locator('[data-testid="structure-card"] a[href*="#/evaluation/"]').click()
    await fresh.waitForSelector(question('gouv-budget-si'))
    expect(await checkedValue(fresh, 'gouv-schema-directeur')).toBe('valide')
    expect(await checkedValue(fresh, 'gouv-budget-si')).toBe('ne-sait-pas')
    expect(await fresh.$eval(`${question('gouv-budget-si')} textarea`, (el) => (el as HTMLTextAreaElement).value)).toBe(
      'À voir avec l’OG — « budget 2027 »',
    )
    await navigate(fresh, 'Pages de l’évaluation', 'Plan d’action')
    await fresh.waitForSelector(SCHEMA_ACTION)
    await expect
      .poll(() =>
        fresh.$eval(SCHEMA_ACTION, (card) => card.querySelector<HTMLInputElement>('input[type="text"]')?.value),
      )
      .toBe('Mme Martin, directrice')
  } finally {
    await other.close()
  }
})
