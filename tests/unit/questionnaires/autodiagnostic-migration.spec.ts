import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { listQuestions } from '@/domain/definition/definition'
import { migrateAssessmentVersion } from '@/domain/definition/migrate-answers'
import { compareVersions } from '@/domain/definition/version'
import { answersFor } from '../fixtures'

function load(url: URL): QuestionnaireDefinition {
  return JSON.parse(readFileSync(url, 'utf8')) as QuestionnaireDefinition
}

/** The questionnaire as shipped before 2.0.0, kept to check what its answers become. */
const previous = load(new URL('../../fixtures/autodiagnostic-maturite-si-esms-1.0.0.json', import.meta.url))
const current = load(new URL('../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url))

describe('moving an assessment from autodiagnostic 1.0.0 to the current version', () => {
  const before = listQuestions(previous)
  const afterIds = new Set(listQuestions(current).map((q) => q.id))
  const removed = before.filter((q) => !afterIds.has(q.id)).map((q) => q.id)

  it('is a major version: questions were removed', () => {
    expect(previous.version).toBe('1.0.0')
    expect(compareVersions(current.version, '2.0.0')).toBeGreaterThanOrEqual(0)
    expect(removed.length).toBeGreaterThan(0)
  })

  it('keeps every answer: those to removed questions become visible orphans with their old wording, the others follow their id', () => {
    const values = Object.fromEntries(before.map((q) => [q.id, q.options[2]?.value ?? null]))
    const comments = Object.fromEntries(before.map((q) => [q.id, `note ${q.id}`]))
    const migration = migrateAssessmentVersion(previous, current, answersFor(values, comments))
    expect(
      migration.orphans
        .filter((o) => o.reason === 'question-removed')
        .map((o) => o.questionId)
        .sort(),
    ).toEqual([...removed].sort())
    for (const orphan of migration.orphans) {
      const question = before.find((q) => q.id === orphan.questionId)
      expect(orphan).toMatchObject({
        fromVersion: '1.0.0',
        questionText: question?.text,
        comment: `note ${orphan.questionId}`,
      })
      expect(orphan.valueLabel).toBe(question?.options[2]?.label)
    }
    // Nothing is dropped: each answer is kept as it is or cleared with an orphan holding its value.
    expect(migration.kept.length + migration.cleared.length).toBe(before.length)
    const kept = migration.kept.filter((a) => afterIds.has(a.questionId))
    expect(kept.every((a) => a.value === values[a.questionId])).toBe(true)
  })

  it('asks again, with an orphan, a question whose chosen option no longer exists', () => {
    // « Pas de DUI » left usage-dui-quotidien, which is now asked only once a DUI exists.
    const migration = migrateAssessmentVersion(
      previous,
      current,
      answersFor({ 'usage-dui-quotidien': 'aucun-dui', 'gouv-schema-directeur': 'valide' }),
    )
    expect(migration.cleared).toEqual([expect.objectContaining({ questionId: 'usage-dui-quotidien', value: null })])
    expect(migration.orphans).toEqual([
      expect.objectContaining({ questionId: 'usage-dui-quotidien', reason: 'option-removed', value: 'aucun-dui' }),
    ])
    expect(migration.kept).toEqual([expect.objectContaining({ questionId: 'gouv-schema-directeur', value: 'valide' })])
  })
})
