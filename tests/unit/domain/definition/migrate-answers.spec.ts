import { describe, expect, it } from 'vitest'
import { compareVersions, migrateAssessmentVersion } from '@/domain/definition/migrate-answers'
import { answersFor, miniDefinition, miniWith } from '../../fixtures'

describe('migrateAssessmentVersion', () => {
  const oldDef = miniDefinition()
  const newDef = miniWith((d) => {
    d.version = '1.1.0'
    const security = d.domains[1]
    if (!security) return
    security.questions = security.questions.filter((q) => q.id !== 'secu-comptes')
    const backups = security.questions.find((q) => q.id === 'secu-sauvegardes')
    if (backups) backups.options = backups.options.filter((o) => o.value !== 'non-testee')
  })

  it('keeps answers whose question and option exist in the new version', () => {
    const result = migrateAssessmentVersion(
      oldDef,
      newDef,
      answersFor({ 'gouv-schema': 'valide', 'gouv-suivi': 'ne-sait-pas' }),
    )
    expect(result.kept.map((a) => a.questionId).sort()).toEqual(['gouv-schema', 'gouv-suivi'])
    expect(result.orphans).toEqual([])
  })

  it('keeps the answer to a removed question as an orphan with its old wording', () => {
    const result = migrateAssessmentVersion(
      oldDef,
      newDef,
      answersFor({ 'secu-comptes': 'mixte' }, { 'secu-comptes': 'En cours' }),
    )
    expect(result.orphans).toEqual([
      expect.objectContaining({
        questionId: 'secu-comptes',
        reason: 'question-removed',
        valueLabel: 'Certains comptes partagés',
        comment: 'En cours',
        fromVersion: '1.0.0',
      }),
    ])
    expect(result.kept.map((a) => a.questionId)).toEqual(['secu-comptes'])
  })

  it('clears an answer whose option was removed, keeping its value as an orphan', () => {
    const result = migrateAssessmentVersion(
      oldDef,
      newDef,
      answersFor({ 'secu-sauvegardes': 'non-testee' }, { 'secu-sauvegardes': 'à revoir' }),
    )
    expect(result.cleared).toEqual([
      expect.objectContaining({ questionId: 'secu-sauvegardes', value: null, comment: 'à revoir' }),
    ])
    expect(result.orphans[0]).toMatchObject({
      reason: 'option-removed',
      value: 'non-testee',
      valueLabel: 'Sauvegarde jamais testée',
    })
  })

  it('never loses an answer: every input is kept, cleared or orphaned', () => {
    const answers = answersFor({ 'gouv-schema': 'valide', 'secu-comptes': 'mixte', 'secu-sauvegardes': 'non-testee' })
    const result = migrateAssessmentVersion(oldDef, newDef, answers)
    const ids = new Set([...result.kept, ...result.cleared].map((a) => a.questionId))
    expect(ids).toEqual(new Set(Object.keys(answers)))
  })
})

describe('compareVersions', () => {
  it('orders x.y.z versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0)
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0)
    expect(compareVersions('1.0.0', '2.0.0')).toBeLessThan(0)
  })
})
