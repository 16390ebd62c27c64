/** Types of a questionnaire definition (see questionnaires/questionnaire.schema.json and its README). */

export type QuestionnaireKind = 'maturity' | 'conformity'

export type ActionPhase = 'organisation' | 'cadrage' | 'acquisition' | 'parametrage' | 'deploiement' | 'bilan'

export const ACTION_PHASES: readonly ActionPhase[] = [
  'organisation',
  'cadrage',
  'acquisition',
  'parametrage',
  'deploiement',
  'bilan',
] as const

export type ActionPriority = 1 | 2 | 3

/** Reserved answer values, distinct from every option of the scale. */
export const UNKNOWN_VALUE = 'ne-sait-pas'
export const NOT_APPLICABLE_VALUE = 'non-applicable'
export const RESERVED_VALUES: readonly string[] = [UNKNOWN_VALUE, NOT_APPLICABLE_VALUE]

export interface ScaleLevel {
  value: number
  label: string
  description: string
}

export interface Dimension {
  id: string
  title: string
  description?: string
}

/** A fact about the structure, asked once per structure, that decides which questions apply. */
export interface ProfileFact {
  /** kebab-case, stable */
  id: string
  /** The yes/no question asked about the structure, e.g. « La structure a-t-elle une équipe soignante … ? » */
  text: string
  help: string
  /** Structure categories (names of STRUCTURE_CATEGORIES) for which the fact holds by default. */
  trueFor: string[]
  /** Categories for which it does not hold by default. A category in neither list (« Autre ») has no default: the fact is treated as holding until the user says otherwise. */
  falseFor: string[]
  /** Why a question is left out when the fact does not hold, e.g. « structure sans équipe soignante ». */
  reasonWhenFalse: string
}

export interface QuestionOption {
  value: string
  label: string
  level: number
}

export interface Question {
  id: string
  text: string
  help: string
  weight: number
  dimension?: string
  core?: boolean
  allowUnknown: boolean
  allowNotApplicable: boolean
  visibleIf?: string
  /** Ids of profile facts that must all hold for the question to apply; otherwise it is left out of the questionnaire and of every score, with the fact's reasonWhenFalse shown. */
  requiresProfile?: string[]
  options: QuestionOption[]
}

export interface Domain {
  id: string
  title: string
  description: string
  weight: number
  target?: number
  questions: Question[]
}

export interface ActionTrigger {
  question: string
  below?: number
  /** With `below`: the trigger holds only from this level up (an ambitious step for a structure already advanced). */
  from?: number
  whenUnknown?: boolean
}

export interface ActionDefinition {
  id: string
  title: string
  why: string
  how: string
  phase: ActionPhase
  priority: ActionPriority
  domain?: string
  mutualisable?: boolean
  triggers: ActionTrigger[]
  /** Ids of catalogue actions that must come first: when one of them is in the plan and not done or dropped, this action is placed after it and says « Après : <title> ». */
  requires?: string[]
}

export interface Axis {
  id: string
  title: string
  description: string
}

export interface QualificationQuestion {
  id: string
  text: string
  help: string
  multiple: boolean
  options: { value: string; label: string }[]
}

export interface Requirement {
  code: string
  axis: string
  title: string
  explanation: string
  appliesIf?: string
  appliesWhy?: string
  defaultTarget?: number
  levels: { level: number; description: string }[]
}

export interface SecurityNeed {
  id: string
  title: string
  description: string
  levels: { level: number; label: string; description: string }[]
}

export interface QuestionnaireDefinition {
  $schema?: string
  id: string
  version: string
  kind: QuestionnaireKind
  title: string
  description: string
  scale: ScaleLevel[]
  dimensions?: Dimension[]
  profile?: ProfileFact[]
  domains: Domain[]
  actions?: ActionDefinition[]
  axes?: Axis[]
  qualification?: QualificationQuestion[]
  requirements?: Requirement[]
  securityNeeds?: SecurityNeed[]
}

/** Every question of a definition in page order. */
export function listQuestions(definition: QuestionnaireDefinition): Question[] {
  return definition.domains.flatMap((domain) => domain.questions)
}

/** Lowest and highest values of the definition's scale. */
export function scaleBounds(definition: QuestionnaireDefinition): { min: number; max: number } {
  const values = definition.scale.map((level) => level.value)
  return { min: Math.min(...values), max: Math.max(...values) }
}

/** The scale level whose value is closest below or equal to a (fractional) score. */
export function levelForScore(definition: QuestionnaireDefinition, score: number): ScaleLevel | undefined {
  const sorted = [...definition.scale].sort((a, b) => a.value - b.value)
  let found = sorted[0]
  for (const level of sorted) {
    if (score + 1e-9 >= level.value) found = level
  }
  return found
}
