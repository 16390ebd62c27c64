import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFundingRules, countOrganisations, isCorsicaOrOverseas, organisationSize, parseRuleCatalogue, type Grappe, type GrappeMember, type Rule, type RuleCatalogue, type RuleSet } from '@/domain/funding-rules'
import type { AssessmentScore, QuestionResult } from '@/domain/scoring'

const catalogue: RuleCatalogue = { socleQuestions: ['socle-mssante-usage', 'socle-dmp-alimentation', 'socle-eprescription'], socleReachedLevel: 3, usageIndicators: [{ id: 'mss', label: 'Messages MSSanté' }, { id: 'dmp', label: 'Documents DMP' }], ruleSets: [] }

function ruleSet(...rules: Rule[]): RuleSet {
  return { id: 'test', label: 'Test', phase: 'amorcage', year: 2020, source: 'test', rules }
}

function scoresWith(levels: Record<string, number | 'unknown'>): AssessmentScore {
  const questions: Record<string, QuestionResult> = {}
  for (const [id, level] of Object.entries(levels)) {
    questions[id] = { questionId: id, domainId: 'services-socles', weight: 1, state: level === 'unknown' ? 'unknown' : 'answered', level: level === 'unknown' ? null : level }
  }
  return { path: 'full', score: null, percent: null, answered: 0, applicable: 0, unknown: 0, coverage: 0, domains: [], questions }
}

function members(n: number, overrides: Partial<GrappeMember> | ((i: number) => Partial<GrappeMember>) = {}): GrappeMember[] {
  return Array.from({ length: n }, (_, i) => ({
    structureId: `s${i}`, label: `Structure ${i}`, finess: '750712184', organisation: `OG ${i % 3}`, scores: null,
    ...(typeof overrides === 'function' ? overrides(i) : overrides),
  }))
}

function check(rule: Rule, grappe: Partial<Grappe> & Pick<Grappe, 'members'>) {
  const [result] = checkFundingRules(ruleSet(rule), { usage: {}, ...grappe }, catalogue)
  return result
}

describe('minimum ESSMS', () => {
  const rule: Rule = { kind: 'min-essms', min: 15, minCorsicaOverseas: 8 }
  it.each([[14, 'not-met'], [15, 'met'], [16, 'met']])('%i ESSMS on the mainland: %s', (n, status) => {
    expect(check(rule, { members: members(n) })?.status).toBe(status)
  })
  it.each([[7, 'not-met'], [8, 'met'], [9, 'met']])('%i ESSMS all in Corsica or overseas: %s', (n, status) => {
    expect(check(rule, { members: members(n, (i) => ({ finess: i % 2 ? '2A0001234' : '970000000' })) })?.status).toBe(status)
  })
  it('keeps the general threshold when only part of the grappe is overseas', () => {
    const result = check(rule, { members: members(8, (i) => ({ finess: i === 0 ? '750712184' : '971000000' })) })
    expect(result?.status).toBe('not-met')
    expect(result?.figures).toContainEqual({ label: 'Minimum', value: '15' })
  })
})

describe('minimum OG', () => {
  const rule: Rule = { kind: 'min-og', min: 3, soloAbove: 15 }
  it.each([[2, 'not-met'], [3, 'met'], [4, 'met']])('%i organisations: %s', (og, status) => {
    expect(check(rule, { members: members(8, (i) => ({ organisation: `OG ${i % og}` })) })?.status).toBe(status)
  })
  it.each([[15, 'not-met'], [16, 'met'], [17, 'met']])('a single OG of %i structures: %s', (n, status) => {
    expect(check(rule, { members: members(n, { organisation: 'Association unique' }) })?.status).toBe(status)
  })
  it('counts each structure without an OG as its own organisation, ignoring case', () => {
    const counts = countOrganisations(members(4, (i) => ({ organisation: ['Asso', 'ASSO ', '', ''][i] ?? '' })))
    expect(counts.size).toBe(3)
  })
})

