import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { piiInLogs } from './RCS507-pii-in-logs';
import { assertLoads, fixed, hardenedConfig } from './testKit';

test('RCS507 on Redis 7.4+: the default (no) and an explicit no are reported', () => {
  for (const target of ['redis-7.4', 'redis-8.0'] as const) {
    spec('RCS507', { catches: ['port 6379', 'hide-user-data-from-log no', hardenedConfig()], ignores: ['hide-user-data-from-log yes', 'hide-user-data-from-log no\nhide-user-data-from-log yes'] }, { target });
  }
});

test('RCS507 on Valkey 8.0+ (default yes) speaks only about an explicit no', () => {
  spec('RCS507', { catches: ['hide-user-data-from-log no'], ignores: ['port 6379', hardenedConfig(), 'hide-user-data-from-log yes'] }, { target: 'valkey-8.0' });
});

test('RCS507 is silent where the directive does not exist', () => {
  for (const target of ['redis-6.2', 'redis-7.2', 'valkey-7.2'] as const) spec('RCS507', { catches: [], ignores: ['port 6379', 'hide-user-data-from-log no'] }, { target });
});

test('RCS507 fix sets yes, in place or in the GENERAL section', () => {
  const text = '################################# GENERAL #####################################\nloglevel notice\n\n################################## SECURITY ###################################\nrequirepass x\n';
  const [r] = lintWith(piiInLogs, text);
  assert.equal(r.diagnostic.severity, 3);
  assert.equal(r.finding.fixes![0].safe, true);
  const out = fixed(piiInLogs, text);
  assert.equal(out, '################################# GENERAL #####################################\nloglevel notice\nhide-user-data-from-log yes\n\n################################## SECURITY ###################################\nrequirepass x\n');
  assertLoads(out, 'redis-7.4');
  assert.equal(fixed(piiInLogs, 'hide-user-data-from-log no\n', { target: 'valkey-8.0' }), 'hide-user-data-from-log yes\n');
});
