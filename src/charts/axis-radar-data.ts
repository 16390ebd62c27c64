/** Pure data of an axis radar: one spoke per applicable requirement, current and target levels. */
import type { QuestionnaireDefinition } from '@/domain/definition'
import { scaleBounds } from '@/domain/definition'
import { requirementsFor, targetOf, type ServiceRecord } from '@/domain/conformity'

export interface AxisRadarRow {
  code: string
  title: string
  /** null when the level is not declared yet. */
  current: number | null
  target: number
}

export interface AxisRadarData {
  axisId: string
  title: string
  min: number
  max: number
  /** Requirement codes, in definition order: the spokes of the radar. */
  labels: string[]
  current: (number | null)[]
  target: number[]
  rows: AxisRadarRow[]
}

/** The radar of one axis for a service, and the rows of its text equivalent. */
export function toAxisRadarData(
  definition: QuestionnaireDefinition,
  service: Pick<ServiceRecord, 'qualification' | 'requirements'>,
  axisId: string,
): AxisRadarData {
  const axis = definition.axes?.find((a) => a.id === axisId)
  const rows: AxisRadarRow[] = requirementsFor(definition, service.qualification)
    .filter((requirement) => requirement.axis === axisId)
    .map((requirement) => {
      const answer = service.requirements[requirement.code]
      return {
        code: requirement.code,
        title: requirement.title,
        current: answer?.level ?? null,
        target: targetOf(requirement, answer),
      }
    })
  const { min, max } = scaleBounds(definition)
  return {
    axisId,
    title: axis?.title ?? axisId,
    min,
    max,
    labels: rows.map((row) => row.code),
    current: rows.map((row) => row.current),
    target: rows.map((row) => row.target),
    rows,
  }
}
