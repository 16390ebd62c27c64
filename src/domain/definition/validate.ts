/**
 * Validates an untrusted questionnaire definition and lists every error in French with the path of
 * the faulty field. Mirrors questionnaires/questionnaire.schema.json (checked by a unit test) and adds
 * the cross-references a JSON Schema cannot express (unique ids, triggers, conditions).
 */
// With their extension: vite.config.ts imports this file, and Vite's coming loader for its config
// (`configLoader: 'native'`) needs every import's extension.
import { ACTION_PHASES, RESERVED_VALUES, type QuestionnaireDefinition } from './definition.ts'
import { STRUCTURE_CATEGORIES } from '../assessment/assessment.ts'
import { ExpressionError, expressionLiterals, parseExpression } from './expression.ts'
import type { ExpressionExpectation, ExpressionProblem } from './expression-error.ts'

const EXPECTED: Record<ExpressionExpectation, string> = {
  condition: 'une condition',
  'closing-parenthesis': '« ) »',
  operator: 'un opérateur',
  value: 'une valeur entre apostrophes',
  'opening-bracket': '« [ »',
  'closing-bracket': '« ] »',
}

/** The French message of a condition the parser refused. */
function expressionMessage({ problem, found, expected }: ExpressionError): string {
  const messages: Record<ExpressionProblem, string> = {
    'unclosed-brace': 'accolade fermante « } » manquante',
    'bad-question-name': `nom de question invalide « ${found} »`,
    'unclosed-quote': 'guillemet fermant manquant',
    'unexpected-character': `caractère inattendu « ${found} »`,
    'unexpected-token': `élément inattendu « ${found} »`,
    end: `${expected ? EXPECTED[expected] : 'une condition'} attendu à la fin de l’expression`,
    'closing-parenthesis-expected': 'parenthèse fermante « ) » attendue',
    'question-expected': `une question entre accolades était attendue, pas « ${found} »`,
    'unsupported-operator': `opérateur non pris en charge « ${found} »`,
    'value-expected': `valeur entre apostrophes attendue, pas « ${found} »`,
    'list-expected': 'liste entre crochets attendue',
    'comma-or-bracket-expected': 'virgule ou « ] » attendue',
  }
  return messages[problem]
}

export interface ValidationIssue {
  path: string
  message: string
}

export type ValidationResult =
  { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: ValidationIssue[] }

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/
const CODE_PATTERN = /^[A-Z]{1,3}[0-9]{1,3}$/
const MAX_ITEMS = 2000

type Obj = Record<string, unknown>

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

class Checker {
  readonly errors: ValidationIssue[] = []

  fail(path: string, message: string): void {
    if (this.errors.length < 200) this.errors.push({ path: path || '(racine)', message })
  }

