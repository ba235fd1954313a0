/**
 * ACL files are not read like redis.conf (`ACLLoadFromFile`): each line is trimmed of spaces, tabs
 * and CR/LF, then cut on single spaces — no quotes, no comments. Two adjacent spaces leave an empty
 * word, which the server treats as a no-op rule.
 */
import { splitLines, trimBounds } from './tokenize';

export interface AclWord {
  text: string;
  start: number;
  end: number;
}

export interface AclLine {
  /** Zero-based line number. */
  line: number;
  /** Trimmed content range. */
  start: number;
  end: number;
  /** Every word, empty ones included. */
  words: AclWord[];
}

/** Splits one line; a blank line has no words. */
export function splitAclLine(raw: string, line = 0): AclLine {
  const { start, end } = trimBounds(raw);
  const words: AclWord[] = [];
  if (start < end) {
    let pos = start;
    for (const text of raw.slice(start, end).split(' ')) {
      words.push({ text, start: pos, end: pos + text.length });
      pos += text.length + 1;
    }
  }
  return { line, start, end, words };
}

/** The non-blank lines of an ACL file. */
export function parseAclFile(text: string): AclLine[] {
  return splitLines(text)
    .map((raw, line) => splitAclLine(raw, line))
    .filter((l) => l.words.length > 0);
}
