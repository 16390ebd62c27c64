// Benchmark: builds the app and a bare Vite + Vue page in the same run, then measures sizes and
// timings in headless Chromium on this machine, and prints the figures beside their targets.
// Figures only: nothing here fails on a slow machine (shared machines are noisy).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { CHROMIUM } from './chromium.mjs'

const root = resolve(import.meta.dirname, '..')
const RUNS = 5
const RENDER_RUNS = 21

function run(cmd, args, cwd = root) {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The JavaScript and CSS a page loads before anything else: entry script, preloads, stylesheets. */
function initialAssets(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1])
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
  for (const ref of new Set(refs)) {
    const content = readFileSync(join(dist, ref))
    const kind = ref.endsWith('.css') ? 'css' : 'js'
    sizes[kind].raw += content.length
    sizes[kind].gzip += gzipSync(content, { level: 9 }).length
  }
  return sizes
}

/** Size of a built file, raw and gzip. */
function fileSize(path) {
  const content = readFileSync(path)
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

function chunk(dist, prefix) {
  const file = readdirSync(join(dist, 'assets')).find((f) => f.startsWith(prefix) && f.endsWith('.js'))
  return file ? fileSize(join(dist, 'assets', file)).gzip : null
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' }

function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    // As a well-configured static host: hashed assets cached for good, the rest revalidated.
    const caching = path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': caching }).end(readFileSync(file))
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * A confidence interval for the median that assumes nothing of the values' law: the k-th smallest and
 * the k-th largest of n values cover the median with a probability taken from the binomial law (the
 * largest k whose coverage is at least `level`). With 21 loads: the 7th and the 15th, 92 %.
 */
function medianInterval(values, level = 0.9) {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  let probability = 0.5 ** n // P(X = 0) for X ~ B(n, 1/2)
  let below = 0 // P(X <= j - 1)
  let k = 1
  for (let j = 1; j <= n / 2; j++) {
    below += probability
    probability *= (n - j + 1) / j
    if (1 - 2 * below < level) break
    k = j
  }
  return [sorted[k - 1], sorted[n - k]]
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * Records, in the page, when the app has started: the selector is in the document and no part of the
 * page is still the copy written at build time (`data-prerendered`, see src/prerender-markup.ts).
 */
function watchFor(selector) {
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector) && !document.querySelector('[data-prerendered]')) {
      window.__started = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}

/**
 * The first contentful paint (the first time the page shows text) and the app's start, in ms. With
 * no selector to wait for (the page's own markup, its code held back), the first paint alone.
 */
async function renderTime(page, url, selector) {
  await page.goto(url)
  await page.waitForFunction(
    (waitForStart) => (!waitForStart || window.__started !== undefined) && performance.getEntriesByName('first-contentful-paint').length > 0,
    Boolean(selector),
  )
  return page.evaluate(() => ({ paint: performance.getEntriesByName('first-contentful-paint')[0].startTime, started: window.__started ?? NaN }))
}

/** Writes beside the built page a copy without its module scripts (the app's code); returns its name. */
function writeMarkupOnly(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const stripped = html.replace(/<script type="module"[^>]*><\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '')
  if (stripped.includes('type="module"') || stripped.includes('modulepreload')) throw new Error('page sans code : un script de module reste')
  writeFileSync(join(dist, 'accueil-sans-code.html'), stripped)
  return 'accueil-sans-code.html'
}

/**
 * Medians of the app's and the reference's figures, and the median of their ratios taken load by
 * load, with its confidence interval for the first display.
 */
function compare([app, reference]) {
  const of = (samples, key) => median(samples.map((s) => s[key]))
  const ratios = (key) => app.map((s, i) => s[key] / reference[i][key])
  return {
    app: { paint: of(app, 'paint'), started: of(app, 'started') },
    reference: { paint: of(reference, 'paint'), started: of(reference, 'started') },
    ratio: { paint: median(ratios('paint')), started: median(ratios('started')) },
    interval: { paint: medianInterval(ratios('paint')) },
  }
}

/**
 * First paint and start of the app's home screen and of the reference page, measured by the page
 * itself. Cold: a new browser profile for every load (a first visit). Warm: reloads in one profile
 * per page (a returning visit: HTTP cache, service worker and compiled code already there). The
 * pages are loaded in turn, and each ratio is taken between two loads made one after the other, so
 * that the machine's changing load weighs on both alike.
 */
/**
 * The built page opened from a folder (`file://`), as from a file share: it then runs the app built
 * as one classic script (see vite.config.ts). A new browser profile for every load.
 */
async function fileShareStart(browser, dist) {
  const url = pathToFileURL(join(dist, 'index.html')).href
  const samples = []
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(watchFor, 'main h1')
    samples.push(await renderTime(page, url, 'main h1'))
    await context.close()
  }
  return { paint: median(samples.map((s) => s.paint)), started: median(samples.map((s) => s.started)) }
}

async function firstRenders(browser, pages, markupOnly) {
  const cold = [...pages, markupOnly].map(() => [])
  for (let i = 0; i < RENDER_RUNS; i++) {
    for (const [k, { url, selector }] of pages.entries()) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.addInitScript(watchFor, selector)
      cold[k].push(await renderTime(page, url, selector))
      await context.close()
    }
    // The same first visit to the page without the app's code: what drawing the home screen written
    // at build time costs by itself, whatever the code does.
    const context = await browser.newContext()
    cold[pages.length].push(await renderTime(await context.newPage(), markupOnly.url))
    await context.close()
  }
  const opened = []
  for (const { url, selector } of pages) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(watchFor, selector)
    await renderTime(page, url, selector)
    // Lets the service worker (registered once the browser is idle) install and cache the app, as
    // after a first visit. The reference page has none: the wait then ends after three seconds.
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 3000))]))
    await page.waitForTimeout(500)
    await renderTime(page, url, selector)
    opened.push({ context, page, url, selector })
  }
  const warm = pages.map(() => [])
  for (let i = 0; i < RENDER_RUNS; i++) {
    for (const [k, { page, url, selector }] of opened.entries()) warm[k].push(await renderTime(page, url, selector))
  }
  for (const { context } of opened) await context.close()
  const [app, reference, markup] = cold
  return { cold: compare([app, reference]), warm: compare(warm), markupOnly: compare([markup, reference]) }
}

