import { badRequest } from '../../lib/errors';
import { type CmpOp, type FieldRef, type FilterNode, matchAll, type Scalar, type TextFn } from './ast';
import { checkDepth, checkLength, quote } from './limits';

/**
 * iDempiere REST `$filter` (an OData subset): a tokenizer plus a recursive-descent parser.
 *
 *   or     := and ('or' and)*
 *   and    := unary ('and' unary)*
 *   unary  := 'not' (unary) | '(' or ')' | textfn | operand cmpop literal | operand 'in' '(' literals ')'
 *   textfn := (contains|startswith|endswith) '(' operand ',' string ')'
 *   operand:= column | (tolower|toupper) '(' column ')'
 *
 * `not` is accepted only before a function call, a parenthesised group or another `not`: OData gives
 * `not` a higher precedence than `eq`, so `not Name eq 'x'` would not mean what its writer meant.
 */

type TokenType = 'ident' | 'string' | 'number' | 'date' | 'lparen' | 'rparen' | 'comma' | 'eof';

interface Token {
  type: TokenType;
  /** Source text of the token, for error messages. */
  text: string;
  pos: number;
  value?: string | number;
}

const CMP_OPS: Record<string, CmpOp> = { eq: 'eq', ne: 'ne', neq: 'ne', gt: 'gt', ge: 'ge', lt: 'lt', le: 'le' };
const TEXT_FNS = new Set<string>(['contains', 'startswith', 'endswith']);
const TRANSFORMS = new Set<string>(['tolower', 'toupper']);
/** Words that can never be a column on the left of a comparison. */
const RESERVED = new Set<string>(['and', 'or', 'not', 'in', 'true', 'false', 'null', ...Object.keys(CMP_OPS)]);

// Sticky patterns, each applied at one position while scanning (never to split the whole input).
const DATE = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_.]/;
const WORD_PART = /[A-Za-z0-9_.:+-]/;

const fail = (message: string) => badRequest(`Invalid $filter: ${message}`);

function matchAt(pattern: RegExp, input: string, pos: number): string | undefined {
  pattern.lastIndex = pos;
  return pattern.exec(input)?.[0];
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', text: c, pos: i });
      i++;
    } else if (c === "'") {
      i = readString(input, i, tokens);
    } else if ((c >= '0' && c <= '9') || (c === '-' && input[i + 1] >= '0' && input[i + 1] <= '9')) {
      const date = c === '-' ? undefined : matchAt(DATE, input, i);
      const text = date ?? matchAt(NUMBER, input, i) ?? c;
      let end = i + text.length;
      if (end < input.length && WORD_PART.test(input[end])) {
        // `12abc`, `2024-01-31X`: report the whole glued word, not just its numeric head.
        while (end < input.length && WORD_PART.test(input[end])) end++;
        throw fail(`unexpected token ${quote(input.slice(i, end))} at position ${i}`);
      }
      const value = date ?? Number(text);
      if (typeof value === 'number' && !Number.isFinite(value)) throw fail(`number out of range at position ${i}`);
      tokens.push({ type: date ? 'date' : 'number', text, pos: i, value });
      i = end;
    } else if (IDENT_START.test(c)) {
      let end = i + 1;
      while (end < input.length && IDENT_PART.test(input[end])) end++;
      tokens.push({ type: 'ident', text: input.slice(i, end), pos: i });
      i = end;
    } else {
      throw fail(`unexpected character ${quote(c)} at position ${i}`);
    }
  }
  tokens.push({ type: 'eof', text: '', pos: input.length });
  return tokens;
}

