import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { idleTimeoutDisabled } from './RCS607-idle-timeout-disabled';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS607 catches no idle timeout on an exposed instance, and keepalive off anywhere', () => {
  spec('RCS607', {
    catches: ['port 6379', 'bind 10.0.0.5\ntimeout 0', 'bind 0.0.0.0\ntimeout 300\ntimeout 0', 'bind 127.0.0.1\ntcp-keepalive 0'],
    ignores: [hardenedConfig(), 'bind 127.0.0.1 -::1', 'bind 127.0.0.1\ntimeout 0', 'bind 10.0.0.5\ntimeout 300', 'port 0\nunixsocket /run/redis.sock', 'bind 127.0.0.1\ntcp-keepalive 60'],
  });
});

test('RCS607 fixes: timeout is unsafe, keepalive is safe', () => {
  const text = '################################## NETWORK #####################################\nbind 10.0.0.5\ntcp-keepalive 0\n\n# more\n';
  const results = lintWith(idleTimeoutDisabled, text);
  assert.equal(results.length, 2);
  assert.ok(results.every((r) => r.diagnostic.severity === 3));
  assert.deepEqual(results.map((r) => r.finding.fixes![0].safe), [false, true]);
  const timeout = fixed(idleTimeoutDisabled, text);
  assert.equal(timeout, '################################## NETWORK #####################################\nbind 10.0.0.5\ntcp-keepalive 0\ntimeout 300\n\n# more\n');
  const keepalive = fixed(idleTimeoutDisabled, text, {}, 1);
  assert.equal(keepalive, '################################## NETWORK #####################################\nbind 10.0.0.5\ntcp-keepalive 300\n\n# more\n');
  assert.equal(fixed(idleTimeoutDisabled, 'bind * -::*\ntimeout 0\n'), 'bind * -::*\ntimeout 300\n');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) {
    assertLoads(timeout, t);
    assertLoads(keepalive, t);
  }
});