/** A maturity definition with one domain of 100 questions, loaded like a facilitator's own file. */
function bigDefinition() {
  const scale = [0, 1, 2, 3, 4].map((value) => ({ value, label: `Niveau ${value}`, description: `Situation de niveau ${value}.` }))
  const questions = Array.from({ length: 100 }, (_, i) => ({
    id: `q-${i + 1}`,
    text: `Question de mesure numéro ${i + 1} : la pratique est-elle en place ?`,
    help: 'Texte d’aide de la question, avec un exemple concret pour la direction.',
    weight: 1 + (i % 3),
    allowUnknown: true,
    allowNotApplicable: i % 4 === 0,
    options: scale.map((s) => ({ value: `n${s.value}`, label: `Situation observable de niveau ${s.value}`, level: s.value })),
  }))
  return {
    id: 'mesure-cent-questions',
    version: '1.0.0',
    kind: 'maturity',
    title: 'Mesure : cent questions',
    description: 'Questionnaire de mesure des performances.',
    scale,
    domains: [
      { id: 'accueil', title: 'Accueil', description: 'Une question.', weight: 1, questions: [{ ...questions[0], id: 'accueil-1' }] },
      { id: 'grand-domaine', title: 'Grand domaine', description: 'Cent questions.', weight: 1, questions },
    ],
    actions: [],
  }
}

