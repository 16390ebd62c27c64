// `npm run bench`: what users wait for, printed as one Markdown table with the targets beside the
// figures (see docs/performance.md). Builds the app into dist-bench/, serves it with a plain static
// server of its own (without compression and with gzip), and measures in Debian's Chromium:
//   A. the low-end profile of issue #23 (processor slowed 4×, 1.6 Mbit/s, 150 ms), first and
//      returning visits, and the figures that must hold unthrottled;
//   B. a collectif of N generated structure files (issue #22), unthrottled;
//   C. sizes: initial JavaScript, lazy chunks, what the service worker precaches.
// Figures only: nothing here fails on a slow machine.
// Options: --runs N (5), --quick (1 run, collectif of 50), --collectif 50,500, --cap S (120 s per
// collectif step), --only low-end,unthrottled,collectif (the parts to run; all by default), --no-build
// (reuse dist-bench/). CAPSI_BENCH_PORT: ports of the two servers (and +1).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { runnerImport } from 'vite'
import { CHROMIUM } from './chromium.mjs'
import { measureCollectif, PDF_WAIT_MS } from './bench/collectif.mjs'
import { controlRun, LOW_END, lowEndRun, throttleServiceWorkers } from './bench/low-end.mjs'
import { measurePdfControl } from './bench/pdf-control.mjs'
import { serve } from './bench/serve.mjs'
import { measureSizes } from './bench/sizes.mjs'
import { median, range } from './bench/stats.mjs'
import { measureUnthrottled } from './bench/unthrottled.mjs'

const root = resolve(import.meta.dirname, '..')
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean' },
    collectif: { type: 'string' },
    cap: { type: 'string' },
    only: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
})
const RUNS = Number(options.runs ?? (options.quick ? 1 : 5))
const SIZES = (options.collectif ?? (options.quick ? '50' : '50,500')).split(',').filter(Boolean).map(Number)
const PARTS = new Set((options.only ?? 'low-end,unthrottled,collectif').split(','))
const CAP_MS = Number(options.cap ?? 120) * 1000
const PORT = Number(process.env.CAPSI_BENCH_PORT ?? 0)
const dist = join(root, 'dist-bench')

