/** The consolidated CSV of a workshop group: one row per structure × domain, for French Excel. */
import type { QuestionnaireDefinition } from '@/domain/definition'
import type { AssessmentScore } from '@/domain/scoring'
import { formatDecimal } from '@/domain/results'
import { toCsv } from './csv'

/** One structure of the group as exported (labels already anonymised when asked). */
export interface GroupReportMember {
  structureId: string
  label: string
  organisation: string
  category: string
  scores: AssessmentScore | null
}

export const GROUP_CSV_HEADER: readonly string[] = ['Structure', 'Organisme gestionnaire', 'Catégorie', 'Domaine', 'Score', 'Couverture', 'Je ne sais pas']

export const NOT_ASSESSED = 'n.é.'

/** A domain's score with a decimal comma, « n.é. » when not assessable. */
export function scoreText(scores: AssessmentScore | null, domainId: string): string {
  const d = scores?.domains.find((x) => x.domainId === domainId)
  return d?.assessable && d.score !== null ? formatDecimal(d.score) : NOT_ASSESSED
}

/** The consolidated CSV: one row per structure × domain (score « n.é. » when not assessable, coverage in %). */
export function buildGroupCsv(definition: QuestionnaireDefinition, members: readonly GroupReportMember[]): string {
  const rows = members.flatMap((m) =>
    definition.domains.map((domain) => {
      const d = m.scores?.domains.find((x) => x.domainId === domain.id)
      return [m.label, m.organisation, m.category, domain.title, scoreText(m.scores, domain.id), d ? `${Math.round(d.coverage * 100)} %` : '', d ? String(d.unknown) : '']
    }),
  )
  return toCsv([GROUP_CSV_HEADER, ...rows])
}

