/**
 * Builds a SurveyJS model a page at a time: the page shown first, then the other pages one by one
 * when the browser is idle. Building a model reads every question of its JSON (a hundred questions
 * and six hundred choices for the built-in questionnaire): on a slow laptop, the whole questionnaire
 * took most of the second between « Lancer une évaluation » and the first question on screen, for a
 * page of seven.
 *
 * Nothing else changes. The model holds every answer (`data`) from the start, so a condition on a
 * question of a page not built yet is evaluated with its answer; a page added later reads its
 * answers and comments from the model and evaluates its own conditions as it joins (SurveyJS does
 * this for any page added to a survey). A page asked for before its turn (a domain chosen in the
 * navigation) is built at once. The navigation buttons (« Précédent », « Suivant », « Terminer
 * l’évaluation ») depend on the pages around the current one: they are shown once every page is
 * there.
 */
import { Model, PageModel } from 'survey-core'
import type { SurveyJson } from './compile'

type PageJson = SurveyJson['pages'][number]

/** Runs work at the browser's next idle moment; returns what cancels it. */
export type Schedule = (work: () => void) => () => void

export interface PageByPage {
  readonly model: Model
  /** The page named `name`, built now if it was still waiting; null if the survey has no such page. */
  page(name: string): PageModel | null
  /** Builds every page still waiting. */
  finish(): void
  /** Stops building (the model is about to be disposed). */
  stop(): void
}

/** Idle moments of the browser; a timer where there are none (Safari, tests). */
export const whenIdle: Schedule = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(work, 0)
  return () => clearTimeout(id)
}

/**
 * Builds the model with the page `first` (the first page if it is null or unknown), hands it to
 * `prepare` (theme, answers, mode), and schedules the other pages. If that page turns out hidden
 * (all its questions hidden by conditions), every page is built at once and SurveyJS shows the
 * first visible one, as a model built whole would.
 */
export function buildPageByPage(
  json: SurveyJson,
  first: string | null,
  prepare: (model: Model) => void,
  schedule: Schedule = whenIdle,
): PageByPage {
  const start = json.pages.find((p) => p.name === first) ?? json.pages[0]
  const waiting = new Map<string, PageJson>(json.pages.filter((p) => p !== start).map((p) => [p.name, p]))
  const model = new Model({ ...json, pages: start ? [start] : [] })
  prepare(model)
  const navigation = model.showNavigationButtons
  let cancel: (() => void) | null = null

  function add(pageJson: PageJson): PageModel {
    waiting.delete(pageJson.name)
    const page = new PageModel(pageJson.name)
    page.fromJSON(pageJson)
    // Before the first page of the JSON that is already in the model: the order of the JSON.
    const after = json.pages.slice(json.pages.indexOf(pageJson) + 1)
    const next = model.pages.findIndex((p) => after.some((a) => a.name === p.name))
    model.addPage(page, next)
    if (waiting.size === 0) model.showNavigationButtons = navigation
    return page
  }

  function finish(): void {
    cancel?.()
    cancel = null
    for (const pageJson of [...waiting.values()]) add(pageJson)
  }

  function next(): void {
    cancel = null
    const [pageJson] = waiting.values()
    if (!pageJson) return
    add(pageJson)
    if (waiting.size > 0) cancel = schedule(next)
  }

  if (waiting.size > 0) {
    if (start && model.getPageByName(start.name)?.isVisible) {
      model.showNavigationButtons = false
      cancel = schedule(next)
    } else finish()
  }

  return {
    model,
    page(name) {
      const pageJson = waiting.get(name)
      return pageJson ? add(pageJson) : model.getPageByName(name)
    },
    finish,
    stop() {
      cancel?.()
      cancel = null
    },
  }
}
