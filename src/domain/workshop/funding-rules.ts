/**
 * Funding pre-conditions of the « ESMS numérique » programme that the data can check, from
 * versioned rule sets (rules/esms-numerique.json): an aid for the facilitator, never the ARS's
 * decision. Every figure comes from the rule set or from what the facilitator typed, and every
 * rule carries the phase of its rule set and the source it comes from.
 */
import { finessDepartment } from '../assessment/finess'
import type { AssessmentScore } from '../assessment/scoring'

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

/** A usage target typed by the facilitator: the target and the observed value, each optional. */
export interface UsageEntry {
  target: number | null
  observed: number | null
}

export interface GrappeMember {
  structureId: string
  label: string
  finess: string
  organisation: string
  /** The structure's category (STRUCTURE_CATEGORIES): some rules do not apply to some categories. */
  category: string
  /**
   * Scores of the structure's latest maturity assessment on the full path, null when it has none:
   * the rules read facts from answers, whichever path the assessment was scored on.
   */
  scores: AssessmentScore | null
}

export interface Grappe {
  members: GrappeMember[]
  usage: Readonly<Record<string, UsageEntry | undefined>>
}

/** 'not-applicable': the rule does not concern this grouping (e.g. the Ségur referencing for AHI and child protection only). */
export type RuleStatus = 'met' | 'not-met' | 'cannot-tell' | 'not-applicable'

export interface RuleResult {
  kind: RuleKind
  title: string
  /** Phase of the rule set the rule belongs to. */
  phase: FundingPhase
  /** Where the rule comes from. */
  source: string
  status: RuleStatus
  /** The figures the check used, labelled in French. */
  figures: { label: string; value: string }[]
  explanation: string
}

const TITLES: Record<RuleKind, string> = {
  'min-essms': 'Nombre minimal d’ESSMS dans la grappe',
  'min-og': 'Nombre minimal d’organismes gestionnaires',
  'max-funded': 'Nombre maximal de structures financées',
  'filing-level': 'Niveau de dépôt du dossier',
  'services-socles':
    'Mise en conformité d’un DUI existant : services socles intégrés (MSSanté, DMP / Mon espace santé, e-prescription)',
  'dui-segur': 'DUI référencé Ségur « vague 1 » pour chaque structure',
  'usage-targets': 'Cibles d’usage',
  'finess-present': 'Numéro FINESS de chaque structure',
}

/** Whether a FINESS number belongs to Corsica (2A/2B) or an overseas territory (97x, 98x). */
export function isCorsicaOrOverseas(finess: string): boolean {
  const department = finessDepartment(finess.trim().toUpperCase())
  return department === '2A' || department === '2B' || department.startsWith('97') || department.startsWith('98')
}

