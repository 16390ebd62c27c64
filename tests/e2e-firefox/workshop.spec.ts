/** A facilitator's workshop and a conformity grid, in Firefox ESR served from localhost. */
import { readFileSync } from 'node:fs'
import { fixTypography } from '../../scripts/french-typography.mjs'
import {
  answer,
  createStructure,
  download,
  expect,
  heading,
  label,
  labelled,
  navigate,
  pdfText,
  role,
  saved,
  startAssessment,
  test,
  textOf,
  violations,
} from './helpers'

const STRUCTURES = [
  {
    name: 'EHPAD Les Tilleuls',
    finess: '590350013',
    category: 'EHPAD',
    organisation: 'Association Horizon Nord',
    level: 'aucun',
  },
  {
    name: 'IME Le Petit Bois',
    finess: '690380027',
    category: 'IME',
    organisation: 'Association Horizon Nord',
    level: 'en-redaction',
  },
  {
    name: 'SSIAD Val de Garonne',
    finess: '330410036',
    category: 'SSIAD',
    organisation: 'Fondation Sud-Ouest Soins',
    level: 'valide',
  },
]

test('a facilitator imports three establishments’ files at once, groups them, compares them and exports the group', async ({
  firefox,
  baseURL,
}) => {
  test.setTimeout(240_000)
  // Each establishment exports its own file, from a browser of its own (a Firefox container: no shared data).
  const files: string[] = []
  for (const s of STRUCTURES) {
    const context = await firefox.browser.createBrowserContext()
    const page = await context.newPage()
    await page.goto(baseURL ?? '')
    await createStructure(page, s)
    await startAssessment(page, s.name)
    await answer(page, 'gouv-schema-directeur', s.level)
    await navigate(page, 'Navigation principale', 'Mes structures')
    const file = await download(firefox, () => role(page, 'button', `Exporter ${s.name}`).click())
    files.push(file.path)
    await context.close()
  }

  const context = await firefox.browser.createBrowserContext()
  const page = await context.newPage()
  await page.goto(`${baseURL}#/atelier`)
  await expect.poll(() => heading(page)).toBe('Atelier')
  const input = await page.waitForSelector('input#batch-files')
  await input?.uploadFile(...files)
  // The review says what the files would do; nothing is written before the confirm.
  await expect.poll(() => textOf(page, '[data-testid="batch-review-summary"]')).toContain('3 nouvelles structures')
  await role(page, 'button', 'Importer 3 fichiers').click()
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[role="status"]')]
          .map((el) => el.textContent)
          .join(' ')
          .replace(/\s+/g, ' '),
      ),
    )
    .toContain('Import terminé : 3 fichiers traités.')
  for (const s of STRUCTURES) await expect.poll(() => textOf(page, '[data-testid="batch-results"]')).toContain(s.name)
  expect(await violations(page)).toEqual([])

  await labelled(page, 'Nom du groupe').fill('Grappe Horizon')
  for (const s of STRUCTURES) await label(page, s.name).click()
  await role(page, 'button', 'Créer le groupe').click()
  await expect.poll(() => heading(page)).toBe('Grappe Horizon')
  // The heat map writes each structure's governance score; the group's statistics and radar table follow.
  await expect.poll(() => textOf(page, '[data-testid="heat-map"]')).toContain('SSIAD Val de Garonne')
  expect(await textOf(page, '[data-testid="heat-map"]')).toContain('IME Le Petit Bois')
  await page.waitForSelector('[data-testid="group-radar-table"]')
  expect(await textOf(page, '[data-testid="group-stats"]')).toContain('Gouvernance')
  expect(await violations(page)).toEqual([])

  const csv = await download(firefox, () => role(page, 'button', 'Exporter le tableau consolidé (CSV)').click())
  const lines = readFileSync(csv.path, 'utf8').slice(1).trim().split('\r\n')
  expect(lines[0]).toBe(
    '"Ligne";"Structure";"FINESS";"Organisme gestionnaire";"Catégorie";"Parcours";"Domaine";"Score";"Échelle";"Couverture";"Je ne sais pas"',
  )
  for (const s of STRUCTURES)
    expect(lines.filter((line) => line.startsWith(`"Structure";"${s.name}";`)).length).toBeGreaterThan(1)
  const pdf = await download(firefox, () => role(page, 'button', 'Télécharger la synthèse consolidée (PDF)').click())
  const text = pdfText(pdf.path)
  for (const s of STRUCTURES) expect(text).toContain(s.name)
  expect(text).toContain('Grappe Horizon')
  await context.close()
})

test('a conformity grid is filled, its dates and levels survive a reload, and its radar has a table of the same values', async ({
  firefox,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const page = await firefox.browser.newPage()
  await page.goto(baseURL ?? '')
  await createStructure(page, { name: 'EHPAD Les Tilleuls', finess: '750712184', category: 'EHPAD' })
  await page
    .locator(
      '[data-testid="structure-card"] ::-p-xpath(.//a[starts-with(normalize-space(.), "Grilles de conformité")])',
    )
    .click()
  await expect.poll(() => heading(page)).toBe('Grilles de conformité — EHPAD Les Tilleuls')
  await labelled(page, 'Nom du service').fill('DUI Horizon')
  await labelled(page, 'Date de début de la démarche').fill('2026-09-01')
  await role(page, 'button', 'Créer le service').click()
  await expect.poll(() => heading(page)).toBe('Grille de conformité : DUI Horizon')

  await saved(page, () => label(page, 'Dossier usager informatisé').click())
  await saved(page, () => label(page, 'Il enregistre ou transmet des données de santé').click())
  await saved(page, () => label(page, 'Il est hébergé hors de la structure').click())
  await saved(page, () => label(page, 'Une seule structure').click())
  await saved(page, () => role(page, 'combobox', 'S10 : niveau actuel').fill('2'))
  await saved(page, () => role(page, 'combobox', 'S10 : niveau cible').fill('4'))
  await saved(page, () => page.locator(`input[aria-label="${fixTypography('S10 : date visée')}"]`).fill('2027-12-15'))
  await saved(page, () => role(page, 'textbox', 'S10 : justification').fill('PGSSI-S appliquée sur le socle'))
  await saved(page, () => role(page, 'combobox', 'S14 : niveau actuel').fill('4'))
  // The top level without justification: the error is written next to the field, and the level is kept.
  await expect
    .poll(() => textOf(page, 'table.grid-table tr[data-code="S14"]'))
    .toContain('Une justification est obligatoire au niveau le plus élevé')
  expect(await violations(page)).toEqual([])

  await page.reload()
  await page.waitForSelector('table.grid-table tr[data-code="S10"]')
  const values = () =>
    page.evaluate(
      (names) => names.map((name) => document.querySelector<HTMLInputElement>(`[aria-label="${name}"]`)?.value),
      [
        'S10 : niveau actuel',
        'S10 : niveau cible',
        'S10 : date visée',
        'S10 : justification',
        'S14 : niveau actuel',
      ].map(fixTypography),
    )
  await expect.poll(values).toEqual(['2', '4', '2027-12-15', 'PGSSI-S appliquée sur le socle', '4'])
  // The radar's text equivalent gives the same values.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('table')].find((t) =>
            t.caption?.textContent?.startsWith('Niveaux de l’axe Sécurité'),
          )?.textContent ?? '',
      ),
    )
    .toMatch(/S10.*2\s*4/)
  // The chart's code loads on its own: the canvas may come a moment after the table.
  await expect.poll(async () => (await page.$('canvas[role="img"][aria-label^="Radar Sécurité"]')) !== null).toBe(true)
})
