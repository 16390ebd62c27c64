/**
 * Consolidation of several structures' assessments of one questionnaire: scores per domain side by
 * side with the group's mean, median and spread, the questions most often answered low, and the
 * actions shared by many action plans (the chances to mutualise).
 */
import type { QuestionnaireDefinition } from '../definition/definition'
import type { PlanItem } from '../action-plan/action-plan'
import type { AssessmentScore } from '../assessment/scoring'
import { findSharedActions, type SharedAction } from './shared-actions'

/** One structure's latest assessment, as the consolidation needs it. */
export interface ConsolidationEntry {
  structureId: string
  label: string
  scores: AssessmentScore
  plan: readonly PlanItem[]
}

export interface StructureValue {
  structureId: string
  /** Domain score, null when the domain is not assessable for this structure. */
  value: number | null
}

export interface DomainConsolidation {
  domainId: string
  title: string
  values: StructureValue[]
  /** Number of structures whose domain is assessable: the statistics below are over these only. */
  count: number
  mean: number | null
  median: number | null
  min: number | null
  max: number | null
}

export interface LowQuestion {
  questionId: string
  domainId: string
  text: string
  /** Number of structures that answered this question at a level ≤ the low level. */
  count: number
  structureIds: string[]
}

export interface Consolidation {
  domains: DomainConsolidation[]
  lowQuestions: LowQuestion[]
  sharedActions: SharedAction[]
}

export interface ConsolidationOptions {
  /** A question counts as low when answered at this level or below (default 1). */
  lowLevel?: number
  /** An action is shared when present in at least this many plans (default 2). */
  minShared?: number
}

/** Median of a list of numbers (mean of the two middle values for an even count), null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2
}

function domainStatistics(
  definition: QuestionnaireDefinition,
  entries: readonly ConsolidationEntry[],
): DomainConsolidation[] {
  return definition.domains.map((domain) => {
    const values = entries.map((entry): StructureValue => {
      const score = entry.scores.domains.find((d) => d.domainId === domain.id)
      return { structureId: entry.structureId, value: score?.assessable && score.score !== null ? score.score : null }
    })
    const assessed = values.flatMap((v) => (v.value === null ? [] : [v.value]))
    const count = assessed.length
    return {
      domainId: domain.id,
      title: domain.title,
      values,
      count,
      mean: count ? assessed.reduce((sum, v) => sum + v, 0) / count : null,
      median: median(assessed),
      min: count ? Math.min(...assessed) : null,
      max: count ? Math.max(...assessed) : null,
    }
  })
}

function lowQuestions(
  definition: QuestionnaireDefinition,
  entries: readonly ConsolidationEntry[],
  lowLevel: number,
): LowQuestion[] {
  const found: (LowQuestion & { order: number })[] = []
  let order = 0
  for (const domain of definition.domains) {
    for (const question of domain.questions) {
      const structureIds = entries.flatMap((entry) => {
        const result = entry.scores.questions[question.id]
        return result?.state === 'answered' && result.level !== null && result.level <= lowLevel
          ? [entry.structureId]
          : []
      })
      if (structureIds.length > 0) {
        found.push({
          questionId: question.id,
          domainId: domain.id,
          text: question.text,
          count: structureIds.length,
          structureIds,
          order,
        })
      }
      order++
    }
  }
  return found.sort((a, b) => b.count - a.count || a.order - b.order).map(({ order: _order, ...rest }) => rest)
}

/**
 * Compares the structures of a group on one questionnaire: per domain the value of each structure
 * (null when not assessable) and the mean, median, min and max over assessable values only, with
 * their count; the questions most often answered at level ≤ 1 (count descending, then definition
 * order); the catalogue actions still needed by at least two structures (see findSharedActions).
 */
export function compareStructures(
  definition: QuestionnaireDefinition,
  entries: readonly ConsolidationEntry[],
  options: ConsolidationOptions = {},
): Consolidation {
  return {
    domains: domainStatistics(definition, entries),
    lowQuestions: lowQuestions(definition, entries, options.lowLevel ?? 1),
    sharedActions: findSharedActions(entries, options.minShared ?? 2),
  }
}

/** Letters for the n-th anonymous label: 0 → A, 25 → Z, 26 → AA, 27 → AB… */
function letters(index: number): string {
  let n = index
  let text = ''
  do {
    text = String.fromCharCode(65 + (n % 26)) + text
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return text
}

/** « Structure A », « Structure B » … « Structure Z », « Structure AA » … for n structures. */
export function anonymisedLabels(n: number, prefix = 'Structure'): string[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => `${prefix} ${letters(i)}`)
}
