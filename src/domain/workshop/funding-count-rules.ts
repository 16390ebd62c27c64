/** The funding rules that count the grappe: its ESSMS, its organisations, the structures funded and the filing level. */
import { finessDepartment } from '../assessment/finess'
import type { Rule } from './funding-catalogue'
import type { Grappe, GrappeMember, RuleDetail, RuleStatus } from './funding-types'

/** A rule's status and the facts it was decided on. */
export interface Verdict {
  status: RuleStatus
  detail: RuleDetail
}

/** Whether a FINESS number belongs to Corsica (2A/2B) or an overseas territory (97x, 98x). */
export function isCorsicaOrOverseas(finess: string): boolean {
  const department = finessDepartment(finess.trim().toUpperCase())
  return department === '2A' || department === '2B' || department.startsWith('97') || department.startsWith('98')
}

/** Organisations of a grappe: a structure without an OG counts as its own (an autonomous structure manages itself). */
export function countOrganisations(members: readonly GrappeMember[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const member of members) {
    const key = member.organisation.trim().toLocaleLowerCase('fr') || `autonome:${member.structureId}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** CNSA typology of an OG by its number of ESMS: large ≥ 50, medium 15–49, small < 15. */
export function organisationSize(count: number): 'large' | 'medium' | 'small' {
  return count >= 50 ? 'large' : count >= 15 ? 'medium' : 'small'
}

export function checkMinEssms(rule: Extract<Rule, { kind: 'min-essms' }>, grappe: Grappe): Verdict {
  const count = grappe.members.length
  const lowered = count > 0 && grappe.members.every((m) => isCorsicaOrOverseas(m.finess))
  const min = lowered ? rule.minCorsicaOverseas : rule.min
  return { status: count >= min ? 'met' : 'not-met', detail: { kind: 'min-essms', count, min, lowered } }
}

export function checkMinOg(rule: Extract<Rule, { kind: 'min-og' }>, grappe: Grappe): Verdict {
  const counts = countOrganisations(grappe.members)
  const organisations = counts.size
  const largest = Math.max(0, ...counts.values())
  const solo = organisations === 1 && largest > rule.soloAbove
  return {
    status: organisations >= rule.min || solo ? 'met' : 'not-met',
    detail: { kind: 'min-og', organisations, min: rule.min, largest, soloAbove: rule.soloAbove, solo },
  }
}

export function checkMaxFunded(rule: Extract<Rule, { kind: 'max-funded' }>, grappe: Grappe): Verdict {
  const count = grappe.members.length
  return { status: count <= rule.max ? 'met' : 'not-met', detail: { kind: 'max-funded', count, max: rule.max } }
}

/** Always met: the rule says where the file goes (the national call from `nationalFrom` ESSMS, the ARS's otherwise). */
export function checkFiling(rule: Extract<Rule, { kind: 'filing-level' }>, grappe: Grappe): Verdict {
  const count = grappe.members.length
  return {
    status: 'met',
    detail: { kind: 'filing-level', count, nationalFrom: rule.nationalFrom, national: count >= rule.nationalFrom },
  }
}
