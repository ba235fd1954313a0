import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { dangerousCommandsGranted } from './RCS204-dangerous-commands-granted';

const SENTINEL = 'user sentinel on >x allchannels +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill';

test('RCS204 catches non-admin users that can run dangerous commands', () => {
  spec('RCS204', {
    catches: ['user app on >x ~app:* +@read +@write', 'user app on >x ~* +config|get', 'user app on >x ~* +@admin', 'user app on >x ~* +flushall', 'user app on >x ~* +@all -@dangerous +keys', 'user app on >x (~* +debug)'],
    ignores: [
      'user admin on >x ~* &* +@all',
      'user app on >x ~app:* resetchannels -@all +@read +@write -@dangerous -@scripting',
      'user default on nopass ~* +@all',
      'user replica on >x +psync +replconf +ping',
      SENTINEL,
      'user app off >x ~* +@all',
      'user app on >x ~* +get +set +client|setname +acl|whoami',
      'port 6379',
    ],
  });
  spec('RCS204', { catches: ['user app on >x ~* +client|kill', 'user app on >x ~* +config|get'], ignores: ['user app on >x ~* +client|setname', 'user app on >x ~* +get'] }, { target: 'redis-6.2', kind: 'acl' });
});

test('RCS204 names the commands and appends -@dangerous as its fix', () => {
  const [r] = lintWith(dangerousCommandsGranted, 'user app on >x ~app:* +@read +flushall');
  assert.match(r.finding.message, /FLUSHALL/);
  assert.match(r.finding.message, /KEYS/);
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 8 } });
  assert.equal(fixed(dangerousCommandsGranted, 'user app on >x ~app:* +@read +@write\n'), 'user app on >x ~app:* +@read +@write -@dangerous\n');
  assert.equal(fixed(dangerousCommandsGranted, 'user app on >x ~app:* +@all', { kind: 'acl', target: 'redis-6.0' }), 'user app on >x ~app:* +@all -@dangerous');
  assert.equal(lintWith(dangerousCommandsGranted, 'user app on >x ~* +@admin')[0].finding.fixes![0].safe, false);
});

test('RCS204 offers no fix when -@dangerous would not remove everything', () => {
  // Selectors are separate permission sets; 6.x first-argument grants survive a category removal.
  assert.deepEqual(lintWith(dangerousCommandsGranted, 'user app on >x (~* +debug)')[0].finding.fixes, []);
  assert.match(lintWith(dangerousCommandsGranted, 'user app on >x (~* +debug)')[0].finding.message, /selector/);
  assert.deepEqual(lintWith(dangerousCommandsGranted, 'user app on >x ~* +config|get', { target: 'redis-6.2' })[0].finding.fixes, []);
});
