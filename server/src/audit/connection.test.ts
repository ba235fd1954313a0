import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorReply } from '@redis/client';
import { AuditError, commandLabel, describeEndpoint, openConnection, type CommandLog } from './connection';
import { scrub, toAuditError, type ErrorContext } from './connectionErrors';
import { resp, startScripted } from '../../../test/audit/fixtures';

const ctx: ErrorContext = { endpoint: '10.0.0.5:6379', label: 'CONFIG GET', tls: false, stepTimeoutMs: 1000, secrets: ['s3cr3t-pw'] };

test('endpoints are described without credentials', () => {
  assert.equal(describeEndpoint({ host: '10.0.0.5', port: 6380, username: 'admin', password: 'pw' }), '10.0.0.5:6380');
  assert.equal(describeEndpoint({}), '127.0.0.1:6379');
  assert.equal(describeEndpoint({ host: '::1', port: 7000 }), '[::1]:7000');
  assert.equal(describeEndpoint({ socket: '/run/redis.sock', password: 'pw' }), 'unix:/run/redis.sock');
  assert.equal(describeEndpoint({ host: 'cache.example', tls: {} }), 'cache.example:6379');
});

test('command labels keep the subcommand and drop arguments', () => {
  assert.equal(commandLabel(['config', 'get', '*']), 'CONFIG GET');
  assert.equal(commandLabel(['AUTH', 'admin', 'pw']), 'AUTH');
  assert.equal(commandLabel(['PING']), 'PING');
});

test('server error replies map to short sentences', () => {
  const reply = (text: string) => toAuditError(new ErrorReply(text), ctx);
  assert.equal(reply('WRONGPASS invalid username-password pair or user is disabled.').kind, 'auth');
  assert.equal(reply('NOAUTH Authentication required.').kind, 'noauth');
  assert.equal(reply("NOPERM this user has no permissions to run the 'config|get' command").kind, 'noperm');
  assert.equal(reply('DENIED Redis is running in protected mode because ...').kind, 'denied');
  const managed = reply("ERR unknown command 'CONFIG', with args beginning with: 'GET' '*'");
  assert.equal(managed.kind, 'unavailable');
  assert.match(managed.message, /CONFIG GET.*renamed, disabled/);
  assert.equal(reply("ERR unknown subcommand 'DRYRUN'. Try ACL HELP.").kind, 'unavailable');
  assert.ok(!reply('NOAUTH x').fatal);
});

test('network and TLS failures map to short sentences', () => {
  const net = (code: string) => toAuditError(Object.assign(new Error(`connect ${code}`), { code }), { ...ctx, label: undefined });
  assert.match(net('ECONNREFUSED').message, /refused the connection/);
  assert.match(net('ENOTFOUND').message, /could not be resolved/);
  assert.match(net('SELF_SIGNED_CERT_IN_CHAIN').message, /not trusted/);
  assert.match(net('UNABLE_TO_GET_ISSUER_CERT_LOCALLY').message, /not trusted/);
  assert.match(net('ERR_TLS_CERT_ALTNAME_INVALID').message, /not issued for this host/);
  assert.match(net('ERR_SSL_WRONG_VERSION_NUMBER').message, /does not seem to use TLS/);
  assert.match(net('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED').message, /client certificate/);
  assert.match(net('ERR_OSSL_PEM_NO_START_LINE').message, /TLS settings .* could not be used/);
  for (const code of ['ECONNREFUSED', 'SELF_SIGNED_CERT_IN_CHAIN', 'ECONNRESET']) assert.ok(net(code).fatal, code);
  assert.equal(toAuditError(new Error('Unknown RESP type 72 "H"'), ctx).kind, 'not-redis');
});

test('secrets are cut out of any quoted server text', () => {
  const e = toAuditError(new ErrorReply("ERR odd reply mentioning 's3cr3t-pw' twice: s3cr3t-pw"), ctx);
  assert.equal(e.kind, 'server-error');
  assert.ok(!e.message.includes('s3cr3t-pw'), e.message);
  assert.match(e.message, /<redacted>/);
  assert.equal(scrub('a\r\nb', []), 'a b');
  assert.ok(scrub('x'.repeat(500), []).length <= 200);
});

test('the connection sends nothing on its own, and AUTH only when credentials are given', async () => {
  const server = await startScripted(() => resp.simple('OK'));
  try {
    const log: CommandLog = { commandsSent: [], roundTrips: 0 };
    const plain = await openConnection({ port: server.port }, { stepTimeoutMs: 1000 }, log);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(server.received, []);
    await plain.close();
    const authed = await openConnection({ port: server.port, username: 'audit', password: 'pw-1' }, { stepTimeoutMs: 1000 }, log);
    await authed.close();
    assert.deepEqual(server.received, [['AUTH', 'audit', 'pw-1']]);
    assert.deepEqual(log.commandsSent, ['AUTH']);
    assert.equal(log.roundTrips, 1);
  } finally {
    await server.close();
  }
});

test('a command off the list is refused before it is written', async () => {
  const server = await startScripted(() => resp.simple('PONG'));
  try {
    const conn = await openConnection({ port: server.port }, { stepTimeoutMs: 1000 });
    await assert.rejects(conn.command(['FLUSHALL']), (e: unknown) => e instanceof AuditError && e.kind === 'not-allowed');
    await assert.rejects(conn.pipeline([['PING'], ['CONFIG', 'SET', 'dir', '/tmp']]), (e: unknown) => e instanceof AuditError && e.kind === 'not-allowed');
    assert.equal(await conn.command(['PING']), 'PONG');
    await conn.close();
    assert.deepEqual(server.received, [['PING']]);
  } finally {
    await server.close();
  }
});

test('a pipeline is one round trip and each reply settles on its own', async () => {
  const server = await startScripted((argv) => (argv[0] === 'PING' ? resp.simple('PONG') : resp.error('NOPERM no')));
  try {
    const log: CommandLog = { commandsSent: [], roundTrips: 0 };
    const conn = await openConnection({ port: server.port }, { stepTimeoutMs: 1000 }, log);
    const settled = await conn.pipeline([['PING'], ['ACL', 'LIST'], ['PING']]);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.equal(((settled[1] as PromiseRejectedResult).reason as AuditError).kind, 'noperm');
    assert.equal(log.roundTrips, 1);
    assert.equal(log.commandsSent.length, 3);
    await conn.close();
  } finally {
    await server.close();
  }
});

test('a timeout closes the connection and later commands fail at once', async () => {
  const server = await startScripted((argv) => (argv[0] === 'PING' ? undefined : resp.simple('OK')));
  try {
    const conn = await openConnection({ port: server.port }, { stepTimeoutMs: 200 });
    const t0 = Date.now();
    await assert.rejects(conn.command(['PING']), (e: unknown) => e instanceof AuditError && e.kind === 'timeout' && /PING within 200 ms/.test(e.message));
    assert.ok(Date.now() - t0 < 600);
    await assert.rejects(conn.command(['ROLE']), (e: unknown) => e instanceof AuditError && e.kind === 'timeout');
    assert.deepEqual(server.received, [['PING']]);
    await conn.close();
  } finally {
    await server.close();
  }
});
