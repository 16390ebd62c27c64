/** Structures and their assessments, as listed on the home screen. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Answer, Assessment, Structure } from '@/domain/assessment'
import {
  toAnswerMap,
  sameStructure,
  validateStructureInput,
  type StructureInput,
  type StructureValidation,
  resolveProfile,
  computeProgress,
  overallProgress,
} from '@/domain/assessment'
import * as repo from '@/storage/repository'
import {
  createProgressCache,
  indexByAssessment,
  NO_ANSWERS,
  withoutAssessments,
  type AnswerIndex,
} from './answer-index'
import { useDatabaseStore } from './database'
import { useQuestionnairesStore } from './questionnaires'
import { newId, now } from '@/browser/clock'
import { dataChangeCount } from '@/browser/data-changes'

export const useLibraryStore = defineStore('library', () => {
  const structures = ref<Structure[]>([])
  const assessments = ref<Assessment[]>([])
  /**
   * Every saved answer, indexed by assessment. A list is replaced only when its assessment changes,
   * so that what was derived from the other lists (their progress) is kept.
   */
  const answersByAssessment = shallowRef<AnswerIndex>(new Map())
  const loaded = ref(false)

  /**
   * The read in progress, if any. A change made meanwhile (a structure created or deleted…) is applied
   * to the lists once that read is done, and is applied so that it holds whether or not the read saw
   * it: the lists always end up as the database is.
   */
  let reading: Promise<void> | null = null
  /**
   * The count of writes (browser/data-changes.ts) the lists were read at, and the one the read in
   * progress started at: a screen shown again reads nothing when no write was begun since.
   */
  let readAt: number | null = null
  let readingAt: number | null = null

  /** Reads the saved data, unless nothing was written since the last read (in this tab or another). */
  function load(): Promise<void> {
    const stamp = dataChangeCount()
    if (stamp !== null) {
      if (reading && readingAt === stamp) return reading
      if (!reading && readAt === stamp) return Promise.resolve()
    }
    readingAt = stamp
    const current = read(stamp).finally(() => {
      if (reading === current) reading = null
    })
    reading = current
    return current
  }

  async function read(stamp: number | null): Promise<void> {
    const database = useDatabaseStore()
    const data = await database.run(async (db) => ({
      structures: await repo.listStructures(db),
      assessments: await repo.listAssessments(db),
      answers: await repo.listAllAnswers(db),
    }))
    if (data) {
      structures.value = data.structures.sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      assessments.value = data.assessments
      answersByAssessment.value = indexByAssessment(data.answers, answersByAssessment.value)
      readAt = stamp
    }
    loaded.value = true
  }

  const structuresById = computed(() => new Map(structures.value.map((s) => [s.id, s])))

  /** Assessments of each structure, the latest changed first. */
  const assessmentsByStructure = computed(() => {
    const index = new Map<string, Assessment[]>()
    for (const assessment of assessments.value) {
      const list = index.get(assessment.structureId)
      if (list) list.push(assessment)
      else index.set(assessment.structureId, [assessment])
    }
    for (const list of index.values()) list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    return index
  })

  /** The saved answers of one assessment. */
  function answersOf(assessmentId: string): readonly Answer[] {
    return answersByAssessment.value.get(assessmentId) ?? NO_ANSWERS
  }

  const cachedProgress = createProgressCache(({ answers, structure, definition }) => {
    const profile = resolveProfile(definition, structure)
    return overallProgress(computeProgress(definition, toAnswerMap(answers), false, profile))
  })

  /**
   * Progress (0–1) of an assessment whose maturity questionnaire is known: computed only for the
   * assessments shown, once, and again only when its answers, structure or questionnaire change.
   */
  function progressOf(assessmentId: string): number | undefined {
    const assessment = assessmentsById.value.get(assessmentId)
    if (!assessment) return undefined
    const definition = useQuestionnairesStore().latest(assessment.questionnaireId)
    if (!definition || definition.kind !== 'maturity') return undefined
    const structure = structuresById.value.get(assessment.structureId) ?? null
    return cachedProgress({ answers: answersOf(assessmentId), structure, definition, assessment })
  }

  const assessmentsById = computed(() => new Map(assessments.value.map((a) => [a.id, a])))

  function assessmentsOf(structureId: string): Assessment[] {
    return assessmentsByStructure.value.get(structureId) ?? []
  }

  /** Validates and saves a new structure; returns the validation for the form to show. */
  async function createStructure(input: StructureInput): Promise<StructureValidation & { id?: string }> {
    const validation = validateStructureInput(input)
    if (!validation.ok) return validation
    const timestamp = now()
    const structure: Structure = { ...validation.value, id: newId(), createdAt: timestamp, updatedAt: timestamp }
    const saved = await useDatabaseStore().run(async (db) => {
      await repo.saveStructure(db, structure)
      return true
    })
    if (saved) {
      await reading
      structures.value = [...structures.value.filter((s) => s.id !== structure.id), structure].sort((a, b) =>
        a.name.localeCompare(b.name, 'fr'),
      )
      // Once there is something to keep, ask the browser not to evict it when space runs low. The
      // answer (and what it means) is shown in « Mes données », where the user can ask again. A page
      // that is not a secure context (plain HTTP) has no storage manager: « Mes données » says so.
      void globalThis.navigator?.storage?.persist?.().catch(() => false)
    }
    return saved ? { ...validation, id: structure.id } : validation
  }

  /**
   * Validates and saves the changes made to a structure. Refused, with nothing written, when the
   * structure has changed since the form was opened (in another tab) or no longer exists.
   */
  async function updateStructure(
    id: string,
    input: StructureInput,
    opened: Structure,
  ): Promise<StructureValidation | { ok: false; conflict: 'changed' | 'missing' | 'failed' }> {
    const validation = validateStructureInput(input)
    if (!validation.ok) return validation
    const outcome = await useDatabaseStore().run(async (db) => {
      const stored = await repo.getStructure(db, id)
      if (!stored) return 'missing' as const
      if (!sameStructure(stored, opened)) return 'changed' as const
      const structure: Structure = { ...stored, ...validation.value, updatedAt: now() }
      // The profile is replaced as a whole: without answers, every fact follows the category again.
      if (!validation.value.profile) delete structure.profile
      await repo.saveStructure(db, structure)
      return structure
    })
    if (!outcome) return { ok: false, conflict: 'failed' }
    if (typeof outcome === 'string') return { ok: false, conflict: outcome }
    await reading
    const saved = outcome
    structures.value = [...structures.value.filter((s) => s.id !== id), saved].sort((a, b) =>
      a.name.localeCompare(b.name, 'fr'),
    )
    return validation
  }

  /** Starts an assessment of a questionnaire's current version; returns its id. */
  async function startAssessment(structureId: string, questionnaireId: string): Promise<string | undefined> {
    const questionnaires = useQuestionnairesStore()
    await questionnaires.load()
    const definition = questionnaires.latest(questionnaireId)
    if (!definition) return undefined
    await questionnaires.remember(definition)
    const timestamp = now()
    const assessment: Assessment = {
      id: newId(),
      structureId,
      questionnaireId,
      questionnaireVersion: definition.version,
      status: 'in-progress',
      currentPage: null,
      respondents: [],
      createdAt: timestamp,
      updatedAt: timestamp,
    }
    const saved = await useDatabaseStore().run(async (db) => {
      await repo.saveAssessment(db, assessment)
      return true
    })
    if (!saved) return undefined
    await reading
    assessments.value = [...assessments.value.filter((a) => a.id !== assessment.id), assessment]
    return assessment.id
  }

  async function deleteAssessment(id: string): Promise<boolean> {
    const done = await useDatabaseStore().run(async (db) => {
      await repo.deleteAssessment(db, id)
      return true
    })
    if (done) {
      await reading
      assessments.value = assessments.value.filter((a) => a.id !== id)
      answersByAssessment.value = withoutAssessments(answersByAssessment.value, [id])
    }
    return done === true
  }

  async function deleteStructure(id: string): Promise<boolean> {
    const done = await useDatabaseStore().run(async (db) => {
      await repo.deleteStructure(db, id, now())
      return true
    })
    if (done) {
      await reading
      const removed = new Set(assessmentsOf(id).map((a) => a.id))
      structures.value = structures.value.filter((s) => s.id !== id)
      assessments.value = assessments.value.filter((a) => !removed.has(a.id))
      answersByAssessment.value = withoutAssessments(answersByAssessment.value, removed)
    }
    return done === true
  }

  return {
    structures,
    assessments,
    answersByAssessment,
    answersOf,
    structuresById,
    loaded,
    load,
    progressOf,
    assessmentsOf,
    createStructure,
    updateStructure,
    startAssessment,
    deleteAssessment,
    deleteStructure,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
