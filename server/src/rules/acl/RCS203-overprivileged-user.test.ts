import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { overprivilegedUser } from './RCS203-overprivileged-user';

test('RCS203 catches non-admin users holding every command, key and channel', () => {
  spec('RCS203', {
    catches: ['user app on >x ~* &* +@all', 'user app on >x allkeys allchannels allcommands', 'user default on nopass ~* &* +@all', 'user app on >x resetkeys (~* &* +@all)'],
    ignores: [
      // With a password the default user is what requirepass makes of it: RCS309 judges both alike.
      'user default on >x ~* &* +@all',
      `user default on #${'ab'.repeat(32)} ~* &* +@all`,
      'user admin on >x ~* &* +@all',
      'user app on >x ~app:* &* +@all',
      'user app on >x ~* &* +@all -debug',
      'user app on >x ~* +@all',
      'user app off >x ~* &* +@all',
      'port 6379',
      'requirepass s3cret-s3cret-s3cret',
    ],
  });
  // Redis 6.0 has no channel permissions: every user has every channel.
  spec('RCS203', { catches: ['user app on >x ~* +@all'], ignores: ['user app on >x ~a:* +@all'] }, { target: 'redis-6.0' });
  // Redis 6.2 gives users all channels unless acl-pubsub-default says otherwise.
  spec('RCS203', { catches: ['user app on >x ~* +@all'], ignores: ['acl-pubsub-default resetchannels\nuser app on >x ~* +@all'] }, { target: 'redis-6.2' });
  spec('RCS203', { catches: ['user app on >x ~* &* +@all'], ignores: ['user admin on >x ~* &* +@all'] }, { kind: 'acl' });
});

test('RCS203 honours the admin users setting and is an error for a default user without a password', () => {
  const ops = { settings: { adminUsers: ['ops'] } };
  assert.equal(lintWith(overprivilegedUser, 'user ops on >x ~* &* +@all', ops).length, 0);
  assert.equal(lintWith(overprivilegedUser, 'user admin on >x ~* &* +@all', ops).length, 1);
  assert.equal(lintWith(overprivilegedUser, 'user default on nopass ~* &* +@all')[0].diagnostic.severity, 1);
  assert.equal(lintWith(overprivilegedUser, 'user app on >x ~* &* +@all')[0].diagnostic.severity, 2);
});

test('RCS203 fix narrows commands and channels', () => {
  assert.equal(fixed(overprivilegedUser, 'user app on >x ~* &* +@all\n'), 'user app on >x ~* resetchannels +@read +@write -@dangerous\n');
  assert.equal(fixed(overprivilegedUser, 'user app on >x ~* +@all', { kind: 'acl', target: 'redis-6.2' }), 'user app on >x ~* +@read +@write -@dangerous resetchannels');
  assert.equal(fixed(overprivilegedUser, 'user app on allcommands >x ~*', { target: 'redis-6.2' }), 'user app on +@read +@write -@dangerous >x ~* resetchannels');
  assert.equal(fixed(overprivilegedUser, 'user app on >x ~* +@all', { target: 'redis-6.0' }), 'user app on >x ~* +@read +@write -@dangerous');
  // A selector holding everything gets a finding but no automatic edit.
  assert.deepEqual(lintWith(overprivilegedUser, 'user app on >x (~* &* +@all)')[0].finding.fixes, []);
});