  object(value: unknown, path: string, allowed: readonly string[]): value is Obj {
    if (!isObject(value)) {
      this.fail(path, 'un objet est attendu')
      return false
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, `champ inconnu « ${key} »`)
    }
    return true
  }

  string(
    obj: Obj,
    key: string,
    path: string,
    opts: { required?: boolean; min?: number; max: number; pattern?: RegExp; patternHint?: string },
  ): string | undefined {
    const value = obj[key]
    const at = `${path}.${key}`
    if (value === undefined) {
      if (opts.required !== false) this.fail(at, 'champ obligatoire manquant')
      return undefined
    }
    if (typeof value !== 'string') {
      this.fail(at, 'un texte est attendu')
      return undefined
    }
    if (value.length < (opts.min ?? 0))
      this.fail(at, opts.min === 1 ? 'ne doit pas être vide' : `au moins ${opts.min} caractères attendus`)
    if (value.length > opts.max) this.fail(at, `trop long (${value.length} caractères, ${opts.max} au plus)`)
    if (opts.pattern && !opts.pattern.test(value))
      this.fail(at, `format invalide « ${value.slice(0, 60)} » : ${opts.patternHint ?? ''}`.trim())
    return value
  }

  id(obj: Obj, key: string, path: string, required = true): string | undefined {
    return this.string(obj, key, path, {
      required,
      min: 1,
      max: 80,
      pattern: ID_PATTERN,
      patternHint: 'minuscules, chiffres et tirets attendus (ex. « gouv-budget »)',
    })
  }

  number(
    obj: Obj,
    key: string,
    path: string,
    opts: { required?: boolean; integer?: boolean; min: number; max: number; exclusiveMin?: boolean },
  ): number | undefined {
    const value = obj[key]
    const at = `${path}.${key}`
    if (value === undefined) {
      if (opts.required !== false) this.fail(at, 'champ obligatoire manquant')
      return undefined
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(at, 'un nombre est attendu')
      return undefined
    }
    if (opts.integer && !Number.isInteger(value)) this.fail(at, 'un nombre entier est attendu')
    const tooLow = opts.exclusiveMin ? value <= opts.min : value < opts.min
    if (tooLow || value > opts.max) {
      this.fail(
        at,
        `doit être ${opts.exclusiveMin ? 'supérieur à' : 'compris entre'} ${opts.min}${opts.exclusiveMin ? ` et au plus ${opts.max}` : ` et ${opts.max}`}`,
      )
    }
    return value
  }

  boolean(obj: Obj, key: string, path: string, required: boolean): boolean | undefined {
    const value = obj[key]
    if (value === undefined) {
      if (required) this.fail(`${path}.${key}`, 'champ obligatoire manquant (true ou false)')
      return undefined
    }
    if (typeof value !== 'boolean') this.fail(`${path}.${key}`, 'true ou false attendu')
    return value === true
  }

  array(obj: Obj, key: string, path: string, opts: { required?: boolean; min?: number; max?: number }): unknown[] {
    const value = obj[key]
    const at = `${path}.${key}`
    if (value === undefined) {
      if (opts.required !== false) this.fail(at, 'champ obligatoire manquant')
      return []
    }
    if (!Array.isArray(value)) {
      this.fail(at, 'une liste est attendue')
      return []
    }
    if (value.length < (opts.min ?? 0)) this.fail(at, `au moins ${opts.min} élément(s) attendu(s)`)
    const max = opts.max ?? MAX_ITEMS
    if (value.length > max) {
      this.fail(at, `trop d’éléments (${value.length}, ${max} au plus)`)
      return value.slice(0, max)
    }
    return value
  }

  unique(seen: Map<string, string>, value: string | undefined, path: string, what: string): void {
    if (value === undefined) return
    const first = seen.get(value)
    if (first) this.fail(path, `${what} « ${value} » déjà utilisé (${first})`)
    else seen.set(value, path)
  }

  condition(source: string | undefined, path: string, known: Map<string, Set<string>>, allowed?: Set<string>): void {
    if (source === undefined) return
    try {
      const expr = parseExpression(source)
      for (const { variable, value } of expressionLiterals(expr)) {
        const values = known.get(variable)
        if (!values || (allowed && !allowed.has(variable))) {
          this.fail(path, `la condition cite « ${variable} », qui n’est pas une question précédente`)
        } else if (!values.has(value)) {
          this.fail(path, `la condition compare « ${variable} » à « ${value} », qui n’est pas une de ses réponses`)
        }
      }
    } catch (error) {
      if (error instanceof ExpressionError)
        this.fail(path, `condition invalide : ${expressionMessage(error)} (position ${error.position})`)
      else throw error
    }
  }
}

const TOP_KEYS = [
  '$schema',
  'id',
  'version',
  'kind',
  'title',
  'description',
  'scale',
  'dimensions',
  'profile',
  'domains',
  'actions',
  'axes',
  'qualification',
  'requirements',
  'securityNeeds',
] as const

/**
 * Validates a parsed JSON value as a questionnaire definition.
 * @param expectedId when given (file name without extension), the definition's id must equal it.
 */
export function validateDefinition(input: unknown, expectedId?: string): ValidationResult {
  const c = new Checker()
  if (!c.object(input, '', TOP_KEYS)) return { ok: false, errors: c.errors }
  const id = c.id(input, 'id', '')
  if (expectedId !== undefined && id !== undefined && id !== expectedId) {
    c.fail('.id', `l’identifiant « ${id} » doit être égal au nom du fichier « ${expectedId} »`)
  }
  c.string(input, 'version', '', {
    min: 1,
    max: 40,
    pattern: SEMVER_PATTERN,
    patternHint: 'version attendue sous la forme 1.0.0',
  })
  const kind = input.kind
  if (kind !== 'maturity' && kind !== 'conformity') c.fail('.kind', '« maturity » ou « conformity » attendu')
  c.string(input, 'title', '', { min: 1, max: 200 })
  c.string(input, 'description', '', { max: 4000 })
  if (input.$schema !== undefined && typeof input.$schema !== 'string') c.fail('.$schema', 'un texte est attendu')

  const scaleValues = checkScale(c, input)
  const dimensionIds = checkDimensions(c, input)
  const factIds = checkProfile(c, input)
  const questionValues = checkDomains(c, input, scaleValues, dimensionIds, factIds, kind === 'maturity')
  checkActions(c, input, questionValues, scaleValues)
  checkConformity(c, input, scaleValues, kind === 'conformity')

  return c.errors.length === 0
    ? { ok: true, definition: input as unknown as QuestionnaireDefinition }
    : { ok: false, errors: c.errors }
}

