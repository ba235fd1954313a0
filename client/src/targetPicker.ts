/**
 * "Redis: Select Target Version": a quick pick of the known server versions that writes
 * `redisConf.target` where it takes effect for the active file.
 */
import * as vscode from 'vscode';
import { SECTION, targetIds, targetLabel } from '../../server/src/settings';
import { targetFor } from './status';

interface TargetItem extends vscode.QuickPickItem {
  id: string;
}

export async function pickTarget(doc: vscode.TextDocument | undefined): Promise<void> {
  const current = targetFor(doc);
  const items: TargetItem[] = targetIds().map(id => ({
    id,
    label: targetLabel(id),
    description: id === current ? `${id} (current)` : id,
    picked: id === current,
  }));
  const choice = await vscode.window.showQuickPick(items, {
    title: 'Redis: Select Target Version',
    placeHolder: 'The server version redis.conf and ACL files are checked against',
  });
  if (!choice || choice.id === current) return;

  const config = vscode.workspace.getConfiguration(SECTION, doc?.uri);
  await config.update('target', choice.id, configurationTarget(config));
}

/** Write where the current value comes from, so the change is not shadowed by a narrower scope. */
function configurationTarget(config: vscode.WorkspaceConfiguration): vscode.ConfigurationTarget {
  const inspected = config.inspect('target');
  if (inspected?.workspaceFolderValue !== undefined) return vscode.ConfigurationTarget.WorkspaceFolder;
  if (inspected?.workspaceValue !== undefined || vscode.workspace.workspaceFolders?.length) {
    return vscode.ConfigurationTarget.Workspace;
  }
  return vscode.ConfigurationTarget.Global;
}
