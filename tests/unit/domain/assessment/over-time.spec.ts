import { describe, expect, it } from 'vitest'
import { compareOverTime, type AssessmentSnapshot } from '@/domain/assessment/over-time'
import { buildActionPlan } from '@/domain/action-plan'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { computeScores } from '@/domain/assessment/scoring'
import { actionEdit, answersFor, miniDefinition, miniWith } from '../../fixtures'

function snapshot(definition: QuestionnaireDefinition, values: Record<string, string>, edits = {}): AssessmentSnapshot {
  const answers = answersFor(values)
  return {
    answers,
    scores: computeScores(definition, answers),
    plan: buildActionPlan(definition, answers, { targets: {}, edits, custom: [] }),
  }
}

describe('compareOverTime', () => {
  const definition = miniDefinition()
  const earlier = snapshot(definition, {
    'gouv-schema': 'aucun',
    'secu-sauvegardes': 'testee',
    'secu-comptes': 'mixte',
  })
  const later = snapshot(definition, {
    'gouv-schema': 'valide',
    'gouv-suivi': 'annuel',
    'secu-sauvegardes': 'non-testee',
    'secu-comptes': 'ne-sait-pas',
  })
  const result = compareOverTime(definition, earlier, later, {})

  it('gives the delta per domain and whether the later score meets the target', () => {
    const governance = result.domains.find((d) => d.domainId === 'gouvernance')
    expect(governance?.earlier).toBe(0)
    expect(governance?.delta).toBeGreaterThan(3)
    expect(governance).toMatchObject({ target: 3, targetMet: true })
    const security = result.domains.find((d) => d.domainId === 'securite')
    expect(security?.delta).toBeLessThan(0)
  })

  it('labels each question improved, declined, newly unknown or new', () => {
    const change = Object.fromEntries(result.questions.map((q) => [q.questionId, q.change]))
    expect(change).toMatchObject({
      'gouv-schema': 'improved',
      'secu-sauvegardes': 'declined',
      'secu-comptes': 'newly-unknown',
      'gouv-suivi': 'new',
    })
  })

  it('says unchanged when the level did not move, and no-longer-asked for a removed question', () => {
    const newer = miniWith((d) => {
      d.version = '1.1.0'
      const security = d.domains[1]
      if (security) security.questions = security.questions.filter((q) => q.id !== 'secu-comptes')
    })
    const again = snapshot(newer, { 'gouv-schema': 'aucun', 'secu-sauvegardes': 'testee' })
    const compared = compareOverTime(newer, earlier, again, {})
    const change = Object.fromEntries(compared.questions.map((q) => [q.questionId, q.change]))
    expect(change['gouv-schema']).toBe('unchanged')
    expect(change['secu-comptes']).toBe('no-longer-asked')
  })

  it('reconciles the earlier actions: done, still open, no longer needed', () => {
    const before = snapshot(definition, {
      'gouv-schema': 'aucun',
      'secu-sauvegardes': 'non-testee',
      'secu-comptes': 'partages',
    })
    const after = snapshot(
      definition,
      { 'gouv-schema': 'valide', 'gouv-suivi': 'annuel', 'secu-sauvegardes': 'non-testee', 'secu-comptes': 'partages' },
      { 'act-comptes': actionEdit('act-comptes', { status: 'done' }) },
    )
    const outcome = Object.fromEntries(
      compareOverTime(definition, before, after, {}).actions.map((a) => [a.actionId, a.outcome]),
    )
    expect(outcome).toMatchObject({
      'act-schema': 'no-longer-needed',
      'act-sauvegardes': 'still-open',
      'act-comptes': 'done',
    })
  })

  it('lists actions that appear only in the later plan', () => {
    expect(result.newActions.map((a) => a.actionId)).toContain('act-sauvegardes')
  })

  it('uses the facilitator targets when given', () => {
    const strict = compareOverTime(definition, earlier, later, { gouvernance: 4 })
    expect(strict.domains.find((d) => d.domainId === 'gouvernance')?.targetMet).toBe(false)
  })
})
