import { beforeEach, describe, expect, it } from 'vitest'
import type { Assessment } from '@/domain/assessment'
import { useGroupsStore } from '@/stores/groups'
import { useDatabaseStore } from '@/stores/database'
import { saveAssessment, saveStructure } from '@/storage/repository'
import { answerSchema, assessment as completed, freshStores, QUESTION, structure } from './group-fixtures'

beforeEach(freshStores)

/** An assessment made at `createdAt` and last changed at `updatedAt`. */
const assessment = (id: string, structureId: string, createdAt: string, updatedAt = createdAt): Assessment =>
  completed(id, structureId, { createdAt, updatedAt })

/** Saves an assessment with its one answer to the schema question. */
async function saveAnswered(record: Assessment, value: string): Promise<void> {
  await saveAssessment(await useDatabaseStore().db(), record)
  await answerSchema(record, value)
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
