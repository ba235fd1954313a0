import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowed } from './allowlist';
import { CHECKS, runProbes, WATCHED_COMMANDS } from './probes';
import { judgeConfig, nearestTarget, parseInfo, parseModules, productOf, REDACTED, summariseClients, summariseHello } from './replyParsers';
import { resp, startScripted } from '../../../test/audit/fixtures';

test('INFO text is split by section', () => {
  const info = parseInfo('# Server\r\nredis_version:6.2.14\r\nos:Linux\r\n\r\n# Replication\r\nrole:master\r\nconnected_slaves:0\r\n');
  assert.deepEqual(info, { server: { redis_version: '6.2.14', os: 'Linux' }, replication: { role: 'master', connected_slaves: '0' } });
  assert.deepEqual(productOf({ redis_version: '7.2.4', valkey_version: '8.0.1', server_name: 'valkey' }), { product: 'valkey', version: '8.0.1' });
  assert.deepEqual(productOf({ redis_version: '7.0.15' }), { product: 'redis', version: '7.0.15' });
});

test('sensitive settings are redacted, reported as set and judged in memory', () => {
  const judged = judgeConfig(['requirepass', 'foobared', 'masterauth', '', 'masteruser', 'replicator', 'tls-key-file-pass', 'c9f1e0b27a4d83f5aa71be209d3c4f6e', 'maxmemory', '0']);
  assert.deepEqual(judged.config, { requirepass: REDACTED, masterauth: '', masteruser: REDACTED, 'tls-key-file-pass': REDACTED, maxmemory: '0' });
  assert.deepEqual(judged.sensitiveSet, { requirepass: true, masterauth: false, masteruser: true, 'tls-key-file-pass': true });
  assert.match(judged.weakSecrets.requirepass ?? '', /well-known/);
  assert.equal(judged.weakSecrets['tls-key-file-pass'], null);
  assert.ok(!('masteruser' in judged.weakSecrets), 'a user name is not a password');
  assert.ok(!JSON.stringify(judged).includes('foobared'));
  assert.ok(!JSON.stringify(judged).includes('replicator'));
});

test('CLIENT LIST is reduced to counts, without the audit itself', () => {
  const text = [
    'id=3 addr=10.1.2.3:5000 laddr=10.0.0.1:6379 fd=8 name=worker user=app flags=N cmd=get',
    'id=4 addr=127.0.0.1:5001 laddr=127.0.0.1:6379 fd=9 name= user=default flags=N cmd=ping',
    'id=5 addr=/tmp/redis.sock:0 laddr=/tmp/redis.sock:0 fd=10 name= user=default flags=U cmd=info',
    'id=6 addr=[2001:db8::1]:5002 laddr=[::]:6379 fd=11 name= user=default flags=N cmd=set',
    'id=7 addr=10.9.9.9:5003 laddr=10.0.0.1:6379 fd=12 name= user=audit flags=N cmd=client|list',
  ].join('\n');
  assert.deepEqual(summariseClients(text), { total: 4, byUser: { app: 1, default: 3 }, external: 2 });
});

test('MODULE LIST and HELLO replies', () => {
  assert.deepEqual(parseModules([['name', 'search', 'ver', 20809, 'path', '/opt/redis/redisearch.so', 'args', []]]), [{ name: 'search', version: '20809', path: '/opt/redis/redisearch.so' }]);
  assert.deepEqual(summariseHello(['server', 'redis', 'version', '6.2.14', 'proto', 2, 'id', 9, 'mode', 'standalone', 'role', 'master', 'modules', []]), {
    text: 'redis 6.2.14 (proto 2, standalone, master)',
    product: 'redis',
    version: '6.2.14',
  });
});

test('the command table of the nearest known line is used', () => {
  assert.equal(nearestTarget('redis', '6.2.14'), 'redis-6.2');
  assert.equal(nearestTarget('redis', '7.0.99'), 'redis-7.0');
  assert.equal(nearestTarget('valkey', '8.0.1'), 'valkey-8.0');
  assert.equal(nearestTarget('redis', '5.0.7'), 'redis-6.0');
  assert.ok(WATCHED_COMMANDS.includes('flushall') && WATCHED_COMMANDS.includes('eval'));
});

