/**
 * The prompts that say which server to audit and how to log in: one box that takes an address or
 * offers recent servers, then the user name, the TLS choices (rediss:// only) and the password.
 * Passwords come from SecretStorage, a URL or a password box, and only live in memory from here.
 */
import * as vscode from 'vscode';
import {
  RememberedConnection,
  RememberedTls,
  connectionDetail,
  connectionLabel,
  effectiveUser,
  endpointLabel,
  parseConnectionInput,
  secretKeyFor,
} from './connectionSpec';

export type PasswordSource = 'none' | 'stored' | 'url' | 'typed';

export interface ChosenConnection {
  remembered: RememberedConnection;
  password?: string;
  /** Decides whether storing the password is offered, or forgetting it after a refusal. */
  passwordSource: PasswordSource;
}

interface ServerItem extends vscode.QuickPickItem {
  recent?: RememberedConnection;
  typed?: { remembered: RememberedConnection; password?: string };
}

const FORGET = { iconPath: new vscode.ThemeIcon('trash'), tooltip: 'Forget this server and its stored password' };

/** Resolves undefined when the user backs out at any step. */
export async function promptConnection(
  secrets: vscode.SecretStorage,
  recent: RememberedConnection[],
  forget: (c: RememberedConnection) => Promise<void>,
): Promise<ChosenConnection | undefined> {
  const picked = await pickServer(recent, forget);
  if (!picked) return undefined;
  let remembered: RememberedConnection;
  let urlPassword: string | undefined;
  if (picked.recent) {
    remembered = picked.recent;
  } else if (picked.typed) {
    remembered = { ...picked.typed.remembered };
    urlPassword = picked.typed.password;
    // A URL already said who to log in as (no user means the default user).
    if (!picked.urlForm) {
      const username = await vscode.window.showInputBox({
        title: `Redis audit: ${endpointLabel(remembered)}`,
        prompt: 'ACL user to log in as. Leave empty for the default user.',
        placeHolder: 'default',
        ignoreFocusOut: true,
      });
      if (username === undefined) return undefined;
      if (username.trim()) remembered.username = username.trim();
    }
    if (remembered.tls) {
      const tls = await promptTls(remembered);
      if (!tls) return undefined;
      remembered.tls = tls;
    }
  } else {
    return undefined;
  }
  if (urlPassword) return { remembered, password: urlPassword, passwordSource: 'url' };
  const stored = await secrets.get(secretKeyFor(remembered));
  if (stored) return { remembered, password: stored, passwordSource: 'stored' };
  const password = await vscode.window.showInputBox({
    title: `Redis audit: ${connectionLabel(remembered)}`,
    prompt: `Password of user "${effectiveUser(remembered)}". Leave empty to connect without one.`,
    password: true,
    ignoreFocusOut: true,
  });
  if (password === undefined) return undefined;
  return password ? { remembered, password, passwordSource: 'typed' } : { remembered, passwordSource: 'none' };
}

function pickServer(
  recent: RememberedConnection[],
  forget: (c: RememberedConnection) => Promise<void>,
): Promise<(ServerItem & { urlForm?: boolean }) | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<ServerItem & { urlForm?: boolean }>();
    qp.title = 'Redis: Audit Live Instance (read-only)';
    qp.placeholder = 'host:port, redis:// or rediss:// URL, or Unix socket path; or pick a recent server';
    qp.ignoreFocusOut = true;
    qp.matchOnDescription = true;
    let list = [...recent];
    const recentItems = (): ServerItem[] =>
      list.map((c) => ({ label: `$(history) ${connectionLabel(c)}`, description: connectionDetail(c), recent: c, buttons: [FORGET] }));
    const refresh = (): void => {
      const value = qp.value.trim();
      const items: Array<ServerItem & { urlForm?: boolean }> = [];
      if (value) {
        const parsed = parseConnectionInput(value);
        // The label is rebuilt from the parsed parts, so a password typed in a URL is not echoed.
        items.push(
          parsed.ok
            ? {
                label: `$(plug) Connect to ${connectionLabel(parsed.value.remembered)}`,
                description: parsed.value.password ? 'password taken from the URL, not remembered' : connectionDetail(parsed.value.remembered),
                alwaysShow: true,
                typed: parsed.value,
                urlForm: /^rediss?:\/\//i.test(value),
              }
            : { label: `$(error) ${parsed.error}`, alwaysShow: true },
        );
      }
      if (list.length) items.push({ label: 'Recent servers', kind: vscode.QuickPickItemKind.Separator }, ...recentItems());
      qp.items = items;
    };
    let done = false;
    const finish = (item: (ServerItem & { urlForm?: boolean }) | undefined): void => {
      if (done) return;
      done = true;
      resolve(item);
      qp.dispose();
    };
    qp.onDidChangeValue(refresh);
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0];
      if (item && (item.recent || item.typed)) finish(item);
    });
    qp.onDidTriggerItemButton(async (e) => {
      const c = e.item.recent;
      if (!c) return;
      list = list.filter((x) => x !== c);
      await forget(c);
      refresh();
    });
    qp.onDidHide(() => finish(undefined));
    refresh();
    qp.show();
  });
}

