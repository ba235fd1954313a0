/**
 * "Generate a strong password": the secret is made here, in the extension host, from a CSPRNG
 * (32 random bytes as 64 hex characters). The file gets either its SHA-256 (ACL form) or, when
 * the user chose requirepass, the secret itself. The secret is shown once, can be copied to the
 * clipboard or kept in SecretStorage, and is never logged or sent to the language server.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { PasswordFixArgs, encodeSecret, hashTarget, passwordEdits } from '../../server/src/fixes/password';

export function generateSecret(): string {
  return encodeSecret(randomBytes(32));
}

export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export async function generatePassword(context: vscode.ExtensionContext, uri: string, args: PasswordFixArgs): Promise<void> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document) {
    void vscode.window.showErrorMessage('Redis Config: the document is no longer open.');
    return;
  }
  const secret = generateSecret();
  const written = args.mode === 'acl-default' ? sha256Hex(secret) : secret;
  const edit = new vscode.WorkspaceEdit();
  for (const e of passwordEdits(document.getText(), args, written)) {
    edit.replace(document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('Redis Config: the password could not be inserted (the document changed).');
    return;
  }
  const where = args.mode === 'acl-default' ? 'Only its SHA-256 was written to the file.' : 'It was written to the file as requirepass.';
  await showSecretOnce(context, secret, where, `redisConf.password:${uri}`);
}

/**
 * `Redis: Insert Strong Password Hash`: writes `#<sha256>` of a new password where the cursor is,
 * replacing the `#<hex>` rule it sits in (a snippet's `#000…` placeholder or an old hash), in a
 * `user` line or an ACL file, then shows the password once.
 */
export async function insertPasswordHash(context: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !['redis-conf', 'redis-acl'].includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage('Redis Config: open a redis.conf or ACL file and put the cursor where the hash goes (for example on a user line).');
    return;
  }
  const secret = generateSecret();
  const hash = sha256Hex(secret);
  const { selection, document } = editor;
  const lineText = document.lineAt(selection.start.line).text;
  const endChar = selection.isSingleLine ? selection.end.character : lineText.length;
  const target = hashTarget(lineText, selection.start.character, endChar);
  const range = new vscode.Range(selection.start.line, target.start, selection.start.line, target.end);
  if (!(await editor.edit((b) => b.replace(range, `#${hash}`)))) {
    void vscode.window.showErrorMessage('Redis Config: the hash could not be inserted (the document changed).');
    return;
  }
  await showSecretOnce(context, secret, 'Only its SHA-256 was written to the file, as an ACL #hash rule.', `redisConf.password:${document.uri.toString()}`);
}

/** The one time the plaintext is shown: a modal with copy and SecretStorage choices. */
async function showSecretOnce(context: vscode.ExtensionContext, secret: string, where: string, secretKey: string): Promise<void> {
  const copy = 'Copy to clipboard';
  const store = 'Keep in VS Code secret storage';
  const choice = await vscode.window.showInformationMessage(
    `A new 256-bit password was generated. ${where} It is shown here only once: store it in your secret manager now.`,
    { modal: true, detail: secret },
    copy,
    store,
  );
  if (choice === copy) await vscode.env.clipboard.writeText(secret);
  if (choice === store) await context.secrets.store(secretKey, secret);
}
