/**
 * Audit reports as read-only Markdown documents under the `redis-audit:` scheme, and their export
 * to Markdown, JSON or SARIF files. The texts are rendered (and redacted) once when the audit ends;
 * nothing here ever sees a password.
 */
import * as vscode from 'vscode';
import { AUDIT_SCHEME, CONTEXT_REPORT_AVAILABLE } from './ids';
import type { RenderedReport } from './runAudit';

export type ExportFormat = 'markdown' | 'json' | 'sarif';

const FORMATS: Record<ExportFormat, { ext: string; filter: string; text: (r: RenderedReport) => string }> = {
  markdown: { ext: 'md', filter: 'Markdown', text: (r) => r.markdown },
  json: { ext: 'json', filter: 'JSON', text: (r) => r.json },
  sarif: { ext: 'sarif', filter: 'SARIF', text: (r) => r.sarif },
};

/** Reports kept in memory; older ones are dropped (their documents then say so). */
const MAX_REPORTS = 20;

interface StoredReport {
  /** File name without extension, for the save dialog. */
  baseName: string;
  rendered: RenderedReport;
}

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly reports = new Map<string, StoredReport>();
  private latest: string | undefined;

  add(endpoint: string, rendered: RenderedReport, startedAt = new Date()): vscode.Uri {
    const stamp = startedAt.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
    const baseName = `redis-audit-${endpoint.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '')}-${stamp}`;
    const uri = vscode.Uri.from({ scheme: AUDIT_SCHEME, path: `/${baseName}.md` });
    this.reports.set(uri.toString(), { baseName, rendered });
    this.latest = uri.toString();
    while (this.reports.size > MAX_REPORTS) this.reports.delete(this.reports.keys().next().value as string);
    void vscode.commands.executeCommand('setContext', CONTEXT_REPORT_AVAILABLE, true);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString())?.rendered.markdown ?? 'This audit report is no longer in memory. Run **Redis: Audit Live Instance…** again.\n';
  }

  /** Opens the report read-only beside the current editor. */
  async open(uri: vscode.Uri): Promise<void> {
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'markdown') doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  /** The report in the active editor, or else the most recent one. */
  private current(uri?: vscode.Uri): StoredReport | undefined {
    const active = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (active?.scheme === AUDIT_SCHEME) return this.reports.get(active.toString());
    return this.latest ? this.reports.get(this.latest) : undefined;
  }

  async export(format: ExportFormat, uri?: vscode.Uri): Promise<void> {
    const report = this.current(uri);
    if (!report) {
      void vscode.window.showInformationMessage('There is no audit report to save. Run "Redis: Audit Live Instance…" first.');
      return;
    }
    const f = FORMATS[format];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: `Save the audit report as ${f.filter}`,
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${report.baseName}.${f.ext}`) : undefined,
      filters: { [f.filter]: [f.ext] },
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(f.text(report.rendered), 'utf8'));
    void vscode.window.showInformationMessage(`Audit report saved to ${target.fsPath || target.toString()}.`);
  }

  dispose(): void {
    this.reports.clear();
  }
}
