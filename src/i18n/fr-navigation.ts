/** What the app says when the user leaves a screen whose input is not saved yet. */
export const navigationMessages = {
  leaveTitle: 'Quitter sans enregistrer ?',
  leaveMessage:
    'Ce que vous avez saisi sur cette page n’est pas encore enregistré. Si vous quittez la page maintenant, cette saisie sera perdue.',
  stay: 'Rester',
  leave: 'Quitter sans enregistrer',
}
