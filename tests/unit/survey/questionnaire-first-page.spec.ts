// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import QuestionnaireFirstPage from '@/survey/QuestionnaireFirstPage.vue'
import type { AnswerMap } from '@/domain/assessment/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import mini from '../../fixtures/exemple-mini.json'
import { answersFor } from '../fixtures'

// The page drawn while the survey engine comes down: what the user sees and does there must be what
// the survey offers (QuestionnaireSurvey's own tests say the same of it).
let wrapper: VueWrapper | null = null

function mountPage(answers: AnswerMap, saveAnswer: (id: string, value: string | null) => Promise<boolean>) {
  wrapper = mount(QuestionnaireFirstPage, {
    props: {
      definition: structuredClone(mini) as QuestionnaireDefinition,
      answers,
      page: 'gouvernance',
      saveAnswer,
    },
    attachTo: document.body,
  })
  return wrapper
}

/** Checks a radio button as the browser does at a click, and sends the event it sends. */
async function choose(page: VueWrapper, questionId: string, value: string): Promise<void> {
  const input = page.find<HTMLInputElement>(`[data-name="${questionId}"] input[value="${value}"]`)
  input.element.checked = true
  await input.trigger('input')
}

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('QuestionnaireFirstPage', () => {
  it('draws the domain as a heading, each question as its title, its help, radio buttons in a fieldset named by the title, and a labelled comment', () => {
    const page = mountPage(answersFor({ 'gouv-schema': 'valide' }), () => Promise.resolve(true))
    expect(page.get('h2').text()).toBe('Gouvernance')
    const question = page.get('[data-name="gouv-schema"]')
    const title = question.get('.sd-question__title')
    expect(title.text()).toBe('Avez-vous un schéma directeur SI ?')
    expect(question.get('.sd-question__description').text()).toMatch(/orientations du SI/)
    const group = question.get('fieldset[role="radiogroup"]')
    expect(group.attributes('aria-labelledby')).toBe(title.attributes('id'))
    expect(question.get<HTMLInputElement>('input[value="valide"]').element.checked).toBe(true)
    expect(question.findAll('input[type="radio"]').map((i) => i.element.closest('label')?.textContent)).toContain(
      'Je ne sais pas',
    )
    const textarea = question.get('textarea')
    expect(question.get(`label[for="${textarea.attributes('id')}"]`).text()).toBe('Commentaire (facultatif)')
    // The follow-up question is shown because the saved answer calls for it.
    expect(page.find('[data-name="gouv-suivi"]').exists()).toBe(true)
  })

  it('saves a choice, and shows what depends on it once the answer is the store’s', async () => {
    const saved: [string, string | null][] = []
    const page = mountPage({}, (id, value) => {
      saved.push([id, value])
      return Promise.resolve(true)
    })
    expect(page.find('[data-name="gouv-suivi"]').exists()).toBe(false)
    await choose(page, 'gouv-schema', 'valide')
    expect(saved).toEqual([['gouv-schema', 'valide']])
    await page.setProps({ answers: answersFor({ 'gouv-schema': 'valide' }) })
    expect(page.find('[data-name="gouv-suivi"]').exists()).toBe(true)
  })

  it('takes back a choice that could not be saved: the saved answer is checked again, and the question says so', async () => {
    const page = mountPage(answersFor({ 'gouv-schema': 'aucun' }), () => Promise.resolve(false))
    await choose(page, 'gouv-schema', 'valide')
    await flushPromises()
    const radio = (value: string) =>
      page.get<HTMLInputElement>(`[data-name="gouv-schema"] input[value="${value}"]`).element
    expect(radio('aucun').checked).toBe(true)
    expect(radio('valide').checked).toBe(false)
    expect(page.get('[data-name="gouv-schema"] [role="alert"]').text()).toBe(
      'Ce choix n’a pas pu être enregistré\u00a0: la réponse cochée est la dernière enregistrée.',
    )
    expect(page.get('[data-name="gouv-schema"] fieldset').attributes('aria-invalid')).toBe('true')
  })

  it('hands a comment over to be saved as it is typed', async () => {
    const page = mountPage({}, () => Promise.resolve(true))
    await page.get('[data-name="gouv-schema"] textarea').setValue('En cours avec l’OG')
    expect(page.emitted('comment')).toEqual([['gouv-schema', 'En cours avec l’OG']])
  })
})
