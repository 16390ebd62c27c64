/**
 * Conditions (`visibleIf`, `appliesIf`): their tree, what they read, and a small, safe evaluator
 * for the subset of SurveyJS condition syntax allowed in definitions. The domain needs it to know
 * which questions are visible without depending on the survey engine; the same strings are handed
 * to SurveyJS, which evaluates them identically (checked by a unit test). The parser is in
 * expression-parser.ts.
 */

export type AnswerValue = string | string[] | undefined

export { ExpressionError, type ExpressionExpectation, type ExpressionProblem } from './expression-error.ts'
export { parseExpression, type Expression } from './expression-parser.ts'

import { parseExpression, type Expression } from './expression-parser.ts'

/** Names of the questions an expression reads. */
export function expressionVariables(expr: Expression): string[] {
  switch (expr.type) {
    case 'and':
    case 'or':
      return [...new Set([...expressionVariables(expr.left), ...expressionVariables(expr.right)])]
    default:
      return [expr.variable]
  }
}

/** Literal values an expression compares each question with. */
export function expressionLiterals(expr: Expression): { variable: string; value: string }[] {
  switch (expr.type) {
    case 'and':
    case 'or':
      return [...expressionLiterals(expr.left), ...expressionLiterals(expr.right)]
    case 'compare':
    case 'contains':
      return [{ variable: expr.variable, value: expr.value }]
    case 'list':
      return expr.values.map((value) => ({ variable: expr.variable, value }))
    case 'presence':
      return []
  }
}

function isEmpty(value: AnswerValue): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

function asArray(value: AnswerValue): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** Evaluates a parsed condition against answer values (question id → value). */
export function evaluateExpression(expr: Expression, values: (id: string) => AnswerValue): boolean {
  switch (expr.type) {
    case 'and':
      return evaluateExpression(expr.left, values) && evaluateExpression(expr.right, values)
    case 'or':
      return evaluateExpression(expr.left, values) || evaluateExpression(expr.right, values)
    case 'compare': {
      const value = values(expr.variable)
      const equal = Array.isArray(value) ? false : value === expr.value
      return expr.op === '=' ? equal : !equal
    }
    case 'list': {
      const chosen = asArray(values(expr.variable))
      return expr.op === 'anyof'
        ? expr.values.some((v) => chosen.includes(v))
        : chosen.length > 0 && expr.values.every((v) => chosen.includes(v))
    }
    case 'contains': {
      const has = asArray(values(expr.variable)).includes(expr.value)
      return expr.op === 'contains' ? has : !has
    }
    case 'presence':
      return expr.op === 'empty' ? isEmpty(values(expr.variable)) : !isEmpty(values(expr.variable))
  }
}

const cache = new Map<string, Expression>()

/** Parses (with a cache) and evaluates a condition string. */
export function evaluateCondition(source: string, values: (id: string) => AnswerValue): boolean {
  let expr = cache.get(source)
  if (!expr) {
    expr = parseExpression(source)
    cache.set(source, expr)
  }
  return evaluateExpression(expr, values)
}
