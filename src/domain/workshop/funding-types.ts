/** The facts the funding rules are checked on (a grappe and its members) and what each rule finds. */
import type { AssessmentScore } from '../assessment/scoring'

export interface UsageEntry {
  target: number | null
  observed: number | null
}

export interface GrappeMember {
  structureId: string
  label: string
  finess: string
  organisation: string
  /** The structure's category (STRUCTURE_CATEGORIES): some rules do not apply to some categories. */
  category: string
  /**
   * Scores of the structure's latest maturity assessment on the full path, null when it has none:
   * the rules read facts from answers, whichever path the assessment was scored on.
   */
  scores: AssessmentScore | null
}

export interface Grappe {
  members: GrappeMember[]
  usage: Readonly<Record<string, UsageEntry | undefined>>
}

/** 'not-applicable': the rule does not concern this grouping (e.g. the Ségur referencing for AHI and child protection only). */
export type RuleStatus = 'met' | 'not-met' | 'cannot-tell' | 'not-applicable'

/** One FINESS number held by several members of the grappe, with their labels in group order. */
export interface SharedFiness {
  finess: string
  labels: string[]
}

/**
 * The facts a rule was decided on. Lists of labels name the members concerned, in group order,
 * complete: whoever shows them decides how many to write.
 */
export type RuleDetail =
  /** `lowered`: every member is in Corsica or overseas, so the lower minimum applies. */
  | { kind: 'min-essms'; count: number; min: number; lowered: boolean }
  /** `solo`: a single organisation, large enough (over `soloAbove` structures) to file alone. */
  | { kind: 'min-og'; organisations: number; min: number; largest: number; soloAbove: number; solo: boolean }
  | { kind: 'max-funded'; count: number; max: number }
  | { kind: 'filing-level'; count: number; nationalFrom: number; national: boolean }
  | {
      kind: 'services-socles'
      count: number
      reached: number
      notReached: string[]
      unknown: string[]
      /** Services socles each structure must reach, out of `total`, at `reachedLevel` or above. */
      minReached: number
      total: number
      reachedLevel: number
    }
  | {
      kind: 'dui-segur'
      count: number
      /** Every member is of an exempt category: the rule does not apply. */
      onlyExempt: boolean
      exemptCategories: string[]
      referenced: number
      notReferenced: string[]
      /** Members without a DUI in service, then members whose answers do not decide. */
      undecided: string[]
      noDui: string[]
      referencedFromLevel: number
    }
  | {
      kind: 'usage-targets'
      /** The indicators with a target typed, in catalogue order. */
      entered: { label: string; target: number; observed: number | null }[]
      below: string[]
      missing: string[]
    }
  | {
      kind: 'finess-present'
      count: number
      /** Members whose FINESS is valid (a Corsican number, whose key cannot be checked, counts as valid). */
      valid: number
      /** Members whose FINESS is missing or refused by checkFiness (length, characters, check key). */
      invalid: string[]
      /** FINESS numbers held by more than one member. */
      shared: SharedFiness[]
    }
