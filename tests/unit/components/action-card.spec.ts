// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ActionCard from '@/components/plan/ActionCard.vue'
import type { PlanItem } from '@/domain/action-plan'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'

/** The card reads only the domains of the definition (for titles and origins). */
const definition = { domains: [] } as unknown as QuestionnaireDefinition
const item: PlanItem = {
  actionId: 'perso-1',
  source: 'custom',
  title: 'Former les équipes au DUI',
  why: '',
  how: '',
  phase: 'organisation',
  domainId: null,
  priority: null,
  mutualisable: false,
  triggeredBy: [],
  state: 'active',
  rank: null,
  prioritaire: false,
  status: 'doing',
  owner: 'Mme Durand',
  dueDate: null,
  notes: '',
  edited: true,
  waitsFor: [],
}

describe('ActionCard', () => {
  it('sends only the field the user changed, not what the card shows of the others', async () => {
    const wrapper = mount(ActionCard, { props: { item, definition } })
    await wrapper.get('#action-perso-1-notes').setValue('Devis demandé')
    await wrapper.get('#action-perso-1-status').setValue('done')
    expect(wrapper.emitted('edit')).toEqual([
      ['perso-1', { notes: 'Devis demandé' }],
      ['perso-1', { status: 'done' }],
    ])
  })

  it('disables every field and the removal in a read-only tab', () => {
    const wrapper = mount(ActionCard, { props: { item, definition, readOnly: true } })
    const controls = wrapper.findAll('select, input, textarea, button')
    expect(controls).toHaveLength(5)
    for (const control of controls) expect(control.attributes('disabled')).toBeDefined()
  })
})
