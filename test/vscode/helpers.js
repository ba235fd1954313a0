// Shared helpers for the extension-host tests: open fixture files from the test workspace and wait for the
// language server, which answers asynchronously after the document opens.
const vscode = require('vscode');
const path = require('node:path');

const EXTENSION_ID = 'redis-conf-tools.redis-conf';

function workspaceFile(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('the test workspace folder is not open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

/** Opens a fixture in an editor and makes sure the extension is active (onLanguage may still be in flight). */
async function openFixture(name) {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  await vscode.extensions.getExtension(EXTENSION_ID).activate();
  return doc;
}

/** Polls until check() returns a truthy value; fails with describe() so a timeout says what was seen instead. */
async function waitFor(check, describe, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** LSP diagnostics arrive with code as a string or as { value, target } (when the rule has a docs link). */
function codeOf(diagnostic) {
  const c = diagnostic.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

function summarize(diagnostics) {
  return JSON.stringify(diagnostics.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`));
}

async function diagnosticsMatching(uri, predicate, timeoutMs) {
  return waitFor(
    () => { const found = vscode.languages.getDiagnostics(uri).filter(predicate); return found.length ? found : null; },
    () => `diagnostics for ${path.basename(uri.fsPath)}: ${summarize(vscode.languages.getDiagnostics(uri))}`,
    timeoutMs,
  );
}

/** Hover contents are MarkdownString or MarkedString values; flatten them to text. */
function hoverText(hovers) {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

module.exports = { EXTENSION_ID, workspaceFile, openFixture, waitFor, codeOf, summarize, diagnosticsMatching, hoverText };
