/**
 * `Redis: Audit Live Instance…`: asks for a server, runs the read-only audit under a cancellable
 * progress notification, opens the report beside the editor and puts the findings on the open
 * redis.conf. The password stays in memory for the length of the audit (and of the question
 * whether to keep it in SecretStorage); it is never logged, remembered in globalState or reported.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SECTION, normalizeSettings } from '../../../server/src/settings';
import { parseAuditArgs } from './commandArgs';
import type { ChosenConnection } from './connectionPrompt';
import { promptConnection } from './connectionPrompt';
import {
  RememberedConnection,
  TlsMaterial,
  addRecent,
  connectionDetail,
  connectionLabel,
  effectiveUser,
  endpointLabel,
  readRecentList,
  removeRecent,
  secretKeyFor,
  toTarget,
} from './connectionSpec';
import { ConfigFile, engine } from './engine';
import { clearProblems, showProblems } from './problems';
import { errorMessage, isAuthFailure } from './redact';
import type { ReportDocuments } from './reportDocuments';
import { AuditOutcome, runAudit } from './runAudit';

/** globalState key of the recent-connections list (records without secrets). */
export const RECENT_KEY = 'redisConf.audit.recentConnections';

const SHOW_DETAILS = 'Show details';

/** What the command returns when it ran: enough for a task or a test to judge the result. */
export interface AuditSummary {
  endpoint: string;
  /** The report document (audit: scheme), when one was opened. */
  reportUri?: string;
  findings: Array<{ id: string; severity: string }>;
  notVerified: number;
  roundTrips: number;
  wallTimeMs: number;
  /** Findings placed on the open redis.conf. */
  problemsPlaced: number;
  /** Why the audit failed or stopped early (secrets cut out). */
  error?: string;
}

