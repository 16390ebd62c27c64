// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import BatchReviewTable from '@/components/workshop/BatchReviewTable.vue'
import type { AnalysedFile } from '@/stores/batch-analysis'

function analysed(fileName: string, conflicts = 0): AnalysedFile {
  return {
    fileName,
    file: null,
    refused: false,
    conflicts,
    outcomes: conflicts
      ? { newest: { outcome: 'updated', answers: 1 }, 'keep-mine': { outcome: 'kept', answers: 0 } }
      : { newest: { outcome: 'new', answers: 103 }, 'keep-mine': { outcome: 'new', answers: 103 } },
    structures: [{ id: fileName, name: `Structure ${fileName}` }],
    errors: [],
    finess: [],
  }
}

const rowTexts = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll('tbody tr').map((r) =>
    r
      .findAll('th, td')
      .map((cell) => cell.text().replace(/\s+/g, ' '))
      .join(' | '),
  )

describe('the review of a batch', () => {
  it('lists the files with a choice first, each choice named after its file, following the batch unless chosen apart', async () => {
    const files = [analysed('nouveau.json'), analysed('renvoi-1.json', 1), analysed('renvoi-2.json', 2)]
    const wrapper = mount(BatchReviewTable, { props: { files, policy: 'newest', overrides: { 2: 'keep-mine' } } })
    const rows = rowTexts(wrapper)
    expect(rows[0]).toContain('renvoi-1.json | Mise à jour')
    expect(rows[1]).toContain('renvoi-2.json | Gardée telle quelle')
    expect(rows[2]).toContain('nouveau.json | Nouvelle structure')
    expect(wrapper.find('label[for="batch-choice-1"]').text()).toContain('renvoi-1.json')
    expect((wrapper.find('#batch-choice-1').element as HTMLSelectElement).value).toBe('newest')

    await wrapper.setProps({ policy: 'keep-mine' })
    expect(rowTexts(wrapper)[0]).toContain('renvoi-1.json | Gardée telle quelle')
    await wrapper.setProps({ policy: 'newest' })
    await wrapper.find('#batch-choice-1').setValue('keep-mine')
    expect(wrapper.emitted('choose')).toEqual([[1, 'keep-mine']])
  })

  it('folds many plain files behind their count, and shows them a hundred at a time', async () => {
    const files = [analysed('renvoi.json', 1), ...Array.from({ length: 150 }, (_, i) => analysed(`f${i}.json`))]
    const wrapper = mount(BatchReviewTable, { props: { files, policy: 'newest', overrides: {} } })
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.find('[data-testid="batch-plain-count"]').text()).toContain('150 fichiers sans choix')
    const unfold = wrapper.findAll('button').find((b) => b.text() === 'Voir les 150 fichiers')!
    expect(unfold.attributes('aria-expanded')).toBe('false')
    await unfold.trigger('click')
    expect(wrapper.findAll('tbody tr')).toHaveLength(101)
    await wrapper
      .findAll('button')
      .find((b) => b.text().startsWith('Afficher 50'))!
      .trigger('click')
    expect(wrapper.findAll('tbody tr')).toHaveLength(151)
  })
})
