import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { maxclientsHigh } from './RCS606-maxclients-high';
import { hardenedConfig } from '../files/testKit';

test('RCS606 catches maxclients above 50000', () => {
  spec('RCS606', {
    catches: ['maxclients 50001', 'maxclients 100000', 'maxclients 4294967295', 'maxclients 1000\nmaxclients 65536'],
    ignores: [hardenedConfig(), 'port 6379', 'maxclients 10000', 'maxclients 50000', 'maxclients 1e6', 'maxclients'],
  });
});

test('RCS606 is Info, on the line, without an edit', () => {
  const [r] = lintWith(maxclientsHigh, 'port 6379\nmaxclients 100000');
  assert.equal(r.diagnostic.severity, 3);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.equal(r.finding.fixes, undefined);
});
