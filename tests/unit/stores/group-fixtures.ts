/**
 * What the workshop group store's tests start from: a fresh database with the built-in
 * questionnaires loaded, EHPADs of one association, and their assessments of the maturity
 * questionnaire answered on its schema question.
 */
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import type { Answer, Assessment, Structure } from '@/domain/assessment'
import { useDatabaseStore } from '@/stores/database'
import { useQuestionnairesStore } from '@/stores/questionnaires'
import { saveAnswers } from '@/storage/repository'

export const QUESTIONNAIRE = 'autodiagnostic-maturite-si-esms'
export const QUESTION = 'gouv-schema-directeur'
const AT = '2026-01-01T00:00:00.000Z'

/** The built-in questionnaire's current version, which the assessments answer (set by `freshStores`). */
let version = ''

/** A new empty database and new stores, the built-in questionnaires loaded. */
export async function freshStores(): Promise<void> {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
  const questionnaires = useQuestionnairesStore()
  await questionnaires.load()
  version = questionnaires.latest(QUESTIONNAIRE)?.version ?? ''
}

/** An EHPAD of the Association du Val. */
export function structure(id: string, name: string): Structure {
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

/** A completed assessment of the maturity questionnaire's current version. */
export function assessment(id: string, structureId: string, extra: Partial<Assessment> = {}): Assessment {
  return {
    id,
    structureId,
    questionnaireId: QUESTIONNAIRE,
    questionnaireVersion: version,
    status: 'completed',
    currentPage: null,
    respondents: [],
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  }
}

/** Saves the assessment's answer to the schema question. */
export async function answerSchema(record: Assessment, value: string, at = AT): Promise<void> {
  const db = await useDatabaseStore().db()
  const saved: Answer = { assessmentId: record.id, questionId: QUESTION, value, comment: '', updatedAt: at }
  await saveAnswers(db, [saved], record)
}
