import { expect, test, type Page } from '@playwright/test'
import { createStructure } from './helpers'

// The service worker would cache every file on its own: blocked, only what the app fetches ahead is there.
test.use({ serviceWorkers: 'block' })

/** How many files matching `pattern` the page has fetched to the end. */
function fetched(page: Page, pattern: RegExp): Promise<number> {
  return page.evaluate(
    (source) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => new RegExp(source).test(e.name) && e.responseEnd > 0,
      ).length,
    pattern.source,
  )
}

const ASSESSMENT_CODE = /\/assets\/(AssessmentView|QuestionnaireSurvey)-[\w-]+\.js$/

test('the assessment screen, the results screen and the survey engine are fetched once the home screen is usable and idle: the clicks need no request for them', async ({
  page,
}) => {
  // When the app's own home screen replaces the copy written into the page at build time.
  await page.addInitScript(() => {
    const seen = window as unknown as { __usableAt?: number }
    new MutationObserver((_records, observer) => {
      const app = document.getElementById('app')
      if (app && !app.hasAttribute('data-prerendered') && app.hasAttribute('data-capsi-started')) {
        seen.__usableAt = performance.now()
        observer.disconnect()
      }
    }).observe(document, { subtree: true, attributes: true, childList: true })
  })
  await page.goto('./')

  // Fetched ahead, without any action of the user…
  await expect.poll(() => fetched(page, ASSESSMENT_CODE)).toBe(2)
  // … and not before the home screen was usable.
  const { usableAt, fetchedFrom } = await page.evaluate((source) => {
    const entries = performance.getEntriesByType('resource').filter((e) => new RegExp(source).test(e.name))
    return {
      usableAt: (window as unknown as { __usableAt?: number }).__usableAt,
      fetchedFrom: Math.min(...entries.map((e) => e.startTime)),
    }
  }, ASSESSMENT_CODE.source)
  expect(usableAt).toBeGreaterThan(0)
  expect(fetchedFrom).toBeGreaterThanOrEqual(usableAt ?? Infinity)

  await createStructure(page, { name: 'EHPAD Les Tilleuls', finess: '750712184', category: 'EHPAD' })
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.getByLabel('Questionnaire').first().selectOption({ label: 'Autodiagnostic de maturité SI de l’ESMS' })
  await page
    .getByRole('button', { name: /Lancer une évaluation/ })
    .first()
    .click()
  await expect(page.locator('[data-name]').first()).toBeVisible()
  // The survey itself (its « Suivant » button), not only the page drawn while it would come down.
  await expect(page.getByRole('button', { name: 'Suivant' })).toBeVisible()
  expect(requested.filter((url) => ASSESSMENT_CODE.test(url))).toEqual([])

  // The results screen and Chart.js came down too: « Résultats » needs no request for them.
  const RESULTS_CODE = /\/assets\/(ResultsView|chart)-[\w-]+\.js$/
  await expect.poll(() => fetched(page, RESULTS_CODE)).toBe(2)
  requested.length = 0
  await page.getByRole('link', { name: 'Résultats' }).first().click()
  await expect(page.getByTestId('domain-scores')).toBeVisible()
  expect(requested.filter((url) => RESULTS_CODE.test(url))).toEqual([])
})
