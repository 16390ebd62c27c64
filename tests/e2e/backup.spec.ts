import { readFile } from 'node:fs/promises'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { backupChecksum } from '../../src/domain/backup/backup'
import { answer, checkedValue, comment, createStructure, question, startAssessment, violations } from './helpers'

const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const RECORD_STORES = [
  'structures',
  'assessments',
  'answers',
  'actionEdits',
  'customActions',
  'services',
  'groups',
] as const

type Records = Record<(typeof RECORD_STORES)[number], Record<string, unknown>[]>
interface ExportedFile {
  text: string
  name: string
  json: { checksum: string; formatVersion: number; data: Records & { definitions: { id: string; version: string }[] } }
}

/** Every record the app saved, read straight from IndexedDB in the page. */
async function readDatabase(page: Page): Promise<Records> {
  return page.evaluate(
    async (stores) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('capsi')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const result: Record<string, unknown[]> = {}
      for (const name of stores) {
        result[name] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
      }
      db.close()
      return result
    },
    [...RECORD_STORES],
  ) as Promise<Records>
}

/** The records of a file, without the embedded questionnaires. */
function recordsOf(data: Records): Records {
  return Object.fromEntries(RECORD_STORES.map((name) => [name, data[name]])) as Records
}

async function openData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Mes données' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible()
}

async function exportEverything(page: Page): Promise<ExportedFile> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter toutes mes données' }).click()
  const download = await downloading
  const text = await readFile(await download.path(), 'utf8')
  return { text, name: download.suggestedFilename(), json: JSON.parse(text) as ExportedFile['json'] }
}

async function importText(page: Page, text: string, name = 'sauvegarde.json'): Promise<void> {
  await page
    .getByLabel('Fichier de sauvegarde CapSI (.json)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') })
}

/** A page in a new browser context: a browser whose site data is empty. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
  })
  return context.newPage()
}

/** A changed copy of an exported file whose checksum is computed again, as CapSI would write it. */
function resealed(file: ExportedFile, change: (data: Records) => void): string {
  const json = structuredClone(file.json)
  change(json.data)
  json.checksum = backupChecksum(json.data)
  return JSON.stringify(json)
}

async function fillOneAssessment(page: Page): Promise<void> {
  await page.goto('./')
  await createStructure(page, {
    name: 'EHPAD Les Tilleuls',
    finess: '750712184',
    category: 'EHPAD',
    capacity: '80',
    organisation: 'Association Horizon',
  })
  await createStructure(page, { name: 'SSIAD du Val', finess: '130000003', category: 'SSIAD' })
  await startAssessment(page, 'EHPAD Les Tilleuls', QUESTIONNAIRE)
  await answer(page, 'gouv-schema-directeur', 'en-redaction')
  await comment(page, 'gouv-schema-directeur', 'Rédaction prévue avec l’OG — « 2027 »')
  await answer(page, 'gouv-budget-si', 'partiel')
}

test('everything exported from « Mes données » comes back, identical, in a browser with no data', async ({
  page,
  browser,
  baseURL,
}) => {
  await fillOneAssessment(page)
  await openData(page)
  await expect(page.getByTestId('data-counts')).toContainText('2 structures')
  await expect(page.getByTestId('data-counts')).toContainText('2 réponses')
  await expect(page.getByTestId('last-backup')).toHaveText(
    'Vos données n’ont encore jamais été sauvegardées dans un fichier.',
  )

  const file = await exportEverything(page)
  expect(file.name).toMatch(/^CapSI_toutes-mes-donnees_\d{4}-\d{2}-\d{2}\.json$/)
  expect(file.json.formatVersion).toBe(2)
  expect(file.json.data.definitions.map((d) => d.id)).toEqual(['autodiagnostic-maturite-si-esms'])
  // The file holds exactly what the database holds.
  expect(recordsOf(file.json.data)).toEqual(await readDatabase(page))
  await expect(page.getByTestId('last-backup')).toContainText('Dernière sauvegarde complète de vos données : le ')

  const fresh = await freshPage(browser, baseURL)
  await fresh.goto('./#/donnees')
  await expect(fresh.getByTestId('data-counts')).toContainText('0 structure')
  await importText(fresh, file.text, file.name)
  const preview = fresh.getByTestId('import-preview')
  await expect(preview.getByTestId('import-added')).toContainText('EHPAD Les Tilleuls')
  await expect(preview.getByTestId('import-added')).toContainText('SSIAD du Val')
  await expect(preview.getByTestId('import-added')).toContainText('2 réponses')
  await expect(preview.getByTestId('import-conflict')).toHaveCount(0)
  await preview.getByRole('button', { name: 'Importer' }).click()
  await expect(fresh.getByTestId('import-done')).toContainText(
    'Import terminé : 5 éléments ajoutés, 0 remplacé, 0 retiré.',
  )
  await expect(fresh.getByTestId('data-counts')).toContainText('2 structures')

  // Read back from the new browser's database: deep equality with the exported file.
  expect(await readDatabase(fresh)).toEqual(recordsOf(file.json.data))

  // And as the user sees it.
  await fresh.getByRole('link', { name: 'Mes structures' }).first().click()
  await expect(fresh.getByRole('heading', { level: 2, name: 'SSIAD du Val' })).toBeVisible()
  await fresh.getByRole('link', { name: /Reprendre/ }).click()
  await expect(question(fresh, 'gouv-schema-directeur')).toBeVisible()
  expect(await checkedValue(fresh, 'gouv-schema-directeur')).toBe('en-redaction')
  expect(await checkedValue(fresh, 'gouv-budget-si')).toBe('partiel')
  await expect(question(fresh, 'gouv-schema-directeur').getByRole('textbox')).toHaveValue(
    'Rédaction prévue avec l’OG — « 2027 »',
  )
  await fresh.context().close()
})

