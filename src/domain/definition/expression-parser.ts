/**
 * The parser of conditions: a condition string in the subset of SurveyJS syntax allowed in
 * definitions, read into an Expression tree, or an ExpressionError with the problem's code and
 * position.
 *
 * Grammar:
 *   expr    := or
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := '(' expr ')' | test
 *   test    := '{' id '}' ( ('=' | '!=') literal | ('anyof' | 'allof') list
 *            | ('contains' | 'notcontains') literal | 'empty' | 'notempty' )
 *   list    := '[' literal (',' literal)* ']'
 *   literal := quoted string
 */
import { ExpressionError, type ExpressionExpectation } from './expression-error.ts'

/** A condition read into a tree. */
export type Expression =
  | { type: 'and' | 'or'; left: Expression; right: Expression }
  | { type: 'compare'; op: '=' | '!='; variable: string; value: string }
  | { type: 'list'; op: 'anyof' | 'allof'; variable: string; values: string[] }
  | { type: 'contains'; op: 'contains' | 'notcontains'; variable: string; value: string }
  | { type: 'presence'; op: 'empty' | 'notempty'; variable: string }

type Token =
  | { kind: 'var'; text: string; pos: number }
  | { kind: 'str'; text: string; pos: number }
  | { kind: 'word'; text: string; pos: number }
  | { kind: 'sym'; text: string; pos: number }

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const ch = source.charAt(i)
    if (/\s/.test(ch)) {
      i++
    } else if (ch === '{') {
      const end = source.indexOf('}', i)
      if (end < 0) throw new ExpressionError('unclosed-brace', i)
      const name = source.slice(i + 1, end).trim()
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
        throw new ExpressionError('bad-question-name', i, name)
      }
      tokens.push({ kind: 'var', text: name, pos: i })
      i = end + 1
    } else if (ch === "'" || ch === '"') {
      const end = source.indexOf(ch, i + 1)
      if (end < 0) throw new ExpressionError('unclosed-quote', i)
      tokens.push({ kind: 'str', text: source.slice(i + 1, end), pos: i })
      i = end + 1
    } else if (source.startsWith('!=', i)) {
      tokens.push({ kind: 'sym', text: '!=', pos: i })
      i += 2
    } else if ('=()[],'.includes(ch)) {
      tokens.push({ kind: 'sym', text: ch, pos: i })
      i++
    } else if (/[a-z]/i.test(ch)) {
      let end = i
      while (end < source.length && /[a-z]/i.test(source.charAt(end))) end++
      tokens.push({ kind: 'word', text: source.slice(i, end).toLowerCase(), pos: i })
      i = end
    } else {
      throw new ExpressionError('unexpected-character', i, ch)
    }
  }
  return tokens
}

class Parser {
  private index = 0
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): Expression {
    const expr = this.parseOr()
    const extra = this.peek()
    if (extra) throw new ExpressionError('unexpected-token', extra.pos, extra.text)
    return expr
  }

  private peek(): Token | undefined {
    return this.tokens[this.index]
  }

  private next(expected: ExpressionExpectation): Token {
    const token = this.tokens[this.index++]
    if (!token) throw new ExpressionError('end', this.length, null, expected)
    return token
  }

  private isWord(text: string): boolean {
    const token = this.peek()
    return token?.kind === 'word' && token.text === text
  }

  private parseOr(): Expression {
    let left = this.parseAnd()
    while (this.isWord('or')) {
      this.index++
      left = { type: 'or', left, right: this.parseAnd() }
    }
    return left
  }

  private parseAnd(): Expression {
    let left = this.parseUnary()
    while (this.isWord('and')) {
      this.index++
      left = { type: 'and', left, right: this.parseUnary() }
    }
    return left
  }

  private parseUnary(): Expression {
    const token = this.next('condition')
    if (token.kind === 'sym' && token.text === '(') {
      const inner = this.parseOr()
      const close = this.next('closing-parenthesis')
      if (close.text !== ')') throw new ExpressionError('closing-parenthesis-expected', close.pos, close.text)
      return inner
    }
    if (token.kind !== 'var') {
      throw new ExpressionError('question-expected', token.pos, token.text)
    }
    return this.parseTest(token.text)
  }

  private parseTest(variable: string): Expression {
    const op = this.next('operator')
    if (op.kind === 'sym' && (op.text === '=' || op.text === '!=')) {
      return { type: 'compare', op: op.text, variable, value: this.parseLiteral() }
    }
    if (op.kind === 'word') {
      switch (op.text) {
        case 'anyof':
        case 'allof':
          return { type: 'list', op: op.text, variable, values: this.parseList() }
        case 'contains':
        case 'notcontains':
          return { type: 'contains', op: op.text, variable, value: this.parseLiteral() }
        case 'empty':
        case 'notempty':
          return { type: 'presence', op: op.text, variable }
      }
    }
    throw new ExpressionError('unsupported-operator', op.pos, op.text)
  }

  private parseLiteral(): string {
    const token = this.next('value')
    if (token.kind !== 'str') throw new ExpressionError('value-expected', token.pos, token.text)
    return token.text
  }

  private parseList(): string[] {
    const open = this.next('opening-bracket')
    if (open.text !== '[') throw new ExpressionError('list-expected', open.pos, open.text)
    const values = [this.parseLiteral()]
    for (;;) {
      const sep = this.next('closing-bracket')
      if (sep.text === ']') return values
      if (sep.text !== ',') throw new ExpressionError('comma-or-bracket-expected', sep.pos, sep.text)
      values.push(this.parseLiteral())
    }
  }
}

/** Parses a condition; throws an ExpressionError, with the problem's code, when it is not in the subset. */
export function parseExpression(source: string): Expression {
  return new Parser(tokenize(source), source.length).parse()
}
