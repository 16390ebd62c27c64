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
    ['{a} > 2', /opérateur non pris en charge|caractère inattendu/],
    ["{a} = 'x' and", /attendu/],
    ["{a = 'x'", /accolade|nom de question/],
    ["{A} = 'x'", /nom de question invalide/],
    ['{a} = x', /apostrophes/],
    ["{a} anyof 'x'", /crochets/],
    ["{a} = 'x' {b} empty", /inattendu/],
  ])('refuses %s with a French message', (source, message) => {
    expect(() => parseExpression(source)).toThrow(ExpressionError)
    expect(() => parseExpression(source)).toThrow(message)
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
