/** The wording of the report screens, in French (loaded with those screens only). */

export const reportMessages = {
  title: 'Rapport PDF pour un dossier de financement',
  intro:
    'Le rapport reprend l’identification de la structure, la synthèse et le radar, les scores par domaine, le plan d’action et une note de méthode. Il se lit aussi imprimé en noir et blanc.',
  respondents: 'Personnes ayant répondu',
  respondentName: 'Nom',
  respondentRole: 'Fonction',
  addRespondent: 'Ajouter une personne',
  respondentsMax: (max: number) => `${max} répondants au plus : retirez-en un pour en ajouter un autre.`,
  removeRespondent: 'Retirer la personne',
  options: 'Contenu du rapport',
  includeComments: 'Inclure les commentaires des répondants',
  includeNotes: 'Inclure les notes des actions',
  anonymised: 'Version anonymisée (pour un organisme de coordination)',
  anonymisedHint:
    'Sans aucun nom de personne ni numéro FINESS : la structure est désignée par sa catégorie et son département. Les commentaires et les notes, qui peuvent contenir des noms, sont alors exclus.',
  download: 'Télécharger le rapport PDF',
  building: 'Préparation du rapport…',
  ready: 'Rapport téléchargé.',
  failed: 'Le rapport n’a pas pu être produit. Réessayez ; si le problème persiste, exportez vos données.',
}
