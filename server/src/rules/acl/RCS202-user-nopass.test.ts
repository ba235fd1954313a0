import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { userNopass } from './RCS202-user-nopass';

test('RCS202 catches enabled named users with nopass', () => {
  spec('RCS202', {
    catches: ['user app on nopass ~app:* +get', 'user app nopass on', 'user a on >x\nuser b on nopass ~* +@read'],
    ignores: ['user app off nopass ~*', 'user app on #e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 ~*', 'user default on nopass ~*', 'user app on nopass resetpass', 'user app on nopass >later', 'port 6379'],
  });
  spec('RCS202', { catches: ['user app on nopass +get ~*'], ignores: ['user app on >pw +get ~*'] }, { kind: 'acl' });
});

test('RCS202 points at nopass; its fix turns the user off', () => {
  const [r] = lintWith(userNopass, 'user app on nopass ~app:* +get');
  assert.deepEqual(r.diagnostic.range.start, { line: 0, character: 12 });
  assert.equal(fixed(userNopass, 'user app on nopass ~app:* +get\n'), 'user app off nopass ~app:* +get\n');
  assert.equal(fixed(userNopass, 'user app on nopass ~app:* +get', { kind: 'acl' }), 'user app off nopass ~app:* +get');
});
