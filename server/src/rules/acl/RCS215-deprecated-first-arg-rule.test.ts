import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { deprecatedFirstArgRule } from './RCS215-deprecated-first-arg-rule';

test('RCS215 catches +command|arg on commands without subcommands (7.0+)', () => {
  spec('RCS215', {
    catches: ['user app on >x +select|0', 'user app on >x (~x:* +select|1)', 'user app on >x ~* +get +SELECT|0'],
    ignores: ['user app on >x +config|get', 'user app on >x +select', 'user app on >x -@all', 'port 6379', 'user app on >x +@read'],
  });
  spec('RCS215', { catches: ['user app on >x +select|0'], ignores: ['user app on >x +client|kill'] }, { kind: 'acl', target: 'valkey-8.0' });
  // Before 7.0 first-argument grants are the only way to narrow a command.
  spec('RCS215', { catches: [], ignores: ['user app on >x +select|0', 'user app on >x +config|get'] }, { target: 'redis-6.2' });
});

test('RCS215 points at the rule and has no fix', () => {
  const [r] = lintWith(deprecatedFirstArgRule, 'user app on >x +select|0');
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 24 } });
  assert.match(r.finding.message, /SELECT/);
  assert.equal(r.diagnostic.severity, 3);
});
