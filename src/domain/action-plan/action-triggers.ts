/** Which triggers of a catalogue action hold for a set of answers (the entry rule of the action plan). */
import type { ActionDefinition, Question, QuestionnaireDefinition } from '../definition/definition'
import type { AnswerMap } from '../assessment/assessment'
import { evaluateQuestion } from '../assessment/scoring'
import type { ResolvedProfile } from '../assessment/profile'

/** An answer that triggered an action. */
export interface TriggerHit {
  questionId: string
  /** Level of the chosen option, null for « Je ne sais pas ». */
  level: number | null
  unknown: boolean
}

/** A question with the id of the domain that holds it. */
export interface LocatedQuestion {
  question: Question
  domainId: string
}

/** Every question of a definition by id, with its domain. */
export function locateQuestions(definition: QuestionnaireDefinition): Map<string, LocatedQuestion> {
  const located = new Map<string, LocatedQuestion>()
  for (const domain of definition.domains) {
    for (const question of domain.questions) located.set(question.id, { question, domainId: domain.id })
  }
  return located
}

/**
 * The triggers of an action that hold, one hit per question: the question is visible and answered
 * with an option whose level is strictly below `below` (and at least `from`, when set), or answered
 * « Je ne sais pas » while the trigger has `whenUnknown`. Hidden and unanswered questions, and those
 * the profile leaves out, never trigger.
 */
export function findTriggerHits(
  action: ActionDefinition,
  located: ReadonlyMap<string, LocatedQuestion>,
  answers: AnswerMap,
  profile?: ResolvedProfile,
): TriggerHit[] {
  const hits = new Map<string, TriggerHit>()
  for (const trigger of action.triggers) {
    const where = located.get(trigger.question)
    if (!where) continue
    const result = evaluateQuestion(where.question, where.domainId, answers, 'full', profile)
    if (
      result.state === 'answered' &&
      result.level !== null &&
      trigger.below !== undefined &&
      result.level < trigger.below &&
      result.level >= (trigger.from ?? -Infinity)
    ) {
      hits.set(trigger.question, { questionId: trigger.question, level: result.level, unknown: false })
    } else if (result.state === 'unknown' && trigger.whenUnknown === true) {
      hits.set(trigger.question, { questionId: trigger.question, level: null, unknown: true })
    }
  }
  return [...hits.values()]
}
