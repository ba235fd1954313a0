/**
 * Places live-audit findings on the lines of an open redis.conf, for the Problems panel. A finding
 * that names a setting goes on the directive that sets it; one whose setting is not in the file
 * goes on the first line, so it stays visible next to the file it concerns. Pure (LSP types, no
 * `vscode`), so it is unit-tested.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { AuditFinding, AuditReport, PlacedFindings } from '../../../server/src/audit/types';
import { Directive, parseConfig } from '../../../server/src/parse/document';
import { ruleHref } from '../../../server/src/validate/codes';

export const AUDIT_SOURCE = 'redis-audit';

const SEVERITY: Record<AuditFinding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Settings whose values are secrets: their running values are never shown, even in drift. */
const SENSITIVE = new Set(['requirepass', 'masterauth', 'tls-key-file-pass', 'tls-client-key-file-pass', 'sentinel-pass', 'auth-pass']);

/** Old and new spellings (slaveof / replicaof, slave-read-only / replica-read-only...) compare equal. */
function canonical(name: string): string {
  return name.toLowerCase().replace(/slave/g, 'replica');
}

/** Settings written once per key (a user, a command, a client class): the key says which line is meant. */
const KEYED = new Set(['user', 'rename-command', 'client-output-buffer-limit']);

/**
 * The directive a finding belongs on. Among several lines for the same setting, the one whose
 * first argument the message names wins (the user line for "user app ..."). A line of a keyed
 * setting that the message does not name is never chosen (a finding about the default user does
 * not belong on "user app"); among the others the last one wins, the value in force.
 */
export function directiveFor(directives: readonly Directive[], settings: readonly string[], message: string): Directive | undefined {
  const wanted = new Set(settings.map(canonical));
  const candidates = directives.filter((d) => wanted.has(canonical(d.name)));
  const named = candidates.filter((d) => d.args[0] && (canonical(d.name) === 'user' ? namesUser(message, d.args[0].value) : mentions(message, d.args[0].value)));
  if (named.length) return named[named.length - 1];
  const unkeyed = candidates.filter((d) => !KEYED.has(canonical(d.name)));
  return unkeyed[unkeyed.length - 1];
}

/**
 * Rule messages name users as `User "app"` or `The default user`; a bare word is not enough, since
 * advice such as "~app:*" names key patterns, not users.
 */
function namesUser(message: string, name: string): boolean {
  if (name === 'default') return /\bdefault user\b/i.test(message);
  return message.includes(`"${name}"`);
}

function mentions(message: string, word: string): boolean {
  if (!word) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w-])${escaped}($|[^\\w-])`).test(message);
}

function lineRange(line: number, start: number, end: number): Diagnostic['range'] {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Diagnostics for the open file, one per finding, plus one per drifted setting. */
export function placeFindings(report: AuditReport, configText: string): PlacedFindings {
  const doc = parseConfig(configText);
  const top = doc.lines[0];
  const topRange = lineRange(0, top?.contentStart ?? 0, top?.contentEnd ?? 0);
  const where = ` (live audit of ${report.endpoint})`;
  const out: Diagnostic[] = [];
  for (const f of report.findings) {
    const d = f.settings?.length ? directiveFor(doc.directives, f.settings, f.message) : undefined;
    const line = d ? doc.lines[d.line] : undefined;
    out.push({
      range: line ? lineRange(line.line, line.contentStart, line.contentEnd) : topRange,
      severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
      code: f.id,
      codeDescription: { href: ruleHref(f.id) },
      source: AUDIT_SOURCE,
      message: `${f.message}${where}`,
    });
  }
  for (const drift of report.drift ?? []) {
    const d = drift.line !== undefined ? doc.directives.find((x) => x.line === drift.line) : directiveFor(doc.directives, [drift.setting], '');
    const line = d ? doc.lines[d.line] : undefined;
    const values = SENSITIVE.has(drift.setting.toLowerCase())
      ? 'the running value differs from the file'
      : `the file says "${drift.file}", the server runs "${drift.running}"`;
    out.push({
      range: line ? lineRange(line.line, line.contentStart, line.contentEnd) : topRange,
      severity: DiagnosticSeverity.Information,
      code: 'drift',
      source: AUDIT_SOURCE,
      message: `${drift.setting}: ${values}${where}`,
    });
  }
  return out;
}
