/**
 * What the questionnaire schema cannot say, checked on a definition the schema accepted: ids unique
 * and known where they are cited, levels on the scale, conditions that parse and cite earlier
 * questions by their answers. Actions and conformity grids: action-checks.ts, conformity-checks.ts.
 */
import { RESERVED_VALUES, type QuestionnaireDefinition } from './definition.ts'
import { ExpressionError, expressionLiterals, parseExpression } from './expression.ts'
import type { IssueParams, ValidationIssue, IssueCode } from './schema-issues.ts'

/** Collects the issues of the checks, each with the path of its field. */
export class Findings {
  readonly issues: ValidationIssue[] = []

  add(path: string, code: IssueCode, params?: IssueParams): void {
    this.issues.push(params ? { path, code, params } : { path, code })
  }

  /** Records a value met at `path`; a second one is a duplicate of the first. */
  unique(seen: Map<string, string>, value: string, path: string, what: string): void {
    const first = seen.get(value)
    if (first) this.add(path, 'duplicate', { what, value, first })
    else seen.set(value, path)
  }

  /** A level that must be on the scale. */
  onScale(scale: ReadonlySet<number>, level: number | undefined, path: string): void {
    if (level !== undefined && !scale.has(level)) this.add(path, 'level-not-in-scale', { limit: level })
  }

  /** Ids that must each name a known item. */
  known(ids: readonly string[] | undefined, known: ReadonlySet<string>, path: string, what: string): void {
    ids?.forEach((id, i) => {
      if (!known.has(id)) this.add(`${path}[${i}]`, 'unknown-reference', { what, value: id })
    })
  }

  /** A condition that parses and compares earlier questions (`known`, with their answers) to their own answers. */
  condition(source: string | undefined, path: string, known: ReadonlyMap<string, ReadonlySet<string>>): void {
    if (source === undefined) return
    try {
      for (const { variable, value } of expressionLiterals(parseExpression(source))) {
        const values = known.get(variable)
        if (!values) this.add(path, 'condition-unknown-question', { value: variable })
        else if (!values.has(value)) this.add(path, 'condition-unknown-value', { field: variable, value })
      }
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error
      this.add(path, 'condition-syntax', {
        problem: error.problem,
        position: error.position,
        ...(error.found === null ? {} : { found: error.found }),
        ...(error.expected === null ? {} : { expected: error.expected }),
      })
    }
  }
}

/** The scale's values, each once. */
export function checkScale(f: Findings, d: QuestionnaireDefinition): Set<number> {
  const values = new Set<number>()
  d.scale.forEach((level, i) => {
    if (values.has(level.value)) f.add(`.scale[${i}].value`, 'level-twice', { limit: level.value })
    values.add(level.value)
  })
  return values
}

/** Dimensions and profile facts: unique ids, and a category never both true and false. */
export function checkDimensionsAndProfile(
  f: Findings,
  d: QuestionnaireDefinition,
): { dimensions: Set<string>; facts: Set<string> } {
  const dimensions = new Map<string, string>()
  d.dimensions?.forEach((dim, i) => f.unique(dimensions, dim.id, `.dimensions[${i}].id`, 'dimension'))
  const facts = new Map<string, string>()
  d.profile?.forEach((fact, i) => {
    f.unique(facts, fact.id, `.profile[${i}].id`, 'fact')
    fact.falseFor.forEach((category, k) => {
      if (fact.trueFor.includes(category))
        f.add(`.profile[${i}].falseFor[${k}]`, 'category-in-both', { value: category })
    })
  })
  return { dimensions: new Set(dimensions.keys()), facts: new Set(facts.keys()) }
}

/** Domains and questions; returns, for every question id, its answer values (options and reserved values). */
export function checkDomains(
  f: Findings,
  d: QuestionnaireDefinition,
  scale: ReadonlySet<number>,
  known: { dimensions: ReadonlySet<string>; facts: ReadonlySet<string> },
): Map<string, Set<string>> {
  const domainIds = new Map<string, string>()
  const questionIds = new Map<string, string>()
  const answers = new Map<string, Set<string>>()
  d.domains.forEach((domain, i) => {
    const path = `.domains[${i}]`
    f.unique(domainIds, domain.id, `${path}.id`, 'domain')
    f.onScale(scale, domain.target, `${path}.target`)
    domain.questions.forEach((question, q) => {
      const qPath = `${path}.questions[${q}]`
      f.unique(questionIds, question.id, `${qPath}.id`, 'question')
      if (question.dimension !== undefined && !known.dimensions.has(question.dimension))
        f.add(`${qPath}.dimension`, 'unknown-reference', { what: 'dimension', value: question.dimension })
      f.condition(question.visibleIf, `${qPath}.visibleIf`, answers)
      f.known(question.requiresProfile, known.facts, `${qPath}.requiresProfile`, 'fact')
      const values = new Set<string>()
      question.options.forEach((option, o) => {
        const oPath = `${qPath}.options[${o}]`
        if (RESERVED_VALUES.includes(option.value)) f.add(`${oPath}.value`, 'reserved-value', { value: option.value })
        else if (values.has(option.value)) f.add(`${oPath}.value`, 'duplicate', { what: 'option', value: option.value })
        values.add(option.value)
        f.onScale(scale, option.level, `${oPath}.level`)
      })
      if (question.allowUnknown) values.add(RESERVED_VALUES[0] ?? '')
      if (question.allowNotApplicable) values.add(RESERVED_VALUES[1] ?? '')
      answers.set(question.id, values)
    })
  })
  return answers
}
