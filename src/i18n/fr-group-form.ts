/** The wording of the workshop's list of structures to put in a group, in French. */

import { countOf, plural } from './plural'

export const groupFormMessages = {
  search: 'Rechercher par nom ou numéro FINESS',
  organisation: 'Organisme gestionnaire',
  category: 'Catégorie',
  allOrganisations: 'Tous',
  allCategories: 'Toutes',
  department: 'Département (d’après le FINESS)',
  allDepartments: 'Tous',
  /** A département offered by the filter, with how many of the structures are in it: « 59 (12 structures) ». */
  departmentOption: (department: string, count: number) =>
    `${department} (${countOf(count, 'structure', 'structures')})`,
  noOrganisation: 'Sans OG',
  checkAll: 'Tout cocher',
  uncheckAll: 'Tout décocher',
  shownHint: '(les structures affichées)',
  checked: (checked: number, total: number) =>
    `${countOf(checked, 'structure cochée', 'structures cochées')} sur ${total}`,
  shown: (shown: number, total: number) =>
    shown === total ? '' : `${shown} ${plural(shown, 'affichée', 'affichées')} sur ${total}`,
  noneShown: 'Aucune structure ne correspond à ces critères.',
}
