/**
 * The action plan and comparison baseline of the open assessment. The plan is derived from the
 * same answers as the questionnaire and results (useAssessmentStore), plus the user's edits. Each
 * edit saves only the fields the user changed, applied to the stored record.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  buildActionPlan,
  planProgress,
  type ActionEdit,
  type ActionStatus,
  type CustomAction,
} from '@/domain/action-plan'
import type { ActionPhase } from '@/domain/definition'
import {
  pathOf,
  toAnswerMap,
  type Assessment,
  computeScores,
  type AssessmentScore,
  resolveProfile,
} from '@/domain/assessment'
import * as planRepo from '@/storage/action-plan'
import * as repo from '@/storage/repository'
import { useAssessmentStore } from './assessment'
import { useDatabaseStore } from './database'
import { useQuestionnairesStore } from './questionnaires'
import { newId, now } from '@/browser/clock'

export interface EditableActionFields {
  status: ActionStatus
  owner: string
  dueDate: string | null
  notes: string
}

export interface NewCustomAction {
  title: string
  why: string
  how: string
  phase: ActionPhase
  domainId: string | null
  owner: string
  dueDate: string | null
}

export const useActionPlanStore = defineStore('action-plan', () => {
  const assessmentId = ref<string | null>(null)
  const edits = ref<Record<string, ActionEdit>>({})
  const custom = ref<CustomAction[]>([])
  const previous = shallowRef<{ assessment: Assessment; scores: AssessmentScore } | null>(null)

  /** Loads the plan edits of the open assessment and the previous assessment of the same structure. */
  async function load(): Promise<void> {
    const current = useAssessmentStore()
    const open = current.assessment
    if (!open) return
    // Another assessment's edits are never shown, even for a moment, as this one's.
    if (assessmentId.value !== open.id) {
      assessmentId.value = null
      edits.value = {}
      custom.value = []
    }
    const data = await useDatabaseStore().run(async (db) => {
      const all = await repo.listAssessments(db)
      const earlier = all
        .filter(
          (a) =>
            a.structureId === open.structureId &&
            a.questionnaireId === open.questionnaireId &&
            a.id !== open.id &&
            a.createdAt < open.createdAt,
        )
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
      return {
        edits: await planRepo.loadActionEdits(db, open.id),
        custom: await planRepo.loadCustomActions(db, open.id),
        earlier,
        earlierAnswers: earlier ? await repo.loadAnswers(db, earlier.id) : [],
      }
    })
    if (!data || current.assessment?.id !== open.id) return
    assessmentId.value = open.id
    edits.value = Object.fromEntries(data.edits.map((e) => [e.actionId, e]))
    custom.value = data.custom
    previous.value = null
    if (data.earlier) {
      const definition = await useQuestionnairesStore().resolve(
        data.earlier.questionnaireId,
        data.earlier.questionnaireVersion,
      )
      if (definition) {
        const profile = resolveProfile(definition, current.structure)
        previous.value = {
          assessment: data.earlier,
          scores: computeScores(definition, toAnswerMap(data.earlierAnswers), pathOf(data.earlier), profile),
        }
      }
    }
  }

  /** True once the stored edits of the open assessment are loaded: the plan is shown, and editable, only then. */
  const loaded = computed(
    () => assessmentId.value !== null && assessmentId.value === useAssessmentStore().assessment?.id,
  )

  const targets = computed(() => useAssessmentStore().assessment?.targets ?? {})

  const plan = computed(() => {
    const current = useAssessmentStore()
    if (!current.definition) return []
    return buildActionPlan(current.definition, current.answers, {
      targets: targets.value,
      edits: edits.value,
      custom: custom.value,
      profile: current.profile,
    })
  })

  const progress = computed(() => planProgress(plan.value))

  /**
   * Saves the fields the user changed on an action (a catalogue action is kept by action id, whatever
   * the answers become). Only those fields are written, over the stored record, never what the screen
   * showed of the others.
   */
  function editAction(actionId: string, patch: Partial<EditableActionFields>): Promise<void> {
    const current = useAssessmentStore()
    const id = current.assessment?.id
    if (!id || current.readOnly) return Promise.resolve()
    const timestamp = now()
    if (custom.value.some((a) => a.id === actionId)) {
      custom.value = custom.value.map((a) => (a.id === actionId ? { ...a, ...patch, updatedAt: timestamp } : a))
      return current.enqueue(async () => {
        await planRepo.patchCustomAction(await useDatabaseStore().db(), actionId, patch, timestamp)
      })
    }
    const shown = edits.value[actionId] ?? {
      actionId,
      status: 'todo',
      owner: '',
      dueDate: null,
      notes: '',
      updatedAt: timestamp,
    }
    edits.value = { ...edits.value, [actionId]: { ...shown, ...patch, updatedAt: timestamp } }
    return current.enqueue(async () => {
      await planRepo.patchActionEdit(await useDatabaseStore().db(), id, actionId, patch, timestamp)
    })
  }

  function saveCustom(action: CustomAction): Promise<void> {
    const current = useAssessmentStore()
    const id = current.assessment?.id
    if (!id || current.readOnly) return Promise.resolve()
    custom.value = [...custom.value, action]
    return current.enqueue(async () => planRepo.saveCustomAction(await useDatabaseStore().db(), id, action))
  }

  function addCustomAction(input: NewCustomAction): Promise<void> {
    const timestamp = now()
    return saveCustom({
      ...input,
      id: `perso-${newId()}`,
      status: 'todo',
      notes: '',
      createdAt: timestamp,
      updatedAt: timestamp,
    })
  }

  function removeCustomAction(id: string): Promise<void> {
    const current = useAssessmentStore()
    if (current.readOnly) return Promise.resolve()
    custom.value = custom.value.filter((a) => a.id !== id)
    return current.enqueue(async () => planRepo.deleteCustomAction(await useDatabaseStore().db(), id))
  }

  return {
    assessmentId,
    loaded,
    edits,
    custom,
    previous,
    targets,
    plan,
    progress,
    load,
    editAction,
    addCustomAction,
    removeCustomAction,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useActionPlanStore, import.meta.hot))
