/**
 * Moving an assessment to a newer version of its questionnaire: answers follow their question id;
 * an answer whose question or chosen option no longer exists becomes a visible orphan, never dropped.
 */
import {
  RESERVED_VALUES,
  UNKNOWN_VALUE,
  NOT_APPLICABLE_VALUE,
  type Question,
  type QuestionnaireDefinition,
} from './definition'
import type { Answer, AnswerMap, OrphanAnswer } from '../assessment/assessment'

export type { OrphanAnswer } from '../assessment/assessment'

export interface VersionMigration {
  /** Answers kept as they are (the question and the chosen value exist in the new version). */
  kept: Answer[]
  /** Answers whose value the new version cannot hold, saved with value null (their comment kept). */
  cleared: Answer[]
  orphans: OrphanAnswer[]
}

function questionsById(definition: QuestionnaireDefinition): Map<string, Question> {
  return new Map(definition.domains.flatMap((d) => d.questions.map((q) => [q.id, q] as const)))
}

/** Whether a question can hold an answer value: one of its options, or an allowed reserved value, or none (a comment only). */
export function valueAllowed(question: Question, value: string | null): boolean {
  if (value === null) return true
  if (value === UNKNOWN_VALUE) return question.allowUnknown
  if (value === NOT_APPLICABLE_VALUE) return question.allowNotApplicable
  return !RESERVED_VALUES.includes(value) && question.options.some((o) => o.value === value)
}

function labelOf(question: Question | undefined, value: string | null): string {
  if (value === null || RESERVED_VALUES.includes(value)) return value ?? ''
  return question?.options.find((o) => o.value === value)?.label ?? value
}

/**
 * Maps the answers of an assessment from `oldDef` to `newDef` by question id. An answer is kept
 * when its question exists in the new version and its value is an option of it (or an allowed
 * « Je ne sais pas » / « Non applicable », or a comment only). Otherwise it becomes an orphan
 * carrying its old question text and option label: a removed question's answer record stays as
 * it is (shown as an answer to a removed question); an answer whose option disappeared is
 * cleared to null (the question is asked again) while the orphan keeps its value.
 */
export function migrateAssessmentVersion(
  oldDef: QuestionnaireDefinition,
  newDef: QuestionnaireDefinition,
  answers: AnswerMap,
): VersionMigration {
  const oldQuestions = questionsById(oldDef)
  const newQuestions = questionsById(newDef)
  const migration: VersionMigration = { kept: [], cleared: [], orphans: [] }
  for (const answer of Object.values(answers)) {
    if (!answer) continue
    const before = oldQuestions.get(answer.questionId)
    const after = newQuestions.get(answer.questionId)
    if (after && valueAllowed(after, answer.value)) {
      migration.kept.push(answer)
      continue
    }
    migration.orphans.push({
      questionId: answer.questionId,
      fromVersion: oldDef.version,
      questionText: before?.text ?? answer.questionId,
      value: answer.value,
      valueLabel: labelOf(before, answer.value),
      comment: answer.comment,
      reason: after ? 'option-removed' : 'question-removed',
      updatedAt: answer.updatedAt,
    })
    if (after) migration.cleared.push({ ...answer, value: null })
    else migration.kept.push(answer)
  }
  return migration
}

export { compareVersions } from './version'
