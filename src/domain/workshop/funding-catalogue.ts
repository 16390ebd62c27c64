/**
 * The funding rule sets of the « ESMS numérique » programme as read from rules/esms-numerique.json:
 * what each rule says, and the reading of the file, which refuses an unknown format or rule.
 */
import validateRules from './generated/funding-rules-validator.js'

export type RuleKind =
  | 'min-essms'
  | 'min-og'
  | 'max-funded'
  | 'filing-level'
  | 'services-socles'
  | 'dui-segur'
  | 'usage-targets'
  | 'finess-present'

/** What every rule says of itself: the text it comes from (a programme document, an instruction, a public page). */
interface RuleSource {
  source: string
}

export type Rule = RuleSource &
  (
    | { kind: 'min-essms'; min: number; minCorsicaOverseas: number }
    | { kind: 'min-og'; min: number; soloAbove: number }
    | { kind: 'max-funded'; max: number }
    | { kind: 'filing-level'; nationalFrom: number }
    | { kind: 'services-socles'; minReached: number }
    /**
     * A DUI référencé Ségur « vague 1 » for each structure, read from the answer to `question`
     * (referenced from `referencedFromLevel`); not required of a grouping made only of structures
     * of `exemptCategories` (AHI and child protection).
     */
    | { kind: 'dui-segur'; question: string; referencedFromLevel: number; exemptCategories: string[] }
    | { kind: 'usage-targets' }
    | { kind: 'finess-present' }
  )

export type FundingPhase = 'amorcage' | 'generalisation'

export interface RuleSet {
  id: string
  label: string
  phase: FundingPhase
  year: number
  source: string
  rules: Rule[]
}

export interface UsageIndicator {
  id: string
  label: string
}

export interface RuleCatalogue {
  /** Question ids of the services socles MSSanté, DMP / Mon espace santé, e-prescription. */
  socleQuestions: string[]
  /** Level from which a service socle counts as reached. */
  socleReachedLevel: number
  usageIndicators: UsageIndicator[]
  ruleSets: RuleSet[]
}

/**
 * Why a rule file is refused: 'format' (not a rule file of a known version), 'fields' (a required
 * field missing), 'rule-set' (an incomplete rule set), 'phase' (an unknown phase), 'rule' (an unknown
 * or incomplete rule); `ruleSet` and `rule` are the 0-based positions in the file.
 */
export type RuleCatalogueError =
  | { code: 'format' | 'fields' }
  | { code: 'rule-set' | 'phase'; ruleSet: number }
  | { code: 'rule'; ruleSet: number; rule: number }

/** Where the first fault of a rule file lies, as the reason's code and the positions in the file. */
function errorOf(pointer: string): RuleCatalogueError {
  const [, top, set, field, rule] = pointer.split('/')
  if (top === 'format' || top === 'formatVersion' || top === undefined) return { code: 'format' }
  if (top !== 'ruleSets' || set === undefined) return { code: 'fields' }
  const ruleSet = Number(set)
  if (field === 'rules' && rule !== undefined) return { code: 'rule', ruleSet, rule: Number(rule) }
  if (field === 'phase') return { code: 'phase', ruleSet }
  return { code: 'rule-set', ruleSet }
}

/**
 * Reads the rule file, checked against rules/funding-rules.schema.json (by the validator generated
 * from it, `npm run generate`), refusing it with the reason's code when its format or a rule is unknown.
 */
export function parseRuleCatalogue(
  raw: unknown,
): { ok: true; catalogue: RuleCatalogue } | { ok: false; error: RuleCatalogueError } {
  if (!validateRules(raw)) {
    const first = validateRules.errors?.[0]
    const missing = first?.keyword === 'required' ? `/${String(first.params.missingProperty)}` : ''
    return { ok: false, error: errorOf(`${first?.instancePath ?? ''}${missing}`) }
  }
  const { socleQuestions, socleReachedLevel, usageIndicators, ruleSets } = raw as RuleCatalogue
  return { ok: true, catalogue: { socleQuestions, socleReachedLevel, usageIndicators, ruleSets } }
}