async function measureApp(origin) {
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
  await page.getByRole('cell', { name: /Mesure : cent questions/ }).first().waitFor()
  await page.goto(`${origin}/`)
  await page.getByLabel('Questionnaire').selectOption({ label: 'Mesure : cent questions' })
  await page.getByRole('button', { name: /Lancer une évaluation/ }).click()
  await page.locator('[data-name="accueil-1"]').waitFor()

  // Rendering the 100-question domain: from the click on its tab to the last question in the page.
  const domainTimes = []
  for (let i = 0; i < RUNS; i++) {
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
  const domains = await page.locator('[data-domain]').evaluateAll((els) => els.map((e) => e.getAttribute('data-domain')))
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
  for (let i = 0; i < 3; i++) {
    const downloaded = page.waitForEvent('download')
    const start = Date.now()
    await page.getByRole('button', { name: 'Télécharger le rapport PDF' }).click()
    await downloaded
    pdfTimes.push(Date.now() - start)
  }
  await context.close()
  rmSync(profile, { recursive: true, force: true })
  return { domainRender: median(domainTimes), saveMedian: median(saves), saveP95: percentile(saves, 95), pdfCold: pdfTimes[0], pdfWarm: median(pdfTimes.slice(1)) }
}

function consolidationTime() {
  const out = join(mkdtempSync(join(tmpdir(), 'capsi-bench-')), 'consolidation.json')
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], { cwd: root, env: { ...process.env, CAPSI_BENCH_OUT: out }, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0 || !existsSync(out)) return null
  return JSON.parse(readFileSync(out, 'utf8')).medianMs
}

function row(label, value, target, ok) {
  const mark = ok === null ? '  ' : ok ? 'ok' : '!!'
  return `${mark}  ${label.padEnd(48)} ${String(value).padStart(14)}   cible : ${target}`
}

/** Whether a ratio's confidence interval lies under the × 1.5 target, above it, or across it. */
function verdict([low, high]) {
  if (high <= 1.5) return 'sous × 1,5 : cible tenue, au-delà du bruit de la mesure'
  if (low > 1.5) return 'au-dessus de × 1,5 : cible manquée, au-delà du bruit de la mesure'
  return 'contient × 1,5 : la mesure ne départage pas'
}

const ratioRange = ([low, high]) => `× ${low.toFixed(2)} à ${high.toFixed(2)}`
const kb = (n) => `${(n / 1024).toFixed(1)} Ko`
const ms = (n) => `${n.toFixed(1)} ms`

