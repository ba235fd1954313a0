import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig } from '../tls/testKit';
import { clusterBusExposed } from './RCS008-cluster-bus-exposed';

const TLS_FILES = 'tls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS008 catches a cluster node listening beyond loopback; ignores loopback and non-cluster nodes', () => {
  spec('RCS008', {
    catches: ['cluster-enabled yes', 'bind 10.0.0.5\ncluster-enabled yes', 'bind 0.0.0.0\ncluster-enabled yes\ncluster-port 16000', `bind 10.0.0.5\ncluster-enabled yes\ntls-cluster yes\n${TLS_FILES}`],
    ignores: [hardenedConfig(), 'bind 127.0.0.1 -::1\ncluster-enabled yes', 'bind 10.0.0.5\ncluster-enabled no', 'bind 10.0.0.5', 'bind 10.0.0.5\ncluster-enabled yes\ncluster-enabled no', 'cluster-enabled'],
  });
});

test('RCS008 names the bus port and softens to a hint when the bus needs certificates', () => {
  const [r] = lintWith(clusterBusExposed, 'bind 10.0.0.5\nport 7000\ncluster-enabled yes');
  assert.equal(r.diagnostic.severity, 2);
  assert.equal(r.diagnostic.range.start.line, 2);
  assert.match(r.finding.message, /port 17000/);
  assert.equal(r.finding.fixes, undefined, 'no TLS certificate yet: nothing to switch on');
  assert.match(lintWith(clusterBusExposed, 'bind 10.0.0.5\ncluster-enabled yes\ncluster-port 16000')[0].finding.message, /port 16000/);
  const [t] = lintWith(clusterBusExposed, `bind 10.0.0.5\nport 0\ntls-port 7001\ncluster-enabled yes\ntls-cluster yes\n${TLS_FILES}`);
  assert.equal(t.diagnostic.severity, 3);
  assert.match(t.finding.message, /port 17001/);
});

test('RCS008 offers tls-cluster yes (not safe) once certificates are configured', () => {
  const text = `bind 10.0.0.5\ncluster-enabled yes\n${TLS_FILES}\n`;
  const [r] = lintWith(clusterBusExposed, text);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(clusterBusExposed, text);
  assert.equal(out, `bind 10.0.0.5\ncluster-enabled yes\n${TLS_FILES}\ntls-cluster yes\n`);
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
