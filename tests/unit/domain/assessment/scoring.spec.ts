import { describe, expect, it } from 'vitest'
import { computeScores, isQuestionVisible, MIN_COVERAGE } from '@/domain/assessment/scoring'
import { computeProgress, findInvalidAnswers, findOrphanAnswers, overallProgress } from '@/domain/assessment/progress'
import { answersFor, miniDefinition, miniWith } from '../../fixtures'

const definition = miniDefinition()

function domain(scores: ReturnType<typeof computeScores>, id: string) {
  const found = scores.domains.find((d) => d.domainId === id)
  if (!found) throw new Error(`no domain ${id}`)
  return found
}

describe('computeScores', () => {
  it('takes the level of the chosen option and weights questions within a domain', () => {
    // secu-sauvegardes weight 3 level 3, secu-comptes weight 1 level 0 → (9 + 0) / 4 = 2.25
    const scores = computeScores(definition, answersFor({ 'secu-sauvegardes': 'testee', 'secu-comptes': 'partages' }))
    expect(domain(scores, 'securite').score).toBeCloseTo(2.25)
    expect(domain(scores, 'securite').percent).toBeCloseTo(56.25)
    expect(domain(scores, 'securite').coverage).toBe(1)
  })

  it('excludes "Je ne sais pas" answers from the domain mean but counts them', () => {
    const scores = computeScores(
      definition,
      answersFor({ 'secu-sauvegardes': 'ne-sait-pas', 'secu-comptes': 'nominatifs' }),
    )
    const secu = domain(scores, 'securite')
    expect(secu.score).toBe(4)
    expect(secu.unknown).toBe(1)
    expect(secu.answered).toBe(1)
    expect(secu.coverage).toBe(0.5)
  })

  it('removes "Non applicable" questions from what is applicable', () => {
    const scores = computeScores(
      definition,
      answersFor({ 'secu-sauvegardes': 'aucune', 'secu-comptes': 'non-applicable' }),
    )
    const secu = domain(scores, 'securite')
    expect(secu.applicable).toBe(1)
    expect(secu.notApplicable).toBe(1)
    expect(secu.coverage).toBe(1)
    expect(secu.score).toBe(0)
  })

  it('gives no score and no coverage when everything is not applicable', () => {
    const scores = computeScores(definition, answersFor({ 'secu-comptes': 'non-applicable' }))
    const secu = domain(scores, 'securite')
    expect(secu.applicable).toBe(1)
    const all = computeScores(definition, answersFor({ 'gouv-schema': 'ne-sait-pas' }))
    expect(domain(all, 'gouvernance').score).toBeNull()
    expect(domain(all, 'gouvernance').assessable).toBe(false)
  })

  it('gives no score when every answer is unknown, and no global score', () => {
    const scores = computeScores(
      definition,
      answersFor({ 'gouv-schema': 'ne-sait-pas', 'secu-sauvegardes': 'ne-sait-pas', 'secu-comptes': 'partages' }),
    )
    expect(domain(scores, 'gouvernance').score).toBeNull()
    expect(domain(scores, 'gouvernance').unknown).toBe(1)
    expect(domain(scores, 'securite').assessable).toBe(true)
    expect(scores.score).toBe(0)
  })

  it('ignores hidden questions and their answers', () => {
    // gouv-suivi is only shown when a schema exists; its stale answer must not count
    const scores = computeScores(definition, answersFor({ 'gouv-schema': 'aucun', 'gouv-suivi': 'annuel' }))
    const gouv = domain(scores, 'gouvernance')
    expect(gouv.visible).toBe(1)
    expect(gouv.score).toBe(0)
    expect(scores.questions['gouv-suivi']?.state).toBe('hidden')
  })

  it('counts conditional questions once they are shown', () => {
    const scores = computeScores(definition, answersFor({ 'gouv-schema': 'valide' }))
    const gouv = domain(scores, 'gouvernance')
    expect(gouv.visible).toBe(2)
    expect(gouv.coverage).toBe(0.5)
  })

  it('marks a domain under the minimum coverage as not assessable and keeps it out of the global score', () => {
    const answers = answersFor({
      'gouv-schema': 'valide',
      'gouv-suivi': 'ne-sait-pas',
      'secu-sauvegardes': 'aucune',
      'secu-comptes': 'partages',
    })
    const scores = computeScores(definition, answers)
    expect(domain(scores, 'gouvernance').coverage).toBeGreaterThanOrEqual(MIN_COVERAGE)
    const thin = computeScores(
      definition,
      answersFor({ 'secu-sauvegardes': 'reguliere', 'gouv-schema': 'ne-sait-pas' }),
    )
    expect(domain(thin, 'securite').coverage).toBe(0.5)
    expect(domain(thin, 'securite').assessable).toBe(true)
    expect(domain(thin, 'gouvernance').assessable).toBe(false)
    expect(thin.score).toBeCloseTo(4)
  })

  it('weights domains in the global score', () => {
    // gouvernance (weight 2) = 4, sécurité (weight 3) = 0 → 8 / 5 = 1.6
    const scores = computeScores(
      definition,
      answersFor({
        'gouv-schema': 'suivi',
        'gouv-suivi': 'annuel',
        'secu-sauvegardes': 'aucune',
        'secu-comptes': 'partages',
      }),
    )
    expect(scores.score).toBeCloseTo(1.6)
    expect(scores.percent).toBeCloseTo(40)
  })

  it('treats an answer whose option no longer exists as unanswered', () => {
    const scores = computeScores(definition, answersFor({ 'secu-sauvegardes': 'option-retiree' }))
    expect(scores.questions['secu-sauvegardes']?.state).toBe('unanswered')
  })

  it('has no global score for an empty assessment', () => {
    const scores = computeScores(definition, {})
    expect(scores.score).toBeNull()
    expect(scores.coverage).toBe(0)
  })
})

