/**
 * Conformity-grid services: those of a structure, and the one being declared. Every change is
 * written to IndexedDB at once, in order, as a patch applied to the stored record (never the whole
 * record as this screen saw it); `savedCount` tells it is durable. One tab edits a service at a time.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Structure } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import {
  computeAxisSummaries,
  takeSnapshot,
  validateServiceInput,
  type RequirementAnswer,
  type SecurityNeedAnswer,
  type ServiceFieldErrors,
  type ServiceInput,
  type ServiceRecord,
} from '@/domain/conformity'
import { newServiceRecord, sortByName, withRequirement, withSecurityNeed } from './service-records'
import { getStructure } from '@/storage/repository'
import * as servicesRepo from '@/storage/services'
import { useDatabaseStore } from './database'
import { useQuestionnairesStore } from './questionnaires'
import { newId, now } from '@/browser/clock'
import { createWriteQueue } from '@/editing/write-queue'
import { createEditLock } from '@/editing/edit-lock'
import { announceSave } from '@/browser/tab-lock'

export const CONFORMITY_QUESTIONNAIRE_ID = 'grille-conformite-convergence'

export type ServiceOpenState = 'idle' | 'loading' | 'ready' | 'not-found' | 'definition-missing'

export type ServiceFields = Pick<
  ServiceRecord,
  'name' | 'responsible' | 'description' | 'provider' | 'product' | 'productVersion' | 'startedOn'
>

export const useServicesStore = defineStore('services', () => {
  /** Services of the structure last loaded with loadStructure. */
  const services = ref<ServiceRecord[]>([])
  const structure = ref<Structure | null>(null)
  const listLoaded = ref(false)

  const state = ref<ServiceOpenState>('idle')
  const service = ref<ServiceRecord | null>(null)
  const serviceStructure = ref<Structure | null>(null)
  const definition = shallowRef<QuestionnaireDefinition | null>(null)

  const lock = createEditLock('service', { reload })
  const { readOnly, takenElsewhere, takingOver, takeOver } = lock
  const {
    pendingWrites,
    slow: slowSave,
    lastSavedAt,
    savedCount,
    enqueue,
    idle,
    reset: resetWrites,
  } = createWriteQueue(() => {
    if (service.value) announceSave(lock.lockName(service.value.id))
  })

  /** Shows the service as stored (another tab saved it, or this one takes the editing over). */
  async function reload(id: string): Promise<void> {
    const found = await useDatabaseStore().run((db) => servicesRepo.getService(db, id))
    if (!found || service.value?.id !== id) return
    service.value = found
    services.value = services.value.map((s) => (s.id === id ? found : s))
  }

  async function loadStructure(structureId: string): Promise<void> {
    listLoaded.value = false
    const data = await useDatabaseStore().run(async (db) => ({
      structure: (await getStructure(db, structureId)) ?? null,
      services: await servicesRepo.listServices(db, structureId),
    }))
    structure.value = data?.structure ?? null
    services.value = sortByName(data?.services ?? [])
    listLoaded.value = true
  }

  /** Validates and creates a service of the structure against the grid's current version. */
  async function create(
    structureId: string,
    input: ServiceInput,
  ): Promise<{ errors: ServiceFieldErrors; id?: string }> {
    const errors = validateServiceInput(input)
    if (Object.keys(errors).length) return { errors }
    const questionnaires = useQuestionnairesStore()
    await questionnaires.load()
    const grid = questionnaires.latest(CONFORMITY_QUESTIONNAIRE_ID)
    if (!grid) return { errors: {} }
    await questionnaires.remember(grid)
    const record = newServiceRecord(structureId, grid, input, newId(), now())
    const saved = await useDatabaseStore().run(async (db) => {
      await servicesRepo.saveService(db, record)
      return true
    })
    if (!saved) return { errors: {} }
    services.value = sortByName([...services.value, record])
    return { errors: {}, id: record.id }
  }

  async function open(id: string): Promise<void> {
    if (service.value?.id === id && state.value === 'ready') return
    state.value = 'loading'
    const data = await useDatabaseStore().run(async (db) => {
      const found = await servicesRepo.getService(db, id)
      if (!found) return null
      return { found, structure: (await getStructure(db, found.structureId)) ?? null }
    })
    if (!data) {
      state.value = 'not-found'
      return
    }
    const resolved = await useQuestionnairesStore().resolve(data.found.questionnaireId, data.found.questionnaireVersion)
    service.value = data.found
    serviceStructure.value = data.structure
    definition.value = resolved ?? null
    resetWrites()
    await lock.acquire(id)
    state.value = resolved ? 'ready' : 'definition-missing'
  }

  /** Lets the open service go (the user left it): another tab may edit it. */
  function close(): void {
    lock.release()
    service.value = null
    state.value = 'idle'
  }

  /**
   * Applies a change to the open service: on screen at once, and in the database to the record as
   * stored, so that a field this screen shows stale is never written back. A read-only tab writes nothing.
   */
  function change(mutate: (current: ServiceRecord, timestamp: string) => ServiceRecord): Promise<void> {
    const current = service.value
    if (!current || readOnly.value) return Promise.resolve()
    const timestamp = now()
    const updated = { ...mutate(current, timestamp), updatedAt: timestamp }
    service.value = updated
    services.value = services.value.map((s) => (s.id === updated.id ? updated : s))
    return enqueue(async () => {
      await servicesRepo.patchService(await useDatabaseStore().db(), current.id, (stored) => ({
        ...mutate(stored, timestamp),
        updatedAt: timestamp,
      }))
    })
  }

  function updateFields(patch: Partial<ServiceFields>): Promise<void> {
    return change((current) => ({ ...current, ...patch }))
  }

  function setQualification(questionId: string, value: string | string[]): Promise<void> {
    return change((current) => ({ ...current, qualification: { ...current.qualification, [questionId]: value } }))
  }

  function setRequirement(code: string, patch: Partial<Omit<RequirementAnswer, 'updatedAt'>>): Promise<void> {
    return change((current, timestamp) => withRequirement(current, code, patch, timestamp))
  }

  function setSecurityNeed(needId: string, patch: Partial<Omit<SecurityNeedAnswer, 'updatedAt'>>): Promise<void> {
    return change((current, timestamp) => withSecurityNeed(current, needId, patch, timestamp))
  }

  /** Freezes the current declaration as the reference the next ones are compared with. */
  function freezeSnapshot(): Promise<void> {
    return change((current, timestamp) => ({
      ...current,
      history: [...current.history, takeSnapshot(current, timestamp)],
    }))
  }

  async function remove(id: string): Promise<boolean> {
    await idle()
    const done = await useDatabaseStore().run(async (db) => {
      await servicesRepo.deleteService(db, id)
      return true
    })
    if (done) {
      services.value = services.value.filter((s) => s.id !== id)
      if (service.value?.id === id) close()
    }
    return done === true
  }

  const summaries = computed(() =>
    definition.value && service.value ? computeAxisSummaries(definition.value, service.value) : [],
  )
  const reference = computed(() => service.value?.history[service.value.history.length - 1] ?? null)

  return {
    services,
    structure,
    listLoaded,
    state,
    service,
    serviceStructure,
    definition,
    pendingWrites,
    slowSave,
    lastSavedAt,
    savedCount,
    loadStructure,
    create,
    open,
    close,
    readOnly,
    takenElsewhere,
    takingOver,
    takeOver,
    updateFields,
    setQualification,
    setRequirement,
    setSecurityNeed,
    freezeSnapshot,
    remove,
    summaries,
    reference,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useServicesStore, import.meta.hot))
