// The figures that must hold with no throttling (issue #23): a 100-question domain drawn, an answer
// durably saved (200 times, as a person answers), and the PDF of a complete assessment once its
// library is loaded. In a browser profile on disk, as a user's browser has.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM } from '../chromium.mjs'
import { median, percentile } from './stats.mjs'

/** A maturity definition with one domain of 100 questions, loaded like a facilitator's own file. */
function bigDefinition() {
  const scale = [0, 1, 2, 3, 4].map((value) => ({
    value,
    label: `Niveau ${value}`,
    description: `Situation de niveau ${value}.`,
  }))
  const questions = Array.from({ length: 100 }, (_, i) => ({
    id: `q-${i + 1}`,
    text: `Question de mesure numéro ${i + 1} : la pratique est-elle en place ?`,
    help: 'Texte d’aide de la question, avec un exemple concret pour la direction.',
    weight: 1 + (i % 3),
    allowUnknown: true,
    allowNotApplicable: i % 4 === 0,
    options: scale.map((s) => ({
      value: `n${s.value}`,
      label: `Situation observable de niveau ${s.value}`,
      level: s.value,
    })),
  }))
  return {
    id: 'mesure-cent-questions',
    version: '1.0.0',
    kind: 'maturity',
    title: 'Mesure : cent questions',
    description: 'Questionnaire de mesure des performances.',
    scale,
    domains: [
      {
        id: 'accueil',
        title: 'Accueil',
        description: 'Une question.',
        weight: 1,
        questions: [{ ...questions[0], id: 'accueil-1' }],
      },
      { id: 'grand-domaine', title: 'Grand domaine', description: 'Cent questions.', weight: 1, questions },
    ],
    actions: [],
  }
}

/** Runs the three measures; `runs` renders of the domain, and PDFs after the first. */
export async function measureUnthrottled(origin, runs) {
  // A persistent profile, as a user's browser has: IndexedDB writes go to disk, not to memory.
  const profile = mkdtempSync(join(tmpdir(), 'capsi-bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, CHROMIUM)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${origin}/`)
  // A structure and a 100-question assessment, created through the interface.
  await page.getByLabel('Nom de la structure').fill('EHPAD Mesure')
  await page.getByLabel('Numéro FINESS (établissement)').fill('750712184')
  await page.getByLabel('Catégorie').selectOption('EHPAD')
  await page.getByRole('button', { name: 'Créer la structure' }).click()
  await page.goto(`${origin}/#/atelier`)
  const file = join(mkdtempSync(join(tmpdir(), 'capsi-bench-')), 'mesure-cent-questions.json')
  writeFileSync(file, JSON.stringify(bigDefinition()))
  await page.locator('#definition-file').setInputFiles(file)
  await page.locator('.import-form button[type="submit"]').click()
  await page
    .getByRole('cell', { name: /Mesure : cent questions/ })
    .first()
    .waitFor()
  await page.goto(`${origin}/`)
  await page.getByLabel('Questionnaire').selectOption({ label: 'Mesure : cent questions' })
  await page.getByRole('button', { name: /Lancer une évaluation/ }).click()
  // The survey itself, not the first page drawn while its engine comes down.
  await page.locator('.capsi-survey:not(.capsi-first-page) [data-name="accueil-1"]').waitFor()

  // Rendering the 100-question domain: from the click on its tab to the last question in the page.
  const domainTimes = []
  for (let i = 0; i < runs; i++) {
    await page.locator('[data-domain="accueil"]').click()
    await page.locator('[data-name="accueil-1"]').waitFor()
    domainTimes.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const start = performance.now()
            const observer = new MutationObserver(() => {
              if (document.querySelectorAll('[data-name^="q-"]').length === 100) {
                observer.disconnect()
                requestAnimationFrame(() => done(performance.now() - start))
              }
            })
            observer.observe(document.body, { childList: true, subtree: true })
            document.querySelector('[data-domain="grand-domaine"]').click()
          }),
      ),
    )
  }

  // From a click on an answer to the confirmation that it is durably written, 200 times. As a person
  // does, each answer is given on a question in view, once the page has settled from the previous one.
  const saves = await page.evaluate(async () => {
    const status = document.querySelector('[data-testid="save-status"]')
    const times = []
    for (let i = 0; i < 200; i++) {
      const question = document.querySelector(`[data-name="q-${(i % 100) + 1}"]`)
      question.scrollIntoView({ block: 'center' })
      await new Promise((done) => requestIdleCallback(done, { timeout: 500 }))
      const before = Number(status.getAttribute('data-saved-count'))
      // Always a different option from the one chosen, so that every click is a change to save.
      const input = question.querySelector('input[type="radio"]:not(:checked)')
      const start = performance.now()
      input.click()
      // The confirmation is the status element's saved count going up once the write has committed.
      await new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error('réponse non enregistrée')), 5000)
        const observer = new MutationObserver(() => {
          if (Number(status.getAttribute('data-saved-count')) > before && status.getAttribute('data-pending') === '0') {
            observer.disconnect()
            clearTimeout(timer)
            done()
          }
        })
        observer.observe(status, { attributes: true })
      })
      times.push(performance.now() - start)
    }
    return times
  })

  // The PDF of a full assessment: answer the autodiagnostic, then time the report (cold, then warm).
  await page.goto(`${origin}/`)
  await page.getByLabel('Questionnaire').selectOption({ label: 'Autodiagnostic de maturité SI de l’ESMS' })
  await page.getByRole('button', { name: /Lancer une évaluation/ }).click()
  await page.locator('[data-name]').first().waitFor()
  const domains = await page
    .locator('[data-domain]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-domain')))
  for (const domain of domains) {
    await page.locator(`[data-domain="${domain}"]`).click()
    await page.evaluate(async () => {
      for (let round = 0; round < 30; round++) {
        const pending = [...document.querySelectorAll('[data-name]')].filter((q) => !q.querySelector('input:checked'))
        if (pending.length === 0) return
        for (const q of pending) q.querySelectorAll('input[type="radio"]')[2]?.click()
        await new Promise((done) => setTimeout(done, 30))
      }
    })
  }
  await page.getByRole('link', { name: 'Résultats' }).first().click()
  const pdfTimes = []
  for (let i = 0; i < Math.max(3, runs); i++) {
    const downloaded = page.waitForEvent('download')
    const start = Date.now()
    await page.getByRole('button', { name: 'Télécharger le rapport PDF' }).click()
    await downloaded
    pdfTimes.push(Date.now() - start)
  }
  await context.close()
  rmSync(profile, { recursive: true, force: true })
  return {
    domainRender: median(domainTimes),
    saveMedian: median(saves),
    saveP95: percentile(saves, 95),
    pdfCold: pdfTimes[0],
    pdfWarm: median(pdfTimes.slice(1)),
  }
}
