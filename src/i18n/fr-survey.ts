/** The wording of the survey screens, in French (loaded with those screens only). */

export const surveyMessages = {
  unknown: 'Je ne sais pas',
  notApplicable: 'Non applicable',
  commentTitle: 'Commentaire (facultatif)',
  commentPlaceholder: 'Précisez votre réponse si besoin',
  complete: 'Terminer l’évaluation',
  notSavedKept: 'Ce choix n’a pas pu être enregistré : la réponse cochée est la dernière enregistrée.',
  notSavedNone: 'Ce choix n’a pas pu être enregistré : aucune réponse n’est enregistrée pour cette question.',
  /** Shown in place of the choices of a question the structure's profile leaves out. */
  leftOut: (reasons: readonly string[]) => `Non applicable : ${reasons.join(' ; ')}`,
}
