import { describe, expect, it } from 'vitest'
import { computeDimensionScores, findStrengths, findWeakestPoints } from '@/domain/assessment/results'
import { describeSummary } from '@/i18n/fr-results'
import { formatDecimal } from '@/i18n/fr-numbers'
import { computeScores } from '@/domain/assessment/scoring'
import { answersFor, miniDefinition, miniWith } from '../../fixtures'

const definition = miniDefinition()

function scoresFor(values: Record<string, string>) {
  return computeScores(definition, answersFor(values))
}

function questionIds(list: readonly { questionId: string }[]): string[] {
  return list.map((entry) => entry.questionId)
}

describe('findWeakestPoints and findStrengths', () => {
  // levels: gouv-schema 3, gouv-suivi 2, secu-sauvegardes 1, secu-comptes 4
  const mixed = scoresFor({
    'gouv-schema': 'valide',
    'gouv-suivi': 'parfois',
    'secu-sauvegardes': 'non-testee',
    'secu-comptes': 'nominatifs',
  })

  it('lists answered questions from the lowest level up, within the limit', () => {
    expect(questionIds(findWeakestPoints(definition, mixed))).toEqual([
      'secu-sauvegardes',
      'gouv-suivi',
      'gouv-schema',
      'secu-comptes',
    ])
    expect(questionIds(findWeakestPoints(definition, mixed, 2))).toEqual(['secu-sauvegardes', 'gouv-suivi'])
  })

  it('lists strengths from the highest level down, within the limit', () => {
    expect(questionIds(findStrengths(definition, mixed))).toEqual([
      'secu-comptes',
      'gouv-schema',
      'gouv-suivi',
      'secu-sauvegardes',
    ])
    expect(questionIds(findStrengths(definition, mixed, 1))).toEqual(['secu-comptes'])
  })

  it('describes each point with its domain, text and the label of its level', () => {
    expect(findWeakestPoints(definition, mixed, 1)).toEqual([
      {
        questionId: 'secu-sauvegardes',
        domainId: 'securite',
        text: 'Vos sauvegardes sont-elles testées ?',
        level: 1,
        levelLabel: 'Émergent',
      },
    ])
  })

  it('leaves out unknown, not applicable, unanswered and hidden questions', () => {
    // gouv-suivi is hidden (no schema known) despite its stale answer
    const scores = scoresFor({
      'gouv-schema': 'ne-sait-pas',
      'gouv-suivi': 'jamais',
      'secu-sauvegardes': 'testee',
      'secu-comptes': 'non-applicable',
    })
    expect(questionIds(findWeakestPoints(definition, scores))).toEqual(['secu-sauvegardes'])
    expect(questionIds(findStrengths(definition, computeScores(definition, {})))).toEqual([])
  })

  it('breaks ties by domain weight, then question weight', () => {
    // all at level 0: securite (weight 3) before gouvernance (weight 2) even though gouv-schema
    // (weight 2) weighs more than secu-comptes (weight 1)
    const low = scoresFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' })
    expect(questionIds(findWeakestPoints(definition, low))).toEqual(['secu-sauvegardes', 'secu-comptes', 'gouv-schema'])
    const high = scoresFor({
      'gouv-schema': 'suivi',
      'gouv-suivi': 'annuel',
      'secu-sauvegardes': 'reguliere',
      'secu-comptes': 'nominatifs',
    })
    expect(questionIds(findStrengths(definition, high))).toEqual([
      'secu-sauvegardes',
      'secu-comptes',
      'gouv-schema',
      'gouv-suivi',
    ])
  })

  it('puts the heavier question first at the same level and in the same domain, whatever its place', () => {
    const heavy = miniWith((d) => {
      d.domains[1]!.questions[1]!.weight = 4
    })
    const scores = computeScores(heavy, answersFor({ 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' }))
    expect(questionIds(findWeakestPoints(heavy, scores))).toEqual(['secu-comptes', 'secu-sauvegardes'])
  })

  it('breaks remaining ties by the order of the definition, not by id', () => {
    const even = miniWith((d) => {
      d.domains[1]!.questions[1]!.weight = 3
    })
    const scores = computeScores(even, answersFor({ 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' }))
    expect(questionIds(findWeakestPoints(even, scores))).toEqual(['secu-sauvegardes', 'secu-comptes'])
  })
})

describe('computeDimensionScores', () => {
  it('weights the levels of each dimension’s questions by question weight', () => {
    // pratiques-management: gouv-schema 3 (weight 2), gouv-suivi 0 (weight 1) → 6 / 3 = 2
    const [management] = computeDimensionScores(
      definition,
      scoresFor({ 'gouv-schema': 'valide', 'gouv-suivi': 'jamais' }),
    )
    expect(management).toEqual({
      dimensionId: 'pratiques-management',
      title: 'Pratiques de management du SI',
      answered: 2,
      applicable: 2,
      unknown: 0,
      coverage: 1,
      score: 2,
      percent: 50,
      assessable: true,
    })
  })

  it('counts unknowns in coverage, leaves out not applicable questions, and has no score without a level', () => {
    const [, security] = computeDimensionScores(
      definition,
      scoresFor({ 'secu-sauvegardes': 'ne-sait-pas', 'secu-comptes': 'non-applicable' }),
    )
    expect(security).toMatchObject({
      dimensionId: 'securite-si',
      answered: 0,
      applicable: 1,
      unknown: 1,
      coverage: 0,
      score: null,
      percent: null,
      assessable: false,
    })
  })

  it('leaves hidden questions out of what is applicable', () => {
    const [management] = computeDimensionScores(
      definition,
      scoresFor({ 'gouv-schema': 'notes', 'gouv-suivi': 'annuel' }),
    )
    expect(management).toMatchObject({ answered: 1, applicable: 1, score: 1, percent: 25 })
  })

  it('is not assessable under the minimum coverage, even with a score', () => {
    const wide = miniWith((d) => {
      for (const q of d.domains[1]!.questions) q.dimension = 'pratiques-management'
    })
    const [management] = computeDimensionScores(wide, computeScores(wide, answersFor({ 'secu-comptes': 'mixte' })))
    expect(management).toMatchObject({ answered: 1, applicable: 3, score: 2, assessable: false })
  })

  it('scores a dimension on its core questions alone on the essential path', () => {
    // pratiques-management: gouv-schema (core) 3; gouv-suivi (not core) 0 is left out
    const scores = computeScores(
      definition,
      answersFor({ 'gouv-schema': 'valide', 'gouv-suivi': 'jamais', 'secu-comptes': 'partages' }),
      'essential',
    )
    const [management, security] = computeDimensionScores(definition, scores)
    expect(management).toMatchObject({ answered: 1, applicable: 1, score: 3, assessable: true })
    expect(security).toMatchObject({ answered: 0, applicable: 1, score: null, assessable: false })
  })

  it('returns nothing for a definition without dimensions', () => {
    const flat = miniWith((d) => {
      delete d.dimensions
    })
    expect(computeDimensionScores(flat, computeScores(flat, {}))).toEqual([])
  })
})

describe('describeSummary', () => {
  it('names the most and the least advanced assessable domains with French numbers', () => {
    // gouvernance 1; securite (3 × 3 + 4) / 4 = 3.25
    const scores = scoresFor({ 'gouv-schema': 'notes', 'secu-sauvegardes': 'testee', 'secu-comptes': 'nominatifs' })
    expect(describeSummary(definition, scores)).toBe(
      'Domaine le plus avancé : Sécurité (3,3 / 4). Domaine le plus en retrait : Gouvernance (1,0 / 4).',
    )
  })

  it('says when there is not enough data yet', () => {
    expect(describeSummary(definition, computeScores(definition, {}))).toMatch(/^Pas encore assez de réponses/)
  })

  it('names only assessable domains', () => {
    const scores = scoresFor({ 'gouv-schema': 'ne-sait-pas', 'secu-sauvegardes': 'reguliere' })
    expect(describeSummary(definition, scores)).toBe(
      'Un seul domaine est évaluable pour l’instant : Sécurité (4,0 / 4).',
    )
  })

  it('never names a domain that is not assessable, even when it has a score', () => {
    const scores = scoresFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'reguliere' })
    const thin = {
      ...scores,
      domains: scores.domains.map((d) => (d.domainId === 'gouvernance' ? { ...d, assessable: false } : d)),
    }
    expect(describeSummary(definition, thin)).toBe('Un seul domaine est évaluable pour l’instant : Sécurité (4,0 / 4).')
  })

  it('says when every assessable domain is at the same level', () => {
    const scores = scoresFor({ 'gouv-schema': 'valide', 'secu-sauvegardes': 'testee' })
    expect(describeSummary(definition, scores)).toBe('Les domaines évaluables sont au même niveau : 3,0 / 4.')
  })
})

describe('formatDecimal', () => {
  it.each([
    [3.25, '3,3'],
    [1, '1,0'],
    [0.04, '0,0'],
    [2.96, '3,0'],
  ])('writes %s as « %s »', (value, text) => {
    expect(formatDecimal(value)).toBe(text)
  })
})
