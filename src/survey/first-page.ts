/**
 * The page shown while the survey engine is still on its way: which page of the compiled survey, and
 * which of its questions, SurveyJS will show once it is there. On a slow link the engine (1.4 MB)
 * takes seconds to come down after « Lancer une évaluation »; the questionnaire and the answers are
 * already in the browser, so the first page can be drawn and answered from them meanwhile (see
 * QuestionnaireFirstPage.vue). Conditions are the subset of SurveyJS syntax that the domain
 * evaluates identically (src/domain/definition/expression.ts).
 */
import { evaluateCondition } from '@/domain/definition'
import type { AnswerMap } from '@/domain/assessment'
import type { SurveyJson, SurveyQuestionJson } from './compile'

export type SurveyPageJson = SurveyJson['pages'][number]

/** Whether SurveyJS shows a question of the compiled survey, given the answers. */
export function isShown(question: SurveyQuestionJson, answers: AnswerMap): boolean {
  return !question.visibleIf || evaluateCondition(question.visibleIf, (id) => answers[id]?.value ?? undefined)
}

/** The questions of a page that SurveyJS shows, in order. */
export function shownQuestions(page: SurveyPageJson, answers: AnswerMap): SurveyQuestionJson[] {
  return page.elements.filter((question) => isShown(question, answers))
}

/**
 * The page SurveyJS opens on: the page asked for if it shows a question, otherwise the first page
 * that does (as SurveyJS skips a page whose questions are all hidden); null if none does.
 */
export function firstShownPage(json: SurveyJson, wanted: string | null, answers: AnswerMap): SurveyPageJson | null {
  const asked = json.pages.find((page) => page.name === wanted)
  if (asked && shownQuestions(asked, answers).length > 0) return asked
  return json.pages.find((page) => shownQuestions(page, answers).length > 0) ?? null
}