function checkScale(c: Checker, input: Obj): Set<number> {
  const values = new Set<number>()
  c.array(input, 'scale', '', { min: 2, max: 10 }).forEach((level, i) => {
    const path = `.scale[${i}]`
    if (!c.object(level, path, ['value', 'label', 'description'])) return
    const value = c.number(level, 'value', path, { integer: true, min: 0, max: 10 })
    if (value !== undefined) {
      if (values.has(value)) c.fail(`${path}.value`, `le niveau ${value} est défini deux fois`)
      values.add(value)
    }
    c.string(level, 'label', path, { min: 1, max: 80 })
    c.string(level, 'description', path, { min: 1, max: 600 })
  })
  return values
}

function checkDimensions(c: Checker, input: Obj): Set<string> {
  const seen = new Map<string, string>()
  c.array(input, 'dimensions', '', { required: false, max: 50 }).forEach((dim, i) => {
    const path = `.dimensions[${i}]`
    if (!c.object(dim, path, ['id', 'title', 'description'])) return
    c.unique(seen, c.id(dim, 'id', path), `${path}.id`, 'identifiant de dimension')
    c.string(dim, 'title', path, { min: 1, max: 200 })
    c.string(dim, 'description', path, { required: false, max: 1000 })
  })
  return new Set(seen.keys())
}

/** Checks the profile facts (ids unique, known categories, none in both lists); returns their ids. */
function checkProfile(c: Checker, input: Obj): Set<string> {
  const seen = new Map<string, string>()
  const categories: readonly string[] = STRUCTURE_CATEGORIES
  c.array(input, 'profile', '', { required: false, max: 50 }).forEach((fact, i) => {
    const path = `.profile[${i}]`
    if (!c.object(fact, path, ['id', 'text', 'help', 'trueFor', 'falseFor', 'reasonWhenFalse'])) return
    c.unique(seen, c.id(fact, 'id', path), `${path}.id`, 'identifiant de fait de profil')
    c.string(fact, 'text', path, { min: 1, max: 500 })
    c.string(fact, 'help', path, { min: 1, max: 1000 })
    c.string(fact, 'reasonWhenFalse', path, { min: 1, max: 200 })
    const lists = { trueFor: new Set<string>(), falseFor: new Set<string>() }
    for (const key of ['trueFor', 'falseFor'] as const) {
      c.array(fact, key, path, { max: categories.length }).forEach((category, k) => {
        const at = `${path}.${key}[${k}]`
        if (typeof category !== 'string') c.fail(at, 'un texte est attendu')
        else if (!categories.includes(category))
          c.fail(at, `catégorie de structure inconnue « ${category.slice(0, 60)} »`)
        else if (lists[key].has(category)) c.fail(at, `catégorie « ${category} » citée deux fois`)
        else if (key === 'falseFor' && lists.trueFor.has(category))
          c.fail(at, `la catégorie « ${category} » est à la fois dans trueFor et dans falseFor`)
        else lists[key].add(category)
      })
    }
  })
  return new Set(seen.keys())
}

/** Checks a list of ids that must each name a known item, without repeats. */
function checkIdList(c: Checker, owner: Obj, key: string, path: string, known: Set<string>, unknown: string): string[] {
  const ids: string[] = []
  c.array(owner, key, path, { required: false, min: 1, max: 50 }).forEach((value, i) => {
    const at = `${path}.${key}[${i}]`
    if (typeof value !== 'string' || !ID_PATTERN.test(value))
      c.fail(at, 'identifiant attendu (minuscules, chiffres et tirets)')
    else if (!known.has(value)) c.fail(at, `${unknown} « ${value} »`)
    else if (ids.includes(value)) c.fail(at, `« ${value} » est cité deux fois`)
    else ids.push(value)
  })
  return ids
}

