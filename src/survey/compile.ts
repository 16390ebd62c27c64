/** Compiles a CapSI maturity definition into the JSON a SurveyJS model is built from. */
import { NOT_APPLICABLE_VALUE, UNKNOWN_VALUE, type Question, type QuestionnaireDefinition } from '@/domain/definition'
import { questionApplicability, type ResolvedProfile } from '@/domain/assessment'
import { surveyMessages } from '@/i18n/fr-survey'

/** Suffix SurveyJS gives to comment keys in its data (`<question>-Comment`). */
export const COMMENT_SUFFIX = '-Comment'

export interface SurveyChoiceJson {
  value: string
  text: string
}

/** Marks the questions that CapSI's own renderer draws (see `CapsiQuestion.vue`). */
export const CHOICES_RENDERER = 'capsi-levels'

/** Marks the questions the structure's profile leaves out: drawn collapsed with the reason, not answerable. */
export const NOT_APPLICABLE_RENDERER = 'capsi-not-applicable'

export interface SurveyQuestionJson {
  type: 'radiogroup'
  renderAs: typeof CHOICES_RENDERER | typeof NOT_APPLICABLE_RENDERER
  name: string
  title: string
  description: string
  choices: SurveyChoiceJson[]
  showCommentArea: boolean
  commentText?: string
  commentPlaceholder?: string
  readOnly?: true
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

/** A question the profile leaves out: its title and « Non applicable : <reasons> », no choice, no comment. */
function toNotApplicableJson(question: Question, reasons: readonly string[]): SurveyQuestionJson {
  return {
    type: 'radiogroup',
    renderAs: NOT_APPLICABLE_RENDERER,
    name: question.id,
    title: question.text,
    description: surveyMessages.leftOut(reasons),
    choices: [],
    showCommentArea: false,
    readOnly: true,
    ...(question.visibleIf ? { visibleIf: question.visibleIf } : {}),
  }
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
 * Questions the structure's profile leaves out stay in place, collapsed to their title and the
 * reason, and cannot be answered; their saved answers are kept.
 * @param onlyCore keep only core questions (the « parcours essentiel »); empty domains are dropped.
 * @param profile the structure's profile (none: every question applies).
 */
export function compileSurvey(
  definition: QuestionnaireDefinition,
  onlyCore = false,
  profile?: ResolvedProfile,
): SurveyJson {
  const compile = (question: Question): SurveyQuestionJson => {
    const applicability = questionApplicability(question, profile)
    return applicability.applies ? toQuestionJson(question) : toNotApplicableJson(question, applicability.reasons)
  }
  const pages = definition.domains
    .map((domain) => ({
      name: domain.id,
      title: domain.title,
      description: domain.description,
      elements: domain.questions.filter((q) => !onlyCore || q.core).map(compile),
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
