import { describe, expect, it } from 'vitest'
import { countWords, estimateAnswerTime } from '@/domain/assessment/answer-time'
import { miniWith } from '../../fixtures'

/** A definition of `n` questions (the first `core` of them core), each of exactly `words` words in text, help and options together. */
function definitionOf(n: number, words: number, core = 0) {
  return miniWith((d) => {
    const template = d.domains[0]!.questions[0]!
    d.domains = [{ ...d.domains[0]!, questions: [] }]
    for (let i = 0; i < n; i++) {
      d.domains[0]!.questions.push({
        ...structuredClone(template),
        id: `q${i}`,
        core: i < core,
        visibleIf: undefined,
        text: Array.from({ length: words - 2 }, () => 'mot').join(' '),
        help: 'aide',
        options: [{ value: 'a', label: 'oui', level: 0 }],
      })
    }
  })
}

describe('countWords', () => {
  it('counts runs of letters and digits, apostrophes and hyphens splitting words', () => {
    expect(countWords('Le DUI de l’usager est-il à jour ?')).toBe(9)
    expect(countWords('  ')).toBe(0)
    expect(countWords('2 services socles sur 3')).toBe(5)
  })
})

describe('estimateAnswerTime', () => {
  it('reads 200 words a minute and adds 10 seconds per question, rounded up to 5 minutes', () => {
    // 60 questions × 100 words = 6 000 words → 30 min of reading, + 60 × 10 s = 10 min → 40 min
    expect(estimateAnswerTime(definitionOf(60, 100), 'full')).toEqual({ questions: 60, words: 6000, minutes: 40 })
    // 61 questions: 30,5 + 10,17 min → rounded up to 45
    expect(estimateAnswerTime(definitionOf(61, 100), 'full').minutes).toBe(45)
  })

  it('counts only the core questions on the essential path', () => {
    const definition = definitionOf(60, 100, 12)
    // 12 × 100 words = 1 200 words → 6 min, + 12 × 10 s = 2 min → 8 → 10 min
    expect(estimateAnswerTime(definition, 'essential')).toEqual({ questions: 12, words: 1200, minutes: 10 })
    expect(estimateAnswerTime(definition, 'full').minutes).toBeGreaterThan(
      estimateAnswerTime(definition, 'essential').minutes,
    )
  })

  it('counts conditional questions, which a structure with the tools they ask about sees', () => {
    const definition = definitionOf(2, 100)
    definition.domains[0]!.questions[1]!.visibleIf = "{q0} = 'a'"
    expect(estimateAnswerTime(definition, 'full').questions).toBe(2)
  })

  it('takes no time for a path without questions', () => {
    expect(estimateAnswerTime(definitionOf(3, 10), 'essential')).toEqual({ questions: 0, words: 0, minutes: 0 })
  })
})