/** A single-quoted string with '' as the escaped quote; returns the index after the closing quote. */
function readString(input: string, start: number, tokens: Token[]): number {
  let value = '';
  let i = start + 1;
  while (i < input.length) {
    const next = input.indexOf("'", i);
    if (next < 0) break;
    value += input.slice(i, next);
    if (input[next + 1] === "'") {
      value += "'";
      i = next + 2;
      continue;
    }
    tokens.push({ type: 'string', text: input.slice(start, next + 1), pos: start, value });
    return next + 1;
  }
  throw fail(`unterminated string starting at position ${start}`);
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    if (this.peek().type === 'eof') return matchAll();
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.type !== 'eof') throw this.unexpected(rest);
    return node;
  }

  private parseOr(): FilterNode {
    const children = [this.parseAnd()];
    while (this.isKeyword(this.peek(), 'or')) {
      this.index++;
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children };
  }

  private parseAnd(): FilterNode {
    const children = [this.parseUnary()];
    while (this.isKeyword(this.peek(), 'and')) {
      this.index++;
      children.push(this.parseUnary());
    }
    return children.length === 1 ? children[0] : { kind: 'and', children };
  }

  private parseUnary(): FilterNode {
    const token = this.peek();
    if (this.isKeyword(token, 'not')) {
      // `not` binds to what follows: a parenthesised expression, a function call or one comparison
      // (`not IsVendor eq true` is `not (IsVendor eq true)`), never to the rest of an `and`/`or` chain.
      this.index++;
      return this.nested(() => ({ kind: 'not', child: this.parseUnary() }));
    }
    if (token.type === 'lparen') {
      this.index++;
      const node = this.nested(() => this.parseOr());
      this.expect('rparen', "')'");
      return node;
    }
    if (this.isTextFnCall()) return this.parseTextFn();
    return this.parseComparison();
  }

  private nested(parse: () => FilterNode): FilterNode {
    checkDepth(++this.depth);
    const node = parse();
    this.depth--;
    return node;
  }

  private parseTextFn(): FilterNode {
    const fn = this.next().text.toLowerCase() as TextFn;
    this.expect('lparen', "'('");
    const field = this.parseOperand();
    this.expect('comma', "','");
    const value = this.peek();
    if (value.type !== 'string') throw this.expected('a quoted string', value);
    this.index++;
    this.expect('rparen', "')'");
    return { kind: 'text', field, fn, value: value.value as string };
  }

  private parseComparison(): FilterNode {
    const field = this.parseOperand();
    const token = this.peek();
    const word = token.type === 'ident' ? token.text.toLowerCase() : '';
    if (word === 'in') {
      this.index++;
      return { kind: 'in', field, values: this.parseList() };
    }
    const op = Object.hasOwn(CMP_OPS, word) ? CMP_OPS[word] : undefined;
    if (!op) throw this.expected('an operator (eq, ne, gt, ge, lt, le, in)', token);
    this.index++;
    return { kind: 'cmp', field, op, value: this.parseLiteral() };
  }

  private parseList(): Scalar[] {
    this.expect('lparen', "'('");
    const values: Scalar[] = [];
    if (this.peek().type === 'rparen') {
      this.index++;
      return values;
    }
    values.push(this.parseLiteral());
    while (this.peek().type === 'comma') {
      this.index++;
      values.push(this.parseLiteral());
    }
    this.expect('rparen', "')'");
    return values;
  }

  /** A column, or tolower/toupper of one: never a literal (`1 eq 1`, `'a' eq Name` are rejected). */
  private parseOperand(): FieldRef {
    const token = this.peek();
    const word = token.text.toLowerCase();
    if (token.type === 'ident' && TRANSFORMS.has(word) && this.peek(1).type === 'lparen') {
      this.index += 2;
      const path = this.parseColumn();
      this.expect('rparen', "')'");
      return { path, transform: word as FieldRef['transform'] };
    }
    return { path: this.parseColumn() };
  }

  private parseColumn(): string {
    const token = this.peek();
    if (token.type !== 'ident' || RESERVED.has(token.text.toLowerCase())) throw this.expected('a column name', token);
    if (this.peek(1).type === 'lparen') {
      throw fail(`function ${quote(token.text)} is not supported here at position ${token.pos}`);
    }
    this.index++;
    return token.text;
  }

  private parseLiteral(): Scalar {
    const token = this.next();
    switch (token.type) {
      case 'string':
      case 'number':
      case 'date':
        return token.value as string | number;
      case 'ident': {
        const word = token.text.toLowerCase();
        if (word === 'true') return true;
        if (word === 'false') return false;
        if (word === 'null') return null;
        break;
      }
    }
    throw this.expected('a literal value', token);
  }

  private isTextFnCall(): boolean {
    const token = this.peek();
    return token.type === 'ident' && TEXT_FNS.has(token.text.toLowerCase()) && this.peek(1).type === 'lparen';
  }

  private isKeyword(token: Token, word: string): boolean {
    return token.type === 'ident' && token.text.toLowerCase() === word;
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.index++;
    return token;
  }

  private expect(type: TokenType, what: string): void {
    const token = this.peek();
    if (token.type !== type) throw this.expected(what, token);
    this.index++;
  }

  private expected(what: string, token: Token) {
    if (token.type === 'eof') return fail(`expected ${what} but reached the end of the filter`);
    return fail(`expected ${what} but found ${quote(token.text)} at position ${token.pos}`);
  }

  private unexpected(token: Token) {
    return fail(`unexpected token ${quote(token.text)} at position ${token.pos}`);
  }
}

/** Parses an iDempiere `$filter`; a blank filter matches every row. Throws 400 AppErrors only. */
export function parseODataFilter(input: string): FilterNode {
  if (typeof input !== 'string') throw fail('expected a string');
  checkLength(input.length);
  return new Parser(tokenize(input)).parse();
}
