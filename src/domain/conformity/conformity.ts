/** Conformity grid records: a declared service, its requirement levels and security needs, its snapshots, and the service form. */
import { FIELD_BOUNDS, isCalendarDay } from '../backup/bounds'
import { checkText, type FieldProblem } from '../assessment/field-problem'

/** The declared level of one requirement, with its trajectory. */
export interface RequirementAnswer {
  level: number | null
  target: number | null
  /** YYYY-MM-DD */
  targetDate: string | null
  justification: string
  updatedAt: string
}

export interface SecurityNeedAnswer {
  level: number | null
  justification: string
  updatedAt: string
}

/** A frozen copy of an earlier declaration, to compare the service with. */
export interface ServiceSnapshot {
  takenAt: string
  qualification: Record<string, string | string[]>
  requirements: Record<string, RequirementAnswer>
  securityNeeds: Record<string, SecurityNeedAnswer>
}

/** A software solution or service of a structure, declared against a conformity grid. */
export interface ServiceRecord {
  id: string
  structureId: string
  questionnaireId: string
  questionnaireVersion: string
  name: string
  responsible: string
  description: string
  provider: string
  product: string
  productVersion: string
  /** Date the conformity approach started (YYYY-MM-DD). */
  startedOn: string | null
  qualification: Record<string, string | string[]>
  /** By requirement code. */
  requirements: Record<string, RequirementAnswer>
  /** By security need id. */
  securityNeeds: Record<string, SecurityNeedAnswer>
  /** Earlier declarations, oldest first. */
  history: ServiceSnapshot[]
  /** Set on a copy made when importing a file the user chose to keep beside their own: the original id. */
  importedFrom?: string
  createdAt: string
  updatedAt: string
}

/** A deep copy of JSON data; unlike structuredClone, it also accepts the proxies a UI may hand in. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** A frozen copy of the service's current declaration. */
export function takeSnapshot(service: ServiceRecord, takenAt: string): ServiceSnapshot {
  return {
    takenAt,
    qualification: copy(service.qualification),
    requirements: copy(service.requirements),
    securityNeeds: copy(service.securityNeeds),
  }
}

export interface ServiceInput {
  name: string
  responsible: string
  description: string
  provider: string
  product: string
  productVersion: string
  startedOn: string
}

export type ServiceFieldErrors = Partial<Record<keyof ServiceInput, FieldProblem>>

/** Checks the description of a service: one problem code per faulty field. */
export function validateServiceInput(input: ServiceInput): ServiceFieldErrors {
  const errors: ServiceFieldErrors = {}
  const nameProblem = checkText(input.name.trim(), FIELD_BOUNDS.serviceName, true)
  if (nameProblem) errors.name = nameProblem
  const bounds = {
    responsible: FIELD_BOUNDS.serviceResponsible,
    provider: FIELD_BOUNDS.serviceProvider,
    product: FIELD_BOUNDS.serviceProduct,
    productVersion: FIELD_BOUNDS.serviceProductVersion,
    description: FIELD_BOUNDS.serviceDescription,
  }
  for (const [field, max] of Object.entries(bounds) as [keyof typeof bounds, number][]) {
    const problem = checkText(input[field], max, false)
    if (problem) errors[field] = problem
  }
  if (input.startedOn && !isCalendarDay(input.startedOn)) errors.startedOn = { code: 'not-a-date' }
  return errors
}