test('a file with the same assessment changed elsewhere is merged question by question, keeping the latest answer', async ({
  page,
}) => {
  await fillOneAssessment(page)
  await openData(page)
  const file = await exportEverything(page)

  // Elsewhere, later: the schema question was changed and commented.
  const later = new Date(Date.parse(file.json.data.assessments[0]?.updatedAt as string) + 60_000).toISOString()
  const theirs = resealed(file, (data) => {
    for (const record of data.answers) {
      if (record.questionId === 'gouv-schema-directeur')
        Object.assign(record, { value: 'valide', comment: 'Validé en CA de mars', updatedAt: later })
    }
    Object.assign(data.assessments[0] ?? {}, { updatedAt: later })
  })

  // Here, after the export: the budget question was changed.
  await page.getByRole('link', { name: 'Mes structures' }).first().click()
  await page.getByRole('link', { name: /Reprendre/ }).click()
  await answer(page, 'gouv-budget-si', 'suivi')
  await openData(page)

  await importText(page, theirs, 'depuis-le-siege.json')
  const conflict = page.getByTestId('import-conflict')
  await expect(conflict).toHaveCount(1)
  await expect(conflict.locator('legend')).toHaveText(`Évaluation « ${QUESTIONNAIRE} — EHPAD Les Tilleuls »`)
  await expect(conflict).toContainText('2 réponses différentes')
  await expect(conflict.getByLabel('Garder ma version')).toBeChecked()
  await conflict.getByLabel('Garder la réponse la plus récente pour chaque question').check()
  await page.getByRole('button', { name: 'Importer' }).click()
  // Replaced: the assessment record (changed last there) and the schema answer; the budget answer changed here is kept.
  await expect(page.getByTestId('import-done')).toContainText(
    'Import terminé : 0 élément ajouté, 2 remplacés, 0 retiré.',
  )

  const answers = (await readDatabase(page)).answers
  expect(answers.map((a) => [a.questionId, a.value, a.comment])).toEqual([
    ['gouv-budget-si', 'suivi', ''],
    ['gouv-schema-directeur', 'valide', 'Validé en CA de mars'],
  ])
  await page.getByRole('link', { name: 'Mes structures' }).first().click()
  await page.getByRole('link', { name: /Reprendre/ }).click()
  expect(await checkedValue(page, 'gouv-schema-directeur')).toBe('valide')
  expect(await checkedValue(page, 'gouv-budget-si')).toBe('suivi')
  await expect(question(page, 'gouv-schema-directeur').getByRole('textbox')).toHaveValue('Validé en CA de mars')
})

