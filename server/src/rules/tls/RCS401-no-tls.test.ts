import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig, severitiesOf } from './testKit';
import { noTls } from './RCS401-no-tls';

test('RCS401 catches plaintext-only listeners beyond loopback; ignores loopback, TLS and socket-only', () => {
  spec('RCS401', {
    catches: ['bind 10.0.0.5', 'bind 0.0.0.0\nport 6379', 'port 7000', 'bind 192.168.1.4\ntls-port 0'],
    ignores: [hardenedConfig(), 'bind 127.0.0.1 -::1\nport 6379', 'bind 10.0.0.5\ntls-port 6380', 'bind 10.0.0.5\nport 0\ntls-port 6379', 'port 0\nunixsocket /run/redis/redis.sock', 'bind ""'],
  });
  spec('RCS401', { catches: ['sentinel monitor m 10.0.0.1 6379 2'], ignores: ['bind 127.0.0.1\nsentinel monitor m 10.0.0.1 6379 2'] }, { kind: 'sentinel' });
});

test('RCS401 is an error when the server listens on every interface or a public address', () => {
  assert.deepEqual(severitiesOf(noTls, 'bind 10.0.0.5'), [2]);
  assert.deepEqual(severitiesOf(noTls, 'bind 0.0.0.0'), [1]);
  assert.deepEqual(severitiesOf(noTls, 'bind 203.0.113.7'), [1]);
  assert.deepEqual(severitiesOf(noTls, 'port 6379'), [1]);
});

test('RCS401 fix writes a TLS-only block with placeholders (not safe) that every target accepts', () => {
  const text = '################################## NETWORK #####################################\nbind 10.0.0.5\nport 6379\n\n################################# TLS/SSL #####################################\n# tls-port 6379\n\n# end\n';
  const [r] = lintWith(noTls, text);
  assert.equal(r.diagnostic.range.start.line, 2);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(noTls, text);
  assert.equal(
    out,
    '################################## NETWORK #####################################\nbind 10.0.0.5\nport 0\n\n################################# TLS/SSL #####################################\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\n# tls-port 6379\n\n# end\n',
  );
  for (const t of ALL_TARGETS) assertLoads(fixed(noTls, text, { target: t }), t);
});

test('RCS401 fix keeps the port number, existing certificate lines and CRLF', () => {
  const text = 'bind 10.0.0.5\r\nport 7000\r\ntls-port 0\r\ntls-cert-file /srv/tls/server.crt\r\ntls-auth-clients no\r\n';
  const out = fixed(noTls, text);
  assert.equal(out, 'bind 10.0.0.5\r\nport 0\r\ntls-port 7000\r\ntls-cert-file /srv/tls/server.crt\r\ntls-auth-clients no\r\ntls-key-file /etc/redis/tls/redis.key\r\n');
  assertLoads(out);
  const valkey = fixed(noTls, 'bind 10.0.0.5', { target: 'valkey-9.0' });
  assert.equal(valkey, 'bind 10.0.0.5\ntls-port 6379\nport 0\ntls-cert-file /etc/valkey/tls/valkey.crt\ntls-key-file /etc/valkey/tls/valkey.key\ntls-ca-cert-file /etc/valkey/tls/ca.crt');
  const sentinel = fixed(noTls, 'sentinel monitor m 10.0.0.1 6379 2', { kind: 'sentinel' });
  assert.match(sentinel, /^tls-port 26379$/m);
  assertLoads(sentinel, 'redis-7.4', true);
});
