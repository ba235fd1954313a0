/**
 * A status-bar entry naming the server version the active redis.conf / ACL file is checked
 * against ("Redis 8.2"); clicking it opens the target picker.
 */
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SECTION, targetLabel } from '../../server/src/settings';

export function isRedisDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'redis-conf' || doc.languageId === 'redis-acl';
}

export function targetFor(doc: vscode.TextDocument | undefined): string {
  return vscode.workspace.getConfiguration(SECTION, doc?.uri).get<string>('target') ?? DEFAULT_SETTINGS.target;
}

export class TargetStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('redisConf.target', vscode.StatusBarAlignment.Right, 100);
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.item.name = 'Redis Target Version';
    this.item.command = 'redisConf.selectTarget';
    this.item.tooltip = 'Server version this file is checked against. Click to change.';
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Changing the language mode of an open file re-opens its document.
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(`${SECTION}.target`)) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isRedisDocument(doc)) {
      this.item.hide();
      return;
    }
    this.item.text = `$(database) ${targetLabel(targetFor(doc))}`;
    this.item.show();
  }

  dispose(): void {
    this.listeners.forEach(l => l.dispose());
    this.item.dispose();
  }
}
