/**
 * Output of redis-conf-lint. Pure: reports in, text out.
 */
import { serverVerdict, ServerVerdict } from '../verdict';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TargetId } from '../catalog/types';
import type { LanguageId } from '../service';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** Validity findings (RCV) are what the server would reject; security findings (RCS) are risky but valid. */
export type FindingSource = 'validity' | 'security';

export interface CliDiagnostic {
  code: string | null;
  source: FindingSource;
  severity: SeverityName;
  message: string;
  /** 1-based, like editors and compilers print them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileReport {
  file: string;
  language: LanguageId;
  target: TargetId;
  /** Whether the target server would start with this file, and where it would stop (RCV errors only). */
  verdict: ServerVerdict;
  diagnostics: CliDiagnostic[];
}

const RANK: Record<SeverityName, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** True when `severity` is `level` or more serious. */
export function atLeast(severity: SeverityName, level: SeverityName): boolean {
  return RANK[severity] >= RANK[level];
}

export function severityName(severity: DiagnosticSeverity | undefined): SeverityName {
  switch (severity) {
    case DiagnosticSeverity.Warning: return 'warning';
    case DiagnosticSeverity.Information: return 'info';
    case DiagnosticSeverity.Hint: return 'hint';
    default: return 'error'; // LSP leaves a missing severity to the client; a linter must not hide it
  }
}

/** The code prefix tells the two kinds apart: RCS ids belong to the security rules. */
export function findingSource(code: string | null): FindingSource {
  return code !== null && /^RCS/i.test(code) ? 'security' : 'validity';
}

export function toCliDiagnostic(d: Diagnostic): CliDiagnostic {
  const code = d.code === undefined ? null : String(d.code);
  return {
    code,
    source: findingSource(code),
    severity: severityName(d.severity),
    message: typeof d.message === 'string' ? d.message : d.message.value,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

/** Sorts by position and keeps the findings at `minLevel` or above (all of them by default). */
export function makeReport(file: string, language: LanguageId, target: TargetId, diagnostics: Diagnostic[], minLevel: SeverityName = 'hint'): FileReport {
  const list = diagnostics
    .map(toCliDiagnostic)
    .filter(d => atLeast(d.severity, minLevel))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, language, target, verdict: serverVerdict(diagnostics), diagnostics: list };
}

/** How many findings are at `level` or above. */
export function countAtLeast(reports: readonly FileReport[], level: SeverityName): number {
  return reports.reduce((n, r) => n + r.diagnostics.filter(d => atLeast(d.severity, level)).length, 0);
}

export function countErrors(reports: readonly FileReport[]): number {
  return countAtLeast(reports, 'error');
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export function formatText(reports: readonly FileReport[], quiet: boolean): string {
  const lines: string[] = [];
  const counts: Record<SeverityName, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      counts[d.severity]++;
      const code = d.code ? `  [${d.code}]` : '';
      // Messages may span lines (related facts); keep each finding on one line for grep.
      lines.push(`${report.file}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.message.replace(/\s*\n\s*/g, ' ')}${code}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = plural(reports.length, 'file');
  if (total === 0) {
    if (!quiet) lines.push(`No problems in ${files}.`);
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info) parts.push(`${counts.info} info`);
    if (counts.hint) parts.push(plural(counts.hint, 'hint'));
    lines.push('', `${plural(total, 'problem')} (${parts.join(', ')}) in ${files}.`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}
