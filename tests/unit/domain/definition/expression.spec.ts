import { describe, expect, it } from 'vitest'
import { ConditionRunner } from 'survey-core'
import {
  evaluateCondition,
  ExpressionError,
  expressionVariables,
  parseExpression,
} from '@/domain/definition/expression'

const values = (data: Record<string, string | string[]>) => (id: string) => data[id]

describe('parseExpression', () => {
  it('reads the supported operators with and / or / parentheses', () => {
    const expr = parseExpression("({a} = 'x' or {b} anyof ['y', 'z']) and {c} notempty")
    expect(expressionVariables(expr).sort()).toEqual(['a', 'b', 'c'])
  })

  it.each([
    ['{a} > 2', 'unexpected-character'],
    ["{a} = 'x' and", 'end'],
    ["{a = 'x'", 'unclosed-brace'],
    ["{A} = 'x'", 'bad-question-name'],
    ['{a} = x', 'value-expected'],
    ["{a} anyof 'x'", 'list-expected'],
    ["{a} = 'x' {b} empty", 'unexpected-token'],
  ])('refuses %s and says why with the code %s', (source, problem) => {
    expect(() => parseExpression(source)).toThrow(ExpressionError)
    expect(() => parseExpression(source)).toThrow(expect.objectContaining({ problem }))
  })
})

describe('evaluateCondition agrees with SurveyJS', () => {
  const cases: [string, Record<string, string | string[]>][] = [
    ["{a} = 'x'", { a: 'x' }],
    ["{a} = 'x'", { a: 'y' }],
    ["{a} = 'x'", {}],
    ["{a} != 'x'", {}],
    ["{a} != 'x'", { a: 'x' }],
    ["{a} anyof ['x', 'y']", { a: 'y' }],
    ["{a} anyof ['x', 'y']", { a: 'z' }],
    ["{a} anyof ['x', 'y']", {}],
    ["{a} allof ['x', 'y']", { a: ['x', 'y', 'z'] }],
    ["{a} allof ['x', 'y']", { a: ['x'] }],
    ["{a} contains 'x'", { a: ['x', 'y'] }],
    ["{a} contains 'x'", { a: ['y'] }],
    ["{a} notcontains 'x'", { a: ['y'] }],
    ['{a} empty', {}],
    ['{a} notempty', { a: 'x' }],
    ['{a} notempty', {}],
    ["{a} = 'x' and {b} = 'y' or {c} = 'z'", { c: 'z' }],
    ["{a} = 'x' and ({b} = 'y' or {c} = 'z')", { c: 'z' }],
  ]
  it.each(cases)('%s with %j', (source, data) => {
    const expected = new ConditionRunner(source).runValues(data) as boolean
    expect(evaluateCondition(source, values(data))).toBe(expected)
  })
})
