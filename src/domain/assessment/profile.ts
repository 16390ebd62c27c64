/**
 * The structure's profile: the facts a questionnaire asks once per structure (a care team, work at
 * the persons' homes, an IT department…) and which of its questions apply given them.
 *
 * A fact holds as the user answered it for the structure (`Structure.profile`); without an answer it
 * takes the default of the structure's category (`trueFor` / `falseFor`); a category in neither list
 * has no default, and the fact holds until the user says otherwise. A question applies when every
 * fact it requires (`requiresProfile`) holds. A question left out by the profile counts nowhere
 * (scores, progress, action triggers), like a hidden one, but its answer is kept.
 */
import type { Structure } from './assessment'
import type { ProfileFact, Question, QuestionnaireDefinition } from '../definition/definition'

/** Most facts a structure's profile may hold (a bound on what a backup file may carry). */
export const MAX_PROFILE_FACTS = 20

/** Form of a fact id: lower-case words joined by hyphens. */
export const PROFILE_FACT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** The user's explicit answers, by fact id. */
export type ProfileAnswers = Readonly<Record<string, boolean>>

/** Where the value of a fact comes from: the user's answer, the category's default, or neither. */
export type FactSource = 'answer' | 'category' | 'none'

export interface ResolvedFact {
  fact: ProfileFact
  holds: boolean
  source: FactSource
}

/** The facts of a definition resolved for one structure, in the definition's order. */
export interface ResolvedProfile {
  facts: ResolvedFact[]
}

export interface Applicability {
  applies: boolean
  /** The reasonWhenFalse of each required fact that does not hold, in the order the question cites them. */
  reasons: string[]
}

/** The default of a fact for a category: true, false, or null when the category is in neither list. */
export function categoryDefault(fact: ProfileFact, category: string): boolean | null {
  if (fact.trueFor.includes(category)) return true
  if (fact.falseFor.includes(category)) return false
  return null
}

/** Resolves the definition's facts for a structure (its answers first, then its category's defaults). */
export function resolveProfile(
  definition: QuestionnaireDefinition,
  structure: Pick<Structure, 'category' | 'profile'> | null,
): ResolvedProfile {
  const answers = structure?.profile ?? {}
  return {
    facts: (definition.profile ?? []).map((fact): ResolvedFact => {
      const answer = Object.hasOwn(answers, fact.id) ? answers[fact.id] : undefined
      if (typeof answer === 'boolean') return { fact, holds: answer, source: 'answer' }
      const byDefault = structure ? categoryDefault(fact, structure.category) : null
      return byDefault === null ? { fact, holds: true, source: 'none' } : { fact, holds: byDefault, source: 'category' }
    }),
  }
}

/** Whether a question applies to a profile, with the reason of each fact that leaves it out. A fact the profile does not know holds. */
export function questionApplicability(
  question: Pick<Question, 'requiresProfile'>,
  profile: ResolvedProfile | undefined,
): Applicability {
  const reasons: string[] = []
  for (const id of question.requiresProfile ?? []) {
    const resolved = profile?.facts.find((f) => f.fact.id === id)
    if (resolved && !resolved.holds) reasons.push(resolved.fact.reasonWhenFalse)
  }
  return { applies: reasons.length === 0, reasons }
}

/** Whether a question applies to a profile (no profile: every question applies). */
export function appliesTo(question: Pick<Question, 'requiresProfile'>, profile: ResolvedProfile | undefined): boolean {
  return questionApplicability(question, profile).applies
}
