/**
 * The assessment being filled in: its definition, answers and derived scores. Every change is
 * written to IndexedDB at once, in order; `lastSavedAt` tells the user it is durable.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Answer, Assessment, AssessmentPath, Structure } from '@/domain/assessment'
import { toAnswerMap } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { computeProgress, computeScores, findOrphanAnswers, overallProgress } from '@/domain/scoring'
import { resolveProfile } from '@/domain/profile'
import { compareVersions, migrateAssessmentVersion } from '@/domain/migrate-version'
import * as repo from '@/storage/repository'
import { useDatabaseStore } from './database'
import { useQuestionnairesStore } from './questionnaires'
import { now } from './clock'
import { createWriteQueue } from './write-queue'
import { announceSave, onSaveElsewhere, tryLock, type HeldLock } from './tab-lock'

/** How long « Modifier ici » waits for another tab to let go of the assessment (it does so a moment after leaving it). */
const RETRY_WAIT_MS = 2000

export type OpenState = 'idle' | 'loading' | 'ready' | 'not-found' | 'definition-missing'

export const useAssessmentStore = defineStore('assessment', () => {
  const state = ref<OpenState>('idle')
  const assessment = ref<Assessment | null>(null)
  const structure = ref<Structure | null>(null)
  const definition = shallowRef<QuestionnaireDefinition | null>(null)
  const answers = ref<Record<string, Answer>>({})
  const writes = createWriteQueue(() => {
    if (assessment.value) announceSave(assessment.value.id)
  })
  const { pendingWrites, lastSavedAt, savedCount } = writes
  /** A save has been pending long enough to say so (see SLOW_SAVE_MS). */
  const slowSave = writes.slow

  /** Another tab is editing this assessment: this one only shows it. */
  const readOnly = ref(false)
  /** The last attempt to edit here found the assessment still open for editing in another tab. */
  const stillOpenElsewhere = ref(false)
  /** An attempt to edit here is waiting for the other tab to let go. */
  const retrying = ref(false)
  let lock: HeldLock | null = null
  let stopListening: (() => void) | null = null

  /** Releases the editing lock of the open assessment (when the user leaves it). */
  function close(): void {
    lock?.release()
    lock = null
    stillOpenElsewhere.value = false
    stopListening?.()
    stopListening = null
    state.value = 'idle'
    assessment.value = null
    structure.value = null
    definition.value = null
    answers.value = {}
  }

  const lockName = (id: string) => `capsi-assessment-${id}`

  async function takeLock(id: string): Promise<void> {
    lock = await tryLock(lockName(id))
    readOnly.value = lock === null
  }

  /** Tries again to edit, e.g. once the other tab has been closed; says so when it still holds the assessment. */
  async function retryEditing(): Promise<void> {
    const id = assessment.value?.id
    if (!id || !readOnly.value || retrying.value) return
    retrying.value = true
    const held = await tryLock(lockName(id), RETRY_WAIT_MS).finally(() => {
      retrying.value = false
    })
    // The user may have left the assessment while this tab waited.
    if (assessment.value?.id !== id || !readOnly.value) {
      held?.release()
      return
    }
    stillOpenElsewhere.value = held === null
    if (!held) return
    lock = held
    readOnly.value = false
    await reloadAnswers(id)
  }

  async function reloadAnswers(id: string): Promise<void> {
    const data = await useDatabaseStore().run(async (db) => ({ found: await repo.getAssessment(db, id), answers: await repo.loadAnswers(db, id) }))
    if (!data?.found || assessment.value?.id !== id) return
    assessment.value = data.found
    answers.value = toAnswerMap(data.answers)
  }

  async function open(id: string): Promise<void> {
    if (assessment.value?.id === id && state.value === 'ready') return
    if (assessment.value) close()
    state.value = 'loading'
    const database = useDatabaseStore()
    const data = await database.run(async (db) => {
      const found = await repo.getAssessment(db, id)
      if (!found) return null
      return { found, structure: (await repo.getStructure(db, found.structureId)) ?? null, answers: await repo.loadAnswers(db, id) }
    })
    if (!data) {
      state.value = 'not-found'
      return
    }
    const resolved = await useQuestionnairesStore().resolve(data.found.questionnaireId, data.found.questionnaireVersion)
    assessment.value = data.found
    structure.value = data.structure
    answers.value = toAnswerMap(data.answers)
    definition.value = resolved ?? null
    writes.reset()
    await takeLock(id)
    stopListening = onSaveElsewhere((savedId) => {
      if (readOnly.value && savedId === id) void reloadAnswers(id)
    })
    state.value = resolved ? 'ready' : 'definition-missing'
  }

  function enqueue(write: () => Promise<void>): Promise<void> {
    // A read-only tab never writes: the tab holding the lock is the only one that saves.
    if (readOnly.value) return Promise.resolve()
    return writes.enqueue(write)
  }

  function writeAnswer(questionId: string, patch: Partial<Pick<Answer, 'value' | 'comment'>>): Promise<void> {
    const current = assessment.value
    if (!current || readOnly.value) return Promise.resolve()
    const timestamp = now()
    const previous = answers.value[questionId]
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
    answers.value = { ...answers.value, [questionId]: answer }
    assessment.value = updated
    return enqueue(async () => started ?? repo.saveAnswer(await useDatabaseStore().db(), answer, updated))
  }

  function setAnswer(questionId: string, value: string | null): Promise<void> {
    return writeAnswer(questionId, { value })
  }

  function setComment(questionId: string, comment: string): Promise<void> {
    return writeAnswer(questionId, { comment })
  }

  function saveAssessmentPatch(patch: Partial<Assessment>): Promise<void> {
    const current = assessment.value
    if (!current || readOnly.value) return Promise.resolve()
    const updated = { ...current, ...patch, updatedAt: now() }
    assessment.value = updated
    return enqueue(async () => repo.saveAssessment(await useDatabaseStore().db(), updated))
  }

  function setCurrentPage(domainId: string): Promise<void> {
    if (assessment.value?.currentPage === domainId) return Promise.resolve()
    return saveAssessmentPatch({ currentPage: domainId })
  }

  function setTarget(domainId: string, level: number): Promise<void> {
    return saveAssessmentPatch({ targets: { ...(assessment.value?.targets ?? {}), [domainId]: level } })
  }

  function setPath(path: AssessmentPath): Promise<void> {
    return saveAssessmentPatch({ path })
  }

  function markCompleted(): Promise<void> {
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
    const next = { ...answers.value }
    for (const answer of migration.cleared) next[answer.questionId] = answer
    answers.value = next
    assessment.value = updated
    definition.value = target
    await enqueue(async () => repo.saveAnswers(await useDatabaseStore().db(), migration.cleared, updated))
  }

  /** The structure's profile for the open questionnaire: which questions apply to it. */
  const profile = computed(() => (definition.value ? resolveProfile(definition.value, structure.value) : undefined))
  const scores = computed(() => (definition.value ? computeScores(definition.value, answers.value, profile.value) : null))
  const essentialOnly = computed(() => assessment.value?.path === 'essential')
  const progress = computed(() => (definition.value ? computeProgress(definition.value, answers.value, essentialOnly.value, profile.value) : []))
  const overall = computed(() => overallProgress(progress.value))
  const orphans = computed(() => (definition.value ? findOrphanAnswers(definition.value, answers.value) : []))

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
    open,
    close,
    readOnly,
    stillOpenElsewhere,
    retrying,
    retryEditing,
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
    newerVersion,
    migrateTo,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAssessmentStore, import.meta.hot))
