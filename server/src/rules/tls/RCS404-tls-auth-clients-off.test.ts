import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig, severitiesOf } from './testKit';
import { tlsAuthClientsOff } from './RCS404-tls-auth-clients-off';

const TLS = 'port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS404 catches tls-auth-clients no/optional on a TLS listener; ignores yes, default and unused TLS', () => {
  spec('RCS404', {
    catches: [`${TLS}\ntls-auth-clients no`, `${TLS}\ntls-auth-clients optional`, `${TLS}\ntls-auth-clients OPTIONAL`, `tls-port 6380\ntls-auth-clients no`],
    ignores: [hardenedConfig(), TLS, `${TLS}\ntls-auth-clients yes`, 'tls-auth-clients no', `${TLS}\ntls-auth-clients no\ntls-auth-clients yes`, `${TLS}\ntls-auth-clients`],
  });
});

test('RCS404 is an error when nothing else stops a stranger', () => {
  assert.deepEqual(severitiesOf(tlsAuthClientsOff, `${TLS}\ntls-auth-clients no`), [2]);
  assert.deepEqual(severitiesOf(tlsAuthClientsOff, `bind 10.0.0.5\n${TLS}\ntls-auth-clients no`), [2], 'protected mode still refuses remote clients');
  assert.deepEqual(severitiesOf(tlsAuthClientsOff, `bind 10.0.0.5\nprotected-mode no\n${TLS}\ntls-auth-clients no`), [1]);
  assert.deepEqual(severitiesOf(tlsAuthClientsOff, `bind 10.0.0.5\nprotected-mode no\nrequirepass a-long-random-secret\n${TLS}\ntls-auth-clients no`), [2]);
});

test('RCS404 fix requires certificates again (not safe)', () => {
  const text = `${TLS}\r\ntls-auth-clients optional\r\n`;
  const [r] = lintWith(tlsAuthClientsOff, text);
  assert.equal(r.diagnostic.range.start.line, 5);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(tlsAuthClientsOff, text);
  assert.equal(out, `${TLS}\r\ntls-auth-clients yes\r\n`);
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