describe('computeScores on the essential path', () => {
  // The security domain gets two more non-core questions: with only its core question answered it
  // is covered at 1 / 4 on the full path, under the 50 % rule.
  const wider = miniWith((d) => {
    const securite = d.domains[1]!
    const template = securite.questions[1]!
    securite.questions.push(
      { ...structuredClone(template), id: 'secu-mises-a-jour' },
      { ...structuredClone(template), id: 'secu-antivirus' },
    )
  })
  const coreOnly = answersFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'testee' })

  it('leaves a domain unscored on the full path when only its core questions are answered', () => {
    const scores = computeScores(wider, coreOnly, 'full')
    expect(domain(scores, 'securite').coverage).toBe(0.25)
    expect(domain(scores, 'securite').assessable).toBe(false)
    expect(scores.path).toBe('full')
  })

  it('scores every domain and the whole assessment on the core questions alone', () => {
    const scores = computeScores(wider, coreOnly, 'essential')
    expect(scores.path).toBe('essential')
    expect(domain(scores, 'securite')).toMatchObject({
      visible: 1,
      applicable: 1,
      answered: 1,
      offPath: 3,
      coverage: 1,
      score: 3,
      assessable: true,
    })
    expect(domain(scores, 'gouvernance')).toMatchObject({
      visible: 1,
      answered: 1,
      offPath: 1,
      score: 0,
      assessable: true,
    })
    // gouvernance (weight 2) = 0, sécurité (weight 3) = 3 → 9 / 5 = 1.8
    expect(scores.score).toBeCloseTo(1.8)
    expect(scores.applicable).toBe(2)
    expect(scores.coverage).toBe(1)
  })

  it('leaves answers to non-core questions out of the essential scores, like hidden ones', () => {
    const answers = answersFor({
      'gouv-schema': 'valide',
      'gouv-suivi': 'jamais',
      'secu-sauvegardes': 'testee',
      'secu-comptes': 'partages',
    })
    const essential = computeScores(wider, answers, 'essential')
    expect(essential.questions['secu-comptes']).toMatchObject({ state: 'off-path', level: null })
    expect(essential.questions['gouv-suivi']?.state).toBe('off-path')
    expect(domain(essential, 'gouvernance').score).toBe(3)
    // The same answers still count on the full path: switching back loses nothing.
    const full = computeScores(wider, answers, 'full')
    expect(full.questions['secu-comptes']).toMatchObject({ state: 'answered', level: 0 })
    expect(domain(full, 'gouvernance').score).toBe(2)
  })

  it('counts « Je ne sais pas » on a core question in the essential coverage', () => {
    const scores = computeScores(
      wider,
      answersFor({ 'gouv-schema': 'ne-sait-pas', 'secu-sauvegardes': 'testee' }),
      'essential',
    )
    expect(domain(scores, 'gouvernance')).toMatchObject({
      applicable: 1,
      answered: 0,
      unknown: 1,
      coverage: 0,
      assessable: false,
    })
    expect(scores.score).toBe(3)
  })

  it('leaves a domain without core questions out of the essential path, not scored low', () => {
    const noCoreInGovernance = miniWith((d) => {
      delete d.domains[0]!.questions[0]!.core
    })
    const scores = computeScores(
      noCoreInGovernance,
      answersFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'testee' }),
      'essential',
    )
    expect(domain(scores, 'gouvernance')).toMatchObject({ visible: 0, offPath: 2, score: null, assessable: false })
    expect(scores.score).toBe(3)
  })
})

