/**
 * The library's answers indexed by assessment, and the progress derived from each list. A list is
 * replaced only when its assessment's answers change, so what was derived from the others is kept.
 */
import type { Answer, Assessment, Structure } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'

export type AnswerIndex = ReadonlyMap<string, readonly Answer[]>

export const NO_ANSWERS: readonly Answer[] = Object.freeze([])

function sameAnswer(a: Answer, b: Answer): boolean {
  const keysA = Object.keys(a) as (keyof Answer)[]
  return keysA.length === Object.keys(b).length && keysA.every((key) => a[key] === b[key])
}

function sameList(a: readonly Answer[], b: readonly Answer[]): boolean {
  return a.length === b.length && a.every((answer, i) => sameAnswer(answer, b[i] as Answer))
}

/**
 * Answers grouped by assessment, in one pass. A list equal to the one `previous` holds for the same
 * assessment is that same object, so that reading the database again changes nothing derived from it.
 */
export function indexByAssessment(answers: readonly Answer[], previous: AnswerIndex = new Map()): AnswerIndex {
  const index = new Map<string, Answer[]>()
  for (const answer of answers) {
    const list = index.get(answer.assessmentId)
    if (list) list.push(answer)
    else index.set(answer.assessmentId, [answer])
  }
  const result = new Map<string, readonly Answer[]>()
  for (const [id, list] of index) {
    const before = previous.get(id)
    result.set(id, before && sameList(before, list) ? before : list)
  }
  return result
}

/** The index without some assessments; the other lists stay the same objects. */
export function withoutAssessments(index: AnswerIndex, ids: Iterable<string>): AnswerIndex {
  const next = new Map(index)
  for (const id of ids) next.delete(id)
  return next
}

interface ProgressInputs {
  answers: readonly Answer[]
  structure: Structure | null
  definition: QuestionnaireDefinition
  assessment: Assessment
}

/**
 * Remembers one value per assessment and computes it again only when one of its inputs is another
 * object. Not reactive: whoever asks reads the reactive inputs, and is redrawn when they change.
 */
export function createProgressCache(compute: (inputs: ProgressInputs) => number) {
  const entries = new Map<string, ProgressInputs & { value: number }>()
  return (inputs: ProgressInputs): number => {
    const cached = entries.get(inputs.assessment.id)
    if (
      cached &&
      cached.answers === inputs.answers &&
      cached.structure === inputs.structure &&
      cached.definition === inputs.definition &&
      cached.assessment === inputs.assessment
    )
      return cached.value
    const value = compute(inputs)
    entries.set(inputs.assessment.id, { ...inputs, value })
    return value
  }
}
