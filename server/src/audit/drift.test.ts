import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeResults } from './analyzeTestKit';
import { computeDrift, DriftResult, normalizeValue } from './drift';
import { buildLiveModel } from './liveModel';
import { getCatalog } from '../catalog';

/** Drift of `text` against a stock server changed by `configOver`. */
function drift(text: string, configOver: Record<string, string> = {}, sensitiveSet?: Record<string, boolean>): DriftResult {
  const live = buildLiveModel(probeResults({ configOver, ...(sensitiveSet ? { sensitiveSet } : {}) }));
  return computeDrift(text, live.running, live.model.catalog, live.sensitive);
}

/** Drift entries that come from lines of the file. */
function fromFile(r: DriftResult) {
  return r.entries.filter((e) => e.line !== undefined);
}

test('values are compared the way the server reads them', () => {
  const c = getCatalog('redis-7.0').directives;
  assert.equal(normalizeValue(c['maxmemory'], ['1gb']), normalizeValue(c['maxmemory'], ['1073741824']));
  assert.notEqual(normalizeValue(c['maxmemory'], ['1g']), normalizeValue(c['maxmemory'], ['1073741824']));
  assert.equal(normalizeValue(c['appendonly'], ['YES']), 'yes');
  assert.equal(normalizeValue(c['notify-keyspace-events'], ['KEA']), normalizeValue(c['notify-keyspace-events'], ['AKE']));
  assert.equal(normalizeValue(c['unixsocketperm'], ['700']), normalizeValue(c['unixsocketperm'], ['0700']));
  assert.equal(normalizeValue(c['maxmemory-clients'], ['5%']), '5%');
});

test('equal values in other spellings are no drift', () => {
  const text = [
    'maxmemory 1gb',
    'appendonly YES',
    'save 3600 1',
    'save 300 100',
    'bind 127.0.0.1 -::1',
    'client-output-buffer-limit replica 256mb 64mb 60',
    'notify-keyspace-events KEA',
    'slaveof 10.0.0.1 6379',
    'unixsocketperm 700',
  ].join('\n');
  const r = drift(text, { maxmemory: '1073741824', appendonly: 'yes', save: '3600 1 300 100', 'notify-keyspace-events': 'AKE', replicaof: '10.0.0.1 6379', unixsocketperm: '700' });
  assert.deepEqual(fromFile(r), []);
});

test('every difference is reported with its line', () => {
  const text = ['# header', 'maxmemory 2gb', 'bind 127.0.0.1', 'save ""', 'client-output-buffer-limit pubsub 64mb 16mb 60', 'protected-mode yes'].join('\n');
  const r = drift(text, { maxmemory: '1073741824', bind: '0.0.0.0', save: '3600 1', 'protected-mode': 'no' });
  const byName = new Map(fromFile(r).map((e) => [e.setting, e]));
  assert.deepEqual(byName.get('maxmemory'), { setting: 'maxmemory', file: '2gb', running: '1073741824', line: 1 });
  assert.deepEqual(byName.get('bind'), { setting: 'bind', file: '127.0.0.1', running: '0.0.0.0', line: 2 });
  assert.equal(byName.get('save')?.line, 3);
  assert.equal(byName.get('client-output-buffer-limit')?.line, 4);
  assert.match(byName.get('client-output-buffer-limit')!.running, /^pubsub 33554432 8388608 60$/);
  assert.equal(byName.get('protected-mode')?.running, 'no');
});

test('settings the file leaves out count when the server runs something else than the default', () => {
  const r = drift('port 6379\n', { 'protected-mode': 'no', replicaof: '203.0.113.9 6379', dir: '/root/.ssh' });
  const pm = r.entries.find((e) => e.setting === 'protected-mode');
  assert.deepEqual(pm, { setting: 'protected-mode', file: 'not in this file (default yes)', running: 'no' });
  assert.ok(r.entries.some((e) => e.setting === 'replicaof' && e.running === '203.0.113.9 6379'));
  assert.equal(r.entries.some((e) => e.setting === 'dir'), false, 'the server fills dir in itself');
  const included = drift('include /etc/redis/extra.conf\n', { 'protected-mode': 'no' });
  assert.match(included.entries.find((e) => e.setting === 'protected-mode')!.file, /includes others/);
});

test('secrets are compared as set / not set only, and never shown', () => {
  const secret = 'correct-horse-battery-staple';
  const r = drift(`requirepass ${secret}\n`, { requirepass: '' }, { requirepass: false });
  assert.deepEqual(fromFile(r), [{ setting: 'requirepass', file: 'set', running: 'not set', line: 0 }]);
  assert.equal(JSON.stringify(r).includes(secret), false);
  const both = drift(`masterauth ${secret}\n`, { masterauth: '<redacted>' }, { masterauth: true });
  assert.deepEqual(fromFile(both), []);
  assert.match(both.notVerified[0].check, /masterauth/);
  assert.equal(JSON.stringify(both).includes(secret), false);
  const runtime = drift('port 6379\n', { requirepass: '<redacted>' }, { requirepass: true });
  assert.deepEqual(runtime.entries.find((e) => e.setting === 'requirepass'), { setting: 'requirepass', file: 'not in this file: not set', running: 'set' });
});

test('a relative dir cannot be compared and says so', () => {
  const r = drift('dir ./\n', { dir: '/var/lib/redis' });
  assert.deepEqual(fromFile(r), []);
  assert.match(r.notVerified[0].reason, /relative path \(line 1\)/);
  const abs = drift('dir /var/lib/redis/\n', { dir: '/var/lib/redis' });
  assert.deepEqual(fromFile(abs), []);
});
