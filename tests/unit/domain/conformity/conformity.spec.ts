import { describe, expect, it } from 'vitest'
import {
  applicableRequirements,
  buildTrajectory,
  compareWithSnapshot,
  computeAxisSummaries,
  quarterOf,
  takeSnapshot,
  validateRequirementAnswer,
  validateServiceInput,
} from '@/domain/conformity'
import { convergenceDefinition, DUI_QUALIFICATION, requirementAnswer, serviceFor } from '../../conformity-fixtures'
import { APPLIES_TO_ALL, REQUIREMENT_ANSWER_PROBLEMS, quarterLabel } from '@/i18n/fr-conformity'
import { describeFieldErrors } from '@/i18n/fr-fields'

const definition = convergenceDefinition()

function applies(qualification: Record<string, string | string[]>, code: string) {
  return applicableRequirements(definition, qualification).find((item) => item.requirement.code === code)
}

describe('applicableRequirements', () => {
  it('does not ask a messaging client about e-prescription, and says why', () => {
    const item = applies(
      { 'type-service': 'messagerie-securisee', fonctions: ['donnees-sante', 'prescriptions'] },
      'U17',
    )
    expect(item?.applies).toBe(false)
    expect(item?.why).toMatch(/prescriptions/)
  })

  it('asks a DUI that hosts health data outside about HDS hosting, but not about the person’s app', () => {
    expect(applies(DUI_QUALIFICATION, 'S14')?.applies).toBe(true)
    expect(applies(DUI_QUALIFICATION, 'U16')?.applies).toBe(false)
  })

  it('does not ask about HDS hosting when the service is hosted in the structure', () => {
    expect(applies({ 'type-service': 'dui', fonctions: ['donnees-sante'] }, 'S14')?.applies).toBe(false)
  })

  it('applies a requirement without condition to every service, with the generic reason', () => {
    const item = applies({ 'type-service': 'application-personne' }, 'S10')
    expect(item).toMatchObject({ applies: true, why: null })
    expect(APPLIES_TO_ALL).toBe('S’applique à tous les services.')
  })

  it('returns every requirement of the grid, in definition order', () => {
    const items = applicableRequirements(definition, DUI_QUALIFICATION)
    expect(items).toHaveLength(definition.requirements?.length ?? 0)
    expect(items[0]?.requirement.code).toBe('U10')
  })
})

describe('computeAxisSummaries', () => {
  const service = serviceFor({
    qualification: DUI_QUALIFICATION,
    requirements: {
      S10: requirementAnswer({ level: 3 }),
      S11: requirementAnswer({ level: 1, target: 1 }),
      S14: requirementAnswer({ level: 3 }),
      U16: requirementAnswer({ level: 4 }),
    },
  })
  const summaries = computeAxisSummaries(definition, service)
  const security = summaries.find((s) => s.axisId === 'securite')

  it('gives one summary per axis', () => {
    expect(summaries.map((s) => s.axisId)).toEqual(['urbanisation', 'interoperabilite', 'securite', 'ethique'])
  })

  it('counts applicable and answered requirements and the mean level of the answered ones', () => {
    expect(security).toMatchObject({ applicable: 11, answered: 3 })
    expect(security?.meanLevel).toBeCloseTo(7 / 3)
  })

  it('uses the declared target, then the requirement default (4 for HDS), for the share at target', () => {
    // 11 apply (no mobile use, one structure). S10 3 ≥ 3 yes; S11 1 ≥ declared 1 yes; S14 3 < default 4 no; unanswered ones are not at target.
    expect(security?.atTarget).toBe(2)
    expect(security?.atTargetShare).toBeCloseTo(2 / 11)
  })

  it('ignores answers to requirements that do not apply', () => {
    expect(summaries.find((s) => s.axisId === 'urbanisation')?.answered).toBe(0)
  })

  it('has no mean when nothing is answered', () => {
    expect(summaries.find((s) => s.axisId === 'ethique')?.meanLevel).toBeNull()
  })
})

