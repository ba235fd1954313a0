/**
 * Turns our diagnostics into a verdict shaped like the server's and decides whether the two agree.
 * Shared by the live test (real redis-server) and the oracle-sample test (recorded verdicts).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { validateText, type DocumentInfo } from '../../server/src/service';
import type { TargetId } from '../../server/src/catalog/types';
import type { Verdict } from './harness';
import { serverVerdict } from '../../server/src/verdict';
export { isServerError, isStartupPhase } from '../../server/src/verdict';

/** What our validator says: ACCEPT, or the line (1-based) of the RCV error the server would hit first. */
export type OurVerdict = 'ACCEPT' | { line: number; code: string; message: string; phase?: 'startup' } | { threw: string };

/** Our verdict in the shape of the server's, from the core's serverVerdict. */
export function ourVerdict(diagnostics: Diagnostic[]): OurVerdict {
  const v = serverVerdict(diagnostics);
  if (v.accepted) return 'ACCEPT';
  const { line, code, message, phase } = v;
  return phase ? { line, code, message, phase } : { line, code, message };
}

/** Runs the validator; an exception becomes a verdict of its own so one bad file cannot hide the rest. */
export function judgeText(text: string, doc: DocumentInfo, target: TargetId): OurVerdict {
  try {
    return ourVerdict(validateText(text, doc, { target }));
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Same verdict, and for a rejection the same line. The server's line 0 (it named no line: a
 * start-up failure, a crash, or a check after the line loop) matches a rejection at any line.
 */
export function agrees(server: Verdict, ours: OurVerdict): boolean {
  if (typeof ours === 'object' && 'threw' in ours) return false;
  if (server === 'ACCEPT' || ours === 'ACCEPT') return server === ours;
  return server.line === 0 || server.line === ours.line;
}

export function formatServer(v: Verdict): string {
  if (v === 'ACCEPT') return 'ACCEPT';
  return `REJECT@${v.line}${v.phase ? ` (${v.phase})` : ''} ${clip(v.message)}`;
}

export function formatOurs(v: OurVerdict): string {
  if (v === 'ACCEPT') return 'ACCEPT';
  if ('threw' in v) return `THREW ${clip(v.threw)}`;
  return `REJECT@${v.line}${v.phase ? ` (${v.phase})` : ''} ${v.code} ${clip(v.message)}`;
}

function clip(s: string, max = 90): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

export interface Row {
  file: string;
  target: TargetId;
  server: Verdict;
  ours: OurVerdict;
  agree: boolean;
  /** Why a disagreement here is tolerated (see FILESYSTEM_DEPENDENT), if it is. */
  tolerated?: string;
}

export function makeRow(file: string, target: TargetId, server: Verdict, ours: OurVerdict, tolerated?: Record<string, string>): Row {
  const agree = agrees(server, ours);
  return { file, target, server, ours, agree, tolerated: agree ? undefined : tolerated?.[file] };
}

/**
 * Corpus snippets whose server verdict depends on files the validator cannot see (it is pure: no
 * file system). Their disagreements are listed but do not fail the test.
 */
export const FILESYSTEM_DEPENDENT: Record<string, string> = {
  'include-missing.conf': 'the included file does not exist in the server\'s working directory',
  'aclfile-missing-file.conf': 'the ACL file does not exist in the server\'s working directory',
  'string-dir-missing.conf': 'the directory does not exist in the server\'s working directory',
  'string-logfile-missing-dir.conf': 'the log file\'s directory does not exist',
};

/** A plain-text table of the rows that disagree, tolerated ones marked with "~". */
export function disagreementTable(rows: Row[]): string {
  const bad = rows.filter(r => !r.agree);
  if (bad.length === 0) return '(no disagreements)';
  const width = Math.min(48, Math.max(...bad.map(r => r.file.length)));
  const lines = bad.map(r => {
    const mark = r.tolerated ? '~' : ' ';
    return `${mark} ${r.file.padEnd(width)}  server: ${formatServer(r.server)}\n  ${''.padEnd(width)}  ours:   ${formatOurs(r.ours)}`;
  });
  return lines.join('\n');
}

/** "redis-7.0: 230/240 agree (95.8%)" plus how many disagreements are tolerated. */
export function agreementLine(label: string, rows: Row[]): string {
  const ok = rows.filter(r => r.agree).length;
  const tolerated = rows.filter(r => !r.agree && r.tolerated).length;
  const pct = rows.length === 0 ? 100 : (100 * ok) / rows.length;
  return `${label}: ${ok}/${rows.length} agree (${pct.toFixed(1)}%)${tolerated ? `, ${tolerated} tolerated (file system)` : ''}`;
}

/** Rows whose disagreement should fail a test. */
export function failures(rows: Row[]): Row[] {
  return rows.filter(r => !r.agree && !r.tolerated);
}
