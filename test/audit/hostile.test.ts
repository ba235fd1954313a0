/**
 * Endpoints that are not a well-behaved Redis: each audit must end with a plain sentence within
 * the step timeout plus a small margin, keep what it learned, never leak the password, and stop
 * early when cancelled.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS, runProbes } from '../../server/src/audit/probes';
import type { AuditOptions, ConnectionTarget, ProbeResults } from '../../server/src/audit/types';
import { freePort, hasRedisServer, resp, startHardened, startHostile, startScripted, type HostileBehaviour, type RedisFixture } from './fixtures';

const STEP = 800;
const MARGIN = 700;

async function audit(target: ConnectionTarget, extra: Partial<AuditOptions> = {}): Promise<{ r: ProbeResults; ms: number; progress: string[] }> {
  const progress: string[] = [];
  const t0 = Date.now();
  const r = await runProbes(target, { stepTimeoutMs: STEP, onProgress: (m) => progress.push(m), ...extra });
  return { r, ms: Date.now() - t0, progress };
}

async function against(behaviour: HostileBehaviour, target: Partial<ConnectionTarget> = {}, extra: Partial<AuditOptions> = {}) {
  const server = await startHostile(behaviour);
  try {
    const out = await audit({ host: '127.0.0.1', port: server.port, ...target }, extra);
    return { ...out, bytesSent: server.bytesSent(), connections: server.connections() };
  } finally {
    await server.close();
  }
}

describe('hostile endpoints', () => {
  test('accepts and never answers: PING times out, one connection, nothing else tried', async () => {
    const { r, ms, connections } = await against('silent');
    assert.match(r.aborted ?? '', new RegExp(`gave no answer to PING within ${STEP} ms`));
    assert.equal(r.notVerified[0]?.check, CHECKS.unauthPing);
    assert.equal(connections, 1);
    assert.deepEqual(r.commandsSent, ['PING']);
    assert.ok(ms >= STEP - 50 && ms < STEP + MARGIN, `${ms} ms`);
  });

  test('answers garbage: "not a Redis server"', async () => {
    const { r, ms } = await against('garbage');
    assert.match(r.aborted ?? '', /does not answer like a Redis or Valkey server/);
    assert.ok(ms < STEP + MARGIN, `${ms} ms`);
  });

  for (const behaviour of ['flood-star', 'flood-random', 'flood-bulk'] as const) {
    test(`${behaviour}: a huge reply ends the audit in bounded time`, async () => {
      const { r, ms, bytesSent } = await against(behaviour);
      assert.ok(r.aborted, 'the audit stops');
      assert.match(r.aborted!, /not the Redis protocol|more than 64 MB|gave no answer to PING/);
      assert.ok(ms < STEP + MARGIN, `${ms} ms after ${(bytesSent / 1e6).toFixed(0)} MB`);
      // The fixture stops writing once the socket is gone.
      assert.ok(bytesSent <= 512 << 20);
    });
  }

  test('a reply nobody asked for: "not the Redis protocol", never blamed on protected mode', async () => {
    const { r, ms } = await against('double-reply');
    assert.match(r.aborted ?? '', /sent a reply no command asked for.*not the Redis protocol/);
    assert.doesNotMatch(r.aborted ?? '', /protected mode is on/);
    assert.ok(ms < STEP + MARGIN, `${ms} ms`);
  });

  test('a flood behind a valid bulk header is cut at the reply size limit', async () => {
    const { r } = await against('flood-bulk', {}, { stepTimeoutMs: 10_000 });
    assert.match(r.aborted ?? '', /sent more than 64 MB in answer to PING/);
  });

  test('an endpoint that echoes what it gets never makes the password show', async () => {
    const password = 'echo-me-if-you-can-7f3a9';
    const { r, progress } = await against('echo-error', { username: 'admin', password });
    const everything = JSON.stringify(r) + progress.join('\n');
    assert.ok(!everything.includes(password), everything);
    assert.match(r.aborted ?? '', /<redacted>/, 'the server text is quoted with the secret cut out');
  });

  for (const behaviour of ['denied', 'denied-late'] as const) {
    test(`protected mode turning the client away (${behaviour}): DENIED is recorded, the audit stops`, async () => {
      const { r, ms } = await against(behaviour, { username: 'admin', password: 'pw-denied-1' });
      assert.equal(r.unauthenticated?.ping, 'DENIED');
      assert.match(r.aborted ?? '', /protected mode is on/);
      assert.ok(ms < 500, `${ms} ms`);
      const plain = await against(behaviour);
      assert.equal(plain.r.unauthenticated?.ping, 'DENIED');
      assert.match(plain.r.aborted ?? '', /protected mode is on/);
      assert.equal(plain.connections, 1, 'no second try without credentials');
    });
  }

  test('answers PING, then hangs: one timeout, not one per step', async () => {
    const server = await startScripted((argv) => (argv[0] === 'PING' ? resp.simple('PONG') : undefined));
    try {
      const { r, ms } = await audit({ host: '127.0.0.1', port: server.port, username: 'admin', password: 'pw-hang' });
      assert.equal(r.unauthenticated?.ping, 'PONG');
      assert.match(r.aborted ?? '', /gave no answer to HELLO/);
      assert.ok(ms < STEP + MARGIN, `${ms} ms`);
    } finally {
      await server.close();
    }
  });

  test('maxclients reached: a plain sentence', async () => {
    const { r } = await against('maxclients');
    assert.match(r.aborted ?? '', /reached maxclients/);
  });

  test('a refused port ends at once', async () => {
    const port = await freePort();
    const { r, ms } = await audit({ host: '127.0.0.1', port, password: 'pw-not-shown' });
    assert.match(r.aborted ?? '', /refused the connection/);
    assert.deepEqual(r.commandsSent, []);
    assert.ok(ms < 500, `${ms} ms`);
    assert.ok(!JSON.stringify(r).includes('pw-not-shown'));
  });

  test('cancelling while a command hangs: stops at once with what it has', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { r, ms } = await against('silent', {}, { stepTimeoutMs: 10_000, signal: controller.signal });
    assert.match(r.aborted ?? '', /^Cancelled/);
    assert.ok(ms < 600, `${ms} ms`);
  });

  test('an audit cancelled before it starts connects to nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const { r, connections } = await against('silent', {}, { signal: controller.signal });
    assert.match(r.aborted ?? '', /^Cancelled/);
    assert.equal(connections, 0);
    assert.deepEqual(r.commandsSent, []);
  });
});

describe('wrong credentials and cancellation against a real server', { skip: !hasRedisServer() && 'redis-server is not installed' }, () => {
  let fx: RedisFixture;
  before(async () => (fx = await startHardened()));
  after(() => fx?.stop());

  test('a wrong password: a plain sentence, the unauthenticated results kept, no secret', async () => {
    const wrong = 'not-the-right-one-4c1d';
    const { r, ms, progress } = await audit({ ...fx.target('admin'), password: wrong });
    assert.equal(r.aborted, 'The server refused the user name or password.');
    assert.deepEqual(r.unauthenticated, { ping: 'NOAUTH', hello: 'NOAUTH' });
    assert.equal(r.notVerified.find((n) => n.check === CHECKS.auth)?.reason, r.aborted);
    assert.ok(ms < 500, `${ms} ms`);
    const everything = JSON.stringify(r) + progress.join('\n');
    assert.ok(!everything.includes(wrong));
    assert.ok(!everything.includes(fx.users.admin));
  });

  test('cancelled mid-way: the steps done so far are kept, the rest is not verified', async () => {
    const controller = new AbortController();
    const { r } = await audit(fx.target('admin'), {
      signal: controller.signal,
      onProgress: (m) => {
        if (m.startsWith('Asking ACL DRYRUN')) controller.abort();
      },
    });
    assert.match(r.aborted ?? '', /^Cancelled/);
    assert.ok(r.version && r.config && r.aclList, 'INFO, CONFIG and ACL LIST were kept');
    assert.equal(r.dryRun, undefined);
    assert.equal(r.clients, undefined);
    for (const check of [CHECKS.dryRun, CHECKS.commandInfo, CHECKS.modules, CHECKS.clients]) {
      assert.ok(r.notVerified.some((n) => n.check === check), check);
    }
    assert.ok(!r.commandsSent.some((c) => c.startsWith('ACL DRYRUN')), 'nothing was sent after the cancel');
  });
});
