/**
 * `redis-conf-lint audit` in process: exit codes, formats and the no-secret guarantee with
 * scripted probe results, then end to end against real redis-server processes (test/audit
 * fixtures: started on 127.0.0.1 with free ports and temp dirs, stopped by PID).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, hasRedisServer, RedisFixture, startHardened, startHostile, startInsecure, startTls, startUnixSocket } from '../../../test/audit/fixtures';
import { probeResults } from '../audit/analyzeTestKit';
import type { AuditReport, ProbeResults } from '../audit/types';
import { sarifShapeProblems } from './sarifShape';
import { runAuditCli } from './audit';
import { main } from '../cli';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function audit(argv: string[], opts: { env?: Record<string, string>; probe?: () => Promise<ProbeResults> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runAuditCli(argv, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env: opts.env ?? {},
    cwd: '/',
    ...(opts.probe ? { probe: opts.probe } : {}),
  });
  return { code, stdout, stderr };
}

const scripted = (over: Parameters<typeof probeResults>[0] = {}) => async () => probeResults(over);

test('exit codes follow --fail-on', async () => {
  const clean = scripted({ version: '7.4.11', info: { server: { redis_version: '7.4.11' } }, configOver: { maxmemory: '1073741824', 'maxmemory-clients': '5%', 'client-output-buffer-limit': 'normal 268435456 67108864 60 slave 268435456 67108864 60 pubsub 33554432 8388608 60' } });
  assert.equal((await audit(['127.0.0.1:6379'], { probe: clean })).code, 0);
  const open = scripted({ unauthenticated: { ping: 'PONG' }, aclList: ['user default on nopass ~* &* +@all'] });
  const r = await audit(['127.0.0.1:6379'], { probe: open });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /error    RCS901  unauthenticated-access/);
  const warnOnly = scripted({ version: '7.4.11', info: { server: {} } });
  assert.equal((await audit(['127.0.0.1:6379'], { probe: warnOnly })).code, 0);
  assert.equal((await audit(['127.0.0.1:6379', '--fail-on', 'warning'], { probe: warnOnly })).code, 1);
  assert.equal((await audit(['127.0.0.1:6379', '--rule', 'RCS901=off', '--rule', 'RCS201=off', '--rule', 'RCS203=off', '--rule', 'RCS801=off', '--rule', 'RCS802=off'], { probe: open })).code, 0);
});

test('usage and connection errors exit with 2 and a clear message', async () => {
  const usage = await audit([]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /^redis-conf-lint audit: audit needs a server.*\nTry 'redis-conf-lint audit --help'\.\n$/s);
  const refused = await audit(['127.0.0.1:1'], { probe: async () => ({ ...probeResults(), unauthenticated: undefined, info: {}, config: undefined, aclList: undefined, aborted: 'Connection refused by 127.0.0.1:1: nothing listens there.' }) });
  assert.equal(refused.code, 2);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /Connection refused by 127\.0\.0\.1:1/);
  const thrown = await audit(['127.0.0.1:1'], { probe: async () => Promise.reject(new Error('boom')) });
  assert.deepEqual([thrown.code, thrown.stderr], [2, 'redis-conf-lint audit: boom\n']);
  const missing = await audit(['127.0.0.1:1', '--config', '/no/such/redis.conf'], { probe: scripted() });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read config '\/no\/such\/redis\.conf': ENOENT/);
  const help = await audit(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: redis-conf-lint audit <server>/);
});

test('a partial audit prints its report and exits with 2', async () => {
  const r = await audit(['127.0.0.1:6379', '--format', 'json'], { probe: scripted({ aborted: 'The server did not answer CLIENT LIST within 5000 ms.' }) });
  assert.equal(r.code, 2);
  assert.equal((JSON.parse(r.stdout) as AuditReport).aborted, 'The server did not answer CLIENT LIST within 5000 ms.');
  assert.match(r.stderr, /stopped early/);
});

test('the password is never printed, even when the server echoes it', async () => {
  const secret = 'pa55word-from-the-environment';
  const echo = async () => ({ ...probeResults(), notVerified: [{ check: 'INFO', reason: `ERR unknown command 'AUTH ${secret}'` }], aborted: `server said ${secret}` });
  for (const format of ['text', 'json', 'sarif', 'markdown']) {
    const r = await audit(['127.0.0.1:6379', '--user', 'app', '--password-env', 'PW', '--format', format], { env: { PW: secret }, probe: echo });
    assert.equal(r.stdout.includes(secret) || r.stderr.includes(secret), false, format);
    assert.ok(r.stdout.length > 0);
  }
  const url = await audit([`redis://app:${secret}@127.0.0.1:6379`], { probe: echo });
  assert.match(url.stderr, /warning: the password was taken from the URL/);
  assert.equal(url.stdout.includes(secret) || url.stderr.includes(secret), false);
});

test('formats: json is the report, markdown and sarif render it', async () => {
  const probe = scripted({ unauthenticated: { ping: 'PONG' }, aclList: ['user default on nopass ~* &* +@all'] });
  const json = JSON.parse((await audit(['127.0.0.1:6379', '--format', 'json'], { probe })).stdout) as AuditReport;
  assert.equal(json.endpoint, '127.0.0.1:6379');
  assert.ok(json.findings.some((f) => f.id === 'RCS901'));
  assert.match((await audit(['127.0.0.1:6379', '--format', 'markdown'], { probe })).stdout, /^# Live audit of 127\.0\.0\.1:6379\n/);
  const dir = mkdtempSync(join(tmpdir(), 'rcl-audit-'));
  try {
    const conf = join(dir, 'redis.conf');
    writeFileSync(conf, 'bind 127.0.0.1 -::1\nprotected-mode yes\n');
    const sarif = JSON.parse((await audit(['127.0.0.1:6379', '--format', 'sarif', '--config', conf], { probe })).stdout);
    assert.deepEqual(sarifShapeProblems(sarif), []);
    assert.equal(sarif.runs[0].results[0].locations[0].logicalLocations[0].name, '127.0.0.1:6379');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('main() sends `audit` to the audit and everything else to the linter', async () => {
  let out = '';
  const io = { out: (t: string) => (out += t), err: () => undefined };
  assert.equal(await main(['audit', '--help'], io), 0);
  assert.match(out, /^Usage: redis-conf-lint audit/);
  out = '';
  assert.equal(await main(['--help'], io), 0);
  assert.match(out, /^Usage: redis-conf-lint \[options\]/);
  assert.match(out, /redis-conf-lint audit <server>/);
});

// ---- End to end against real servers --------------------------------------------------------

const live = { skip: hasRedisServer() ? false : 'redis-server is not installed' };

async function withServer(start: () => Promise<RedisFixture>, body: (f: RedisFixture) => Promise<void>): Promise<void> {
  const f = await start();
  try {
    await body(f);
  } finally {
    await f.stop();
  }
}

function report(r: Run): AuditReport {
  return JSON.parse(r.stdout) as AuditReport;
}

test('live: an insecure server fails the audit, and drift follows its config', live, async () => {
  await withServer(startInsecure, async (f) => {
    const r = await audit([`127.0.0.1:${f.port}`, '--format', 'json', '--config', join(f.dir, 'redis.conf')]);
    assert.equal(r.code, 1, r.stderr);
    const rep = report(r);
    const ids = rep.findings.map((x) => x.id);
    for (const id of ['RCS901', 'RCS201', 'RCS002', 'RCS309']) assert.ok(ids.includes(id), id);
    assert.equal(rep.version, '7.0.15');
    assert.ok(rep.roundTrips > 0 && rep.roundTrips < 50, `${rep.roundTrips} round trips`);
    assert.deepEqual(rep.drift?.filter((d) => d.line !== undefined), [], 'the file the server was started with has no drift');

    const changed = join(f.dir, 'changed.conf');
    const text = readFileSync(join(f.dir, 'redis.conf'), 'utf8') + 'maxmemory 1gb\nprotected-mode yes\n';
    writeFileSync(changed, text);
    const d = report(await audit([`127.0.0.1:${f.port}`, '--format', 'json', '--config', changed]));
    const lines = text.split('\n');
    assert.deepEqual(
      d.drift?.filter((x) => x.line !== undefined).map((x) => [x.setting, lines[x.line!]]),
      [['maxmemory', 'maxmemory 1gb'], ['protected-mode', 'protected-mode yes']],
    );
    assert.ok(d.findings.some((x) => x.id === 'RCS905'));
  });
});

test('live: a hardened server audited as the auditor user; no secret in any output', live, async () => {
  await withServer(startHardened, async (f) => {
    const env = { AUDIT_PW: f.users.auditor };
    const args = [`redis://127.0.0.1:${f.port}`, '--user', 'auditor', '--password-env', 'AUDIT_PW'];
    const r = await audit([...args, '--format', 'json'], { env });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const rep = report(r);
    const ids = rep.findings.map((x) => x.id);
    assert.equal(ids.includes('RCS901'), false, 'the default user is off');
    assert.ok(rep.findings.some((x) => x.id === 'RCS102' && /masterauth/.test(x.message)), 'the weak masterauth is found in memory');
    const outputs = [r.stdout, r.stderr];
    for (const format of ['text', 'markdown', 'sarif']) {
      const o = await audit([...args, '--format', format, '--config', join(f.dir, 'redis.conf')], { env });
      outputs.push(o.stdout, o.stderr);
      if (format === 'sarif') assert.deepEqual(sarifShapeProblems(JSON.parse(o.stdout)), []);
    }
    for (const secret of [...Object.values(f.users), ...Object.values(f.secrets)]) {
      for (const text of outputs) assert.equal(text.includes(secret), false, `a secret leaked: ${text.slice(0, 200)}`);
    }
    const wrong = await audit([...args], { env: { AUDIT_PW: 'not-the-password' } });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /redis-conf-lint audit: .+/);
    assert.equal(wrong.stderr.includes('not-the-password'), false);
  });
});

test('live: a Unix socket server', live, async () => {
  await withServer(startUnixSocket, async (f) => {
    const r = await audit([`unix://${f.socket}`, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const rep = report(r);
    assert.equal(rep.endpoint, `unix:${f.socket}`);
    assert.ok(rep.findings.some((x) => x.id === 'RCS901'));
  });
});

test('live: TLS with a CA and a client certificate, and the flagged "do not verify"', live, async () => {
  await withServer(startTls, async (f) => {
    const files = f.certs!;
    const dir = files.dir;
    const clientCert = join(dir, 'cli-client.crt');
    const clientKey = join(dir, 'cli-client.key');
    writeFileSync(clientCert, files.clientCert);
    writeFileSync(clientKey, files.clientKey);
    const base = [`rediss://127.0.0.1:${f.tlsPort}`, '--tls-cert', clientCert, '--tls-key', clientKey, '--format', 'json'];
    const verified = await audit([...base, '--tls-ca', files.files.ca]);
    assert.notEqual(verified.code, 2, verified.stderr);
    assert.equal(report(verified).findings.some((x) => x.id === 'RCS910'), false);
    const insecure = await audit([...base, '--tls-insecure']);
    assert.notEqual(insecure.code, 2, insecure.stderr);
    assert.ok(report(insecure).findings.some((x) => x.id === 'RCS910'));
  });
});

test('live: nothing listening ends with 2 and says why', live, async () => {
  const port = await freePort();
  const started = Date.now();
  const r = await audit([`127.0.0.1:${port}`, '--timeout', '2000']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^redis-conf-lint audit: .*refused/i);
  assert.ok(Date.now() - started < 5000);
});

test('live: endpoints that are not Redis end with 2 within the timeout', live, async () => {
  for (const behaviour of ['silent', 'garbage'] as const) {
    const server = await startHostile(behaviour);
    try {
      const started = Date.now();
      const r = await audit([`127.0.0.1:${server.port}`, '--timeout', '500']);
      assert.equal(r.code, 2, behaviour);
      assert.match(r.stderr, /^redis-conf-lint audit: .+\n/, behaviour);
      assert.ok(Date.now() - started < 5000, `${behaviour} took ${Date.now() - started} ms`);
    } finally {
      await server.close();
    }
  }
});
