/**
 * The funding rule sets of the « ESMS numérique » programme as read from rules/esms-numerique.json:
 * what each rule says, and the reading of the file, which refuses an unknown format or rule.
 */

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

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')

/** Reads one rule; null when its kind is unknown, a field is missing or it does not name its source. */
function parseRule(raw: unknown): Rule | null {
  if (!isObj(raw) || typeof raw.source !== 'string' || raw.source.trim() === '') return null
  const source = raw.source
  switch (raw.kind) {
    case 'min-essms':
      return num(raw.min) && num(raw.minCorsicaOverseas)
        ? { kind: raw.kind, source, min: raw.min, minCorsicaOverseas: raw.minCorsicaOverseas }
        : null
    case 'min-og':
      return num(raw.min) && num(raw.soloAbove)
        ? { kind: raw.kind, source, min: raw.min, soloAbove: raw.soloAbove }
        : null
    case 'max-funded':
      return num(raw.max) ? { kind: raw.kind, source, max: raw.max } : null
    case 'filing-level':
      return num(raw.nationalFrom) ? { kind: raw.kind, source, nationalFrom: raw.nationalFrom } : null
    case 'services-socles':
      return num(raw.minReached) ? { kind: raw.kind, source, minReached: raw.minReached } : null
    case 'dui-segur':
      return typeof raw.question === 'string' && num(raw.referencedFromLevel) && strings(raw.exemptCategories)
        ? {
            kind: raw.kind,
            source,
            question: raw.question,
            referencedFromLevel: raw.referencedFromLevel,
            exemptCategories: raw.exemptCategories,
          }
        : null
    case 'usage-targets':
    case 'finess-present':
      return { kind: raw.kind, source }
    default:
      return null
  }
}

/** Reads the rule file, refusing it (with the reason's code) when its format or a rule is unknown. */
export function parseRuleCatalogue(
  raw: unknown,
): { ok: true; catalogue: RuleCatalogue } | { ok: false; error: RuleCatalogueError } {
  if (!isObj(raw) || raw.format !== 'capsi-funding-rules' || raw.formatVersion !== 1)
    return { ok: false, error: { code: 'format' } }
  if (
    !strings(raw.socleQuestions) ||
    !num(raw.socleReachedLevel) ||
    !Array.isArray(raw.usageIndicators) ||
    !Array.isArray(raw.ruleSets)
  ) {
    return { ok: false, error: { code: 'fields' } }
  }
  const usageIndicators = raw.usageIndicators.filter(
    (i): i is UsageIndicator => isObj(i) && typeof i.id === 'string' && typeof i.label === 'string',
  )
  const ruleSets: RuleSet[] = []
  for (const [index, set] of raw.ruleSets.entries()) {
    if (
      !isObj(set) ||
      typeof set.id !== 'string' ||
      typeof set.label !== 'string' ||
      !num(set.year) ||
      typeof set.source !== 'string' ||
      !Array.isArray(set.rules)
    ) {
      return { ok: false, error: { code: 'rule-set', ruleSet: index } }
    }
    if (set.phase !== 'amorcage' && set.phase !== 'generalisation')
      return { ok: false, error: { code: 'phase', ruleSet: index } }
    const rules = set.rules.map(parseRule)
    const bad = rules.findIndex((r) => r === null)
    if (bad >= 0) return { ok: false, error: { code: 'rule', ruleSet: index, rule: bad } }
    ruleSets.push({
      id: set.id,
      label: set.label,
      phase: set.phase,
      year: set.year,
      source: set.source,
      rules: rules as Rule[],
    })
  }
  return {
    ok: true,
    catalogue: {
      socleQuestions: raw.socleQuestions,
      socleReachedLevel: raw.socleReachedLevel,
      usageIndicators,
      ruleSets,
    },
  }
}
