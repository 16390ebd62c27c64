/** Every text the user reads, in French. Components take their wording from here. */

import { countOf, plural } from './plural'

export const messages = {
  app: {
    name: 'CapSI',
    tagline: 'Autodiagnostic du système d’information des établissements et services sociaux et médico-sociaux',
    skipLink: 'Aller au contenu',
    navLabel: 'Navigation principale',
    navHome: 'Mes structures',
    navAccessibility: 'Accessibilité',
    navData: 'Mes données',
    navWorkshop: 'Atelier',
    privacy: 'Vos données restent dans ce navigateur : rien n’est envoyé sur internet.',
    loading: 'Chargement…',
    notFound: 'Cette page n’existe pas.',
    backHome: 'Retour à l’accueil',
  },
  filePicker: {
    chooseOne: 'Choisir un fichier…',
    chooseMany: 'Choisir des fichiers…',
    none: 'Aucun fichier choisi',
    several: (count: number) => `${count} fichiers choisis`,
  },
  textCount: {
    /** Shown under a text field near its limit. */
    count: (length: number, max: number) => `${length} caractères sur ${max}`,
    /** Told to screen readers once the typing pauses near the limit. */
    left: (left: number, max: number) =>
      left <= 0
        ? `Limite atteinte : ${max} caractères au plus.`
        : `Encore ${left} ${plural(left, 'caractère possible', 'caractères possibles')} sur ${max}.`,
  },
  storage: {
    notSavedTitle: 'Vos réponses ne sont pas enregistrées',
    dismiss: 'Fermer ce message',
    saving: 'Enregistrement…',
    savedAt: (time: string) => `Enregistré à ${time}`,
    lastNotSaved: 'Dernière modification non enregistrée',
  },
  home: {
    finess: (finess: string) => `FINESS ${finess}`,
    title: 'Mes structures',
    intro:
      'Créez la fiche de votre structure, puis lancez une évaluation. Vous pouvez vous arrêter à tout moment : chaque réponse est enregistrée aussitôt dans ce navigateur.',
    empty: 'Aucune structure pour le moment. Commencez par créer la fiche de votre structure.',
    createTitle: 'Nouvelle structure',
    assessments: 'Évaluations',
    noAssessment: 'Aucune évaluation pour cette structure.',
    startAssessment: 'Lancer une évaluation',
    questionnaire: 'Questionnaire',
    start: 'Commencer',
    resume: 'Reprendre',
    open: 'Ouvrir',
    /** Completes a button's name for screen readers: « Exporter l’évaluation du 23/11/2026 ». */
    assessmentOf: (date: string) => `l’évaluation du ${date}`,
    /** Completes « Supprimer l’évaluation » for screen readers. */
    createdOn: (date: string) => `du ${date}`,
    results: 'Résultats',
    deleteAssessment: 'Supprimer l’évaluation',
    deleteStructure: 'Supprimer la structure',
    confirmDeleteAssessment: (title: string, date: string) =>
      `Supprimer définitivement l’évaluation « ${title} » du ${date} et toutes ses réponses ? Cette action est irréversible.`,
    confirmDeleteStructure: (name: string) =>
      `Supprimer définitivement la structure « ${name} », toutes ses évaluations et toutes leurs réponses ? Cette action est irréversible.`,
    status: { 'in-progress': 'En cours', completed: 'Terminé' } as Record<string, string>,
    progress: (percent: number) => `${percent} % répondu`,
    updated: (date: string) => `Modifiée le ${date}`,
    created: 'Structure créée.',
    deleted: 'Supprimé.',
    filterLabel: 'Rechercher une structure',
    filterHint: 'Nom, numéro FINESS, catégorie ou organisme gestionnaire.',
    filterCount: (shown: number, total: number) => `${shown} ${plural(shown, 'structure', 'structures')} sur ${total}`,
    filterNone: 'Aucune structure ne correspond à cette recherche.',
    /** What a page of a long list shows; `total` is given when a search narrows the list. */
    pageRange: (first: number, last: number, found: number, total: number | null) =>
      total === null
        ? `Structures ${first} à ${last} sur ${found}`
        : `Structures ${first} à ${last} sur ${found} trouvées (${total} au total)`,
    pagerLabel: 'Pages de la liste des structures',
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    pageOf: (page: number, count: number) => `Page ${page} sur ${count}`,
    unknownQuestionnaire: 'Questionnaire introuvable',
    conformityLink: 'Grilles de conformité',
    capacity: (places: number) => countOf(places, 'place'),
    colStatus: 'Statut',
    colProgress: 'Progression',
    colUpdated: 'Dernière modification',
    colActions: 'Actions',
    confirmDelete: 'Supprimer',
    cancelDelete: 'Annuler',
  },
  structureForm: {
    name: 'Nom de la structure',
    finess: 'Numéro FINESS (établissement)',
    finessHint: '9 caractères, par exemple 750712184. Il figure sur votre arrêté d’autorisation.',
    category: 'Catégorie',
    categoryPlaceholder: 'Choisir…',
    capacity: 'Capacité (places autorisées)',
    organisation: 'Organisme gestionnaire',
    organisationHint: 'Association, fondation, CCAS, groupe… Laissez vide si la structure est autonome.',
    submit: 'Créer la structure',
    save: 'Enregistrer les modifications',
    errorSummary: 'Le formulaire contient des erreurs :',
    required: '(obligatoire)',
    profileTitle: 'Profil de la structure',
    profileIntro:
      'Ces réponses décident des questions de l’autodiagnostic qui s’appliquent à la structure. Elles sont pré-remplies selon la catégorie : corrigez-les si votre structure est différente.',
    yes: 'Oui',
    no: 'Non',
    profileDefault: (category: string, holds: boolean) =>
      `Valeur par défaut pour la catégorie « ${category} » : ${holds ? 'oui' : 'non'}.`,
    profileToSpecify:
      'À préciser : cette catégorie n’a pas de valeur par défaut. Sans réponse, les questions concernées restent posées.',
    profileAnswered: 'Réponse donnée pour cette structure.',
    conflict: {
      changed:
        'La structure a été modifiée ailleurs (dans un autre onglet) depuis l’ouverture de ce formulaire : rien n’a été enregistré. Rechargez la page pour voir sa version actuelle.',
      missing: 'Cette structure n’existe plus : rien n’a été enregistré.',
      failed: 'L’enregistrement a échoué : rien n’a été modifié.',
    },
  },
  structureEdit: {
    title: (name: string) => `Modifier la structure « ${name} »`,
    notFound: 'Structure introuvable',
    saved: 'Modifications enregistrées.',
    backToAssessment: 'Retour à l’évaluation',
    editLink: 'Modifier',
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
  },
  backup: {
    export: 'Exporter',
    exportFirst: 'Exporter d’abord',
    exported: (fileName: string) => `Fichier « ${fileName} » enregistré dans vos téléchargements.`,
    exportFailed: 'L’export a échoué : aucun fichier n’a été créé.',
    imported: '(importée)',
    importedTitle: 'Copie ajoutée depuis un fichier importé',
    lastBackup: (date: string) => `Dernière sauvegarde complète de vos données : le ${date}.`,
    noBackup: 'Vos données n’ont encore jamais été sauvegardées dans un fichier.',
    reminder: 'Vous avez des modifications non sauvegardées depuis plus d’une semaine : pensez à exporter vos données.',
    reminderLink: 'Exporter mes données',
    confirmExportHint: 'Conseil : exportez d’abord un fichier de sauvegarde, que vous pourrez réimporter.',
  },
}

/** Made at first use and kept: the home screen formats a date for each assessment listed. */
let dateFormat: Intl.DateTimeFormat | null = null

/** A date as French users read it, e.g. 23/11/2026. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  dateFormat ??= new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' })
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

/** Made at first use and kept: the save status formats a time at every answer. */
let timeFormat: Intl.DateTimeFormat | null = null

/** A time as French users read it, e.g. 14:05:32. */
export function formatTime(iso: string): string {
  const date = new Date(iso)
  timeFormat ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date)
}

/** The day of an ISO date in France, as YYYY-MM-DD (for file names). */
export function localDay(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** A size in bytes as French users read it, e.g. « 1,2 Mo ». */
export function formatBytes(bytes: number): string {
  const units = ['octets', 'Ko', 'Mo', 'Go', 'To']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: digits })} ${units[unit]}`
}