/** Returns, for every question id, the set of its answer values (options and reserved values). */
function checkDomains(
  c: Checker,
  input: Obj,
  scale: Set<number>,
  dimensions: Set<string>,
  facts: Set<string>,
  required: boolean,
): Map<string, Set<string>> {
  const domainIds = new Map<string, string>()
  const questionIds = new Map<string, string>()
  const answerValues = new Map<string, Set<string>>()
  const domains = c.array(input, 'domains', '', { min: required ? 1 : 0, max: 100 })
  domains.forEach((domain, d) => {
    const path = `.domains[${d}]`
    if (!c.object(domain, path, ['id', 'title', 'description', 'weight', 'target', 'questions'])) return
    c.unique(domainIds, c.id(domain, 'id', path), `${path}.id`, 'identifiant de domaine')
    c.string(domain, 'title', path, { min: 1, max: 200 })
    c.string(domain, 'description', path, { max: 2000 })
    c.number(domain, 'weight', path, { min: 0, max: 100, exclusiveMin: true })
    const target = c.number(domain, 'target', path, { required: false, integer: true, min: 0, max: 10 })
    if (target !== undefined && !scale.has(target))
      c.fail(`${path}.target`, `le niveau ${target} n’existe pas dans l’échelle`)
    c.array(domain, 'questions', path, { min: 1, max: 500 }).forEach((question, q) => {
      const qPath = `${path}.questions[${q}]`
      const allowed = [
        'id',
        'text',
        'help',
        'weight',
        'dimension',
        'core',
        'allowUnknown',
        'allowNotApplicable',
        'visibleIf',
        'requiresProfile',
        'options',
      ]
      if (!c.object(question, qPath, allowed)) return
      const id = c.id(question, 'id', qPath)
      c.unique(questionIds, id, `${qPath}.id`, 'identifiant de question')
      c.string(question, 'text', qPath, { min: 1, max: 500 })
      c.string(question, 'help', qPath, { min: 1, max: 2000 })
      c.number(question, 'weight', qPath, { min: 0, max: 100, exclusiveMin: true })
      const dimension = c.id(question, 'dimension', qPath, false)
      if (dimension !== undefined && !dimensions.has(dimension))
        c.fail(`${qPath}.dimension`, `dimension inconnue « ${dimension} »`)
      c.boolean(question, 'core', qPath, false)
      const unknown = c.boolean(question, 'allowUnknown', qPath, true)
      const na = c.boolean(question, 'allowNotApplicable', qPath, true)
      const visibleIf = c.string(question, 'visibleIf', qPath, { required: false, min: 1, max: 1000 })
      c.condition(visibleIf, `${qPath}.visibleIf`, answerValues)
      checkIdList(c, question, 'requiresProfile', qPath, facts, 'fait de profil inconnu')
      const values = new Set<string>()
      c.array(question, 'options', qPath, { min: 2, max: 10 }).forEach((option, o) => {
        const oPath = `${qPath}.options[${o}]`
        if (!c.object(option, oPath, ['value', 'label', 'level'])) return
        const value = c.id(option, 'value', oPath)
        if (value !== undefined) {
          if (RESERVED_VALUES.includes(value)) c.fail(`${oPath}.value`, `« ${value} » est une valeur réservée`)
          else if (values.has(value)) c.fail(`${oPath}.value`, `valeur « ${value} » en double dans la question`)
          values.add(value)
        }
        c.string(option, 'label', oPath, { min: 1, max: 500 })
        const level = c.number(option, 'level', oPath, { integer: true, min: 0, max: 10 })
        if (level !== undefined && !scale.has(level))
          c.fail(`${oPath}.level`, `le niveau ${level} n’existe pas dans l’échelle`)
      })
      if (unknown) values.add(RESERVED_VALUES[0] ?? '')
      if (na) values.add(RESERVED_VALUES[1] ?? '')
      if (id !== undefined) answerValues.set(id, values)
    })
  })
  return answerValues
}

