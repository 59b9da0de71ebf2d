import { badRequest } from '../../lib/errors';
import { quote } from './limits';

/**
 * Mongo's `$regex` (PCRE) translated into SQLite GLOB patterns that match exactly the strings the regex
 * matches; what GLOB cannot express exactly is a 400, never an approximation. D1 has no REGEXP function,
 * and GLOB (unlike LIKE) is case-sensitive, as a regex is without `i`.
 *
 * Supported: literal text and escaped metacharacters; `.`; classes `[a-z]`, `[^…]`, `\d \w \s` (and their
 * negations outside classes); `^`/`$` (also `\A`, `\z`, `\Z`) at the ends of a top-level alternative; `|`
 * between alternatives; `?` and `{n}`, `{n,m}` on any single item (expanded into alternatives); `*`, `+`
 * and `{n,}` after `.` when it matches every character (option `s`). Options: `i` (both sides lowered:
 * ASCII case folding, SQLite's `lower()`), `m` (`^`/`$` also at line breaks), `s` (`.` matches a newline),
 * `x` (unescaped whitespace and `#` comments are ignored). Groups, backreferences, lookarounds and other
 * repetitions are a 400.
 */

const fail = (message: string) => badRequest(`Invalid filter: ${message}`);
const MAX_PATTERNS = 16;
const MAX_REPEAT = 32;
const NL = '\n';
const REPEAT = /^\{(\d{1,3})(,(\d{0,3}))?\}/;

/** A GLOB fragment: its alternatives (a `?` or `{n,m}` multiplies them). */
type Item = { globs: string[]; any?: boolean };

interface Flags {
  fold: boolean;
  multiline: boolean;
  dotAll: boolean;
  extended: boolean;
}

function parseOptions(options: unknown): Flags {
  if (options === undefined) return { fold: false, multiline: false, dotAll: false, extended: false };
  if (typeof options !== 'string' || !/^[imsx]*$/.test(options))
    throw fail(`$options takes the letters i, m, s and x only`);
  return {
    fold: options.includes('i'),
    multiline: options.includes('m'),
    dotAll: options.includes('s'),
    extended: options.includes('x'),
  };
}

/** One literal character as GLOB reads it: its own three metacharacters go in a class. */
const literal = (c: string) => (c === '*' || c === '?' || c === '[' ? `[${c}]` : c);

const CLASS_ESCAPES: Record<string, string[]> = {
  d: ['0-9'],
  w: ['a-z', 'A-Z', '0-9', '_'],
  s: [' ', '\t', NL, '\r', '\f', '\v'],
};
const CHAR_ESCAPES: Record<string, string> = { n: NL, t: '\t', r: '\r', f: '\f', v: '\v' };

/** A GLOB class from its members (single characters or `a-z` ranges): `]` first, `-` last, `^` not first. */
function globClass(members: string[], negate: boolean): string {
  const set = [...new Set(members)];
  const close = set.includes(']') ? [']'] : [];
  const dash = set.includes('-') ? ['-'] : [];
  const rest = set.filter((m) => m !== ']' && m !== '-');
  // A leading `^` would negate the class: put it after another member.
  if (!negate && close.length === 0 && rest[0] === '^' && rest.length > 1) rest.push(rest.shift() as string);
  const body = [...close, ...rest, ...dash].join('');
  if (!negate && body === '^') return '^';
  if (body === '') throw fail('$regex has an empty character class');
  return `[${negate ? '^' : ''}${body}]`;
}

class RegexReader {
  private i = 0;

  constructor(
    private readonly source: string,
    private readonly flags: Flags,
  ) {}

