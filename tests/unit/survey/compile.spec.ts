import { describe, expect, it } from 'vitest'
import { Model } from 'survey-core'
import { CHOICES_RENDERER, NOT_APPLICABLE_RENDERER, compileSurvey } from '@/survey/compile'
import { resolveProfile } from '@/domain/assessment/profile'
import { miniDefinition, miniWithProfile } from '../fixtures'

describe('compileSurvey', () => {
  const json = compileSurvey(miniDefinition())

  it('makes one page per domain, named by the domain id', () => {
    expect(json.pages.map((p) => p.name)).toEqual(['gouvernance', 'securite'])
  })

  it('adds "Je ne sais pas" and "Non applicable" after the options only where the question allows them', () => {
    const [schema, suivi] = json.pages[0]!.elements
    expect(schema!.choices.map((c) => c.value)).toEqual(['aucun', 'notes', 'projet', 'valide', 'suivi', 'ne-sait-pas'])
    expect(suivi!.choices.slice(-2)).toEqual([
      { value: 'ne-sait-pas', text: 'Je ne sais pas' },
      { value: 'non-applicable', text: 'Non applicable' },
    ])
  })

  it('shows the help under the question and offers a comment', () => {
    const question = json.pages[0]!.elements[0]!
    expect(question.description).toMatch(/orientations du SI/)
    expect(question.showCommentArea).toBe(true)
  })

  it('keeps hidden answers instead of clearing them', () => {
    expect(json.clearInvisibleValues).toBe('none')
  })

  it('gives SurveyJS the same visibility rule as the domain', () => {
    const model = new Model(json)
    model.data = { 'gouv-schema': 'aucun' }
    expect(model.getQuestionByName('gouv-suivi').isVisible).toBe(false)
    model.setValue('gouv-schema', 'valide')
    expect(model.getQuestionByName('gouv-suivi').isVisible).toBe(true)
  })

  it('keeps only core questions in the essential path', () => {
    const core = compileSurvey(miniDefinition(), true)
    expect(core.pages.flatMap((p) => p.elements.map((e) => e.name))).toEqual(['gouv-schema', 'secu-sauvegardes'])
  })

  it('collapses the questions the profile leaves out to their title and reasons, without choices or comment', () => {
    const definition = miniWithProfile()
    const json = compileSurvey(definition, false, resolveProfile(definition, { category: 'CHRS' }))
    const [comptes, sauvegardes] = [...json.pages[1]!.elements].sort((a, b) => a.name.localeCompare(b.name))
    expect(sauvegardes).toMatchObject({
      name: 'secu-sauvegardes',
      renderAs: NOT_APPLICABLE_RENDERER,
      readOnly: true,
      choices: [],
      showCommentArea: false,
      description: 'Non applicable : structure sans équipe soignante ; structure sans intervention à domicile',
    })
    expect(comptes).toMatchObject({
      name: 'secu-comptes',
      renderAs: NOT_APPLICABLE_RENDERER,
      description: 'Non applicable : structure sans équipe soignante',
    })
    expect(json.pages[0]!.elements.map((e) => e.renderAs)).toEqual([CHOICES_RENDERER, CHOICES_RENDERER])
    const ehpad = compileSurvey(definition, false, resolveProfile(definition, { category: 'EHPAD' }))
    expect(ehpad.pages[1]!.elements.map((e) => [e.name, e.renderAs])).toEqual([
      ['secu-sauvegardes', NOT_APPLICABLE_RENDERER],
      ['secu-comptes', CHOICES_RENDERER],
    ])
  })
})
