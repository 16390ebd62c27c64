/** Compiles a CapSI maturity definition into the JSON a SurveyJS model is built from. */
import { NOT_APPLICABLE_VALUE, UNKNOWN_VALUE, type Question, type QuestionnaireDefinition } from '@/domain/definition'
import { surveyMessages } from '@/i18n/fr-survey'

/** Suffix SurveyJS gives to comment keys in its data (`<question>-Comment`). */
export const COMMENT_SUFFIX = '-Comment'

export interface SurveyChoiceJson {
  value: string
  text: string
}

/** Marks the questions that CapSI's own renderer draws (see `CapsiQuestion.vue`). */
export const CHOICES_RENDERER = 'capsi-levels'

export interface SurveyQuestionJson {
  type: 'radiogroup'
  renderAs: typeof CHOICES_RENDERER
  name: string
  title: string
  description: string
  choices: SurveyChoiceJson[]
  showCommentArea: true
  commentText: string
  commentPlaceholder: string
  visibleIf?: string
}

export interface SurveyJson {
  locale: 'fr'
  title?: string
  showTitle: boolean
  questionsOnPageMode: 'standard'
  showQuestionNumbers: 'off'
  showProgressBar: false
  showCompletedPage: false
  clearInvisibleValues: 'none'
  textUpdateMode: 'onTyping'
  completeText: string
  pages: { name: string; title: string; description: string; elements: SurveyQuestionJson[] }[]
}

function toQuestionJson(question: Question): SurveyQuestionJson {
  const choices: SurveyChoiceJson[] = question.options.map((o) => ({ value: o.value, text: o.label }))
  if (question.allowUnknown) choices.push({ value: UNKNOWN_VALUE, text: surveyMessages.unknown })
  if (question.allowNotApplicable) choices.push({ value: NOT_APPLICABLE_VALUE, text: surveyMessages.notApplicable })
  return {
    type: 'radiogroup',
    renderAs: CHOICES_RENDERER,
    name: question.id,
    title: question.text,
    description: question.help,
    choices,
    showCommentArea: true,
    commentText: surveyMessages.commentTitle,
    commentPlaceholder: surveyMessages.commentPlaceholder,
    ...(question.visibleIf ? { visibleIf: question.visibleIf } : {}),
  }
}

/**
 * One page per domain, help under each title, « Je ne sais pas » and « Non applicable » as explicit
 * choices after the scale's options, and a comment area per question. Hidden answers are kept
 * (`clearInvisibleValues: 'none'`): CapSI never drops an answer.
 * @param onlyCore keep only core questions (the « parcours essentiel »); empty domains are dropped.
 */
export function compileSurvey(definition: QuestionnaireDefinition, onlyCore = false): SurveyJson {
  const pages = definition.domains
    .map((domain) => ({
      name: domain.id,
      title: domain.title,
      description: domain.description,
      elements: domain.questions.filter((q) => !onlyCore || q.core).map(toQuestionJson),
    }))
    .filter((page) => page.elements.length > 0)
  return {
    locale: 'fr',
    showTitle: false,
    questionsOnPageMode: 'standard',
    showQuestionNumbers: 'off',
    showProgressBar: false,
    showCompletedPage: false,
    clearInvisibleValues: 'none',
    textUpdateMode: 'onTyping',
    completeText: surveyMessages.complete,
    pages,
  }
}
