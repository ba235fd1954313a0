import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixesOf, passwordModes } from './fixTesting';
import { noAuthentication } from './RCS101-no-authentication';

const HASH = 'a'.repeat(64);
const STRONG = '3f2a9c1e7b4d8a6f0e5c2b9a7d1f4e8c3f2a9c1e7b4d8a6f0e5c2b9a7d1f4e8c';

test('RCS101 catches a config with no password at all; ignores any real authentication', () => {
  spec('RCS101', {
    catches: ['port 6379', 'bind 127.0.0.1\nprotected-mode yes', 'requirepass ""', 'user app on #' + HASH + ' ~* +@all'],
    ignores: [
      `requirepass ${STRONG}`,
      `user default on #${HASH} ~* &* +@all`,
      'user default off',
      'aclfile /etc/redis/users.acl',
      // An explicit nopass default user is RCS201's finding.
      'user default on nopass ~* &* +@all',
    ],
  });
});

test('RCS101 catches an ACL file without a default user; ignores one that defines it', () => {
  spec('RCS101', { catches: [`user app on #${HASH} ~app:* +@read`, ''], ignores: [`user default off\nuser app on #${HASH} ~* +@all`, 'user default on nopass ~*'] }, { kind: 'acl' });
});

test('RCS101 is an error beyond loopback and a warning on loopback or a unix socket only', () => {
  assert.equal(lintWith(noAuthentication, 'port 6379')[0].diagnostic.severity, 1);
  const open = lintWith(noAuthentication, 'bind 0.0.0.0\nprotected-mode no')[0];
  assert.equal(open.diagnostic.severity, 1);
  assert.match(open.finding.message, /protected mode off/);
  assert.equal(lintWith(noAuthentication, 'bind 127.0.0.1 -::1')[0].diagnostic.severity, 2);
  assert.equal(lintWith(noAuthentication, 'port 0\nunixsocket /run/redis/redis.sock')[0].diagnostic.severity, 2);
});

test('RCS101 offers the two generated-password fixes, ACL form first, without edits', () => {
  const fixes = fixesOf(noAuthentication, 'port 6379\n');
  assert.deepEqual(passwordModes(fixes), ['acl-default', 'requirepass']);
  assert.equal(fixes[0].preferred, true);
  assert.match(fixes[0].title, /^Generate a strong password as `user default on #<sha256> \.\.\.`/);
  assert.equal(fixes[1].title, 'Generate a strong password as requirepass');
  assert.deepEqual(passwordModes(fixesOf(noAuthentication, 'port 6379\n', { target: 'redis-6.0' })), ['acl-default', 'requirepass']);
  assert.deepEqual(passwordModes(fixesOf(noAuthentication, 'user app on ~* +@all', { kind: 'acl' })), ['acl-default']);
});

test('RCS101 points at an empty requirepass line, which the fixes replace', () => {
  const [r] = lintWith(noAuthentication, 'port 6379\nrequirepass ""\n');
  assert.equal(r.diagnostic.range.start.line, 1);
  const args = r.finding.fixes!.map((f) => f.command!.arguments[0] as { line: number });
  assert.deepEqual(args.map((a) => a.line), [1, 1]);
});
