import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { aclPubsubAllchannels } from './RCS213-acl-pubsub-allchannels';

const SENTINEL = 'user sentinel on >x allchannels +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill';

test('RCS213 catches acl-pubsub-default allchannels and non-admin users with every channel', () => {
  spec('RCS213', {
    catches: ['acl-pubsub-default allchannels', 'user app on >x ~app:* &* +get', 'user app on >x ~app:* allchannels +subscribe', SENTINEL],
    ignores: [
      'acl-pubsub-default resetchannels',
      'port 6379',
      'user app on >x ~app:* +get',
      'user app on >x &news:* +subscribe',
      'user admin on >x ~app:* &* +get',
      'user app on >x ~* &* +@all',
      'user app off >x &*',
    ],
  });
  spec('RCS213', { catches: ['user app on >x ~app:* &* +get'], ignores: ['user app on >x ~app:* +get'] }, { kind: 'acl' });
  // 6.2: allchannels is the default, which is worth an Information where users are defined.
  spec('RCS213', { catches: ['acl-pubsub-default allchannels', 'user app on >x ~app:* +get', 'aclfile /etc/redis/users.acl'], ignores: ['port 6379', 'acl-pubsub-default resetchannels\nuser app on >x ~app:* +get'] }, { target: 'redis-6.2' });
  spec('RCS213', { catches: [], ignores: ['user app on >x ~* +get', 'port 6379'] }, { target: 'redis-6.0' });
});

test('RCS213 severity: Warning from 7.0, Information for the 6.2 default', () => {
  assert.equal(lintWith(aclPubsubAllchannels, 'acl-pubsub-default allchannels')[0].diagnostic.severity, 2);
  assert.equal(lintWith(aclPubsubAllchannels, 'acl-pubsub-default allchannels', { target: 'redis-6.2' })[0].diagnostic.severity, 3);
  assert.equal(lintWith(aclPubsubAllchannels, 'user app on >x ~app:* +get', { target: 'redis-6.2' })[0].diagnostic.severity, 3);
});

test('RCS213 fixes (not safe)', () => {
  assert.equal(fixed(aclPubsubAllchannels, 'acl-pubsub-default allchannels\n'), 'acl-pubsub-default resetchannels\n');
  assert.equal(fixed(aclPubsubAllchannels, 'user app on >x ~app:* &* +get\n'), 'user app on >x ~app:* resetchannels +get\n');
  assert.equal(fixed(aclPubsubAllchannels, 'port 6379\nuser app on >x ~app:* +get\n', { target: 'redis-6.2' }), 'port 6379\nuser app on >x ~app:* +get\nacl-pubsub-default resetchannels\n');
  assert.equal(fixed(aclPubsubAllchannels, SENTINEL, { kind: 'acl', target: 'redis-6.2' }), SENTINEL.replace('allchannels', 'resetchannels &__sentinel__:*'));
  assert.equal(lintWith(aclPubsubAllchannels, 'acl-pubsub-default allchannels')[0].finding.fixes![0].safe, false);
});