const sec = (ms) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`
const msText = (ms) => `${ms < 10 ? ms.toFixed(1).replace('.', ',') : Math.round(ms)} ms`
const kb = (bytes) => `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`
const log = (text) => process.stderr.write(`${text}\n`)

/** A median with the range of the runs: « 1,62 s (1,55–1,80) ». */
function spread(values, format = sec) {
  if (values.length === 1) return format(values[0])
  const [low, high] = range(values)
  return `${format(median(values))} (${format(low).replace(/ \S+$/, '')}–${format(high)})`
}

const rows = []
const section = (title) => rows.push(`| **${title}** | | | |`)
/** A row: the figure, its target and whether it is met (`ok` null: no target). */
function row(label, figure, target = '—', ok = null) {
  rows.push(`| ${label} | ${figure} | ${target} | ${ok === null ? '' : ok ? 'tenue' : '**manquée**'} |`)
}
/** A timed row against a limit in ms (null: no target); the median is compared. */
function timedRow(label, values, limit, format = sec) {
  const target = limit === null ? '—' : `≤ ${format(limit)}`
  row(label, spread(values, format), target, limit === null ? null : median(values) <= limit)
}

/** The low-end journeys, for one server: first visits and the returning visit, RUNS times each. */
async function lowEnd(browser, origin, control, label, launchAtOnceLimit, second) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    log(`  ${label} : essai ${i + 1} sur ${RUNS}`)
    runs.push({ ...(await lowEndRun(browser, origin, second)), control: await controlRun(browser, control) })
  }
  const all = (key) => runs.map((r) => r[key])
  section(`Poste lent, ${label} — première visite`)
  timedRow('Accueil utilisable', all('home'), 2000)
  timedRow('« Lancer une évaluation » cliqué tout de suite → première question', all('launchAtOnce'), launchAtOnceLimit)
  timedRow('  … → questionnaire entier (moteur de questionnaire chargé)', all('engineAtOnce'), null)
  timedRow('« Lancer une évaluation » cliqué après 15 s sur l’accueil', all('launchAfterWait'), 1000)
  timedRow('Changer de domaine', all('domain'), null)
  timedRow('Une réponse → « Enregistré »', all('save'), null, msText)
  timedRow('Résultats', all('results'), 1500)
  timedRow('Premier PDF, cliqué tout de suite', all('pdfAtOnce'), null)
  timedRow('Premier PDF, cliqué après 10 s sur les résultats', all('pdfAfterWait'), 2000)
  section(`Poste lent, ${label} — visite suivante (service worker)`)
  timedRow('Accueil utilisable', all('returnHome'), 1000)
  timedRow('  témoin sans CapSI (page nue, son service worker, une lecture IndexedDB)', all('control'), null)
  timedRow('« Lancer une évaluation » → première question', all('returnLaunch'), 1000)
  timedRow('Changer de domaine', all('returnDomain'), 1000)
  timedRow('Une réponse → « Enregistré »', all('returnSave'), 1000, msText)
  timedRow('Résultats', all('returnResults'), 1000)
  timedRow('Premier PDF', all('returnPdf'), 3000)
}

/** The collectif of N generated files, with the targets of issue #22 (those at 500 above 50). */
async function collectif(origin, n, generate) {
  const folder = join(dist, `structures-${n}`)
  mkdirSync(folder, { recursive: true })
  const paths = generate(n).map(({ name, text }) => {
    writeFileSync(join(folder, name), text)
    return join(folder, name)
  })
  log(`Collectif de ${n} structures…`)
  const f = await measureCollectif(origin, paths, CAP_MS)
  const control = await measurePdfControl(n)
  const small = n <= 50
  const limits = small
    ? { import: 2000, home: 500, open: 500, reopen: 500, pdf: 500, pdfAtOnce: null }
    : { import: 15_000, home: 1000, open: 1000, reopen: 500, pdf: 3000, pdfAtOnce: null }
  const at = small ? '' : n === 500 ? '' : ' (cible à 500)'
  section(
    `Collectif de ${n} structures (${paths.length} fichiers, ${kb(paths.reduce((s, p) => s + readFileSync(p).length, 0))}), sans ralentissement`,
  )
  const steps = [
    ['import', 'Import de tous les fichiers (Atelier)'],
    ['home', '« Mes structures » affiché'],
    ['open', 'Groupe de toutes les structures créé et ouvert'],
    ['reopen', 'Groupe rouvert'],
    ['pdf', `Synthèse consolidée (PDF), cliquée après ${PDF_WAIT_MS / 1000} s sur le groupe`],
    ['pdfAtOnce', 'Synthèse consolidée (PDF), nouvelle visite, cliquée dès le groupe affiché'],
  ]
  for (const [index, [key, label]] of steps.entries()) {
    const target = limits[key] === null ? '—' : `≤ ${sec(limits[key])}${at}`
    if (f.capped !== null && index >= f.capped) {
      row(label, index === f.capped ? `> ${sec(CAP_MS)}` : 'non mesuré', target, index === f.capped ? false : null)
      continue
    }
    const pages = key === 'pdf' && f.pages ? `, ${f.pages} pages` : ''
    row(
      label,
      `${sec(f[key])}${pages}`,
      key === 'pdf' && small ? `${target}, synthèse ≤ 12 pages` : target,
      limits[key] === null ? null : f[key] <= limits[key] && (key !== 'pdf' || !small || (f.pages ?? 99) <= 12),
    )
    if (key === 'import') {
      row('  dont l’analyse, jusqu’à la revue des fichiers affichée', sec(f.review), '—', null)
      row(
        '  tâche la plus longue pendant l’import',
        msText(f.longestImportTask),
        '≤ 200 ms',
        f.longestImportTask <= 200,
      )
      if (f.refused) row('  fichiers non importés', String(f.refused), '0', false)
    }
    if (key === 'pdf')
      row(
        `  témoin : pdfmake seul, même forme (${control.pages} pages) — chargement / premier PDF / suivants`,
        `${sec(control.load)} / ${sec(control.first)} / ${sec(control.next)}`,
      )
    if (key === 'home') row('  tâche la plus longue', msText(f.longestHomeTask), '≤ 200 ms', f.longestHomeTask <= 200)
    if (key === 'open' || key === 'reopen') {
      const longest = key === 'open' ? f.longestOpenTask : f.longestReopenTask
      row('  tâche la plus longue, jusqu’à la carte de chaleur entière', msText(longest), '≤ 200 ms', longest <= 200)
    }
  }
}

async function main() {
  if (!options['no-build']) {
    log('Construction de l’application dans dist-bench/…')
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  const definition = JSON.parse(
    readFileSync(join(root, 'questionnaires', 'autodiagnostic-maturite-si-esms.json'), 'utf8'),
  )
  const domain = definition.domains[1]
  const second = { domainId: domain.id, questionId: domain.questions[0].id }
  const { module: generator } = await runnerImport(join(root, 'tests', 'fixtures', 'generate-structures.ts'), {
    configFile: false,
    logLevel: 'warn',
  })
  const plain = await serve(dist, { port: PORT })
  const gzip = await serve(dist, { gzip: true, port: PORT && PORT + 1 })
  // The control page, on any free ports.
  const controlDir = join(root, 'scripts', 'bench', 'control')
  const bare = await serve(controlDir)
  const bareGzip = await serve(controlDir, { gzip: true })
  const loads = [loadavg()[0]]

  if (PARTS.has('low-end')) {
    log('Poste lent et réseau lent…')
    const browser = await chromium.launch(CHROMIUM)
    await throttleServiceWorkers(browser)
    await lowEnd(browser, plain.origin, bare.origin, 'serveur sans compression', 5000, second)
    await lowEnd(browser, gzip.origin, bareGzip.origin, 'serveur gzip', 3000, second)
    await browser.close()
    loads.push(loadavg()[0])
  }

  if (PARTS.has('unthrottled')) {
    log('Sans ralentissement…')
    const fast = await measureUnthrottled(plain.origin, Math.max(3, RUNS))
    section('Sans ralentissement (cette machine)')
    row('Rendu d’un domaine de 100 questions', msText(fast.domainRender), '< 300 ms', fast.domainRender < 300)
    row(
      'Réponse → écriture durable, médiane / p95 (200 réponses)',
      `${msText(fast.saveMedian)} / ${msText(fast.saveP95)}`,
      'p95 < 20 ms',
      fast.saveP95 < 20,
    )
    row('PDF d’une évaluation complète, premier (bibliothèque chargée au clic)', sec(fast.pdfCold))
    row('PDF d’une évaluation complète, suivants', sec(fast.pdfWarm), '< 1,50 s', fast.pdfWarm < 1500)
  }

  if (PARTS.has('collectif')) for (const n of SIZES) await collectif(plain.origin, n, generator.generateStructureFiles)
  loads.push(loadavg()[0])
  for (const { server } of [plain, gzip, bare, bareGzip]) server.close()

  const sizes = measureSizes(dist)
  section('Tailles')
  row('JavaScript initial de l’accueil (gzip / brut)', `${kb(sizes.initial.js.gzip)} / ${kb(sizes.initial.js.raw)}`)
  row('CSS initial de l’accueil (gzip / brut)', `${kb(sizes.initial.css.gzip)} / ${kb(sizes.initial.css.raw)}`)
  for (const chunk of sizes.lazy)
    row(`  chargé à la demande : ${chunk.name}`, `${kb(chunk.gzip)} / ${kb(chunk.raw)}`, 'hors accueil', true)
  row(
    `Précache du service worker (${sizes.precache.files} fichiers, gzip / brut)`,
    `${kb(sizes.precache.gzip)} / ${kb(sizes.precache.raw)}`,
  )
  for (const n of SIZES) rmSync(join(dist, `structures-${n}`), { recursive: true, force: true })

  const { latency, downKbit, upKbit, cpu } = LOW_END
  console.log(
    [
      '',
      `CapSI — \`npm run bench\` du ${new Date().toISOString().slice(0, 10)}, Chromium headless, ${availableParallelism()} cœurs, charge moyenne (1 min) ${loads.map((l) => l.toFixed(1).replace('.', ',')).join(' → ')}.`,
      `Poste lent : processeur ralenti ${cpu}×, ${downKbit} kbit/s descendant, ${upKbit} kbit/s montant, ${latency} ms d’aller-retour. Médiane de ${RUNS} essai(s), entre parenthèses le plus rapide et le plus lent.`,
      '',
      '| Mesure | Chiffre | Cible | |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  )
}

await main()