function checkActions(c: Checker, input: Obj, questions: Map<string, Set<string>>, scale: Set<number>): void {
  const seen = new Map<string, string>()
  const domainIds = new Set(
    (Array.isArray(input.domains) ? input.domains : []).flatMap((d) =>
      isObject(d) && typeof d.id === 'string' ? [d.id] : [],
    ),
  )
  const actions = c.array(input, 'actions', '', { required: false })
  const actionIds = new Set(actions.flatMap((a) => (isObject(a) && typeof a.id === 'string' ? [a.id] : [])))
  const requires = new Map<string, { path: string; ids: string[] }>()
  actions.forEach((action, a) => {
    const path = `.actions[${a}]`
    const allowed = ['id', 'title', 'why', 'how', 'phase', 'priority', 'domain', 'mutualisable', 'triggers', 'requires']
    if (!c.object(action, path, allowed)) return
    c.unique(seen, c.id(action, 'id', path), `${path}.id`, 'identifiant d’action')
    c.string(action, 'title', path, { min: 1, max: 300 })
    c.string(action, 'why', path, { min: 1, max: 2000 })
    c.string(action, 'how', path, { min: 1, max: 3000 })
    if (!ACTION_PHASES.includes(action.phase as never))
      c.fail(`${path}.phase`, `phase inconnue ; attendu : ${ACTION_PHASES.join(', ')}`)
    if (action.priority !== 1 && action.priority !== 2 && action.priority !== 3)
      c.fail(`${path}.priority`, 'priorité 1, 2 ou 3 attendue')
    const domain = c.id(action, 'domain', path, false)
    if (domain !== undefined && !domainIds.has(domain)) c.fail(`${path}.domain`, `domaine inconnu « ${domain} »`)
    c.boolean(action, 'mutualisable', path, false)
    c.array(action, 'triggers', path, { min: 1, max: 50 }).forEach((trigger, t) => {
      const tPath = `${path}.triggers[${t}]`
      if (!c.object(trigger, tPath, ['question', 'below', 'from', 'whenUnknown'])) return
      const question = c.id(trigger, 'question', tPath)
      if (question !== undefined && !questions.has(question))
        c.fail(`${tPath}.question`, `question inconnue « ${question} »`)
      const below = c.number(trigger, 'below', tPath, { required: false, integer: true, min: 1, max: 10 })
      if (below !== undefined && ![...scale].some((v) => v < below))
        c.fail(`${tPath}.below`, `aucun niveau de l’échelle n’est inférieur à ${below}`)
      const from = c.number(trigger, 'from', tPath, { required: false, integer: true, min: 0, max: 10 })
      if (from !== undefined && below === undefined) c.fail(`${tPath}.from`, '« from » ne s’emploie qu’avec « below »')
      else if (from !== undefined && below !== undefined && ![...scale].some((v) => v >= from && v < below))
        c.fail(`${tPath}.from`, `aucun niveau de l’échelle n’est à la fois au moins ${from} et inférieur à ${below}`)
      const whenUnknown = c.boolean(trigger, 'whenUnknown', tPath, false)
      if (below === undefined && !whenUnknown) c.fail(tPath, 'indiquez « below » ou « whenUnknown »')
    })
    const ids = checkIdList(c, action, 'requires', path, actionIds, 'action inconnue')
    if (typeof action.id === 'string') {
      if (ids.includes(action.id))
        c.fail(`${path}.requires`, `l’action « ${action.id} » ne peut pas être son propre prérequis`)
      if (!requires.has(action.id)) requires.set(action.id, { path, ids: ids.filter((id) => id !== action.id) })
    }
  })
  checkRequiresCycles(c, requires)
}

/** Refuses prerequisite cycles (a → b → a), once per cycle, at the first action met on it. */
function checkRequiresCycles(c: Checker, graph: Map<string, { path: string; ids: string[] }>): void {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (id: string): void => {
    state.set(id, 'visiting')
    stack.push(id)
    for (const next of graph.get(id)?.ids ?? []) {
      const seen = state.get(next)
      if (seen === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next]
        c.fail(`${graph.get(next)?.path ?? ''}.requires`, `cycle de prérequis : ${cycle.join(' → ')}`)
      } else if (seen === undefined) visit(next)
    }
    stack.pop()
    state.set(id, 'done')
  }
  for (const id of graph.keys()) if (!state.has(id)) visit(id)
}

