/** The wording of the one-editing-tab notices, in French (assessments, conformity grids, workshop groups). */

export const editLockMessages = {
  readOnly: {
    assessment:
      'Cette évaluation est déjà ouverte en modification dans un autre onglet ou une autre fenêtre. Elle s’affiche ici en lecture seule pour qu’aucun des deux ne remplace les réponses de l’autre.',
    service:
      'Ce service est déjà ouvert en modification dans un autre onglet ou une autre fenêtre. Sa grille s’affiche ici en lecture seule pour qu’aucun des deux ne remplace les saisies de l’autre.',
    group:
      'Ce groupe est déjà ouvert en modification dans un autre onglet ou une autre fenêtre. Il s’affiche ici en lecture seule pour qu’aucun des deux ne remplace les saisies de l’autre.',
  },
  takenElsewhere:
    'La modification a été reprise dans un autre onglet : celui-ci est passé en lecture seule. Ce que vous aviez saisi avant est enregistré.',
  takeOver: 'Modifier ici',
  takeOverHint: 'L’autre onglet passera en lecture seule.',
  takingOver: 'Reprise de la modification…',
  tookOver: 'Vous modifiez maintenant dans cet onglet ; l’autre est passé en lecture seule.',
}
