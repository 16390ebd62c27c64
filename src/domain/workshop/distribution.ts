/**
 * How a group's structures spread over the scale's levels, domain by domain: the table an ARS reads
 * beside the mean (« 12 structures au niveau 1, 3 au niveau 3 »), and the most shared weak points and
 * actions, ranked by how many structures share them.
 */
import { levelForScore, type QuestionnaireDefinition } from '../definition/definition'
import type { Consolidation, LowQuestion } from './consolidation'
import type { SharedAction } from './shared-actions'

export interface LevelDistribution {
  domainId: string
  title: string
  /** Structures per scale level, in the scale's order (a score counts at the highest level it reaches). */
  levels: { value: number; count: number }[]
  /** Structures whose domain cannot be assessed. */
  notAssessed: number
}

/** Per domain, how many structures reach each level of the scale (and how many cannot be assessed). */
export function levelDistribution(
  definition: QuestionnaireDefinition,
  consolidation: Consolidation,
): LevelDistribution[] {
  const scale = [...definition.scale].sort((a, b) => a.value - b.value)
  return consolidation.domains.map((domain) => {
    const counts = new Map(scale.map((level) => [level.value, 0]))
    let notAssessed = 0
    for (const { value } of domain.values) {
      if (value === null) {
        notAssessed++
        continue
      }
      const level = levelForScore(definition, value)
      if (level) counts.set(level.value, (counts.get(level.value) ?? 0) + 1)
    }
    return {
      domainId: domain.domainId,
      title: domain.title,
      levels: scale.map((level) => ({ value: level.value, count: counts.get(level.value) ?? 0 })),
      notAssessed,
    }
  })
}

/** The `limit` weak points answered low by the most structures (ties keep the questionnaire's order). */
export function mostSharedWeakPoints(consolidation: Consolidation, limit = 10): LowQuestion[] {
  return consolidation.lowQuestions.slice(0, limit)
}

/** The `limit` actions present in the most plans (ties: mutualisable first, then by title). */
export function mostSharedActions(consolidation: Consolidation, limit = 10): SharedAction[] {
  return [...consolidation.sharedActions]
    .sort(
      (a, b) =>
        b.count - a.count || Number(b.mutualisable) - Number(a.mutualisable) || a.title.localeCompare(b.title, 'fr'),
    )
    .slice(0, limit)
}
