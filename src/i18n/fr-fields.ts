/** The French messages of the structure, group and service forms, from the problem codes the domain returns. */
import type { FieldProblem, FinessProblem, StructureWarning } from '@/domain/assessment'

/** What is wrong with a FINESS number; `length` is the number of characters typed, spaces left out. */
export const FINESS_PROBLEMS: Readonly<Record<FinessProblem, (length: number) => string>> = {
  missing: () => 'Le numéro FINESS est obligatoire.',
  length: (length) => `Le numéro FINESS compte 9 caractères (vous en avez saisi ${length}).`,
  characters: () => 'Le numéro FINESS ne contient que des chiffres (ou 2A / 2B en tête pour la Corse).',
  key: () =>
    'Ce numéro FINESS n’est pas valide : la clé de contrôle (dernier chiffre) ne correspond pas. Vérifiez la saisie.',
}

export const STRUCTURE_WARNINGS: Readonly<Record<StructureWarning, string>> = {
  'corsica-finess':
    'Numéro corse : la clé de contrôle n’a pas pu être vérifiée. Vérifiez-le sur votre arrêté d’autorisation.',
}

/** The wording any field gets unless its form says otherwise. */
function generic(problem: FieldProblem): string {
  switch (problem.code) {
    case 'required':
      return 'Ce champ est obligatoire.'
    case 'too-long':
      return `Ce texte est trop long (${problem.max} caractères au plus).`
    case 'not-in-list':
      return 'Choisissez une valeur dans la liste.'
    case 'not-a-count':
      return 'Indiquez un nombre entier (0 ou plus).'
    case 'not-a-date':
      return 'Indiquez une date au format jj/mm/aaaa.'
    case 'finess':
      return FINESS_PROBLEMS[problem.problem](problem.length)
  }
}

const nameTooLong = (max: number) => `Le nom est trop long (${max} caractères au plus).`

/** Per form and field, the wording that replaces the generic one for some problems. */
type Wording = Partial<Record<FieldProblem['code'], string | ((max: number) => string)>>

const FORMS = {
  structure: {
    name: { required: 'Le nom de la structure est obligatoire.', 'too-long': nameTooLong },
    category: { 'not-in-list': 'Choisissez une catégorie dans la liste.' },
    capacity: { 'not-a-count': 'La capacité est un nombre entier de places (0 ou plus).' },
    organisation: {
      'too-long': (max: number) => `Le nom de l’organisme gestionnaire est trop long (${max} caractères au plus).`,
    },
  },
  group: {
    name: { required: 'Le nom du groupe est obligatoire.', 'too-long': nameTooLong },
    structureIds: { required: 'Choisissez au moins une structure.' },
    ruleSetId: { 'not-in-list': 'Choisissez un ensemble de règles dans la liste.' },
  },
  service: {
    name: { required: 'Le nom du service est obligatoire.', 'too-long': nameTooLong },
  },
} satisfies Record<string, Record<string, Wording>>

export type FieldForm = keyof typeof FORMS

/** The message of one field's problem on a form. */
export function describeFieldProblem(form: FieldForm, field: string, problem: FieldProblem): string {
  const forms: Record<FieldForm, Record<string, Wording | undefined>> = FORMS
  const wording = forms[form][field]?.[problem.code]
  if (wording === undefined) return generic(problem)
  return typeof wording === 'string' ? wording : wording(problem.code === 'too-long' ? problem.max : 0)
}

/** The messages of a form's problems, field by field, in the order of the problems. */
export function describeFieldErrors<F extends string>(
  form: FieldForm,
  errors: Partial<Record<F, FieldProblem>>,
): Partial<Record<F, string>> {
  const messages: Partial<Record<F, string>> = {}
  for (const [field, problem] of Object.entries(errors) as [F, FieldProblem | undefined][])
    if (problem) messages[field] = describeFieldProblem(form, field, problem)
  return messages
}
