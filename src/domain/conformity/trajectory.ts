/** The convergence trajectory of a service by quarter, and the comparison with a reference declaration. */
import type { QuestionnaireDefinition } from '../definition/definition'
import { requirementsFor, targetOf } from './requirements'
import type { ServiceRecord, ServiceSnapshot } from './conformity'

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
  year: number
  /** 1 to 4 */
  quarter: number
  items: TrajectoryItem[]
}

/** The year and quarter (1 to 4) of a YYYY-MM-DD date. */
export function quarterOf(date: string): { year: number; quarter: number } {
  const month = Number(date.slice(5, 7))
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((month - 1) / 3) + 1 }
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
    const { year, quarter } = quarterOf(item.targetDate)
    const last = quarters[quarters.length - 1]
    if (last?.year === year && last.quarter === quarter) last.items.push(item)
    else quarters.push({ year, quarter, items: [item] })
  }
  return quarters
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
