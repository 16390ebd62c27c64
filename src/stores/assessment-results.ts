/**
 * What the open assessment's answers give, derived and never stored: the structure's profile, the
 * scores on the assessment's path, the progress of filling in, and the answers counted nowhere.
 */
import { computed, type Ref } from 'vue'
import {
  computeProgress,
  computeScores,
  findInvalidAnswers,
  findOrphanAnswers,
  overallProgress,
  pathOf,
  resolveProfile,
  type Answer,
  type Assessment,
  type Structure,
} from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'

export interface OpenAssessment {
  definition: Readonly<Ref<QuestionnaireDefinition | null>>
  assessment: Readonly<Ref<Assessment | null>>
  structure: Readonly<Ref<Structure | null>>
  answers: Readonly<Ref<Record<string, Answer>>>
}

/** The results of the open assessment, recomputed whenever its answers, path or structure change. */
export function useAssessmentResults({ definition, assessment, structure, answers }: OpenAssessment) {
  /** The structure's profile for the open questionnaire: which questions apply to it. */
  const profile = computed(() => (definition.value ? resolveProfile(definition.value, structure.value) : undefined))
  /** Scores on the assessment's path (on the essential path, its core questions only) and for the structure's profile. */
  const scores = computed(() =>
    definition.value && assessment.value
      ? computeScores(definition.value, answers.value, pathOf(assessment.value), profile.value)
      : null,
  )
  const essentialOnly = computed(() => assessment.value?.path === 'essential')
  const progress = computed(() =>
    definition.value ? computeProgress(definition.value, answers.value, essentialOnly.value, profile.value) : [],
  )
  const overall = computed(() => overallProgress(progress.value))
  const orphans = computed(() => (definition.value ? findOrphanAnswers(definition.value, answers.value) : []))
  /** Answers whose value is not a choice of their question: kept, shown with a notice, counted nowhere. */
  const invalidAnswers = computed(() => (definition.value ? findInvalidAnswers(definition.value, answers.value) : []))
  return { profile, scores, essentialOnly, progress, overall, orphans, invalidAnswers }
}
