/**
 * A facilitator reads a collectif of fifty structures: the heat map searched and sorted, one
 * structure placed against the group, the shared actions from a share of the group they choose.
 */
import { expect, test, type Locator } from '@playwright/test'
import { collectifFile, SIZE } from './collectif-file'
import { violations } from './helpers'

/** A French decimal cell (« 2,5 ») as a number; « n.é. » as null. */
function decimal(text: string | null): number | null {
  const value = Number((text ?? '').trim().replace(',', '.'))
  return Number.isNaN(value) ? null : value
}

/** The numbers of one column of a table's body. */
async function column(table: Locator, index: number): Promise<(number | null)[]> {
  return (await table.locator(`tbody tr > :nth-child(${index})`).allTextContents()).map(decimal)
}

test('a collectif’s heat map is searched and sorted, a structure is set against the group, and shared actions start at a share of it', async ({
  page,
}) => {
  test.setTimeout(150_000)
  await page.goto('./#/donnees')
  await page
    .getByLabel('Fichier de sauvegarde CapSI (.json)')
    .setInputFiles({ name: 'collectif.json', mimeType: 'application/json', buffer: Buffer.from(collectifFile()) })
  await page.getByRole('button', { name: 'Importer', exact: true }).click()
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Atelier' }).click()
  await page.getByRole('link', { name: /Collectif SI Hauts-de-France/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Collectif SI Hauts-de-France' })).toBeVisible()

  // The heat map: a search keeps the structures of one place, and says how many.
  const heat = page.getByTestId('heat-map')
  await expect(heat.locator('tbody tr')).toHaveCount(SIZE)
  await page.getByLabel('Rechercher une structure ou un OG').fill('val de lys')
  await expect(heat.locator('tbody tr')).toHaveCount(SIZE / 5)
  await expect(page.getByTestId('heat-shown')).toHaveText(`10 sur 50 structures affichées.`)
  await page.getByLabel('Rechercher une structure ou un OG').fill('')
  await expect(heat.locator('tbody tr')).toHaveCount(SIZE)

  // Sorted by the first domain, highest first: its column never goes up from one row to the next.
  const sort = page.getByLabel('Trier par')
  const firstDomain = (await sort.locator('option').nth(2).textContent())?.trim() ?? ''
  await sort.selectOption({ label: firstDomain })
  const scores = (await column(heat, 4)).filter((v): v is number => v !== null)
  expect(scores.length).toBeGreaterThan(1)
  expect(scores).toEqual([...scores].sort((a, b) => b - a))
  expect(scores[0]).toBeGreaterThan(scores[scores.length - 1] ?? 0)
  const best = (await heat.locator('tbody tr th').first().textContent())?.trim() ?? ''

  // The best structure in that domain against the group: its value is the group's maximum there.
  const compare = page.getByRole('region', { name: 'Une structure face au groupe' })
  await compare.getByLabel('Structure comparée au groupe').selectOption({ label: best })
  const radarTable = compare.getByTestId('group-radar-table')
  await expect(radarTable.locator('thead th')).toHaveText(['Domaine', best, 'Moyenne du groupe', 'Minimum', 'Maximum'])
  const firstRow = radarTable.locator('tbody tr').first()
  const cells = (await firstRow.locator('td').allTextContents()).map(decimal)
  expect(cells[0]).toBe(scores[0])
  expect(cells[0]).toBe(cells[3])
  expect(cells[1] ?? 0).toBeLessThan(cells[0] ?? 0)

  // Shared actions in a group of fifty: from a quarter of it (13 structures), the most needed first.
  const shared = page.getByTestId('shared-actions')
  const threshold = page.getByTestId('shared-threshold')
  await expect(threshold.locator('option:checked')).toHaveText('25 % du groupe (13 structures sur 50)')
  const needs = (await column(shared, 3)) as number[]
  expect(needs.length).toBeGreaterThan(0)
  expect(needs.every((n) => n >= 13)).toBe(true)
  expect(needs).toEqual([...needs].sort((a, b) => b - a))
  // No action has been started in these plans: every structure that needs one has it « à lancer ».
  expect(await column(shared, 4)).toEqual(needs)
  await threshold.selectOption({ label: '50 % du groupe (25 structures sur 50)' })
  const halfNeeds = (await column(shared, 3)) as number[]
  expect(halfNeeds.every((n) => n >= 25)).toBe(true)
  expect(halfNeeds.length).toBeLessThanOrEqual(needs.length)
  expect(await violations(page)).toEqual([])
})
