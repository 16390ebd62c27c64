/**
 * The assessment being filled in: its definition, answers and derived scores. Every change is
 * written to IndexedDB at once, in order; `lastSavedAt` tells the user it is durable.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Answer, Assessment, AssessmentPath, Structure } from '@/domain/assessment'
import { withAnswer } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { compareVersions, migrateAssessmentVersion } from '@/domain/definition'
import * as repo from '@/storage/repository'
import { useDatabaseStore } from './database'
import { useQuestionnairesStore } from './questionnaires'
import { now } from '@/browser/clock'
import { createWriteQueue } from '@/editing/write-queue'
import { announceSave } from '@/browser/tab-lock'
import { createEditLock } from '@/editing/edit-lock'
import { createAnswerWrites } from './answer-writes'
import { useAssessmentResults } from './assessment-results'

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
  /** A save has been pending long enough to say so (see SLOW_SAVE_MS). */
  const slowSave = writes.slow
  /** The answers shown and the answers saved, which a failed write puts back on screen. */
  const answerWrites = createAnswerWrites({ assessment, answers, readOnly, save })

  /** Releases the editing lock of the open assessment (when the user leaves it). */
  function close(): void {
    lock.release()
    state.value = 'idle'
    assessment.value = null
    structure.value = null
    definition.value = null
    answerWrites.show([])
  }

  async function reloadAnswers(id: string): Promise<void> {
    const data = await useDatabaseStore().run(async (db) => ({
      found: await repo.getAssessment(db, id),
      answers: await repo.loadAnswers(db, id),
    }))
    if (!data?.found || assessment.value?.id !== id) return
    assessment.value = data.found
    answerWrites.show(data.answers)
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
    answerWrites.show(data.answers)
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

  function setAnswer(questionId: string, value: string | null): Promise<boolean> {
    return answerWrites.write(questionId, { value })
  }

  function setComment(questionId: string, comment: string): Promise<boolean> {
    return answerWrites.write(questionId, { comment })
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
      answerWrites.markSaved(migration.cleared)
    }
  }

  const { profile, scores, essentialOnly, progress, overall, orphans, invalidAnswers } = useAssessmentResults({
    definition,
    assessment,
    structure,
    answers,
  })

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
