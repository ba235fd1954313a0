/**
 * The read-only proof: around an audit, the server's own counters (INFO commandstats) may only
 * grow for commands on the allow-list, by exactly the commands the audit says it sent; the data
 * set, CONFIG GET *, the ACL users and the unsaved-changes counter stay the same, and so does the
 * ACL log unless the audit user is refused a probe (the server logs each refusal: the one trace
 * an audit with too few rights leaves).
 * And the no-secret proof: no password shows in the results, the progress messages or anything
 * printed while the audit runs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '@redis/client';
import { isAllowedStatName, READ_ONLY_COMMANDS } from '../../server/src/audit/allowlist';
import { runProbes } from '../../server/src/audit/probes';
import { pairs, parseInfo } from '../../server/src/audit/replyParsers';
import type { ConnectionTarget, ProbeResults } from '../../server/src/audit/types';
import { hasRedisServer, startHardened, startInsecure, type RedisFixture } from './fixtures';

const skip = !hasRedisServer() && 'redis-server is not installed';
const OPTS = { stepTimeoutMs: 3000 };

type Client = ReturnType<typeof adminClient>;

/** The test's own connection, made so that it sends nothing unasked either. */
function adminClient(fx: RedisFixture) {
  const t = fx.target('admin');
  return createClient({
    RESP: 2,
    socket: { host: '127.0.0.1', port: fx.port!, reconnectStrategy: false },
    username: t.username,
    password: t.password,
    disableClientInfo: true,
    maintNotifications: 'disabled',
  });
}

const run = (c: Client, ...argv: string[]) => c.sendCommand(argv);

async function seed(c: Client): Promise<void> {
  await run(c, 'SET', 'app:greeting', 'hello');
  await run(c, 'HSET', 'app:user:1', 'name', 'Ada', 'role', 'admin');
  await run(c, 'RPUSH', 'app:queue', 'a', 'b', 'c');
  await run(c, 'SADD', 'app:tags', 'x', 'y');
}

/** Everything an audit must leave as it found it. */
async function state(c: Client) {
  return {
    dbsize: await run(c, 'DBSIZE'),
    greeting: await run(c, 'GET', 'app:greeting'),
    user: await run(c, 'HGETALL', 'app:user:1'),
    queue: await run(c, 'LRANGE', 'app:queue', '0', '-1'),
    tags: ((await run(c, 'SMEMBERS', 'app:tags')) as unknown as string[]).sort(),
    keyspace: parseInfo(String(await run(c, 'INFO', 'keyspace'))).keyspace,
    config: pairs(await run(c, 'CONFIG', 'GET', '*')),
    acl: await run(c, 'ACL', 'LIST'),
    unsaved: parseInfo(String(await run(c, 'INFO', 'persistence'))).persistence?.rdb_changes_since_last_save,
  };
}

/** ACL LOG entries as "user reason object" (a refused command is logged, see proveReadOnly). */
async function aclLog(c: Client): Promise<string[]> {
  const entries = (await run(c, 'ACL', 'LOG')) as unknown as unknown[];
  return entries.map((e) => {
    const p = pairs(e);
    return `${p.username} ${p.reason} ${p.object} x${p.count}`;
  });
}

/** INFO commandstats -> "config|get" -> calls + rejected_calls (failed_calls are part of calls). */
async function commandStats(c: Client): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const [key, value] of Object.entries(parseInfo(String(await run(c, 'INFO', 'commandstats'))).commandstats ?? {})) {
    const fields = Object.fromEntries(value.split(',').map((kv) => kv.split('=')));
    out.set(key.replace(/^cmdstat_/, ''), Number(fields.calls ?? 0) + Number(fields.rejected_calls ?? 0));
  }
  return out;
}

const CONTAINERS = new Set(READ_ONLY_COMMANDS.filter((c) => c.subcommands).map((c) => c.command));

/** "CONFIG GET *" -> "config|get", as commandstats names it. */
function statName(sent: string): string {
  const [cmd, sub] = sent.split(' ');
  return CONTAINERS.has(cmd) ? `${cmd}|${sub}`.toLowerCase() : cmd.toLowerCase();
}

/**
 * Runs an audit between two snapshots and checks the proof. The test connection's only command
 * between the snapshots is the first INFO commandstats itself, which the second one counts.
 */
