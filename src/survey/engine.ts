/**
 * The survey engine (SurveyJS and QuestionnaireSurvey.vue, 1.4 MB), loaded apart from the assessment
 * screen: the screen draws its first page without it (QuestionnaireFirstPage.vue) while it comes
 * down, and the home screen fetches it ahead (src/app/prefetch.ts).
 */
import type { Component } from 'vue'

type SurveyModule = typeof import('./QuestionnaireSurvey.vue')

let loaded: SurveyModule['default'] | null = null
let loading: Promise<SurveyModule['default']> | null = null

/** Loads the engine once per visit; a failed load (the link cut) is tried again at the next call. */
export function loadSurveyEngine(): Promise<SurveyModule['default']> {
  loading ??= import('./QuestionnaireSurvey.vue').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** The engine if it has already come down, so that a screen opened after it draws the survey at once. */
export function loadedSurveyEngine(): Component | null {
  return loaded
}
