/** Which requirements of a conformity grid apply to a service, the level aimed at, and the summary per axis. */
import type { QuestionnaireDefinition, Requirement, ScaleLevel } from '../definition/definition'
import { evaluateCondition } from '../definition/expression'
import type { RequirementAnswer, ServiceRecord } from './conformity'

/** Target level used when neither the answer nor the requirement sets one. */
export const FALLBACK_TARGET = 3

export interface RequirementApplicability {
  requirement: Requirement
  applies: boolean
  /** Why it applies, as the grid says; null when the requirement applies to every service. */
  why: string | null
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
    why: requirement.appliesWhy ?? null,
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

/** What is wrong with a requirement answer: the top level needs a justification citing the proof. */
export type RequirementAnswerProblem = 'top-level-justification'

/** The problem of a requirement answer, or null. */
export function validateRequirementAnswer(
  answer: Pick<RequirementAnswer, 'level' | 'justification'> | undefined,
  scale: ScaleLevel[],
): RequirementAnswerProblem | null {
  if (!answer || answer.level === null || scale.length === 0) return null
  const top = Math.max(...scale.map((level) => level.value))
  return answer.level === top && answer.justification.trim() === '' ? 'top-level-justification' : null
}
