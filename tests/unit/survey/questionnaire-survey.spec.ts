// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import QuestionnaireSurvey from '@/survey/QuestionnaireSurvey.vue'
import type { AnswerMap } from '@/domain/assessment/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import mini from '../../fixtures/exemple-mini.json'
import { answersFor } from '../fixtures'
import { resolveProfile } from '@/domain/assessment/profile'

/** The example definition (imported: this file runs in a browser-like environment without file reads). */
function miniDefinition(): QuestionnaireDefinition {
  return structuredClone(mini) as QuestionnaireDefinition
}

/** A save the test finishes when it wants, as a slow or fast disk would. */
function pendingSave() {
  let finish: (durable?: boolean) => void = () => undefined
  const promise = new Promise<boolean>((resolve) => {
    finish = (durable = true) => resolve(durable)
  })
  return { promise, finish }
}

let wrapper: VueWrapper | null = null

function mountSurvey(
  answers: AnswerMap,
  saveAnswer: (id: string, value: string | null) => Promise<boolean>,
  readOnly = false,
) {
  wrapper = mount(QuestionnaireSurvey, {
    props: { definition: miniDefinition(), answers, page: 'gouvernance', readOnly, saveAnswer },
    attachTo: document.body,
  })
  return wrapper
}

/** Checks a radio button as the browser does at a click, and sends the event it sends. */
async function choose(survey: VueWrapper, questionId: string, value: string): Promise<void> {
  const input = survey.find<HTMLInputElement>(`[data-name="${questionId}"] input[value="${value}"]`)
  input.element.checked = true
  await input.trigger('input')
}

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
})

