/** Structures, assessments and answers: the plain records the app saves and exchanges. */

/** An answer the new version cannot hold, kept with the wording it was given under. */
export interface OrphanAnswer {
  questionId: string
  /** Version of the questionnaire the answer was given to. */
  fromVersion: string
  questionText: string
  value: string | null
  /** The chosen option's label in that version; for « Je ne sais pas » or « Non applicable », the reserved value itself. */
  valueLabel: string
  comment: string
  reason: 'question-removed' | 'option-removed'
  updatedAt: string
}

export const STRUCTURE_CATEGORIES = [
  'EHPAD',
  'Résidence autonomie',
  'IME',
  'ITEP',
  'IEM',
  'MAS',
  'FAM',
  'EAM',
  'Foyer de vie',
  'Foyer d’hébergement',
  'ESAT',
  'SESSAD',
  'CAMSP',
  'SSIAD',
  'SAAD',
  'SPASAD',
  'SAVS',
  'SAMSAH',
  'CHRS',
  'MECS',
  'Autre',
] as const

export type StructureCategory = (typeof STRUCTURE_CATEGORIES)[number]

export interface Structure {
  id: string
  name: string
  finess: string
  category: StructureCategory
  capacity: number | null
  organisation: string
  /** The user's explicit answers to the questionnaires' profile facts, by fact id; a fact without one takes the category's default. */
  profile?: Record<string, boolean>
  /** Set on a copy made when importing a file the user chose to keep beside their own: the original id. */
  importedFrom?: string
  createdAt: string
  updatedAt: string
}

export type AssessmentStatus = 'in-progress' | 'completed'

export interface Respondent {
  name: string
  role: string
}

/** « full »: every question; « essential »: only the core questions (the « parcours essentiel »). */
export type AssessmentPath = 'full' | 'essential'

export interface Assessment {
  id: string
  structureId: string
  questionnaireId: string
  questionnaireVersion: string
  status: AssessmentStatus
  /** Domain (page) the user was on, restored when the assessment is reopened. */
  currentPage: string | null
  respondents: Respondent[]
  /** Which questions are shown; absent in records saved before the essential path existed. */
  path?: AssessmentPath
  /** Target level per domain set by the user; the definition's default applies otherwise. */
  targets?: Record<string, number>
  /** Set on a copy made when importing a file the user chose to keep beside their own: the original id. */
  importedFrom?: string
  /** Answers a newer questionnaire version could not hold, kept visible after moving to it. */
  orphans?: OrphanAnswer[]
  createdAt: string
  updatedAt: string
}

/** The path of an assessment: records saved before the essential path existed followed the full one. */
export function pathOf(assessment: Pick<Assessment, 'path'>): AssessmentPath {
  return assessment.path ?? 'full'
}

/** One answer to one question, saved as its own record so that every change is a tiny write. */
export interface Answer {
  assessmentId: string
  questionId: string
  /** An option value, one of the reserved values, or null when only a comment was given. */
  value: string | null
  comment: string
  /** ISO date of the last change; used to merge files question by question. */
  updatedAt: string
}

/** Answers of one assessment, indexed by question id. */
export type AnswerMap = Readonly<Record<string, Answer | undefined>>

/**
 * Builds an answer map from a list of records: an object without a prototype, so that a question id
 * such as « constructor » or « __proto__ » is a key like any other.
 */
export function toAnswerMap(answers: readonly Answer[]): Record<string, Answer> {
  const map = Object.create(null) as Record<string, Answer>
  for (const answer of answers) map[answer.questionId] = answer
  return map
}

/** The answer to a question, read only from the map's own keys (never from `Object.prototype`). */
export function answerOf(answers: AnswerMap, questionId: string): Answer | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined
}

/** A copy of an answer map with one answer set, still without a prototype. */
export function withAnswer(answers: AnswerMap, answer: Answer): Record<string, Answer> {
  const map = toAnswerMap([])
  for (const [id, saved] of Object.entries(answers)) if (saved) map[id] = saved
  map[answer.questionId] = answer
  return map
}
