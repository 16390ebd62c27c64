/** The wording of the results screens, in French (loaded with those screens only), and the summary sentence the results and the report open with. */
import { summariseDomains, type AssessmentScore, type DomainStanding } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { formatDecimal, formatLevel } from './fr-numbers'

export const resultsMessages = {
  title: (questionnaire: string) => `Résultats : ${questionnaire}`,
  backToSurvey: 'Revenir au questionnaire',
  toPlan: 'Voir le plan d’action',
  global: 'Maturité globale',
  globalValue: (label: string, score: string, max: number, percent: number) =>
    `${label} — ${score} sur ${max} (${percent} %)`,
  globalNone: 'Pas encore assez de réponses pour un score global.',
  coverage: (answered: number, applicable: number) => `${answered} questions répondues sur ${applicable} applicables`,
  unknownCount: (n: number) => `${n} « Je ne sais pas »`,
  selfAssessment: 'Résultat d’une autoévaluation déclarative, pas d’un audit.',
  domainsTitle: 'Scores par domaine',
  domain: 'Domaine',
  score: 'Score',
  level: 'Niveau',
  coverageCol: 'Couverture',
  unknownCol: '« Je ne sais pas »',
  target: 'Cible',
  targetLabel: (domain: string) => `Niveau cible pour ${domain}`,
  notAssessable: 'Non évaluable',
  notAssessableHint:
    'Moins de la moitié des questions applicables ont une réponse : ce domaine n’est pas noté, pour ne pas le confondre avec un domaine faible.',
  radarTitle: 'Niveau par domaine, cible et évaluation précédente',
  radarTitleNoPrevious: 'Niveau par domaine et cible',
  radarPrevious: (date: string) => `Évaluation du ${date}`,
  dimensionsTitle: 'Lecture par dimension MaturiN-SMS',
  dimensionsOsis:
    'MaturiN-SMS est le référentiel national de maturité numérique du secteur ; la déclaration officielle se fait sur l’observatoire national des systèmes d’information (oSIS). Cette lecture aide à la préparer ; elle ne la remplace pas.',
  dimension: 'Dimension',
  weakTitle: 'Points les plus faibles',
  strongTitle: 'Points forts',
  goToQuestion: 'Revoir la question',
  none: 'Aucune réponse notée pour le moment.',
}

/**
 * One or two sentences naming the most and the least advanced assessable domains, with their level,
 * or saying that there is not enough data yet; when both show the same level, says so.
 */
export function describeSummary(definition: QuestionnaireDefinition, scores: AssessmentScore): string {
  const summary = summariseDomains(definition, scores)
  const describe = (d: DomainStanding) => `${d.title} (${formatLevel(definition, d.score)})`
  switch (summary.kind) {
    case 'none':
      return `Pas encore assez de réponses pour situer les domaines : répondez à au moins ${Math.round(summary.minCoverage * 100)} % des questions d’un domaine.`
    case 'single':
      return `Un seul domaine est évaluable pour l’instant : ${describe(summary.domain)}.`
    case 'spread':
      if (formatDecimal(summary.strongest.score) === formatDecimal(summary.weakest.score))
        return `Les domaines évaluables sont au même niveau : ${formatLevel(definition, summary.strongest.score)}.`
      return `Domaine le plus avancé : ${describe(summary.strongest)}. Domaine le plus en retrait : ${describe(summary.weakest)}.`
  }
}
