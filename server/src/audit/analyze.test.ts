import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../rules/registry';
import { analyze, FILE_ONLY_RULES, liveRules } from './analyze';
import { probeResults } from './analyzeTestKit';
import { buildLiveModel } from './liveModel';
import type { AuditFinding, AuditReport } from './types';

const ids = (r: AuditReport) => r.findings.map((f) => f.id);
const byId = (r: AuditReport, id: string): AuditFinding[] => r.findings.filter((f) => f.id === id);

const INSECURE = {
  configOver: { bind: '0.0.0.0', 'protected-mode': 'no' },
  aclList: ['user default on nopass ~* &* +@all'],
  unauthenticated: { ping: 'PONG', hello: 'server redis' },
};

test('an open server: the file rules and the live checks agree', () => {
  const r = analyze(probeResults(INSECURE));
  for (const id of ['RCS001', 'RCS002', 'RCS201', 'RCS309', 'RCS901']) assert.ok(ids(r).includes(id), id);
  const rcs901 = byId(r, 'RCS901')[0];
  assert.equal(rcs901.severity, 'error');
  assert.match(rcs901.message, /without any credentials got PONG/);
  assert.deepEqual(byId(r, 'RCS001')[0].settings, ['bind']);
  assert.deepEqual(byId(r, 'RCS002')[0].settings, ['protected-mode']);
  assert.deepEqual(byId(r, 'RCS309')[0].settings, ['user']);
  // Sorted by severity, errors first.
  const ranks = r.findings.map((f) => ['error', 'warning', 'info', 'hint'].indexOf(f.severity));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
});

test('a hardened server with a patched version has no errors', () => {
  const r = analyze(
    probeResults({
      version: '7.4.11',
      info: { server: { redis_version: '7.4.11' }, replication: { role: 'master' } },
      configOver: { maxmemory: '1073741824', 'client-output-buffer-limit': 'normal 268435456 67108864 60 slave 268435456 67108864 60 pubsub 33554432 8388608 60', 'maxmemory-clients': '5%' },
    }),
  );
  assert.deepEqual(byId(r, 'RCS901'), []);
  assert.deepEqual(r.findings.filter((f) => f.severity === 'error'), []);
  assert.match(r.target ?? '', /Redis 7\.4 rules/);
});

test('file-only rules are not run; the list names real rules', () => {
  for (const id of Object.keys(FILE_ONLY_RULES)) assert.ok(ALL_RULES.some((r) => r.id === id), id);
  const rules = liveRules(buildLiveModel(probeResults())).map((r) => r.id);
  for (const id of Object.keys(FILE_ONLY_RULES)) assert.equal(rules.includes(id), false, id);
  assert.ok(rules.includes('RCS001'));
  // The file form of RCS102 would judge the secret marker as a weak password.
  const r = analyze(probeResults({ configOver: { requirepass: '<redacted>' }, sensitiveSet: { requirepass: true } }));
  assert.deepEqual(byId(r, 'RCS102'), []);
});

test('weak secrets judged by the probes become RCS102, without the value', () => {
  const r = analyze(
    probeResults({
      configOver: { masterauth: '<redacted>' },
      sensitiveSet: { masterauth: true },
      weakSecrets: { masterauth: 'it is a well-known password (or one with digits or symbols added)', requirepass: null },
    }),
  );
  const weak = byId(r, 'RCS102');
  assert.equal(weak.length, 1);
  assert.equal(weak[0].severity, 'error');
  assert.match(weak[0].message, /running masterauth is weak: it is a well-known password/);
  assert.deepEqual(weak[0].settings, ['masterauth']);
  const mild = analyze(probeResults({ weakSecrets: { requirepass: 'it has about 100 bits of entropy, below the 128 bits of a 32-hex-character random value' } }));
  assert.equal(byId(mild, 'RCS102')[0].severity, 'warning');
});

test('an ACL hash of a well-known password is RCS102', () => {
  // SHA-256 of "password".
  const hash = '5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8';
  const r = analyze(probeResults({ aclList: ['user default off -@all', `user app on #${hash} ~app:* -@all +get`] }));
  const weak = byId(r, 'RCS102');
  assert.equal(weak.length, 1);
  assert.match(weak[0].message, /user "app"/);
  assert.equal(weak[0].message.includes(hash), false);
});

test('ACL DRYRUN verdicts land under the file rules, confirming or adding', () => {
  const r = analyze(
    probeResults({
      aclList: ['user default off -@all', 'user app on #' + 'b'.repeat(64) + ' ~app:* -@all +@read +@write', 'user worker on #' + 'c'.repeat(64) + ' ~* -@all +get', 'user admin on #' + 'd'.repeat(64) + ' ~* +@all'],
      dryRun: {
        app: { FLUSHALL: true, 'CONFIG SET dir /x': false, 'EVAL "return 1" 0': false, 'KEYS x': true },
        // The tool's tables say worker can only GET; the server says otherwise (a module category, say).
        worker: { 'DEBUG SLEEP 0': true, 'MODULE LOAD /x': true },
        admin: { FLUSHALL: true },
      },
      configOver: { 'enable-module-command': 'no', 'enable-debug-command': 'yes' },
    }),
  );
  const app204 = byId(r, 'RCS204').find((f) => f.message.includes('"app"'))!;
  assert.match(app204.message, /ACL DRYRUN confirms on the server: FLUSHALL allowed/);
  assert.match(byId(r, 'RCS610').find((f) => f.message.includes('"app"'))!.message, /DRYRUN confirms on the server: KEYS allowed/);
  const worker = byId(r, 'RCS204').find((f) => f.message.includes('"worker"'))!;
  assert.match(worker.message, /may run DEBUG: ACL DRYRUN on the server allowed it/);
  assert.equal(worker.message.includes('MODULE'), false, 'enable-module-command no blocks MODULE whatever ACL says');
  assert.equal(r.findings.some((f) => f.message.includes('"admin"')), false, 'admins are left alone');
});

