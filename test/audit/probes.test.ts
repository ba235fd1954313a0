/**
 * The probes against real redis-server processes: an insecure one, a hardened one audited as
 * each of its users, one with renamed commands, and a Unix-socket one. TLS is in tls.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS, DRYRUN_PROBES, runProbes } from '../../server/src/audit/probes';
import { probeKey, REDACTED } from '../../server/src/audit/replyParsers';
import type { ProbeResults } from '../../server/src/audit/types';
import { hasRedisServer, startHardened, startInsecure, startUnixSocket, type RedisFixture } from './fixtures';

const skip = !hasRedisServer() && 'redis-server is not installed';
const OPTS = { stepTimeoutMs: 3000 };
const reasonOf = (r: ProbeResults, check: string) => r.notVerified.find((n) => n.check === check)?.reason ?? '';

describe('insecure instance', { skip }, () => {
  let fx: RedisFixture;
  before(async () => (fx = await startInsecure()));
  after(() => fx?.stop());

  test('everything is readable without credentials, and the audit says so', async (t) => {
    const progress: string[] = [];
    const r = await runProbes(fx.target(), { ...OPTS, onProgress: (m) => progress.push(m) });
    assert.equal(r.aborted, undefined);
    assert.deepEqual(r.notVerified, []);
    assert.equal(r.endpoint, `127.0.0.1:${fx.port}`);
    assert.deepEqual(r.unauthenticated, { ping: 'PONG', hello: 'redis 7.0.15 (proto 2, standalone, master)' });
    assert.equal(r.product, 'redis');
    assert.equal(r.version, '7.0.15');
    for (const s of ['server', 'replication', 'clients', 'stats', 'memory']) assert.ok(r.info[s], s);
    assert.equal(r.config?.['protected-mode'], 'no');
    assert.equal(r.config?.bind, '127.0.0.1');
    assert.deepEqual(r.sensitiveSet?.requirepass, false);
    assert.deepEqual(r.aclList, ['user default on nopass ~* &* +@all']);
    assert.deepEqual(Object.values(r.dryRun?.default ?? {}), DRYRUN_PROBES.map(() => true));
    assert.deepEqual(r.missingCommands, []);
    assert.deepEqual(r.modules, []);
    assert.deepEqual(r.clients, { total: 0, byUser: {}, external: 0 });
    assert.equal(r.tls, false);
    // One connection (no credentials to add), every step announced.
    assert.ok(progress.length >= 9, progress.join(' | '));
    t.diagnostic(`insecure: ${r.roundTrips} round trips, ${r.commandsSent.length} commands, ${r.wallTimeMs} ms`);
  });

  test('wall time and round trips of a warm audit against a local instance', async (t) => {
    const times: number[] = [];
    let last: ProbeResults | undefined;
    for (let i = 0; i < 5; i++) {
      last = await runProbes(fx.target(), OPTS);
      times.push(last.wallTimeMs);
    }
    times.sort((a, b) => a - b);
    t.diagnostic(`insecure, 5 runs: median ${times[2]} ms (min ${times[0]}, max ${times[4]}), ${last!.roundTrips} round trips, ${last!.commandsSent.length} commands`);
    assert.equal(last!.roundTrips, 9);
    assert.ok(times[2] < 1000);
  });

  test('other clients are counted by user, never listed', async () => {
    const { createClient } = await import('@redis/client');
    const others = [0, 1].map(() => createClient({ RESP: 2, socket: { port: fx.port, host: '127.0.0.1', reconnectStrategy: false }, disableClientInfo: true }));
    try {
      for (const c of others) await c.connect();
      const r = await runProbes(fx.target(), OPTS);
      assert.deepEqual(r.clients, { total: 2, byUser: { default: 2 }, external: 0 });
    } finally {
      for (const c of others) c.destroy();
    }
  });
});

describe('hardened instance', { skip }, () => {
  let fx: RedisFixture;
  before(async () => (fx = await startHardened()));
  after(() => fx?.stop());

  test('as admin: the whole picture, secrets judged but not shown', async (t) => {
    const r = await runProbes(fx.target('admin'), OPTS);
    assert.equal(r.aborted, undefined);
    assert.deepEqual(r.notVerified, []);
    assert.deepEqual(r.unauthenticated, { ping: 'NOAUTH', hello: 'NOAUTH' });
    assert.equal(r.config?.masterauth, REDACTED);
    assert.equal(r.sensitiveSet?.masterauth, true);
    assert.match(r.weakSecrets?.masterauth ?? '', /well-known/);
    assert.deepEqual(r.aclList?.map((l) => l.split(' ')[1]).sort(), ['admin', 'app', 'auditor', 'default', 'readonly']);
    const verdict = (user: string, probe: readonly string[]) => r.dryRun?.[user]?.[probeKey(probe)];
    for (const probe of DRYRUN_PROBES) {
      assert.equal(verdict('admin', probe), true, `admin ${probe.join(' ')}`);
      assert.equal(verdict('app', probe), false, `app ${probe.join(' ')}`);
      assert.equal(verdict('auditor', probe), false, `auditor ${probe.join(' ')}`);
    }
    assert.equal(verdict('readonly', ['KEYS', 'x']), false);
    assert.ok(r.commandsSent.includes('AUTH'));
    t.diagnostic(`hardened as admin: ${r.roundTrips} round trips, ${r.commandsSent.length} commands, ${r.wallTimeMs} ms`);
  });

  test('as the least-privilege auditor user of checks.md: nothing is missing', async () => {
    const r = await runProbes(fx.target('auditor'), OPTS);
    assert.equal(r.aborted, undefined);
    assert.deepEqual(r.notVerified, []);
    assert.ok(r.config && r.aclList && r.dryRun && r.modules && r.clients && r.missingCommands);
  });

  test('as a read-only user: refused steps are not verified, the audit goes on', async () => {
    const r = await runProbes(fx.target('readonly'), OPTS);
    assert.equal(r.aborted, undefined);
    for (const check of [CHECKS.info, CHECKS.config, CHECKS.aclList, CHECKS.modules, CHECKS.clients]) assert.match(reasonOf(r, check), /NOPERM/, check);
    assert.match(reasonOf(r, CHECKS.dryRun), /ACL LIST did not answer/);
    assert.equal(r.config, undefined);
    // COMMAND INFO is in @connection/@slow, which +@read does not cover either.
    assert.ok(r.missingCommands !== undefined || /NOPERM/.test(reasonOf(r, CHECKS.commandInfo)));
  });

  test('without credentials: NOAUTH, and nothing else is tried', async () => {
    const r = await runProbes(fx.target('nobody'), OPTS);
    const anonymous = await runProbes({ host: '127.0.0.1', port: fx.port }, OPTS);
    assert.deepEqual(anonymous.unauthenticated, { ping: 'NOAUTH', hello: 'NOAUTH' });
    assert.deepEqual(anonymous.commandsSent, ['PING', 'HELLO 2']);
    assert.match(reasonOf(anonymous, CHECKS.config), /requires authentication/);
    // A user the server does not know is a refused login.
    assert.match(r.aborted ?? '', /refused the user name or password/);
  });
});

describe('renamed commands', { skip }, () => {
  let fx: RedisFixture;
  before(async () => (fx = await startInsecure({ extraConfig: ['rename-command FLUSHALL ""', 'rename-command CONFIG ""', 'rename-command DEBUG ""'] })));
  after(() => fx?.stop());

  test('COMMAND INFO finds them, CONFIG GET is not verified, DRYRUN says no', async () => {
    const r = await runProbes(fx.target(), OPTS);
    assert.equal(r.aborted, undefined);
    assert.deepEqual(r.missingCommands?.slice().sort(), ['config', 'debug', 'flushall']);
    assert.match(reasonOf(r, CHECKS.config), /does not offer CONFIG GET/);
    assert.equal(r.config, undefined);
    assert.equal(r.dryRun?.default?.FLUSHALL, false);
    assert.equal(r.dryRun?.default?.SHUTDOWN, true);
  });
});

describe('Unix socket instance', { skip }, () => {
  let fx: RedisFixture;
  before(async () => (fx = await startUnixSocket()));
  after(() => fx?.stop());

  test('reached by its socket path', async () => {
    const r = await runProbes(fx.target(), OPTS);
    assert.equal(r.aborted, undefined);
    assert.equal(r.endpoint, `unix:${fx.socket}`);
    assert.equal(r.unauthenticated?.ping, 'PONG');
    assert.equal(r.config?.port, '0');
    assert.equal(r.config?.unixsocketperm, '700');
  });

  test('a missing socket file is a clear, fast failure', async () => {
    const t0 = Date.now();
    const r = await runProbes({ socket: `${fx.dir}/nope.sock` }, OPTS);
    assert.match(r.aborted ?? '', /no Unix socket at/);
    assert.ok(Date.now() - t0 < 1000);
  });
});