function checkConformity(c: Checker, input: Obj, scale: Set<number>, required: boolean): void {
  const axisIds = new Map<string, string>()
  c.array(input, 'axes', '', { required, min: required ? 1 : 0, max: 50 }).forEach((axis, i) => {
    const path = `.axes[${i}]`
    if (!c.object(axis, path, ['id', 'title', 'description'])) return
    c.unique(axisIds, c.id(axis, 'id', path), `${path}.id`, 'identifiant d’axe')
    c.string(axis, 'title', path, { min: 1, max: 200 })
    c.string(axis, 'description', path, { max: 2000 })
  })
  const qualification = new Map<string, Set<string>>()
  c.array(input, 'qualification', '', { required: false, max: 50 }).forEach((question, i) => {
    const path = `.qualification[${i}]`
    if (!c.object(question, path, ['id', 'text', 'help', 'multiple', 'options'])) return
    const id = c.id(question, 'id', path)
    if (id !== undefined && qualification.has(id)) c.fail(`${path}.id`, `identifiant « ${id} » déjà utilisé`)
    c.string(question, 'text', path, { min: 1, max: 500 })
    c.string(question, 'help', path, { max: 2000 })
    c.boolean(question, 'multiple', path, true)
    const values = new Set<string>()
    c.array(question, 'options', path, { min: 2, max: 30 }).forEach((option, o) => {
      const oPath = `${path}.options[${o}]`
      if (!c.object(option, oPath, ['value', 'label'])) return
      const value = c.id(option, 'value', oPath)
      if (value !== undefined) {
        if (values.has(value)) c.fail(`${oPath}.value`, `valeur « ${value} » en double`)
        values.add(value)
      }
      c.string(option, 'label', oPath, { min: 1, max: 300 })
    })
    if (id !== undefined) qualification.set(id, values)
  })
  const codes = new Map<string, string>()
  c.array(input, 'requirements', '', { required, min: required ? 1 : 0, max: 500 }).forEach((req, i) => {
    const path = `.requirements[${i}]`
    if (
      !c.object(req, path, [
        'code',
        'axis',
        'title',
        'explanation',
        'appliesIf',
        'appliesWhy',
        'defaultTarget',
        'levels',
      ])
    )
      return
    const code = c.string(req, 'code', path, {
      min: 1,
      max: 8,
      pattern: CODE_PATTERN,
      patternHint: 'une à trois majuscules suivies de chiffres (ex. U10)',
    })
    c.unique(codes, code, `${path}.code`, 'code d’exigence')
    const axis = c.id(req, 'axis', path)
    if (axis !== undefined && !axisIds.has(axis)) c.fail(`${path}.axis`, `axe inconnu « ${axis} »`)
    c.string(req, 'title', path, { min: 1, max: 300 })
    c.string(req, 'explanation', path, { min: 1, max: 3000 })
    c.condition(
      c.string(req, 'appliesIf', path, { required: false, min: 1, max: 1000 }),
      `${path}.appliesIf`,
      qualification,
    )
    c.string(req, 'appliesWhy', path, { required: false, max: 500 })
    const target = c.number(req, 'defaultTarget', path, { required: false, integer: true, min: 0, max: 10 })
    if (target !== undefined && !scale.has(target))
      c.fail(`${path}.defaultTarget`, `le niveau ${target} n’existe pas dans l’échelle`)
    checkLevels(c, req, path, scale, false)
  })
  const needs = new Map<string, string>()
  c.array(input, 'securityNeeds', '', { required: false, max: 20 }).forEach((need, i) => {
    const path = `.securityNeeds[${i}]`
    if (!c.object(need, path, ['id', 'title', 'description', 'levels'])) return
    c.unique(needs, c.id(need, 'id', path), `${path}.id`, 'identifiant de besoin')
    c.string(need, 'title', path, { min: 1, max: 200 })
    c.string(need, 'description', path, { max: 2000 })
    checkLevels(c, need, path, undefined, true)
  })
}

function checkLevels(c: Checker, owner: Obj, path: string, scale: Set<number> | undefined, withLabel: boolean): void {
  const seen = new Set<number>()
  c.array(owner, 'levels', path, { min: 2, max: 10 }).forEach((level, l) => {
    const lPath = `${path}.levels[${l}]`
    if (!c.object(level, lPath, withLabel ? ['level', 'label', 'description'] : ['level', 'description'])) return
    const value = c.number(level, 'level', lPath, { integer: true, min: 0, max: 10 })
    if (value !== undefined) {
      if (seen.has(value)) c.fail(`${lPath}.level`, `le niveau ${value} est décrit deux fois`)
      if (scale && !scale.has(value)) c.fail(`${lPath}.level`, `le niveau ${value} n’existe pas dans l’échelle`)
      seen.add(value)
    }
    if (withLabel) c.string(level, 'label', lPath, { min: 1, max: 80 })
    c.string(level, 'description', lPath, { min: 1, max: 600 })
  })
}

/** One French sentence per error, e.g. « .domains[0].questions[2].help : champ obligatoire manquant ». */
export function formatValidationErrors(errors: readonly ValidationIssue[]): string[] {
  return errors.map((error) => `${error.path} : ${error.message}`)
}
