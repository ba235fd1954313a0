/**
 * Would the target server start with this file? The answer the RCV errors give, in the server's
 * own terms: it stops at the first line it cannot load; checks made after reading the whole file
 * (ACL users, module settings...) only run when every line loaded, so a line error anywhere wins
 * over a start-up error on an earlier line. Shared by the CLI's JSON output and the differential tests.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export type ServerVerdict =
  | { accepted: true }
  | {
      accepted: false;
      /** 1-based line the server names in its FATAL CONFIG FILE ERROR block (the first one it hits). */
      line: number;
      code: string;
      message: string;
      /** The server reads the whole file and refuses to start afterwards, naming no line. */
      phase?: 'startup';
    };

/** Only errors with an RCV code predict a refusal; warnings, hints and security findings never do. */
export function isServerError(d: Diagnostic): boolean {
  return d.severity === 1 && typeof d.code === 'string' && d.code.startsWith('RCV');
}

export function isStartupPhase(d: Diagnostic): boolean {
  const data = d.data as { phase?: unknown } | undefined;
  return data !== null && typeof data === 'object' && data.phase === 'startup';
}

export function serverVerdict(diagnostics: Diagnostic[]): ServerVerdict {
  const errors = diagnostics.filter(isServerError);
  if (errors.length === 0) return { accepted: true };
  const lineErrors = errors.filter((d) => !isStartupPhase(d));
  const pool = lineErrors.length ? lineErrors : errors;
  const first = pool.reduce((a, b) => (b.range.start.line < a.range.start.line ? b : a));
  const message = typeof first.message === 'string' ? first.message : first.message.value;
  const verdict = { accepted: false as const, line: first.range.start.line + 1, code: String(first.code), message };
  return lineErrors.length ? verdict : { ...verdict, phase: 'startup' as const };
}
