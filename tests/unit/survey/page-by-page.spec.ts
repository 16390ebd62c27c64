import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Model } from 'survey-core'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { COMMENT_SUFFIX, compileSurvey } from '@/survey/compile'
import { buildPageByPage, type Schedule } from '@/survey/page-by-page'

// The built-in questionnaire: its conditions read answers given in other domains (the DUI's presence,
// asked in « DUI et logiciels », shows or hides questions in « Services socles » and « Usages »).
const definition = JSON.parse(
  readFileSync(new URL('../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as QuestionnaireDefinition
const json = compileSurvey(definition)

const DUI_YES = 'dui-complet'
const DUI_NO = 'aucun'

/** A schedule the test runs by hand: the browser's idle moments, one at a time. */
function manualSchedule() {
  const queue: (() => void)[] = []
  const schedule: Schedule = (work) => {
    queue.push(work)
    return () => queue.splice(queue.indexOf(work) >>> 0, 1)
  }
  return {
    schedule,
    pending: () => queue.length,
    idle: () => queue.shift()?.(),
    idleUntilDone: () => {
      while (queue.length) queue.shift()?.()
    },
  }
}

/** What a person sees of a model: its pages in order, the visible ones, and every question's state. */
function seen(model: Model) {
  return {
    pages: model.pages.map((p) => p.name),
    visiblePages: model.visiblePages.map((p) => p.name),
    current: model.currentPage?.name,
    questions: model.getAllQuestions().map((q) => ({
      name: q.name,
      page: q.page?.name,
      visible: q.isVisible,
      value: q.value,
      comment: q.comment,
    })),
  }
}

function whole(data: Record<string, string>, page: string | null): Model {
  const model = new Model(json)
  model.data = data
  const start = page ? model.getPageByName(page) : null
  if (start?.isVisible) model.currentPage = start
  return model
}

function pageByPage(data: Record<string, string>, page: string | null, schedule: Schedule) {
  const built = buildPageByPage(json, page, (model) => (model.data = data), schedule)
  const start = page ? built.model.getPageByName(page) : null
  if (start?.isVisible) built.model.currentPage = start
  return built
}

describe('buildPageByPage', () => {
  const data = {
    'dui-presence': DUI_NO,
    'socle-mssante-usage': 'usage-courant',
    'infra-sauvegardes': 'sauvegarde-locale',
    ['gouv-schema-directeur' + COMMENT_SUFFIX]: 'À revoir',
    'socle-dmp-alimentation': 'envoi-systematique',
  }

  it('builds the page shown first alone, its questions shown or hidden by answers given in domains not built yet', () => {
    const idle = manualSchedule()
    const { model } = pageByPage(data, 'services-socles', idle.schedule)
    expect(model.pages.map((p) => p.name)).toEqual(['services-socles'])
    expect(model.currentPage.name).toBe('services-socles')
    const reference = whole(data, 'services-socles')
    const visible = (m: Model) =>
      m
        .getPageByName('services-socles')
        .questions.filter((q) => q.isVisible)
        .map((q) => q.name)
    expect(visible(model)).toEqual(visible(reference))
    // Without a DUI, the questions about feeding the DMP from it are hidden; their answers are kept.
    expect(visible(model)).not.toContain('socle-dmp-alimentation')
    expect(visible(model)).toContain('socle-mssante-releve')
    expect(model.getQuestionByName('socle-dmp-alimentation').value).toBe('envoi-systematique')
  })

  it('ends, once the browser has been idle, with the same model as one built whole: pages in order, answers, comments, conditions', () => {
    const idle = manualSchedule()
    const built = pageByPage(data, 'securite', idle.schedule)
    expect(idle.pending()).toBe(1)
    idle.idleUntilDone()
    expect(seen(built.model)).toEqual(seen(whole(data, 'securite')))
  })

  it('applies an answer given on the first page to the pages built after it', () => {
    const idle = manualSchedule()
    const built = pageByPage(data, 'dui-logiciels', idle.schedule)
    built.model.setValue('dui-presence', DUI_YES)
    idle.idleUntilDone()
    const reference = whole(data, 'dui-logiciels')
    reference.setValue('dui-presence', DUI_YES)
    expect(seen(built.model)).toEqual(seen(reference))
    expect(built.model.getQuestionByName('socle-dmp-alimentation').isVisible).toBe(true)
  })

  it('applies an answer given on a page built later to the page shown first', () => {
    const idle = manualSchedule()
    const built = pageByPage(data, 'usages', idle.schedule)
    expect(built.model.getQuestionByName('usage-dui-quotidien').isVisible).toBe(false)
    idle.idle()
    built.page('dui-logiciels')
    built.model.getQuestionByName('dui-presence').value = DUI_YES
    expect(built.model.getQuestionByName('usage-dui-quotidien').isVisible).toBe(true)
    idle.idleUntilDone()
    const reference = whole(data, 'usages')
    reference.setValue('dui-presence', DUI_YES)
    expect(seen(built.model)).toEqual(seen(reference))
  })

  it('builds a page asked for before its turn at once, in its place among the others', () => {
    const idle = manualSchedule()
    const built = pageByPage(data, 'securite', idle.schedule)
    const page = built.page('gouvernance')
    expect(page?.name).toBe('gouvernance')
    expect(built.model.pages.map((p) => p.name)).toEqual(['gouvernance', 'securite'])
    built.model.currentPage = page!
    idle.idleUntilDone()
    expect(seen(built.model)).toEqual({ ...seen(whole(data, 'gouvernance')), current: 'gouvernance' })
    expect(built.page('nope')).toBeNull()
  })

  it('shows « Suivant », « Précédent » and « Terminer » only once every page is built', () => {
    const idle = manualSchedule()
    const built = pageByPage(data, 'organisation', idle.schedule)
    expect(built.model.isNavigationButtonsShowing).toBe('none')
    idle.idle()
    expect(built.model.isNavigationButtonsShowing).toBe('none')
    idle.idleUntilDone()
    expect(built.model.isNavigationButtonsShowing).toBe('bottom')
    expect(built.model.isFirstPage).toBe(false)
    expect(built.model.isLastPage).toBe(false)
  })

  it('builds everything at once when the page asked for is hidden, and shows the first visible page as before', () => {
    const onlyHidden = {
      ...json,
      pages: [
        { ...json.pages[0]!, elements: json.pages[0]!.elements.map((q) => ({ ...q, visibleIf: '{x} = 1' })) },
        ...json.pages.slice(1),
      ],
    }
    const idle = manualSchedule()
    const built = buildPageByPage(onlyHidden, 'gouvernance', (model) => (model.data = data), idle.schedule)
    expect(idle.pending()).toBe(0)
    expect(built.model.pages).toHaveLength(json.pages.length)
    expect(built.model.currentPage.name).toBe('organisation')
  })

  it('stops building when asked to, and finishes every page when asked to', () => {
    const idle = manualSchedule()
    const built = pageByPage(data, null, idle.schedule)
    expect(built.model.currentPage.name).toBe('gouvernance')
    built.stop()
    expect(idle.pending()).toBe(0)
    built.finish()
    expect(seen(built.model)).toEqual(seen(whole(data, null)))
    expect(built.model.isNavigationButtonsShowing).toBe('bottom')
  })
})
