import { describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { openCapsiDb } from '@/storage/db'
import { deleteGroup, getGroup, listGroups, saveGroup } from '@/storage/groups'
import { deleteDefinition, listDefinitions, saveImportedDefinition } from '@/storage/repository'
import type { Group } from '@/domain/workshop/group'
import { miniDefinition } from '../fixtures'

const group: Group = {
  id: 'g1',
  name: 'Grappe Nord',
  structureIds: ['s1', 's2'],
  ruleSetId: 'amorcage-2020-2022',
  usageTargets: { mss: { target: 100, observed: null } },
  createdAt: 'x',
  updatedAt: 'x',
}

describe('groups storage', () => {
  it('saves, reads, lists and deletes a group', async () => {
    globalThis.indexedDB = new IDBFactory()
    const db = await openCapsiDb()
    await saveGroup(db, group)
    expect(await getGroup(db, 'g1')).toEqual(group)
    await saveGroup(db, { ...group, name: 'Grappe Nord-Est' })
    expect((await listGroups(db)).map((g) => g.name)).toEqual(['Grappe Nord-Est'])
    await deleteGroup(db, 'g1')
    expect(await listGroups(db)).toEqual([])
    db.close()
  })

  it('keeps imported definitions beside built-in ones and deletes one version', async () => {
    globalThis.indexedDB = new IDBFactory()
    const db = await openCapsiDb()
    await saveImportedDefinition(db, { ...miniDefinition(), version: '2.0.0' }, 'x', () => false)
    expect((await listDefinitions(db)).map((d) => [d.id, d.version, d.source])).toEqual([
      ['exemple-mini', '2.0.0', 'imported'],
    ])
    await deleteDefinition(db, 'exemple-mini', '2.0.0')
    expect(await listDefinitions(db)).toEqual([])
    db.close()
  })
})