test('a workshop group survives « exporter tout », « tout effacer » and the import of that file; a changed group is a conflict to choose', async ({
  page,
}) => {
  await fillOneAssessment(page)
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await nav.getByRole('link', { name: 'Atelier' }).click()
  await page.getByLabel('Nom du groupe').fill('Grappe Horizon')
  for (const name of ['EHPAD Les Tilleuls', 'SSIAD du Val'])
    await page.getByRole('checkbox', { name: new RegExp(name) }).check()
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grappe Horizon' })).toBeVisible()
  const target = page.getByLabel('Messages MSSanté échangés par la grappe (par mois) : cible')
  await target.fill('12,5')
  await target.blur()
  await expect
    .poll(async () => (await readDatabase(page)).groups[0]?.usageTargets)
    .toEqual({ 'mssante-messages': { target: 12.5, observed: null } })

  await openData(page)
  await expect(page.getByTestId('data-counts')).toContainText('1 groupe d’atelier')
  const file = await exportEverything(page)
  const [exported] = file.json.data.groups
  expect(file.json.data.groups).toHaveLength(1)
  expect(exported).toMatchObject({
    name: 'Grappe Horizon',
    usageTargets: { 'mssante-messages': { target: 12.5, observed: null } },
  })
  expect([...(exported?.structureIds as string[])].sort()).toEqual(
    file.json.data.structures.map((s) => s.id as string).sort(),
  )
  const saved = await readDatabase(page)
  expect(recordsOf(file.json.data)).toEqual(saved)

  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click()
  await page
    .getByRole('dialog', { name: 'Effacer toutes mes données' })
    .getByRole('button', { name: 'Tout effacer' })
    .click()
  await expect(page.getByTestId('data-counts')).toContainText('0 groupe d’atelier')
  await nav.getByRole('link', { name: 'Atelier' }).click()
  await expect(page.getByText('Aucun groupe pour le moment.')).toBeVisible()

  await openData(page)
  await importText(page, file.text, file.name)
  const added = page.getByTestId('import-preview').getByTestId('import-added')
  await expect(added.getByRole('row', { name: /Grappe Horizon/ })).toContainText('Groupe d’atelier')
  await expect(added.getByRole('row', { name: /Grappe Horizon/ })).toContainText('2 structures')
  await page.getByRole('button', { name: 'Importer' }).click()
  await expect(page.getByTestId('import-done')).toContainText(
    'Import terminé : 6 éléments ajoutés, 0 remplacé, 0 retiré.',
  )
  expect(await readDatabase(page)).toEqual(saved)

  // As the facilitator sees it: the group is listed again, with its structures and the target typed.
  await nav.getByRole('link', { name: 'Atelier' }).click()
  const row = page.getByTestId('group-row').filter({ hasText: 'Grappe Horizon' })
  await expect(row).toContainText('2')
  await row.getByRole('link', { name: /Ouvrir/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grappe Horizon' })).toBeVisible()
  await expect(page.getByTestId('heat-map').getByRole('row', { name: /EHPAD Les Tilleuls/ })).toBeVisible()
  await expect(page.getByLabel('Messages MSSanté échangés par la grappe (par mois) : cible')).toHaveValue('12,5')

  // The same group renamed elsewhere, later: listed as a conflict, and the file's version taken on request.
  const later = new Date(Date.parse(saved.groups[0]?.updatedAt as string) + 60_000).toISOString()
  const renamed = resealed(file, (data) => {
    Object.assign(data.groups[0] ?? {}, { name: 'Grappe Horizon (siège)', updatedAt: later })
  })
  await openData(page)
  await importText(page, renamed, 'depuis-le-siege.json')
  const conflict = page.getByTestId('import-conflict')
  await expect(conflict).toHaveCount(1)
  await expect(conflict.locator('legend')).toHaveText('Groupe d’atelier « Grappe Horizon »')
  await expect(conflict).toContainText('Champs différents : nom.')
  await expect(conflict).toContainText('La version du fichier est la plus récente')
  await expect(conflict.getByLabel('Garder ma version')).toBeChecked()
  await conflict.getByLabel('Garder la version modifiée le plus récemment').check()
  await page.getByRole('button', { name: 'Importer' }).click()
  await expect(page.getByTestId('import-done')).toContainText(
    'Import terminé : 0 élément ajouté, 1 remplacé, 0 retiré.',
  )
  await nav.getByRole('link', { name: 'Atelier' }).click()
  await expect(page.getByTestId('group-row')).toHaveCount(1)
  await expect(page.getByTestId('group-row')).toContainText('Grappe Horizon (siège)')
})

test('hostile files: markup stays text, a tampered or truncated file is refused and nothing changes', async ({
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await fillOneAssessment(page)
  await openData(page)
  const file = await exportEverything(page)
  const before = await readDatabase(page)

  // A checksum that does not match: refused, with the reason, and the data are untouched.
  await importText(page, file.text.replace('Association Horizon', 'Association Horizon modifiée'), 'modifie.json')
  const refusal = page.getByTestId('import-refused')
  await expect(refusal).toContainText('Le fichier « modifie.json » ne peut pas être importé :')
  await expect(refusal).toContainText('Le fichier a été modifié ou endommagé : sa somme de contrôle ne correspond pas.')
  await expect(refusal).toContainText('Vos données n’ont pas été modifiées.')
  await expect(page.getByRole('alert').filter({ hasText: 'somme de contrôle' })).toBeVisible()
  await expect(page.getByTestId('import-preview')).toHaveCount(0)

  // A truncated file.
  await importText(page, file.text.slice(0, Math.floor(file.text.length / 2)), 'coupe.json')
  await expect(page.getByTestId('import-refused')).toContainText(
    'Le fichier n’est pas un fichier JSON valide (il est peut-être tronqué).',
  )

  // A file from a newer CapSI.
  await importText(page, JSON.stringify({ ...file.json, formatVersion: 3 }), 'futur.json')
  await expect(page.getByTestId('import-refused')).toContainText(
    'Ce fichier a été créé par une version plus récente de CapSI (format 3).',
  )
  expect(await readDatabase(page)).toEqual(before)

  // Markup and script in every name and comment of a well-formed file: imported as plain text.
  const img = '<img src="x" onerror="window.capsiPwned = 1">'
  const script = '<script>window.capsiPwned = 2</script>'
  const hostile = resealed(file, (data) => {
    const structure = data.structures.find((s) => s.name === 'SSIAD du Val')
    Object.assign(structure ?? {}, { id: 'hostile-structure', name: `${img} SSIAD`, organisation: script })
    for (const record of data.answers) record.comment = `${script} ${img}`
    Object.assign(data.assessments[0] ?? {}, { respondents: [{ name: img, role: script }] })
  })
  await importText(page, hostile, `${img}.json`)
  await expect(page.getByTestId('import-preview')).toContainText(`${img} SSIAD`)
  await page.getByTestId('import-conflict').getByLabel('Prendre celle du fichier').check()
  await page.getByRole('button', { name: 'Importer' }).click()
  await expect(page.getByTestId('import-done')).toBeVisible()
  await page.getByRole('link', { name: 'Mes structures' }).first().click()
  await expect(page.getByRole('heading', { level: 2, name: `${img} SSIAD` })).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await page
    .getByRole('link', { name: /Reprendre/ })
    .first()
    .click()
  await expect(question(page, 'gouv-schema-directeur')).toBeVisible()
  await expect(question(page, 'gouv-schema-directeur').getByRole('textbox')).toHaveValue(`${script} ${img}`)
  expect(await page.evaluate(() => (window as unknown as { capsiPwned?: number }).capsiPwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  const saved = await readDatabase(page)
  expect(saved.structures.find((s) => s.id === 'hostile-structure')).toMatchObject({
    name: `${img} SSIAD`,
    organisation: script,
  })
})

test('« Mes données » and its import preview have no accessibility violation', async ({ page }) => {
  await fillOneAssessment(page)
  await openData(page)
  expect(await violations(page)).toEqual([])
  // The file field is read out with what choosing a file does.
  await expect(page.getByLabel('Fichier de sauvegarde CapSI (.json)')).toHaveAccessibleDescription(
    /Rien n’est enregistré avant votre confirmation/,
  )

  const file = await exportEverything(page)
  const theirs = resealed(file, (data) => {
    const ehpad = data.structures.find((s) => s.name === 'EHPAD Les Tilleuls') ?? {}
    data.structures.push({ ...ehpad, id: 'nouvelle-structure', name: 'IME Les Sources' })
    Object.assign(ehpad, { name: 'EHPAD Les Tilleuls (siège)', updatedAt: new Date().toISOString() })
    Object.assign(data.answers[0] ?? {}, { value: 'valide', updatedAt: new Date().toISOString() })
  })
  await importText(page, theirs, 'autre.json')
  await expect(page.getByTestId('import-conflict')).toHaveCount(2)
  await expect(page.getByTestId('import-unchanged')).toContainText('SSIAD du Val')
  expect(await violations(page)).toEqual([])

  await importText(page, '{"format":"capsi-backup"', 'coupe.json')
  await expect(page.getByTestId('import-refused')).toBeVisible()
  expect(await violations(page)).toEqual([])

  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click()
  await expect(page.getByRole('dialog', { name: 'Effacer toutes mes données' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('erasing everything asks first and offers to export before', async ({ page }) => {
  await fillOneAssessment(page)
  await openData(page)
  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click()
  const dialog = page.getByRole('dialog', { name: 'Effacer toutes mes données' })
  await dialog.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByTestId('data-counts')).toContainText('2 structures')

  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click()
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Exporter d’abord' }).click()
  const download = await downloading
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as ExportedFile['json']
  expect(exported.data.structures).toHaveLength(2)
  await dialog.getByRole('button', { name: 'Tout effacer' }).click()
  await expect(page.getByTestId('data-counts')).toContainText('0 structure')
  await page.reload()
  await expect(page.getByTestId('data-counts')).toContainText('0 réponse')
  await page.getByRole('link', { name: 'Mes structures' }).first().click()
  await expect(page.getByText('Aucune structure pour le moment.')).toBeVisible()
})

test('the home page exports a structure, offers an export before deleting, and reminds after a week without backup', async ({
  page,
}) => {
  await page.goto('./')
  await page.evaluate(() => sessionStorage.setItem('capsi-now', '2026-01-05T09:00:00.000Z'))
  await page.reload()
  await createStructure(page, { name: 'IME Les Sources', finess: '130000003', category: 'IME' })
  await expect(page.getByTestId('backup-reminder').getByRole('status')).toHaveText('')

  const card = page
    .getByTestId('structure-card')
    .filter({ has: page.getByRole('heading', { name: 'IME Les Sources' }) })
  const downloading = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Exporter IME Les Sources' }).click()
  expect((await downloading).suggestedFilename()).toBe('CapSI_structure_IME-Les-Sources_2026-01-05.json')

  // One assessment alone, from its row.
  await startAssessment(page, 'IME Les Sources', 'Autodiagnostic de maturité SI de l’ESMS')
  await answer(page, 'gouv-schema-directeur', 'valide')
  await page.getByRole('link', { name: 'Mes structures' }).first().click()
  const exportingOne = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Exporter l’évaluation du 05/01/2026' }).click()
  const one = await exportingOne
  expect(one.suggestedFilename()).toBe('CapSI_evaluation_IME-Les-Sources_2026-01-05.json')
  const oneFile = JSON.parse(await readFile(await one.path(), 'utf8')) as ExportedFile['json']
  expect(oneFile.data.assessments).toHaveLength(1)
  expect(oneFile.data.answers.map((a) => [a.questionId, a.value])).toEqual([['gouv-schema-directeur', 'valide']])

  await page.evaluate(() => sessionStorage.setItem('capsi-now', '2026-01-13T09:00:00.000Z'))
  await page.reload()
  const reminder = page.getByTestId('backup-reminder').getByRole('status')
  await expect(reminder).toContainText(
    'Vous avez des modifications non sauvegardées depuis plus d’une semaine : pensez à exporter vos données.',
  )
  await expect(page.getByRole('alert').filter({ hasText: 'non sauvegardées' })).toHaveCount(0)
  await reminder.getByRole('link', { name: 'Exporter mes données' }).click()
  await expect(page).toHaveURL(/#\/donnees$/)
  await exportEverything(page)
  await page.getByRole('link', { name: 'Mes structures' }).first().click()
  await expect(page.getByTestId('backup-reminder')).toContainText(
    'Dernière sauvegarde complète de vos données : le 13/01/2026.',
  )
  await expect(reminder).toHaveText('')

  await card.getByRole('button', { name: /Supprimer la structure/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Supprimer la structure' })
  const exportingFirst = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Exporter d’abord' }).click()
  expect((await exportingFirst).suggestedFilename()).toBe('CapSI_structure_IME-Les-Sources_2026-01-13.json')
  await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click()
  await expect(page.getByTestId('structure-card')).toHaveCount(0)
})

for (const granted of [false, true]) {
  test(`asking for persistent storage explains the browser's answer (${granted ? 'granted' : 'refused'})`, async ({
    page,
  }) => {
    // The browser's answer depends on its own heuristics; here it is fixed.
    await page.addInitScript((answer) => {
      let durable = false
      Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(durable) })
      Object.defineProperty(navigator.storage, 'persist', { value: () => Promise.resolve((durable = answer)) })
    }, granted)
    await page.goto('./#/donnees')
    await expect(
      page.getByText(/^Espace utilisé\s:\s.+ \(le navigateur en autorise jusqu’à .+ environ\)\.$/),
    ).toBeVisible()
    await expect(page.getByTestId('persisted')).toContainText('La conservation durable n’est pas accordée')
    await page.getByRole('button', { name: 'Demander la conservation durable' }).click()
    const answer = granted ? 'Conservation durable accordée.' : 'Le navigateur a refusé pour le moment.'
    await expect(page.getByRole('status').filter({ hasText: answer })).toBeVisible()
    await expect(page.getByTestId('persisted')).toContainText(
      granted ? 'Le navigateur conserve vos données durablement' : 'La conservation durable n’est pas accordée',
    )
  })
}
