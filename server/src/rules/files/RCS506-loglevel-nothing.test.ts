import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { loglevelNothing } from './RCS506-loglevel-nothing';
import { assertLoads, fixed, hardenedConfig } from './testKit';

test('RCS506 catches loglevel nothing only', () => {
  spec('RCS506', {
    catches: ['loglevel nothing', 'loglevel NOTHING', 'loglevel notice\nloglevel nothing'],
    ignores: [hardenedConfig(), 'loglevel notice', 'loglevel warning', 'loglevel debug', 'loglevel nothing\nloglevel notice', 'loglevel'],
  });
});

test('RCS506 fix restores notice, safely', () => {
  const text = 'port 6379\nloglevel nothing\n';
  const [r] = lintWith(loglevelNothing, text);
  assert.equal(r.diagnostic.severity, 3);
  assert.equal(r.finding.fixes![0].safe, true);
  const out = fixed(loglevelNothing, text);
  assert.equal(out, 'port 6379\nloglevel notice\n');
  assertLoads(out, 'redis-7.2');
  assertLoads(out, 'valkey-8.0');
});