describe('maximum structures funded', () => {
  const rule: Rule = { kind: 'max-funded', max: 30 }
  it.each([[29, 'met'], [30, 'met'], [31, 'not-met']])('%i structures: %s', (n, status) => {
    expect(check(rule, { members: members(n) })?.status).toBe(status)
  })
})

describe('filing level', () => {
  const rule: Rule = { kind: 'filing-level', nationalFrom: 50 }
  it.each([[49, 'régional'], [50, 'national'], [51, 'national']])('%i ESSMS: %s call', (n, level) => {
    const result = check(rule, { members: members(n) })
    expect(result?.status).toBe('met')
    expect(result?.explanation).toContain(level)
  })
})

describe('services socles', () => {
  const rule: Rule = { kind: 'services-socles', minReached: 2 }
  const grappe = (levels: Record<string, number | 'unknown'>) => ({ members: members(1, { scores: scoresWith(levels) }) })
  it('is not met with one service at the reached level', () => {
    expect(check(rule, grappe({ 'socle-mssante-usage': 3, 'socle-dmp-alimentation': 2, 'socle-eprescription': 0 }))?.status).toBe('not-met')
  })
  it('is met with two services at the reached level', () => {
    expect(check(rule, grappe({ 'socle-mssante-usage': 3, 'socle-dmp-alimentation': 3, 'socle-eprescription': 0 }))?.status).toBe('met')
  })
  it('is met with three services above the reached level', () => {
    expect(check(rule, grappe({ 'socle-mssante-usage': 4, 'socle-dmp-alimentation': 4, 'socle-eprescription': 4 }))?.status).toBe('met')
  })
  it('cannot tell when unknown answers could still decide', () => {
    expect(check(rule, grappe({ 'socle-mssante-usage': 3, 'socle-dmp-alimentation': 'unknown' }))?.status).toBe('cannot-tell')
  })
  it('cannot tell for a structure without an assessment', () => {
    expect(check(rule, { members: members(2) })?.status).toBe('cannot-tell')
  })
})

describe('usage targets', () => {
  const rule: Rule = { kind: 'usage-targets' }
  it('cannot tell when the facilitator entered no target', () => {
    expect(check(rule, { members: members(1) })?.status).toBe('cannot-tell')
  })
  it.each([[99, 'not-met'], [100, 'met'], [101, 'met']])('observed %i for a target of 100: %s', (observed, status) => {
    expect(check(rule, { members: members(1), usage: { mss: { target: 100, observed } } })?.status).toBe(status)
  })
  it('cannot tell when an observed value is missing', () => {
    expect(check(rule, { members: members(1), usage: { mss: { target: 100, observed: 120 }, dmp: { target: 10, observed: null } } })?.status).toBe('cannot-tell')
  })
})

describe('FINESS present', () => {
  it('is not met when a structure has no FINESS number', () => {
    const result = check({ kind: 'finess-present' }, { members: members(3, (i) => ({ finess: i === 1 ? '' : '750712184' })) })
    expect(result?.status).toBe('not-met')
    expect(result?.explanation).toContain('Structure 1')
  })
  it('is met when every structure has one', () => {
    expect(check({ kind: 'finess-present' }, { members: members(3) })?.status).toBe('met')
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
  const raw = JSON.parse(readFileSync(new URL('../../../rules/esms-numerique.json', import.meta.url), 'utf8')) as unknown
  it('parses into the amorçage and généralisation rule sets', () => {
    const parsed = parseRuleCatalogue(raw)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.catalogue.ruleSets.map((s) => [s.id, s.year])).toEqual([['amorcage-2020-2022', 2020], ['generalisation-2022-2025', 2022]])
    expect(parsed.catalogue.socleQuestions).toEqual(['socle-mssante-usage', 'socle-dmp-alimentation', 'socle-eprescription'])
  })
  it('refuses an unknown rule', () => {
    const broken = structuredClone(raw) as { ruleSets: { rules: unknown[] }[] }
    broken.ruleSets[0]?.rules.push({ kind: 'magic' })
    expect(parseRuleCatalogue(broken)).toEqual({ ok: false, error: '.ruleSets[0].rules[6] : règle inconnue ou incomplète' })
  })
})
