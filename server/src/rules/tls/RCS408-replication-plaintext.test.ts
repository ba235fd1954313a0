import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig } from './testKit';
import { replicationPlaintext } from './RCS408-replication-plaintext';

const TLS = 'port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS408 catches TLS replicas and cluster nodes that replicate in plaintext', () => {
  spec('RCS408', {
    catches: [`${TLS}\nreplicaof 10.0.0.1 6379`, `${TLS}\nslaveof 10.0.0.1 6379`, `${TLS}\ncluster-enabled yes`, `${TLS}\nreplicaof 10.0.0.1 6379\ntls-replication no`],
    ignores: [
      hardenedConfig(),
      TLS,
      `${TLS}\nreplicaof 10.0.0.1 6379\ntls-replication yes`,
      'replicaof 10.0.0.1 6379',
      `${TLS}\nreplicaof no one`,
      `${TLS}\ncluster-enabled no`,
    ],
  });
});

test('RCS408 covers a sentinel watching masters with TLS on', () => {
  const sentinel = 'port 0\ntls-port 26379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\nsentinel monitor m 10.0.0.1 6379 2';
  spec('RCS408', { catches: [sentinel], ignores: [`${sentinel}\ntls-replication yes`, 'sentinel monitor m 10.0.0.1 6379 2'] }, { kind: 'sentinel' });
  const [r] = lintWith(replicationPlaintext, sentinel, { kind: 'sentinel' });
  assert.equal(r.diagnostic.range.start.line, 5);
  const out = fixed(replicationPlaintext, sentinel, { kind: 'sentinel' });
  assert.equal(out, `${sentinel}\ntls-replication yes`);
  assertLoads(out, 'redis-7.4', true);
});

test('RCS408 fix sets tls-replication yes (not safe) where it is, or in the TLS section', () => {
  const text = `${TLS}\nreplicaof 10.0.0.1 6379\ntls-replication no\n`;
  const [r] = lintWith(replicationPlaintext, text);
  assert.equal(r.diagnostic.range.start.line, 6);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.equal(fixed(replicationPlaintext, text), `${TLS}\nreplicaof 10.0.0.1 6379\ntls-replication yes\n`);
  const missing = `${TLS}\nreplicaof 10.0.0.1 6379`;
  assert.equal(lintWith(replicationPlaintext, missing)[0].diagnostic.range.start.line, 5);
  const out = fixed(replicationPlaintext, missing);
  assert.equal(out, `${missing}\ntls-replication yes`);
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
