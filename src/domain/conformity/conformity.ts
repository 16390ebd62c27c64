/** Conformity grid records: a declared service, its qualification, its requirement levels and security needs. */
import type { QuestionnaireDefinition, Requirement, ScaleLevel } from '../definition/definition'
import { evaluateCondition } from '../definition/expression'
import { FIELD_BOUNDS, isCalendarDay } from '../backup/schema'

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

/** Shown when a requirement has no applicability condition. */
export const APPLIES_TO_ALL = 'S’applique à tous les services.'

/** Target level used when neither the answer nor the requirement sets one. */
export const FALLBACK_TARGET = 3

export const TOP_LEVEL_JUSTIFICATION_ERROR =
  'Une justification est obligatoire au niveau le plus élevé : indiquez la preuve.'

export interface RequirementApplicability {
  requirement: Requirement
  applies: boolean
  why: string
}

/** Every requirement of the grid, with whether the service's qualification makes it apply, and why. */
export function applicableRequirements(
  definition: QuestionnaireDefinition,
  qualification: Record<string, string | string[]>,
): RequirementApplicability[] {
  return (definition.requirements ?? []).map((requirement) => ({
    requirement,
    applies: requirement.appliesIf
      ? evaluateCondition(requirement.appliesIf, (id) =>
          Object.hasOwn(qualification, id) ? qualification[id] : undefined,
        )
      : true,
    why: requirement.appliesWhy ?? APPLIES_TO_ALL,
  }))
}

/** The requirements a service is asked about, in definition order. */
export function requirementsFor(
  definition: QuestionnaireDefinition,
  qualification: Record<string, string | string[]>,
): Requirement[] {
  return applicableRequirements(definition, qualification)
    .filter((item) => item.applies)
    .map((item) => item.requirement)
}

/** The level aimed at for a requirement: the declared target, else the requirement's default, else 3. */
export function targetOf(requirement: Requirement, answer: RequirementAnswer | undefined): number {
  return answer?.target ?? requirement.defaultTarget ?? FALLBACK_TARGET
}

/** True when a requirement has no level yet or a level below its target. */
export function isBelowTarget(requirement: Requirement, answer: RequirementAnswer | undefined): boolean {
  const level = answer?.level ?? null
  return level === null || level < targetOf(requirement, answer)
}

export interface AxisSummary {
  axisId: string
  title: string
  /** Requirements of the axis that apply to the service. */
  applicable: number
  /** Applicable requirements with a declared level. */
  answered: number
  /** Mean declared level of the answered requirements; null when none is answered. */
  meanLevel: number | null
  /** Applicable requirements whose level reaches their target. */
  atTarget: number
  /** atTarget / applicable (an unanswered requirement has not reached its target); null when nothing applies. */
  atTargetShare: number | null
}

/** Per axis: how many requirements apply and are answered, the mean level and the share at target. */
export function computeAxisSummaries(
  definition: QuestionnaireDefinition,
  service: Pick<ServiceRecord, 'qualification' | 'requirements'>,
): AxisSummary[] {
  const applicable = requirementsFor(definition, service.qualification)
  return (definition.axes ?? []).map((axis) => {
    const ofAxis = applicable.filter((r) => r.axis === axis.id)
    const levels: number[] = []
    let atTarget = 0
    for (const requirement of ofAxis) {
      const answer = service.requirements[requirement.code]
      if (answer?.level === null || answer?.level === undefined) continue
      levels.push(answer.level)
      if (answer.level >= targetOf(requirement, answer)) atTarget++
    }
    return {
      axisId: axis.id,
      title: axis.title,
      applicable: ofAxis.length,
      answered: levels.length,
      meanLevel: levels.length ? levels.reduce((sum, level) => sum + level, 0) / levels.length : null,
      atTarget,
      atTargetShare: ofAxis.length ? atTarget / ofAxis.length : null,
    }
  })
}

export interface TrajectoryItem {
  code: string
  title: string
  axisId: string
  level: number | null
  target: number
  /** YYYY-MM-DD */
  targetDate: string
  /** The date has passed and the target is not reached. */
  late: boolean
}

export interface TrajectoryQuarter {
  /** e.g. « T1 2027 » */
  label: string
  items: TrajectoryItem[]
}

