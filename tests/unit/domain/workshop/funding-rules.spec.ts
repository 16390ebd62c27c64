import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checkFundingRules,
  countOrganisations,
  isCorsicaOrOverseas,
  organisationSize,
  parseRuleCatalogue,
  type Grappe,
  type GrappeMember,
  type Rule,
  type RuleCatalogue,
  type RuleSet,
} from '@/domain/workshop'
import type { AssessmentScore, QuestionResult } from '@/domain/assessment/scoring'
import { listQuestions, type QuestionnaireDefinition } from '@/domain/definition/definition'
import { STRUCTURE_CATEGORIES } from '@/domain/assessment/assessment'
import { describeRuleCatalogueError, describeRuleResult } from '@/i18n/fr-funding'

const catalogue: RuleCatalogue = {
  socleQuestions: ['socle-mssante-usage', 'socle-dmp-alimentation', 'socle-eprescription'],
  socleReachedLevel: 3,
  usageIndicators: [
    { id: 'mss', label: 'Messages MSSanté' },
    { id: 'dmp', label: 'Documents DMP' },
  ],
  ruleSets: [],
}

/** A rule as written in a test, without its source (added by ruleSet). */
type RuleWithoutSource = Rule extends infer R ? (R extends unknown ? Omit<R, 'source'> : never) : never

function ruleSet(...rules: RuleWithoutSource[]): RuleSet {
  return {
    id: 'test',
    label: 'Test',
    phase: 'amorcage',
    year: 2020,
    source: 'test',
    rules: rules.map((r) => ({ ...r, source: 'test' }) as Rule),
  }
}

function scoresWith(levels: Record<string, number | 'unknown' | 'hidden'>): AssessmentScore {
  const questions: Record<string, QuestionResult> = {}
  for (const [id, level] of Object.entries(levels)) {
    questions[id] = {
      questionId: id,
      domainId: 'services-socles',
      weight: 1,
      state: typeof level === 'number' ? 'answered' : level,
      level: typeof level === 'number' ? level : null,
    }
  }
  return {
    path: 'full',
    score: null,
    percent: null,
    answered: 0,
    applicable: 0,
    unknown: 0,
    coverage: 0,
    domains: [],
    questions,
  }
}

function members(
  n: number,
  overrides: Partial<GrappeMember> | ((i: number) => Partial<GrappeMember>) = {},
): GrappeMember[] {
  return Array.from({ length: n }, (_, i) => ({
    structureId: `s${i}`,
    label: `Structure ${i}`,
    finess: '750712184',
    organisation: `OG ${i % 3}`,
    category: 'EHPAD',
    scores: null,
    ...(typeof overrides === 'function' ? overrides(i) : overrides),
  }))
}

function check(rule: RuleWithoutSource, grappe: Partial<Grappe> & Pick<Grappe, 'members'>) {
  const [result] = checkFundingRules(ruleSet(rule), { usage: {}, ...grappe }, catalogue)
  return result && { ...result, ...describeRuleResult(result) }
}

describe('minimum ESSMS', () => {
  const rule: RuleWithoutSource = { kind: 'min-essms', min: 15, minCorsicaOverseas: 8 }
  it.each([
    [14, 'not-met'],
    [15, 'met'],
    [16, 'met'],
  ])('%i ESSMS on the mainland: %s', (n, status) => {
    expect(check(rule, { members: members(n) })?.status).toBe(status)
  })
  it.each([
    [7, 'not-met'],
    [8, 'met'],
    [9, 'met'],
  ])('%i ESSMS all in Corsica or overseas: %s', (n, status) => {
    expect(check(rule, { members: members(n, (i) => ({ finess: i % 2 ? '2A0001234' : '970000000' })) })?.status).toBe(
      status,
    )
  })
  it('keeps the general threshold when only part of the grappe is overseas', () => {
    const result = check(rule, { members: members(8, (i) => ({ finess: i === 0 ? '750712184' : '971000000' })) })
    expect(result?.status).toBe('not-met')
    expect(result?.figures).toContainEqual({ label: 'Minimum', value: '15' })
  })
})

