import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { useGroupsStore } from '@/stores/groups'
import { useDatabaseStore } from '@/stores/database'
import { getGroup, saveGroup } from '@/storage/groups'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

describe('useGroupsStore', () => {
  it('never writes back a figure or a rule set that another tab saved since this screen loaded the group', async () => {
    const store = useGroupsStore()
    const { id = '' } = await store.createGroup({
      name: 'Grappe du Val',
      structureIds: ['s1', 's2'],
      ruleSetId: 'amorcage-2020-2022',
    })
    const db = await useDatabaseStore().db()
    // Another tab types the observed value and changes the rule set; this screen still shows neither.
    const elsewhere = await getGroup(db, id)
    await saveGroup(db, {
      ...elsewhere!,
      ruleSetId: 'generalisation-2022-2025',
      usageTargets: { 'dui-actifs': { target: null, observed: 120 } },
    })
    await store.setUsage(id, 'dui-actifs', 'target', 150)
    const stored = await getGroup(db, id)
    expect(stored?.usageTargets['dui-actifs']).toEqual({ target: 150, observed: 120 })
    expect(stored?.ruleSetId).toBe('generalisation-2022-2025')
  })
})