/** The quarter of a YYYY-MM-DD date, as French readers write it (« T3 2027 »). */
export function quarterLabel(date: string): string {
  const month = Number(date.slice(5, 7))
  return `T${Math.floor((month - 1) / 3) + 1} ${date.slice(0, 4)}`
}

/**
 * The convergence trajectory: applicable requirements with a target date, by date, grouped by
 * quarter. `today` (YYYY-MM-DD or a full ISO date) decides which items are late.
 */
export function buildTrajectory(
  definition: QuestionnaireDefinition,
  service: Pick<ServiceRecord, 'qualification' | 'requirements'>,
  today: string,
): TrajectoryQuarter[] {
  const day = today.slice(0, 10)
  const items: TrajectoryItem[] = []
  for (const requirement of requirementsFor(definition, service.qualification)) {
    const answer = service.requirements[requirement.code]
    if (!answer?.targetDate) continue
    const target = targetOf(requirement, answer)
    const level = answer.level
    items.push({
      code: requirement.code,
      title: requirement.title,
      axisId: requirement.axis,
      level,
      target,
      targetDate: answer.targetDate,
      late: answer.targetDate < day && (level === null || level < target),
    })
  }
  items.sort(
    (a, b) => a.targetDate.localeCompare(b.targetDate) || a.code.localeCompare(b.code, 'fr', { numeric: true }),
  )
  const quarters: TrajectoryQuarter[] = []
  for (const item of items) {
    const label = quarterLabel(item.targetDate)
    const last = quarters[quarters.length - 1]
    if (last?.label === label) last.items.push(item)
    else quarters.push({ label, items: [item] })
  }
  return quarters
}

/** The French error of a requirement answer, or null: the top level needs a justification citing the proof. */
export function validateRequirementAnswer(
  answer: Pick<RequirementAnswer, 'level' | 'justification'> | undefined,
  scale: ScaleLevel[],
): string | null {
  if (!answer || answer.level === null || scale.length === 0) return null
  const top = Math.max(...scale.map((level) => level.value))
  return answer.level === top && answer.justification.trim() === '' ? TOP_LEVEL_JUSTIFICATION_ERROR : null
}

export type RequirementChange = 'improved' | 'declined' | 'unchanged' | 'new'

export interface RequirementComparison {
  code: string
  previous: number | null
  current: number
  change: RequirementChange
}

/** Each requirement with a current level, compared with the level of the reference declaration. */
export function compareWithSnapshot(
  service: Pick<ServiceRecord, 'requirements'>,
  snapshot: Pick<ServiceSnapshot, 'requirements'>,
): RequirementComparison[] {
  const result: RequirementComparison[] = []
  for (const [code, answer] of Object.entries(service.requirements)) {
    if (answer.level === null) continue
    const previous = snapshot.requirements[code]?.level ?? null
    const change: RequirementChange =
      previous === null
        ? 'new'
        : answer.level > previous
          ? 'improved'
          : answer.level < previous
            ? 'declined'
            : 'unchanged'
    result.push({ code, previous, current: answer.level, change })
  }
  return result.sort((a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true }))
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

export type ServiceFieldErrors = Partial<Record<keyof ServiceInput, string>>

/** Checks the description of a service; French messages, one per faulty field. */
export function validateServiceInput(input: ServiceInput): ServiceFieldErrors {
  const errors: ServiceFieldErrors = {}
  if (!input.name.trim()) errors.name = 'Le nom du service est obligatoire.'
  else if (input.name.trim().length > FIELD_BOUNDS.serviceName)
    errors.name = `Le nom est trop long (${FIELD_BOUNDS.serviceName} caractères au plus).`
  const bounds = {
    responsible: FIELD_BOUNDS.serviceResponsible,
    provider: FIELD_BOUNDS.serviceProvider,
    product: FIELD_BOUNDS.serviceProduct,
    productVersion: FIELD_BOUNDS.serviceProductVersion,
    description: FIELD_BOUNDS.serviceDescription,
  }
  for (const [field, max] of Object.entries(bounds) as [keyof typeof bounds, number][]) {
    if (input[field].length > max) errors[field] = `Ce texte est trop long (${max} caractères au plus).`
  }
  if (input.startedOn && !isCalendarDay(input.startedOn)) errors.startedOn = 'Indiquez une date au format jj/mm/aaaa.'
  return errors
}
