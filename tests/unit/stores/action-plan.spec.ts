import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { useActionPlanStore } from '@/stores/action-plan'
import { useAssessmentStore } from '@/stores/assessment'
import { useDatabaseStore } from '@/stores/database'
import { useLibraryStore } from '@/stores/library'
import { loadActionEdits, loadCustomActions, saveActionEdit, saveCustomAction } from '@/storage/action-plan'
import { saveAnswers, saveAssessment } from '@/storage/repository'
import type { Answer } from '@/domain/assessment'
import { actionEdit, customAction } from '../fixtures'

const ACTION = 'act-rediger-schema-directeur-si'

function answer(assessmentId: string, questionId: string, value: string): Answer {
  return { assessmentId, questionId, value, comment: '', updatedAt: '2025-03-01T09:30:00.000Z' }
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

/** A structure with an assessment of the built-in questionnaire, opened as the plan's page does before its edits are read. */
async function openAssessment(): Promise<string> {
  const library = useLibraryStore()
  const { id: structureId } = await library.createStructure({
    name: 'EHPAD Les Tilleuls',
    finess: '750712184',
    category: 'EHPAD',
    capacity: '',
    organisation: '',
  })
  const id = (await library.startAssessment(structureId ?? '', 'autodiagnostic-maturite-si-esms')) ?? ''
  await useAssessmentStore().open(id)
  return id
}

async function storedEdit(assessmentId: string) {
  return (await loadActionEdits(await useDatabaseStore().db(), assessmentId)).find((e) => e.actionId === ACTION)
}

describe('useActionPlanStore', () => {
  it('does not show the plan before the stored edits of the open assessment are loaded', async () => {
    await openAssessment()
    const plan = useActionPlanStore()
    expect(plan.loaded).toBe(false)
    await plan.load()
    expect(plan.loaded).toBe(true)
  })

  it('keeps the stored status, owner and due date of an action edited before the plan has loaded', async () => {
    const id = await openAssessment()
    await saveActionEdit(
      await useDatabaseStore().db(),
      id,
      actionEdit(ACTION, { status: 'doing', owner: 'Mme Durand', dueDate: '2027-03-31' }),
    )
    // A note typed in the instant the plan opens, while the screen still shows the action untouched.
    await useActionPlanStore().editAction(ACTION, { notes: 'Devis demandé' })
    expect(await storedEdit(id)).toMatchObject({
      status: 'doing',
      owner: 'Mme Durand',
      dueDate: '2027-03-31',
      notes: 'Devis demandé',
    })
  })

  it('writes only the field changed, over what another tab saved since the plan was loaded', async () => {
    const id = await openAssessment()
    const plan = useActionPlanStore()
    await plan.load()
    await plan.editAction(ACTION, { status: 'doing' })
    await saveActionEdit(await useDatabaseStore().db(), id, actionEdit(ACTION, { status: 'doing', owner: 'M. Petit' }))
    await plan.editAction(ACTION, { dueDate: '2027-06-30' })
    expect(await storedEdit(id)).toMatchObject({ status: 'doing', owner: 'M. Petit', dueDate: '2027-06-30' })
  })

  it('patches an action of the user’s own without touching its title or other fields', async () => {
    const id = await openAssessment()
    const db = await useDatabaseStore().db()
    await saveCustomAction(db, id, customAction('perso-1', { owner: 'Mme Durand' }))
    const plan = useActionPlanStore()
    await plan.load()
    await saveCustomAction(
      db,
      id,
      customAction('perso-1', { owner: 'Mme Durand', title: 'Former les équipes au DUI', status: 'doing' }),
    )
    await plan.editAction('perso-1', { notes: 'Deux sessions' })
    expect((await loadCustomActions(db, id))[0]).toMatchObject({
      title: 'Former les équipes au DUI',
      status: 'doing',
      owner: 'Mme Durand',
      notes: 'Deux sessions',
    })
  })

  it('shows after a reload the status, owner and due date the user gave an action', async () => {
    const id = await openAssessment()
    const plan = useActionPlanStore()
    await plan.load()
    await plan.editAction(ACTION, { status: 'doing', owner: 'Mme Durand', dueDate: '2027-03-31' })
    // A new visit: fresh stores reading the same database.
    setActivePinia(createPinia())
    await useAssessmentStore().open(id)
    const reloaded = useActionPlanStore()
    await reloaded.load()
    expect(reloaded.plan.find((item) => item.actionId === ACTION)).toMatchObject({
      status: 'doing',
      owner: 'Mme Durand',
      dueDate: '2027-03-31',
    })
  })

  it('keeps an action the user added, with its fields, after a reload, and forgets it once removed', async () => {
    const id = await openAssessment()
    const plan = useActionPlanStore()
    await plan.load()
    await plan.addCustomAction({
      title: 'Former les équipes au dossier de l’usager',
      why: 'Les nouveaux arrivants ne savent pas où noter les transmissions.',
      how: 'Deux sessions d’une heure par service.',
      phase: 'organisation',
      domainId: 'organisation',
      owner: 'Mme Durand',
      dueDate: '2027-02-28',
    })
    const added = plan.plan.find((item) => item.source === 'custom')
    expect(added).toMatchObject({ title: 'Former les équipes au dossier de l’usager', status: 'todo' })

    // A new visit: the page closed (its editing lock released), then fresh stores reading the same database.
    useAssessmentStore().close()
    setActivePinia(createPinia())
    await useAssessmentStore().open(id)
    const reloaded = useActionPlanStore()
    await reloaded.load()
    expect(reloaded.plan.find((item) => item.actionId === added?.actionId)).toMatchObject({
      source: 'custom',
      title: 'Former les équipes au dossier de l’usager',
      owner: 'Mme Durand',
      dueDate: '2027-02-28',
      state: 'active',
    })

    await reloaded.removeCustomAction(added?.actionId ?? '')
    expect(reloaded.plan.some((item) => item.source === 'custom')).toBe(false)
    expect(await loadCustomActions(await useDatabaseStore().db(), id)).toEqual([])
  })

  it('compares with the same structure’s previous assessment of the questionnaire, never another structure’s', async () => {
    await openAssessment()
    const open = useAssessmentStore().assessment!
    const db = await useDatabaseStore().db()
    const earlier = { ...open, id: 'earlier', createdAt: '2025-03-01T09:00:00.000Z', status: 'completed' as const }
    // Another structure's assessment, more recent than the earlier one: not a baseline for this structure.
    const elsewhere = { ...open, id: 'elsewhere', structureId: 'another', createdAt: '2025-09-01T09:00:00.000Z' }
    await saveAssessment(db, earlier)
    await saveAssessment(db, elsewhere)
    await saveAnswers(db, [answer('earlier', 'gouv-schema-directeur', 'aucun')], earlier)
    const plan = useActionPlanStore()
    await plan.load()
    expect(plan.previous?.assessment.id).toBe('earlier')
    expect(plan.previous?.scores.answered).toBe(1)
  })

  it('has no previous assessment to compare with for a structure’s first one', async () => {
    await openAssessment()
    const plan = useActionPlanStore()
    await plan.load()
    expect(plan.previous).toBeNull()
  })
})
