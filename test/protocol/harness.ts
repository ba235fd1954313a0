/**
 * A minimal LSP client for the protocol tests: spawns dist/server.js, answers the requests a
 * client must answer (workspace/configuration, client/registerCapability) and collects
 * published diagnostics so tests can wait for them.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ConfigurationParams,
  IPCMessageReader,
  IPCMessageWriter,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** The repository root, from test/protocol or out/test/protocol. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

export function distFile(name: string): string {
  const file = join(repoRoot(), 'dist', name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return file;
}

export interface Session {
  proc: ChildProcess;
  connection: ProtocolConnection;
  /** Every workspace/configuration request received. */
  configurationRequests: ConfigurationParams[];
  /** What to answer to each configuration item. */
  configuration: unknown;
  stderr: () => string;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Resolves with the process exit code. */
  exited: Promise<number | null>;
}

export function startServer(transport: 'stdio' | 'ipc' | 'default', configuration: unknown = null): Session {
  const args = transport === 'stdio' ? ['--stdio'] : transport === 'ipc' ? ['--node-ipc'] : [];
  const proc = spawn(process.execPath, [distFile('server.js'), ...args], {
    stdio: transport === 'ipc' ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', chunk => (stderr += chunk));
  const exited = new Promise<number | null>(resolve => proc.on('exit', code => resolve(code)));

  const connection = transport === 'ipc'
    ? createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc))
    : createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));

  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const session: Session = {
    proc,
    connection,
    configurationRequests: [],
    configuration,
    stderr: () => stderr,
    exited,
    nextDiagnostics(uri, accept = () => true, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr:\n${stderr}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: p => { clearTimeout(timer); resolve(p); } });
      });
    },
  };

  connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
    session.configurationRequests.push(params);
    return params.items.map(() => session.configuration);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const i = waiters.findIndex(w => w.uri === params.uri && w.accept(params));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(params);
  });
  connection.listen();
  return session;
}

/** shutdown + exit, then waits for the process to end (kills it after a timeout). */
export async function stopServer(session: Session): Promise<number | null> {
  await session.connection.sendRequest('shutdown');
  await session.connection.sendNotification('exit');
  const timer = setTimeout(() => session.proc.kill(), 5000);
  const code = await session.exited;
  clearTimeout(timer);
  session.connection.dispose();
  return code;
}
