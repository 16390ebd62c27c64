// A facilitator's collectif (issue #22), unthrottled, in a browser profile on disk: N structure files
// imported at once in the Atelier (chosen, reviewed, the import confirmed), « Mes structures » drawn, a group of all of them created and
// opened, reopened, and its consolidated PDF: clicked after a wait on the group (its library fetched
// ahead meanwhile), then in a new visit of the group, clicked as soon as it is shown. Each step is
// capped: past the cap it is reported as such and the steps after it are not measured.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM } from '../chromium.mjs'
import { instrument, timed, timedDownload } from './page-timing.mjs'

const GROUP = 'Collectif du banc d’essai'
/** How long the user stays on the group before asking for its synthesis. */
export const PDF_WAIT_MS = 5000
const STATS = '[data-testid="group-stats"]'

/**
 * The longest task from the click until the whole group view is drawn (the heat map's last rows
 * come after the statistics), and a second more for what the page does once idle.
 */
async function longestUntilDrawn(page, capMs) {
  await page.locator('[data-testid="heat-map"][aria-busy="false"]').waitFor({ timeout: capMs })
  await page.waitForTimeout(1000)
  return page.evaluate(() =>
    Math.max(0, ...window.__longTasks.filter(([start]) => start >= window.__clickAt).map(([, duration]) => duration)),
  )
}

function pdfPages(path) {
  try {
    return Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1])
  } catch {
    return null
  }
}

/** Ticks every structure of the group form: with « tout cocher » when the form has it, else box by box. */
async function tickAll(page, count) {
  const all = page
    .getByRole('checkbox', { name: /tout cocher/i })
    .or(page.getByRole('button', { name: /tout cocher/i }))
  if (await all.count()) await all.first().click()
  else {
    // One box at a time, letting the form update in between, as clicks do.
    await page.locator('.structure-picker input[type="checkbox"]').evaluateAll(async (boxes) => {
      for (const box of boxes) {
        if (!box.checked) box.click()
        await new Promise((done) => setTimeout(done))
      }
    })
  }
  const ticked = await page.locator('.structure-picker input[type="checkbox"]:checked').count()
  if (ticked < count) throw new Error(`${ticked} structure(s) cochée(s) sur ${count}`)
}

/**
 * Measures the steps on the N files at `paths`; `capMs` bounds each step. Returns { import, review,
 * longestImportTask, refused, home, longestHomeTask, open, longestOpenTask, reopen,
 * longestReopenTask, pdf, pages, pdfAtOnce, capped }.
 */
export async function measureCollectif(origin, paths, capMs) {
  const profile = mkdtempSync(join(tmpdir(), 'capsi-bench-collectif-'))
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM,
    acceptDownloads: true,
    serviceWorkers: 'block',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(capMs)
  await page.addInitScript(instrument, null)
  const figures = { capped: null }
  const pdfButton = () => page.getByRole('button', { name: 'Télécharger la synthèse consolidée (PDF)' })
  const nav = (name) => page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name })
  const steps = [
    async () => {
      await page.goto(`${origin}/#/atelier`)
      const picker = page.getByLabel('Choisir les fichiers (plusieurs possibles)')
      // From the files chosen, through their review (the confirm clicked as soon as it shows), to the end.
      const confirm = page.getByRole('button', { name: /^Importer \d+ fichiers?$/ })
      // The frame in which the review is first shown, read in the page.
      await page.evaluate(() => {
        window.__reviewAt = undefined
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="batch-review-summary"]')) return
          observer.disconnect()
          requestAnimationFrame(() => (window.__reviewAt = performance.now()))
        })
        observer.observe(document, { subtree: true, childList: true })
      })
      const done = await timed(
        page,
        'status',
        'Import terminé',
        () => picker.setInputFiles(paths),
        capMs,
        async () => {
          // Waited for frame by frame: the locator's own waiting would retry only every half second.
          await page.waitForFunction(() => window.__reviewAt !== undefined, null, { timeout: capMs, polling: 'raf' })
          await confirm.click({ timeout: capMs })
        },
      )
      figures.import = done.ms
      figures.review = (await page.evaluate(() => window.__reviewAt)) - done.startAt
      figures.longestImportTask = done.longestTask
      figures.refused = await page
        .getByTestId('batch-results')
        .locator('tbody tr[data-status="refused"], tbody tr[data-status="failed"]')
        .count()
    },
    async () => {
      const drawn = await timed(page, 'structures', paths.length, () => nav('Mes structures').click(), capMs)
      figures.home = drawn.ms
      figures.longestHomeTask = drawn.longestTask
    },
    async () => {
      await nav('Atelier').click()
      await page.getByLabel('Nom du groupe').fill(GROUP)
      await tickAll(page, paths.length)
      figures.open = (
        await timed(page, 'selector', STATS, () => page.getByRole('button', { name: 'Créer le groupe' }).click(), capMs)
      ).ms
      figures.longestOpenTask = await longestUntilDrawn(page, capMs)
    },
    async () => {
      await page.getByRole('link', { name: 'Retour à l’atelier' }).click()
      const open = page.getByRole('link', { name: `Ouvrir ${GROUP}` })
      figures.reopen = (await timed(page, 'selector', STATS, () => open.click(), capMs)).ms
      figures.longestReopenTask = await longestUntilDrawn(page, capMs)
    },
    async () => {
      await page.waitForTimeout(PDF_WAIT_MS)
      const { ms, file } = await timedDownload(page, () => pdfButton().click(), capMs)
      figures.pdf = ms
      figures.pages = pdfPages(await file.path())
    },
    async () => {
      // A new visit of the group: nothing fetched ahead yet when the button is clicked.
      await page.reload()
      await page.locator(STATS).waitFor({ timeout: capMs })
      figures.pdfAtOnce = (await timedDownload(page, () => pdfButton().click(), capMs)).ms
    },
  ]
  for (const [index, step] of steps.entries()) {
    try {
      await step()
    } catch (error) {
      if (error?.name !== 'TimeoutError') throw error
      figures.capped = index
      break
    }
  }
  await context.close()
  rmSync(profile, { recursive: true, force: true })
  return figures
}
