// The low-end profile of issue #23: an old laptop on a structure's Wi-Fi. Chromium's processor slowed
// 4× and a link of 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, through the DevTools protocol.
// Each journey is timed from the user's action to the screen they can use.
import { instrument, startedAt, timed, timedDownload } from './page-timing.mjs'

export const LOW_END = { cpu: 4, latency: 150, downKbit: 1600, upKbit: 750 }
const QUESTIONNAIRE = 'Autodiagnostic de maturité SI de l’ESMS'
const TIMEOUT = 120_000

const LINK = {
  offline: false,
  latency: LOW_END.latency,
  downloadThroughput: (LOW_END.downKbit * 1000) / 8,
  uploadThroughput: (LOW_END.upKbit * 1000) / 8,
}

/** Slows the page's processor and link (the conditions hold across its navigations). */
async function throttle(context, page) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', LINK)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: LOW_END.cpu })
}

/**
 * Gives every service worker the browser starts the same slow link: Chromium applies a page's network
 * conditions to that page only, and the worker's precache would otherwise come down at full speed
 * instead of competing with what the user asks for. Call once per browser.
 */
export async function throttleServiceWorkers(browser) {
  const cdp = await browser.newBrowserCDPSession()
  let id = 0
  cdp.on('Target.targetCreated', async ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false })
    for (const [method, params] of [
      ['Network.enable', {}],
      ['Network.emulateNetworkConditions', LINK],
    ]) {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) })
    }
  })
  await cdp.send('Target.setDiscoverTargets', { discover: true })
}

async function openHome(context, origin, startSelector) {
  const page = await context.newPage()
  await throttle(context, page)
  await page.addInitScript(instrument, startSelector)
  await page.goto(`${origin}/`, { waitUntil: 'commit' })
  return { page, home: await startedAt(page, TIMEOUT) }
}

async function createStructure(page, name) {
  await page.getByLabel('Nom de la structure').fill(name)
  await page.getByLabel('Numéro FINESS (établissement)').fill('750712184')
  await page.getByLabel('Catégorie').selectOption('EHPAD')
  await page.getByRole('button', { name: 'Créer la structure' }).click()
  await page.getByRole('heading', { level: 2, name }).waitFor({ timeout: TIMEOUT })
}

/** A question drawn by the survey engine, not by the first page drawn while it comes down. */
const SURVEY = '.capsi-survey:not(.capsi-first-page) [data-name]'

/**
 * From the click on « Lancer une évaluation » to the first question on screen (drawn and answerable,
 * before the survey engine if it is still coming down), and to the survey itself (the engine there).
 */
async function launch(page) {
  await page.getByLabel('Questionnaire').first().selectOption({ label: QUESTIONNAIRE })
  await page.evaluate((css) => window.__watch(css), SURVEY)
  const { ms, startAt } = await timed(
    page,
    'selector',
    '[data-name]',
    () =>
      page
        .getByRole('button', { name: /Lancer une évaluation/ })
        .first()
        .click(),
    TIMEOUT,
  )
  await page.waitForFunction((css) => window.__seen[css] !== undefined, SURVEY, { timeout: TIMEOUT, polling: 50 })
  const engine = await page.evaluate(([css, from]) => window.__seen[css] - from, [SURVEY, startAt])
  return { first: ms, engine }
}

/** Another domain (from its tab to its first question), then a save (from the click on an answer to « Enregistré »). */
async function domainAndSave(page, { domainId, questionId }) {
  const domain = (
    await timed(
      page,
      'selector',
      `[data-name="${questionId}"]`,
      () => page.locator(`[data-domain="${domainId}"]`).click(),
      TIMEOUT,
    )
  ).ms
  const before = Number(await page.getByTestId('save-status').getAttribute('data-saved-count'))
  const save = (
    await timed(page, 'saved', before, () => page.locator(`[data-name="${questionId}"] label`).first().click(), TIMEOUT)
  ).ms
  return { domain, save }
}

async function results(page) {
  return (
    await timed(
      page,
      'selector',
      '[data-testid="domain-scores"]',
      () => page.getByRole('link', { name: 'Résultats' }).first().click(),
      TIMEOUT,
    )
  ).ms
}

async function pdf(page) {
  return (
    await timedDownload(page, () => page.getByRole('button', { name: 'Télécharger le rapport PDF' }).click(), TIMEOUT)
  ).ms
}

/** Waits until `seconds` have passed since the home screen (or the results) became usable. */
async function stay(page, since, seconds) {
  const now = await page.evaluate(() => performance.now())
  await page.waitForTimeout(Math.max(0, since + seconds * 1000 - now))
}

/**
 * One run on one server: a first visit where the user clicks at once; a first visit where they spend
 * 15 s on the home screen and 10 s on the results; then that user's returning visit (service worker
 * on, second load). Returns every figure in ms.
 */
export async function lowEndRun(browser, origin, second) {
  const figures = {}
  const quick = await browser.newContext()
  {
    const { page, home } = await openHome(quick, origin, 'main h1')
    figures.home = home
    await createStructure(page, 'EHPAD Les Tilleuls')
    const launched = await launch(page)
    figures.launchAtOnce = launched.first
    figures.engineAtOnce = launched.engine
    Object.assign(figures, await domainAndSave(page, second))
    figures.results = await results(page)
    figures.pdfAtOnce = await pdf(page)
  }
  await quick.close()

  const patient = await browser.newContext()
  const { page, home } = await openHome(patient, origin, 'main h1')
  await createStructure(page, 'EHPAD Le Verger')
  await stay(page, home, 15)
  figures.launchAfterWait = (await launch(page)).first
  await results(page)
  await stay(page, await page.evaluate(() => window.__readyAt), 10)
  figures.pdfAfterWait = await pdf(page)

  // The returning visit: once the service worker has installed (it caches the app), the page is loaded again.
  await page.evaluate(() =>
    Promise.race([navigator.serviceWorker?.ready, new Promise((done) => setTimeout(done, 120_000))]),
  )
  await page.close()
  const again = await openHome(patient, origin, '[data-testid="structure-card"]')
  figures.returnHome = again.home
  figures.returnLaunch = (await launch(again.page)).first
  const returned = await domainAndSave(again.page, second)
  figures.returnDomain = returned.domain
  figures.returnSave = returned.save
  figures.returnResults = await results(again.page)
  figures.returnPdf = await pdf(again.page)
  await patient.close()
  return figures
}

/**
 * The control (scripts/bench/control/): a bare page with none of CapSI's code that reads one record
 * from IndexedDB and shows it, precached by its own service worker. Its returning visit, timed as
 * CapSI's « Accueil utilisable » is, tells what the machine and the browser take at least.
 */
export async function controlRun(browser, origin) {
  const context = await browser.newContext()
  const first = await openHome(context, origin, '[data-testid="structure-card"]')
  await first.page.evaluate(() =>
    Promise.race([navigator.serviceWorker?.ready, new Promise((done) => setTimeout(done, 120_000))]),
  )
  await first.page.close()
  const again = await openHome(context, origin, '[data-testid="structure-card"]')
  const fromWorker = await again.page.evaluate(() => navigator.serviceWorker?.controller !== null)
  await context.close()
  if (!fromWorker) throw new Error('Témoin : la page n’a pas été servie par son service worker.')
  return again.home
}
