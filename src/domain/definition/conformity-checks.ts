/** What the questionnaire schema cannot say about a conformity grid: unique ids and codes, known axes, levels on the scale, conditions on the qualification. */
import type { QuestionnaireDefinition } from './definition.ts'
import type { Findings } from './semantic-checks.ts'

/** Checks axes, qualification questions, requirements and security needs. */
export function checkConformity(f: Findings, d: QuestionnaireDefinition, scale: ReadonlySet<number>): void {
  const axes = new Map<string, string>()
  d.axes?.forEach((axis, i) => f.unique(axes, axis.id, `.axes[${i}].id`, 'axis'))
  const qualificationIds = new Map<string, string>()
  const qualification = new Map<string, Set<string>>()
  d.qualification?.forEach((question, i) => {
    const path = `.qualification[${i}]`
    f.unique(qualificationIds, question.id, `${path}.id`, 'qualification')
    const values = new Set<string>()
    question.options.forEach((option, o) => {
      if (values.has(option.value))
        f.add(`${path}.options[${o}].value`, 'duplicate', { what: 'option', value: option.value })
      values.add(option.value)
    })
    if (!qualification.has(question.id)) qualification.set(question.id, values)
  })
  const codes = new Map<string, string>()
  d.requirements?.forEach((req, i) => {
    const path = `.requirements[${i}]`
    f.unique(codes, req.code, `${path}.code`, 'requirement')
    if (!axes.has(req.axis)) f.add(`${path}.axis`, 'unknown-reference', { what: 'axis', value: req.axis })
    f.condition(req.appliesIf, `${path}.appliesIf`, qualification)
    f.onScale(scale, req.defaultTarget, `${path}.defaultTarget`)
    checkLevels(f, req.levels, path, scale)
  })
  const needs = new Map<string, string>()
  d.securityNeeds?.forEach((need, i) => {
    f.unique(needs, need.id, `.securityNeeds[${i}].id`, 'need')
    checkLevels(f, need.levels, `.securityNeeds[${i}]`)
  })
}

/** Each level described once, and on the scale when one is given. */
function checkLevels(
  f: Findings,
  levels: readonly { level: number }[],
  path: string,
  scale?: ReadonlySet<number>,
): void {
  const seen = new Set<number>()
  levels.forEach(({ level }, l) => {
    const at = `${path}.levels[${l}].level`
    if (seen.has(level)) f.add(at, 'level-twice', { limit: level })
    if (scale) f.onScale(scale, level, at)
    seen.add(level)
  })
}
