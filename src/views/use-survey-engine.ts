/**
 * The survey engine of the assessment screen, which comes apart from the screen: until it is there,
 * the page it will open on is drawn and answered without it (QuestionnaireFirstPage.vue), then it
 * takes its place, the focus kept where it was (see docs/architecture.md).
 */
import { markRaw, nextTick, ref, shallowRef, type Component } from 'vue'
import type QuestionnaireFirstPage from '@/survey/QuestionnaireFirstPage.vue'
import { loadedSurveyEngine, loadSurveyEngine } from '@/survey/engine'
import { restoreFocus } from '@/survey/handover'
import { prefetchResults } from '@/app/prefetch'

export function useSurveyEngine() {
  const engine = shallowRef<Component | null>(loadedSurveyEngine())
  const engineFailed = ref(false)
  const firstPage = ref<InstanceType<typeof QuestionnaireFirstPage> | null>(null)
  const surveyArea = ref<HTMLElement | null>(null)
  /** The domain chosen in the navigation while the first page is shown. */
  const chosenPage = ref<string | null>(null)

  /** Loads the engine; `retried`: asked again with « Réessayer », whose button then goes: the page's heading takes the focus. */
  function loadEngine(retried = false): void {
    engineFailed.value = false
    loadSurveyEngine().then(
      (component) => {
        const spot = firstPage.value?.focusedSpot() ?? (retried ? { kind: 'heading' as const } : null)
        engine.value = markRaw(component)
        prefetchResults()
        // The survey opens on the domain chosen meanwhile; from then on it follows its own navigation.
        void nextTick(() => (chosenPage.value = null))
        if (spot) restoreFocus(() => surveyArea.value, spot)
      },
      () => (engineFailed.value = true),
    )
  }
  if (!engine.value) loadEngine()
  else prefetchResults()

  return { engine, engineFailed, firstPage, surveyArea, chosenPage, loadEngine }
}
