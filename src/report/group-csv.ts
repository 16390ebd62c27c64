/** The consolidated CSV of a workshop group: one row per structure × domain, for French Excel. */
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import type { AssessmentScore } from '@/domain/assessment'
import { formatDecimal } from '@/i18n/fr-numbers'
import { scoringMessages } from '@/i18n/fr-scoring'
import { toCsv } from './csv'

/** One structure of the group as exported (labels already anonymised when asked). */
export interface GroupReportMember {
  structureId: string
  label: string
  organisation: string
  category: string
  scores: AssessmentScore | null
}

export const GROUP_CSV_HEADER: readonly string[] = [
  'Structure',
  'Organisme gestionnaire',
  'Catégorie',
  'Parcours',
  'Domaine',
  'Score',
  'Échelle',
  'Couverture',
  'Je ne sais pas',
]

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
 * the score (« n.é. » when not assessable), the scale it is read on (« 0 à 4 »), coverage in %.
 */
export function buildGroupCsv(definition: QuestionnaireDefinition, members: readonly GroupReportMember[]): string {
  const { min, max } = scaleBounds(definition)
  const scale = `${min} à ${max}`
  const rows = members.flatMap((m) =>
    definition.domains.map((domain) => {
      const d = m.scores?.domains.find((x) => x.domainId === domain.id)
      return [
        m.label,
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
  return toCsv([GROUP_CSV_HEADER, ...rows])
}
