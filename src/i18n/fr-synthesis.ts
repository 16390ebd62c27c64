/** The wording of a group's consolidated exports (PDF synthesis and its annex, CSV), in French. */

import { plural } from './plural'

/** « 1 structure », « 0 structure », « 1 200 structures »: the count with its thousands separated, the noun agreed. */
function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('fr-FR')} ${plural(n, one, many)}`
}

export const synthesisMessages = {
  title: 'Synthèse consolidée du groupe',
  running: (group: string) => `Synthèse consolidée — ${group}`,
  docTitle: (group: string) => `CapSI — synthèse consolidée — ${group}`,
  footer: (date: string, version: string) => `Produit le ${date} à partir d’autoévaluations (CapSI ${version})`,
  page: (current: number, total: number) => `page ${current} / ${total}`,
  structures: (n: number) => count(n, 'structure', 'structures'),
  questionnaire: (title: string, version: string) => `Questionnaire : ${title}, version ${version}.`,
  paths: (full: number, essential: number, none: number) =>
    [
      full ? `${count(full, 'évaluée', 'évaluées')} sur le parcours complet` : '',
      essential ? `${count(essential, 'évaluée', 'évaluées')} sur le parcours essentiel` : '',
      none ? `${count(none, 'structure', 'structures')} sans évaluation de maturité` : '',
    ]
      .filter(Boolean)
      .join(' ; ') + '.',
  declarative: 'Résultats d’autoévaluations déclaratives, pas d’audits.',
  statsTitle: 'Moyenne et dispersion par domaine',
  statsHeader: ['Domaine', 'Moyenne', 'Médiane', 'Min.', 'Max.', 'Évaluables'],
  assessable: (n: number, total: number) => `${n} / ${total}`,
  radarCaption:
    'Radar : moyenne du groupe (trait plein), minimum (tirets) et maximum (pointillés) des structures, domaine par domaine.',
  spreadRadarLabel:
    'Radar du groupe : moyenne par domaine, entre la structure la plus basse et la plus haute. Les valeurs figurent dans le tableau qui suit.',
  spreadRadarTableCaption: 'Moyenne, minimum et maximum du groupe par domaine — valeurs du graphique',
  includeAnnex: 'Joindre au PDF l’annexe d’une ligne par structure (noms, FINESS, scores par domaine)',
  radarSeries: { mean: 'Moyenne du groupe', min: 'Minimum', max: 'Maximum' },
  notAssessedNote: '« n.é. » : non évaluable (moins de la moitié des questions applicables ont une réponse).',
  distributionTitle: 'Répartition des structures par niveau',
  distributionNote: 'Chaque structure compte au niveau que son score atteint dans le domaine.',
  level: (value: number, label: string) => `${value} — ${label}`,
  notAssessedColumn: 'n.é.',
  weakTitle: 'Les 10 points faibles les plus partagés',
  weakNote: (lowLevel: number) =>
    `Questions auxquelles le plus de structures ont répondu au niveau ${lowLevel} ou moins.`,
  weakHeader: ['Question', 'Domaine', 'Structures', 'Part'],
  noWeak: 'Aucune question répondue à un niveau bas.',
  actionsTitle: 'Les 10 actions les plus partagées',
  actionsNote: 'Actions du catalogue présentes dans le plus de plans d’action, ni faites ni abandonnées.',
  actionsHeader: ['Action', 'Domaine', 'Mutualisable', 'Structures', 'Part'],
  yes: 'oui',
  no: 'non',
  noActions: 'Aucune action commune à au moins deux structures.',
  share: (n: number, total: number) => (total ? `${Math.round((n / total) * 100)} %` : '—'),
  fundingTitle: 'Pré-conditions de financement ESMS numérique',
  fundingDisclaimer:
    'Une aide, pas une décision : cette vérification prépare le dossier à partir des données saisies ; ce n’est pas la décision de l’ARS ni de la CNSA.',
  fundingRules: (label: string, year: number | string, source: string) =>
    `Règles vérifiées : ${label} (${year}) — ${source}.`,
  noRuleSet: 'Aucun ensemble de règles choisi.',
  fundingHeader: ['Règle', 'Résultat', 'Chiffres'],
  fundingNamesInAnnex:
    'Les structures concernées par chaque règle sont nommées dans l’annexe (« Joindre au PDF l’annexe… » à l’écran).',
  fundingDetailTitle: 'Pré-conditions de financement : structures concernées',
  fundingDetailHeader: ['Règle', 'Résultat', 'Explication'],
  ruleStatus: {
    met: 'Respectée',
    'not-met': 'Non respectée',
    'cannot-tell': 'Impossible de conclure',
    'not-applicable': 'Ne s’applique pas',
  },
  annexTitle: 'Annexe — une ligne par structure',
  annexNote: 'Scores par domaine ; les colonnes D1, D2… suivent la légende ci-dessous.',
  annexLegend: (code: string, title: string) => `${code} : ${title}`,
  annexHeader: ['Structure', 'FINESS', 'Organisme gestionnaire', 'Catégorie', 'Parcours'],
  noAssessment: 'pas d’évaluation',
  domainCode: (index: number) => `D${index + 1}`,
  csvHeader: [
    'Ligne',
    'Structure',
    'FINESS',
    'Organisme gestionnaire',
    'Catégorie',
    'Parcours',
    'Domaine',
    'Score',
    'Échelle',
    'Couverture',
    'Je ne sais pas',
  ],
  csvRow: { structure: 'Structure', mean: 'Groupe — moyenne', median: 'Groupe — médiane' },
  csvGroupName: { mean: 'Moyenne du groupe', median: 'Médiane du groupe' },
  csvAssessable: (n: number, total: number) => `${n} / ${total} structures évaluables`,
}
