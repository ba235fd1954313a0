import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig } from './testKit';
import { clusterBusPlaintext } from './RCS409-cluster-bus-plaintext';

const TLS = 'port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS409 catches TLS cluster nodes whose bus stays plaintext', () => {
  spec('RCS409', {
    catches: [`${TLS}\ncluster-enabled yes`, `${TLS}\ncluster-enabled yes\ntls-cluster no`, `tls-port 6380\ncluster-enabled YES`],
    ignores: [hardenedConfig(), TLS, `${TLS}\ncluster-enabled yes\ntls-cluster yes`, 'cluster-enabled yes', `${TLS}\ncluster-enabled no`, `${TLS}\ntls-cluster no`],
  });
});

test('RCS409 fix sets tls-cluster yes (not safe)', () => {
  const text = `${TLS}\r\ncluster-enabled yes\r\ntls-cluster no\r\n`;
  const [r] = lintWith(clusterBusPlaintext, text);
  assert.equal(r.diagnostic.range.start.line, 6);
  assert.equal(r.diagnostic.severity, 2);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.equal(fixed(clusterBusPlaintext, text), `${TLS}\r\ncluster-enabled yes\r\ntls-cluster yes\r\n`);
  const missing = `${TLS}\ncluster-enabled yes`;
  assert.equal(lintWith(clusterBusPlaintext, missing)[0].diagnostic.range.start.line, 5);
  const out = fixed(clusterBusPlaintext, missing);
  assert.equal(out, `${missing}\ntls-cluster yes`);
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
