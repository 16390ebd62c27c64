/** The wording of the data screens, in French (loaded with those screens only). */

export const dataMessages = {
  title: 'Mes données',
  intro:
    'Vos structures, évaluations et réponses sont enregistrées uniquement dans ce navigateur, sur cet ordinateur. Exportez-les dans un fichier pour les conserver, les transférer sur un autre ordinateur ou les envoyer à un animateur.',
  openedFromFile:
    'CapSI est ouvert ici depuis un dossier (son adresse commence par « file: »). Le navigateur range alors ses données à part de celles d’un CapSI ouvert depuis un site : pour passer de l’un à l’autre, exportez vos données puis importez le fichier. Toute autre page ouverte depuis un fichier dans ce navigateur pourrait aussi les lire : n’y ouvrez pas de fichier HTML dont vous ne connaissez pas la provenance.',
  storedTitle: 'Ce qui est enregistré dans ce navigateur',
  counts: {
    structures: (n: number) => `${n} structure${n > 1 ? 's' : ''}`,
    assessments: (n: number) => `${n} évaluation${n > 1 ? 's' : ''}`,
    answers: (n: number) => `${n} réponse${n > 1 ? 's' : ''}`,
    services: (n: number) => `${n} grille${n > 1 ? 's' : ''} de conformité`,
    groups: (n: number) => `${n} groupe${n > 1 ? 's' : ''} d’atelier`,
  },
  space: (used: string, quota: string) =>
    `Espace utilisé : ${used} (le navigateur en autorise jusqu’à ${quota} environ).`,
  spaceUnknown: 'Ce navigateur n’indique pas l’espace utilisé.',
  spaceInsecure: 'Sur une adresse en « http:// », non sécurisée, le navigateur n’indique pas l’espace utilisé.',
  persistTitle: 'Conservation durable',
  persisted:
    'Le navigateur conserve vos données durablement : il ne les effacera pas de lui-même pour libérer de l’espace.',
  notPersisted:
    'La conservation durable n’est pas accordée : le navigateur peut effacer les données de CapSI s’il manque d’espace disque, et certains navigateurs les effacent après plusieurs jours sans visite. Demandez la conservation durable et exportez régulièrement vos données.',
  persistUnknown:
    'Ce navigateur ne permet pas de demander une conservation durable : exportez régulièrement vos données.',
  persistRequest: 'Demander la conservation durable',
  persistDenied:
    'Le navigateur a refusé pour le moment. Il l’accorde souvent aux sites ajoutés aux favoris, installés comme application ou visités régulièrement. Exportez régulièrement vos données.',
  persistGranted: 'Conservation durable accordée.',
  persistInsecure:
    'CapSI est ouvert ici depuis une adresse en « http:// », que le navigateur ne considère pas comme sécurisée : il n’y permet pas de demander la conservation durable, et peut effacer les données de CapSI s’il manque d’espace disque. Servez CapSI en HTTPS pour que le navigateur conserve vos données durablement ; en attendant, exportez régulièrement vos données.',
  offlineTitle: 'Utilisation hors ligne',
  offline: {
    ready:
      'Ce navigateur garde CapSI pour l’utiliser sans connexion : à cette adresse, la page s’ouvre et fonctionne même sans réseau.',
    'not-yet':
      'CapSI n’est pas encore prêt à fonctionner sans connexion dans ce navigateur : laissez la page ouverte quelques instants avec le réseau, puis rechargez-la.',
    insecure:
      'Sur une adresse en « http:// », le navigateur ne permet ni l’utilisation hors ligne ni l’installation comme application : sans réseau, la page ne s’ouvre pas (vos données restent enregistrées dans ce navigateur). Servez CapSI en HTTPS pour l’utiliser hors ligne et pouvoir l’installer comme application.',
    unsupported:
      'Ce navigateur ne permet pas à CapSI de fonctionner sans connexion (c’est le cas de la navigation privée de certains navigateurs) : sans réseau, la page ne s’ouvre pas.',
    file: 'CapSI est lu ici depuis un dossier : il fonctionne sans connexion à Internet tant que ce dossier reste accessible (un partage réseau ne l’est plus hors du réseau de la structure).',
  },
  exportTitle: 'Exporter',
  exportAll: 'Exporter toutes mes données',
  exportHint:
    'Un fichier JSON avec toutes vos structures, évaluations, réponses, plans d’action, grilles de conformité et groupes d’atelier, et les questionnaires utilisés.',
  importTitle: 'Importer un fichier',
  importHint:
    'Choisissez un fichier exporté par CapSI. Rien n’est enregistré avant votre confirmation : vous verrez d’abord ce qui sera ajouté, ce qui est déjà là et ce qui diffère de vos données.',
  importLabel: 'Fichier de sauvegarde CapSI (.json)',
  reading: 'Lecture et vérification du fichier…',
  refused: (fileName: string) => `Le fichier « ${fileName} » ne peut pas être importé :`,
  refusedHint: 'Vos données n’ont pas été modifiées.',
  migrated: (version: number) =>
    `Ce fichier a été créé par une version antérieure de CapSI (format ${version}) ; il a été converti.`,
  previewTitle: (fileName: string) => `Aperçu de l’import de « ${fileName} »`,
  fileMeta: (date: string, version: string) => `Fichier exporté le ${date} par CapSI ${version}.`,
  planChanged:
    'Vos données ont changé depuis l’aperçu (peut-être dans un autre onglet) : vérifiez-le à nouveau avant d’importer.',
  addedTitle: 'Ce qui sera ajouté',
  unchangedTitle: 'Déjà présent à l’identique (ne sera pas modifié)',
  conflictsTitle: 'Différent de vos données : à vous de choisir',
  conflictsHint: 'Ces éléments existent déjà chez vous avec un autre contenu. Par défaut, votre version est gardée.',
  nothing: 'Rien.',
  colKind: 'Type',
  colName: 'Nom',
  colDetail: 'Détail',
  kinds: {
    structure: 'Structure',
    assessment: 'Évaluation',
    service: 'Grille de conformité',
    group: 'Groupe d’atelier',
  } as Record<string, string>,
  answersCount: (n: number) => `${n} réponse${n > 1 ? 's' : ''}`,
  structuresCount: (n: number) => `${n} structure${n > 1 ? 's' : ''}`,
  assessmentName: (questionnaire: string, structure: string) => `${questionnaire} — ${structure}`,
  conflictLegend: (kind: string, name: string) => `${kind} « ${name} »`,
  differingFields: (fields: string) => `Champs différents : ${fields}.`,
  differingAnswers: (n: number) => `${n} réponse${n > 1 ? 's' : ''} différente${n > 1 ? 's' : ''}`,
  differingActions: (n: number) => `${n} action${n > 1 ? 's' : ''} du plan différente${n > 1 ? 's' : ''}`,
  differingRequirements: (n: number) =>
    `${n} exigence${n > 1 ? 's' : ''} ou besoin${n > 1 ? 's' : ''} de sécurité différent${n > 1 ? 's' : ''}`,
  newer: {
    mine: (date: string) => `Votre version est la plus récente (modifiée le ${date}).`,
    theirs: (date: string) => `La version du fichier est la plus récente (modifiée le ${date}).`,
    same: (date: string) => `Les deux versions ont été modifiées au même moment (le ${date}).`,
  },
  fieldLabels: {
    name: 'nom',
    finess: 'FINESS',
    category: 'catégorie',
    capacity: 'capacité',
    organisation: 'organisme gestionnaire',
    profile: 'profil de la structure',
    importedFrom: 'origine',
    structureIds: 'structures du groupe',
    ruleSetId: 'règles de financement',
    usageTargets: 'cibles d’usage',
  } as Record<string, string>,
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
    group: 'Garder la version modifiée le plus récemment',
  } as Record<string, string>,
  resolutionHints: {
    'keep-mine': 'Rien n’est modifié chez vous.',
    'take-theirs': 'Votre version est remplacée par celle du fichier.',
    'keep-both': 'La version du fichier est ajoutée à côté de la vôtre, marquée « (importée) ».',
    'newest-per-question': 'Pour chaque question, la réponse modifiée en dernier est gardée, de chaque côté.',
  } as Record<string, string>,
  confirmImport: 'Importer',
  cancelImport: 'Annuler',
  applying: 'Import en cours…',
  done: (added: number, replaced: number, removed: number) =>
    `Import terminé : ${added} élément${added > 1 ? 's' : ''} ajouté${added > 1 ? 's' : ''}, ${replaced} remplacé${replaced > 1 ? 's' : ''}, ${removed} retiré${removed > 1 ? 's' : ''}.`,
  nothingToDo: 'Import terminé : vos données contenaient déjà tout ce que le fichier apporte.',
  seeStructures: 'Voir mes structures',
  importFailed: 'L’import a échoué et rien n’a été modifié dans vos données.',
  readFailed: 'Le fichier n’a pas pu être lu. Vérifiez qu’il est bien enregistré sur cet ordinateur.',
  eraseTitle: 'Effacer toutes mes données',
  eraseHint:
    'Efface de ce navigateur toutes les structures, évaluations, réponses, plans d’action, grilles de conformité et groupes d’atelier. Exportez-les d’abord si vous voulez les garder.',
  eraseButton: 'Effacer toutes mes données',
  eraseConfirm:
    'Effacer définitivement de ce navigateur toutes vos structures, évaluations, réponses, plans d’action, grilles de conformité et groupes d’atelier ? Sans fichier exporté, ils seront perdus.',
  eraseConfirmLabel: 'Tout effacer',
  erased: 'Toutes les données ont été effacées de ce navigateur.',
  eraseFailed: 'L’effacement a échoué : vos données sont toujours là.',
}
