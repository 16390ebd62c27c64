/**
 * The consolidated CSV of a workshop group, for French Excel and for joining with an ARS list: one
 * row per structure × domain (with its FINESS, category, organisme gestionnaire and path), then the
 * group's mean and median per domain. Every cell holds one value, never a long explanation.
 */
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import type { AssessmentScore } from '@/domain/assessment'
import { formatDecimal } from '@/i18n/fr-numbers'
import type { Consolidation } from '@/domain/workshop'
import { scoringMessages } from '@/i18n/fr-scoring'
import { synthesisMessages as s } from '@/i18n/fr-synthesis'
import { toCsv } from './csv'

/** One structure of the group as exported (labels already anonymised, FINESS left empty, when asked). */
export interface GroupReportMember {
  structureId: string
  label: string
  finess: string
  organisation: string
  category: string
  scores: AssessmentScore | null
}

export const GROUP_CSV_HEADER: readonly string[] = s.csvHeader

export const NOT_ASSESSED = 'n.é.'

/** A domain's score with a decimal comma, « n.é. » when not assessable. */
export function scoreText(scores: AssessmentScore | null, domainId: string): string {
  const d = scores?.domains.find((x) => x.domainId === domainId)
  return d?.assessable && d.score !== null ? formatDecimal(d.score) : NOT_ASSESSED
}

/** The path a member was scored on, as written in the exports (empty without an assessment). */
export function pathText(scores: AssessmentScore | null): string {
  return scores ? scoringMessages.path[scores.path] : ''
}

/**
 * The consolidated CSV: one row per structure × domain, with the path the structure was scored on,
 * the score (« n.é. » when not assessable), the scale it is read on (« 0 à 4 »), coverage in %; then
 * per domain the group's mean and median over its assessable structures.
 */
export function buildGroupCsv(
  definition: QuestionnaireDefinition,
  members: readonly GroupReportMember[],
  consolidation: Consolidation,
): string {
  const { min, max } = scaleBounds(definition)
  const scale = `${min} à ${max}`
  const rows = members.flatMap((m) =>
    definition.domains.map((domain) => {
      const d = m.scores?.domains.find((x) => x.domainId === domain.id)
      return [
        s.csvRow.structure,
        m.label,
        m.finess,
        m.organisation,
        m.category,
        pathText(m.scores),
        domain.title,
        scoreText(m.scores, domain.id),
        scale,
        d ? `${Math.round(d.coverage * 100)} %` : '',
        d ? String(d.unknown) : '',
      ]
    }),
  )
  const groupRows = (['mean', 'median'] as const).flatMap((key) =>
    consolidation.domains.map((d) => [
      s.csvRow[key],
      s.csvGroupName[key],
      '',
      '',
      '',
      '',
      d.title,
      d[key] === null ? NOT_ASSESSED : formatDecimal(d[key]),
      scale,
      s.csvAssessable(d.count, members.length),
      '',
    ]),
  )
  return toCsv([GROUP_CSV_HEADER, ...rows, ...groupRows])
}
