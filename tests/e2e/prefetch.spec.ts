import { expect, test } from '@playwright/test'
import { createStructure } from './helpers'

// The service worker would cache every file on its own: blocked, only what the app fetches ahead is there.
test.use({ serviceWorkers: 'block' })

const ASSESSMENT_CODE = /\/assets\/(AssessmentView|QuestionnaireSurvey)-[\w-]+\.js$/

test('the assessment screen’s code and the survey engine are fetched once the home screen is usable and idle, so that the click needs no request for it', async ({
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
  await expect
    .poll(() =>
      page.evaluate(
        (source) =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
            (e) => new RegExp(source).test(e.name) && e.responseEnd > 0,
          ).length,
        ASSESSMENT_CODE.source,
      ),
    )
    .toBe(2)
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
})