  /** Top-level alternatives, each a list of GLOB patterns. */
  read(): string[] {
    const patterns: string[] = [];
    for (;;) {
      patterns.push(...this.alternative());
      if (patterns.length > MAX_PATTERNS) throw fail('$regex is too complex');
      if (this.i >= this.source.length) return patterns;
      this.i++; // '|'
    }
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.i + offset];
  }

  /** Skips what option `x` ignores: whitespace and `#` comments outside classes. */
  private skipExtended(): void {
    if (!this.flags.extended) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && /\s/.test(c)) this.i++;
      else if (c === '#') {
        while (this.i < this.source.length && this.source[this.i] !== NL) this.i++;
      } else return;
    }
  }

  private alternative(): string[] {
    this.skipExtended();
    let start: string[] = ['*'];
    if (this.peek() === '^') {
      this.i++;
      start = this.flags.multiline ? ['', `*${NL}`] : [''];
    } else if (this.peek() === '\\' && this.peek(1) === 'A') {
      this.i += 2;
      start = [''];
    }
    let bodies = [''];
    let end: string[] = ['*'];
    for (;;) {
      this.skipExtended();
      const c = this.peek();
      if (c === undefined || c === '|') break;
      const anchor = this.endAnchor();
      if (anchor) {
        end = anchor;
        this.skipExtended();
        const after = this.peek();
        if (after !== undefined && after !== '|') throw fail('$regex takes $ only at the end of an alternative');
        break;
      }
      if (c === '^') throw fail('$regex takes ^ only at the start of an alternative');
      const item = this.quantified(this.atom());
      bodies = bodies.flatMap((body) => item.globs.map((glob) => body + glob));
      if (bodies.length > MAX_PATTERNS) throw fail('$regex is too complex');
    }
    return start.flatMap((s) => bodies.flatMap((b) => end.map((e) => s + b + e)));
  }

  /** `$`, `\z` or `\Z` here: the ends it may match. */
  private endAnchor(): string[] | undefined {
    const c = this.peek();
    if (c === '$') {
      this.i++;
      // PCRE: `$` also matches before a final newline; with `m`, before any newline.
      return this.flags.multiline ? ['', `${NL}*`] : ['', NL];
    }
    if (c === '\\' && (this.peek(1) === 'z' || this.peek(1) === 'Z')) {
      const upper = this.peek(1) === 'Z';
      this.i += 2;
      return upper ? ['', NL] : [''];
    }
    return undefined;
  }

  private atom(): Item {
    const c = this.peek() as string;
    this.i++;
    switch (c) {
      case '.':
        return this.flags.dotAll ? { globs: ['?'], any: true } : { globs: [`[^${NL}]`] };
      case '[':
        return { globs: [this.charClass()] };
      case '\\':
        return this.escape();
      case '(':
      case ')':
        throw fail('$regex groups are not supported');
      case '*':
      case '+':
      case '?':
        throw fail(`$regex has nothing to repeat before ${quote(c)}`);
      case '{':
        // PCRE reads a brace that does not start a repetition as a literal.
        if (REPEAT.test(this.source.slice(this.i - 1))) throw fail(`$regex has nothing to repeat before '{'`);
        return { globs: ['{'] };
      default:
        return { globs: [literal(c)] };
    }
  }

  private escape(): Item {
    const c = this.peek();
    if (c === undefined) throw fail("$regex ends with '\\'");
    this.i++;
    const lower = c.toLowerCase();
    if (Object.hasOwn(CLASS_ESCAPES, lower)) return { globs: [globClass(CLASS_ESCAPES[lower], c !== lower)] };
    if (Object.hasOwn(CHAR_ESCAPES, c)) return { globs: [CHAR_ESCAPES[c]] };
    if (/[A-Za-z0-9]/.test(c)) throw fail(`$regex escape ${quote(`\\${c}`)} is not supported`);
    return { globs: [literal(c)] };
  }

  /** `[…]` after the `[`: its members as a GLOB class. */
  private charClass(): string {
    const negate = this.peek() === '^';
    if (negate) this.i++;
    const members: string[] = [];
    let first = true;
    for (;;) {
      let c = this.peek();
      if (c === undefined) throw fail('$regex has an unterminated character class');
      this.i++;
      if (c === ']' && !first) break;
      first = false;
      if (c === '[' && this.peek() === ':') throw fail('$regex POSIX classes are not supported');
      if (c === '\\') {
        const e = this.peek();
        if (e === undefined) throw fail("$regex ends with '\\'");
        this.i++;
        if (Object.hasOwn(CLASS_ESCAPES, e)) {
          members.push(...CLASS_ESCAPES[e]);
          continue;
        }
        if (/[A-Za-z0-9]/.test(e) && !Object.hasOwn(CHAR_ESCAPES, e))
          throw fail(`$regex escape ${quote(`\\${e}`)} is not supported in a class`);
        c = CHAR_ESCAPES[e] ?? e;
      }
      if (this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        this.i++;
        let hi = this.peek() as string;
        this.i++;
        if (hi === '\\') {
          const e = this.peek();
          if (e === undefined || /[A-Za-z0-9]/.test(e)) throw fail('$regex has an invalid class range');
          this.i++;
          hi = e;
        }
        if (hi < c) throw fail('$regex has an invalid class range');
        // A range bound that GLOB reads specially is kept apart: `]` cannot end a range.
        if (hi === ']' || c === ']') throw fail('$regex has an invalid class range');
        members.push(`${c}-${hi}`);
      } else members.push(c);
    }
    return globClass(members, negate);
  }

  /** The item with its quantifier, if any. */
  private quantified(item: Item): Item {
    this.skipExtended();
    const c = this.peek();
    let min: number;
    let max: number | undefined;
    if (c === '*') [min, max] = [0, undefined];
    else if (c === '+') [min, max] = [1, undefined];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = REPEAT.exec(this.source.slice(this.i));
      if (!m) return item;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? undefined : Number(m[3]);
      this.i += m[0].length - 1;
    } else return item;
    this.i++;
    // Lazy (`*?`) matches the same strings; possessive (`*+`) may not: refused.
    if (this.peek() === '?') this.i++;
    else if (this.peek() === '+') throw fail('$regex possessive quantifiers are not supported');
    if (max !== undefined && max < min) throw fail('$regex has an invalid repetition');
    if (min > MAX_REPEAT || (max ?? 0) > MAX_REPEAT) throw fail('$regex repeats too often');
    const repeat = (n: number) =>
      Array.from({ length: n }).reduce<string[]>((acc) => acc.flatMap((a) => item.globs.map((g) => a + g)), ['']);
    if (max === undefined) {
      if (!item.any) throw fail('$regex repeats (*, +, {n,}) only `.` with option s');
      return { globs: repeat(min).map((g) => `${g}*`) };
    }
    const globs: string[] = [];
    for (let n = min; n <= max; n++) {
      globs.push(...repeat(n));
      if (globs.length > MAX_PATTERNS) throw fail('$regex is too complex');
    }
    return { globs };
  }
}

/** `$regex` with its `$options` → GLOB patterns (any of them matches) and whether both sides are lowered. */
export function regexToGlobs(pattern: string, options: unknown): { patterns: string[]; fold: boolean } {
  const flags = parseOptions(options);
  const patterns = [...new Set(new RegexReader(pattern, flags).read())];
  return { patterns, fold: flags.fold };
}
