/** How a CapSI question hands a choice to the survey that saves it (see QuestionnaireSurvey.vue). */
import type { InjectionKey } from 'vue'
import type { ItemValue, QuestionRadiogroupModel } from 'survey-core'

export type ChooseHandler = (question: QuestionRadiogroupModel, item: ItemValue) => void

export const CHOOSE: InjectionKey<ChooseHandler> = Symbol('capsi-choose')
