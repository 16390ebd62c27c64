/** Why a condition cannot be parsed, as codes; the messages that name them are written where they are shown. */

/**
 * What is wrong with a condition. 'end' means the expression stops where `expected` was awaited;
 * the others name the faulty `found` text, when there is one.
 */
export type ExpressionProblem =
  | 'unclosed-brace'
  | 'bad-question-name'
  | 'unclosed-quote'
  | 'unexpected-character'
  | 'unexpected-token'
  | 'end'
  | 'closing-parenthesis-expected'
  | 'question-expected'
  | 'unsupported-operator'
  | 'value-expected'
  | 'list-expected'
  | 'comma-or-bracket-expected'

/** What the parser awaited when the expression ended. */
export type ExpressionExpectation =
  'condition' | 'closing-parenthesis' | 'operator' | 'value' | 'opening-bracket' | 'closing-bracket'

/** A condition outside the supported subset: the problem's code, where it is, and the text found there. */
export class ExpressionError extends Error {
  constructor(
    readonly problem: ExpressionProblem,
    readonly position: number,
    readonly found: string | null = null,
    readonly expected: ExpressionExpectation | null = null,
  ) {
    super(`${problem}${found === null ? '' : ` "${found}"`}${expected === null ? '' : ` (${expected})`} at ${position}`)
    this.name = 'ExpressionError'
  }
}
