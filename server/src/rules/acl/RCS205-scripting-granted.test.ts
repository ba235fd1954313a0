import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { scriptingGranted } from './RCS205-scripting-granted';

test('RCS205 catches non-admin users that can run Lua', () => {
  spec('RCS205', {
    catches: ['user app on >x ~* +eval', 'user app on >x ~* +@scripting', 'user app on >x ~* +@all -@dangerous', 'user app on >x ~* +@write', 'user app on >x ~* +function|load', 'user app on >x (~* +evalsha)'],
    ignores: ['user app on >x ~* +@all -@scripting', 'user app on >x ~* +get', 'user admin on >x ~* +@all', 'user default on >x ~* +@all', 'user app on >x +script|kill', 'user app off >x +eval', 'port 6379'],
  });
  // 6.2 has no FUNCTION command, so +@write grants no scripting there.
  spec('RCS205', { catches: ['user app on >x ~* +eval'], ignores: ['user app on >x ~* +@write'] }, { target: 'redis-6.2', kind: 'acl' });
});

test('RCS205 is an error on lines without the Lua fixes', () => {
  assert.equal(lintWith(scriptingGranted, 'user app on >x ~* +eval', { target: 'redis-7.0' })[0].diagnostic.severity, 1);
  assert.equal(lintWith(scriptingGranted, 'user app on >x ~* +eval', { target: 'redis-6.0' })[0].diagnostic.severity, 1);
  assert.equal(lintWith(scriptingGranted, 'user app on >x ~* +eval', { target: 'redis-7.2' })[0].diagnostic.severity, 2);
  assert.equal(lintWith(scriptingGranted, 'user app on >x ~* +eval', { target: 'valkey-8.0' })[0].diagnostic.severity, 2);
});

test('RCS205 fix appends -@scripting', () => {
  assert.equal(fixed(scriptingGranted, 'user app on >x ~* +@all -@dangerous\n'), 'user app on >x ~* +@all -@dangerous -@scripting\n');
  assert.equal(fixed(scriptingGranted, 'user app on >x ~* +eval', { kind: 'acl', target: 'redis-6.0' }), 'user app on >x ~* +eval -@scripting');
  assert.deepEqual(lintWith(scriptingGranted, 'user app on >x (~* +eval)')[0].finding.fixes, []);
});
