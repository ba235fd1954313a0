import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { unsupportedVersion } from './RCS801-unsupported-version';
import { unsupportedFinding } from './versionFindings';

test('RCS801 flags end-of-life lines named by the target', () => {
  for (const target of ['redis-6.0', 'redis-7.0'] as const) {
    spec('RCS801', { catches: ['port 6379', '', '# only a comment\n', 'sentinel monitor m 10.0.0.1 6379 2'], ignores: [] }, { target });
  }
  spec('RCS801', { catches: [], ignores: ['sentinel monitor m 10.0.0.1 6379 2\nport 26379'] }, { target: 'redis-7.0', kind: 'acl' });
  for (const target of ['redis-6.2', 'redis-7.2', 'redis-7.4', 'redis-8.0', 'redis-8.2', 'valkey-7.2', 'valkey-8.0', 'valkey-8.1', 'valkey-9.0'] as const) {
    spec('RCS801', { catches: [], ignores: ['port 6379', '', 'bind 127.0.0.1 -::1\nrequirepass x'] }, { target });
  }
});

test('RCS801 is a warning at the first directive and explains the target setting', () => {
  const [r] = lintWith(unsupportedVersion, '# header\n\nport 6379\n', { target: 'redis-7.0' });
  assert.equal(r.diagnostic.severity, 2);
  assert.deepEqual(r.diagnostic.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
  assert.match(r.finding.message, /redisConf\.target setting \(--target in the CLI\) names Redis 7\.0/);
  assert.match(r.finding.message, /last was 7\.0\.15/);
  assert.match(r.finding.message, /never fixed/);
  assert.equal(r.finding.fixes, undefined);
  const [sentinel] = lintWith(unsupportedVersion, 'sentinel monitor m 10.0.0.1 6379 2', { target: 'redis-6.0', kind: 'sentinel' });
  assert.match(sentinel.finding.message, /Redis 6\.0.*6\.0\.20/);
});

test('RCS801 with an exact version (live audit) is an error', () => {
  const f = unsupportedFinding({ product: 'redis', line: '7.0', patch: '7.0.15' });
  assert.equal(f?.severity, 'error');
  assert.match(f!.message, /runs Redis 7\.0\.15/);
  assert.equal(unsupportedFinding({ product: 'redis', line: '7.4', patch: '7.4.1' }), undefined);
});
