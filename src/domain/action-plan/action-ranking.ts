/** Sort keys of the action plan and how they compare; the rule itself is documented in action-plan.ts. */
import { ACTION_PHASES, scaleBounds, type ActionPhase, type QuestionnaireDefinition } from '../definition/definition'
import type { AssessmentScore } from '../assessment/scoring'
import { resolveTarget, type DomainTargets } from '../assessment/targets'

/** Differences smaller than this are ties: weighted means carry floating-point noise. */
const EPSILON = 1e-9

/** What decides the place of an action in the plan, criterion by criterion. */
export interface RankingKey {
  /** 1 high … 3 low. */
  priority: number
  /** Phase of the action, compared in the order of ACTION_PHASES. */
  phase: ActionPhase
  /** How many actions of the plan wait for this one, directly or through others (0 when none). */
  unlocks?: number
  /** Distance from the domain's score up to its target, never negative. */
  gap: number
  /** Weight of the action's domain, 0 without a domain. */
  weight: number
  /** Lowest level among the answers that triggered the action; Infinity when none did. */
  lowestLevel: number
  id: string
}

/** How far a domain is from its target, and how much it weighs. */
export interface DomainStanding {
  gap: number
  weight: number
}

/**
 * Gap to target and weight of every domain of the definition.
 * gap = max(0, target − domain score); a domain without a score counts as target − lowest scale
 * value: nothing is known of it, so it is treated as the furthest from its target.
 */
export function computeDomainStandings(
  definition: QuestionnaireDefinition,
  scores: AssessmentScore,
  targets: DomainTargets,
): Map<string, DomainStanding> {
  const { min } = scaleBounds(definition)
  const standings = new Map<string, DomainStanding>()
  for (const domain of definition.domains) {
    const target = resolveTarget(definition, domain, targets)
    const score = scores.domains.find((d) => d.domainId === domain.id)?.score ?? null
    standings.set(domain.id, { gap: Math.max(0, target - (score ?? min)), weight: domain.weight })
  }
  return standings
}

function byNumber(a: number, b: number): number {
  if (a === b || Math.abs(a - b) < EPSILON) return 0
  return a < b ? -1 : 1
}

/**
 * Compares two keys: priority ascending, then phase in project order, then the number of actions
 * that wait for it descending (what unlocks the most comes first), then gap descending, then
 * domain weight descending, then lowest triggering level ascending, then id (code-point order,
 * independent of the locale).
 */
export function compareRankingKeys(a: RankingKey, b: RankingKey): number {
  return (
    byNumber(a.priority, b.priority) ||
    byNumber(ACTION_PHASES.indexOf(a.phase), ACTION_PHASES.indexOf(b.phase)) ||
    byNumber(b.unlocks ?? 0, a.unlocks ?? 0) ||
    byNumber(b.gap, a.gap) ||
    byNumber(b.weight, a.weight) ||
    byNumber(a.lowestLevel, b.lowestLevel) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
