/** The title shown for an assessment's questionnaire: its newest version's, or a notice when it is missing. */
import type { Assessment } from '@/domain/assessment'
import { useQuestionnairesStore } from '@/stores/questionnaires'
import { messages } from '@/i18n/fr'

export function useQuestionnaireTitle(): (assessment: Assessment) => string {
  const questionnaires = useQuestionnairesStore()
  return (assessment) => questionnaires.titleOf(assessment.questionnaireId) ?? messages.home.unknownQuestionnaire
}
