/** The wording of the workshop's batch import, in French (loaded with the workshop). */

import type { GatherProblem } from '@/domain/backup'
import type { BatchOutcome, BatchPolicy, FinessWarning, ReviewStatus } from '@/domain/workshop'
import { countOf, plural } from './plural'

export type BatchStatus = BatchOutcome | 'refused' | 'failed'

const FINESS_PROBLEMS: Record<string, string> = {
  missing: 'numéro absent',
  length: 'il faut 9 caractères',
  characters: 'chiffres seulement (2A ou 2B pour la Corse)',
  key: 'la clé de contrôle (dernier chiffre) est fausse',
}

/** The counts of a batch, in words: « 12 structures importées, 3 mises à jour, 1 refusée ». */
function summary(counts: Readonly<Record<BatchStatus, number>>): string {
  const parts = [
    counts.new ? countOf(counts.new, 'structure importée', 'structures importées') : '',
    counts.updated ? `${counts.updated} ${plural(counts.updated, 'mise à jour', 'mises à jour')}` : '',
    counts.identical ? `${counts.identical} ${plural(counts.identical, 'identique', 'identiques')}` : '',
    counts.kept ? `${counts.kept} ${plural(counts.kept, 'gardée telle quelle', 'gardées telles quelles')}` : '',
    counts.refused ? `${counts.refused} ${plural(counts.refused, 'refusée', 'refusées')}` : '',
    counts.failed ? `${counts.failed} en échec` : '',
  ].filter(Boolean)
  return parts.length ? `${parts.join(', ')}.` : ''
}

const MEGABYTE = 1048576
/** A count as French readers write it: « 2 000 ». */
const count = (n: number): string => n.toLocaleString('fr-FR').replace(/\s/g, '\u00a0')

/** Why a file of a batch was refused before being read: an archive, or an entry of one. */
function refusedBecause(problem: GatherProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return 'archive illisible ou endommagée'
    case 'too-many':
      return `trop de fichiers dans l’archive (${count(problem.count)}, au plus ${count(problem.limit)})`
    case 'too-large':
      return `archive trop volumineuse une fois décompressée (${count(Math.ceil(problem.bytes / MEGABYTE))}\u00a0Mo, au plus ${count(Math.floor(problem.limit / MEGABYTE))}\u00a0Mo)`
    case 'no-json':
      return 'l’archive ne contient aucun fichier .json'
    case 'entry-too-large':
      return `fichier trop volumineux (${count(Math.ceil(problem.bytes / MEGABYTE))}\u00a0Mo une fois décompressé, au plus ${count(Math.floor(problem.limit / MEGABYTE))}\u00a0Mo)`
    case 'entry-unreadable':
      return 'fichier endommagé dans l’archive'
    case 'nested-archive':
      return 'archive dans l’archive, non ouverte : décompressez-la et choisissez son contenu'
  }
}

/** The review's counts: « Analyse terminée : 50 fichiers lus, rien n’est encore enregistré. 48 nouvelles structures, … ». */
function reviewSummary(counts: Readonly<Record<ReviewStatus, number>>, total: number, choices: number): string {
  const parts = [
    counts.new ? countOf(counts.new, 'nouvelle structure', 'nouvelles structures') : '',
    counts.updated ? `${counts.updated} ${plural(counts.updated, 'mise à jour', 'mises à jour')}` : '',
    counts.identical ? `${counts.identical} ${plural(counts.identical, 'identique', 'identiques')}` : '',
    counts.kept ? `${counts.kept} ${plural(counts.kept, 'gardée telle quelle', 'gardées telles quelles')}` : '',
    counts.refused ? `${counts.refused} ${plural(counts.refused, 'refusée', 'refusées')}` : '',
  ].filter(Boolean)
  const choice = choices
    ? ` ${choices === 1 ? 'Un fichier a' : `${choices} fichiers ont`} des données modifiées ici et dans le fichier : choisissez ci-dessous ce qui l’emporte.`
    : ''
  return `Analyse terminée : ${countOf(total, 'fichier')} ${plural(total, 'lu', 'lus')}, rien n’est encore enregistré. ${parts.join(', ')}.${choice}`
}

