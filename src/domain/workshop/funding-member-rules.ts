/**
 * The funding rules that look at each member of the grappe: services socles, Ségur referencing of
 * the DUI, FINESS numbers; and the usage targets typed by the facilitator.
 */
import type { AssessmentScore } from '../assessment/scoring'
import { checkFiness } from '../assessment/finess'
import type { Rule, RuleCatalogue, UsageIndicator } from './funding-catalogue'
import type { Grappe, GrappeMember, SharedFiness } from './funding-types'
import type { Verdict } from './funding-count-rules'

/** Services socles reached by one structure: 'reached', 'not-reached' or 'unknown' when the answers cannot decide. */
export function socleStanding(
  scores: AssessmentScore | null,
  questions: readonly string[],
  reachedLevel: number,
  minReached: number,
): { reached: number; undecided: number; status: 'reached' | 'not-reached' | 'unknown' } {
  if (!scores) return { reached: 0, undecided: questions.length, status: 'unknown' }
  let reached = 0
  let undecided = 0
  for (const id of questions) {
    const q = scores.questions[id]
    if (q?.state === 'answered' && q.level !== null) {
      if (q.level >= reachedLevel) reached++
    } else if (q?.state !== 'not-applicable' && q?.state !== 'hidden') undecided++
  }
  const status = reached >= minReached ? 'reached' : reached + undecided < minReached ? 'not-reached' : 'unknown'
  return { reached, undecided, status }
}

export function checkSocles(
  rule: Extract<Rule, { kind: 'services-socles' }>,
  grappe: Grappe,
  catalogue: Pick<RuleCatalogue, 'socleQuestions' | 'socleReachedLevel'>,
): Verdict {
  const standings = grappe.members.map((m) => ({
    label: m.label,
    ...socleStanding(m.scores, catalogue.socleQuestions, catalogue.socleReachedLevel, rule.minReached),
  }))
  const labels = (status: string) => standings.filter((s) => s.status === status).map((s) => s.label)
  const notReached = labels('not-reached')
  const unknown = labels('unknown')
  const count = grappe.members.length
  return {
    status:
      count === 0 || (!notReached.length && unknown.length) ? 'cannot-tell' : notReached.length ? 'not-met' : 'met',
    detail: {
      kind: 'services-socles',
      count,
      reached: labels('reached').length,
      notReached,
      unknown,
      minReached: rule.minReached,
      total: catalogue.socleQuestions.length,
      reachedLevel: catalogue.socleReachedLevel,
    },
  }
}

/** Where one structure stands on the Ségur referencing of its DUI. */
export type SegurStanding = 'exempt' | 'referenced' | 'not-referenced' | 'no-dui' | 'unknown'

/**
 * The Ségur referencing of one structure's DUI, from its answer to the referencing question:
 * 'referenced' from the rule's level, 'not-referenced' below it, 'no-dui' when the question is not
 * asked because the structure has no DUI in service, 'unknown' without an assessment or an answer
 * that decides; 'exempt' for a structure of an exempt category.
 */
export function segurStanding(
  member: GrappeMember,
  rule: Extract<Rule, { kind: 'dui-segur' }>,
  exempt = rule.exemptCategories.includes(member.category),
): SegurStanding {
  if (exempt) return 'exempt'
  const q = member.scores?.questions[rule.question]
  if (!q) return 'unknown'
  if (q.state === 'hidden') return 'no-dui'
  if (q.state !== 'answered' || q.level === null) return 'unknown'
  return q.level >= rule.referencedFromLevel ? 'referenced' : 'not-referenced'
}

export function checkDuiSegur(rule: Extract<Rule, { kind: 'dui-segur' }>, grappe: Grappe): Verdict {
  const count = grappe.members.length
  const onlyExempt = count > 0 && grappe.members.every((m) => rule.exemptCategories.includes(m.category))
  // In a mixed grouping every member is checked: the grouping uses one DUI for all its members.
  const standings = grappe.members.map((m) => ({ label: m.label, standing: segurStanding(m, rule, false) }))
  const of = (s: SegurStanding) => (onlyExempt ? [] : standings.filter((x) => x.standing === s).map((x) => x.label))
  const notReferenced = of('not-referenced')
  const noDui = of('no-dui')
  const undecided = [...noDui, ...of('unknown')]
  return {
    status: onlyExempt
      ? 'not-applicable'
      : count === 0
        ? 'cannot-tell'
        : notReferenced.length
          ? 'not-met'
          : undecided.length
            ? 'cannot-tell'
            : 'met',
    detail: {
      kind: 'dui-segur',
      count,
      onlyExempt,
      exemptCategories: [...rule.exemptCategories],
      referenced: of('referenced').length,
      notReferenced,
      undecided,
      noDui,
      referencedFromLevel: rule.referencedFromLevel,
    },
  }
}

export function checkUsage(grappe: Grappe, indicators: readonly UsageIndicator[]): Verdict {
  const entered = indicators.flatMap((indicator) => {
    const entry = grappe.usage[indicator.id]
    return entry && entry.target !== null && Number.isFinite(entry.target)
      ? [{ label: indicator.label, target: entry.target, observed: entry.observed }]
      : []
  })
  const missing = entered.filter((e) => e.observed === null || !Number.isFinite(e.observed)).map((e) => e.label)
  const below = entered.filter((e) => e.observed !== null && e.observed < e.target).map((e) => e.label)
  return {
    status:
      entered.length === 0 || (!below.length && missing.length) ? 'cannot-tell' : below.length ? 'not-met' : 'met',
    detail: { kind: 'usage-targets', entered, below, missing },
  }
}

/**
 * Each structure has its own FINESS number: met when every member's number passes checkFiness (as
 * the structure form checks it, the check key included; a Corsican number, whose key cannot be
 * checked, is accepted as the form accepts it) and no two members share one.
 */
export function checkFinessPresent(grappe: Grappe): Verdict {
  const invalid: string[] = []
  const holders = new Map<string, string[]>()
  for (const member of grappe.members) {
    const check = checkFiness(member.finess)
    if (check.status === 'invalid') invalid.push(member.label)
    else holders.set(check.normalized, [...(holders.get(check.normalized) ?? []), member.label])
  }
  const shared: SharedFiness[] = [...holders]
    .filter(([, labels]) => labels.length > 1)
    .map(([finess, labels]) => ({ finess, labels }))
  const count = grappe.members.length
  return {
    status: invalid.length || shared.length ? 'not-met' : count ? 'met' : 'cannot-tell',
    detail: { kind: 'finess-present', count, valid: count - invalid.length, invalid, shared },
  }
}
