/**
 * The document model for redis.conf-style files: one entry per physical line, classified the way
 * `loadServerConfigFromString` classifies it (blank, comment, or a directive made of tokens).
 *
 * Everything keeps exact positions so diagnostics, hovers and edits can point at the right text.
 */
import { Token, TokenizeError, splitLines, tokenizeLine, trimBounds } from './tokenize';

export interface Directive {
  /** Zero-based line number. */
  line: number;
  /** Lower-cased directive name (Redis lower-cases argv[0]). */
  name: string;
  /** The token of the name as written. */
  nameToken: Token;
  /** The arguments after the name. */
  args: Token[];
}

export type LineKind = 'blank' | 'comment' | 'directive' | 'error';

export interface ConfigLine {
  /** Zero-based line number. */
  line: number;
  /** The raw text of the line, without the `\n`. */
  text: string;
  kind: LineKind;
  /** Column range of the trimmed content. */
  contentStart: number;
  contentEnd: number;
  /** Present when kind === 'directive'. */
  directive?: Directive;
  /** Present when kind === 'error' (unbalanced quotes). */
  error?: TokenizeError;
  /** Present for comment lines that are a section banner (`#### NETWORK ####`). */
  banner?: string;
}

export interface ConfigDocument {
  lines: ConfigLine[];
  directives: Directive[];
}

/**
 * A section banner is a comment made of a run of `#`, a title in capitals, and another run of `#`,
 * as in the stock redis.conf (`################################ GENERAL  #####################################`).
 */
const BANNER = /^#{3,}\s+([A-Za-z0-9][A-Za-z0-9 _\-\/&()]*?)\s+#{3,}\s*$/;

export function bannerTitle(commentText: string): string | undefined {
  const m = BANNER.exec(commentText);
  return m ? m[1].trim() : undefined;
}

/** `sdstolower` in the C locale: only A-Z change. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function parseConfig(text: string): ConfigDocument {
  const lines: ConfigLine[] = [];
  const directives: Directive[] = [];
  splitLines(text).forEach((raw, i) => {
    const { start, end } = trimBounds(raw);
    const base = { line: i, text: raw, contentStart: start, contentEnd: end };
    if (start === end) {
      lines.push({ ...base, kind: 'blank' });
      return;
    }
    if (raw[start] === '#') {
      const banner = bannerTitle(raw.slice(start, end));
      lines.push({ ...base, kind: 'comment', ...(banner ? { banner } : {}) });
      return;
    }
    // Tokenize only the trimmed content, but keep columns relative to the raw line.
    const { tokens, error } = tokenizeLine(raw.slice(0, end));
    if (error) {
      lines.push({ ...base, kind: 'error', error });
      return;
    }
    if (tokens.length === 0) {
      lines.push({ ...base, kind: 'blank' });
      return;
    }
    const directive: Directive = {
      line: i,
      name: asciiLower(tokens[0].value),
      nameToken: tokens[0],
      args: tokens.slice(1),
    };
    directives.push(directive);
    lines.push({ ...base, kind: 'directive', directive });
  });
  return { lines, directives };
}
