/** The wording of the assessment screens, in French (loaded with those screens only). */

import { NOT_APPLICABLE_VALUE, UNKNOWN_VALUE, type OrphanAnswer } from '@/domain/definition'

export const assessmentMessages = {
  /** « version 1.2.0 », after the structure's name under a questionnaire's title. */
  version: (version: string) => `version ${version}`,
  surveyArea: 'Questionnaire',
  /** The survey engine could not be loaded (the link cut) while its first page was shown. */
  engineFailed:
    'La suite du questionnaire n’a pas pu être chargée : la connexion a peut-être été coupée. Les réponses données sur cette page sont enregistrées.',
  engineRetry: 'Réessayer',
  /** The links between the pages of an assessment. */
  tabs: { label: 'Pages de l’évaluation', questionnaire: 'Questionnaire', results: 'Résultats', plan: 'Plan d’action' },
  title: (questionnaire: string) => `Évaluation : ${questionnaire}`,
  domainsNav: 'Domaines du questionnaire',
  domainProgress: (done: number, total: number) => `${done} / ${total}`,
  domainProgressLabel: (done: number, total: number) => ` : ${done} questions répondues sur ${total}`,
  overall: (percent: number) => `Progression : ${percent} %`,
  completed: 'Évaluation terminée. Vous pouvez encore modifier vos réponses.',
  seeResults: 'Voir les résultats',
  seePlan: 'Plan d’action',
  notFound: 'Cette évaluation n’existe pas ou a été supprimée.',
  definitionMissing: 'Le questionnaire de cette évaluation est introuvable.',
  pathLegend: 'Parcours',
  pathFull: (n: number, time: string) => `Parcours complet (${n} questions, ${time})`,
  pathEssential: (n: number, time: string) => `Parcours essentiel (${n} questions clés, ${time})`,
  pathHint:
    'Le parcours essentiel ne pose que les questions clés choisies par CapSI et donne un score calculé sur elles seules. Vous pourrez compléter plus tard : en changeant de parcours, toutes vos réponses sont conservées.',
  pathTimeHint:
    'Durées estimées pour une première lecture attentive de chaque question, de son aide et de ses réponses.',
  orphans: (n: number) =>
    n === 1
      ? '1 réponse à une question retirée du questionnaire est conservée dans l’historique.'
      : `${n} réponses à des questions retirées du questionnaire sont conservées dans l’historique.`,
  invalidAnswers: (n: number) =>
    n === 1
      ? '1 réponse enregistrée ne correspond à aucun choix de sa question : elle est conservée telle quelle, mais comptée comme sans réponse. Répondez de nouveau à cette question :'
      : `${n} réponses enregistrées ne correspondent à aucun choix de leur question : elles sont conservées telles quelles, mais comptées comme sans réponse. Répondez de nouveau à ces questions :`,
  invalidLine: (question: string, value: string) => `${question} (valeur enregistrée : « ${value} »)`,
  newerVersion: (version: string) =>
    `Une version plus récente de ce questionnaire est disponible (version ${version}).`,
  migrate: (version: string) => `Passer à la version ${version}`,
  migrateTitle: 'Changer de version du questionnaire',
  migrateConfirm: (from: string, to: string) =>
    `Passer de la version ${from} à la version ${to} ? Les réponses suivent leur question ; celles que la nouvelle version ne peut pas reprendre restent visibles ci-dessous comme réponses conservées.`,
  migrateDo: 'Changer de version',
  cancel: 'Annuler',
  migrated: (version: string) => `Évaluation passée à la version ${version}.`,
  orphansTitle: (n: number) => `Réponses conservées d’une version précédente (${n})`,
  orphanLine: (version: string, question: string, answer: string) =>
    `Version ${version} — ${question} : ${answer || 'sans réponse'}`,
  /** The answer an orphan kept: its option's label, or the name of « Je ne sais pas » / « Non applicable ». */
  orphanValue: (orphan: Pick<OrphanAnswer, 'value' | 'valueLabel'>) =>
    orphan.value === UNKNOWN_VALUE
      ? 'Je ne sais pas'
      : orphan.value === NOT_APPLICABLE_VALUE
        ? 'Non applicable'
        : orphan.valueLabel,
  profileUsed: (category: string) => `Profil utilisé : ${category}.`,
  profileLeftOut: (n: number) =>
    n === 0
      ? 'Toutes les questions s’appliquent à cette structure.'
      : n === 1
        ? '1 question ne s’applique pas à cette structure : elle est affichée repliée, avec la raison.'
        : `${n} questions ne s’appliquent pas à cette structure : elles sont affichées repliées, avec la raison.`,
  profileDetails: 'Détail du profil',
  profileFact: (text: string, holds: boolean) => `${text} ${holds ? 'Oui' : 'Non'}`,
  profileSource: {
    answer: 'réponse donnée pour la structure',
    category: 'valeur par défaut de la catégorie',
    none: 'à préciser : retenu par défaut',
  } as Record<string, string>,
  profileChange: 'Modifier le profil de la structure',
  orphanReason: { 'question-removed': 'question retirée', 'option-removed': 'réponse qui n’existe plus' } as Record<
    string,
    string
  >,
}
