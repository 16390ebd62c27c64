/** How a CapSI question hands a choice to the survey that saves it (see QuestionnaireSurvey.vue). */
import type { Component, InjectionKey } from 'vue'
import type { ItemValue, QuestionRadiogroupModel } from 'survey-core'

export type ChooseHandler = (question: QuestionRadiogroupModel, item: ItemValue) => void

export const CHOOSE: InjectionKey<ChooseHandler> = Symbol('capsi-choose')

/** The component that shows a comment's character count near its limit, given by the screen that holds the survey. */
export const TEXT_COUNT: InjectionKey<Component> = Symbol('capsi-text-count')
