import { describe, expect, it } from 'vitest'
import { categoryDefault, questionApplicability, resolveProfile } from '@/domain/assessment/profile'
import { computeScores } from '@/domain/assessment/scoring'
import { computeProgress } from '@/domain/assessment/progress'
import { buildActionPlan } from '@/domain/action-plan'
import type { Question } from '@/domain/definition/definition'
import { answersFor, miniDefinition, miniWithProfile } from '../../fixtures'

const definition = miniWithProfile()
const facts = definition.profile ?? []

function question(id: string): Question {
  const found = definition.domains.flatMap((d) => d.questions).find((q) => q.id === id)
  if (!found) throw new Error(id)
  return found
}

function holds(profile: ReturnType<typeof resolveProfile>): Record<string, [boolean, string]> {
  return Object.fromEntries(profile.facts.map((f) => [f.fact.id, [f.holds, f.source]]))
}

describe('resolveProfile', () => {
  it('takes each fact from the category when the user gave no answer', () => {
    expect(holds(resolveProfile(definition, { category: 'EHPAD' }))).toEqual({
      soins: [true, 'category'],
      domicile: [false, 'category'],
      'service-informatique': [true, 'none'],
    })
    expect(holds(resolveProfile(definition, { category: 'CHRS' }))).toEqual({
      soins: [false, 'category'],
      domicile: [false, 'category'],
      'service-informatique': [true, 'none'],
    })
  })

  it('lets a fact without a default for the category hold until the user says otherwise', () => {
    expect(holds(resolveProfile(definition, { category: 'Autre' }))).toEqual({
      soins: [true, 'none'],
      domicile: [true, 'none'],
      'service-informatique': [true, 'none'],
    })
  })

  it('puts the user’s explicit answers before the category’s defaults, and ignores answers to facts it does not ask', () => {
    const profile = resolveProfile(definition, {
      category: 'CHRS',
      profile: { soins: true, 'service-informatique': false, ancien: false },
    })
    expect(holds(profile)).toEqual({
      soins: [true, 'answer'],
      domicile: [false, 'category'],
      'service-informatique': [false, 'answer'],
    })
  })

  it('has no fact for a definition without a profile block', () => {
    expect(resolveProfile(miniDefinition(), { category: 'CHRS', profile: { soins: false } }).facts).toEqual([])
  })
})

describe('categoryDefault', () => {
  it('says true, false, or null for a category in neither list', () => {
    const [soins] = facts
    if (!soins) throw new Error('fixture')
    expect([categoryDefault(soins, 'EHPAD'), categoryDefault(soins, 'CHRS'), categoryDefault(soins, 'Autre')]).toEqual([
      true,
      false,
      null,
    ])
  })
})

describe('questionApplicability', () => {
  it('applies a question without requirements to every structure', () => {
    expect(questionApplicability(question('gouv-schema'), resolveProfile(definition, { category: 'CHRS' }))).toEqual({
      applies: true,
      reasons: [],
    })
  })

  it('leaves a question out with the reason of every required fact that does not hold, in the question’s order', () => {
    const chrs = resolveProfile(definition, { category: 'CHRS' })
    expect(questionApplicability(question('secu-sauvegardes'), chrs)).toEqual({
      applies: false,
      reasons: ['structure sans équipe soignante', 'structure sans intervention à domicile'],
    })
    const ehpad = resolveProfile(definition, { category: 'EHPAD' })
    expect(questionApplicability(question('secu-comptes'), ehpad)).toEqual({ applies: true, reasons: [] })
    expect(questionApplicability(question('secu-sauvegardes'), ehpad)).toEqual({
      applies: false,
      reasons: ['structure sans intervention à domicile'],
    })
  })

  it('applies every question when no profile is given, or when a required fact is unknown to the profile', () => {
    expect(questionApplicability(question('secu-sauvegardes'), undefined).applies).toBe(true)
    expect(
      questionApplicability({ requiresProfile: ['inconnu'] }, resolveProfile(definition, { category: 'CHRS' })).applies,
    ).toBe(true)
  })
})

describe('questions left out by the profile', () => {
  // Every question answered at level 0; the CHRS profile leaves out both security questions.
  const answers = answersFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' })
  const chrs = resolveProfile(definition, { category: 'CHRS' })
  const ssiad = resolveProfile(definition, { category: 'SSIAD' })

  it('count in no score, like hidden questions', () => {
    const scores = computeScores(definition, answers, 'full', chrs)
    const securite = scores.domains.find((d) => d.domainId === 'securite')
    expect(securite).toMatchObject({ visible: 0, applicable: 0, answered: 0, score: null, assessable: false })
    expect(scores.questions['secu-comptes']?.state).toBe('hidden')
    expect(scores.applicable).toBe(1)
    const all = computeScores(definition, answers, 'full', ssiad).domains.find((d) => d.domainId === 'securite')
    expect(all).toMatchObject({ visible: 2, answered: 2, score: 0 })
  })

  it('count in no progress', () => {
    expect(computeProgress(definition, answers, false, chrs)).toEqual([
      { domainId: 'gouvernance', visible: 1, done: 1 },
      { domainId: 'securite', visible: 0, done: 0 },
    ])
    expect(computeProgress(definition, answers, true, ssiad).find((p) => p.domainId === 'securite')).toEqual({
      domainId: 'securite',
      visible: 1,
      done: 1,
    })
  })

  it('trigger no action, and their answers stay in the answer map', () => {
    const ids = (plan: ReturnType<typeof buildActionPlan>) => plan.map((item) => item.actionId).sort()
    const options = { targets: {}, edits: {}, custom: [] }
    expect(ids(buildActionPlan(definition, answers, { ...options, profile: ssiad }))).toEqual([
      'act-comptes',
      'act-referent-securite',
      'act-sauvegardes',
      'act-schema',
    ])
    expect(ids(buildActionPlan(definition, answers, { ...options, profile: chrs }))).toEqual([
      'act-referent-securite',
      'act-schema',
    ])
    expect(answers['secu-comptes']?.value).toBe('partages')
  })
})