describe('minimum OG', () => {
  const rule: RuleWithoutSource = { kind: 'min-og', min: 3, soloAbove: 15 }
  it.each([
    [2, 'not-met'],
    [3, 'met'],
    [4, 'met'],
  ])('%i organisations: %s', (og, status) => {
    expect(check(rule, { members: members(8, (i) => ({ organisation: `OG ${i % og}` })) })?.status).toBe(status)
  })
  it.each([
    [15, 'not-met'],
    [16, 'met'],
    [17, 'met'],
  ])('a single OG of %i structures: %s', (n, status) => {
    expect(check(rule, { members: members(n, { organisation: 'Association unique' }) })?.status).toBe(status)
  })
  it('counts each structure without an OG as its own organisation, ignoring case', () => {
    const counts = countOrganisations(members(4, (i) => ({ organisation: ['Asso', 'ASSO ', '', ''][i] ?? '' })))
    expect(counts.size).toBe(3)
  })
})

describe('maximum structures funded', () => {
  const rule: RuleWithoutSource = { kind: 'max-funded', max: 30 }
  it.each([
    [29, 'met'],
    [30, 'met'],
    [31, 'not-met'],
  ])('%i structures: %s', (n, status) => {
    expect(check(rule, { members: members(n) })?.status).toBe(status)
  })
})

describe('filing level', () => {
  const rule: RuleWithoutSource = { kind: 'filing-level', nationalFrom: 50 }
  it.each([
    [49, 'régional'],
    [50, 'national'],
    [51, 'national'],
  ])('%i ESSMS: %s call', (n, level) => {
    const result = check(rule, { members: members(n) })
    expect(result?.status).toBe('met')
    expect(result?.explanation).toContain(level)
  })
})

describe('services socles', () => {
  const rule: RuleWithoutSource = { kind: 'services-socles', minReached: 2 }
  const grappe = (levels: Record<string, number | 'unknown'>) => ({
    members: members(1, { scores: scoresWith(levels) }),
  })
  it('is not met with one service at the reached level', () => {
    expect(
      check(rule, grappe({ 'socle-mssante-usage': 3, 'socle-dmp-alimentation': 2, 'socle-eprescription': 0 }))?.status,
    ).toBe('not-met')
  })
  it('is met with two services at the reached level', () => {
    expect(
      check(rule, grappe({ 'socle-mssante-usage': 3, 'socle-dmp-alimentation': 3, 'socle-eprescription': 0 }))?.status,
    ).toBe('met')
  })
  it('is met with three services above the reached level', () => {
    expect(
      check(rule, grappe({ 'socle-mssante-usage': 4, 'socle-dmp-alimentation': 4, 'socle-eprescription': 4 }))?.status,
    ).toBe('met')
  })
  it('cannot tell when unknown answers could still decide', () => {
    expect(check(rule, grappe({ 'socle-mssante-usage': 3, 'socle-dmp-alimentation': 'unknown' }))?.status).toBe(
      'cannot-tell',
    )
  })
  it('cannot tell for a structure without an assessment', () => {
    expect(check(rule, { members: members(2) })?.status).toBe('cannot-tell')
  })
})

describe('usage targets', () => {
  const rule: RuleWithoutSource = { kind: 'usage-targets' }
  it('cannot tell when the facilitator entered no target', () => {
    expect(check(rule, { members: members(1) })?.status).toBe('cannot-tell')
  })
  it.each([
    [99, 'not-met'],
    [100, 'met'],
    [101, 'met'],
  ])('observed %i for a target of 100: %s', (observed, status) => {
    expect(check(rule, { members: members(1), usage: { mss: { target: 100, observed } } })?.status).toBe(status)
  })
  it('cannot tell when an observed value is missing', () => {
    expect(
      check(rule, {
        members: members(1),
        usage: { mss: { target: 100, observed: 120 }, dmp: { target: 10, observed: null } },
      })?.status,
    ).toBe('cannot-tell')
  })
})

