/** What the results screen shows beyond the scores: weakest points, strengths, dimension scores and a summary sentence. */
import { listQuestions, scaleBounds, type QuestionnaireDefinition } from '../definition/definition'
import { MIN_COVERAGE, type AssessmentScore, type DomainScore } from './scoring'

/** One answered question, singled out as a weak point or a strength. */
export interface QuestionHighlight {
  questionId: string
  domainId: string
  text: string
  level: number
  /** Label of the level on the scale, e.g. « Émergent ». */
  levelLabel: string
}

/** Score of one cross-cutting dimension (questions of several domains sharing a `dimension`). */
export interface DimensionScore {
  dimensionId: string
  title: string
  answered: number
  applicable: number
  unknown: number
  /** answered / applicable, 0 when nothing is applicable. */
  coverage: number
  /** Mean of the question levels weighted by question weight, null when no question has a level. */
  score: number | null
  percent: number | null
  assessable: boolean
}

interface Candidate {
  highlight: QuestionHighlight
  domainWeight: number
  questionWeight: number
  /** Position of the question in the definition. */
  order: number
}

function answeredCandidates(definition: QuestionnaireDefinition, scores: AssessmentScore): Candidate[] {
  const domainWeights = new Map(definition.domains.map((d) => [d.id, d.weight]))
  return listQuestions(definition).flatMap((question, order) => {
    const result = scores.questions[question.id]
    if (result?.state !== 'answered' || result.level === null) return []
    const level = result.level
    const levelLabel = definition.scale.find((s) => s.value === level)?.label ?? String(level)
    return [
      {
        highlight: { questionId: question.id, domainId: result.domainId, text: question.text, level, levelLabel },
        domainWeight: domainWeights.get(result.domainId) ?? 0,
        questionWeight: question.weight,
        order,
      },
    ]
  })
}

function pickHighlights(
  definition: QuestionnaireDefinition,
  scores: AssessmentScore,
  limit: number,
  direction: 1 | -1,
): QuestionHighlight[] {
  return answeredCandidates(definition, scores)
    .sort(
      (a, b) =>
        direction * (a.highlight.level - b.highlight.level) ||
        b.domainWeight - a.domainWeight ||
        b.questionWeight - a.questionWeight ||
        a.order - b.order,
    )
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.highlight)
}

/**
 * The answered questions with the lowest levels, at most `limit`. Ties go to the heavier domain,
 * then to the heavier question, then to the question that comes first in the definition.
 */
export function findWeakestPoints(
  definition: QuestionnaireDefinition,
  scores: AssessmentScore,
  limit = 5,
): QuestionHighlight[] {
  return pickHighlights(definition, scores, limit, 1)
}

/** The answered questions with the highest levels, at most `limit`, with the same tie rules as findWeakestPoints. */
export function findStrengths(
  definition: QuestionnaireDefinition,
  scores: AssessmentScore,
  limit = 5,
): QuestionHighlight[] {
  return pickHighlights(definition, scores, limit, -1)
}

/**
 * Scores each dimension of the definition from the question results, with the rules of the domain
 * scores: « Je ne sais pas » and unanswered questions count in coverage but not in the mean,
 * hidden, off-path and « Non applicable » questions are left out (so on the essential path a
 * dimension is scored on its core questions), and a dimension is assessable when its
 * coverage reaches MIN_COVERAGE and it has a score.
 */
export function computeDimensionScores(definition: QuestionnaireDefinition, scores: AssessmentScore): DimensionScore[] {
  const { min, max } = scaleBounds(definition)
  const questions = listQuestions(definition)
  return (definition.dimensions ?? []).map((dimension) => {
    const results = questions.flatMap((q) => {
      const result = q.dimension === dimension.id ? scores.questions[q.id] : undefined
      return result ? [result] : []
    })
    const applicable = results.filter(
      (r) => r.state !== 'hidden' && r.state !== 'off-path' && r.state !== 'not-applicable',
    )
    const levelled = results.flatMap((r) =>
      r.state === 'answered' && r.level !== null ? [{ level: r.level, weight: r.weight }] : [],
    )
    const totalWeight = levelled.reduce((sum, r) => sum + r.weight, 0)
    const score = totalWeight > 0 ? levelled.reduce((sum, r) => sum + r.level * r.weight, 0) / totalWeight : null
    const answered = results.filter((r) => r.state === 'answered').length
    const coverage = applicable.length > 0 ? answered / applicable.length : 0
    return {
      dimensionId: dimension.id,
      title: dimension.title,
      answered,
      applicable: applicable.length,
      unknown: results.filter((r) => r.state === 'unknown').length,
      coverage,
      score,
      percent: score === null ? null : max === min ? 100 : ((score - min) / (max - min)) * 100,
      assessable: score !== null && coverage + 1e-9 >= MIN_COVERAGE,
    }
  })
}

/** An assessable domain's score, as the summary names it. */
export interface DomainStanding {
  domainId: string
  title: string
  score: number
}

/**
 * What the summary sentence says: 'none' (no domain assessable yet), 'single' (one domain),
 * 'spread' (the most and the least advanced assessable domains, ties going to the heavier domain,
 * then to the first in the definition).
 */
export type DomainSummary =
  | { kind: 'none'; minCoverage: number }
  | { kind: 'single'; domain: DomainStanding }
  | { kind: 'spread'; strongest: DomainStanding; weakest: DomainStanding }

/** The most and the least advanced assessable domains, for the sentence the results and the report open with. */
export function summariseDomains(definition: QuestionnaireDefinition, scores: AssessmentScore): DomainSummary {
  const titles = new Map(definition.domains.map((d) => [d.id, d.title]))
  const order = definition.domains.map((d) => d.id)
  const assessable = scores.domains
    .filter((d): d is DomainScore & { score: number } => d.assessable && d.score !== null)
    .sort((a, b) => b.weight - a.weight || order.indexOf(a.domainId) - order.indexOf(b.domainId))
  const standing = (d: DomainScore & { score: number }): DomainStanding => ({
    domainId: d.domainId,
    title: titles.get(d.domainId) ?? d.domainId,
    score: d.score,
  })
  const [first] = assessable
  if (!first) return { kind: 'none', minCoverage: MIN_COVERAGE }
  if (assessable.length === 1) return { kind: 'single', domain: standing(first) }
  const strongest = assessable.reduce((best, d) => (d.score > best.score ? d : best), first)
  const weakest = assessable.reduce((worst, d) => (d.score < worst.score ? d : worst), first)
  return { kind: 'spread', strongest: standing(strongest), weakest: standing(weakest) }
}
