/**
 * Comparison of two assessments of one structure over time: what moved per domain and per
 * question, which actions of the earlier plan were carried out or are no longer needed, and
 * whether each domain now meets its target.
 */
import type { AnswerMap } from './assessment'
import type { QuestionnaireDefinition } from '../definition/definition'
import type { PlanItem } from '../action-plan/action-plan'
import type { AssessmentScore, QuestionResult } from './scoring'
import { resolveTarget, type DomainTargets } from './targets'

/** One assessment's data, each scored and planned with its own definition version. */
export interface AssessmentSnapshot {
  answers: AnswerMap
  scores: AssessmentScore
  plan: readonly PlanItem[]
}

export type QuestionChange = 'improved' | 'declined' | 'unchanged' | 'newly-unknown' | 'new' | 'no-longer-asked'

export interface DomainDelta {
  domainId: string
  title: string
  earlier: number | null
  later: number | null
  /** later − earlier, null unless both are assessable. */
  delta: number | null
  target: number
  /** null when the later assessment does not score the domain. */
  targetMet: boolean | null
}

export interface QuestionDelta {
  questionId: string
  domainId: string | null
  text: string
  earlier: number | null
  later: number | null
  change: QuestionChange
}

export type ActionOutcome = 'done' | 'still-open' | 'no-longer-needed' | 'dropped'

export interface ActionReconciliation {
  actionId: string
  title: string
  outcome: ActionOutcome
}

export interface OverTimeComparison {
  domains: DomainDelta[]
  questions: QuestionDelta[]
  actions: ActionReconciliation[]
  /** Actions active in the later plan that the earlier plan did not have. */
  newActions: { actionId: string; title: string }[]
}

function domainScore(scores: AssessmentScore, domainId: string): number | null {
  const d = scores.domains.find((x) => x.domainId === domainId)
  return d?.assessable && d.score !== null ? d.score : null
}

function levelOf(result: QuestionResult | undefined): number | null {
  return result?.state === 'answered' ? result.level : null
}

/**
 * Status of one question between two answers:
 * - both levelled: improved / declined / unchanged;
 * - a level before, « Je ne sais pas » now: newly-unknown (also when the earlier had no level but was not unknown);
 * - no level before (not asked, unanswered, unknown, not applicable), a level now: new;
 * - anything else: unchanged.
 */
function changeOf(earlier: QuestionResult | undefined, later: QuestionResult | undefined): QuestionChange {
  const before = levelOf(earlier)
  const after = levelOf(later)
  if (before !== null && after !== null) return after > before ? 'improved' : after < before ? 'declined' : 'unchanged'
  if (later?.state === 'unknown' && earlier?.state !== 'unknown') return 'newly-unknown'
  if (after !== null) return 'new'
  return 'unchanged'
}

function reconcile(earlier: readonly PlanItem[], later: readonly PlanItem[]): ActionReconciliation[] {
  const laterById = new Map(later.map((item) => [item.actionId, item]))
  return earlier
    .filter((item) => item.state === 'active' && item.status !== 'dropped')
    .map((item) => {
      const now = laterById.get(item.actionId)
      let outcome: ActionOutcome
      if (item.status === 'done' || now?.status === 'done') outcome = 'done'
      else if (now?.status === 'dropped') outcome = 'dropped'
      else if (now?.state === 'active') outcome = 'still-open'
      else outcome = 'no-longer-needed'
      return { actionId: item.actionId, title: item.title, outcome }
    })
}

/**
 * Compares an earlier and a later assessment of one structure. `definition` is the later
 * assessment's version: its domains and questions are compared; questions the earlier version
 * asked (or answered) and this one no longer has are listed as 'no-longer-asked'. A domain meets
 * its target when its later score reaches `resolveTarget(definition, domain, targets)`.
 */
export function compareOverTime(
  definition: QuestionnaireDefinition,
  earlier: AssessmentSnapshot,
  later: AssessmentSnapshot,
  targets: DomainTargets,
): OverTimeComparison {
  const domains = definition.domains.map((domain): DomainDelta => {
    const before = domainScore(earlier.scores, domain.id)
    const after = domainScore(later.scores, domain.id)
    const target = resolveTarget(definition, domain, targets)
    return {
      domainId: domain.id,
      title: domain.title,
      earlier: before,
      later: after,
      delta: before !== null && after !== null ? after - before : null,
      target,
      targetMet: after === null ? null : after + 1e-9 >= target,
    }
  })
  const asked = new Set<string>()
  const questions: QuestionDelta[] = definition.domains.flatMap((domain) =>
    domain.questions.map((question) => {
      asked.add(question.id)
      const before = earlier.scores.questions[question.id]
      const after = later.scores.questions[question.id]
      return {
        questionId: question.id,
        domainId: domain.id,
        text: question.text,
        earlier: levelOf(before),
        later: levelOf(after),
        change: changeOf(before, after),
      }
    }),
  )
  const gone = new Set([
    ...Object.keys(earlier.scores.questions),
    ...Object.keys(earlier.answers).filter((id) => earlier.answers[id] !== undefined),
  ])
  for (const id of gone) {
    if (asked.has(id)) continue
    const before = earlier.scores.questions[id]
    questions.push({
      questionId: id,
      domainId: before?.domainId ?? null,
      text: id,
      earlier: levelOf(before),
      later: null,
      change: 'no-longer-asked',
    })
  }
  const earlierIds = new Set(earlier.plan.map((item) => item.actionId))
  return {
    domains,
    questions,
    actions: reconcile(earlier.plan, later.plan),
    newActions: later.plan
      .filter((item) => item.state === 'active' && !earlierIds.has(item.actionId))
      .map((item) => ({ actionId: item.actionId, title: item.title })),
  }
}
