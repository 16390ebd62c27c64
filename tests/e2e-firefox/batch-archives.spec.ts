/** The workshop's batch import fed with a zip archive, in Firefox ESR served from localhost. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { generateStructureFiles } from '../fixtures/generate-structures'
import { expect, heading, role, test, textOf, violations } from './helpers'

test('a zip of three structure files and a readme, chosen in the workshop, imports the three structures', async ({
  firefox,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const root = mkdtempSync(join(tmpdir(), 'capsi-zip-firefox-'))
  try {
    const files = generateStructureFiles(3, { at: '2026-10-05T09:00:00.000Z', seed: 31 })
    const archive = join(root, 'envoi.zip')
    writeFileSync(
      archive,
      zipSync({
        ...Object.fromEntries(files.map((f) => [`envoi/${f.name}`, strToU8(f.text)])),
        'envoi/lisez-moi.txt': strToU8('Fichiers du collectif.'),
      }),
    )
    const page = await firefox.browser.newPage()
    await page.goto(`${baseURL}#/atelier`)
    await expect.poll(() => heading(page)).toBe('Atelier')
    const input = await page.waitForSelector('input#batch-files')
    await input?.uploadFile(archive)
    // The review says what the files would do; nothing is written before the confirm.
    await expect.poll(() => textOf(page, '[data-testid="batch-review-summary"]')).toContain('3 nouvelles structures')
    await role(page, 'button', 'Importer 3 fichiers').click()
    await expect.poll(() => textOf(page, '[data-testid="batch-summary"]')).toBe('3 structures importées.')
    expect(await textOf(page, '[data-testid="batch-skipped"]')).toBe('1 fichier ignoré : ni .json ni .zip.')
    const results = (await textOf(page, '[data-testid="batch-results"]')) ?? ''
    for (const f of files) {
      expect(results).toContain(`envoi.zip › envoi/${f.name}`)
      expect(results).toContain(f.structure.name)
    }
    expect(await violations(page)).toEqual([])
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})