interface TlsItem extends vscode.QuickPickItem {
  action: 'connect' | 'ca' | 'cert' | 'key' | 'servername' | 'verify';
}

/** A small menu of TLS choices, shown until "Connect" is picked. */
async function promptTls(c: RememberedConnection): Promise<RememberedTls | undefined> {
  const tls: RememberedTls = { ...c.tls };
  for (;;) {
    const items: TlsItem[] = [
      { action: 'connect', label: '$(check) Connect', description: connectionDetail({ ...c, tls }) },
      { action: 'ca', label: '$(file) CA certificate file', description: tls.caFile ?? 'the system trust store' },
      { action: 'cert', label: '$(file) Client certificate file', description: tls.certFile ?? 'none' },
      { action: 'key', label: '$(key) Client key file', description: tls.keyFile ?? 'none' },
      { action: 'servername', label: '$(globe) Server name to verify (SNI)', description: tls.servername ?? c.host ?? '' },
      {
        action: 'verify',
        label: tls.insecureSkipVerify ? '$(warning) Certificate is NOT verified' : '$(shield) Certificate is verified',
        description: tls.insecureSkipVerify ? 'pick to verify it again' : 'pick to turn verification off (the report flags it)',
      },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `TLS for ${endpointLabel(c)}`, ignoreFocusOut: true });
    if (!pick) return undefined;
    switch (pick.action) {
      case 'connect':
        if (Boolean(tls.certFile) !== Boolean(tls.keyFile)) {
          void vscode.window.showWarningMessage('A client certificate needs its key file, and a key its certificate.');
          continue;
        }
        return tls;
      case 'ca':
      case 'cert':
      case 'key': {
        const field = pick.action === 'ca' ? 'caFile' : pick.action === 'cert' ? 'certFile' : 'keyFile';
        const chosen = await pickFile(pick.label.replace(/^\$\([^)]*\) /, ''), tls[field]);
        if (chosen === null) delete tls[field];
        else if (chosen) tls[field] = chosen;
        continue;
      }
      case 'servername': {
        const name = await vscode.window.showInputBox({
          prompt: 'Name the server certificate must carry. Leave empty to use the host.',
          value: tls.servername ?? '',
          ignoreFocusOut: true,
        });
        if (name !== undefined) {
          if (name.trim()) tls.servername = name.trim();
          else delete tls.servername;
        }
        continue;
      }
      case 'verify':
        if (tls.insecureSkipVerify) {
          delete tls.insecureSkipVerify;
        } else {
          const off = 'Do not verify';
          const answer = await vscode.window.showWarningMessage(
            'Connect without verifying the server certificate?',
            {
              modal: true,
              detail: 'Anyone on the network path could pose as the server and receive your password. The audit report will say the certificate was not verified.',
            },
            off,
          );
          if (answer === off) tls.insecureSkipVerify = true;
        }
        continue;
    }
  }
}

/** A path, null to clear the current one, or undefined to keep it. */
async function pickFile(what: string, current: string | undefined): Promise<string | null | undefined> {
  if (current) {
    const choice = await vscode.window.showQuickPick(['Choose another file…', 'Remove'], { title: `${what}: ${current}` });
    if (choice === 'Remove') return null;
    if (!choice) return undefined;
  }
  const uris = await vscode.window.showOpenDialog({
    title: what,
    canSelectMany: false,
    canSelectFiles: true,
    canSelectFolders: false,
    filters: { 'PEM files': ['pem', 'crt', 'cer', 'key'], 'All files': ['*'] },
  });
  return uris?.[0]?.fsPath;
}
