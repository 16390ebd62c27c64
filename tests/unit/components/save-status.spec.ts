// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SaveStatus from '@/components/common/SaveStatus.vue'
import { formatTime } from '@/i18n/fr'

const SAVED_AT = '2026-11-23T14:05:00.000Z'

describe('SaveStatus', () => {
  it('says nothing before the first save', () => {
    const wrapper = mount(SaveStatus, {
      props: { slowSave: false, lastSavedAt: null, savedCount: 0, pendingWrites: 0 },
    })
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })

  it('gives the time of the last durable write, and the counts tests wait on', () => {
    const wrapper = mount(SaveStatus, {
      props: { slowSave: false, lastSavedAt: SAVED_AT, savedCount: 3, pendingWrites: 1 },
    })
    const status = wrapper.get('[data-testid="save-status"]')
    expect(status.text()).toBe(`Enregistré à ${formatTime(SAVED_AT)}`)
    expect(status.attributes()).toMatchObject({ role: 'status', 'data-saved-count': '3', 'data-pending': '1' })
  })

  it('says « Enregistrement… » while a save is slow, even after earlier ones', async () => {
    const wrapper = mount(SaveStatus, {
      props: { slowSave: true, lastSavedAt: SAVED_AT, savedCount: 3, pendingWrites: 1 },
    })
    expect(wrapper.get('[role="status"]').text()).toBe('Enregistrement…')
    await wrapper.setProps({ slowSave: false, savedCount: 4, pendingWrites: 0 })
    expect(wrapper.get('[role="status"]').text()).toBe(`Enregistré à ${formatTime(SAVED_AT)}`)
  })

  it('says the last change is not saved after a failed write, instead of the time of an earlier one', async () => {
    const wrapper = mount(SaveStatus, {
      props: { slowSave: false, lastSavedAt: SAVED_AT, savedCount: 3, pendingWrites: 0, saveFailed: true },
    })
    expect(wrapper.get('[role="status"]').text()).toBe('Dernière modification non enregistrée')
    await wrapper.setProps({ saveFailed: false, savedCount: 4 })
    expect(wrapper.get('[role="status"]').text()).toBe(`Enregistré à ${formatTime(SAVED_AT)}`)
  })
})
