/**
 * ACL files are not read like redis.conf: each trimmed line is cut on single spaces (no quotes, no
 * comments), and the empty pieces two adjacent spaces leave are skipped. The outline needs only
 * the pieces with their columns.
 */
import { splitLines, trimBounds } from '../parse/tokenize';

export interface AclPiece {
  value: string;
  start: number;
  end: number;
}

export interface AclLine {
  line: number;
  /** Trimmed content range. */
  start: number;
  end: number;
  tokens: AclPiece[];
}

/** The non-blank lines of an ACL file, split the way the server splits them. */
export function aclFileLines(text: string): AclLine[] {
  const result: AclLine[] = [];
  splitLines(text).forEach((raw, line) => {
    const { start, end } = trimBounds(raw);
    if (start === end) return;
    const tokens: AclPiece[] = [];
    let pos = start;
    for (const piece of raw.slice(start, end).split(' ')) {
      if (piece.length > 0) tokens.push({ value: piece, start: pos, end: pos + piece.length });
      pos += piece.length + 1;
    }
    result.push({ line, start, end, tokens });
  });
  return result;
}
