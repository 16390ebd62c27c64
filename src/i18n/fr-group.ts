/** The wording of a group's screen that helps a facilitator read it: sorting and filtering, one structure against the group, shared actions. */
import { countOf, plural } from './plural'

export const groupMessages = {
  // Heat map: sorting and filtering.
  heatSearch: 'Rechercher une structure ou un OG',
  heatPath: 'Parcours',
  heatPathAll: 'Tous les parcours',
  heatSort: 'Trier par',
  heatSortGroup: 'Ordre du groupe',
  heatSortName: 'Nom de la structure',
  heatSortDomain: (title: string) => `${title} (du plus haut au plus bas)`,
  heatShown: (shown: number, total: number) =>
    shown === total
      ? `${countOf(total, 'structure')} ${plural(total, 'affichée', 'affichées')}.`
      : `${shown} sur ${countOf(total, 'structure')} ${plural(shown, 'affichée', 'affichées')}.`,
  heatNone: 'Aucune structure ne correspond à la recherche.',
  // One structure against the group.
  compareTitle: 'Une structure face au groupe',
  compareIntro:
    'Choisissez une structure : le radar la place entre la structure la plus basse et la plus haute du groupe, avec la moyenne.',
  compareSelect: 'Structure comparée au groupe',
  compareNone: '— Choisir —',
  compareLabel: (name: string) =>
    `Radar de ${name} face au groupe : sa valeur, la moyenne, le minimum et le maximum par domaine. Les valeurs figurent dans le tableau qui suit.`,
  compareTableCaption: (name: string) => `${name} face au groupe, par domaine — valeurs du graphique`,
  compareEssential: 'Évaluée sur le parcours essentiel : ses scores ne portent que sur les questions clés.',
  // Shared actions.
  sharedIntro:
    'Actions du catalogue encore à mener dans le plan de plusieurs structures, les plus demandées d’abord : ce sont les chances de mutualiser (un DPO partagé, un achat commun…). Les colonnes « À lancer », « En cours » et « Faite » disent où en est chaque structure dont le plan contient l’action.',
  sharedThreshold: 'Partagée à partir de',
  sharedThresholdOption: (share: number, size: number, min: number) =>
    share === 0
      ? 'deux structures'
      : `${Math.round(share * 100)} % du groupe (${countOf(min, 'structure')} sur ${size})`,
  sharedNeed: 'Structures qui en ont besoin',
  todo: 'À lancer',
  doing: 'En cours',
  done: 'Faite',
  sharedShown: (n: number, min: number) =>
    `${countOf(n, 'action')} ${plural(n, 'partagée', 'partagées')} par au moins ${countOf(min, 'structure')}.`,
  noShared: (min: number) => `Aucune action n’est à mener par au moins ${countOf(min, 'structure')}.`,
}
