import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { knownCve } from './RCS802-known-cve';
import { knownCveFinding } from './versionFindings';

test('RCS802 reports every target line that has known CVEs, once, at the top', () => {
  for (const target of ['redis-6.2', 'redis-7.0', 'redis-7.2', 'redis-7.4', 'redis-8.0', 'redis-8.2', 'valkey-7.2', 'valkey-8.0', 'valkey-8.1', 'valkey-9.0'] as const) {
    spec('RCS802', { catches: ['port 6379', '', 'bind 127.0.0.1 -::1\nrequirepass x'], ignores: [] }, { target });
    assert.equal(lintWith(knownCve, 'port 6379\nbind 127.0.0.1\n', { target }).length, 1, target);
  }
  // Nothing about ACL files, and nothing for a line the table does not cover.
  spec('RCS802', { catches: [], ignores: ['user alice on #' + 'a'.repeat(64) + ' ~app:* +get'] }, { kind: 'acl', target: 'redis-7.0' });
  spec('RCS802', { catches: [], ignores: ['port 6379', ''] }, { target: 'redis-6.0' });
});

test('RCS802 is an error when no release of the line fixes some CVEs', () => {
  const [r] = lintWith(knownCve, 'port 6379\n', { target: 'redis-7.0' });
  assert.equal(r.diagnostic.severity, 1);
  assert.match(r.finding.message, /redisConf\.target setting \(--target in the CLI\) names Redis 7\.0, and no 7\.0\.x release fixes \d+ known CVEs/);
  assert.match(r.finding.message, /CVE-2025-49844 \(critical\)/);
  assert.match(r.finding.message, /at least 7\.0\.15/);
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
});

test('RCS802 is an info naming the patch release to reach when the line has fixes', () => {
  const cases = [
    ['redis-7.2', '7.2.16'],
    ['redis-8.2', '8.2.9'],
    ['valkey-8.0', '8.0.7'],
    ['valkey-9.0', '9.0.5'],
  ] as const;
  for (const [target, release] of cases) {
    const [r] = lintWith(knownCve, 'port 6379\n', { target });
    assert.equal(r.diagnostic.severity, 3, target);
    assert.match(r.finding.message, /redisConf\.target setting \(--target in the CLI\) names/);
    assert.ok(r.finding.message.includes(`run ${release} or later`), `${target}: ${r.finding.message}`);
  }
  const [r80] = lintWith(knownCve, 'port 6379\n', { target: 'redis-8.0' });
  assert.match(r80.finding.message, /does not say whether 8\.0 received fixes for CVE-2026-81934/);
});

test('RCS802 with an exact version (live audit): error for critical or login-free CVEs, warning otherwise', () => {
  assert.equal(knownCveFinding({ product: 'redis', line: '7.2', patch: '7.2.15' })?.severity, 'error');
  assert.match(knownCveFinding({ product: 'redis', line: '7.2', patch: '7.2.15' })!.message, /runs Redis 7\.2\.15.*CVE-2026-81934.*Upgrade to 7\.2\.16 or later/);
  assert.equal(knownCveFinding({ product: 'valkey', line: '9.0', patch: '9.0.4' })?.severity, 'warning');
  assert.equal(knownCveFinding({ product: 'redis', line: '8.2', patch: '8.2.9' }), undefined);
  assert.match(knownCveFinding({ product: 'redis', line: '7.0', patch: '7.0.15' })!.message, /No 7\.0\.x release fixes them/);
});
