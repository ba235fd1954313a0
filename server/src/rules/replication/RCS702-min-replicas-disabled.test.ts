import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { minReplicasDisabled } from './RCS702-min-replicas-disabled';
import { assertLoads, fixed } from './testKit';

test('RCS702 catches replicated setups that accept writes without a replica in sync', () => {
  spec('RCS702', {
    catches: [
      'replicaof 10.0.0.1 6379',
      'cluster-enabled yes',
      'masterauth s3cret',
      'replicaof 10.0.0.1 6379\nmin-slaves-to-write 0',
      'replicaof 10.0.0.1 6379\nmin-replicas-to-write 1\nmin-replicas-max-lag 0',
      'min-replicas-max-lag 5',
    ],
    ignores: [
      '',
      'port 6379\nbind 127.0.0.1',
      'cluster-enabled no',
      'replicaof 10.0.0.1 6379\nmin-replicas-to-write 1',
      'cluster-enabled yes\nmin-slaves-to-write 2\nmin-slaves-max-lag 5',
      'replicaof 10.0.0.1 6379\nmin-replicas-to-write many',
      'masterauth ""',
    ],
  });
  spec('RCS702', { catches: ['primaryauth s3cret', 'masterauth s3cret'], ignores: ['primaryauth s3cret\nmin-replicas-to-write 1'] }, { target: 'valkey-8.0' });
});

test('RCS702 is info and its fix (not safe) requires one replica in sync', () => {
  const text = '############################# REPLICATION #############################\nreplicaof 10.0.0.1 6379\n\n############################# SECURITY #############################\nrequirepass x\n';
  const [r] = lintWith(minReplicasDisabled, text);
  assert.equal(r.diagnostic.severity, 3);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(minReplicasDisabled, text);
  assert.equal(
    out,
    '############################# REPLICATION #############################\nreplicaof 10.0.0.1 6379\nmin-replicas-to-write 1\n\n############################# SECURITY #############################\nrequirepass x\n',
  );
  const lag = 'cluster-enabled yes\nmin-slaves-to-write 1\nmin-slaves-max-lag 0\n';
  assert.equal(fixed(minReplicasDisabled, lag), 'cluster-enabled yes\nmin-slaves-to-write 1\nmin-slaves-max-lag 10\n');
  const both = 'replicaof 10.0.0.1 6379\nmin-replicas-to-write 0\nmin-replicas-max-lag 0\n';
  const bothFixed = fixed(minReplicasDisabled, both);
  assert.equal(bothFixed, 'replicaof 10.0.0.1 6379\nmin-replicas-to-write 1\nmin-replicas-max-lag 10\n');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) {
    assertLoads(out, t);
    assertLoads(bothFixed, t);
  }
});
