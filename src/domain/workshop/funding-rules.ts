/**
 * Funding pre-conditions of the « ESMS numérique » programme that the data can check, from
 * versioned rule sets (rules/esms-numerique.json): an aid for the facilitator, never the ARS's
 * decision. Every figure comes from the rule set or from what the facilitator typed, and every
 * rule carries the phase of its rule set and the source it comes from.
 */
import type { Grappe, RuleDetail, RuleStatus } from './funding-types'
import type { FundingPhase, Rule, RuleCatalogue, RuleKind, RuleSet } from './funding-catalogue'
import { checkFiling, checkMaxFunded, checkMinEssms, checkMinOg, type Verdict } from './funding-count-rules'
import { checkDuiSegur, checkFinessPresent, checkSocles, checkUsage } from './funding-member-rules'

/** A usage target typed by the facilitator: the target and the observed value, each optional. */
export interface RuleResult {
  kind: RuleKind
  /** Phase of the rule set the rule belongs to. */
  phase: FundingPhase
  /** Where the rule comes from. */
  source: string
  status: RuleStatus
  detail: RuleDetail
}

type CatalogueFacts = Pick<RuleCatalogue, 'socleQuestions' | 'socleReachedLevel' | 'usageIndicators'>

/**
 * Checks a grappe against a rule set: each rule 'met', 'not-met', 'cannot-tell' or
 * 'not-applicable', with the facts it was decided on. Services socles use the catalogue's question
 * ids and reached level; usage targets use only what the facilitator typed.
 */
export function checkFundingRules(ruleSet: RuleSet, grappe: Grappe, catalogue: CatalogueFacts): RuleResult[] {
  return ruleSet.rules.map((rule) => ({
    kind: rule.kind,
    ...checkRule(rule, grappe, catalogue),
    phase: ruleSet.phase,
    source: rule.source,
  }))
}

function checkRule(rule: Rule, grappe: Grappe, catalogue: CatalogueFacts): Verdict {
  switch (rule.kind) {
    case 'min-essms':
      return checkMinEssms(rule, grappe)
    case 'min-og':
      return checkMinOg(rule, grappe)
    case 'max-funded':
      return checkMaxFunded(rule, grappe)
    case 'filing-level':
      return checkFiling(rule, grappe)
    case 'services-socles':
      return checkSocles(rule, grappe, catalogue)
    case 'dui-segur':
      return checkDuiSegur(rule, grappe)
    case 'usage-targets':
      return checkUsage(grappe, catalogue.usageIndicators)
    case 'finess-present':
      return checkFinessPresent(grappe)
  }
}
