import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { outputBufferPubsubReplicaUnlimited } from './RCS603-output-buffer-pubsub-replica-unlimited';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS603 catches unlimited replica and pubsub classes', () => {
  spec('RCS603', {
    catches: ['client-output-buffer-limit pubsub 0 0 0', 'client-output-buffer-limit slave 0 0 0', 'client-output-buffer-limit replica 0 0 0', 'client-output-buffer-limit normal 0 0 0 pubsub 0 0 0'],
    ignores: [
      hardenedConfig(),
      'port 6379',
      'client-output-buffer-limit normal 0 0 0',
      'client-output-buffer-limit pubsub 0 0 0\nclient-output-buffer-limit pubsub 32mb 8mb 60',
      'client-output-buffer-limit replica 512mb 128mb 120',
      'client-output-buffer-limit pubsub 0 8mb 60',
    ],
  });
});

test('RCS603 gives one finding per line and restores every class on it', () => {
  const text = 'client-output-buffer-limit normal 0 0 0 slave 0 0 0 pubsub 0 0 0\n';
  const results = lintWith(outputBufferPubsubReplicaUnlimited, text);
  assert.equal(results.length, 1);
  assert.equal(results[0].diagnostic.severity, 2);
  assert.equal(results[0].finding.fixes![0].safe, false);
  const out = fixed(outputBufferPubsubReplicaUnlimited, text);
  assert.equal(out, 'client-output-buffer-limit normal 0 0 0 slave 256mb 64mb 60 pubsub 32mb 8mb 60\n');
  assertLoads(out, 'redis-7.0');
  assertLoads(out, 'valkey-8.0');
});

test('RCS603 on 6.x, one class per line', () => {
  const text = 'client-output-buffer-limit replica 0 0 0\nclient-output-buffer-limit pubsub 0 0 0\n';
  const results = lintWith(outputBufferPubsubReplicaUnlimited, text, { target: 'redis-6.0' });
  assert.deepEqual(results.map((r) => r.diagnostic.range.start.line), [0, 1]);
  const out = fixed(outputBufferPubsubReplicaUnlimited, text, { target: 'redis-6.0' }, 1);
  assert.equal(out, 'client-output-buffer-limit replica 0 0 0\nclient-output-buffer-limit pubsub 32mb 8mb 60\n');
  assertLoads(out, 'redis-6.0');
});
