import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Model, type Question } from 'survey-core'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { resolveProfile } from '@/domain/assessment/profile'
import type { Answer, AnswerMap } from '@/domain/assessment'
import { compileSurvey, type SurveyJson } from '@/survey/compile'
import { firstShownPage, shownQuestions } from '@/survey/first-page'

// The page drawn before the survey engine has come down must be the one SurveyJS then opens on, with
// the same questions: otherwise the screen would change under the user's eyes (or their hands).
const definition = JSON.parse(
  readFileSync(new URL('../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as QuestionnaireDefinition

const DUI_YES = 'dui-complet'
const DUI_NO = 'aucun'

function answers(values: Record<string, string>): AnswerMap {
  const map: Record<string, Answer> = {}
  for (const [questionId, value] of Object.entries(values))
    map[questionId] = { assessmentId: 'a', questionId, value, comment: '', updatedAt: '2026-12-05T10:00:00.000Z' }
  return map
}

/** What SurveyJS shows when it opens on `page` with these answers: the page and its visible questions. */
function surveyShows(json: SurveyJson, values: Record<string, string>, page: string | null) {
  const model = new Model(json)
  model.data = values
  const start = page ? model.getPageByName(page) : null
  if (start?.isVisible) model.currentPage = start
  const current = model.currentPage
  return {
    page: current?.name ?? null,
    questions: current?.questions.filter((q: Question) => q.isVisible).map((q: Question) => q.name),
  }
}

function firstPageShows(json: SurveyJson, values: Record<string, string>, page: string | null) {
  const shown = firstShownPage(json, page, answers(values))
  return {
    page: shown?.name ?? null,
    questions: shown ? shownQuestions(shown, answers(values)).map((q) => q.name) : [],
  }
}

describe('the first page drawn without the survey engine', () => {
  const full = compileSurvey(definition)

  it('is the page and the questions SurveyJS opens on, whatever the DUI answer', () => {
    for (const page of [null, 'gouvernance', 'dui-logiciels', 'usages', 'services-socles', 'securite'])
      for (const values of [{}, { 'dui-presence': DUI_YES }, { 'dui-presence': DUI_NO }] as Record<string, string>[]) {
        expect(firstPageShows(full, values, page), `${page} ${JSON.stringify(values)}`).toEqual(
          surveyShows(full, values, page),
        )
      }
  })

  it('hides the « Usages » questions about the DUI for a structure without one, and shows them once it has one', () => {
    const without = firstPageShows(full, { 'dui-presence': DUI_NO }, 'usages').questions
    const withDui = firstPageShows(full, { 'dui-presence': DUI_YES }, 'usages').questions
    expect(withDui.length).toBeGreaterThan(without.length)
    expect(without.every((q) => withDui.includes(q))).toBe(true)
  })

  it('follows the essential path and the structure’s profile as the survey does', () => {
    const essential = compileSurvey(definition, true)
    const chrs = compileSurvey(definition, false, resolveProfile(definition, { category: 'CHRS' }))
    for (const json of [essential, chrs])
      for (const page of [null, 'dui-logiciels', 'services-socles'])
        expect(firstPageShows(json, { 'dui-presence': DUI_YES }, page)).toEqual(
          surveyShows(json, { 'dui-presence': DUI_YES }, page),
        )
  })

  it('skips a page whose questions are all hidden, as SurveyJS does, and opens on the first page otherwise', () => {
    const json: SurveyJson = {
      ...full,
      pages: [
        { name: 'a', title: 'A', description: '', elements: [full.pages[0]!.elements[0]!] },
        {
          name: 'b',
          title: 'B',
          description: '',
          elements: [{ ...full.pages[0]!.elements[1]!, visibleIf: "{dui-presence} = 'dui-complet'" }],
        },
      ],
    }
    expect(firstPageShows(json, { 'dui-presence': DUI_NO }, 'b')).toEqual(
      surveyShows(json, { 'dui-presence': DUI_NO }, 'b'),
    )
    expect(firstPageShows(json, { 'dui-presence': DUI_NO }, 'b').page).toBe('a')
    expect(firstPageShows(json, { 'dui-presence': DUI_YES }, 'b').page).toBe('b')
    expect(firstPageShows(json, {}, 'unknown').page).toBe('a')
  })
})
