import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { AuditReport } from '../../../server/src/audit/types';
import { AUDIT_SOURCE, placeFindings } from './placement';

function text(d: { message: string | { value: string } }): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

const CONF = ['# test config', 'bind 127.0.0.1', 'port 6379', 'slaveof 10.0.0.1 6379', 'user app on >x ~* +@all', 'user ops on >y ~* +@all', 'bind 0.0.0.0', ''].join('\n');

function report(partial: Partial<AuditReport>): AuditReport {
  return { endpoint: '127.0.0.1:6379', startedAt: '2025-01-01T00:00:00Z', wallTimeMs: 1, roundTrips: 1, findings: [], notVerified: [], ...partial };
}

test('a finding goes on the line that sets its setting (the last one for single-valued settings)', () => {
  const [d] = placeFindings(report({ findings: [{ id: 'RCS001', name: 'bind-all-interfaces', severity: 'error', message: 'Listening on all interfaces.', settings: ['bind'] }] }), CONF);
  assert.deepEqual(d.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 12 } });
  assert.equal(d.severity, DiagnosticSeverity.Error);
  assert.equal(d.source, AUDIT_SOURCE);
  assert.equal(d.code, 'RCS001');
  assert.match(String(d.codeDescription?.href), /RCS001\.md$/);
  assert.match(text(d), /Listening on all interfaces\. \(live audit of 127\.0\.0\.1:6379\)/);
});

test('the line whose first argument the message names wins; old and new names match', () => {
  const placed = placeFindings(report({
    findings: [
      { id: 'RCS203', name: 'overprivileged-user', severity: 'warning', message: 'User "app" holds +@all.', settings: ['user'] },
      { id: 'RCS701', name: 'x', severity: 'info', message: 'Replica of another host.', settings: ['replicaof'] },
    ],
  }), CONF);
  assert.equal(placed[0].range.start.line, 4);
  assert.equal(placed[1].range.start.line, 3);
  assert.equal(placed[1].severity, DiagnosticSeverity.Information);
});

test('a finding about a user the file does not declare never lands on another user\'s line', () => {
  const placed = placeFindings(report({
    findings: [
      { id: 'RCS203', name: 'overprivileged-user', severity: 'error', message: 'The default user may run every command; grant only what it needs (e.g. ~ops:*).', settings: ['user'] },
      { id: 'RCS309', name: 'x', severity: 'warning', message: 'The default user may run FLUSHALL.', settings: ['user', 'bind'] },
    ],
  }), CONF);
  assert.equal(placed[0].range.start.line, 0, 'not on "user ops"');
  assert.equal(placed[1].range.start.line, 6, 'on the last bind line, the one in force');
});

test('a finding without a setting in the file goes on the first line', () => {
  const placed = placeFindings(report({
    findings: [
      { id: 'RCS101', name: 'no-authentication', severity: 'error', message: 'No password.', settings: ['requirepass'] },
      { id: 'RCS901', name: 'live', severity: 'hint', message: 'Live only.' },
    ],
  }), CONF);
  for (const d of placed) assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
  assert.equal(placed[1].severity, DiagnosticSeverity.Hint);
  assert.deepEqual(placeFindings(report({ findings: [{ id: 'RCS1', name: 'n', severity: 'error', message: 'm' }] }), '')[0].range.end, { line: 0, character: 0 });
});

test('drift is placed as information and never shows a sensitive value', () => {
  const placed = placeFindings(report({
    drift: [
      { setting: 'port', file: '6379', running: '6380', line: 2 },
      { setting: 'requirepass', file: 'file-secret', running: 'running-secret' },
    ],
  }), CONF);
  assert.equal(placed[0].range.start.line, 2);
  assert.match(text(placed[0]), /file says "6379", the server runs "6380"/);
  assert.equal(placed[0].severity, DiagnosticSeverity.Information);
  assert.equal(placed[1].range.start.line, 0);
  assert.ok(!/secret/.test(text(placed[1]).replace('requirepass', '')));
});
