/** The wording of the conformity screens, in French (loaded with those screens only). */
import type { RequirementAnswerProblem, TrajectoryQuarter } from '@/domain/conformity'
import { countOf, plural } from './plural'

/** Shown when a requirement has no applicability condition. */
export const APPLIES_TO_ALL = 'S’applique à tous les services.'

export const REQUIREMENT_ANSWER_PROBLEMS: Readonly<Record<RequirementAnswerProblem, string>> = {
  'top-level-justification': 'Une justification est obligatoire au niveau le plus élevé : indiquez la preuve.',
}

/** A quarter as French readers write it: « T3 2027 ». */
export function quarterLabel(quarter: Pick<TrajectoryQuarter, 'year' | 'quarter'>): string {
  return `T${quarter.quarter} ${quarter.year}`
}

export const conformityMessages = {
  servicesTitle: (structure: string) => `Grilles de conformité — ${structure}`,
  servicesIntro:
    'Déclarez ici les solutions et services numériques de la structure (DUI, messagerie sécurisée, outil de coordination…) et, pour chacun, où il en est par rapport au cadre national du numérique en santé.',
  structureNotFound: 'Cette structure n’existe pas ou a été supprimée.',
  noService: 'Aucun service déclaré pour cette structure.',
  servicesCaption: (structure: string) => `Services déclarés — ${structure}`,
  colName: 'Service',
  colProduct: 'Produit et version',
  colResponsible: 'Responsable',
  colUpdated: 'Dernière modification',
  colActions: 'Actions',
  open: 'Ouvrir',
  deleteService: 'Supprimer le service',
  confirmDeleteService: (name: string) =>
    `Supprimer définitivement le service « ${name} » et toute sa déclaration ? Cette action est irréversible.`,
  deleted: 'Service supprimé.',
  createTitle: 'Déclarer un nouveau service',
  submit: 'Créer le service',
  errorSummary: 'Le formulaire contient des erreurs :',
  required: '(obligatoire)',
  fields: {
    name: 'Nom du service',
    responsible: 'Personne responsable',
    description: 'Description',
    provider: 'Fournisseur ou éditeur',
    product: 'Produit',
    productVersion: 'Version',
    startedOn: 'Date de début de la démarche',
  },
  hints: {
    name: 'Par exemple « DUI de l’EHPAD » ou « Messagerie sécurisée ».',
    description: 'À quoi sert le service, qui l’utilise.',
    startedOn: 'Date à laquelle la démarche de mise en conformité a commencé.',
  },
  backToServices: 'Retour aux services de la structure',
  serviceNotFound: 'Ce service n’existe pas ou a été supprimé.',
  definitionMissing: 'La grille de ce service est introuvable.',
  serviceTitle: (name: string) => `Grille de conformité : ${name}`,
  serviceMeta: (structure: string, version: string) => `${structure} · grille version ${version}`,
  sectionsNav: 'Sections de la grille',
  descriptionTitle: 'Description du service',
  qualificationTitle: 'Qualification',
  qualificationIntro: 'Ces réponses décident des exigences posées au service.',
  applicableCount: (n: number, total: number) => `${n} exigences s’appliquent à ce service sur ${total}.`,
  notApplicableTitle: (n: number) => `Exigences non posées (${n})`,
  notApplicableNone: 'Toutes les exigences s’appliquent à ce service.',
  gridTitle: 'Exigences',
  gridIntro:
    'Pour chaque exigence, choisissez le niveau atteint aujourd’hui, le niveau visé et la date visée, puis justifiez. Chaque modification est enregistrée aussitôt.',
  belowTargetOnly: 'Seulement ce qui est sous la cible',
  axisCaption: (title: string, shown: number, total: number) =>
    shown === total ? `${title} (${total} exigences)` : `${title} (${shown} exigences sous la cible sur ${total})`,
  axisAllAtTarget: 'Toutes les exigences de cet axe atteignent leur cible.',
  noRequirement: 'Aucune exigence de cet axe ne s’applique à ce service.',
  colCode: 'Code',
  colRequirement: 'Exigence',
  colLevel: 'Niveau actuel',
  colTarget: 'Niveau cible',
  colTargetDate: 'Date visée',
  colJustification: 'Justification',
  /** The grid's column that holds the current level, the target level and its date, one above the other. */
  colLevels: 'Niveaux et date visée',
  explanation: 'Explication',
  /** Introduces, in the explanation, what each level means for the requirement. */
  levelsMeaning: 'Ce que signifie chaque niveau pour cette exigence :',
  notAnswered: 'Non renseigné',
  levelLabel: (code: string) => `${code} : niveau actuel`,
  targetLabel: (code: string) => `${code} : niveau cible`,
  targetDateLabel: (code: string) => `${code} : date visée`,
  justificationLabel: (code: string) => `${code} : justification`,
  defaultTarget: 'par défaut',
  securityTitle: 'Besoins de sécurité',
  securityIntro:
    'Évaluez les besoins du service en confidentialité, disponibilité, intégrité et preuve, chacun avec une justification.',
  securityLevel: (title: string) => `${title} : niveau de besoin`,
  securityJustification: (title: string) => `${title} : justification`,
  resultsTitle: 'Résultats par axe',
  radarLabel: (title: string) =>
    `Radar ${title} : niveau actuel et niveau cible par exigence. Les valeurs figurent dans le tableau qui suit.`,
  radarCaption: (title: string) => `Niveaux de l’axe ${title}`,
  seriesCurrent: 'Niveau actuel',
  seriesTarget: 'Niveau cible',
  summaryAtTarget: (atTarget: number, applicable: number, percent: number) =>
    `${countOf(atTarget, 'exigence')} sur ${applicable} au niveau cible ou au-dessus (${percent} %).`,
  summaryMean: (mean: string, answered: number) =>
    `Niveau moyen : ${mean} sur ${countOf(answered, 'exigence')} ${plural(answered, 'renseignée', 'renseignées')}.`,
  summaryNoMean: 'Niveau moyen : aucune exigence renseignée.',
  trajectoryTitle: 'Trajectoire',
  trajectoryIntro: 'Les exigences avec une date visée, par trimestre.',
  trajectoryEmpty: 'Aucune date visée pour le moment : renseignez la « Date visée » des exigences dans la grille.',
  trajectoryCaption: 'Trajectoire de convergence par trimestre',
  colQuarter: 'Trimestre',
  colStatus: 'État',
  late: 'En retard',
  reached: 'Cible atteinte',
  upcoming: 'À venir',
  referenceTitle: 'Déclaration de référence',
  referenceIntro:
    'Enregistrez la déclaration actuelle comme référence pour mesurer les progrès lors de la prochaine mise à jour.',
  freeze: 'Enregistrer comme déclaration de référence',
  frozen: 'Déclaration de référence enregistrée.',
  referenceOf: (date: string) => `Comparaison avec la déclaration de référence du ${date}.`,
  noReference: 'Aucune déclaration de référence pour le moment.',
  comparisonCaption: 'Évolution depuis la déclaration de référence',
  colBefore: 'Niveau de référence',
  colNow: 'Niveau actuel',
  colChange: 'Évolution',
  change: { improved: 'En progrès', declined: 'En recul', unchanged: 'Inchangé', new: 'Nouveau' } as Record<
    string,
    string
  >,
  noComparison: 'Aucun niveau renseigné à comparer.',
}
