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
  backup: {
    export: 'Exporter',
    exportFirst: 'Exporter d’abord',
    exported: (fileName: string) => `Fichier « ${fileName} » enregistré dans vos téléchargements.`,
    exportFailed: 'L’export a échoué : aucun fichier n’a été créé.',
    imported: '(importée)',
    importedTitle: 'Copie ajoutée depuis un fichier importé',
    lastBackup: (date: string) => `Dernière sauvegarde complète de vos données : le ${date}.`,
    noBackup: 'Vos données n’ont encore jamais été sauvegardées dans un fichier.',
    reminder: 'Vous avez des modifications non sauvegardées depuis plus d’une semaine : pensez à exporter vos données.',
    reminderLink: 'Exporter mes données',
    confirmExportHint: 'Conseil : exportez d’abord un fichier de sauvegarde, que vous pourrez réimporter.',
  },
  data: {
    nav: 'Mes données',
    title: 'Mes données',
    intro:
      'Vos structures, évaluations et réponses sont enregistrées uniquement dans ce navigateur, sur cet ordinateur. Exportez-les dans un fichier pour les conserver, les transférer sur un autre ordinateur ou les envoyer à un animateur.',
    storedTitle: 'Ce qui est enregistré dans ce navigateur',
    counts: {
      structures: (n: number) => `${n} structure${n > 1 ? 's' : ''}`,
      assessments: (n: number) => `${n} évaluation${n > 1 ? 's' : ''}`,
      answers: (n: number) => `${n} réponse${n > 1 ? 's' : ''}`,
      services: (n: number) => `${n} grille${n > 1 ? 's' : ''} de conformité`,
    },
    space: (used: string, quota: string) => `Espace utilisé : ${used} (le navigateur en autorise jusqu’à ${quota} environ).`,
    spaceUnknown: 'Ce navigateur n’indique pas l’espace utilisé.',
    persistTitle: 'Conservation durable',
    persisted: 'Le navigateur conserve vos données durablement : il ne les effacera pas de lui-même pour libérer de l’espace.',
    notPersisted:
      'La conservation durable n’est pas accordée : le navigateur peut effacer les données de CapSI s’il manque d’espace disque, et certains navigateurs les effacent après plusieurs jours sans visite. Demandez la conservation durable et exportez régulièrement vos données.',
    persistUnknown: 'Ce navigateur ne permet pas de demander une conservation durable : exportez régulièrement vos données.',
    persistRequest: 'Demander la conservation durable',
    persistDenied:
      'Le navigateur a refusé pour le moment. Il l’accorde souvent aux sites ajoutés aux favoris, installés comme application ou visités régulièrement. Exportez régulièrement vos données.',
    persistGranted: 'Conservation durable accordée.',
    exportTitle: 'Exporter',
    exportAll: 'Exporter toutes mes données',
    exportHint: 'Un fichier JSON avec toutes vos structures, évaluations, réponses, plans d’action et grilles de conformité, et les questionnaires utilisés.',
    importTitle: 'Importer un fichier',
    importHint:
      'Choisissez un fichier exporté par CapSI. Rien n’est enregistré avant votre confirmation : vous verrez d’abord ce qui sera ajouté, ce qui est déjà là et ce qui diffère de vos données.',
    importLabel: 'Fichier de sauvegarde CapSI (.json)',
    reading: 'Lecture et vérification du fichier…',
    refused: (fileName: string) => `Le fichier « ${fileName} » ne peut pas être importé :`,
    refusedHint: 'Vos données n’ont pas été modifiées.',
    migrated: (version: number) => `Ce fichier a été créé par une version antérieure de CapSI (format ${version}) ; il a été converti.`,
    previewTitle: (fileName: string) => `Aperçu de l’import de « ${fileName} »`,
    fileMeta: (date: string, version: string) => `Fichier exporté le ${date} par CapSI ${version}.`,
    planChanged: 'Vos données ont changé depuis l’aperçu (peut-être dans un autre onglet) : vérifiez-le à nouveau avant d’importer.',
    addedTitle: 'Ce qui sera ajouté',
    unchangedTitle: 'Déjà présent à l’identique (ne sera pas modifié)',
    conflictsTitle: 'Différent de vos données : à vous de choisir',
    conflictsHint: 'Ces éléments existent déjà chez vous avec un autre contenu. Par défaut, votre version est gardée.',
    nothing: 'Rien.',
    colKind: 'Type',
    colName: 'Nom',
    colDetail: 'Détail',
    kinds: { structure: 'Structure', assessment: 'Évaluation', service: 'Grille de conformité' } as Record<string, string>,
    answersCount: (n: number) => `${n} réponse${n > 1 ? 's' : ''}`,
    assessmentName: (questionnaire: string, structure: string) => `${questionnaire} — ${structure}`,
    conflictLegend: (kind: string, name: string) => `${kind} « ${name} »`,
    differingFields: (fields: string) => `Champs différents : ${fields}.`,
    differingAnswers: (n: number) => `${n} réponse${n > 1 ? 's' : ''} différente${n > 1 ? 's' : ''}`,
    differingActions: (n: number) => `${n} action${n > 1 ? 's' : ''} du plan différente${n > 1 ? 's' : ''}`,
    differingRequirements: (n: number) => `${n} exigence${n > 1 ? 's' : ''} ou besoin${n > 1 ? 's' : ''} de sécurité différent${n > 1 ? 's' : ''}`,
    newer: {
      mine: (date: string) => `Votre version est la plus récente (modifiée le ${date}).`,
      theirs: (date: string) => `La version du fichier est la plus récente (modifiée le ${date}).`,
      same: (date: string) => `Les deux versions ont été modifiées au même moment (le ${date}).`,
    },
    fieldLabels: { name: 'nom', finess: 'FINESS', category: 'catégorie', capacity: 'capacité', organisation: 'organisme gestionnaire', importedFrom: 'origine' } as Record<string, string>,
    resolutions: {
      'keep-mine': 'Garder ma version',
      'take-theirs': 'Prendre celle du fichier',
      'keep-both': 'Garder les deux',
      'newest-per-question': 'Garder la réponse la plus récente pour chaque question',
    } as Record<string, string>,
    /** The fourth choice, worded for records without questions. */
    newestFor: {
      structure: 'Garder la version modifiée le plus récemment',
      service: 'Garder la déclaration la plus récente pour chaque exigence',
    } as Record<string, string>,
    resolutionHints: {
      'keep-mine': 'Rien n’est modifié chez vous.',
      'take-theirs': 'Votre version est remplacée par celle du fichier.',
      'keep-both': 'La version du fichier est ajoutée à côté de la vôtre, marquée « (importée) ».',
      'newest-per-question': 'Pour chaque question, la réponse modifiée en dernier est gardée, de chaque côté.',
    } as Record<string, string>,
    confirmImport: 'Importer',
    cancelImport: 'Annuler',
    applying: 'Import en cours…',
    done: (added: number, replaced: number, removed: number) =>
      `Import terminé : ${added} élément${added > 1 ? 's' : ''} ajouté${added > 1 ? 's' : ''}, ${replaced} remplacé${replaced > 1 ? 's' : ''}, ${removed} retiré${removed > 1 ? 's' : ''}.`,
    nothingToDo: 'Import terminé : vos données contenaient déjà tout ce que le fichier apporte.',
    seeStructures: 'Voir mes structures',
    importFailed: 'L’import a échoué et rien n’a été modifié dans vos données.',
    readFailed: 'Le fichier n’a pas pu être lu. Vérifiez qu’il est bien enregistré sur cet ordinateur.',
    eraseTitle: 'Effacer toutes mes données',
    eraseHint: 'Efface de ce navigateur toutes les structures, évaluations, réponses, plans d’action et grilles de conformité. Exportez-les d’abord si vous voulez les garder.',
    eraseButton: 'Effacer toutes mes données',
    eraseConfirm:
      'Effacer définitivement de ce navigateur toutes vos structures, évaluations, réponses, plans d’action et grilles de conformité ? Sans fichier exporté, elles seront perdues.',
    eraseConfirmLabel: 'Tout effacer',
    erased: 'Toutes les données ont été effacées de ce navigateur.',
    eraseFailed: 'L’effacement a échoué : vos données sont toujours là.',
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

/** The day of an ISO date in France, as YYYY-MM-DD (for file names). */
export function localDay(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date)
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
