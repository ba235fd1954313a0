import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { queryBufferLarge } from './RCS604-query-buffer-large';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS604 catches query limits above the defaults', () => {
  spec('RCS604', {
    catches: ['client-query-buffer-limit 2gb', 'client-query-buffer-limit 1073741825', 'proto-max-bulk-len 1gb', 'proto-max-bulk-len 600mb', 'client-query-buffer-limit 4GB'],
    ignores: [hardenedConfig(), 'client-query-buffer-limit 1gb', 'client-query-buffer-limit 512mb', 'proto-max-bulk-len 512mb', 'proto-max-bulk-len 536870912', 'proto-max-bulk-len 100mb', 'proto-max-bulk-len lots', 'proto-max-bulk-len'],
  });
});

test('RCS604 reports each directive and restores its default', () => {
  const text = 'client-query-buffer-limit 4gb\nproto-max-bulk-len 1gb\n';
  const results = lintWith(queryBufferLarge, text);
  assert.deepEqual(results.map((r) => r.diagnostic.range.start.line), [0, 1]);
  assert.ok(results.every((r) => r.diagnostic.severity === 2 && r.finding.fixes![0].safe === false));
  const first = fixed(queryBufferLarge, text);
  assert.equal(first, 'client-query-buffer-limit 1gb\nproto-max-bulk-len 1gb\n');
  const both = fixed(queryBufferLarge, first);
  assert.equal(both, 'client-query-buffer-limit 1gb\nproto-max-bulk-len 512mb\n');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(both, t);
});
