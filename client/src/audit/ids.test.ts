import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/src/settings';
import { AUDIT_SCHEME, CONTEXT_PROBLEMS_SHOWN, CONTEXT_REPORT_AVAILABLE } from './ids';

const AUDIT_COMMANDS = {
  audit: 'redisConf.auditLiveInstance',
  exportMarkdown: 'redisConf.auditExportMarkdown',
  exportJson: 'redisConf.auditExportJson',
  exportSarif: 'redisConf.auditExportSarif',
  clearProblems: 'redisConf.auditClearProblems',
};

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

function packageJson(): any {
  return JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
}

test('package.json declares every audit command, and the audit only in trusted workspaces', () => {
  const pkg = packageJson();
  const declared = new Map<string, any>(pkg.contributes.commands.map((c: any) => [c.command, c]));
  const register = readFileSync(join(repoRoot(), 'client/src/audit/register.ts'), 'utf8');
  const auditIds = [...declared.keys()].filter((id) => id.startsWith('redisConf.audit'));
  assert.deepEqual(auditIds.sort(), Object.values(AUDIT_COMMANDS).sort());
  for (const id of auditIds) {
    assert.ok(register.includes(`registerCommand('${id}'`), `${id} is not registered in register.ts`);
    assert.equal(declared.get(id).category, 'Redis');
  }
  assert.equal(declared.get(AUDIT_COMMANDS.audit).title, 'Audit Live Instance…');
  const palette = new Map<string, string>(pkg.contributes.menus.commandPalette.map((m: any) => [m.command, m.when]));
  assert.equal(palette.get(AUDIT_COMMANDS.audit), 'isWorkspaceTrusted');
  assert.equal(palette.get(AUDIT_COMMANDS.exportSarif), CONTEXT_REPORT_AVAILABLE);
  assert.equal(palette.get(AUDIT_COMMANDS.clearProblems), CONTEXT_PROBLEMS_SHOWN);
  const title = pkg.contributes.menus['editor/title'].filter((m: any) => m.when === `resourceScheme == ${AUDIT_SCHEME}`);
  assert.equal(title.length, 3);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.ok(pkg.capabilities.untrustedWorkspaces.description);
  assert.ok(pkg.capabilities.virtualWorkspaces.description);
});

test('no audit setting can hold a connection or a secret', () => {
  const keys = Object.keys(packageJson().contributes.configuration.properties).filter((k) => k.startsWith('redisConf.audit.'));
  assert.deepEqual(keys.sort(), ['redisConf.audit.maxRecentConnections', 'redisConf.audit.timeoutMs']);
});

test('audit settings: defaults, clamping, dotted keys', () => {
  assert.deepEqual(DEFAULT_SETTINGS.audit, { timeoutMs: 5000, maxRecentConnections: 10 });
  assert.deepEqual(normalizeSettings({ audit: { timeoutMs: 10, maxRecentConnections: 99 } }).audit, { timeoutMs: 500, maxRecentConnections: 50 });
  assert.deepEqual(normalizeSettings({ 'audit.timeoutMs': 1234.4, 'audit.maxRecentConnections': 0 }).audit, { timeoutMs: 1234, maxRecentConnections: 0 });
  assert.deepEqual(normalizeSettings({ audit: { timeoutMs: '5', maxRecentConnections: NaN } }).audit, DEFAULT_SETTINGS.audit);
});