describe('buildTrajectory', () => {
  const service = serviceFor({
    qualification: DUI_QUALIFICATION,
    requirements: {
      S13: requirementAnswer({ level: 1, targetDate: '2027-02-10' }),
      S10: requirementAnswer({ level: 3, targetDate: '2027-01-05' }),
      E10: requirementAnswer({ level: 2, targetDate: '2027-11-30' }),
      S11: requirementAnswer({ level: 1 }),
      U16: requirementAnswer({ level: 0, targetDate: '2026-01-01' }),
    },
  })

  it('groups dated, applicable requirements by quarter in date order', () => {
    const quarters = buildTrajectory(definition, service, '2027-06-01')
    expect(quarters.map((q) => quarterLabel(q))).toEqual(['T1 2027', 'T4 2027'])
    expect(quarters[0]?.items.map((i) => i.code)).toEqual(['S10', 'S13'])
  })

  it('flags as late a past date whose target is not reached, and only that', () => {
    const items = buildTrajectory(definition, service, '2027-06-01').flatMap((q) => q.items)
    expect(items.filter((i) => i.late).map((i) => i.code)).toEqual(['S13'])
  })

  it('is not late on the target date itself', () => {
    const items = buildTrajectory(definition, service, '2027-02-10').flatMap((q) => q.items)
    expect(items.find((i) => i.code === 'S13')?.late).toBe(false)
  })

  it('names quarters the French way', () => {
    expect(quarterLabel(quarterOf('2027-03-31'))).toBe('T1 2027')
    expect(quarterLabel(quarterOf('2027-04-01'))).toBe('T2 2027')
    expect(quarterLabel(quarterOf('2028-12-01'))).toBe('T4 2028')
  })
})

describe('validateRequirementAnswer', () => {
  it('requires a justification at the top of the scale', () => {
    const problem = validateRequirementAnswer({ level: 4, justification: '  ' }, definition.scale)
    expect(problem).toBe('top-level-justification')
    expect(problem && REQUIREMENT_ANSWER_PROBLEMS[problem]).toBe(
      'Une justification est obligatoire au niveau le plus élevé\u00a0: indiquez la preuve.',
    )
  })

  it('accepts the top level with a justification, and lower levels without', () => {
    expect(
      validateRequirementAnswer({ level: 4, justification: 'Attestation ANS du 12/03/2026' }, definition.scale),
    ).toBeNull()
    expect(validateRequirementAnswer({ level: 3, justification: '' }, definition.scale)).toBeNull()
    expect(validateRequirementAnswer({ level: null, justification: '' }, definition.scale)).toBeNull()
  })
})

describe('compareWithSnapshot', () => {
  it('tells improved, declined, unchanged and new requirements apart', () => {
    const before = serviceFor({
      requirements: {
        S10: requirementAnswer({ level: 1 }),
        S11: requirementAnswer({ level: 3 }),
        S12: requirementAnswer({ level: 2 }),
      },
    })
    const snapshot = takeSnapshot(before, '2026-01-01T00:00:00.000Z')
    const after = serviceFor({
      requirements: {
        S10: requirementAnswer({ level: 3 }),
        S11: requirementAnswer({ level: 2 }),
        S12: requirementAnswer({ level: 2 }),
        S13: requirementAnswer({ level: 1 }),
      },
    })
    expect(compareWithSnapshot(after, snapshot)).toEqual([
      { code: 'S10', previous: 1, current: 3, change: 'improved' },
      { code: 'S11', previous: 3, current: 2, change: 'declined' },
      { code: 'S12', previous: 2, current: 2, change: 'unchanged' },
      { code: 'S13', previous: null, current: 1, change: 'new' },
    ])
  })

  it('freezes a copy that later changes do not touch', () => {
    const service = serviceFor({ requirements: { S10: requirementAnswer({ level: 1 }) } })
    const snapshot = takeSnapshot(service, '2026-01-01T00:00:00.000Z')
    service.requirements.S10 = requirementAnswer({ level: 4 })
    expect(snapshot.requirements.S10?.level).toBe(1)
  })
})

describe('validateServiceInput', () => {
  it('requires a name', () => {
    const empty = {
      name: ' ',
      responsible: '',
      description: '',
      provider: '',
      product: '',
      productVersion: '',
      startedOn: '',
    }
    expect(describeFieldErrors('service', validateServiceInput(empty)).name).toBe('Le nom du service est obligatoire.')
    expect(validateServiceInput({ ...empty, name: 'DUI' })).toEqual({})
  })
})
