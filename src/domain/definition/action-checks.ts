/** What the questionnaire schema cannot say about actions: known questions and actions, triggers on the scale, no prerequisite cycle. */
import type { QuestionnaireDefinition } from './definition.ts'
import type { Findings } from './semantic-checks.ts'

/** Checks the action catalogue against the questions (with their answers) and the scale. */
export function checkActions(
  f: Findings,
  d: QuestionnaireDefinition,
  questions: ReadonlyMap<string, unknown>,
  scale: ReadonlySet<number>,
): void {
  const seen = new Map<string, string>()
  const domainIds = new Set(d.domains.map((domain) => domain.id))
  const actions = d.actions ?? []
  const actionIds = new Set(actions.map((a) => a.id))
  const requires = new Map<string, { path: string; ids: string[] }>()
  actions.forEach((action, a) => {
    const path = `.actions[${a}]`
    f.unique(seen, action.id, `${path}.id`, 'action')
    if (action.domain !== undefined && !domainIds.has(action.domain))
      f.add(`${path}.domain`, 'unknown-reference', { what: 'domain', value: action.domain })
    action.triggers.forEach((trigger, t) => {
      const tPath = `${path}.triggers[${t}]`
      if (!questions.has(trigger.question))
        f.add(`${tPath}.question`, 'unknown-reference', { what: 'question', value: trigger.question })
      const { below, from } = trigger
      if (below !== undefined && ![...scale].some((v) => v < below))
        f.add(`${tPath}.below`, 'no-level-below', { below })
      if (from !== undefined && below !== undefined && ![...scale].some((v) => v >= from && v < below))
        f.add(`${tPath}.from`, 'no-level-between', { from, below })
      if (below === undefined && trigger.whenUnknown !== true) f.add(tPath, 'trigger-needs-below-or-unknown')
    })
    f.known(action.requires, actionIds, `${path}.requires`, 'action')
    const ids = action.requires ?? []
    if (ids.includes(action.id)) f.add(`${path}.requires`, 'self-prerequisite', { value: action.id })
    if (!requires.has(action.id)) requires.set(action.id, { path, ids: ids.filter((id) => id !== action.id) })
  })
  checkRequiresCycles(f, requires)
}

/** Refuses prerequisite cycles (a → b → a), once per cycle, at the first action met on it. */
function checkRequiresCycles(f: Findings, graph: Map<string, { path: string; ids: string[] }>): void {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (id: string): void => {
    state.set(id, 'visiting')
    stack.push(id)
    for (const next of graph.get(id)?.ids ?? []) {
      const seen = state.get(next)
      if (seen === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next]
        f.add(`${graph.get(next)?.path ?? ''}.requires`, 'prerequisite-cycle', { cycle })
      } else if (seen === undefined && graph.has(next)) visit(next)
    }
    stack.pop()
    state.set(id, 'done')
  }
  for (const id of graph.keys()) if (!state.has(id)) visit(id)
}
