/**
 * The language server as an editor sees it: dist/server.js spoken to over stdio (and node-ipc),
 * through the JSON-RPC framing a real LSP client uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  CompletionItem, CompletionList, DocumentLink, DocumentSymbol, FoldingRange, Hover, InitializeResult,
} from 'vscode-languageserver-protocol';
import { Session, startServer, stopServer } from './harness';

const URI = 'file:///tmp/redis-conf-protocol/redis.conf';
const TEXT = [
  '# Redis configuration file for the protocol tests', // 0
  '',                                                 // 1
  '################ NETWORK ################',        // 2
  'bind 127.0.0.1',                                   // 3
  'port 6379 # comment',                              // 4 Redis reads "#" and "comment" as two more values
  '',                                                 // 5
  '################ GENERAL ################',        // 6
  'include other.conf',                               // 7
  'enable-debug-command local',                       // 8 unknown to Redis 6.0
  'maxmemory 100mb',                                  // 9
].join('\n');

const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: {},
    documentLink: {},
  },
};

async function initialize(session: Session, capabilities: object = CLIENT_CAPABILITIES): Promise<InitializeResult> {
  const result = await session.connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities,
    workspaceFolders: null,
  });
  await session.connection.sendNotification('initialized', {});
  return result;
}

function open(session: Session, uri: string, text: string, languageId = 'redis-conf'): Promise<void> {
  return session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
}

/** The validity codes (RCV) on one line; security findings (RCS) are covered by their own tests. */
const codes = (diagnostics: { code?: unknown; range: { start: { line: number } } }[], line: number) =>
  diagnostics.filter(d => d.range.start.line === line).map(d => String(d.code)).filter(c => c.startsWith('RCV'));

test('stdio: the full life cycle of a document', { timeout: 30000 }, async () => {
  const session = startServer('stdio', { target: 'redis-7.0' });
  try {
    const init = await initialize(session);
    const caps = init.capabilities;
    assert.equal(init.serverInfo?.name, 'redis-conf-language-server');
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, [' ', '+', '-', '@', '~', '&', '%']);
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.deepEqual(caps.documentLinkProvider, { resolveProvider: false });

    // Diagnostics on open, judged with the target the client's configuration names.
    const opened = session.nextDiagnostics(URI);
    await open(session, URI, TEXT);
    const first = await opened;
    assert.equal(first.version, 1);
    assert.ok(
      codes(first.diagnostics, 4).some(c => c.startsWith('RCV')),
      `expected an RCV diagnostic for 'port 6379 # comment' (line 5); got ${JSON.stringify(first.diagnostics)}.` +
        ' If this fails with no diagnostics at all, validateText in service.ts is not wired to the validator.',
    );
    assert.deepEqual(codes(first.diagnostics, 8), [], 'redis-7.0 knows enable-debug-command');
    assert.deepEqual(session.configurationRequests.at(-1)?.items, [{ scopeUri: URI, section: 'redisConf' }]);

    // Features.
    const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: URI }, position: { line: 9, character: 3 },
    });
    assert.ok(hover && JSON.stringify(hover.contents).includes('maxmemory'), `hover on maxmemory: ${JSON.stringify(hover)}`);

    const completion = await session.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', {
      textDocument: { uri: URI }, position: { line: 1, character: 0 },
    });
    const items = Array.isArray(completion) ? completion : completion?.items ?? [];
    assert.ok(items.some(i => i.label === 'maxmemory'), `completion on an empty line offers directives (${items.length} items)`);

    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepEqual(symbols.map(s => [s.name, s.children?.map(c => c.name)]), [
      ['NETWORK', ['bind', 'port']],
      ['GENERAL', ['include', 'enable-debug-command', 'maxmemory']],
    ]);

    const folds = await session.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
    assert.deepEqual(folds, [{ startLine: 2, endLine: 4 }, { startLine: 6, endLine: 9 }]);

    const links = await session.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: URI } });
    assert.deepEqual(links.map(l => [l.range.start.line, l.range.start.character, l.target]), [
      [7, 8, 'file:///tmp/redis-conf-protocol/other.conf'],
    ]);

    // An edit is validated again (debounced) and reported with the new version.
    const changed = session.nextDiagnostics(URI, p => p.version === 2);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 19 } }, text: '' }],
    });
    assert.deepEqual(codes((await changed).diagnostics, 4), [], 'the comment is gone, so is the problem');

    // A configuration change re-reads the settings and re-validates open documents.
    session.configuration = { target: 'redis-6.0' };
    const requestsBefore = session.configurationRequests.length;
    const revalidated = session.nextDiagnostics(URI, p => codes(p.diagnostics, 8).length > 0, 5000);
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const afterChange = await revalidated.catch(error => {
      throw new Error(`after switching to redis-6.0, enable-debug-command should be reported: ${error.message}`);
    });
    assert.ok(codes(afterChange.diagnostics, 8).every(c => c.startsWith('RCV')));
    assert.ok(session.configurationRequests.length > requestsBefore, 'settings were pulled again');

    // Closing clears the diagnostics.
    const cleared = session.nextDiagnostics(URI, p => p.diagnostics.length === 0);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await cleared;

    assert.equal(await stopServer(session), 0);
  } catch (error) {
    session.proc.kill();
    throw error;
  }
});

test('without a transport flag the server speaks stdio; pushed settings work for clients that cannot be asked', { timeout: 20000 }, async () => {
  const session = startServer('default');
  try {
    await initialize(session, {});
    const uri = 'file:///tmp/redis-conf-protocol/users.acl';
    // No language id of ours: the .acl extension decides.
    const opened = session.nextDiagnostics(uri);
    await open(session, uri, 'user alice on nopass ~* +@all\n', 'plaintext');
    await opened;
    assert.equal(session.configurationRequests.length, 0, 'the client did not announce workspace/configuration');
    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map(s => s.name), ['alice']);

    // Turning validation and security rules off through a pushed configuration empties the diagnostics.
    const bad = 'file:///tmp/redis-conf-protocol/redis.conf';
    const reported = session.nextDiagnostics(bad);
    await open(session, bad, 'no-such-directive yes\n');
    assert.ok((await reported).diagnostics.length > 0, 'an unknown directive is reported');
    const silenced = session.nextDiagnostics(bad, p => p.diagnostics.length === 0);
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { redisConf: { validate: { enable: false }, security: { enable: false } } } });
    await silenced;

    assert.equal(await stopServer(session), 0);
  } catch (error) {
    session.proc.kill();
    throw error;
  }
});

test('node-ipc transport', { timeout: 20000 }, async () => {
  const session = startServer('ipc');
  try {
    const init = await initialize(session);
    assert.equal(init.capabilities.hoverProvider, true);
    assert.equal(await stopServer(session), 0);
  } catch (error) {
    session.proc.kill();
    throw error;
  }
});

test('a request for an unknown document answers empty instead of failing', { timeout: 20000 }, async () => {
  const session = startServer('stdio');
  try {
    await initialize(session);
    const textDocument = { uri: 'file:///never/opened.conf' };
    assert.deepEqual(await session.connection.sendRequest('textDocument/documentSymbol', { textDocument }), []);
    assert.equal(await session.connection.sendRequest('textDocument/hover', { textDocument, position: { line: 0, character: 0 } }), null);
    assert.equal(await stopServer(session), 0);
    assert.doesNotMatch(session.stderr(), /Error/);
  } catch (error) {
    session.proc.kill();
    throw error;
  }
});