/** Organisations of a grappe: a structure without an OG counts as its own (an autonomous structure manages itself). */
export function countOrganisations(members: readonly GrappeMember[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const member of members) {
    const key = member.organisation.trim().toLocaleLowerCase('fr') || `autonome:${member.structureId}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** CNSA typology of an OG by its number of ESMS: large ≥ 50, medium 15–49, small < 15. */
export function organisationSize(count: number): 'large' | 'medium' | 'small' {
  return count >= 50 ? 'large' : count >= 15 ? 'medium' : 'small'
}

type Verdict = Omit<RuleResult, 'phase' | 'source'>

function result(
  kind: RuleKind,
  status: RuleStatus,
  figures: [string, string | number][],
  explanation: string,
): Verdict {
  return {
    kind,
    title: TITLES[kind],
    status,
    figures: figures.map(([label, value]) => ({ label, value: String(value) })),
    explanation,
  }
}

function checkMinEssms(rule: Extract<Rule, { kind: 'min-essms' }>, grappe: Grappe): Verdict {
  const n = grappe.members.length
  const lowered = n > 0 && grappe.members.every((m) => isCorsicaOrOverseas(m.finess))
  const min = lowered ? rule.minCorsicaOverseas : rule.min
  const where = lowered ? 'toutes les structures sont en Corse ou outre-mer (seuil abaissé)' : 'seuil général'
  return result(
    'min-essms',
    n >= min ? 'met' : 'not-met',
    [
      ['ESSMS dans la grappe', n],
      ['Minimum', min],
    ],
    n >= min
      ? `${n} ESSMS pour un minimum de ${min} (${where}).`
      : `${n} ESSMS : il en faut au moins ${min} (${where}), soit ${min - n} de plus.`,
  )
}

function checkMinOg(rule: Extract<Rule, { kind: 'min-og' }>, grappe: Grappe): Verdict {
  const counts = countOrganisations(grappe.members)
  const og = counts.size
  const largest = Math.max(0, ...counts.values())
  const solo = og === 1 && largest > rule.soloAbove
  const met = og >= rule.min || solo
  const explanation = solo
    ? `Un seul organisme gestionnaire, mais il compte ${largest} structures (plus de ${rule.soloAbove}) : il peut déposer seul.`
    : met
      ? `${og} organismes gestionnaires pour un minimum de ${rule.min}.`
      : `${og} organisme(s) gestionnaire(s) : il en faut au moins ${rule.min}, sauf un organisme de plus de ${rule.soloAbove} structures qui dépose seul.`
  return result(
    'min-og',
    met ? 'met' : 'not-met',
    [
      ['Organismes gestionnaires', og],
      ['Minimum', rule.min],
      ['Structures du plus grand OG', largest],
    ],
    explanation,
  )
}

function checkMaxFunded(rule: Extract<Rule, { kind: 'max-funded' }>, grappe: Grappe): Verdict {
  const n = grappe.members.length
  return result(
    'max-funded',
    n <= rule.max ? 'met' : 'not-met',
    [
      ['Structures', n],
      ['Maximum financé', rule.max],
    ],
    n <= rule.max
      ? `${n} structures, dans la limite de ${rule.max} financées par projet.`
      : `${n} structures : le financement est limité à ${rule.max} structures par projet ; ${n - rule.max} ne seraient pas financées.`,
  )
}

function checkFiling(rule: Extract<Rule, { kind: 'filing-level' }>, grappe: Grappe): Verdict {
  const n = grappe.members.length
  const national = n >= rule.nationalFrom
  return result(
    'filing-level',
    'met',
    [
      ['ESSMS', n],
      ['Dépôt national à partir de', rule.nationalFrom],
    ],
    national
      ? `${n} ESSMS (${rule.nationalFrom} ou plus) : dépôt à l’appel national.`
      : `${n} ESSMS (moins de ${rule.nationalFrom}) : dépôt à l’appel régional de l’ARS.`,
  )
}

/** Services socles reached by one structure: 'reached', 'not-reached' or 'unknown' when the answers cannot decide. */
export function socleStanding(
  scores: AssessmentScore | null,
  questions: readonly string[],
  reachedLevel: number,
  minReached: number,
): { reached: number; undecided: number; status: 'reached' | 'not-reached' | 'unknown' } {
  if (!scores) return { reached: 0, undecided: questions.length, status: 'unknown' }
  let reached = 0
  let undecided = 0
  for (const id of questions) {
    const q = scores.questions[id]
    if (q?.state === 'answered' && q.level !== null) {
      if (q.level >= reachedLevel) reached++
    } else if (q?.state !== 'not-applicable' && q?.state !== 'hidden') undecided++
  }
  const status = reached >= minReached ? 'reached' : reached + undecided < minReached ? 'not-reached' : 'unknown'
  return { reached, undecided, status }
}

function checkSocles(
  rule: Extract<Rule, { kind: 'services-socles' }>,
  grappe: Grappe,
  catalogue: Pick<RuleCatalogue, 'socleQuestions' | 'socleReachedLevel'>,
): Verdict {
  const standings = grappe.members.map((m) => ({
    member: m,
    ...socleStanding(m.scores, catalogue.socleQuestions, catalogue.socleReachedLevel, rule.minReached),
  }))
  const reached = standings.filter((s) => s.status === 'reached').length
  const notReached = standings.filter((s) => s.status === 'not-reached')
  const unknown = standings.filter((s) => s.status === 'unknown')
  const total = catalogue.socleQuestions.length
  const figures: [string, number][] = [
    ['Structures qui atteignent le seuil', reached],
    ['Structures sous le seuil', notReached.length],
    ['Structures indéterminées', unknown.length],
    ['Seuil par structure', rule.minReached],
  ]
  const rulePhrase = `au moins ${rule.minReached} des ${total} services socles au niveau ${catalogue.socleReachedLevel} ou plus`
  if (grappe.members.length === 0)
    return result('services-socles', 'cannot-tell', figures, 'Aucune structure dans le groupe.')
  if (notReached.length) {
    return result(
      'services-socles',
      'not-met',
      figures,
      `${notReached.length} structure(s) n’atteignent pas ${rulePhrase} : ${notReached.map((s) => s.member.label).join(', ')}.`,
    )
  }
  if (unknown.length) {
    return result(
      'services-socles',
      'cannot-tell',
      figures,
      `Les réponses ne permettent pas de conclure pour ${unknown.length} structure(s) (question non répondue, « Je ne sais pas » ou pas d’évaluation) : ${unknown.map((s) => s.member.label).join(', ')}.`,
    )
  }
  return result('services-socles', 'met', figures, `Chaque structure déclare ${rulePhrase}.`)
}

/** Where one structure stands on the Ségur referencing of its DUI. */
export type SegurStanding = 'exempt' | 'referenced' | 'not-referenced' | 'no-dui' | 'unknown'

/**
 * The Ségur referencing of one structure's DUI, from its answer to the referencing question:
 * 'referenced' from the rule's level, 'not-referenced' below it, 'no-dui' when the question is not
 * asked because the structure has no DUI in service, 'unknown' without an assessment or an answer
 * that decides; 'exempt' for a structure of an exempt category.
 */
export function segurStanding(
  member: GrappeMember,
  rule: Extract<Rule, { kind: 'dui-segur' }>,
  exempt = rule.exemptCategories.includes(member.category),
): SegurStanding {
  if (exempt) return 'exempt'
  const q = member.scores?.questions[rule.question]
  if (!q) return 'unknown'
  if (q.state === 'hidden') return 'no-dui'
  if (q.state !== 'answered' || q.level === null) return 'unknown'
  return q.level >= rule.referencedFromLevel ? 'referenced' : 'not-referenced'
}

function checkDuiSegur(rule: Extract<Rule, { kind: 'dui-segur' }>, grappe: Grappe): Verdict {
  const n = grappe.members.length
  const onlyExempt = n > 0 && grappe.members.every((m) => rule.exemptCategories.includes(m.category))
  const exemptList = rule.exemptCategories.join(', ')
  if (onlyExempt) {
    return result(
      'dui-segur',
      'not-applicable',
      [
        ['Structures', n],
        ['Catégories dispensées', exemptList],
      ],
      `Le groupement ne compte que des structures de l’accueil, de l’hébergement et de l’insertion (AHI) ou de la protection de l’enfance (${exemptList}) : le référencement Ségur « vague 1 » du DUI n’est pas exigé.`,
    )
  }
  // In a mixed grouping every member is checked: the grouping uses one DUI for all its members.
  const standings = grappe.members.map((m) => ({ member: m, standing: segurStanding(m, rule, false) }))
  const of = (s: SegurStanding) => standings.filter((x) => x.standing === s).map((x) => x.member.label)
  const referenced = of('referenced')
  const notReferenced = of('not-referenced')
  const undecided = [...of('no-dui'), ...of('unknown')]
  const figures: [string, number][] = [
    ['Structures au DUI référencé', referenced.length],
    ['Structures au DUI non référencé', notReferenced.length],
    ['Structures indéterminées', undecided.length],
  ]
  if (n === 0) return result('dui-segur', 'cannot-tell', figures, 'Aucune structure dans le groupe.')
  if (notReferenced.length) {
    return result(
      'dui-segur',
      'not-met',
      figures,
      `DUI non référencé Ségur « vague 1 » (réponse sous le niveau ${rule.referencedFromLevel}) pour : ${notReferenced.join(', ')}.`,
    )
  }
  if (undecided.length) {
    const noDui = of('no-dui')
    const detail = noDui.length
      ? ` Sans DUI en service : ${noDui.join(', ')} (la solution choisie par le groupement devra être référencée).`
      : ''
    return result(
      'dui-segur',
      'cannot-tell',
      figures,
      `Les réponses ne permettent pas de conclure pour : ${undecided.join(', ')} (pas d’évaluation, question non répondue ou « Je ne sais pas », ou pas de DUI en service).${detail}`,
    )
  }
  return result(
    'dui-segur',
    'met',
    figures,
    `Chaque structure déclare un DUI dans une version référencée Ségur « vague 1 » (niveau ${rule.referencedFromLevel} ou plus).`,
  )
}

function checkUsage(grappe: Grappe, indicators: readonly UsageIndicator[]): Verdict {
  const entered = indicators.flatMap((indicator) => {
    const entry = grappe.usage[indicator.id]
    return entry && entry.target !== null && Number.isFinite(entry.target)
      ? [{ indicator, target: entry.target, observed: entry.observed }]
      : []
  })
  const figures: [string, string][] = entered.map((e) => [
    e.indicator.label,
    `${e.observed ?? '?'} pour une cible de ${e.target}`,
  ])
  if (entered.length === 0) {
    return result(
      'usage-targets',
      'cannot-tell',
      [],
      'Aucune cible d’usage saisie : impossible de conclure. Saisissez les cibles de l’instruction en vigueur et les valeurs observées.',
    )
  }
  const missing = entered.filter((e) => e.observed === null || !Number.isFinite(e.observed))
  const below = entered.filter((e) => e.observed !== null && e.observed < e.target)
  if (below.length)
    return result(
      'usage-targets',
      'not-met',
      figures,
      `Sous la cible : ${below.map((e) => e.indicator.label).join(', ')}.`,
    )
  if (missing.length)
    return result(
      'usage-targets',
      'cannot-tell',
      figures,
      `Valeur observée manquante : ${missing.map((e) => e.indicator.label).join(', ')}.`,
    )
  return result('usage-targets', 'met', figures, `Les ${entered.length} cible(s) d’usage saisie(s) sont atteintes.`)
}

function checkFinessPresent(grappe: Grappe): Verdict {
  const missing = grappe.members.filter((m) => m.finess.trim().length !== 9)
  const n = grappe.members.length
  return result(
    'finess-present',
    missing.length ? 'not-met' : n ? 'met' : 'cannot-tell',
    [
      ['Structures avec un FINESS', n - missing.length],
      ['Structures', n],
    ],
    missing.length
      ? `FINESS manquant ou incomplet pour : ${missing.map((m) => m.label).join(', ')}.`
      : n
        ? 'Chaque structure a son propre numéro FINESS.'
        : 'Aucune structure dans le groupe.',
  )
}

/**
 * Checks a grappe against a rule set: each rule 'met', 'not-met' or 'cannot-tell', with the
 * figures used and a French explanation. Services socles use the catalogue's question ids and
 * reached level; usage targets use only what the facilitator typed.
 */
export function checkFundingRules(
  ruleSet: RuleSet,
  grappe: Grappe,
  catalogue: Pick<RuleCatalogue, 'socleQuestions' | 'socleReachedLevel' | 'usageIndicators'>,
): RuleResult[] {
  return ruleSet.rules.map((rule) => ({
    ...checkRule(rule, grappe, catalogue),
    phase: ruleSet.phase,
    source: rule.source,
  }))
}

function checkRule(
  rule: Rule,
  grappe: Grappe,
  catalogue: Pick<RuleCatalogue, 'socleQuestions' | 'socleReachedLevel' | 'usageIndicators'>,
): Verdict {
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

/** Reads the rule file, refusing it (with the reason) when its format or a rule is unknown. */
export function parseRuleCatalogue(
  raw: unknown,
): { ok: true; catalogue: RuleCatalogue } | { ok: false; error: string } {
  if (!isObj(raw) || raw.format !== 'capsi-funding-rules' || raw.formatVersion !== 1)
    return { ok: false, error: 'format de fichier de règles inconnu' }
  if (
    !strings(raw.socleQuestions) ||
    !num(raw.socleReachedLevel) ||
    !Array.isArray(raw.usageIndicators) ||
    !Array.isArray(raw.ruleSets)
  ) {
    return { ok: false, error: 'champs obligatoires manquants' }
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
      return { ok: false, error: `.ruleSets[${index}] : ensemble de règles incomplet` }
    }
    if (set.phase !== 'amorcage' && set.phase !== 'generalisation')
      return { ok: false, error: `.ruleSets[${index}].phase : phase inconnue` }
    const rules = set.rules.map(parseRule)
    const bad = rules.findIndex((r) => r === null)
    if (bad >= 0) return { ok: false, error: `.ruleSets[${index}].rules[${bad}] : règle inconnue ou incomplète` }
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
