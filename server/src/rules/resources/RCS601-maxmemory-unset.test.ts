import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { maxmemoryUnset } from './RCS601-maxmemory-unset';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS601 catches a missing or zero maxmemory', () => {
  spec('RCS601', {
    catches: ['port 6379', 'maxmemory 0', 'maxmemory 0mb', 'maxmemory 2gb\nmaxmemory 0', ''],
    ignores: [hardenedConfig(), 'maxmemory 1gb', 'maxmemory 100000000', 'maxmemory 0\nmaxmemory 512mb', 'maxmemory banana'],
  });
  spec('RCS601', { catches: [], ignores: ['port 26379'] }, { kind: 'sentinel' });
});

test('RCS601 points at the line or the top, and its placeholder fix is not safe', () => {
  const [set] = lintWith(maxmemoryUnset, 'port 6379\nmaxmemory 0\n');
  assert.equal(set.diagnostic.range.start.line, 1);
  assert.equal(set.diagnostic.severity, 2);
  assert.equal(set.finding.fixes![0].safe, false);
  const [missing] = lintWith(maxmemoryUnset, '# c\nport 6379\n');
  assert.equal(missing.diagnostic.range.start.line, 1);
});

test('RCS601 fix writes maxmemory in place or in MEMORY MANAGEMENT', () => {
  assert.equal(fixed(maxmemoryUnset, 'maxmemory 0\n'), 'maxmemory 1gb\n');
  const text = '############################## MEMORY MANAGEMENT ################################\n\nmaxmemory-policy allkeys-lru\n\n############################# LAZY FREEING ####################################\n';
  const out = fixed(maxmemoryUnset, text);
  assert.equal(out, '############################## MEMORY MANAGEMENT ################################\n\nmaxmemory-policy allkeys-lru\nmaxmemory 1gb\n\n############################# LAZY FREEING ####################################\n');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(out, t);
});
