// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FilePicker from '@/components/common/FilePicker.vue'

/** Gives the native input a list of files, as the browser does once the user has chosen them. */
function choose(input: HTMLInputElement, names: string[]): void {
  const files = names.map((name) => new File(['{}'], name, { type: 'application/json' }))
  Object.defineProperty(input, 'files', { configurable: true, get: () => files })
  input.dispatchEvent(new Event('change'))
}

describe('FilePicker', () => {
  it('writes its button and its empty state in French, and keeps the native input as the labelled control', () => {
    const wrapper = mount(FilePicker, { props: { id: 'fichier' }, attrs: { accept: '.json', 'data-testid': 'champ' } })
    const input = wrapper.get('input')
    expect(input.attributes()).toMatchObject({ id: 'fichier', type: 'file', accept: '.json', 'data-testid': 'champ' })
    expect(input.attributes('multiple')).toBeUndefined()
    expect(wrapper.get('.file-picker-button').text()).toBe('Choisir un fichier…')
    expect(wrapper.get('[data-testid="file-picker-chosen"]').text()).toBe('Aucun fichier choisi')
    // The written texts repeat what the native input says: only the input is read out.
    expect(wrapper.get('.file-picker-button').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('[data-testid="file-picker-chosen"]').attributes('aria-hidden')).toBe('true')
  })

  it('shows the chosen file, hands the files on, and empties itself on demand', async () => {
    const wrapper = mount(FilePicker, { props: { id: 'fichier' } })
    const input = wrapper.get('input').element
    choose(input, ['sauvegarde.json'])
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="file-picker-chosen"]').text()).toBe('sauvegarde.json')
    expect(wrapper.emitted('change')?.[0]?.[0]).toMatchObject([{ name: 'sauvegarde.json' }])
    expect(wrapper.vm.files().map((f) => f.name)).toEqual(['sauvegarde.json'])

    wrapper.vm.clear()
    await wrapper.vm.$nextTick()
    expect(input.value).toBe('')
    expect(wrapper.get('[data-testid="file-picker-chosen"]').text()).toBe('Aucun fichier choisi')
  })

  it('counts the files when several may be chosen', async () => {
    const wrapper = mount(FilePicker, { props: { id: 'lot', multiple: true }, attrs: { disabled: true } })
    expect(wrapper.get('.file-picker-button').text()).toBe('Choisir des fichiers…')
    expect(wrapper.get('input').attributes()).toHaveProperty('multiple')
    expect(wrapper.get('input').attributes()).toHaveProperty('disabled')
    choose(wrapper.get('input').element, ['a.json', 'b.json', 'c.json'])
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="file-picker-chosen"]').text()).toBe('3 fichiers choisis')
  })
})