async function proveReadOnly(fx: RedisFixture, target: ConnectionTarget): Promise<{ results: ProbeResults; aclLogAdded: string[] }> {
  const c = adminClient(fx);
  c.on('error', () => undefined);
  await c.connect();
  try {
    await seed(c);
    const stateBefore = await state(c);
    const logBefore = await aclLog(c);
    const statsBefore = await commandStats(c);
    const results = await runProbes(target, OPTS);
    const statsAfter = await commandStats(c);
    const stateAfter = await state(c);
    const logAfter = await aclLog(c);

    const ran = new Map<string, number>();
    for (const [name, n] of statsAfter) {
      const delta = n - (statsBefore.get(name) ?? 0) - (name === 'info' ? 1 : 0);
      if (delta > 0) ran.set(name, delta);
    }
    for (const name of ran.keys()) assert.ok(isAllowedStatName(name), `the server ran ${name}, which is not on the allow-list`);
    const claimed = new Map<string, number>();
    for (const sent of results.commandsSent) claimed.set(statName(sent), (claimed.get(statName(sent)) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries([...ran].sort()), Object.fromEntries([...claimed].sort()), 'commandstats and commandsSent agree');

    assert.deepEqual(stateAfter, stateBefore);
    return { results, aclLogAdded: logAfter.filter((e) => !logBefore.includes(e)) };
  } finally {
    c.destroy();
  }
}

describe('read-only proof', { skip }, () => {
  let insecure: RedisFixture;
  let hardened: RedisFixture;
  before(async () => {
    [insecure, hardened] = await Promise.all([startInsecure(), startHardened()]);
  });
  after(async () => {
    await Promise.all([insecure?.stop(), hardened?.stop()]);
  });

  test('insecure instance, audited without credentials', async () => {
    const { results: r, aclLogAdded } = await proveReadOnly(insecure, insecure.target());
    assert.equal(r.aborted, undefined);
    assert.ok(r.commandsSent.length > 10);
    assert.deepEqual(aclLogAdded, []);
  });

  test('hardened instance, audited as admin and as the auditor user', async () => {
    for (const user of ['admin', 'auditor']) {
      const { results: r, aclLogAdded } = await proveReadOnly(hardened, hardened.target(user));
      assert.equal(r.aborted, undefined);
      assert.deepEqual(r.notVerified, []);
      assert.deepEqual(aclLogAdded, [], 'nothing refused, nothing logged');
    }
  });

  test('hardened instance, audited as a user most probes are refused to', async () => {
    const { results: r, aclLogAdded } = await proveReadOnly(hardened, hardened.target('readonly'));
    const refused = r.notVerified.filter((n) => /NOPERM/.test(n.reason));
    assert.ok(refused.length > 0);
    // The one trace the audit cannot avoid: the server logs each refused command in ACL LOG.
    assert.equal(aclLogAdded.length, refused.length, aclLogAdded.join('; '));
    for (const entry of aclLogAdded) {
      const [user, reason, object] = entry.split(' ');
      assert.equal(user, 'readonly');
      assert.equal(reason, 'command');
      assert.ok(isAllowedStatName(object), object);
    }
  });

  test('no secret in the results, the progress messages or anything printed', async () => {
    const printed: string[] = [];
    const progress: string[] = [];
    const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
    const stderrWrite = process.stderr.write.bind(process.stderr);
    const capture = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
    Object.assign(console, { log: capture, warn: capture, error: capture, info: capture, debug: capture });
    process.stderr.write = ((chunk: unknown) => (printed.push(String(chunk)), true)) as typeof process.stderr.write;
    let results: ProbeResults[];
    try {
      results = [
        await runProbes(hardened.target('admin'), { ...OPTS, onProgress: (m) => progress.push(m) }),
        await runProbes({ ...hardened.target('admin'), password: `${hardened.users.admin}-wrong` }, { ...OPTS, onProgress: (m) => progress.push(m) }),
        await runProbes(hardened.target('auditor'), { ...OPTS, onProgress: (m) => progress.push(m) }),
      ];
    } finally {
      Object.assign(console, originals);
      process.stderr.write = stderrWrite;
    }
    const everything = [JSON.stringify(results), ...progress, ...printed].join('\n');
    for (const secret of [...Object.values(hardened.users), ...Object.values(hardened.secrets)]) {
      assert.ok(!everything.includes(secret), `a secret (${secret.length} characters) leaked`);
    }
    assert.equal(results[0].config?.masterauth, '<redacted>');
    assert.ok(progress.length > 10);
  });
});
