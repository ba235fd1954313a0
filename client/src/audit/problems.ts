/** Live-audit findings in the Problems panel, on the open redis.conf they concern. */
import * as vscode from 'vscode';
import { CONTEXT_PROBLEMS_SHOWN } from './ids';
import type { AuditReport } from '../../../server/src/audit/types';
import { placeFindings } from './placement';

// LSP severities count from 1 (Error), VS Code's from 0.
const SEVERITY = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];

/** Replaces the collection's content with this report's findings on `document`; returns their count. */
export function showProblems(collection: vscode.DiagnosticCollection, document: vscode.TextDocument, report: AuditReport): number {
  const diagnostics = placeFindings(report, document.getText()).map((p) => {
    const range = new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
    const message = typeof p.message === 'string' ? p.message : p.message.value;
    const d = new vscode.Diagnostic(range, message, SEVERITY[(p.severity ?? 2) - 1] ?? vscode.DiagnosticSeverity.Warning);
    d.source = p.source;
    if (p.code !== undefined) {
      d.code = p.codeDescription ? { value: p.code, target: vscode.Uri.parse(p.codeDescription.href) } : p.code;
    }
    return d;
  });
  collection.clear();
  collection.set(document.uri, diagnostics);
  void vscode.commands.executeCommand('setContext', CONTEXT_PROBLEMS_SHOWN, diagnostics.length > 0);
  return diagnostics.length;
}

export function clearProblems(collection: vscode.DiagnosticCollection): void {
  collection.clear();
  void vscode.commands.executeCommand('setContext', CONTEXT_PROBLEMS_SHOWN, false);
}
