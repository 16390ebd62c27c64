import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { answerOf, toAnswerMap, withAnswer } from '@/domain/assessment/assessment'
import { buildBackup, serializeBackup, type BackupSnapshot } from '@/domain/backup/backup'
import { parseBackup } from '@/domain/backup/validate'
import { formatValidationErrors } from '@/i18n/fr-validation'
import { planImport } from '@/domain/backup'
import { applyResolutions } from '@/domain/backup/resolve'
import { applyImport, readExisting } from '@/storage/backup'
import { useDatabaseStore } from '@/stores/database'
import { useLibraryStore } from '@/stores/library'
import { useAssessmentStore } from '@/stores/assessment'
import { useActionPlanStore } from '@/stores/action-plan'
import { useQuestionnairesStore } from '@/stores/questionnaires'
import { actionEdit, answer, assessment, structure } from '../backup-fixtures'
import { loadFixture } from '../fixtures'

/**
 * Ids that are also names of `Object.prototype`'s members, where a lookup in a plain object finds
 * something without anything saved under them: each is refused at import, or works everywhere.
 */
const SAVED_AT = '2026-03-20T08:00:00.000Z'

/** The example questionnaire with « constructor » as the id of a question and of an action. */
function variant(): QuestionnaireDefinition {
  const text = JSON.stringify(loadFixture('exemple-mini'))
    .replaceAll('gouv-schema', 'constructor')
    .replaceAll('act-schema', 'constructor')
  return { ...(JSON.parse(text) as QuestionnaireDefinition), id: 'variante-prototype' }
}

function snapshot(structureId: string, assessmentId: string): BackupSnapshot {
  const definition = variant()
  const on = { assessmentId }
  return {
    structures: [structure({ id: structureId, name: `Structure ${structureId}` })],
    assessments: [
      assessment({
        id: assessmentId,
        structureId,
        questionnaireId: definition.id,
        questionnaireVersion: definition.version,
        currentPage: 'gouvernance',
      }),
    ],
    answers: [
      answer('constructor', 'projet', { ...on, comment: 'Réponse à la question « constructor »' }),
      answer('toString', 'valide', on),
    ],
    actionEdits: [
      actionEdit({ ...on, actionId: 'constructor', owner: 'Paul Durand' }),
      actionEdit({ ...on, actionId: 'toString' }),
    ],
    customActions: [],
    services: [],
    groups: [],
    definitions: [definition],
  }
}

function fileText(data: BackupSnapshot): string {
  return serializeBackup(buildBackup(data, 'all', {}, { appVersion: '0.1.0', exportedAt: SAVED_AT }))
}

async function importText(text: string): Promise<void> {
  const parsed = parseBackup(text, { knownDefinitions: [] })
  if (!parsed.ok) throw new Error(formatValidationErrors(parsed.errors).join('\n'))
  const db = await useDatabaseStore().db()
  await applyImport(
    db,
    applyResolutions(planImport(parsed.file, await readExisting(db)), {}, { newId: () => 'nouveau' }),
    SAVED_AT,
  )
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

describe('ids named like the members of Object.prototype', () => {
  it('are keys like any other in an answer map, « __proto__ » included', () => {
    const map = toAnswerMap([answer('__proto__', 'projet'), answer('toString', 'valide')])
    expect(Object.keys(map).sort()).toEqual(['__proto__', 'toString'])
    expect(answerOf(map, '__proto__')?.value).toBe('projet')
    expect(answerOf(map, 'constructor')).toBeUndefined()
    expect(answerOf(withAnswer(map, answer('constructor', null)), 'constructor')?.value).toBeNull()
    expect(Object.keys(withAnswer(map, answer('hasOwnProperty', 'projet')))).toHaveLength(3)
  })

  it('refuses « __proto__ » as the id of a structure, an assessment, a question or an action, with the path', () => {
    const data = snapshot('__proto__', '__proto__')
    data.answers.push(answer('__proto__', 'projet', { assessmentId: '__proto__' }))
    data.actionEdits.push(actionEdit({ assessmentId: '__proto__', actionId: '__proto__' }))
    const parsed = parseBackup(fileText(data), { knownDefinitions: [] })
    expect(parsed.ok).toBe(false)
    const refused = parsed.ok
      ? []
      : parsed.errors.filter((e) => e.code === 'pattern' && e.params?.value === '__proto__').map((e) => e.path)
    expect(refused).toEqual(expect.arrayContaining(['.data.structures[0].id', '.data.assessments[0].id']))
    expect(refused.filter((path) => /^\.data\.answers\[\d\]\.questionId$/.test(path))).toHaveLength(1)
    expect(refused.filter((path) => /^\.data\.actionEdits\[\d\]\.actionId$/.test(path))).toHaveLength(1)
  })

  it('works with « constructor » and « toString » as structure, assessment, question and action ids, all the way', async () => {
    await importText(fileText(snapshot('constructor', 'toString')))
    const library = useLibraryStore()
    await library.load()
    expect(library.structures.map((s) => s.id)).toEqual(['constructor'])
    expect(library.assessmentsOf('constructor').map((a) => a.id)).toEqual(['toString'])

    // The assessment opens with its answers: the answer to the question « constructor » is scored.
    const current = useAssessmentStore()
    await current.open('toString')
    expect(current.state).toBe('ready')
    expect(answerOf(current.answers, 'constructor')?.comment).toBe('Réponse à la question « constructor »')
    expect(current.scores?.questions.constructor).toMatchObject({ state: 'answered', level: 2 })
    // « toString » is not a question of the questionnaire: kept, and counted as an orphan.
    expect(current.orphans).toEqual(['toString'])
    const plan = useActionPlanStore()
    await plan.load()
    expect(plan.plan.find((item) => item.actionId === 'constructor')).toMatchObject({
      owner: 'Paul Durand',
      status: 'doing',
    })

    // A new assessment of the structure « constructor » starts.
    await useQuestionnairesStore().load()
    const started = await library.startAssessment('constructor', 'autodiagnostic-maturite-si-esms')
    expect(started).toBeDefined()
    expect(library.assessmentsOf('constructor')).toHaveLength(2)
  })

  it('never reads an answer from Object.prototype: an unanswered question « constructor » is unanswered', async () => {
    const data = snapshot('s1', 'a1')
    data.answers = []
    data.actionEdits = []
    await importText(fileText(data))
    const current = useAssessmentStore()
    await current.open('a1')
    expect(current.scores?.questions.constructor).toMatchObject({ state: 'unanswered' })
    expect(current.progress.find((p) => p.domainId === 'gouvernance')?.done).toBe(0)
    await current.setComment('constructor', 'Une remarque')
    expect(answerOf(current.answers, 'constructor')).toMatchObject({
      questionId: 'constructor',
      value: null,
      comment: 'Une remarque',
    })
  })
})
