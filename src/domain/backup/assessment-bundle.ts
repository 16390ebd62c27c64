/** An assessment gathered with its answers, action edits and user actions, as an import compares them. */
import type { Answer, Assessment } from '../assessment/assessment'
import type { BackupData, StoredActionEdit, StoredCustomAction } from './backup'

/** An assessment with everything that belongs to it. */
export interface AssessmentBundle {
  assessment: Assessment
  answers: Answer[]
  actionEdits: StoredActionEdit[]
  customActions: StoredCustomAction[]
}

export const answerKey = (a: Pick<Answer, 'assessmentId' | 'questionId'>): string =>
  `${a.assessmentId}\u0000${a.questionId}`
export const editKey = (e: Pick<StoredActionEdit, 'assessmentId' | 'actionId'>): string =>
  `${e.assessmentId}\u0000${e.actionId}`

function latest(dates: readonly string[]): string {
  return dates.reduce((max, date) => (Date.parse(date) > Date.parse(max) ? date : max))
}

function groupBy<T extends { assessmentId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    const group = groups.get(record.assessmentId)
    if (group) group.push(record)
    else groups.set(record.assessmentId, [record])
  }
  return groups
}

/** Assessments with their answers, action edits and user actions. */
export function bundleAssessments(
  data: Pick<BackupData, 'assessments' | 'answers' | 'actionEdits' | 'customActions'>,
): AssessmentBundle[] {
  const answers = groupBy(data.answers)
  const edits = groupBy(data.actionEdits)
  const custom = groupBy(data.customActions)
  const sortBy =
    <T>(keyOf: (r: T) => string) =>
    (a: T, b: T) =>
      keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0
  return data.assessments.map((assessment) => ({
    assessment,
    answers: [...(answers.get(assessment.id) ?? [])].sort(sortBy((a) => a.questionId)),
    actionEdits: [...(edits.get(assessment.id) ?? [])].sort(sortBy((e) => e.actionId)),
    customActions: [...(custom.get(assessment.id) ?? [])].sort(sortBy((c) => c.id)),
  }))
}

/** Latest change date of an assessment and everything it holds. */
export function bundleUpdatedAt(bundle: AssessmentBundle): string {
  return latest([
    bundle.assessment.updatedAt,
    ...bundle.answers.map((a) => a.updatedAt),
    ...bundle.actionEdits.map((e) => e.updatedAt),
    ...bundle.customActions.map((c) => c.updatedAt),
  ])
}
