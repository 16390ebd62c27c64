/**
 * Fetches ahead of the user, never in their way: once the home screen lists the saved structures and
 * the browser is idle, the assessment screen's code, the results screen's, then the survey engine
 * (the built-in questionnaires are read by the home screen itself); once the results or a workshop
 * group are shown and idle, the PDF library and its fonts. On a slow link the click then finds them
 * in the browser's cache instead of waiting for 2 MB.
 *
 * Each is fetched once per visit, through the same `import()` the screen uses, so that nothing is
 * fetched twice; a failure (the link cut) is ignored: the screen loads it again when it is opened.
 */
import { loadSurveyEngine } from '@/survey/engine'
import { afterFirstPaint } from './after-first-paint'

/** The longest wait for an idle moment before fetching anyway. */
const IDLE_TIMEOUT_MS = 3000

const started = new Set<string>()
/** Settles once what was fetched ahead so far has come down (or failed). */
let settled: Promise<unknown> = Promise.resolve()

function whenIdle(work: () => void): void {
  afterFirstPaint(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS })
    else setTimeout(work, 500)
  })
}

function once(key: string, load: () => Promise<unknown>, shown: Promise<unknown>): void {
  // From a file share every file is on the local network already: reading ahead would only read
  // the 1 MB PDF library for users who never ask for a PDF.
  if (__FILE_SHARE__ || started.has(key)) return
  started.add(key)
  const previous = settled
  settled = new Promise<void>((done) => {
    void shown.finally(() =>
      whenIdle(() => {
        load()
          .catch(() => started.delete(key))
          .finally(done)
      }),
    )
  }).then(() => previous)
}

/**
 * Runs work once what is being fetched ahead has come down: the service worker's precache (every
 * file of the app) then does not compete with it on a slow link.
 */
export function afterPrefetches(work: () => void): void {
  void settled.then(work)
}

/**
 * From the home screen: the assessment screen, ready for « Lancer une évaluation », once `shown` has
 * settled (the saved structures listed). Called as the home screen mounts, so that the service worker
 * registered after the prefetches waits for this one too.
 */
export function prefetchAssessment(shown: Promise<unknown> = Promise.resolve()): void {
  // The small files first: the screen (it draws its first page without the engine), the results
  // screen with Chart.js (200 KB); then the survey engine (1.4 MB), which a click at once does not wait for.
  once(
    'assessment',
    () =>
      import('@/views/AssessmentView.vue').then(() => import('@/views/ResultsView.vue')).then(() => loadSurveyEngine()),
    shown,
  )
}

/**
 * From the assessment screen opened directly (a link, a reload), once the survey is there: the results
 * screen and Chart.js, ready for « Résultats » (200 KB, a second on a slow link).
 */
export function prefetchResults(): void {
  once('results', () => import('@/views/ResultsView.vue'), Promise.resolve())
}

/**
 * From the results: the PDF library and its fonts, ready for « Télécharger le rapport PDF »; from a
 * workshop group's view, ready for its consolidated synthesis.
 */
export function prefetchPdf(): void {
  once('pdf', () => import('@/report/pdf').then(({ preparePdf }) => preparePdf()), Promise.resolve())
}