describe('QuestionnaireSurvey', () => {
  it('draws a question as its title, its help, native radio buttons in a fieldset named by the title, and a labelled comment', async () => {
    const survey = mountSurvey(answersFor({ 'gouv-schema': 'valide' }), () => Promise.resolve(true))
    await flushPromises()
    const question = survey.get('[data-name="gouv-schema"]')
    const title = question.get('.sd-question__title')
    expect(title.text()).toBe('Avez-vous un schéma directeur SI ?')
    expect(question.get('.sd-question__description').text()).toMatch(/orientations du SI/)
    const fieldset = question.get('fieldset')
    expect(fieldset.attributes('aria-labelledby')).toBe(title.attributes('id'))
    const radios = fieldset.findAll<HTMLInputElement>('input[type="radio"]')
    expect(radios.map((r) => r.element.value)).toEqual(['aucun', 'notes', 'projet', 'valide', 'suivi', 'ne-sait-pas'])
    expect(radios.find((r) => r.element.value === 'valide')?.element.checked).toBe(true)
    expect(radios[0]!.element.closest('label')?.textContent?.trim()).toBe('Aucun document')
    const comment = question.get('textarea')
    expect(question.get(`label[for="${comment.attributes('id')}"]`).text()).toBe('Commentaire (facultatif)')
  })

  it('shows help and labels as text, never as markup', async () => {
    const definition = miniDefinition()
    definition.domains[0]!.questions[0]!.help = '<img src=x onerror="alert(1)">Aide'
    wrapper = mount(QuestionnaireSurvey, {
      props: { definition, answers: {}, page: 'gouvernance', saveAnswer: () => Promise.resolve(true) },
      attachTo: document.body,
    })
    await flushPromises()
    const help = wrapper.get('[data-name="gouv-schema"] .sd-question__description')
    expect(help.find('img').exists()).toBe(false)
    expect(help.text()).toBe('<img src=x onerror="alert(1)">Aide')
  })

  it('saves a choice before the survey re-runs its conditions, then shows its consequences, and saves it once', async () => {
    const save = pendingSave()
    const saveAnswer = vi.fn(() => save.promise)
    const survey = mountSurvey(answersFor({ 'gouv-schema': 'aucun' }), saveAnswer)
    await flushPromises()
    expect(survey.find('[data-name="gouv-suivi"]').exists()).toBe(false)

    await choose(survey, 'gouv-schema', 'valide')
    expect(saveAnswer).toHaveBeenCalledWith('gouv-schema', 'valide')
    // The write is not done: the question that depends on the answer is not shown yet.
    expect(survey.find('[data-name="gouv-suivi"]').exists()).toBe(false)

    save.finish()
    await flushPromises()
    expect(survey.find('[data-name="gouv-suivi"]').exists()).toBe(true)
    expect(survey.get<HTMLInputElement>('[data-name="gouv-schema"] input[value="valide"]').element.checked).toBe(true)
    expect(saveAnswer).toHaveBeenCalledTimes(1)
  })

  it('does not hold the page behind a slow write: the consequences show after 50 ms at most', async () => {
    vi.useFakeTimers()
    const save = pendingSave()
    const survey = mountSurvey(answersFor({ 'gouv-schema': 'aucun' }), () => save.promise)
    await flushPromises()
    await choose(survey, 'gouv-schema', 'projet')
    await vi.advanceTimersByTimeAsync(49)
    expect(survey.find('[data-name="gouv-suivi"]').exists()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(survey.find('[data-name="gouv-suivi"]').exists()).toBe(true)
    save.finish()
  })

  it('keeps quick successive choices in the order they were made', async () => {
    const saves = [pendingSave(), pendingSave()]
    const saveAnswer = vi.fn((_id: string, _value: string | null) => saves[saveAnswer.mock.calls.length - 1]!.promise)
    const survey = mountSurvey(answersFor({ 'gouv-schema': 'aucun' }), saveAnswer)
    await flushPromises()
    await choose(survey, 'gouv-schema', 'valide')
    await choose(survey, 'gouv-schema', 'notes')
    expect(saveAnswer.mock.calls.map((call) => call[1])).toEqual(['valide', 'notes'])
    saves[0]!.finish()
    await flushPromises()
    saves[1]!.finish()
    await flushPromises()
    expect(survey.get<HTMLInputElement>('[data-name="gouv-schema"] input[value="notes"]').element.checked).toBe(true)
    expect(survey.find('[data-name="gouv-suivi"]').exists()).toBe(false)
    expect(saveAnswer).toHaveBeenCalledTimes(2)
  })

  it('takes back a choice that could not be saved: the saved answer is checked again, and the question says so', async () => {
    const save = pendingSave()
    const survey = mountSurvey(answersFor({ 'gouv-schema': 'aucun' }), () => save.promise)
    await flushPromises()
    await choose(survey, 'gouv-schema', 'valide')
    save.finish(false)
    await flushPromises()
    const radio = (value: string) =>
      survey.get<HTMLInputElement>(`[data-name="gouv-schema"] input[value="${value}"]`).element
    expect(radio('aucun').checked).toBe(true)
    expect(radio('valide').checked).toBe(false)
    expect(survey.get('[data-name="gouv-schema"] [role="alert"]').text()).toBe(
      'Ce choix n’a pas pu être enregistré : la réponse cochée est la dernière enregistrée.',
    )
    // What depends on the unsaved choice is not shown either.
    expect(survey.find('[data-name="gouv-suivi"]').exists()).toBe(false)
  })

  it('says that no answer is saved when the first choice of a question could not be, and forgets it once a choice is saved', async () => {
    const saves = [pendingSave(), pendingSave()]
    let calls = 0
    const survey = mountSurvey({}, () => saves[calls++]!.promise)
    await flushPromises()
    await choose(survey, 'gouv-schema', 'notes')
    saves[0]!.finish(false)
    await flushPromises()
    expect(survey.findAll<HTMLInputElement>('[data-name="gouv-schema"] input:checked')).toHaveLength(0)
    expect(survey.get('[data-name="gouv-schema"] [role="alert"]').text()).toBe(
      'Ce choix n’a pas pu être enregistré : aucune réponse n’est enregistrée pour cette question.',
    )
    await choose(survey, 'gouv-schema', 'notes')
    saves[1]!.finish()
    await flushPromises()
    expect(survey.find('[data-name="gouv-schema"] [role="alert"]').exists()).toBe(false)
    expect(survey.get<HTMLInputElement>('[data-name="gouv-schema"] input[value="notes"]').element.checked).toBe(true)
  })

  it('opens a domain chosen before the survey has built it, and shows « Suivant » once every domain is built', async () => {
    vi.useFakeTimers()
    const survey = mountSurvey(answersFor({ 'secu-sauvegardes': 'aucune' }), () => Promise.resolve(true))
    const button = (name: string) =>
      survey.findAll('input[type="button"], button').filter((b) => b.attributes('value') === name || b.text() === name)
    // Until the other domain is built, the survey cannot tell whether this page is the last one.
    expect(button('Terminer l’évaluation')).toHaveLength(0)
    expect(button('Suivant')).toHaveLength(0)
    ;(survey.vm as unknown as { goToDomain: (id: string) => void }).goToDomain('securite')
    await nextTick()
    expect(survey.find('[data-name="secu-sauvegardes"]').exists()).toBe(true)
    expect(survey.get<HTMLInputElement>('[data-name="secu-sauvegardes"] input[value="aucune"]').element.checked).toBe(
      true,
    )
    ;(survey.vm as unknown as { goToDomain: (id: string) => void }).goToDomain('gouvernance')
    await vi.runAllTimersAsync()
    expect(survey.find('[data-name="gouv-schema"]').exists()).toBe(true)
    expect(button('Suivant')).toHaveLength(1)
  })

  it('saves a comment as it is typed', async () => {
    const survey = mountSurvey({}, () => Promise.resolve(true))
    await flushPromises()
    await survey.get('[data-name="gouv-schema"] textarea').setValue('Document de 2019, à revoir')
    expect(survey.emitted('comment')).toEqual([['gouv-schema', 'Document de 2019, à revoir']])
  })

  it('shows a question the profile leaves out as its title and « Non applicable : reason », with nothing to answer', async () => {
    const definition = miniDefinition()
    definition.profile = [
      {
        id: 'soins',
        text: 'Équipe soignante ?',
        help: '',
        trueFor: [],
        falseFor: ['CHRS'],
        reasonWhenFalse: 'structure sans équipe soignante',
      },
    ]
    const comptes = definition.domains[1]!.questions.find((q) => q.id === 'secu-comptes')!
    comptes.requiresProfile = ['soins']
    wrapper = mount(QuestionnaireSurvey, {
      props: {
        definition,
        answers: answersFor({ 'secu-comptes': 'partages' }),
        page: 'securite',
        profile: resolveProfile(definition, { category: 'CHRS' }),
        saveAnswer: () => Promise.resolve(true),
      },
      attachTo: document.body,
    })
    await flushPromises()
    const leftOut = wrapper.get('[data-name="secu-comptes"]')
    expect(leftOut.text()).toContain('Chaque professionnel a-t-il son propre compte ?')
    expect(leftOut.get('.capsi-left-out-reason').text()).toBe('Non applicable : structure sans équipe soignante')
    expect(leftOut.findAll('input, textarea')).toHaveLength(0)
    expect(wrapper.get('[data-name="secu-sauvegardes"]').findAll('input[type="radio"]').length).toBeGreaterThan(0)
  })
})
