/**
 * Suppression comments, as a pure filter over findings.
 *
 *   # redis-conf-lint: ignore RCS101 -- reason          silences RCS101 on the next directive line
 *   # redis-conf-lint: ignore RCS101, RCS002 -- reason  several ids
 *   # redis-conf-lint: ignore-file RCS003 -- reason     silences RCS003 in the whole file
 *
 * They must sit on their own line: Redis has no trailing comments (a `#` after a directive is
 * read as a value). ACL files allow no comments at all, so their findings are silenced through
 * settings only.
 */
import type { ConfigDocument } from '../parse/document';

const PRAGMA = /^#\s*redis-conf-lint:\s*(ignore|ignore-file)\s+([A-Za-z0-9_,\s-]+?)(?:\s+--\s*(.*))?\s*$/;

export interface Suppressions {
  /** Ids silenced everywhere. */
  file: Set<string>;
  /** Zero-based line -> ids silenced on that line. */
  lines: Map<number, Set<string>>;
}

function ids(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
}

export function collectSuppressions(doc: ConfigDocument): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  let pending: string[] = [];
  for (const line of doc.lines) {
    if (line.kind === 'comment') {
      const m = PRAGMA.exec(line.text.slice(line.contentStart, line.contentEnd));
      if (!m) continue;
      if (m[1] === 'ignore-file') ids(m[2]).forEach((id) => result.file.add(id));
      else pending.push(...ids(m[2]));
      continue;
    }
    if (line.kind === 'blank') continue;
    if (pending.length) {
      result.lines.set(line.line, new Set(pending));
      pending = [];
    }
  }
  return result;
}

/** True when a finding of `id` starting on `line` is silenced. */
export function isSuppressed(s: Suppressions, id: string, line: number): boolean {
  return s.file.has(id) || (s.lines.get(line)?.has(id) ?? false);
}
