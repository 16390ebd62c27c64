/**
 * Scoring of a maturity assessment: pure functions from a definition and answers to levels.
 *
 * The rule (also in the README):
 * - a question's level is the level of the chosen option;
 * - « Je ne sais pas », « Non applicable », unanswered and hidden questions are left out of the means,
 *   but counted: each domain reports its coverage (answered / applicable) and its unknowns;
 * - a question the structure's profile leaves out (see profile.ts) counts as hidden, its answer kept;
 * - applicable = visible questions not answered « Non applicable »;
 * - domain score = mean of question levels weighted by question weight, given as a level and as a
 *   percentage of the scale ((score − min) / (max − min));
 * - a domain whose coverage is under MIN_COVERAGE is « non évaluable »: its score is still computed
 *   when possible, but it is not used in the global score;
 * - global score = mean of the assessable domains' scores weighted by domain weight;
 * - on the essential path (« parcours essentiel ») only core questions are scored: the others are
 *   left out like hidden ones (state 'off-path'), so coverage is counted over the path's questions.
 */
import {
  NOT_APPLICABLE_VALUE,
  UNKNOWN_VALUE,
  scaleBounds,
  type QuestionnaireDefinition,
  type Question,
} from '../definition/definition'
import { answerOf, type AnswerMap, type AssessmentPath } from './assessment'
import { evaluateCondition } from '../definition/expression'
import { appliesTo, type ResolvedProfile } from './profile'

/** Share of applicable questions that must be answered for a domain to be scored. */
export const MIN_COVERAGE = 0.5

/** 'off-path': a question the assessment's path does not ask (a non-core question on the essential path). */
export type QuestionState = 'answered' | 'unknown' | 'not-applicable' | 'unanswered' | 'hidden' | 'off-path'

export interface QuestionResult {
  questionId: string
  domainId: string
  state: QuestionState
  level: number | null
  weight: number
}

export interface DomainScore {
  domainId: string
  weight: number
  /** Questions of the path that are shown (off-path and hidden ones excluded). */
  visible: number
  applicable: number
  answered: number
  unknown: number
  notApplicable: number
  unanswered: number
  /** Questions of the domain that the path does not ask (0 on the full path). */
  offPath: number
  /** answered / applicable, 0 when nothing is applicable. */
  coverage: number
  /** Weighted mean level, null when no question has a level. */
  score: number | null
  /** Score as a percentage of the scale, null when no score. */
  percent: number | null
  assessable: boolean
}

export interface AssessmentScore {
  /** The path the scores were computed on. */
  path: AssessmentPath
  score: number | null
  percent: number | null
  answered: number
  applicable: number
  unknown: number
  coverage: number
  domains: DomainScore[]
  questions: Record<string, QuestionResult>
}

/** Answer value of a question as seen by conditions (undefined when unanswered). */
export function answerValue(answers: AnswerMap, questionId: string): string | undefined {
  return answerOf(answers, questionId)?.value ?? undefined
}

/** Whether a question is shown, given the answers (its visibleIf condition, if any). */
export function isQuestionVisible(question: Question, answers: AnswerMap): boolean {
  if (!question.visibleIf) return true
  return evaluateCondition(question.visibleIf, (id) => answerValue(answers, id))
}

/** Whether a path asks a question: every question on the full path, only core ones on the essential path. */
export function isOnPath(question: Question, path: AssessmentPath): boolean {
  return path === 'full' || question.core === true
}

/** Whether a question is shown and applies to the structure's profile (none given: every question applies). */
export function isQuestionShown(question: Question, answers: AnswerMap, profile?: ResolvedProfile): boolean {
  return appliesTo(question, profile) && isQuestionVisible(question, answers)
}

/**
 * State and level of one question on a path (the full path unless told otherwise); a question the
 * profile leaves out is 'hidden'.
 */
export function evaluateQuestion(
  question: Question,
  domainId: string,
  answers: AnswerMap,
  path: AssessmentPath = 'full',
  profile?: ResolvedProfile,
): QuestionResult {
  const base = { questionId: question.id, domainId, weight: question.weight, level: null }
  if (!isOnPath(question, path)) return { ...base, state: 'off-path' }
  if (!isQuestionShown(question, answers, profile)) return { ...base, state: 'hidden' }
  const value = answerValue(answers, question.id)
  if (value === undefined) return { ...base, state: 'unanswered' }
  if (value === UNKNOWN_VALUE) return { ...base, state: 'unknown' }
  if (value === NOT_APPLICABLE_VALUE) return { ...base, state: 'not-applicable' }
  const option = question.options.find((o) => o.value === value)
  if (!option) return { ...base, state: 'unanswered' }
  return { ...base, state: 'answered', level: option.level }
}

function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  const total = items.reduce((sum, item) => sum + item.weight, 0)
  if (total <= 0) return null
  return items.reduce((sum, item) => sum + item.value * item.weight, 0) / total
}

function toPercent(definition: QuestionnaireDefinition, score: number | null): number | null {
  if (score === null) return null
  const { min, max } = scaleBounds(definition)
  return max === min ? 100 : ((score - min) / (max - min)) * 100
}

/**
 * Scores every domain and the whole assessment on a path: the full path (every question) unless
 * told otherwise, or the essential path (core questions only, the others left out like hidden ones);
 * for the structure's profile when one is given.
 */
export function computeScores(
  definition: QuestionnaireDefinition,
  answers: AnswerMap,
  path: AssessmentPath = 'full',
  profile?: ResolvedProfile,
): AssessmentScore {
  const questions = Object.create(null) as Record<string, QuestionResult>
  const domains = definition.domains.map((domain): DomainScore => {
    const results = domain.questions.map((q) => evaluateQuestion(q, domain.id, answers, path, profile))
    for (const r of results) questions[r.questionId] = r
    const count = (state: QuestionState) => results.filter((r) => r.state === state).length
    const answered = count('answered')
    const notApplicable = count('not-applicable')
    const offPath = count('off-path')
    const visible = results.length - count('hidden') - offPath
    const applicable = visible - notApplicable
    const coverage = applicable > 0 ? answered / applicable : 0
    const score = weightedMean(results.flatMap((r) => (r.level === null ? [] : [{ value: r.level, weight: r.weight }])))
    return {
      domainId: domain.id,
      weight: domain.weight,
      visible,
      applicable,
      answered,
      unknown: count('unknown'),
      notApplicable,
      unanswered: count('unanswered'),
      offPath,
      coverage,
      score,
      percent: toPercent(definition, score),
      assessable: score !== null && coverage + 1e-9 >= MIN_COVERAGE,
    }
  })
  const score = weightedMean(
    domains.flatMap((d) => (d.assessable && d.score !== null ? [{ value: d.score, weight: d.weight }] : [])),
  )
  const answered = domains.reduce((sum, d) => sum + d.answered, 0)
  const applicable = domains.reduce((sum, d) => sum + d.applicable, 0)
  return {
    path,
    score,
    percent: toPercent(definition, score),
    answered,
    applicable,
    unknown: domains.reduce((sum, d) => sum + d.unknown, 0),
    coverage: applicable > 0 ? answered / applicable : 0,
    domains,
    questions,
  }
}
