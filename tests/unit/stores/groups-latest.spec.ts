import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import type { Answer, Assessment, Structure } from '@/domain/assessment'
import { useGroupsStore } from '@/stores/groups'
import { useDatabaseStore } from '@/stores/database'
import { useQuestionnairesStore } from '@/stores/questionnaires'
import { saveAnswers, saveAssessment, saveStructure } from '@/storage/repository'

const QUESTIONNAIRE = 'autodiagnostic-maturite-si-esms'
const QUESTION = 'gouv-schema-directeur'

/** The built-in questionnaire's current version, which the assessments below answered. */
let version = ''

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
  const questionnaires = useQuestionnairesStore()
  await questionnaires.load()
  version = questionnaires.latest(QUESTIONNAIRE)?.version ?? ''
})

function structure(id: string, name: string): Structure {
  return {
    id,
    name,
    finess: '750712184',
    category: 'EHPAD',
    capacity: 80,
    organisation: 'Association du Val',
    createdAt: '2024-09-01T08:00:00.000Z',
    updatedAt: '2024-09-01T08:00:00.000Z',
  }
}

function assessment(id: string, structureId: string, createdAt: string, updatedAt = createdAt): Assessment {
  return {
    id,
    structureId,
    questionnaireId: QUESTIONNAIRE,
    questionnaireVersion: version,
    status: 'completed',
    currentPage: null,
    respondents: [],
    createdAt,
    updatedAt,
  }
}

function answer(assessmentId: string, value: string): Answer {
  return { assessmentId, questionId: QUESTION, value, comment: '', updatedAt: '2026-01-01T00:00:00.000Z' }
}

/** Saves an assessment with its one answer to the schema question. */
async function saveAnswered(record: Assessment, value: string): Promise<void> {
  const db = await useDatabaseStore().db()
  await saveAssessment(db, record)
  await saveAnswers(db, [answer(record.id, value)], record)
}

describe('a workshop group’s members', () => {
  it('each show their structure’s latest assessment, scored on its own answers', async () => {
    const db = await useDatabaseStore().db()
    await saveStructure(db, structure('tilleuls', 'EHPAD Les Tilleuls'))
    await saveStructure(db, structure('phare', 'EHPAD Le Phare'))
    // Les Tilleuls: a first assessment in 2025, then a new one in 2026 after its schema was written.
    await saveAnswered(assessment('tilleuls-2025', 'tilleuls', '2025-02-01T09:00:00.000Z'), 'aucun')
    await saveAnswered(assessment('tilleuls-2026', 'tilleuls', '2026-02-01T09:00:00.000Z'), 'valide')
    await saveAnswered(assessment('phare-2025', 'phare', '2025-06-01T09:00:00.000Z'), 'en-redaction')

    const groups = useGroupsStore()
    const { id = '' } = await groups.createGroup({
      name: 'Grappe du Val',
      structureIds: ['tilleuls', 'phare'],
      ruleSetId: 'amorcage-2020-2022',
    })
    await groups.open(id)

    const byStructure = Object.fromEntries(groups.members.map((m) => [m.structure.id, m]))
    expect(byStructure.tilleuls?.assessment?.id).toBe('tilleuls-2026')
    expect(byStructure.tilleuls?.snapshot?.answers[QUESTION]?.value).toBe('valide')
    expect(byStructure.phare?.assessment?.id).toBe('phare-2025')
    expect(byStructure.phare?.snapshot?.answers[QUESTION]?.value).toBe('en-redaction')
    // The group's comparison counts one assessment per structure, not every assessment saved.
    expect(groups.members).toHaveLength(2)
    groups.close()
  })
})