/** A Redis 6.2 as a scripted fake: one INFO section per call, no ACL DRYRUN. */
function redis62(argv: string[]): string {
  const [cmd, sub] = [argv[0].toUpperCase(), (argv[1] ?? '').toUpperCase()];
  if (cmd === 'PING') return resp.simple('PONG');
  if (cmd === 'HELLO') return resp.array(['server', 'redis', 'version', '6.2.14', 'proto', ':2\r\n', 'mode', 'standalone', 'role', 'master'].map((x) => (x.startsWith(':') ? x : resp.bulk(x))));
  if (cmd === 'INFO') return argv.length > 2 ? resp.error('ERR syntax error') : resp.bulk(`# ${argv[1]}\r\nredis_version:6.2.14\r\n`);
  if (cmd === 'CONFIG') return resp.array(['requirepass', 'hunter2', 'bind', '0.0.0.0'].map(resp.bulk));
  if (cmd === 'ACL' && sub === 'LIST') return resp.array([resp.bulk('user default on #abc ~* &* +@all')]);
  if (cmd === 'COMMAND') return resp.array(argv.slice(2).map((n) => (n === 'flushall' ? resp.array(null) : resp.array([resp.bulk(n)]))));
  if (cmd === 'MODULE') return resp.array([]);
  if (cmd === 'CLIENT') return resp.bulk('id=1 addr=127.0.0.1:1 user=default flags=N cmd=client\n');
  return resp.error(`ERR unknown command '${argv[0]}'`);
}

test('an older server: INFO one section at a time, no ACL DRYRUN, renamed commands found', async () => {
  const server = await startScripted(redis62);
  try {
    const r = await runProbes({ port: server.port }, { stepTimeoutMs: 1000 });
    assert.equal(r.aborted, undefined);
    assert.equal(r.version, '6.2.14');
    assert.deepEqual(Object.keys(r.info).sort(), ['clients', 'memory', 'replication', 'server', 'stats']);
    assert.ok(!server.received.some((a) => a[0] === 'INFO' && a.length > 2), 'the HELLO version says 6.2: no multi-section INFO');
    assert.ok(!server.received.some((a) => a[1] === 'DRYRUN'));
    assert.ok(r.notVerified.some((n) => n.check === CHECKS.dryRun && /7\.0 or later/.test(n.reason)));
    assert.deepEqual(r.missingCommands, ['flushall']);
    assert.ok(!server.received.flat().includes('eval_ro'), 'commands 6.2 never had are not asked about');
    assert.equal(r.config?.requirepass, REDACTED);
    assert.ok(server.received.every((a) => isAllowed(a)));
    assert.equal(r.roundTrips, server.received.length);
  } finally {
    await server.close();
  }
});

/** A managed service: CONFIG, DRYRUN and MODULE blocked, CLIENT LIST not permitted. */
function managed(argv: string[]): string {
  const [cmd, sub] = [argv[0].toUpperCase(), (argv[1] ?? '').toUpperCase()];
  if (cmd === 'PING') return resp.error('NOAUTH Authentication required.');
  if (cmd === 'HELLO') return resp.error('NOAUTH HELLO must be called with the client already authenticated');
  if (cmd === 'AUTH') return resp.simple('OK');
  if (cmd === 'INFO') return resp.bulk('# Server\r\nredis_version:7.0.7\r\n# Clients\r\nconnected_clients:3\r\n');
  if (cmd === 'ACL' && sub === 'LIST') return resp.array([resp.bulk('user default on #abc ~* &* +@all -config')]);
  if (cmd === 'ACL') return resp.error(`ERR unknown subcommand '${argv[1]}'. Try ACL HELP.`);
  if (cmd === 'COMMAND') return resp.array(argv.slice(2).map((n) => resp.array([resp.bulk(n)])));
  if (cmd === 'CLIENT') return resp.error("NOPERM this user has no permissions to run the 'client|list' command");
  return resp.error(`ERR unknown command '${argv[0]}', with args beginning with: `);
}

test('a managed service: blocked commands are listed as not verified, the rest goes on', async () => {
  const server = await startScripted(managed);
  try {
    const r = await runProbes({ port: server.port, password: 'managed-secret-value' }, { stepTimeoutMs: 1000 });
    assert.equal(r.aborted, undefined);
    assert.deepEqual(r.unauthenticated, { ping: 'NOAUTH', hello: 'NOAUTH' });
    assert.equal(r.config, undefined);
    const reason = (check: string) => r.notVerified.find((n) => n.check === check)?.reason ?? '';
    assert.match(reason(CHECKS.config), /does not offer CONFIG GET/);
    assert.match(reason(CHECKS.dryRun), /does not offer ACL DRYRUN/);
    assert.match(reason(CHECKS.modules), /does not offer MODULE LIST/);
    assert.match(reason(CHECKS.clients), /NOPERM/);
    assert.equal(r.aclList?.length, 1);
    assert.deepEqual(r.missingCommands, []);
    assert.equal(r.info.clients?.connected_clients, '3');
    assert.ok(!JSON.stringify(r).includes('managed-secret-value'));
    assert.ok(r.commandsSent.includes('AUTH'));
  } finally {
    await server.close();
  }
});

test('no credentials against a server that wants them: the rest is not verified, nothing more is sent', async () => {
  const server = await startScripted(managed);
  try {
    const r = await runProbes({ port: server.port }, { stepTimeoutMs: 1000 });
    assert.deepEqual(server.received.map((a) => a[0]), ['PING', 'HELLO']);
    assert.ok(r.notVerified.some((n) => n.check === CHECKS.config && /requires authentication/.test(n.reason)));
  } finally {
    await server.close();
  }
});
