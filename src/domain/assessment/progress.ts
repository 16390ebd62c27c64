/**
 * What has been answered, and what cannot be scored: progress of filling in per domain, the number
 * of questions a path asks, and the saved answers the definition no longer knows or does not offer.
 */
import { listQuestions, type QuestionnaireDefinition } from '../definition/definition'
import { valueAllowed } from '../definition/migrate-answers'
import { answerOf, type AnswerMap, type AssessmentPath } from './assessment'
import type { ResolvedProfile } from './profile'
import { answerValue, isOnPath, isQuestionShown } from './scoring'

export interface DomainProgress {
  domainId: string
  /** Visible questions that have an answer of any kind (option, unknown, not applicable). */
  done: number
  visible: number
}

/**
 * Progress of filling in, per domain: what has been answered among what is shown.
 * @param onlyCore count only core questions (the « parcours essentiel »).
 * @param profile the structure's profile: the questions it leaves out are not counted.
 */
export function computeProgress(
  definition: QuestionnaireDefinition,
  answers: AnswerMap,
  onlyCore = false,
  profile?: ResolvedProfile,
): DomainProgress[] {
  return definition.domains.map((domain) => {
    const visible = domain.questions.filter(
      (q) => (!onlyCore || q.core === true) && isQuestionShown(q, answers, profile),
    )
    return {
      domainId: domain.id,
      visible: visible.length,
      done: visible.filter((q) => {
        const value = answerValue(answers, q.id)
        return value !== undefined && valueAllowed(q, value)
      }).length,
    }
  })
}

/** Overall progress as a fraction in [0, 1]. */
export function overallProgress(progress: readonly DomainProgress[]): number {
  const visible = progress.reduce((sum, p) => sum + p.visible, 0)
  return visible === 0 ? 0 : progress.reduce((sum, p) => sum + p.done, 0) / visible
}

/** Number of questions a path asks (before conditions): every question, or the core ones. */
export function countPathQuestions(definition: QuestionnaireDefinition, path: AssessmentPath): number {
  return listQuestions(definition).filter((q) => isOnPath(q, path)).length
}

/** Question ids answered but absent from the definition (e.g. removed in a later version). */
export function findOrphanAnswers(definition: QuestionnaireDefinition, answers: AnswerMap): string[] {
  const known = new Set(listQuestions(definition).map((q) => q.id))
  return Object.keys(answers).filter((id) => !known.has(id) && answers[id] !== undefined)
}

/**
 * Question ids of the definition whose saved answer holds a value the question does not offer (a file
 * written by hand, or by another questionnaire's version under the same number). The answer is kept
 * as it is, shown as unanswered and counted nowhere, and listed with a notice until it is answered again.
 */
export function findInvalidAnswers(definition: QuestionnaireDefinition, answers: AnswerMap): string[] {
  return listQuestions(definition).flatMap((q) => {
    const answer = answerOf(answers, q.id)
    return answer && answer.value !== null && !valueAllowed(q, answer.value) ? [q.id] : []
  })
}
