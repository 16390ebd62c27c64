/** The actions a facilitator proposes to mutualise: who still needs them, where each structure stands, from which size « shared » starts. */
import { describe, expect, it } from 'vitest'
import { buildActionPlan, type ActionStatus } from '@/domain/action-plan'
import { findSharedActions, sharedThreshold, type PlanEntry } from '@/domain/workshop'
import { actionEdit, answersFor, miniDefinition } from '../../fixtures'

const definition = miniDefinition()

/** A structure with no tested backup (the backup action in its plan), at the status given. */
function withBackupAction(structureId: string, status: ActionStatus): PlanEntry {
  const answers = answersFor({ 'gouv-schema': 'valide', 'secu-sauvegardes': 'aucune' })
  const edits = { 'act-sauvegardes': actionEdit('act-sauvegardes', { status }) }
  return { structureId, plan: buildActionPlan(definition, answers, { targets: {}, edits, custom: [] }) }
}

describe('shared actions of a group', () => {
  it('counts as needing an action the structures where it is « à lancer » or « en cours », and says how many have done it', () => {
    const group = [
      withBackupAction('s1', 'todo'),
      withBackupAction('s2', 'doing'),
      withBackupAction('s3', 'done'),
      withBackupAction('s4', 'dropped'),
    ]
    const backups = findSharedActions(group, 2).find((a) => a.actionId === 'act-sauvegardes')
    expect(backups).toMatchObject({ count: 2, structureIds: ['s1', 's2'], statuses: { todo: 1, doing: 1, done: 1 } })
  })

  it('ranks the actions by how many structures need them', () => {
    const group = ['s1', 's2', 's3'].map((id) => withBackupAction(id, 'todo'))
    // Only s1 lacks a master plan: the backup action, needed by three, comes before anything needed by fewer.
    const s1 = answersFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'aucune' })
    group[0] = { structureId: 's1', plan: buildActionPlan(definition, s1, { targets: {}, edits: {}, custom: [] }) }
    const shared = findSharedActions(group, 1)
    expect(shared[0]).toMatchObject({ actionId: 'act-sauvegardes', count: 3 })
    expect(shared.find((a) => a.actionId === 'act-schema')?.count).toBe(1)
  })

  it('calls « shared » in a group of 50 an action needed by a quarter of it, 13 structures, and never fewer than 2', () => {
    expect(sharedThreshold(50, 0.25)).toBe(13)
    expect(sharedThreshold(500, 0.1)).toBe(50)
    expect(sharedThreshold(3, 0.25)).toBe(2)
    expect(sharedThreshold(20, 0.5)).toBe(10)
  })
})