async function main() {
  // Inside the project (ignored by git) so that the reference page resolves Vue from node_modules.
  const work = join(root, 'dist-bench')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const appDist = join(work, 'app')
  const bareDir = join(work, 'bare')
  console.log('Construction de l’application et de la page Vite + Vue de référence…')
  run('npx', ['vite', 'build', '--outDir', appDist, '--emptyOutDir'])
  run('npx', ['vite', 'build', '--mode', 'file-share', '--outDir', appDist])
  mkdirSync(join(bareDir, 'src'), { recursive: true })
  writeFileSync(join(bareDir, 'index.html'), '<!doctype html><html lang="fr"><head><meta charset="UTF-8"><title>Référence</title></head><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>')
  writeFileSync(join(bareDir, 'src', 'main.js'), "import { createApp, h } from 'vue'\ncreateApp({ render: () => h('h1', 'Bonjour') }).mount('#app')\n")
  run('npx', ['vite', 'build', bareDir, '--config', join(root, 'scripts', 'bench-bare.config.mjs'), '--outDir', join(bareDir, 'dist'), '--emptyOutDir'])

  const app = initialAssets(appDist)
  const bare = initialAssets(join(bareDir, 'dist'))
  const lazy = { survey: chunk(appDist, 'AssessmentView'), pdf: (chunk(appDist, 'pdfmake') ?? 0) + (chunk(appDist, 'vfs_fonts') ?? 0), charts: chunk(appDist, 'radar-config') }

  const appServer = await serve(appDist)
  const bareServer = await serve(join(bareDir, 'dist'))
  const browser = await chromium.launch(CHROMIUM)
  const appOrigin = `http://127.0.0.1:${appServer.address().port}`
  const bareOrigin = `http://127.0.0.1:${bareServer.address().port}`
  // The machine's load weighs more on drawing a full screen than on drawing one word: it is printed.
  const loadBefore = loadavg()[0]
  const renders = await firstRenders(
    browser,
    [
      { url: `${appOrigin}/`, selector: 'main h1' },
      { url: `${bareOrigin}/`, selector: 'h1' },
    ],
    { url: `${appOrigin}/${writeMarkupOnly(appDist)}` },
  )
  const loadAfter = loadavg()[0]
  const measured = await measureApp(appOrigin)
  const fileShare = await fileShareStart(browser, appDist)
  const fileShareScript = fileSize(join(appDist, 'assets', 'capsi-fichier.js'))
  await browser.close()
  appServer.close()
  bareServer.close()
  const consolidation = consolidationTime()
  rmSync(work, { recursive: true, force: true })

  const jsRatio = app.js.gzip / bare.js.gzip
  const lines = [
    '',
    `CapSI — mesures sur cette machine (${new Date().toISOString().slice(0, 10)}, Chromium headless ; médianes sur ${RENDER_RUNS} essais pour les premiers affichages, ${RUNS} pour le rendu d’un domaine)`,
    `Charge de la machine pendant les premiers affichages (moyenne sur 1 min) : ${loadBefore.toFixed(2)} au début, ${loadAfter.toFixed(2)} à la fin, pour ${availableParallelism()} cœurs`,
    '',
    row('JS initial de l’accueil (brut)', kb(app.js.raw), '—', null),
    row('JS initial de l’accueil (gzip)', kb(app.js.gzip), `≤ 2 × page de référence (${kb(bare.js.gzip)})`, jsRatio <= 2),
    row('  rapport à la page Vite + Vue de référence', `× ${jsRatio.toFixed(2)}`, '≤ × 2', jsRatio <= 2),
    row('CSS initial de l’accueil (brut / gzip)', `${kb(app.css.raw)} / ${kb(app.css.gzip)}`, '—', null),
    ...['cold', 'warm'].flatMap((visit) => {
      const label = visit === 'cold' ? 'première visite' : 'visite suivante'
      const { app: home, reference, ratio, interval } = renders[visit]
      return [
        row(`Premier affichage de l’accueil, ${label}`, ms(home.paint), `≤ 1,5 × référence (${ms(reference.paint)})`, ratio.paint <= 1.5),
        row('  rapport à la page de référence', `× ${ratio.paint.toFixed(2)}`, '≤ × 1,5', ratio.paint <= 1.5),
        row('    intervalle de confiance à 90 %', ratioRange(interval.paint), verdict(interval.paint), null),
        ...(visit === 'cold'
          ? [
              row('  même page, sans le code de l’application', ms(renders.markupOnly.app.paint), 'comparaison : le dessin de l’écran seul', null),
              row('    rapport à la page de référence', `× ${renders.markupOnly.ratio.paint.toFixed(2)}`, '—', null),
              row('      intervalle de confiance à 90 %', ratioRange(renders.markupOnly.interval.paint), '—', null),
            ]
          : []),
        row(`Application démarrée, ${label}`, ms(home.started), `référence : ${ms(reference.started)}`, null),
        row('  rapport à la page de référence', `× ${ratio.started.toFixed(2)}`, '—', null),
      ]
    }),
    row('Ouvert depuis un partage de fichiers (file://)', '', '—', null),
    row('  script unique de l’application (gzip)', kb(fileShareScript.gzip), `brut : ${kb(fileShareScript.raw)}`, null),
    row('  premier affichage', ms(fileShare.paint), '—', null),
    row('  application démarrée', ms(fileShare.started), '—', null),
    row('Moteur de questionnaire (chargé à la demande, gzip)', kb(lazy.survey ?? 0), 'hors accueil', lazy.survey !== null),
    row('Bibliothèque PDF et polices (à la demande, gzip)', kb(lazy.pdf), 'hors accueil', lazy.pdf > 0),
    row('Graphiques Chart.js (à la demande, gzip)', lazy.charts === null ? 'dans la vue' : kb(lazy.charts), 'hors accueil', true),
    row('Rendu d’un domaine de 100 questions', ms(measured.domainRender), '< 300 ms', measured.domainRender < 300),
    row('Réponse → écriture durable (médiane, 200 réponses)', ms(measured.saveMedian), '—', null),
    row('Réponse → écriture durable (p95, 200 réponses)', ms(measured.saveP95), '< 20 ms', measured.saveP95 < 20),
    row('PDF d’une évaluation complète (premier, à froid)', ms(measured.pdfCold), '—', null),
    row('PDF d’une évaluation complète (suivants)', ms(measured.pdfWarm), '< 1 500 ms', measured.pdfWarm < 1500),
    row('Consolidation de 50 structures × 100 questions', consolidation === null ? 'échec' : ms(consolidation), '< 200 ms', consolidation !== null && consolidation < 200),
    '',
  ]
  console.log(lines.join('\n'))
}

await main()
