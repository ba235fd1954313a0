/**
 * The tokenizer Redis uses for every config line (`sdssplitargs` in src/sds.c), re-implemented so
 * that each argument keeps the exact column range it came from.
 *
 * Behaviour that matters and is easy to get wrong:
 * - a token is one or more *parts* glued together: `abc"d e"` is the single argument `abcd e`;
 * - after a closing quote the next character must be whitespace or the end of the line, else the
 *   whole line is rejected ("Unbalanced quotes in configuration line");
 * - double quotes understand `\n \r \t \b \a \xHH` and turn any other `\c` into `c`;
 * - single quotes understand only `\'`;
 * - `""` and `''` produce an empty argument;
 * - outside quotes a backslash is an ordinary character, and `#` is too (comments are a whole-line
 *   affair decided before tokenizing).
 */

export interface Token {
  /** The argument as Redis sees it after unquoting and unescaping. */
  value: string;
  /** The exact source text of the token, quotes included. */
  raw: string;
  /** Column (UTF-16 offset in the line) of the first character of the token. */
  start: number;
  /** Column just past the last character of the token. */
  end: number;
  /** True when any part of the token was quoted. */
  quoted: boolean;
}

export interface TokenizeError {
  /** The text Redis prints for this line. */
  message: string;
  /** Column range of the offending quoted part (from its opening quote to the problem). */
  start: number;
  end: number;
}

export interface TokenizeResult {
  tokens: Token[];
  error?: TokenizeError;
}

export const UNBALANCED_QUOTES = 'Unbalanced quotes in configuration line';

/** `isspace()` in the C locale: what separates tokens. */
export function isCSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';
}

function isHexDigit(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9a-fA-F]$/.test(ch);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };

/**
 * Split one line the way `sdssplitargs` does. `line` should already be trimmed of the characters
 * Redis trims (see `trimConfigLine`), but leading/trailing whitespace is tolerated either way.
 */
export function tokenizeLine(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let p = 0;
  const n = line.length;
  // A NUL ends the C string: nothing after it exists for Redis.
  const nul = line.indexOf('\0');
  const limit = nul >= 0 ? nul : n;

  for (;;) {
    while (p < limit && isCSpace(line[p])) p++;
    if (p >= limit) return { tokens };

    const start = p;
    let value = '';
    let quoted = false;
    let mode: 'bare' | 'dq' | 'sq' = 'bare';
    let quoteStart = p;
    let done = false;

    while (!done) {
      const ch = p < limit ? line[p] : undefined;
      if (mode === 'dq') {
        if (ch === '\\' && line[p + 1] === 'x' && isHexDigit(line[p + 2]) && isHexDigit(line[p + 3]) && p + 3 < limit) {
          value += String.fromCharCode(parseInt(line.substr(p + 2, 2), 16));
          p += 3;
        } else if (ch === '\\' && p + 1 < limit) {
          const c = line[p + 1];
          value += ESCAPES[c] ?? c;
          p += 1;
        } else if (ch === '"') {
          if (p + 1 < limit && !isCSpace(line[p + 1])) {
            return { tokens, error: { message: UNBALANCED_QUOTES, start: quoteStart, end: p + 2 } };
          }
          done = true;
        } else if (ch === undefined) {
          return { tokens, error: { message: UNBALANCED_QUOTES, start: quoteStart, end: limit } };
        } else {
          value += ch;
        }
      } else if (mode === 'sq') {
        if (ch === '\\' && line[p + 1] === "'" && p + 1 < limit) {
          value += "'";
          p += 1;
        } else if (ch === "'") {
          if (p + 1 < limit && !isCSpace(line[p + 1])) {
            return { tokens, error: { message: UNBALANCED_QUOTES, start: quoteStart, end: p + 2 } };
          }
          done = true;
        } else if (ch === undefined) {
          return { tokens, error: { message: UNBALANCED_QUOTES, start: quoteStart, end: limit } };
        } else {
          value += ch;
        }
      } else {
        if (ch === undefined || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
          done = true;
          continue; // do not consume the separator
        } else if (ch === '"') {
          mode = 'dq';
          quoted = true;
          quoteStart = p;
        } else if (ch === "'") {
          mode = 'sq';
          quoted = true;
          quoteStart = p;
        } else {
          value += ch;
        }
      }
      if (ch !== undefined) p++;
    }
    tokens.push({ value, raw: line.slice(start, p), start, end: p, quoted });
  }
}

/** The characters `sdstrim(line, " \t\r\n")` removes from both ends of each line. */
const TRIM_SET = new Set([' ', '\t', '\r', '\n']);

/** Returns the column where trimmed content starts and ends (end exclusive). */
export function trimBounds(line: string): { start: number; end: number } {
  let s = 0;
  let e = line.length;
  while (s < e && TRIM_SET.has(line[s])) s++;
  while (e > s && TRIM_SET.has(line[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Splits a whole file into lines the way Redis does: on `\n` only (a `\r` before it is trimmed
 * later with the rest of the whitespace).
 */
export function splitLines(text: string): string[] {
  return text.split('\n');
}