test('without CONFIG GET only user rules run, and the rest is not verified', () => {
  const r = analyze(probeResults({ config: undefined, sensitiveSet: undefined, aclList: ['user default on nopass ~* &* +@all', 'user app on nopass ~* +@all'] }));
  assert.ok(ids(r).includes('RCS909'));
  assert.ok(ids(r).includes('RCS202'));
  assert.equal(ids(r).includes('RCS001'), false);
  assert.equal(ids(r).includes('RCS601'), false);
  assert.ok(r.notVerified.some((n) => n.check === 'configuration rules'));
});

test('probe gaps are listed as not verified, never as passed', () => {
  const r = analyze(probeResults({ unauthenticated: undefined, aclList: undefined, dryRun: undefined, modules: undefined, version: undefined, notVerified: [{ check: 'ACL DRYRUN', reason: 'NOPERM' }] }));
  const checks = r.notVerified.map((n) => n.check);
  assert.ok(checks.includes('ACL DRYRUN'));
  assert.equal(checks.filter((c) => /dryrun/i.test(c)).length, 1, 'the probes already said so');
  for (const c of ['ACL users', 'unauthenticated access (RCS901)', 'loaded modules (RCS902)', 'version and CVE checks']) assert.ok(checks.includes(c), c);
});

test('live-only signals: modules, replication, clients, scripts, TLS', () => {
  const r = analyze(
    probeResults({
      tls: true,
      tlsVerified: false,
      modules: [{ name: 'system', path: '/tmp/exp.so' }, { name: 'search', version: '21005' }, { name: 'mystery', path: '/opt/m.so' }],
      info: {
        server: { redis_version: '7.0.15' },
        replication: { role: 'slave', master_host: '203.0.113.7', master_port: '6379', master_link_status: 'up' },
        stats: { acl_access_denied_auth: '250', rejected_connections: '3' },
        memory: { number_of_cached_scripts: '2' },
      },
      clients: { total: 5, byUser: { default: 2, app: 3 }, external: 4 },
    }),
  );
  const m = byId(r, 'RCS902');
  assert.equal(m.find((f) => f.message.includes('"system"'))?.severity, 'error');
  assert.equal(m.find((f) => f.message.includes('"mystery"'))?.severity, 'warning');
  assert.equal(m.find((f) => f.message.includes('search'))?.severity, 'info');
  assert.equal(byId(r, 'RCS903')[0].severity, 'error');
  assert.equal(byId(r, 'RCS906').find((f) => /failed logins/.test(f.message))?.severity, 'warning');
  assert.match(byId(r, 'RCS907')[0].message, /4 of 5 connected clients.*2 connections are logged in as the default user/);
  assert.ok(ids(r).includes('RCS908'));
  assert.ok(ids(r).includes('RCS910'));
  const privateMaster = analyze(probeResults({ info: { server: {}, replication: { role: 'slave', master_host: '10.0.0.5', master_port: '6379' } } }));
  assert.equal(byId(privateMaster, 'RCS903')[0].severity, 'info');
});

test('drift adds RCS905, and RCS904 for a moved dump file', () => {
  const r = analyze(probeResults({ configOver: { dbfilename: 'authorized_keys', 'protected-mode': 'no' } }), { configText: 'dbfilename dump.rdb\nprotected-mode yes\n' });
  assert.deepEqual(
    r.drift?.map((d) => [d.setting, d.line]),
    [['dbfilename', 0], ['protected-mode', 1]],
  );
  assert.equal(byId(r, 'RCS904')[0].severity, 'error');
  assert.deepEqual(byId(r, 'RCS905')[0].settings, ['dbfilename', 'protected-mode']);
  const clean = analyze(probeResults(), { configText: 'bind 127.0.0.1 -::1\n' });
  assert.deepEqual(clean.drift, []);
  assert.deepEqual(byId(clean, 'RCS905'), []);
});

test('severity settings apply to live checks too', () => {
  const r = analyze(probeResults(INSECURE), { rules: { severities: { RCS901: 'off', 'default-user-nopass': 'warning' } } });
  assert.deepEqual(byId(r, 'RCS901'), []);
  assert.equal(byId(r, 'RCS201')[0].severity, 'warning');
});

test('the report carries the run facts and no secret', () => {
  const secret = 'S3cr3t-value-from-a-buggy-probe';
  const now = new Date('2026-01-02T03:04:05.000Z');
  const r = analyze(probeResults({ configOver: { requirepass: secret, masterauth: secret }, sensitiveSet: { requirepass: true }, aborted: 'timed out reading CLIENT LIST' }), { now, configText: `requirepass ${secret}\n` });
  assert.equal(r.startedAt, '2026-01-02T03:04:04.960Z');
  assert.equal(r.roundTrips, 12);
  assert.equal(r.aborted, 'timed out reading CLIENT LIST');
  assert.equal(JSON.stringify(r).includes(secret), false);
});

test('a cut-down CONFIG GET answer is named: missing settings were judged at their defaults', () => {
  const config = probeResults().config!;
  const cut = Object.fromEntries(Object.entries(config).filter(([k]) => k !== 'protected-mode' && k !== 'bind'));
  const r = analyze(probeResults({ config: cut }));
  assert.match(r.notVerified.find((n) => n.check === 'settings CONFIG GET left out')?.reason ?? '', /did not report bind, protected-mode/);
  const empty = analyze(probeResults({ config: {} }));
  assert.ok(empty.findings.some((f) => f.id === 'RCS909'));
});