describe('FINESS present: each structure has its own valid number', () => {
  // Valid numbers (Luhn key checked by hand): 130001233, 690004569, 330007899; 750712185 has a wrong key.
  const named = (labels: string[], finess: string[]) =>
    labels.map((label, i) => ({ ...members(1)[0]!, structureId: `s${i}`, label, finess: finess[i] ?? '' }))

  it('is met when every structure has a distinct, valid number', () => {
    const result = check(
      { kind: 'finess-present' },
      { members: named(['EHPAD Les Tilleuls', 'IME Le Phare', 'SSIAD Val'], ['130001233', '690004569', '330007899']) },
    )
    expect(result?.status).toBe('met')
    expect(result?.explanation).toBe('Chaque structure a son propre numéro FINESS.')
  })

  it('is not met when two structures share one number, and names them', () => {
    const result = check(
      { kind: 'finess-present' },
      { members: named(['EHPAD Les Tilleuls', 'IME Le Phare', 'SSIAD Val'], ['130001233', '690004569', '130001233']) },
    )
    expect(result?.status).toBe('not-met')
    expect(result?.explanation).toBe(
      'Même numéro FINESS pour 2 structures\u00a0: 130001233 (EHPAD Les Tilleuls, SSIAD Val).',
    )
    expect(result?.figures).toContainEqual({ label: 'Structures au FINESS partagé', value: '2' })
  })

  it('is not met when a number has a wrong check key, as the structure form would refuse it', () => {
    const result = check(
      { kind: 'finess-present' },
      { members: named(['EHPAD Les Tilleuls', 'IME Le Phare'], ['130001233', '750712185']) },
    )
    expect(result?.status).toBe('not-met')
    expect(result?.explanation).toBe('FINESS manquant ou invalide pour 1 structure\u00a0: IME Le Phare.')
    expect(result?.figures).toContainEqual({ label: 'Structures au FINESS valide', value: '1' })
  })

  it('counts and names only a few structures in a large group, so a report cell stays short', () => {
    const labels = Array.from({ length: 400 }, (_, i) => `Structure au nom assez long numéro ${i + 1}`)
    const result = check({ kind: 'finess-present' }, { members: named(labels, []) })
    expect(result?.status).toBe('not-met')
    expect(result?.explanation).toContain('pour 400 structures')
    expect(result?.explanation).toContain('et 395 autres.')
    expect(result?.explanation.length).toBeLessThan(400)
  })
})

describe('DUI référencé Ségur « vague 1 » (généralisation)', () => {
  const rule: RuleWithoutSource = {
    kind: 'dui-segur',
    question: 'dui-referencement-segur',
    referencedFromLevel: 2,
    exemptCategories: ['CHRS', 'MECS'],
  }
  const segur = (level: number | 'unknown' | 'hidden') => scoresWith({ 'dui-referencement-segur': level })

  it('fails for a grouping of 15 EHPAD when one DUI is not referenced, and names that structure', () => {
    const grappe = { members: members(15, (i) => ({ label: `EHPAD ${i + 1}`, scores: segur(i === 6 ? 0 : 3) })) }
    const result = check(rule, grappe)
    expect(result?.status).toBe('not-met')
    expect(result?.explanation).toBe('DUI non référencé Ségur « vague 1 » (réponse sous le niveau 2) pour : EHPAD 7.')
    expect(result?.figures).toContainEqual({ label: 'Structures au DUI référencé', value: '14' })
  })

  it('does not apply to a grouping made only of CHRS and MECS', () => {
    const grappe = { members: members(4, (i) => ({ category: i % 2 ? 'CHRS' : 'MECS', scores: segur(0) })) }
    const result = check(rule, grappe)
    expect(result?.status).toBe('not-applicable')
    expect(result?.explanation).toMatch(/n’est pas exigé/)
  })

  it('checks every structure of a mixed grouping, CHRS included, since they share one DUI', () => {
    const grappe = {
      members: members(3, (i) => ({
        category: i === 0 ? 'CHRS' : 'EHPAD',
        label: `S${i}`,
        scores: segur(i === 0 ? 1 : 4),
      })),
    }
    expect(check(rule, grappe)).toMatchObject({
      status: 'not-met',
      explanation: 'DUI non référencé Ségur « vague 1 » (réponse sous le niveau 2) pour : S0.',
    })
  })

  it('is met when every structure declares a referenced version, installed or not yet', () => {
    expect(check(rule, { members: members(3, (i) => ({ scores: segur(i === 0 ? 2 : 3) })) })?.status).toBe('met')
  })

  it('cannot tell for a structure without a DUI in service, nor without an answer or an assessment', () => {
    const grappe = {
      members: members(3, (i) => ({
        label: `S${i}`,
        scores: i === 0 ? segur('hidden') : i === 1 ? segur('unknown') : null,
      })),
    }
    const result = check(rule, grappe)
    expect(result?.status).toBe('cannot-tell')
    expect(result?.explanation).toContain('S0, S1, S2')
    expect(result?.explanation).toContain('Sans DUI en service : S0')
  })
})

describe('each rule’s phase and source', () => {
  it('labels every result with the phase of its rule set and the rule’s own source', () => {
    const set: RuleSet = {
      ...ruleSet(),
      phase: 'generalisation',
      rules: [
        { kind: 'finess-present', source: 'Pages du programme' },
        { kind: 'filing-level', nationalFrom: 50, source: 'Instruction' },
      ],
    }
    const results = checkFundingRules(set, { members: members(2), usage: {} }, catalogue)
    expect(results.map((r) => [r.kind, r.phase, r.source])).toEqual([
      ['finess-present', 'generalisation', 'Pages du programme'],
      ['filing-level', 'generalisation', 'Instruction'],
    ])
  })
})

