/**
 * A directive that holds one value and appears more than once: the server keeps the last one,
 * which is rarely what the author of the earlier line meant.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { lookupDirective } from '../catalog';
import type { ConfigDocument, Directive } from '../parse/document';
import { RCV } from './codes';
import { ValidationContext, directiveRange, report } from './context';

/** Directives that add up rather than replace: each line adds something. */
const ACCUMULATING = new Set(['save', 'client-output-buffer-limit', 'user', 'rename-command', 'include', 'loadmodule', 'sentinel']);

export function checkDuplicates(ctx: ValidationContext, doc: ConfigDocument): void {
  const byName = new Map<string, Directive[]>();
  for (const d of doc.directives) {
    const spec = lookupDirective(ctx.catalog, d.name);
    const name = spec?.name ?? d.name;
    if (ACCUMULATING.has(name) || !spec) continue;
    const list = byName.get(name) ?? [];
    list.push(d);
    byName.set(name, list);
  }
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    const last = list[list.length - 1];
    for (const d of list.slice(0, -1)) {
      report(ctx, RCV.duplicateDirective, directiveRange(d), `${name} is set again on line ${last.line + 1}; the server keeps only the last value, so this line has no effect.`, {
        severity: DiagnosticSeverity.Warning,
        data: { overriddenBy: last.line },
      });
    }
  }
}
