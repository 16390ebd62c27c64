/**
 * The assessment being filled in: its definition, answers and derived scores. Every change is
 * written to IndexedDB at once, in order; `lastSavedAt` tells the user it is durable.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import type { Answer, Assessment, AssessmentPath, Structure } from '@/domain/assessment'
import {
  answerOf,
  pathOf,
  toAnswerMap,
  withAnswer,
  computeProgress,
  computeScores,
  findInvalidAnswers,
  findOrphanAnswers,
  overallProgress,
  resolveProfile,
} from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { compareVersions, migrateAssessmentVersion } from '@/domain/definition'
import * as repo from '@/storage/repository'
import { useDatabaseStore } from './database'
import { useQuestionnairesStore } from './questionnaires'
import { now } from '@/browser/clock'
import { createWriteQueue } from '@/editing/write-queue'
import { announceSave } from '@/browser/tab-lock'
import { createEditLock } from '@/editing/edit-lock'

export type OpenState = 'idle' | 'loading' | 'ready' | 'not-found' | 'definition-missing'

export const useAssessmentStore = defineStore('assessment', () => {
  const state = ref<OpenState>('idle')
  const assessment = ref<Assessment | null>(null)
  const structure = ref<Structure | null>(null)
  const definition = shallowRef<QuestionnaireDefinition | null>(null)
  const answers = ref<Record<string, Answer>>({})
  /** Saves made by another tab and shown here since the assessment was opened (the plan reloads its edits on each). */
  const externalChanges = ref(0)
  const lock = createEditLock('assessment', { reload: reloadAnswers })
  const { readOnly, takenElsewhere, takingOver, takeOver } = lock
  const writes = createWriteQueue(() => {
    if (assessment.value) announceSave(lock.lockName(assessment.value.id))
  })
  const { pendingWrites, lastSavedAt, savedCount } = writes
  /** The last write failed: the header must not go on showing the time of an earlier one. */
  const saveFailed = writes.lastFailed
  /** The answers as durably saved, which a failed write puts back on screen. */
  let savedAnswers: Record<string, Answer> = {}
  /** A save has been pending long enough to say so (see SLOW_SAVE_MS). */
  const slowSave = writes.slow

  /** Releases the editing lock of the open assessment (when the user leaves it). */
  function close(): void {
    lock.release()
    state.value = 'idle'
    assessment.value = null
    structure.value = null
    definition.value = null
    answers.value = {}
    savedAnswers = {}
  }

  async function reloadAnswers(id: string): Promise<void> {
    const data = await useDatabaseStore().run(async (db) => ({
      found: await repo.getAssessment(db, id),
      answers: await repo.loadAnswers(db, id),
    }))
    if (!data?.found || assessment.value?.id !== id) return
    assessment.value = data.found
    answers.value = toAnswerMap(data.answers)
    savedAnswers = toAnswerMap(data.answers)
    externalChanges.value++
  }

  async function open(id: string): Promise<void> {
    if (assessment.value?.id === id && state.value === 'ready') return
    if (assessment.value) close()
    state.value = 'loading'
    const database = useDatabaseStore()
    const data = await database.run(async (db) => {
      const found = await repo.getAssessment(db, id)
      if (!found) return null
      return {
        found,
        structure: (await repo.getStructure(db, found.structureId)) ?? null,
        answers: await repo.loadAnswers(db, id),
      }
    })
    if (!data) {
      state.value = 'not-found'
      return
    }
    const resolved = await useQuestionnairesStore().resolve(data.found.questionnaireId, data.found.questionnaireVersion)
    assessment.value = data.found
    structure.value = data.structure
    answers.value = toAnswerMap(data.answers)
    savedAnswers = toAnswerMap(data.answers)
    definition.value = resolved ?? null
    writes.reset()
    await lock.acquire(id)
    state.value = resolved ? 'ready' : 'definition-missing'
  }

  /** Queues a write; resolves to true once it is durable. */
  function save(write: () => Promise<void>): Promise<boolean> {
    // A read-only tab never writes: the tab holding the lock is the only one that saves.
    if (readOnly.value) return Promise.resolve(false)
    return writes.save(write)
  }

  function enqueue(write: () => Promise<void>): Promise<void> {
    return save(write).then(() => undefined)
  }

  /**
   * Saves an answer's value or comment; resolves to true once durable. A value that could not be
   * saved is taken back: the answer shown is then the one saved (a comment stays as typed, to be
   * saved with the next change).
   */
  function writeAnswer(questionId: string, patch: Partial<Pick<Answer, 'value' | 'comment'>>): Promise<boolean> {
    const current = assessment.value
    if (!current || readOnly.value) return Promise.resolve(false)
    const timestamp = now()
    const previous = answerOf(answers.value, questionId)
    const answer: Answer = {
      assessmentId: current.id,
      questionId,
      value: previous?.value ?? null,
      comment: previous?.comment ?? '',
      ...patch,
      updatedAt: timestamp,
    }
    const updated = { ...current, updatedAt: timestamp }
    // The transaction starts now, before the screen updates: IndexedDB runs read-write transactions
    // on the same stores in the order they were created, so the writes keep the user's order.
    const open = useDatabaseStore().openedDb()
    const started = open ? repo.saveAnswer(open, answer, updated) : null
    started?.catch(() => undefined)
    answers.value = withAnswer(answers.value, answer)
    assessment.value = updated
    return save(async () => started ?? repo.saveAnswer(await useDatabaseStore().db(), answer, updated)).then((ok) => {
      if (ok) savedAnswers = withAnswer(savedAnswers, answer)
      else if ('value' in patch && toRaw(answerOf(answers.value, questionId)) === answer) {
        answers.value = withAnswer(answers.value, {
          ...answer,
          value: answerOf(savedAnswers, questionId)?.value ?? null,
        })
      }
      return ok
    })
  }

  function setAnswer(questionId: string, value: string | null): Promise<boolean> {
    return writeAnswer(questionId, { value })
  }

  function setComment(questionId: string, comment: string): Promise<boolean> {
    return writeAnswer(questionId, { comment })
  }

  /**
   * Applies a change to the assessment: on screen, and to the record as stored (not as this screen saw
   * it). Resolves to true once durable.
   */
  function changeAssessment(mutate: (current: Assessment) => Assessment): Promise<boolean> {
    const current = assessment.value
    if (!current || readOnly.value) return Promise.resolve(false)
    const timestamp = now()
    assessment.value = { ...mutate(current), updatedAt: timestamp }
    return save(async () => {
      await repo.patchAssessment(await useDatabaseStore().db(), current.id, (stored) => ({
        ...mutate(stored),
        updatedAt: timestamp,
      }))
    })
  }

  function saveAssessmentPatch(patch: Partial<Assessment>): Promise<boolean> {
    return changeAssessment((current) => ({ ...current, ...patch }))
  }

  function setCurrentPage(domainId: string): Promise<boolean> {
    if (assessment.value?.currentPage === domainId) return Promise.resolve(true)
    return saveAssessmentPatch({ currentPage: domainId })
  }

  function setTarget(domainId: string, level: number): Promise<boolean> {
    return changeAssessment((current) => ({ ...current, targets: { ...(current.targets ?? {}), [domainId]: level } }))
  }

  function setPath(path: AssessmentPath): Promise<boolean> {
    return saveAssessmentPatch({ path })
  }

  /** Marks the assessment completed; resolves to true once that is saved. */
  function markCompleted(): Promise<boolean> {
    return saveAssessmentPatch({ status: 'completed' })
  }

  /** A newer version of the open assessment's questionnaire, when one is available. */
  const newerVersion = computed(() => {
    const current = definition.value
    const latest = current ? useQuestionnairesStore().latest(current.id) : undefined
    return current && latest && compareVersions(latest.version, current.version) > 0 ? latest : null
  })

  /** Moves the assessment to a newer questionnaire version: answers follow their question id, the rest become visible orphans. */
  async function migrateTo(target: QuestionnaireDefinition): Promise<void> {
    const current = assessment.value
    const from = definition.value
    if (!current || !from) return
    const migration = migrateAssessmentVersion(from, target, answers.value)
    await useQuestionnairesStore().remember(target)
    const updated: Assessment = {
      ...current,
      questionnaireVersion: target.version,
      orphans: [...(current.orphans ?? []), ...migration.orphans],
      updatedAt: now(),
    }
    let next = answers.value
    for (const answer of migration.cleared) next = withAnswer(next, answer)
    answers.value = next
    assessment.value = updated
    definition.value = target
    if (await save(async () => repo.saveAnswers(await useDatabaseStore().db(), migration.cleared, updated))) {
      savedAnswers = { ...savedAnswers, ...toAnswerMap(migration.cleared) }
    }
  }

  /** The structure's profile for the open questionnaire: which questions apply to it. */
  const profile = computed(() => (definition.value ? resolveProfile(definition.value, structure.value) : undefined))
  /** Scores on the assessment's path (on the essential path, its core questions only) and for the structure's profile. */
  const scores = computed(() =>
    definition.value && assessment.value
      ? computeScores(definition.value, answers.value, pathOf(assessment.value), profile.value)
      : null,
  )
  const essentialOnly = computed(() => assessment.value?.path === 'essential')
  const progress = computed(() =>
    definition.value ? computeProgress(definition.value, answers.value, essentialOnly.value, profile.value) : [],
  )
  const overall = computed(() => overallProgress(progress.value))
  const orphans = computed(() => (definition.value ? findOrphanAnswers(definition.value, answers.value) : []))
  /** Answers whose value is not a choice of their question: kept, shown with a notice, counted nowhere. */
  const invalidAnswers = computed(() => (definition.value ? findInvalidAnswers(definition.value, answers.value) : []))

  return {
    state,
    assessment,
    structure,
    definition,
    answers,
    pendingWrites,
    slowSave,
    lastSavedAt,
    savedCount,
    saveFailed,
    open,
    close,
    readOnly,
    takenElsewhere,
    takingOver,
    takeOver,
    externalChanges,
    setAnswer,
    setComment,
    setCurrentPage,
    markCompleted,
    setPath,
    setTarget,
    enqueue,
    essentialOnly,
    saveAssessmentPatch,
    profile,
    scores,
    progress,
    overall,
    orphans,
    invalidAnswers,
    newerVersion,
    migrateTo,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAssessmentStore, import.meta.hot))
