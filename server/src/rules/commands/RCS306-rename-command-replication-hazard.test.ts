import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from '../auth/fixTesting';
import { renameCommandReplicationHazard } from './RCS306-rename-command-replication-hazard';

const HASH = 'a'.repeat(64);

test('RCS306 catches propagated commands renamed on nodes with an AOF, a master or a cluster', () => {
  spec('RCS306', {
    catches: [
      'appendonly yes\nrename-command FLUSHALL ""',
      'replicaof 10.0.0.1 6379\nrename-command DEL ""',
      'cluster-enabled yes\nrename-command EVAL b840fc02d524045429941cc15f59e41cb7be6c52',
      'slaveof 10.0.0.1 6379\nrename-command MULTI ""',
      'min-replicas-to-write 1\nrename-command SET ""',
    ],
    ignores: [
      'rename-command FLUSHALL ""',
      'appendonly no\nrename-command FLUSHDB ""',
      'appendonly yes\nrename-command CONFIG ""',
      'appendonly yes\nrename-command KEYS ""',
      'replicaof 10.0.0.1 6379\nrename-command DEBUG ""',
    ],
  });
});

test('RCS306 explains the context and differs between disabled and renamed commands', () => {
  const [d] = lintWith(renameCommandReplicationHazard, 'appendonly yes\nrename-command FLUSHALL ""');
  assert.match(d.finding.message, /FLUSHALL is disabled.*appendonly is on/);
  const [r] = lintWith(renameCommandReplicationHazard, 'replicaof 10.0.0.1 6379\nrename-command FLUSHALL abc');
  assert.match(r.finding.message, /under its new name.*this server is a replica/);
  assert.equal(r.diagnostic.severity, 2);
});

test('RCS306 fix replaces the rename by ACL rules', () => {
  const text = `appendonly yes\nrename-command FLUSHALL ""\nuser default on #${HASH} ~* &* +@all\n`;
  assert.equal(fixedBy(renameCommandReplicationHazard, text, 'Replace'), `appendonly yes\nuser default on #${HASH} ~* &* +@all -flushall\n`);
});
