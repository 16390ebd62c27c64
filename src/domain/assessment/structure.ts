/** Rules for creating and editing a structure (ESMS) from a form. */
import { STRUCTURE_CATEGORIES, type Structure, type StructureCategory } from './assessment'
import { checkFiness } from './finess'
import { checkText, type FieldProblem } from './field-problem'
import { withoutAccents } from './text'
import { FIELD_BOUNDS } from '../backup/bounds'
import { MAX_PROFILE_FACTS, PROFILE_FACT_ID } from './profile'

export interface StructureInput {
  name: string
  finess: string
  category: string
  capacity: string | number | null
  organisation: string
  /** The user's explicit answers to profile facts; absent or empty: every fact takes the category's default. */
  profile?: Readonly<Record<string, boolean>>
}

export type StructureFieldErrors = Partial<Record<Exclude<keyof StructureInput, 'profile'>, FieldProblem>>

/** 'corsica-finess': a Corsican FINESS number, accepted although its check key cannot be verified. */
export type StructureWarning = 'corsica-finess'

export type StructureValidation =
  | { ok: true; value: Omit<Structure, 'id' | 'createdAt' | 'updatedAt'>; warning?: StructureWarning }
  | { ok: false; errors: StructureFieldErrors }

function parseCapacity(raw: StructureInput['capacity']): number | null | 'invalid' {
  if (raw === null || raw === '') return null
  const n = typeof raw === 'number' ? raw : Number(String(raw).trim())
  if (!Number.isInteger(n) || n < 0 || n > 100000) return 'invalid'
  return n
}

/**
 * The profile answers worth keeping: yes/no answers to kebab-case fact ids, at most MAX_PROFILE_FACTS
 * (the form can give nothing else); undefined when none is left.
 */
function cleanProfile(profile: StructureInput['profile']): Record<string, boolean> | undefined {
  const entries = Object.entries(profile ?? {}).filter(
    ([id, value]) => PROFILE_FACT_ID.test(id) && typeof value === 'boolean',
  )
  return entries.length > 0 ? Object.fromEntries(entries.slice(0, MAX_PROFILE_FACTS)) : undefined
}

/** Validates a structure form: one problem code per faulty field. */
export function validateStructureInput(input: StructureInput): StructureValidation {
  const errors: StructureFieldErrors = {}
  const name = input.name.trim()
  const nameProblem = checkText(name, FIELD_BOUNDS.structureName, true)
  if (nameProblem) errors.name = nameProblem
  const finess = checkFiness(input.finess)
  if (finess.status === 'invalid') errors.finess = { code: 'finess', problem: finess.problem, length: finess.length }
  if (!STRUCTURE_CATEGORIES.includes(input.category as StructureCategory)) errors.category = { code: 'not-in-list' }
  const capacity = parseCapacity(input.capacity)
  if (capacity === 'invalid') errors.capacity = { code: 'not-a-count' }
  const organisation = input.organisation.trim()
  const organisationProblem = checkText(organisation, FIELD_BOUNDS.structureOrganisation, false)
  if (organisationProblem) errors.organisation = organisationProblem
  if (Object.keys(errors).length > 0 || finess.status === 'invalid' || capacity === 'invalid')
    return { ok: false, errors }
  const profile = cleanProfile(input.profile)
  return {
    ok: true,
    value: {
      name,
      finess: finess.normalized,
      category: input.category as StructureCategory,
      capacity,
      organisation,
      ...(profile ? { profile } : {}),
    },
    ...(finess.status === 'unverified' ? { warning: 'corsica-finess' as const } : {}),
  }
}

/** Whether two versions of a structure record hold the same content (used to detect a change made elsewhere). */
export function sameStructure(a: Structure, b: Structure): boolean {
  const profile = (s: Structure) =>
    JSON.stringify(Object.entries(s.profile ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
  const fields = [
    'id',
    'name',
    'finess',
    'category',
    'capacity',
    'organisation',
    'importedFrom',
    'createdAt',
    'updatedAt',
  ] as const
  return fields.every((field) => a[field] === b[field]) && profile(a) === profile(b)
}

/** Lower case, without accents or typographic apostrophes: « Établissement d’Arras » ~ « etablissement d'arras ». */
function searchable(text: string): string {
  return withoutAccents(text).replace(/[’‘]/g, "'").toLowerCase()
}

/**
 * The test a search typed on the home screen applies to each structure: every word typed must appear
 * in its name, FINESS number, category or managing organisation, whatever the case and the accents.
 */
export function structureSearch(
  query: string,
): (structure: Pick<Structure, 'name' | 'finess' | 'category' | 'organisation'>) => boolean {
  const words = searchable(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return () => true
  return (structure) => {
    const haystack = searchable(
      [structure.name, structure.finess, structure.category, structure.organisation].join(' '),
    )
    return words.every((word) => haystack.includes(word))
  }
}
