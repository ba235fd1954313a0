import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAuditArgs } from './commandArgs';

test('a connection string alone: the same forms the prompt takes', () => {
  assert.deepEqual(parseAuditArgs({ connection: '127.0.0.1:6390' }), { ok: true, value: { remembered: { host: '127.0.0.1', port: 6390 } } });
  assert.deepEqual(parseAuditArgs({ connection: '/run/redis.sock' }), { ok: true, value: { remembered: { socket: '/run/redis.sock' } } });
  assert.deepEqual(parseAuditArgs({ connection: 'redis://admin:s3cret@localhost:7000' }), {
    ok: true,
    value: { remembered: { host: 'localhost', port: 7000, username: 'admin' }, password: 's3cret' },
  });
});

test('TLS files go with rediss:// only, and only the known fields are kept', () => {
  const r = parseAuditArgs({ connection: 'rediss://h:6380', tls: { caFile: '/ca.pem', certFile: '/c.pem', keyFile: '/k.pem', pem: 'ignored' } });
  assert.deepEqual(r, { ok: true, value: { remembered: { host: 'h', port: 6380, tls: { caFile: '/ca.pem', certFile: '/c.pem', keyFile: '/k.pem' } } } });
  const skip = parseAuditArgs({ connection: 'rediss://h', tls: { insecureSkipVerify: true } });
  assert.ok(skip.ok && skip.value.remembered.tls?.insecureSkipVerify === true);
  const plain = parseAuditArgs({ connection: 'redis://h', tls: { caFile: '/ca.pem' } });
  assert.ok(!plain.ok && /rediss:\/\//.test(plain.error));
  const half = parseAuditArgs({ connection: 'rediss://h', tls: { certFile: '/c.pem' } });
  assert.ok(!half.ok && /key file/.test(half.error));
});

test('anything else is refused with a message that does not repeat the input', () => {
  for (const raw of [undefined, null, 'redis://x', [], { connection: 5 }, { connection: 'http://user:hunter2@x' }, { connection: 'rediss://h', tls: 'no' }]) {
    const r = parseAuditArgs(raw);
    assert.ok(!r.ok, JSON.stringify(raw));
    assert.ok(!r.error.includes('hunter2'));
  }
});
