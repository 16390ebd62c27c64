import { expect, test } from '@playwright/test'
import { collectifFile, nameOf, PLACES, SIZE } from './collectif-file'
import { violations } from './helpers'

test('fifty structures stay manageable: a search on the home screen; in their group, a heat map with its headers in view and long lists of names folded', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('./#/donnees')
  await page
    .getByLabel('Fichier de sauvegarde CapSI (.json)')
    .setInputFiles({ name: 'collectif.json', mimeType: 'application/json', buffer: Buffer.from(collectifFile()) })
  await page.getByRole('button', { name: 'Importer', exact: true }).click()
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 })

  // The home screen lists fifty structures: a search narrows them, and says how many it keeps.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes structures' })
    .click()
  // Fifty cards are not drawn at once: twenty per page, the screen saying which and how many.
  const status = page.getByTestId('structure-filter-status')
  const pager = page.getByRole('navigation', { name: 'Pages de la liste des structures' })
  await expect(page.getByTestId('structure-card')).toHaveCount(20)
  await expect(status).toHaveText(`Structures 1 à 20 sur ${SIZE}`)
  await expect(pager).toContainText('Page 1 sur 3')
  await expect(pager.getByRole('button', { name: 'Page précédente' })).toBeDisabled()
  await pager.getByRole('button', { name: 'Page suivante' }).click()
  await expect(status).toHaveText(`Structures 21 à 40 sur ${SIZE}`)
  await expect(pager).toContainText('Page 2 sur 3')
  // The focus goes to the first structure of the new page.
  await expect(page.getByTestId('structure-card').first().getByRole('heading', { level: 2 })).toBeFocused()
  expect(await violations(page)).toEqual([])
  await pager.getByRole('button', { name: 'Page suivante' }).click()
  await expect(page.getByTestId('structure-card')).toHaveCount(SIZE - 40)
  await expect(status).toHaveText(`Structures 41 à ${SIZE} sur ${SIZE}`)
  await expect(pager.getByRole('button', { name: 'Page suivante' })).toBeDisabled()

  // A search starts again from its first page; narrow enough, it needs no pages.
  const search = page.getByLabel('Rechercher une structure')
  await expect(search).toHaveAccessibleDescription('Nom, numéro FINESS, catégorie ou organisme gestionnaire.')
  await search.fill('val de lys')
  await expect(page.getByTestId('structure-card')).toHaveCount(SIZE / PLACES.length)
  await expect(page.getByTestId('structure-filter-status')).toHaveText(`${SIZE / PLACES.length} structures sur ${SIZE}`)
  await search.fill('ime VAL')
  await expect(page.getByTestId('structure-card')).toHaveCount(1)
  await expect(page.getByTestId('structure-card').getByRole('heading', { level: 2 })).toHaveText(nameOf(17))
  await expect(page.getByTestId('structure-filter-status')).toHaveText(`1 structure sur ${SIZE}`)
  // A completed assessment is opened, not resumed.
  await expect(page.getByRole('link', { name: 'Ouvrir — Autodiagnostic de maturité SI de l’ESMS' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Reprendre/ })).toHaveCount(0)
  await search.fill('Marseille')
  await expect(page.getByTestId('structure-card')).toHaveCount(0)
  await expect(page.getByTestId('structure-filter-status')).toHaveText(
    'Aucune structure ne correspond à cette recherche.',
  )
  expect(await violations(page)).toEqual([])
  await search.fill('5900')
  await expect(status).toHaveText(`Structures 1 à 20 sur ${SIZE} trouvées (${SIZE} au total)`)
  await expect(pager).toContainText('Page 1 sur 3')
  await search.fill('')
  await expect(page.getByTestId('structure-card')).toHaveCount(20)
  await expect(status).toHaveText(`Structures 1 à 20 sur ${SIZE}`)

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Atelier' }).click()
  await page.getByRole('link', { name: /Collectif SI Hauts-de-France/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Collectif SI Hauts-de-France' })).toBeVisible()

  // One row per structure, in a region of its own that scrolls both ways.
  const heatMap = page.getByTestId('heat-map')
  await expect(heatMap.locator('tbody tr')).toHaveCount(SIZE)
  const region = page.getByRole('region', { name: 'Score par structure et par domaine' })
  await region.scrollIntoViewIfNeeded()
  await region.evaluate((el) => {
    el.scrollTop = el.scrollHeight
    el.scrollLeft = el.scrollWidth
  })
  const area = await region.boundingBox()
  const lastName = heatMap.getByRole('rowheader', { name: nameOf(SIZE - 1), exact: true })
  const domainHeader = heatMap.getByRole('columnheader').last()
  const nameBox = await lastName.boundingBox()
  const headerBox = await domainHeader.boundingBox()
  if (!area || !nameBox || !headerBox) throw new Error('heat map not laid out')
  // Scrolled to the far right and to the bottom: the structure's name is still at the left edge,
  // the domain titles still at the top.
  expect(Math.abs(nameBox.x - area.x)).toBeLessThan(2)
  expect(Math.abs(headerBox.y - area.y)).toBeLessThan(2)
  expect(
    await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.textContent?.trim(),
      [nameBox.x + 5, nameBox.y + nameBox.height / 2],
    ),
  ).toBe(nameOf(SIZE - 1))

  // A shared action concerning most of the group names them behind a disclosure.
  const shared = page.getByTestId('shared-actions')
  const folded = shared.locator('details').first()
  await expect(folded.locator('summary')).toHaveText(/^Afficher les \d+ structures$/)
  const count = Number((await folded.locator('summary').textContent())?.match(/\d+/)?.[0])
  expect(count).toBeGreaterThan(6)
  await expect(folded.locator('p')).toBeHidden()
  await folded.locator('summary').click()
  await expect(folded.locator('p')).toBeVisible()
  expect((await folded.locator('p').textContent())?.split(', ')).toHaveLength(count)

  expect(await violations(page)).toEqual([])
})
