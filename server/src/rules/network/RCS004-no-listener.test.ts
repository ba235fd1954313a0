import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig } from '../tls/testKit';
import { noListener } from './RCS004-no-listener';

test('RCS004 catches port 0 with no other listener; ignores any listener', () => {
  spec('RCS004', {
    catches: ['port 0', 'port 0\ntls-port 0', 'port 0\nunixsocket ""', 'bind 127.0.0.1\nport 0\ntls-cert-file /x.crt'],
    ignores: [hardenedConfig(), 'port 6379', 'bind 127.0.0.1', 'port 0\ntls-port 6380', 'port 0\nunixsocket /run/redis/redis.sock', 'port 0\nport 6379', 'port'],
  });
  spec('RCS004', { catches: ['port 0\nsentinel monitor m 10.0.0.1 6379 2'], ignores: ['sentinel monitor m 10.0.0.1 6379 2'] }, { kind: 'sentinel' });
});

test('RCS004 points at the port line and offers TLS or a Unix socket (neither safe)', () => {
  const text = '# net\nport 0\nloglevel notice\n';
  const [r] = lintWith(noListener, text);
  assert.equal(r.diagnostic.severity, 1);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.deepEqual(r.finding.fixes!.map((f) => f.safe), [false, false]);
  const tls = fixed(noListener, text);
  assert.equal(
    tls,
    '# net\nport 0\nloglevel notice\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\n',
  );
  const socket = fixed(noListener, text, {}, 0, 1);
  assert.equal(socket, '# net\nport 0\nloglevel notice\nunixsocket /run/redis/redis.sock\nunixsocketperm 700\n');
  for (const t of ALL_TARGETS) {
    assertLoads(fixed(noListener, text, { target: t }), t);
    assertLoads(fixed(noListener, text, { target: t }, 0, 1), t);
  }
});

test('RCS004 fixes keep what the file already has and follow the product', () => {
  const text = 'port 0\ntls-cert-file /srv/tls/server.crt\nunixsocketperm 770\nunixsocket ""';
  assert.equal(fixed(noListener, text), 'port 0\ntls-cert-file /srv/tls/server.crt\nunixsocketperm 770\nunixsocket ""\ntls-port 6379\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt');
  assert.equal(fixed(noListener, text, {}, 0, 1), 'port 0\ntls-cert-file /srv/tls/server.crt\nunixsocketperm 770\nunixsocket /run/redis/redis.sock');
  assert.match(fixed(noListener, 'port 0', { target: 'valkey-8.0' }, 0, 1), /unixsocket \/run\/valkey\/valkey\.sock/);
  const sentinel = fixed(noListener, 'port 0\nsentinel monitor m 10.0.0.1 6379 2', { kind: 'sentinel' });
  assert.match(sentinel, /^tls-port 26379$/m);
  assertLoads(sentinel, 'redis-7.4', true);
});
