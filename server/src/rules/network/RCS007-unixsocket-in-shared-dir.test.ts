import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig } from '../tls/testKit';
import { sharedDirOf, unixsocketInSharedDir } from './RCS007-unixsocket-in-shared-dir';

test('RCS007 catches sockets in world-writable directories; ignores private ones', () => {
  spec('RCS007', {
    catches: ['unixsocket /tmp/redis.sock', 'unixsocket /var/tmp/r/redis.sock', 'unixsocket /dev/shm/redis.sock', 'unixsocket "/tmp//redis.sock"', 'unixsocket /run/redis.sock\nunixsocket /tmp/redis.sock'],
    ignores: [hardenedConfig(), 'unixsocket /run/redis/redis.sock', 'unixsocket /var/run/redis/redis-server.sock', 'unixsocket /tmpfiles/redis.sock', 'unixsocket ""', 'unixsocket /tmp/redis.sock\nunixsocket /run/redis/redis.sock'],
  });
  spec('RCS007', { catches: ['unixsocket /tmp/sentinel.sock'], ignores: ['unixsocket /run/redis/sentinel.sock'] }, { kind: 'sentinel' });
  assert.equal(sharedDirOf('/tmp/./redis.sock'), '/tmp');
  assert.equal(sharedDirOf('/tmp'), undefined);
});

test('RCS007 fix moves the socket under /run/<product>/ (not safe)', () => {
  const text = 'port 6379\r\nunixsocket /tmp/redis.sock\r\nunixsocketperm 700\r\n';
  const [r] = lintWith(unixsocketInSharedDir, text);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.equal(r.diagnostic.severity, 2);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(unixsocketInSharedDir, text);
  assert.equal(out, 'port 6379\r\nunixsocket /run/redis/redis.sock\r\nunixsocketperm 700\r\n');
  assert.equal(fixed(unixsocketInSharedDir, 'unixsocket /tmp/v.sock', { target: 'valkey-8.1' }), 'unixsocket /run/valkey/valkey.sock');
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
