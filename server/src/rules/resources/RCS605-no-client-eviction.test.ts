import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { noClientEviction } from './RCS605-no-client-eviction';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS605 catches client memory without a cap (7.0+)', () => {
  spec('RCS605', {
    catches: ['port 6379', 'maxmemory-clients 0', 'maxmemory-clients 0%', 'maxmemory-clients 10%\nmaxmemory-clients 0'],
    ignores: [hardenedConfig(), 'maxmemory-clients 5%', 'maxmemory-clients 64mb', 'maxmemory-clients 1', 'maxmemory-clients nope'],
  });
});

test('RCS605 is silent before 7.0', () => {
  spec('RCS605', { catches: [], ignores: ['port 6379', 'maxmemory-clients 0'] }, { target: 'redis-6.2' });
});

test('RCS605 fix sets a share of maxmemory and says when maxmemory is missing', () => {
  const [r] = lintWith(noClientEviction, 'maxmemory 1gb\nmaxmemory-clients 0\n');
  assert.equal(r.diagnostic.severity, 3);
  assert.doesNotMatch(String(r.diagnostic.message), /set maxmemory as well/);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.match(String(lintWith(noClientEviction, 'maxmemory-clients 0')[0].diagnostic.message), /set maxmemory as well/);
  const out = fixed(noClientEviction, 'maxmemory 1gb\nmaxmemory-clients 0\n');
  assert.equal(out, 'maxmemory 1gb\nmaxmemory-clients 5%\n');
  const inserted = fixed(noClientEviction, 'maxmemory 1gb\n');
  assert.equal(inserted, 'maxmemory 1gb\nmaxmemory-clients 5%\n');
  for (const t of ['redis-7.0', 'redis-8.0', 'valkey-8.0'] as const) assertLoads(inserted, t);
});
