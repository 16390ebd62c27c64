/**
 * A reopened group reuses each member's scores only while nothing they were computed from has
 * changed: an answer, the assessment's targets, a plan edit, the structure, or the group itself.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Assessment } from '@/domain/assessment'
import { useGroupsStore } from '@/stores/groups'
import { useDatabaseStore } from '@/stores/database'
import { useLibraryStore } from '@/stores/library'
import { saveAssessment, saveStructure } from '@/storage/repository'
import { saveActionEdit } from '@/storage/action-plan'
import { answerSchema as answer, assessment, freshStores, QUESTION, structure } from './group-fixtures'

beforeEach(freshStores)

/** Two structures, each with one answered assessment, in one group; opened once. */
async function openedGroup(): Promise<{ id: string; tilleuls: Assessment }> {
  const db = await useDatabaseStore().db()
  await saveStructure(db, structure('tilleuls', 'EHPAD Les Tilleuls'))
  await saveStructure(db, structure('phare', 'EHPAD Le Phare'))
  const tilleuls = assessment('tilleuls-1', 'tilleuls')
  const phare = assessment('phare-1', 'phare')
  await saveAssessment(db, tilleuls)
  await saveAssessment(db, phare)
  await answer(tilleuls, 'aucun')
  await answer(phare, 'en-redaction')
  const groups = useGroupsStore()
  const { id = '' } = await groups.createGroup({
    name: 'Grappe du Val',
    structureIds: ['tilleuls', 'phare'],
    ruleSetId: 'amorcage-2020-2022',
  })
  await groups.open(id)
  return { id, tilleuls }
}

/** Leaves the group, reads the library again as the Atelier does, and reopens the group. */
async function reopen(id: string): Promise<void> {
  const groups = useGroupsStore()
  groups.close()
  await useLibraryStore().load()
  await groups.open(id)
}

function member(structureId: string) {
  return useGroupsStore().members.find((m) => m.structure.id === structureId)
}

function domainScore(structureId: string): number | null | undefined {
  const domain = member(structureId)?.snapshot?.definition.domains.find((d) =>
    d.questions.some((q) => q.id === QUESTION),
  )
  return member(structureId)?.snapshot?.scores.domains.find((d) => d.domainId === domain?.id)?.score
}

/** The structures that answered a question low, as the group's consolidation counts them. */
function lowOn(questionId: string): string[] {
  return useGroupsStore().consolidation?.lowQuestions.find((q) => q.questionId === questionId)?.structureIds ?? []
}

describe('reopening a workshop group', () => {
  it('keeps the members’ scores when nothing changed', async () => {
    const { id } = await openedGroup()
    const before = member('tilleuls')?.snapshot
    expect(before).toBeTruthy()
    await reopen(id)
    expect(member('tilleuls')?.snapshot).toBe(before)
  })

  it('shows a member’s new answer and its new score, not the figures of the last opening', async () => {
    const { id, tilleuls } = await openedGroup()
    const before = domainScore('tilleuls')
    const phareBefore = member('phare')?.snapshot
    expect(lowOn(QUESTION)).toContain('tilleuls')
    await answer(tilleuls, 'valide', '2026-02-01T00:00:00.000Z')
    await reopen(id)
    expect(member('tilleuls')?.snapshot?.answers[QUESTION]?.value).toBe('valide')
    expect(domainScore('tilleuls')).not.toBe(before)
    // The group's figures follow: the question is no longer among those Les Tilleuls answered low.
    expect(lowOn(QUESTION)).not.toContain('tilleuls')
    // The other member, unchanged, is not scored again.
    expect(member('phare')?.snapshot).toBe(phareBefore)
  })

  it('shows a plan edit made since the last opening', async () => {
    const { id, tilleuls } = await openedGroup()
    const item = member('tilleuls')?.snapshot?.plan[0]
    expect(item?.status).toBe('todo')
    const db = await useDatabaseStore().db()
    await saveActionEdit(db, tilleuls.id, {
      actionId: item?.actionId ?? '',
      status: 'done',
      owner: 'Mme Durand',
      dueDate: null,
      notes: '',
      updatedAt: '2026-02-01T00:00:00.000Z',
    })
    await reopen(id)
    const after = member('tilleuls')?.snapshot?.plan.find((p) => p.actionId === item?.actionId)
    expect(after?.status).toBe('done')
    expect(after?.owner).toBe('Mme Durand')
  })

  it('shows the assessment’s new targets and a structure’s new category', async () => {
    const { id, tilleuls } = await openedGroup()
    const before = member('tilleuls')?.snapshot
    const db = await useDatabaseStore().db()
    const domainId = before?.definition.domains[0]?.id ?? ''
    await saveAssessment(db, { ...tilleuls, targets: { [domainId]: 4 }, updatedAt: '2026-02-01T00:00:00.000Z' })
    await reopen(id)
    const retargeted = member('tilleuls')?.snapshot
    expect(retargeted).not.toBe(before)
    await saveStructure(db, { ...structure('tilleuls', 'EHPAD Les Tilleuls'), category: 'IME' })
    await reopen(id)
    expect(member('tilleuls')?.structure.category).toBe('IME')
    expect(member('tilleuls')?.snapshot).not.toBe(retargeted)
  })

  it('counts only the structures the group holds now', async () => {
    const { id } = await openedGroup()
    await useGroupsStore().updateGroup(id, { structureIds: ['phare'] })
    await reopen(id)
    expect(useGroupsStore().members.map((m) => m.structure.id)).toEqual(['phare'])
    expect(useGroupsStore().consolidation?.domains[0]?.values.map((v) => v.structureId)).toEqual(['phare'])
  })
})
