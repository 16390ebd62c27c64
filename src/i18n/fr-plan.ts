/** The wording of the plan screens, and the names of the statuses, phases and priorities of actions, in French. */
import type { ActionStatus, PlanItemSource, PlanItemState } from '@/domain/action-plan'
import type { ActionPhase, ActionPriority } from '@/domain/definition'
import { countOf } from './plural'

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  todo: 'À lancer',
  doing: 'En cours',
  done: 'Fait',
  dropped: 'Abandonné',
}

export const ACTION_PHASE_LABELS: Readonly<Record<ActionPhase, string>> = {
  organisation: 'Organisation (hors projet DUI)',
  cadrage: 'Cadrage',
  acquisition: 'Choix et acquisition',
  parametrage: 'Paramétrage',
  deploiement: 'Déploiement',
  bilan: 'Bilan',
}

export const ACTION_PRIORITY_LABELS: Readonly<Record<ActionPriority, string>> = { 1: 'Haute', 2: 'Moyenne', 3: 'Basse' }

export const PLAN_SOURCE_LABELS: Readonly<Record<PlanItemSource, string>> = {
  catalogue: 'Catalogue',
  custom: 'Ajoutée',
}

export const PLAN_STATE_LABELS: Readonly<Record<PlanItemState, string>> = {
  active: 'Active',
  obsolete: 'Plus nécessaire',
}

export const planMessages = {
  title: 'Plan d’action',
  intro:
    'Les actions sont proposées à partir de vos réponses. Attribuez un responsable et une échéance, suivez leur avancement : vos modifications sont conservées même si vos réponses changent.',
  progress: (done: number, doing: number, total: number) =>
    `${countOf(done, 'faite')}, ${doing} en cours, sur ${countOf(total, 'action')}`,
  view: 'Affichage',
  byPriority: 'Par priorité',
  priorityHeading: 'Actions, de la plus prioritaire à la moins prioritaire',
  byPhase: 'Par étape de projet',
  byDomain: 'Par domaine',
  statusFilter: 'Statut',
  allStatuses: 'Tous les statuts',
  prioritaire: 'Prioritaire',
  obsolete: 'Plus nécessaire',
  obsoleteHint: 'Vos réponses ne déclenchent plus cette action ; elle est gardée car vous l’aviez modifiée.',
  custom: 'Action ajoutée',
  mutualisable: 'Mutualisable',
  why: 'Pourquoi',
  how: 'Comment',
  origin: 'Questions à l’origine',
  status: 'Statut',
  owner: 'Responsable',
  dueDate: 'Échéance',
  notes: 'Notes',
  phase: 'Phase',
  domain: 'Domaine',
  noDomain: 'Sans domaine',
  rank: (n: number) => `n° ${n}`,
  /** Why an action waits: the prerequisites still to do, « Après : Désigner un référent SI ». */
  after: (titles: readonly string[]) => `Après : ${titles.join(' ; ')}`,
  afterColumn: 'Après (prérequis)',
  empty: 'Aucune action pour le moment : répondez au questionnaire pour obtenir des propositions.',
  noMatch: 'Aucune action n’a ce statut.',
  addTitle: 'Ajouter une action',
  addTitleField: 'Intitulé de l’action',
  addSubmit: 'Ajouter l’action',
  addRequired: 'L’intitulé est obligatoire.',
  dueDateInvalid: 'Cette date n’existe pas : indiquez un jour au format jj/mm/aaaa (année sur quatre chiffres).',
  remove: 'Supprimer cette action',
  exportCsv: 'Exporter le plan (CSV pour Excel ou LibreOffice)',
}
