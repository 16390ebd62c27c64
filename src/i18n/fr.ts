/** Every text the user reads, in French. Components take their wording from here. */

export const messages = {
  app: {
    name: 'CapSI',
    tagline: 'Autodiagnostic du système d’information des établissements et services sociaux et médico-sociaux',
    skipLink: 'Aller au contenu',
    navLabel: 'Navigation principale',
    navHome: 'Mes structures',
    navAccessibility: 'Accessibilité',
    privacy: 'Vos données restent dans ce navigateur : rien n’est envoyé sur internet.',
    loading: 'Chargement…',
    notFound: 'Cette page n’existe pas.',
    backHome: 'Retour à l’accueil',
  },
  storage: {
    notSavedTitle: 'Vos réponses ne sont pas enregistrées',
    dismiss: 'Fermer ce message',
    saving: 'Enregistrement…',
    savedAt: (time: string) => `Enregistré à ${time}`,
  },
  home: {
    title: 'Mes structures',
    intro:
      'Créez la fiche de votre structure, puis lancez une évaluation. Vous pouvez vous arrêter à tout moment : chaque réponse est enregistrée aussitôt dans ce navigateur.',
    empty: 'Aucune structure pour le moment. Commencez par créer la fiche de votre structure.',
    createTitle: 'Nouvelle structure',
    assessments: 'Évaluations',
    noAssessment: 'Aucune évaluation pour cette structure.',
    startAssessment: 'Lancer une évaluation',
    questionnaire: 'Questionnaire',
    start: 'Commencer',
    resume: 'Reprendre',
    results: 'Résultats',
    deleteAssessment: 'Supprimer l’évaluation',
    deleteStructure: 'Supprimer la structure',
    confirmDeleteAssessment: (title: string, date: string) =>
      `Supprimer définitivement l’évaluation « ${title} » du ${date} et toutes ses réponses ? Cette action est irréversible.`,
    confirmDeleteStructure: (name: string) =>
      `Supprimer définitivement la structure « ${name} », toutes ses évaluations et toutes leurs réponses ? Cette action est irréversible.`,
    status: { 'in-progress': 'En cours', completed: 'Terminé' } as Record<string, string>,
    progress: (percent: number) => `${percent} % répondu`,
    updated: (date: string) => `Modifiée le ${date}`,
    created: 'Structure créée.',
    deleted: 'Supprimé.',
    unknownQuestionnaire: 'Questionnaire introuvable',
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
    errorSummary: 'Le formulaire contient des erreurs :',
    required: '(obligatoire)',
  },
  assessment: {
    title: (questionnaire: string) => `Évaluation : ${questionnaire}`,
    domainsNav: 'Domaines du questionnaire',
    domainProgress: (done: number, total: number) => `${done} / ${total}`,
    domainProgressLabel: (title: string, done: number, total: number) => `${title} : ${done} questions répondues sur ${total}`,
    overall: (percent: number) => `Progression : ${percent} %`,
    completed: 'Évaluation terminée. Vous pouvez encore modifier vos réponses.',
    seeResults: 'Voir les résultats',
    notFound: 'Cette évaluation n’existe pas ou a été supprimée.',
    definitionMissing: 'Le questionnaire de cette évaluation est introuvable.',
    pathLegend: 'Parcours',
    pathFull: 'Parcours complet',
    pathEssential: (n: number) => `Parcours essentiel (${n} questions socles)`,
    pathHint: 'Le parcours essentiel ne pose que les questions socles (environ un quart d’heure). Vous pourrez compléter plus tard : vos réponses sont conservées.',
    orphans: (n: number) => `${n} réponse(s) à des questions retirées du questionnaire sont conservées dans l’historique.`,
  },
  survey: {
    unknown: 'Je ne sais pas',
    notApplicable: 'Non applicable',
    commentTitle: 'Commentaire (facultatif)',
    commentPlaceholder: 'Précisez votre réponse si besoin',
    complete: 'Terminer l’évaluation',
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
  },
}

/** A date as French users read it, e.g. 23/11/2026. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })
}

/** A time as French users read it, e.g. 14:05:32. */
export function formatTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris' })
}
