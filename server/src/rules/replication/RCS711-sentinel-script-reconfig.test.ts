import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { sentinelScriptReconfig } from './RCS711-sentinel-script-reconfig';
import { assertLoads, fixed } from './testKit';

const sentinel = { kind: 'sentinel' as const };

test('RCS711 catches run-time script changes allowed; ignores the default and odd lines', () => {
  spec('RCS711', {
    catches: ['sentinel deny-scripts-reconfig no', 'sentinel DENY-SCRIPTS-RECONFIG No', 'sentinel deny-scripts-reconfig yes\nsentinel deny-scripts-reconfig no'],
    ignores: ['', 'sentinel deny-scripts-reconfig yes', 'sentinel deny-scripts-reconfig no\nsentinel deny-scripts-reconfig yes', 'sentinel deny-scripts-reconfig', 'sentinel', 'sentinel monitor m 10.0.0.1 6379 2'],
  }, sentinel);
});

test('RCS711 fix rewrites only the value, safely', () => {
  const text = 'port 26379\r\n  sentinel deny-scripts-reconfig no\r\nsentinel monitor m 10.0.0.1 6379 2\r\n';
  const [r] = lintWith(sentinelScriptReconfig, text, sentinel);
  assert.equal(r.diagnostic.severity, 1);
  assert.equal(r.finding.fixes![0].safe, true);
  const out = fixed(sentinelScriptReconfig, text, sentinel);
  assert.equal(out, 'port 26379\r\n  sentinel deny-scripts-reconfig yes\r\nsentinel monitor m 10.0.0.1 6379 2\r\n');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(out, t, true);
});
