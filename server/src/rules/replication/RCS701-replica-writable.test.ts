import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { replicaWritable } from './RCS701-replica-writable';
import { assertLoads, fixed } from './testKit';

test('RCS701 catches writable replicas under either name; ignores read-only ones', () => {
  spec('RCS701', {
    catches: ['replica-read-only no', 'slave-read-only no', 'replicaof 10.0.0.1 6379\nreplica-read-only NO', 'replica-read-only yes\nreplica-read-only no'],
    ignores: ['', 'replica-read-only yes', 'replicaof 10.0.0.1 6379', 'replica-read-only no\nreplica-read-only yes', 'replica-read-only'],
  });
  spec('RCS701', { catches: ['replica-read-only no'], ignores: ['replica-read-only yes'] }, { target: 'valkey-8.0' });
  spec('RCS701', { catches: ['slave-read-only no'], ignores: [] }, { target: 'redis-6.0' });
});

test('RCS701 says whether the instance is a replica', () => {
  assert.match(lintWith(replicaWritable, 'replicaof 10.0.0.1 6379\nreplica-read-only no')[0].finding.message, /is a replica/);
  assert.match(lintWith(replicaWritable, 'replica-read-only no')[0].finding.message, /Whenever this instance runs as a replica/);
});

test('RCS701 fix turns the value to yes and keeps the name as written', () => {
  const text = 'replicaof 10.0.0.1 6379\r\n  slave-read-only no\r\n# end\r\n';
  const out = fixed(replicaWritable, text);
  assert.equal(out, 'replicaof 10.0.0.1 6379\r\n  slave-read-only yes\r\n# end\r\n');
  assert.equal(lintWith(replicaWritable, text)[0].finding.fixes![0].safe, true);
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(out, t);
});
