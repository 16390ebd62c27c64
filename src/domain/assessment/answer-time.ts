/**
 * The time to answer a questionnaire's path, estimated from what there is to read: the words of
 * each question's text, help and options at READING_WORDS_PER_MINUTE, plus SECONDS_PER_QUESTION
 * to choose an answer, rounded up to the next 5 minutes. Every question of the path is counted,
 * conditional ones included (a structure that has the tools they ask about sees them): the
 * estimate is the time a careful first reading takes, not the fastest one.
 */
import { listQuestions, type QuestionnaireDefinition } from '../definition/definition'
import type { AssessmentPath } from './assessment'
import { isOnPath } from './scoring'

/** Reading speed of a careful reader of administrative French, in words per minute. */
export const READING_WORDS_PER_MINUTE = 200
/** Time to weigh the options and click one, on top of reading them, in seconds per question. */
export const SECONDS_PER_QUESTION = 10
/** Estimates are rounded up to a multiple of this many minutes: a finer figure would promise a precision it does not have. */
export const ROUND_TO_MINUTES = 5

export interface AnswerTime {
  questions: number
  words: number
  minutes: number
}

/** Number of words of a text: runs of letters or digits (« l’usager » counts as two, « e-prescription » as two). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

/** Time to answer the questions of a path, from their number and the words they hold. */
export function estimateAnswerTime(definition: QuestionnaireDefinition, path: AssessmentPath): AnswerTime {
  const questions = listQuestions(definition).filter((q) => isOnPath(q, path))
  const words = questions.reduce(
    (sum, q) => sum + countWords(q.text) + countWords(q.help) + q.options.reduce((n, o) => n + countWords(o.label), 0),
    0,
  )
  const exact = words / READING_WORDS_PER_MINUTE + (questions.length * SECONDS_PER_QUESTION) / 60
  const minutes = questions.length === 0 ? 0 : Math.ceil(exact / ROUND_TO_MINUTES) * ROUND_TO_MINUTES
  return { questions: questions.length, words, minutes }
}
