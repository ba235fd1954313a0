import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { scriptTimeUnbounded } from './RCS608-script-time-unbounded';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS608 catches a disabled or over-long busy threshold', () => {
  spec('RCS608', {
    catches: ['busy-reply-threshold 0', 'busy-reply-threshold 120000', 'lua-time-limit 0', 'lua-time-limit 60001'],
    ignores: [hardenedConfig(), 'port 6379', 'busy-reply-threshold 5000', 'lua-time-limit 60000', 'busy-reply-threshold 1', 'busy-reply-threshold abc'],
  });
  spec('RCS608', { catches: ['lua-time-limit 0', 'lua-time-limit 100000'], ignores: ['lua-time-limit 5000', 'port 6379'] }, { target: 'redis-6.2' });
});

test('RCS608 fix restores 5000 and keeps the name as written', () => {
  const [r] = lintWith(scriptTimeUnbounded, 'lua-time-limit 0\n');
  assert.equal(r.diagnostic.severity, 2);
  assert.match(String(r.diagnostic.message), /SCRIPT KILL/);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.equal(fixed(scriptTimeUnbounded, 'lua-time-limit 0\n'), 'lua-time-limit 5000\n');
  assert.equal(fixed(scriptTimeUnbounded, 'busy-reply-threshold 600000\n'), 'busy-reply-threshold 5000\n');
  assertLoads('busy-reply-threshold 5000\n', 'redis-7.0');
  assertLoads(fixed(scriptTimeUnbounded, 'lua-time-limit 0\n', { target: 'redis-6.0' }), 'redis-6.0');
});
