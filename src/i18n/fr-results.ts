/** The wording of the results screens, in French (loaded with those screens only). */

export const resultsMessages = {
  title: (questionnaire: string) => `Résultats : ${questionnaire}`,
  backToSurvey: 'Revenir au questionnaire',
  toPlan: 'Voir le plan d’action',
  global: 'Maturité globale',
  globalValue: (label: string, score: string, max: number, percent: number) =>
    `${label} — ${score} sur ${max} (${percent} %)`,
  globalNone: 'Pas encore assez de réponses pour un score global.',
  coverage: (answered: number, applicable: number) => `${answered} questions répondues sur ${applicable} applicables`,
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
