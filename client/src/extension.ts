/**
 * The VS Code side: starts the language server (dist/server.js) and adds the few things only an
 * editor can offer: commands, the target shown in the status bar, and the output channel.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SECTION } from '../../server/src/settings';
import { TargetStatus, isRedisDocument } from './status';
import { pickTarget } from './targetPicker';
import { generatePassword, insertPasswordHash } from './generatePassword';
import { GENERATE_PASSWORD_COMMAND, PasswordFixArgs } from '../../server/src/fixes/password';
import { registerAudit } from './audit/register';

const LANGUAGES = ['redis-conf', 'redis-acl'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap(language => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // The server pulls settings per document; this also tells it when they change.
    synchronize: { configurationSection: SECTION },
  };
  // The id makes the client honour `redisConf.trace.server`; the name titles the output channel.
  client = new LanguageClient(SECTION, 'Redis Config', serverOptions, clientOptions);

  const status = new TargetStatus();
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('redisConf.restartServer', restartServer),
    vscode.commands.registerCommand('redisConf.selectTarget', () => pickTarget(activeRedisDocument())),
    vscode.commands.registerCommand('redisConf.showOutput', () => client?.outputChannel.show(true)),
    vscode.commands.registerCommand(GENERATE_PASSWORD_COMMAND, (uri: string, args: PasswordFixArgs) => generatePassword(context, uri, args)),
    vscode.commands.registerCommand('redisConf.insertPasswordHash', () => insertPasswordHash(context)),
  );
  // The live audit runs in the extension host and does not need the language server.
  registerAudit(context);

  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(`Redis Config: the language server did not start: ${String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function restartServer(): Promise<void> {
  if (!client) return;
  try {
    await client.restart();
    client.info('Language server restarted.');
  } catch (error) {
    void vscode.window.showErrorMessage(`Redis Config: restarting the language server failed: ${String(error)}`);
  }
}

function activeRedisDocument(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isRedisDocument(doc) ? doc : undefined;
}
