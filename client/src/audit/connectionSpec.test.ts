import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SECRET_KEY_PREFIX,
  addRecent,
  cleanRecord,
  connectionLabel,
  endpointLabel,
  parseConnectionInput,
  readRecentList,
  removeRecent,
  secretKeyFor,
  toTarget,
} from './connectionSpec';

function ok(input: string) {
  const r = parseConnectionInput(input);
  assert.ok(r.ok, `expected ${input} to parse`);
  return r.value;
}

function error(input: string): string {
  const r = parseConnectionInput(input);
  assert.ok(!r.ok, `expected ${input} to be refused`);
  return r.error;
}

test('host, host:port and IPv6 forms', () => {
  assert.deepEqual(ok('localhost'), { remembered: { host: 'localhost', port: 6379 } });
  assert.deepEqual(ok(' 10.0.0.5:6380 '), { remembered: { host: '10.0.0.5', port: 6380 } });
  assert.deepEqual(ok('Cache.Example.COM:7000'), { remembered: { host: 'cache.example.com', port: 7000 } });
  assert.deepEqual(ok('[::1]:6390'), { remembered: { host: '::1', port: 6390 } });
  assert.deepEqual(ok('[::1]'), { remembered: { host: '::1', port: 6379 } });
  assert.deepEqual(ok('fe80::1'), { remembered: { host: 'fe80::1', port: 6379 } });
});

test('bad ports and empty input are refused', () => {
  assert.match(error('host:0'), /1 to 65535/);
  assert.match(error('host:70000'), /1 to 65535/);
  assert.match(error('host:abc'), /1 to 65535/);
  assert.match(error('[::1]:x'), /1 to 65535/);
  assert.match(error('redis://host:0'), /1 to 65535/);
  assert.match(error(':6379'), /host is missing/);
  assert.match(error('   '), /Enter a host/);
  assert.match(error('http://host'), /Only redis/);
  assert.match(error('user@host'), /redis:\/\/ URL/);
});

test('redis:// and rediss:// URLs; the URL password is kept apart from the remembered record', () => {
  assert.deepEqual(ok('redis://h'), { remembered: { host: 'h', port: 6379 } });
  assert.deepEqual(ok('rediss://[::1]:6380'), { remembered: { host: '::1', port: 6380, tls: {} } });
  assert.deepEqual(ok('REDISS://app:s3cr%40t@Cache.Internal:6380/2?x=1'), {
    remembered: { host: 'cache.internal', port: 6380, tls: {}, username: 'app' },
    password: 's3cr@t',
  });
  assert.deepEqual(ok('redis://:only-pass@h'), { remembered: { host: 'h', port: 6379 }, password: 'only-pass' });
  assert.deepEqual(ok('redis://us%20er@h'), { remembered: { host: 'h', port: 6379, username: 'us er' } });
});

test('error texts never repeat the input (it may hold a password)', () => {
  for (const input of ['redis://u:hunter22@h:99999', 'redis://u:hunter22@[bad', 'redis://u:%E0%A4%A@h']) {
    const r = parseConnectionInput(input);
    assert.ok(!r.ok);
    assert.ok(!r.error.includes('hunter22') && !r.error.includes(input));
  }
});

test('Unix sockets', () => {
  assert.deepEqual(ok('/run/redis/redis.sock'), { remembered: { socket: '/run/redis/redis.sock' } });
  assert.deepEqual(ok('unix:/tmp/r.sock'), { remembered: { socket: '/tmp/r.sock' } });
  assert.deepEqual(ok('unix:///tmp/r.sock'), { remembered: { socket: '/tmp/r.sock' } });
});

test('labels', () => {
  assert.equal(endpointLabel({ host: '::1', port: 6380 }), '[::1]:6380');
  assert.equal(endpointLabel({ socket: '/tmp/r.sock' }), 'unix:/tmp/r.sock');
  assert.equal(connectionLabel({ host: 'h', port: 1, tls: {}, username: 'app' }), 'rediss://app@h:1');
  assert.equal(connectionLabel({ socket: '/s' }), 'unix:/s');
});

test('SecretStorage keys: per endpoint and user, host case ignored, no collisions through "@"', () => {
  const a = secretKeyFor({ host: 'Cache', port: 6379, username: 'app' });
  assert.equal(a, `${SECRET_KEY_PREFIX}app@cache:6379`);
  assert.equal(a, secretKeyFor({ host: 'cache', port: 6379, username: 'app', tls: { caFile: '/ca.pem' } }));
  assert.notEqual(a, secretKeyFor({ host: 'cache', port: 6380, username: 'app' }));
  assert.equal(secretKeyFor({ host: 'h', port: 1 }), secretKeyFor({ host: 'h', port: 1, username: 'default' }));
  assert.notEqual(secretKeyFor({ host: 'b:1', port: 2, username: 'a' }), secretKeyFor({ host: 'h', port: 1, username: 'a@b' }));
  assert.equal(secretKeyFor({ socket: '/tmp/r.sock' }), `${SECRET_KEY_PREFIX}default@unix:/tmp/r.sock`);
});

test('remembered records keep known, non-secret fields only', () => {
  const stray = { host: 'h', port: 1, password: 'pw', tls: { caFile: '/ca', key: 'PEM', passphrase: 'x', insecureSkipVerify: 'yes' }, extra: 1 };
  assert.deepEqual(cleanRecord(stray), { host: 'h', port: 1, tls: { caFile: '/ca' } });
  assert.deepEqual(cleanRecord({ socket: '/s', port: 3, tls: {} }), { socket: '/s' });
  assert.deepEqual(cleanRecord({ host: 'h', port: 99999 }), { host: 'h', port: 6379 });
  assert.deepEqual(readRecentList('junk'), []);
  assert.deepEqual(readRecentList([null, 3, {}, { host: 'h' }]), [{ host: 'h', port: 6379 }]);
});

test('the recent list: newest first, one entry per endpoint and user, bounded', () => {
  const a = { host: 'a', port: 1 };
  const b = { host: 'b', port: 1 };
  let list = addRecent([], a, 3);
  list = addRecent(list, b, 3);
  list = addRecent(list, { ...a, tls: {} }, 3);
  assert.deepEqual(list, [{ host: 'a', port: 1, tls: {} }, b, a]);
  list = addRecent(list, a, 3);
  assert.deepEqual(list, [a, { host: 'a', port: 1, tls: {} }, b]);
  assert.deepEqual(addRecent(list, { host: 'c', port: 1 }, 2), [{ host: 'c', port: 1 }, a]);
  assert.deepEqual(addRecent(list, a, 0), []);
  assert.deepEqual(removeRecent(list, b), [a, { host: 'a', port: 1, tls: {} }]);
  const withSecret = addRecent([], { host: 'h', port: 1, password: 'pw' } as never, 5);
  assert.ok(!JSON.stringify(withSecret).includes('pw'));
});

test('toTarget joins the record with in-memory secrets and PEM texts', () => {
  assert.deepEqual(toTarget({ host: 'h', port: 1, username: 'u' }, 'pw'), { host: 'h', port: 1, username: 'u', password: 'pw' });
  assert.deepEqual(toTarget({ socket: '/s' }, undefined), { socket: '/s' });
  assert.deepEqual(
    toTarget({ host: 'h', port: 1, tls: { caFile: '/ca', servername: 'sni', insecureSkipVerify: true } }, '', { ca: 'CA-PEM' }),
    { host: 'h', port: 1, tls: { ca: 'CA-PEM', servername: 'sni', insecureSkipVerify: true } },
  );
});
