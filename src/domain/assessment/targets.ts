/** Target level of each domain: the user's choice, else the definition's default, else one below the top of the scale. */
import { scaleBounds, type Domain, type QuestionnaireDefinition } from '../definition/definition'

/** Target levels chosen by the user, by domain id. */
export type DomainTargets = Readonly<Record<string, number>>

/**
 * Target level of a domain: `targets[domain.id]` when the user set one, else `domain.target`,
 * else the highest scale value − 1 (never below the lowest scale value).
 */
export function resolveTarget(definition: QuestionnaireDefinition, domain: Domain, targets: DomainTargets): number {
  const chosen = Object.hasOwn(targets, domain.id) ? targets[domain.id] : undefined
  if (chosen !== undefined && Number.isFinite(chosen)) return chosen
  if (domain.target !== undefined) return domain.target
  const { min, max } = scaleBounds(definition)
  return Math.max(min, max - 1)
}
