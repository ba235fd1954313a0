import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditUsage, parseAuditArgs, parseEndpoint, redactUrl, URL_PASSWORD_WARNING } from './auditArgs';

function ok(argv: string[], env: Record<string, string> = {}) {
  const r = parseAuditArgs(argv, env);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.options;
}

function fails(argv: string[], pattern: RegExp, env: Record<string, string> = {}) {
  const r = parseAuditArgs(argv, env);
  assert.equal(r.ok, false, argv.join(' '));
  if (!r.ok) assert.match(r.error, pattern);
}

test('every way to name a server', () => {
  assert.deepEqual(parseEndpoint('127.0.0.1:6380'), { target: { host: '127.0.0.1', port: 6380 }, tls: false, passwordInUrl: false });
  assert.deepEqual(parseEndpoint('cache.internal'), { target: { host: 'cache.internal', port: 6379 }, tls: false, passwordInUrl: false });
  assert.deepEqual(parseEndpoint('[::1]:7000'), { target: { host: '::1', port: 7000 }, tls: false, passwordInUrl: false });
  assert.deepEqual(parseEndpoint('unix:///run/redis/redis.sock'), { target: { socket: '/run/redis/redis.sock' }, tls: false, passwordInUrl: false });
  assert.deepEqual(parseEndpoint('/run/redis.sock'), { target: { socket: '/run/redis.sock' }, tls: false, passwordInUrl: false });
  assert.deepEqual(parseEndpoint('redis://app:p%40ss@10.0.0.5:6390/0'), { target: { host: '10.0.0.5', port: 6390, username: 'app', password: 'p@ss' }, tls: false, passwordInUrl: true });
  assert.deepEqual(parseEndpoint('rediss://[::1]'), { target: { host: '::1', port: 6379 }, tls: true, passwordInUrl: false });
  for (const bad of ['host:99999', 'a:b:c', 'unix:relative', 'redis://', 'user@host:1', '']) assert.equal(typeof parseEndpoint(bad), 'string', bad);
});

test('the URL password is cut out of messages and earns a warning', () => {
  assert.equal(redactUrl('redis://app:s3cret@h:1'), 'redis://app:***@h:1');
  const o = ok(['redis://app:s3cret@127.0.0.1:6379']);
  assert.equal(o.target.password, 's3cret');
  assert.deepEqual(o.warnings, [URL_PASSWORD_WARNING]);
  const r = parseAuditArgs(['redis://app:s3cret@127.0.0.1:99999'], {});
  assert.ok(!r.ok && !r.error.includes('s3cret'));
});

test('the password comes from an environment variable, never from an option', () => {
  const o = ok(['127.0.0.1:6379', '--user', 'auditor', '--password-env', 'AUDIT_PW'], { AUDIT_PW: 'from-env' });
  assert.deepEqual(o.target, { host: '127.0.0.1', port: 6379, username: 'auditor', password: 'from-env' });
  assert.deepEqual(o.warnings, []);
  fails(['127.0.0.1', '--password-env', 'NOPE'], /environment variable NOPE is not set/);
  fails(['127.0.0.1', '--password', 'x'], /no --password option/);
  fails(['redis://:a@h', '--password-env', 'P'], /given twice/, { P: 'b' });
});

test('TLS options imply TLS and keep their files for the caller to read', () => {
  const o = ok(['10.0.0.5:6380', '--tls-ca', 'ca.pem', '--tls-cert', 'c.pem', '--tls-key', 'k.pem', '--tls-servername', 'cache']);
  assert.deepEqual(o.target.tls, { servername: 'cache' });
  assert.deepEqual(o.tlsFiles, { ca: 'ca.pem', cert: 'c.pem', key: 'k.pem' });
  assert.deepEqual(ok(['h:1', '--tls-insecure']).target.tls, { insecureSkipVerify: true });
  assert.deepEqual(ok(['rediss://h:1']).target.tls, {});
  assert.deepEqual(ok(['h:1', '--tls']).target.tls, {});
  assert.equal(ok(['h:1']).target.tls, undefined);
  fails(['unix:///s', '--tls'], /Unix socket/);
  fails(['h:1', '--tls-cert', 'c.pem'], /go together/);
});

test('output, failure level, timeout, config, rules', () => {
  const o = ok(['h:1', '--format', 'sarif', '--fail-on', 'warning', '--timeout=2500', '--config', 'redis.conf', '--rule', 'RCS901=warning', '--rule', 'maxmemory-unset=off', '--admin-user', 'ops']);
  assert.equal(o.format, 'sarif');
  assert.equal(o.failOn, 'warning');
  assert.equal(o.stepTimeoutMs, 2500);
  assert.equal(o.configPath, 'redis.conf');
  assert.deepEqual(o.severities, { RCS901: 'warning', RCS601: 'off' });
  assert.deepEqual(o.adminUsers, ['ops']);
  assert.equal(ok(['h:1', '--format', 'markdown']).format, 'markdown');
  fails(['h:1', '--format', 'xml'], /unknown format/);
  fails(['h:1', '--fail-on', 'hint'], /unknown level/);
  fails(['h:1', '--timeout', '5s'], /milliseconds/);
  fails(['h:1', '--rule', 'RCS999=off'], /unknown rule/);
  fails(['h:1', '--nope'], /unknown option/);
  fails([], /needs a server/);
  fails(['a:1', 'b:2'], /one server/);
  assert.ok(ok(['--help']).help);
  for (const option of ['--user', '--password-env', '--tls-ca', '--tls-cert', '--tls-key', '--tls-servername', '--tls-insecure', '--timeout', '--config', '--format', '--fail-on']) {
    assert.ok(auditUsage().includes(option), option);
  }
});
