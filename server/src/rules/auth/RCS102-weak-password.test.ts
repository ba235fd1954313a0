import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixesOf, passwordModes } from './fixTesting';
import { weakPassword } from './RCS102-weak-password';

const STRONG = '3f2a9c1e7b4d8a6f0e5c2b9a7d1f4e8c3f2a9c1e7b4d8a6f0e5c2b9a7d1f4e8c';
const EMPTY_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const RANDOM_HASH = 'b'.repeat(64);

test('RCS102 catches weak values in every place a password is written', () => {
  spec('RCS102', {
    catches: [
      'requirepass foobared',
      'requirepass Xk9#mP2$vL7@qR4!',
      'masterauth redis123',
      'user app on >hunter2 ~* +@all',
      `user app on #${EMPTY_HASH} ~* +@all`,
      'requirepass "correct horse battery"',
    ],
    ignores: [
      `requirepass ${STRONG}`,
      `masterauth ${STRONG}`,
      `user app on >${STRONG} ~* +@all`,
      `user app on #${RANDOM_HASH} ~* +@all`,
      'requirepass ""',
      'requirepass ${REDIS_PASSWORD}',
      'user app on <foobared ~* +@all',
    ],
  });
  spec('RCS102', { catches: ['sentinel auth-pass mymaster MySUPER--secret-0123passw0rd', 'sentinel sentinel-pass secret', 'requirepass foobared'], ignores: [`sentinel auth-pass mymaster ${STRONG}`, 'sentinel monitor mymaster 127.0.0.1 6379 2'] }, { kind: 'sentinel' });
  spec('RCS102', { catches: ['user default on >foobared ~* &* +@all'], ignores: [`user default on >${STRONG} ~* &* +@all`] }, { kind: 'acl' });
  spec('RCS102', { catches: ['primaryauth foobared', 'masterauth foobared'], ignores: [`primaryauth ${STRONG}`] }, { target: 'valkey-8.0' });
});

test('RCS102 never repeats the password and points at the value', () => {
  const [r] = lintWith(weakPassword, 'port 6379\nrequirepass foobared');
  assert.doesNotMatch(r.finding.message, /foobared/);
  assert.match(r.finding.message, /password on line 2 \(requirepass\)/);
  assert.deepEqual(r.diagnostic.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } });
  const [u] = lintWith(weakPassword, 'user app on >hunter2 ~*');
  assert.doesNotMatch(u.finding.message, /hunter2/);
});

test('RCS102 is an error under 64 bits and a warning under 128', () => {
  assert.equal(lintWith(weakPassword, 'requirepass foobared')[0].diagnostic.severity, 1);
  assert.equal(lintWith(weakPassword, 'requirepass 3f2a9c1e7b4d8a6f0e5c2b9a7d1f4e8')[0].diagnostic.severity, 2);
});

test('RCS102 offers both generated-password fixes on requirepass, ACL form first', () => {
  assert.deepEqual(passwordModes(fixesOf(weakPassword, 'requirepass foobared')), ['acl-default', 'requirepass']);
  // None where requirepass is overridden anyway: an aclfile, or a user default line.
  assert.deepEqual(fixesOf(weakPassword, 'aclfile /etc/redis/users.acl\nrequirepass foobared'), []);
  assert.deepEqual(fixesOf(weakPassword, 'user default on nopass ~* +@all\nrequirepass foobared'), []);
  assert.deepEqual(passwordModes(fixesOf(weakPassword, 'requirepass foobared', { kind: 'sentinel' })), ['requirepass']);
  // Only the line in effect gets fixes.
  assert.deepEqual(fixesOf(weakPassword, 'requirepass foobared\nrequirepass redis123', {}, 0), []);
});

test('RCS102 offers the ACL form for a default user line only when replacing it keeps its rights', () => {
  assert.deepEqual(passwordModes(fixesOf(weakPassword, 'user default on >foobared ~* &* +@all')), ['acl-default', 'requirepass']);
  assert.deepEqual(passwordModes(fixesOf(weakPassword, 'user default on >foobared allkeys allchannels allcommands', { kind: 'acl' })), ['acl-default']);
  assert.deepEqual(passwordModes(fixesOf(weakPassword, 'user default on >foobared ~* +@all', { target: 'redis-6.0' })), ['acl-default', 'requirepass']);
  assert.deepEqual(fixesOf(weakPassword, 'user default on >foobared ~app:* +@read'), []);
  assert.deepEqual(fixesOf(weakPassword, 'user app on >foobared ~* &* +@all'), []);
  assert.deepEqual(fixesOf(weakPassword, 'masterauth foobared'), []);
});
