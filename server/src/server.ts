/**
 * The language server process: LSP plumbing around the pure functions of service.ts and
 * features/. Runs in any LSP client: `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`).
 *
 * Every handler is guarded: a bug in one feature logs to the client's output and answers
 * "nothing" instead of taking the server (and every other feature) down.
 */
import {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  Connection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentLanguage } from './documentLanguage';
import { computeFoldingRanges } from './features/folding';
import { computeDocumentLinks } from './features/links';
import { computeDocumentSymbols } from './features/symbols';
import { AnalysisSettings, DocumentInfo, computeCodeActions, computeCompletion, computeHover, securityDiagnostics, validateText } from './service';
import { FIX_ALL_KIND } from './features/codeActions';
import { SECTION, Settings, normalizeSettings } from './settings';
import { VERSION } from './version';

/** Typing pauses shorter than this do not trigger a new validation. */
const CHANGE_DEBOUNCE_MS = 150;
const COMPLETION_TRIGGERS = [' ', '+', '-', '@', '~', '&', '%'];

// createConnection() reads the transport from argv; with none given, speak over stdio so that
// `node dist/server.js` alone also works.
const TRANSPORT_FLAGS = /^--(stdio|node-ipc|socket=|pipe=)/;
if (!process.argv.some(arg => TRANSPORT_FLAGS.test(arg))) process.argv.push('--stdio');

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let canPullConfiguration = false;
let canRegisterConfigurationChange = false;
/** Used when the client cannot answer `workspace/configuration`; updated by didChangeConfiguration. */
let pushedSettings: Settings = normalizeSettings(undefined);
const settingsByUri = new Map<string, Promise<Settings>>();
const pendingValidation = new Map<string, ReturnType<typeof setTimeout>>();
const justOpened = new Set<string>();

function log(message: string, error?: unknown): void {
  const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : error === undefined ? '' : String(error);
  connection.console.error(detail ? `${message}: ${detail}` : message);
}

/** Runs a handler; on any error logs it and answers `fallback`. */
function guard<P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async params => {
    try {
      return await handler(params);
    } catch (error) {
      log(`${name} failed`, error);
      return fallback;
    }
  };
}

function docInfo(doc: TextDocument): DocumentInfo {
  return { uri: doc.uri, languageId: documentLanguage(doc.languageId, doc.uri) };
}

function analysisSettings(settings: Settings): AnalysisSettings {
  return { target: settings.target, security: settings.security, rules: settings.rules };
}

function settingsFor(uri: string): Promise<Settings> {
  if (!canPullConfiguration) return Promise.resolve(pushedSettings);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }).then(
      raw => normalizeSettings(raw),
      error => {
        log('workspace/configuration failed', error);
        return pushedSettings;
      },
    );
    settingsByUri.set(uri, settings);
  }
  return settings;
}

function scheduleValidation(uri: string, delay: number): void {
  clearTimeout(pendingValidation.get(uri));
  pendingValidation.set(uri, setTimeout(() => {
    pendingValidation.delete(uri);
    void validate(uri);
  }, delay));
}

async function validate(uri: string): Promise<void> {
  try {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    // Closed or edited while the settings were on their way: the newer run will report.
    if (!current || current.version !== version) return;
    const text = current.getText();
    const info = docInfo(current);
    const analysis = analysisSettings(settings);
    // validate.enable governs what the server would reject (RCV), security.enable the RCS rules.
    const diagnostics = [
      ...(settings.validate.enable ? validateText(text, info, analysis) : []),
      ...securityDiagnostics(text, info, analysis),
    ];
    await connection.sendDiagnostics({ uri, version, diagnostics });
  } catch (error) {
    log(`validation of ${uri} failed`, error);
  }
}

function revalidateAll(): void {
  for (const doc of documents.all()) scheduleValidation(doc.uri, 0);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  canPullConfiguration = caps.workspace?.configuration === true;
  canRegisterConfigurationChange = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const options = params.initializationOptions as Record<string, unknown> | undefined;
  pushedSettings = normalizeSettings(options?.[SECTION] ?? options);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    },
    serverInfo: { name: 'redis-conf-language-server', version: VERSION },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION })
      .catch(error => log('registering for configuration changes failed', error));
  }
});

connection.onDidChangeConfiguration(change => {
  try {
    const settings = (change.settings as Record<string, unknown> | null | undefined)?.[SECTION];
    if (settings !== undefined) pushedSettings = normalizeSettings(settings);
    settingsByUri.clear();
    revalidateAll();
  } catch (error) {
    log('didChangeConfiguration failed', error);
  }
});

documents.onDidOpen(event => justOpened.add(event.document.uri));

// Fires right after onDidOpen for a new document (validate at once) and on every edit (debounced).
documents.onDidChangeContent(event => {
  const uri = event.document.uri;
  scheduleValidation(uri, justOpened.delete(uri) ? 0 : CHANGE_DEBOUNCE_MS);
});

documents.onDidClose(event => {
  const uri = event.document.uri;
  clearTimeout(pendingValidation.get(uri));
  pendingValidation.delete(uri);
  justOpened.delete(uri);
  settingsByUri.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(error => log('clearing diagnostics failed', error));
});

connection.onHover(guard('hover', null, async params => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  return computeHover(doc.getText(), params.position, docInfo(doc), analysisSettings(settings));
}));

connection.onCompletion(guard('completion', [] as CompletionItem[], async params => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const settings = await settingsFor(doc.uri);
  return computeCompletion(doc.getText(), params.position, docInfo(doc), analysisSettings(settings));
}));

connection.onDocumentSymbol(guard('documentSymbol', [], params => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? computeDocumentSymbols(doc.getText(), docInfo(doc).languageId) : [];
}));

connection.onFoldingRanges(guard('foldingRange', [], params => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? computeFoldingRanges(doc.getText(), docInfo(doc).languageId) : [];
}));

connection.onDocumentLinks(guard('documentLink', [], params => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? computeDocumentLinks(doc.getText(), doc.uri, docInfo(doc).languageId) : [];
}));

connection.onShutdown(() => {
  for (const timer of pendingValidation.values()) clearTimeout(timer);
  pendingValidation.clear();
});

// Last line of defence: keep serving the other documents and features.
process.on('uncaughtException', error => log('uncaught exception', error));
process.on('unhandledRejection', error => log('unhandled rejection', error));

documents.listen(connection);
connection.onCodeAction(guard('codeAction', [] as CodeAction[], async params => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const settings = await settingsFor(doc.uri);
  return computeCodeActions(doc.getText(), params.range, params.context.diagnostics, params.context.only, docInfo(doc) as DocumentInfo & { uri: string }, analysisSettings(settings));
}));

connection.listen();

