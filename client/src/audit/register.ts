/** Wires the live audit into the extension: its commands, report documents, problems and log. */
import * as vscode from 'vscode';
import { AuditCommand } from './auditCommand';
import { AUDIT_SCHEME } from './ids';
import { AUDIT_SOURCE } from './placement';
import { clearProblems } from './problems';
import { ExportFormat, ReportDocuments } from './reportDocuments';

export function registerAudit(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Redis Audit', { log: true });
  const problems = vscode.languages.createDiagnosticCollection(AUDIT_SOURCE);
  const reports = new ReportDocuments();
  const command = new AuditCommand(context, log, reports, problems);
  const exporter = (format: ExportFormat) => (uri?: vscode.Uri) => reports.export(format, uri instanceof vscode.Uri ? uri : undefined);
  context.subscriptions.push(
    log,
    problems,
    reports,
    vscode.workspace.registerTextDocumentContentProvider(AUDIT_SCHEME, reports),
    vscode.commands.registerCommand('redisConf.auditLiveInstance', (args?: unknown) => command.run(args instanceof vscode.Uri ? undefined : args)),
    vscode.commands.registerCommand('redisConf.auditExportMarkdown', exporter('markdown')),
    vscode.commands.registerCommand('redisConf.auditExportJson', exporter('json')),
    vscode.commands.registerCommand('redisConf.auditExportSarif', exporter('sarif')),
    vscode.commands.registerCommand('redisConf.auditClearProblems', () => clearProblems(problems)),
    // Live findings describe the file as it was when audited; they go with the file.
    vscode.workspace.onDidCloseTextDocument((doc) => problems.delete(doc.uri)),
  );
}
