import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { defaultUserNopass } from './RCS201-default-user-nopass';

const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

test('RCS201 catches an explicit default user with nopass; ignores the implicit one and passworded or disabled ones', () => {
  spec('RCS201', {
    catches: ['user default on nopass ~* &* +@all', 'user default nopass on +@read ~*', 'bind 127.0.0.1\nuser default on nopass'],
    ignores: ['port 6379', 'requirepass s3cret-s3cret-s3cret', `user default on #${HASH} ~* +@all`, 'user default off nopass ~* +@all', 'user default on nopass >pw ~*', 'user app on nopass ~*'],
  });
  spec('RCS201', { catches: ['user default on nopass ~* &* +@all'], ignores: ['user app on >pw ~*', `user default on #${HASH} ~* &* +@all`] }, { kind: 'acl' });
});

test('RCS201 points at nopass and mentions exposure', () => {
  const [r] = lintWith(defaultUserNopass, 'user default on nopass ~* +@all');
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 22 } });
  assert.match(r.finding.message, /listens beyond loopback/);
  const [local] = lintWith(defaultUserNopass, 'bind 127.0.0.1\nuser default on nopass ~* +@all');
  assert.doesNotMatch(local.finding.message, /beyond loopback/);
});

test('RCS201 fix turns the default user off (not safe)', () => {
  assert.equal(fixed(defaultUserNopass, 'user default on nopass ~* &* +@all\n'), 'user default off nopass ~* &* +@all\n');
  assert.equal(fixed(defaultUserNopass, 'user default on nopass ~* +@all', { kind: 'acl', target: 'redis-6.2' }), 'user default off nopass ~* +@all');
  assert.equal(lintWith(defaultUserNopass, 'user default on nopass')[0].finding.fixes![0].safe, false);
});
