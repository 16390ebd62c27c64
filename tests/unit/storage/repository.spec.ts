import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import type { Answer, Assessment, Structure } from '@/domain/assessment/assessment'
import { DB_NAME, DB_VERSION, openCapsiDb, type CapsiDb } from '@/storage/db'
import * as repo from '@/storage/repository'
import { getGroup, saveGroup } from '@/storage/groups'
import { StorageError, toStorageError } from '@/storage/errors'
import { miniDefinition } from '../fixtures'

const structure: Structure = {
  id: 's1',
  name: 'EHPAD Les Tilleuls',
  finess: '750712184',
  category: 'EHPAD',
  capacity: 80,
  organisation: 'Association Horizon',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}
const assessment: Assessment = {
  id: 'a1',
  structureId: 's1',
  questionnaireId: 'exemple-mini',
  questionnaireVersion: '1.0.0',
  status: 'in-progress',
  currentPage: null,
  respondents: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}
const answer = (questionId: string, value: string, assessmentId = 'a1'): Answer => ({
  assessmentId,
  questionId,
  value,
  comment: '',
  updatedAt: '2026-01-02T00:00:00.000Z',
})

let db: CapsiDb

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openCapsiDb()
})

afterEach(() => db.close())

describe('openCapsiDb', () => {
  it('creates the database at the current version with every store', () => {
    expect(db.name).toBe(DB_NAME)
    expect(db.version).toBe(DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual([
      'actionEdits',
      'answers',
      'assessments',
      'customActions',
      'definitions',
      'groups',
      'meta',
      'services',
      'structures',
    ])
  })

  it('reports a missing IndexedDB as "unavailable" with a French message', async () => {
    const saved = globalThis.indexedDB
    // @ts-expect-error: simulating a browser without IndexedDB (some private modes)
    globalThis.indexedDB = undefined
    await expect(openCapsiDb()).rejects.toMatchObject({
      kind: 'unavailable',
      message: expect.stringMatching(/ne sont pas enregistrées/),
    })
    globalThis.indexedDB = saved
  })
})

describe('repository', () => {
  it('saves an answer and the assessment change date together', async () => {
    await repo.saveStructure(db, structure)
    await repo.saveAssessment(db, assessment)
    await repo.saveAnswer(db, answer('gouv-schema', 'projet'), { ...assessment, updatedAt: '2026-01-02T00:00:00.000Z' })
    expect(await repo.loadAnswers(db, 'a1')).toEqual([answer('gouv-schema', 'projet')])
    expect((await repo.getAssessment(db, 'a1'))?.updatedAt).toBe('2026-01-02T00:00:00.000Z')
  })

  it('overwrites the previous answer to the same question', async () => {
    await repo.saveAssessment(db, assessment)
    await repo.saveAnswer(db, answer('gouv-schema', 'projet'), assessment)
    await repo.saveAnswer(db, answer('gouv-schema', 'valide'), assessment)
    expect((await repo.loadAnswers(db, 'a1')).map((a) => a.value)).toEqual(['valide'])
  })

  it('stores plain copies, not the objects it was given', async () => {
    const record = { ...structure }
    await repo.saveStructure(db, record)
    record.name = 'changé après coup'
    expect((await repo.listStructures(db))[0]?.name).toBe('EHPAD Les Tilleuls')
  })

  it('deletes an assessment with its answers, and nothing else', async () => {
    await repo.saveAssessment(db, assessment)
    await repo.saveAssessment(db, { ...assessment, id: 'a2' })
    await repo.saveAnswer(db, answer('gouv-schema', 'projet'), assessment)
    await repo.saveAnswer(db, answer('gouv-schema', 'aucun', 'a2'), { ...assessment, id: 'a2' })
    await repo.deleteAssessment(db, 'a1')
    expect(await repo.getAssessment(db, 'a1')).toBeUndefined()
    expect(await repo.loadAnswers(db, 'a1')).toEqual([])
    expect(await repo.loadAnswers(db, 'a2')).toHaveLength(1)
  })

  it('deletes a structure with all its assessments and answers', async () => {
    await repo.saveStructure(db, structure)
    await repo.saveStructure(db, { ...structure, id: 's2' })
    await repo.saveAssessment(db, assessment)
    await repo.saveAssessment(db, { ...assessment, id: 'a3', structureId: 's2' })
    await repo.saveAnswer(db, answer('gouv-schema', 'projet'), assessment)
    await repo.deleteStructure(db, 's1', '2026-03-01T00:00:00.000Z')
    expect((await repo.listStructures(db)).map((s) => s.id)).toEqual(['s2'])
    expect((await repo.listAssessments(db)).map((a) => a.id)).toEqual(['a3'])
    expect(await repo.listAllAnswers(db)).toEqual([])
  })

  it('takes a deleted structure out of the workshop groups that listed it, and keeps the groups', async () => {
    await repo.saveStructure(db, structure)
    await repo.saveStructure(db, { ...structure, id: 's2' })
    const group = {
      id: 'g1',
      name: 'Collectif',
      structureIds: ['s1', 's2'],
      ruleSetId: 'r',
      usageTargets: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    await saveGroup(db, group)
    await saveGroup(db, { ...group, id: 'g2', structureIds: ['s2'] })
    await repo.deleteStructure(db, 's1', '2026-03-01T00:00:00.000Z')
    expect(await getGroup(db, 'g1')).toEqual({ ...group, structureIds: ['s2'], updatedAt: '2026-03-01T00:00:00.000Z' })
    expect(await getGroup(db, 'g2')).toEqual({ ...group, id: 'g2', structureIds: ['s2'] })
  })

  it('lists every saved answer once, however many there are, in key order', async () => {
    const many = Array.from({ length: 9001 }, (_, i) => ({
      ...answer(`q-${String(i).padStart(5, '0')}`, 'oui', i % 2 ? 'a1' : 'a2'),
    }))
    const tx = db.transaction('answers', 'readwrite')
    await Promise.all([...many.map((a) => tx.store.put(a)), tx.done])
    const listed = await repo.listAllAnswers(db)
    expect(listed).toHaveLength(9001)
    expect(new Set(listed.map((a) => `${a.assessmentId}/${a.questionId}`)).size).toBe(9001)
    expect(listed.map((a) => a.assessmentId)).toEqual([...many.map((a) => a.assessmentId)].sort())
  })

  it('keeps one copy of each definition version and never replaces it', async () => {
    const definition = miniDefinition()
    await repo.saveDefinition(db, definition, 'builtin', '2026-01-01T00:00:00.000Z')
    await repo.saveDefinition(db, { ...definition, title: 'Titre modifié' }, 'builtin', '2026-02-01T00:00:00.000Z')
    const stored = await repo.getDefinition(db, 'exemple-mini', '1.0.0')
    expect(stored?.definition.title).toBe('Exemple minimal')
    expect(await repo.listDefinitions(db)).toHaveLength(1)
  })
})

describe('toStorageError', () => {
  it('recognises a full disk', () => {
    const error = toStorageError(new DOMException('full', 'QuotaExceededError'))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.kind).toBe('quota')
    expect(error.message).toMatch(/espace de stockage du navigateur est plein/)
  })

  it('treats any other failure as a failed write', () => {
    expect(toStorageError(new Error('boom')).kind).toBe('write')
  })
})
