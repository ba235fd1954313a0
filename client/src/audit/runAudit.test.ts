import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditReport, ProbeResults } from '../../../server/src/audit/types';
import type { AuditEngine } from './engine';
import { REDACTED, errorMessage, isAuthFailure, redact } from './redact';
import { boundAfterAbort, runAudit } from './runAudit';

const SECRET = 'pa"ss\\word-1';

function results(partial: Partial<ProbeResults> = {}): ProbeResults {
  return { endpoint: 'h:1', tls: false, tlsVerified: false, info: {}, commandsSent: [], roundTrips: 1, wallTimeMs: 1, notVerified: [], ...partial };
}

function fakeEngine(over: Partial<AuditEngine> = {}): AuditEngine {
  return {
    runProbes: async () => results(),
    analyze: (r): AuditReport => ({
      endpoint: r.endpoint, startedAt: 't', wallTimeMs: 1, roundTrips: 1, notVerified: [], findings: [{ id: 'RCS102', name: 'weak-password', severity: 'error', message: `weak: ${SECRET}` }],
      ...(r.aborted ? { aborted: r.aborted } : {}),
    }),
    renderMarkdown: (r) => r.findings.map((f) => f.message).join('\n'),
    renderJson: (r) => JSON.stringify(r),
    renderSarif: (r) => JSON.stringify({ results: r.findings }),
    ...over,
  };
}

const target = { host: 'h', port: 1, password: SECRET };

test('redact removes plain, JSON-escaped and URL-encoded forms; short values are left alone', () => {
  assert.equal(redact(`a ${SECRET} b`, [SECRET]), `a ${REDACTED} b`);
  assert.equal(redact(JSON.stringify({ p: SECRET }), [SECRET]), `{"p":"${REDACTED}"}`);
  assert.equal(redact(`redis://u:${encodeURIComponent(SECRET)}@h`, [SECRET]), `redis://u:${REDACTED}@h`);
  assert.equal(redact('a b', ['a', undefined, '']), 'a b');
});

test('errorMessage and isAuthFailure', () => {
  assert.equal(errorMessage(new Error('boom')), 'boom');
  assert.equal(errorMessage('text'), 'text');
  assert.equal(errorMessage(42), 'unknown error');
  assert.ok(isAuthFailure('WRONGPASS invalid username-password pair or user is disabled.'));
  assert.ok(isAuthFailure('NOAUTH Authentication required.'));
  assert.ok(isAuthFailure('The server refused the user name or password.'));
  assert.ok(isAuthFailure('whatever', 'auth'));
  assert.ok(!isAuthFailure('WRONGPASS', 'timeout'));
  assert.ok(!isAuthFailure('connect ECONNREFUSED 127.0.0.1:1'));
});

test('a complete audit: report and three renderings, all without the password', async () => {
  const progress: string[] = [];
  const out = await runAudit(fakeEngine({
    runProbes: async (_t, opts) => {
      opts.onProgress?.(`AUTH with ${SECRET}`);
      return results();
    },
  }), target, { stepTimeoutMs: 100, onProgress: (m) => progress.push(m) });
  assert.equal(out.error, undefined);
  assert.equal(out.cancelled, false);
  assert.ok(out.report && out.rendered);
  const everything = JSON.stringify([out, progress]);
  assert.ok(!everything.includes(SECRET) && !everything.includes(JSON.stringify(SECRET).slice(1, -1)), everything);
  assert.match(out.report.findings[0].message, /«redacted»/);
});

test('partial results are kept with the reason they stopped', async () => {
  const out = await runAudit(fakeEngine({ runProbes: async () => results({ aborted: 'timed out after 100 ms' }) }), target, { stepTimeoutMs: 100 });
  assert.ok(out.report);
  assert.equal(out.error, 'timed out after 100 ms');
});

test('a thrown connection error becomes a redacted message without a report', async () => {
  const out = await runAudit(fakeEngine({ runProbes: async () => { throw new Error(`refused (${SECRET})`); } }), target, { stepTimeoutMs: 100 });
  assert.equal(out.report, undefined);
  assert.equal(out.error, `refused (${REDACTED})`);
});

test('analysis or rendering errors are caught', async () => {
  const out = await runAudit(fakeEngine({ renderSarif: () => { throw new Error('bad'); } }), target, { stepTimeoutMs: 100 });
  assert.match(String(out.error), /could not be analysed: bad/);
});

test('the open config reaches the analysis and the SARIF rendering', async () => {
  let seen: string | undefined;
  let sarifPath: string | undefined;
  await runAudit(fakeEngine({
    analyze: (r, o) => { seen = o?.configText; return fakeEngine().analyze(r); },
    renderSarif: (_r, c) => { sarifPath = c?.path; return '{}'; },
  }), target, { stepTimeoutMs: 100, config: { path: 'conf/redis.conf', text: 'port 1' } });
  assert.equal(seen, 'port 1');
  assert.equal(sarifPath, 'conf/redis.conf');
});

test('the kind of a thrown engine error is kept', async () => {
  const error = Object.assign(new Error('The server refused the user name or password.'), { kind: 'auth' });
  const out = await runAudit(fakeEngine({ runProbes: async () => { throw error; } }), target, { stepTimeoutMs: 100 });
  assert.equal(out.errorKind, 'auth');
});

test('a cancel the engine ignores still ends after one step timeout', async () => {
  const ac = new AbortController();
  const started = Date.now();
  const pending = runAudit(fakeEngine({ runProbes: () => new Promise(() => undefined) }), target, { stepTimeoutMs: 50, signal: ac.signal });
  setTimeout(() => ac.abort(), 10);
  const out = await pending;
  assert.equal(out.cancelled, true);
  assert.match(String(out.error), /cancelled/);
  assert.ok(Date.now() - started < 1000);
});

test('boundAfterAbort passes results through and removes its listener', async () => {
  const ac = new AbortController();
  assert.equal(await boundAfterAbort(Promise.resolve(3), ac.signal, 10), 3);
  await assert.rejects(boundAfterAbort(Promise.reject(new Error('x')), ac.signal, 10), /x/);
  ac.abort();
  await assert.rejects(boundAfterAbort(new Promise(() => undefined), ac.signal, 10), /cancelled/);
  assert.equal(await boundAfterAbort(Promise.resolve(4), undefined, 10), 4);
});