export const batchMessages = {
  title: 'Importer les fichiers des structures',
  intro:
    'Chargez d’un coup les fichiers de sauvegarde envoyés par les établissements (export « Mes données » ou « Exporter » d’une structure). Chaque fichier est d’abord lu et vérifié sans rien enregistrer : un tableau dit ce que ferait chacun, vous choisissez au besoin fichier par fichier, puis vous confirmez l’import.',
  policyLegend: 'Si une structure déjà présente revient avec d’autres réponses',
  policy: {
    newest: 'La plus récente l’emporte',
    'keep-mine': 'Garder la mienne',
  } satisfies Record<BatchPolicy, string>,
  policyHint: {
    newest:
      'Réponse par réponse, la version modifiée en dernier est gardée ; rien de ce qui est enregistré ici n’est effacé.',
    'keep-mine':
      'Les données déjà présentes ici ne changent pas ; seuls les éléments nouveaux du fichier sont ajoutés.',
  } satisfies Record<BatchPolicy, string>,
  choose: 'Choisir les fichiers (plusieurs possibles)',
  chooseHint: 'Fichiers .json, ou archives .zip qui les contiennent.',
  chooseFolder: 'Choisir un dossier',
  chooseFolderButton: 'Choisir un dossier…',
  chooseFolderHint: 'Tous les fichiers .json et .zip du dossier et de ses sous-dossiers sont importés.',
  drop: 'Vous pouvez aussi déposer ici des fichiers, un dossier ou une archive .zip.',
  gathering: 'Ouverture des dossiers et des archives…',
  skipped: (n: number) => `${countOf(n, 'fichier')} ${plural(n, 'ignoré', 'ignorés')} : ni .json ni .zip.`,
  refusedTitle: (n: number) =>
    n === 1 ? 'Fichier refusé (rien n’en a été importé) :' : 'Fichiers refusés (rien n’en a été importé) :',
  refusedLine: (fileName: string, problem: GatherProblem) => `${fileName} : ${refusedBecause(problem)}.`,
  progress: (done: number, total: number) =>
    `Import en cours : ${countOf(done, 'fichier')} ${plural(done, 'traité', 'traités')} sur ${total}`,
  finished: (total: number) => `Import terminé : ${countOf(total, 'fichier')} ${plural(total, 'traité', 'traités')}.`,
  summary,
  noJson: (n: number) =>
    `Rien n’a été importé : ${n === 1 ? 'le fichier choisi n’est' : `aucun des ${n} fichiers choisis n’est`} ni un fichier .json ni une archive .zip. Choisissez les fichiers de sauvegarde CapSI (leur nom finit par .json) ou une archive .zip qui les contient.`,
  noneImported: 'Aucun fichier n’a pu être importé : voyez la raison de chacun dans le tableau ci-dessous.',
  caption: 'Résultat de l’import, fichier par fichier',
  file: 'Fichier',
  result: 'Résultat',
  structures: 'Structures du fichier',
  details: 'Détail',
  status: {
    new: 'Nouvelle',
    updated: 'Mise à jour',
    identical: 'Identique',
    kept: 'Gardée telle quelle',
    refused: 'Refusée',
    failed: 'Échec, rien n’a été modifié',
  } satisfies Record<BatchStatus, string>,
  refusedBecause: (reason: string) => `Refusée — ${reason}`,
  answers: (n: number) => `${countOf(n, 'réponse')} ${plural(n, 'ajoutée ou modifiée', 'ajoutées ou modifiées')}`,
  identical: 'Rien de nouveau : le fichier est celui déjà importé.',
  kept: {
    newest: 'Vos données sont plus récentes que celles du fichier : elles sont gardées.',
    'keep-mine': 'Le fichier a d’autres réponses, plus récentes ou non : « Garder la mienne » les laisse de côté.',
  } satisfies Record<BatchPolicy, string>,
  finessTitle: 'Numéro FINESS à vérifier',
  finess: (w: FinessWarning): string => {
    switch (w.kind) {
      case 'invalid':
        return `FINESS ${w.finess} (${w.structure}) : ${FINESS_PROBLEMS[w.problem] ?? 'numéro invalide'}.`
      case 'unverified':
        return `FINESS ${w.finess} (${w.structure}) : numéro de Corse, sa clé de contrôle ne peut pas être vérifiée.`
      case 'batch':
        return `FINESS ${w.finess} en double dans ce lot : « ${w.structure} » et « ${w.otherStructure} » (fichier ${w.otherFile}).`
      case 'library':
        return `FINESS ${w.finess} déjà porté par « ${w.otherStructure} », enregistrée ici : « ${w.structure} » l’a aussi.`
    }
  },
  createGroup: 'Créer un groupe avec ces structures',
  analysing: (done: number, total: number) =>
    `Analyse en cours : ${countOf(done, 'fichier')} ${plural(done, 'lu', 'lus')} sur ${total}`,
  analysisFailed: 'Les données enregistrées dans ce navigateur n’ont pas pu être lues : rien n’a été importé.',
  reviewSummary,
  reviewCaption: 'Ce que ferait l’import, fichier par fichier (rien n’est encore enregistré)',
  reviewStatus: {
    new: 'Nouvelle structure',
    updated: 'Mise à jour',
    identical: 'Identique',
    kept: 'Gardée telle quelle',
    refused: 'Refusée',
  } satisfies Record<ReviewStatus, string>,
  choice: 'Si les données diffèrent',
  conflicts: (n: number) => `${countOf(n, 'élément')} ${plural(n, 'modifié', 'modifiés')} ici et dans le fichier.`,
  wouldAnswers: (n: number) => `${countOf(n, 'réponse')} à ajouter ou modifier.`,
  wouldKeep: {
    newest: 'Vos données sont plus récentes que celles du fichier : elles seraient gardées.',
    'keep-mine': 'Le fichier a d’autres réponses : « Garder la mienne » les laisserait de côté.',
  } satisfies Record<BatchPolicy, string>,
  showPlain: (n: number) => (n === 1 ? 'Voir ce fichier' : `Voir les ${n} fichiers`),
  hidePlain: 'Masquer ces fichiers',
  plainCount: (n: number) =>
    `${countOf(n, 'fichier')} sans choix à faire ni avertissement, ${plural(n, 'replié', 'repliés')} ci-dessous.`,
  more: (n: number) => `Afficher ${n} ${plural(n, 'fichier', 'fichiers')} de plus`,
  confirm: (n: number) => `Importer ${countOf(n, 'fichier')}`,
  cancel: 'Annuler',
  cancelled: 'Import annulé : rien n’a été enregistré.',
  noneReadable: 'Aucun fichier ne peut être importé : voyez la raison de chacun dans le tableau ci-dessous.',
}
