/**
 * The probes over TLS against a real redis-server with certificates made by openssl: a verified
 * connection, and each way the handshake can go wrong, ending with a plain sentence.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runProbes } from '../../server/src/audit/probes';
import type { ConnectionTarget } from '../../server/src/audit/types';
import { hasRedisServer, startHostile, startInsecure, startTls, type RedisFixture } from './fixtures';

const skip = !hasRedisServer() && 'redis-server is not installed';
const STEP = 1500;
const OPTS = { stepTimeoutMs: STEP };

async function timed(target: ConnectionTarget) {
  const t0 = Date.now();
  const r = await runProbes(target, OPTS);
  return { r, ms: Date.now() - t0 };
}

describe('TLS instance (client certificates required)', { skip }, () => {
  let fx: RedisFixture;
  before(async () => (fx = await startTls()));
  after(() => fx?.stop());

  test('with the CA and a client certificate: verified and complete', async () => {
    const { r } = await timed(fx.target());
    assert.equal(r.aborted, undefined);
    assert.deepEqual(r.notVerified, []);
    assert.equal(r.tls, true);
    assert.equal(r.tlsVerified, true);
    assert.equal(r.unauthenticated?.ping, 'PONG');
    assert.equal(r.config?.['tls-auth-clients'], 'yes');
    assert.equal(r.config?.port, '0');
  });

  test('without the CA: the certificate is not trusted', async () => {
    const t = fx.target();
    const { r, ms } = await timed({ ...t, tls: { ...t.tls, ca: undefined } });
    assert.match(r.aborted ?? '', /TLS certificate of 127\.0\.0\.1:\d+ is not trusted/);
    assert.equal(r.tlsVerified, false);
    assert.ok(ms < STEP, `${ms} ms`);
  });

  test('"do not verify" connects, and the results say the certificate was not checked', async () => {
    const t = fx.target();
    const { r } = await timed({ ...t, tls: { ...t.tls, ca: undefined, insecureSkipVerify: true } });
    assert.equal(r.aborted, undefined);
    assert.equal(r.tls, true);
    assert.equal(r.tlsVerified, false);
  });

  test('a server name the certificate does not carry', async () => {
    const t = fx.target();
    const { r } = await timed({ ...t, tls: { ...t.tls, servername: 'cache.example.org' } });
    assert.match(r.aborted ?? '', /not issued for this host name/);
  });

  test('without a client certificate: the server turns the client away', async () => {
    const t = fx.target();
    const { r, ms } = await timed({ ...t, tls: { ca: t.tls!.ca } });
    assert.match(r.aborted ?? '', /client certificate|closed the connection/);
    assert.ok(ms < STEP + 500, `${ms} ms`);
  });

  test('a key that is not PEM: a plain sentence before anything is sent', async () => {
    const t = fx.target();
    const { r } = await timed({ ...t, tls: { ...t.tls, key: 'not a key' } });
    assert.match(r.aborted ?? '', /TLS settings .* could not be used/);
    assert.deepEqual(r.commandsSent, []);
  });

  test('plain TCP to the TLS port', async () => {
    const { r, ms } = await timed({ host: '127.0.0.1', port: fx.tlsPort });
    assert.match(r.aborted ?? '', /closed the connection.*may expect TLS|gave no answer/);
    assert.ok(ms < STEP + 500, `${ms} ms`);
  });
});

describe('TLS against endpoints that do not speak it', { skip }, () => {
  let plain: RedisFixture;
  before(async () => (plain = await startInsecure()));
  after(() => plain?.stop());

  test('TLS to a plain Redis port', async () => {
    const { r, ms } = await timed({ host: '127.0.0.1', port: plain.port, tls: { insecureSkipVerify: true } });
    assert.match(r.aborted ?? '', /TLS/);
    assert.ok(ms < STEP + 500, `${ms} ms`);
  });

  test('TLS to a port that accepts and never answers: the handshake times out', async () => {
    const silent = await startHostile('silent');
    try {
      const { r, ms } = await timed({ host: '127.0.0.1', port: silent.port, tls: {} });
      assert.match(r.aborted ?? '', /No TLS connection to .* within 1500 ms/);
      assert.ok(ms >= STEP - 50 && ms < STEP + 500, `${ms} ms`);
    } finally {
      await silent.close();
    }
  });
});
