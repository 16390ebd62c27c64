/** Opens the assessment named by a route parameter, and its action plan, in the shared stores. */
import { watch } from 'vue'
import { onBeforeRouteLeave } from '@/routing'
import { useAssessmentStore } from '@/stores/assessment'
import { useActionPlanStore } from '@/stores/action-plan'

export function useOpenAssessment(id: () => string) {
  const assessment = useAssessmentStore()
  const plan = useActionPlanStore()
  watch(
    id,
    async (value) => {
      await assessment.open(value)
      if (assessment.state === 'ready') await plan.load()
    },
    { immediate: true },
  )
  // Leaving the assessment's pages releases its editing lock for other tabs.
  onBeforeRouteLeave((to) => {
    if (to.params.id !== id()) assessment.close()
  })
  return { assessment, plan }
}
