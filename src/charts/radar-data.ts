/** Pure conversion of scores into what a radar chart and its text equivalent need, with no chart library involved. */
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import type { AssessmentScore, DomainScore } from '@/domain/assessment'
import { resolveTarget, type DomainTargets } from '@/domain/assessment'
import { formatLevel } from '@/i18n/fr-numbers'

export type RadarSeriesKey = 'current' | 'target' | 'previous'

export interface RadarSeries {
  key: RadarSeriesKey
  label: string
  /** One value per label, null where the domain is not assessable. */
  values: (number | null)[]
}

/** One line of the table that stands for the chart. */
export interface RadarRow {
  domainId: string
  title: string
  current: number | null
  /** The current level as read aloud, or « non évaluable ». */
  currentText: string
  target: number
  previous: number | null
  assessable: boolean
}

export interface RadarData {
  labels: string[]
  max: number
  min: number
  series: RadarSeries[]
  rows: RadarRow[]
}

export interface RadarInput {
  scores: AssessmentScore
  targets: DomainTargets
  previous?: AssessmentScore | null
  previousLabel?: string
}

export const NOT_ASSESSABLE_TEXT = 'non évaluable'

function roundOne(value: number): number {
  return Math.round(value * 10) / 10
}

function assessedScore(scores: AssessmentScore, domainId: string): number | null {
  const domain: DomainScore | undefined = scores.domains.find((d) => d.domainId === domainId)
  return domain?.assessable && domain.score !== null ? roundOne(domain.score) : null
}

/**
 * Radar chart data, one axis per domain of the definition: the current level (null where the
 * domain is not assessable), the target (the user's, else the domain's, else one below the top of
 * the scale) and, when given, a previous assessment. Values are rounded to one decimal.
 */
export function toRadarData(definition: QuestionnaireDefinition, input: RadarInput): RadarData {
  const { min, max } = scaleBounds(definition)
  const rows = definition.domains.map((domain): RadarRow => {
    const current = assessedScore(input.scores, domain.id)
    return {
      domainId: domain.id,
      title: domain.title,
      current,
      currentText: current === null ? NOT_ASSESSABLE_TEXT : formatLevel(definition, current),
      target: roundOne(resolveTarget(definition, domain, input.targets)),
      previous: input.previous ? assessedScore(input.previous, domain.id) : null,
      assessable: current !== null,
    }
  })
  const series: RadarSeries[] = [
    { key: 'current', label: 'Niveau actuel', values: rows.map((r) => r.current) },
    { key: 'target', label: 'Cible', values: rows.map((r) => r.target) },
  ]
  if (input.previous) {
    series.push({
      key: 'previous',
      label: input.previousLabel ?? 'Évaluation précédente',
      values: rows.map((r) => r.previous),
    })
  }
  return { labels: rows.map((r) => r.title), max, min, series, rows }
}