export class AuditCommand {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly reports: ReportDocuments,
    private readonly problems: vscode.DiagnosticCollection,
  ) {}

  /**
   * With no argument the server is asked for; with an argument (see commandArgs.ts) it runs without
   * any prompt and does not offer to store the password.
   */
  async run(args?: unknown): Promise<AuditSummary | undefined> {
    if (!vscode.workspace.isTrusted) {
      const manage = 'Manage Workspace Trust';
      const answer = await vscode.window.showWarningMessage(
        'The live audit is only available in a trusted workspace: it connects to servers over the network and reads certificate and key files.',
        manage,
      );
      if (answer === manage) await vscode.commands.executeCommand('workbench.trust.manage');
      return undefined;
    }
    const settings = this.settings();
    // Captured before the prompts, which may move the focus.
    const configDoc = activeConfigDocument();
    const interactive = args === undefined;
    const chosen = interactive ? await promptConnection(this.context.secrets, this.recent(), (c) => this.forget(c)) : await this.fromArgs(args);
    if (!chosen) return undefined;
    let material: TlsMaterial;
    try {
      material = await readTlsMaterial(chosen.remembered);
    } catch (error) {
      this.log.error(errorMessage(error));
      void vscode.window.showErrorMessage(`Redis audit: ${errorMessage(error)}`);
      return undefined;
    }
    const target = toTarget(chosen.remembered, chosen.password, material);
    const label = connectionLabel(chosen.remembered);
    this.log.info(`Auditing ${label} (${connectionDetail(chosen.remembered)}, user "${effectiveUser(chosen.remembered)}", ` +
      `password: ${chosen.passwordSource === 'none' ? 'none' : chosen.passwordSource}), ${settings.timeoutMs} ms per step.`);

    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Redis audit of ${endpointLabel(chosen.remembered)}`, cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const sub = token.onCancellationRequested(() => abort.abort());
        try {
          return await runAudit(engine, target, {
            stepTimeoutMs: settings.timeoutMs,
            signal: abort.signal,
            onProgress: (message) => {
              progress.report({ message });
              this.log.info(message);
            },
            ...(configDoc ? { config: configFile(configDoc) } : {}),
          });
        } finally {
          sub.dispose();
        }
      },
    );
    // Drop the in-memory copies the audit used; `chosen` keeps it only if storing is offered below.
    delete target.password;
    return this.present(outcome, chosen, configDoc, settings.maxRecentConnections, interactive);
  }

  /** The connection named by the command's argument; the password from the URL, else SecretStorage, else none. */
  private async fromArgs(args: unknown): Promise<ChosenConnection | undefined> {
    const parsed = parseAuditArgs(args);
    if (!parsed.ok) {
      this.log.error(`Audit command argument refused: ${parsed.error}`);
      void vscode.window.showErrorMessage(`Redis audit: ${parsed.error}`);
      return undefined;
    }
    const { remembered, password } = parsed.value;
    if (password) return { remembered, password, passwordSource: 'url' };
    const stored = await this.context.secrets.get(secretKeyFor(remembered));
    return stored ? { remembered, password: stored, passwordSource: 'stored' } : { remembered, passwordSource: 'none' };
  }

  private async present(
    outcome: AuditOutcome,
    chosen: ChosenConnection,
    configDoc: vscode.TextDocument | undefined,
    maxRecent: number,
    interactive: boolean,
  ): Promise<AuditSummary> {
    const endpoint = endpointLabel(chosen.remembered);
    const summary: AuditSummary = {
      endpoint,
      findings: (outcome.report?.findings ?? []).map((f) => ({ id: f.id, severity: f.severity })),
      notVerified: outcome.report?.notVerified.length ?? 0,
      roundTrips: outcome.report?.roundTrips ?? 0,
      wallTimeMs: outcome.report?.wallTimeMs ?? 0,
      problemsPlaced: 0,
      ...(outcome.error ? { error: outcome.error } : {}),
    };
    const authFailed = outcome.error !== undefined && isAuthFailure(outcome.error, outcome.errorKind);
    // A report of an audit that never got an answer (refused, unreachable) holds nothing to read.
    const reached = outcome.report !== undefined && (outcome.report.roundTrips > 0 || outcome.error === undefined);
    if (reached || authFailed) await this.remember(chosen.remembered, maxRecent);
    if (reached && outcome.report && outcome.rendered) {
      const r = outcome.report;
      this.log.info(`Finished in ${r.wallTimeMs} ms with ${count(r.roundTrips, 'round trip')}: ${count(r.findings.length, 'finding')}, ` +
        `${count(r.notVerified.length, 'check')} not verified.`);
      const uri = this.reports.add(endpoint, outcome.rendered);
      summary.reportUri = uri.toString();
      await this.reports.open(uri);
      if (configDoc && !configDoc.isClosed) {
        const n = showProblems(this.problems, configDoc, r);
        summary.problemsPlaced = n;
        this.log.info(`${count(n, 'finding')} placed on ${configDoc.uri.fsPath || configDoc.uri.toString()}.`);
      } else {
        clearProblems(this.problems);
      }
    }
    if (outcome.error) {
      this.log.error(outcome.error);
      const partial = reached ? ' The partial report is open.' : '';
      if (outcome.cancelled) {
        void vscode.window.showInformationMessage(`Redis audit of ${endpoint} cancelled.${partial}`);
      } else {
        void this.showError(`Redis audit of ${endpoint}: ${sentence(outcome.error)}${partial}`, chosen, authFailed);
      }
    }
    if (interactive && !authFailed && outcome.report && chosen.password && (chosen.passwordSource === 'typed' || chosen.passwordSource === 'url')) {
      void this.offerToStore(chosen);
    } else {
      delete chosen.password;
    }
    return summary;
  }

  private async showError(message: string, chosen: ChosenConnection, authFailed: boolean): Promise<void> {
    const forget = 'Forget stored password';
    const actions = authFailed && chosen.passwordSource === 'stored' ? [SHOW_DETAILS, forget] : [SHOW_DETAILS];
    const answer = await vscode.window.showErrorMessage(message, ...actions);
    if (answer === SHOW_DETAILS) this.log.show(true);
    if (answer === forget) {
      await this.context.secrets.delete(secretKeyFor(chosen.remembered));
      this.log.info(`Stored password for ${effectiveUser(chosen.remembered)}@${endpointLabel(chosen.remembered)} removed.`);
    }
  }

  private async offerToStore(chosen: ChosenConnection): Promise<void> {
    const keep = 'Keep in secret storage';
    try {
      const answer = await vscode.window.showInformationMessage(
        `Keep the password of "${effectiveUser(chosen.remembered)}" on ${endpointLabel(chosen.remembered)} in VS Code's secret storage for the next audit?`,
        keep,
        'Not now',
      );
      if (answer === keep && chosen.password) {
        await this.context.secrets.store(secretKeyFor(chosen.remembered), chosen.password);
        this.log.info(`Password for ${effectiveUser(chosen.remembered)}@${endpointLabel(chosen.remembered)} stored in secret storage.`);
      }
    } finally {
      delete chosen.password;
    }
  }

  private settings(): { timeoutMs: number; maxRecentConnections: number } {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    return normalizeSettings({
      'audit.timeoutMs': cfg.get('audit.timeoutMs'),
      'audit.maxRecentConnections': cfg.get('audit.maxRecentConnections'),
    }).audit;
  }

  private recent(): RememberedConnection[] {
    return readRecentList(this.context.globalState.get(RECENT_KEY));
  }

  private async remember(c: RememberedConnection, max: number): Promise<void> {
    await this.context.globalState.update(RECENT_KEY, addRecent(this.recent(), c, max));
  }

  /** Removes a server from the recent list, and its stored password. */
  private async forget(c: RememberedConnection): Promise<void> {
    await this.context.globalState.update(RECENT_KEY, removeRecent(this.recent(), c));
    await this.context.secrets.delete(secretKeyFor(c));
  }
}

/** The open config for the report: its path relative to its workspace folder when inside one. */
function configFile(doc: vscode.TextDocument): ConfigFile {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (folder && doc.uri.scheme === 'file') {
    return { path: path.relative(folder.uri.fsPath, doc.uri.fsPath).split(path.sep).join('/'), text: doc.getText(), cwd: folder.uri.fsPath };
  }
  if (doc.uri.scheme === 'file') return { path: path.basename(doc.uri.fsPath), text: doc.getText(), cwd: path.dirname(doc.uri.fsPath) };
  return { path: 'redis.conf', text: doc.getText() };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** The redis.conf being edited: the active editor's, or else a visible one. */
function activeConfigDocument(): vscode.TextDocument | undefined {
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
  return editors.find((e) => e?.document.languageId === 'redis-conf')?.document;
}

async function readTlsMaterial(c: RememberedConnection): Promise<TlsMaterial> {
  const material: TlsMaterial = {};
  if (!c.tls || c.socket) return material;
  const files: Array<[keyof TlsMaterial, string | undefined, string]> = [
    ['ca', c.tls.caFile, 'CA certificate'],
    ['cert', c.tls.certFile, 'client certificate'],
    ['key', c.tls.keyFile, 'client key'],
  ];
  for (const [field, path, what] of files) {
    if (!path) continue;
    try {
      material[field] = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(`the ${what} file ${path} could not be read (${code ?? errorMessage(error)}).`);
    }
  }
  return material;
}