describe('progress and orphans', () => {
  it('counts every kind of answer among visible questions', () => {
    const progress = computeProgress(
      definition,
      answersFor({ 'gouv-schema': 'ne-sait-pas', 'secu-comptes': 'non-applicable' }),
    )
    expect(progress).toEqual([
      { domainId: 'gouvernance', done: 1, visible: 1 },
      { domainId: 'securite', done: 1, visible: 2 },
    ])
    expect(overallProgress(progress)).toBeCloseTo(2 / 3)
  })

  it('does not count a comment alone as an answer', () => {
    const progress = computeProgress(definition, answersFor({ 'gouv-schema': null }, { 'gouv-schema': 'à voir' }))
    expect(progress[0]?.done).toBe(0)
  })

  it('lists saved values that are not a choice of their question, counts them as unanswered, and keeps them', () => {
    const answers = answersFor({
      'gouv-schema': 'option-inventee',
      'secu-sauvegardes': 'ne-sait-pas',
      'secu-comptes': 'nominatifs',
    })
    expect(findInvalidAnswers(definition, answers)).toEqual(['gouv-schema'])
    expect(computeProgress(definition, answers)[0]).toEqual({ domainId: 'gouvernance', done: 0, visible: 1 })
    expect(computeScores(definition, answers).questions['gouv-schema']?.state).toBe('unanswered')
    expect(answers['gouv-schema']?.value).toBe('option-inventee')
    // « Je ne sais pas » where the question does not allow it is not a choice either.
    const strict = structuredClone(definition)
    const question = strict.domains[1]?.questions.find((q) => q.id === 'secu-sauvegardes')
    if (question) question.allowUnknown = false
    expect(findInvalidAnswers(strict, answers)).toEqual(['gouv-schema', 'secu-sauvegardes'])
  })

  it('lists answers to questions removed from a later version as orphans', () => {
    expect(findOrphanAnswers(definition, answersFor({ 'gouv-schema': 'aucun', 'ancienne-question': 'x' }))).toEqual([
      'ancienne-question',
    ])
  })

  it('evaluates visibleIf from answers', () => {
    const question = definition.domains[0]?.questions[1]
    if (!question) throw new Error('fixture')
    expect(isQuestionVisible(question, answersFor({ 'gouv-schema': 'projet' }))).toBe(true)
    expect(isQuestionVisible(question, answersFor({ 'gouv-schema': 'ne-sait-pas' }))).toBe(false)
  })
})
