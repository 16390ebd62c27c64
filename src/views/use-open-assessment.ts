/**
 * Opens the assessment named by a route parameter in the shared stores, and its action plan and
 * previous assessment when the page shows them (results, plan); the questionnaire page does not.
 */
import { onBeforeUnmount, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useAssessmentStore } from '@/stores/assessment'
import { useActionPlanStore } from '@/stores/action-plan'

export function useOpenAssessment(id: () => string, options: { withPlan: boolean } = { withPlan: true }) {
  const assessment = useAssessmentStore()
  const plan = useActionPlanStore()
  const route = useRoute()
  watch(
    id,
    async (value) => {
      await assessment.open(value)
      if (options.withPlan && assessment.state === 'ready') await plan.load()
    },
    { immediate: true },
  )
  // What another tab saved (or what this one finds on taking the editing over) reaches the plan too.
  watch(
    () => assessment.externalChanges,
    () => {
      if (options.withPlan && assessment.state === 'ready') void plan.load()
    },
  )
  // Leaving the assessment's pages releases its editing lock for other tabs. (Taken down once the
  // change of screen is confirmed, before the next screen opens: the route is already the new one.)
  onBeforeUnmount(() => {
    if (route.params.id !== id()) assessment.close()
  })
  return { assessment, plan }
}