describe('helpers', () => {
  it('recognises Corsica and overseas FINESS numbers', () => {
    expect(isCorsicaOrOverseas('2B0001234')).toBe(true)
    expect(isCorsicaOrOverseas('974000000')).toBe(true)
    expect(isCorsicaOrOverseas('750712184')).toBe(false)
  })
  it('classes an OG by the CNSA typology', () => {
    expect([14, 15, 49, 50].map(organisationSize)).toEqual(['small', 'medium', 'medium', 'large'])
  })
})

describe('the rule file', () => {
  const raw = JSON.parse(
    readFileSync(new URL('../../../../rules/esms-numerique.json', import.meta.url), 'utf8'),
  ) as unknown
  it('parses into the amorçage and généralisation rule sets', () => {
    const parsed = parseRuleCatalogue(raw)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.catalogue.ruleSets.map((s) => [s.id, s.year])).toEqual([
      ['amorcage-2020-2022', 2020],
      ['generalisation-2022-2025', 2022],
    ])
    expect(parsed.catalogue.socleQuestions).toEqual([
      'socle-mssante-usage',
      'socle-dmp-alimentation',
      'socle-eprescription',
    ])
  })
  it('refuses an unknown rule', () => {
    const broken = structuredClone(raw) as { ruleSets: { rules: unknown[] }[] }
    broken.ruleSets[0]?.rules.push({ kind: 'magic', source: 'nulle part' })
    const parsed = parseRuleCatalogue(broken)
    expect(parsed).toEqual({ ok: false, error: { code: 'rule', ruleSet: 0, rule: 5 } })
    expect(!parsed.ok && describeRuleCatalogueError(parsed.error)).toBe(
      '.ruleSets[0].rules[5]\u00a0: règle inconnue ou incomplète',
    )
  })

  it('refuses a rule that does not name its source', () => {
    const broken = structuredClone(raw) as { ruleSets: { rules: Record<string, unknown>[] }[] }
    delete broken.ruleSets[1]?.rules[0]?.source
    expect(parseRuleCatalogue(broken)).toEqual({ ok: false, error: { code: 'rule', ruleSet: 1, rule: 0 } })
  })

  it('keeps the « 2 services socles sur 3 » rule to the amorçage, and checks the Ségur referencing in the généralisation', () => {
    const parsed = parseRuleCatalogue(raw)
    if (!parsed.ok) throw new Error(describeRuleCatalogueError(parsed.error))
    const kinds = (id: string) => parsed.catalogue.ruleSets.find((s) => s.id === id)?.rules.map((r) => r.kind)
    expect(kinds('amorcage-2020-2022')).toContain('services-socles')
    expect(kinds('amorcage-2020-2022')).not.toContain('dui-segur')
    expect(kinds('generalisation-2022-2025')).not.toContain('services-socles')
    expect(kinds('generalisation-2022-2025')).toContain('dui-segur')
    for (const set of parsed.catalogue.ruleSets)
      for (const r of set.rules) expect(r.source.length, `${set.id} ${r.kind}`).toBeGreaterThan(20)
  })

  it('reads the Ségur referencing from the questionnaire’s question about it, and its levels', () => {
    const parsed = parseRuleCatalogue(raw)
    if (!parsed.ok) throw new Error(describeRuleCatalogueError(parsed.error))
    const rule = parsed.catalogue.ruleSets.flatMap((s) => s.rules).find((r) => r.kind === 'dui-segur')
    if (rule?.kind !== 'dui-segur') throw new Error('no dui-segur rule')
    const questionnaire = JSON.parse(
      readFileSync(new URL('../../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
    ) as QuestionnaireDefinition
    const question = listQuestions(questionnaire).find((q) => q.id === rule.question)
    expect(question?.text).toMatch(/référencée Ségur/)
    // Below the rule's level the options say the DUI is not referenced; from it on, a referenced version exists.
    const levels = question?.options.map((o) => o.level) ?? []
    expect(levels).toContain(rule.referencedFromLevel)
    expect(question?.options.find((o) => o.level === rule.referencedFromLevel)?.label).toMatch(
      /version référencée existe/,
    )
    expect(rule.exemptCategories.every((c) => (STRUCTURE_CATEGORIES as readonly string[]).includes(c))).toBe(true)
  })
})
