import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { outputBufferNormalUnlimited } from './RCS602-output-buffer-normal-unlimited';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS602 catches unlimited normal clients, explicit or by default', () => {
  spec('RCS602', {
    catches: ['port 6379', hardenedConfig(), 'client-output-buffer-limit normal 0 0 0', 'client-output-buffer-limit normal 256mb 64mb 60\nclient-output-buffer-limit normal 0 0 0', 'client-output-buffer-limit replica 0 0 0 normal 0 0 0'],
    ignores: [
      'client-output-buffer-limit normal 256mb 64mb 60',
      'client-output-buffer-limit normal 0 0 0 normal 128mb 0 0',
      'client-output-buffer-limit "pubsub 32mb 8mb 60 normal 1gb 0 0"',
      'client-output-buffer-limit normal 0 1mb 10',
    ],
  });
});

test('RCS602 is Info, and a Warning on exposed lines that never got the CVE-2025-21605 fix', () => {
  assert.equal(lintWith(outputBufferNormalUnlimited, 'bind 0.0.0.0')[0].diagnostic.severity, 3);
  assert.equal(lintWith(outputBufferNormalUnlimited, 'bind 0.0.0.0', { target: 'redis-7.0' })[0].diagnostic.severity, 2);
  assert.equal(lintWith(outputBufferNormalUnlimited, 'bind 10.0.0.2', { target: 'redis-6.0' })[0].diagnostic.severity, 2);
  assert.equal(lintWith(outputBufferNormalUnlimited, 'bind 127.0.0.1 -::1', { target: 'redis-7.0' })[0].diagnostic.severity, 3);
  assert.equal(lintWith(outputBufferNormalUnlimited, 'bind 0.0.0.0', { target: 'valkey-7.2' })[0].diagnostic.severity, 3);
});

test('RCS602 fix rewrites the normal group in place, or adds a line', () => {
  const multi = 'client-output-buffer-limit normal 0 0 0 slave 256mb 64mb 60\n';
  assert.equal(fixed(outputBufferNormalUnlimited, multi), 'client-output-buffer-limit normal 256mb 64mb 60 slave 256mb 64mb 60\n');
  assertLoads(fixed(outputBufferNormalUnlimited, multi), 'redis-7.0');
  const quoted = 'client-output-buffer-limit "pubsub 32mb 8mb 60 normal 0 0 0"\n';
  assert.equal(fixed(outputBufferNormalUnlimited, quoted), 'client-output-buffer-limit pubsub 32mb 8mb 60 normal 256mb 64mb 60\n');
  const none = '################################ ADVANCED CONFIG ###############################\nhz 10\n';
  const out = fixed(outputBufferNormalUnlimited, none);
  assert.equal(out, '################################ ADVANCED CONFIG ###############################\nhz 10\nclient-output-buffer-limit normal 256mb 64mb 60\n');
  assert.equal(lintWith(outputBufferNormalUnlimited, none)[0].finding.fixes![0].safe, false);
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(out, t);
  assert.equal(fixed(outputBufferNormalUnlimited, 'client-output-buffer-limit normal 0 0 0', { target: 'redis-6.2' }), 'client-output-buffer-limit normal 256mb 64mb 60');
});

test('RCS602 skips lines the server would refuse', () => {
  // Refused lines do not change the limits: the default (unlimited) still applies.
  const r = lintWith(outputBufferNormalUnlimited, 'client-output-buffer-limit normal 1gb 0 0 pubsub');
  assert.equal(r[0].diagnostic.range.start.line, 0);
  assert.match(String(r[0].diagnostic.message), /the default/);
  spec('RCS602', { catches: ['client-output-buffer-limit normal 1gb 0 0 pubsub 1 1 1'], ignores: [] }, { target: 'redis-6.2' });
});
