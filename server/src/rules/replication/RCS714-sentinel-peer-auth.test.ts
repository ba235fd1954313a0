import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { sentinelPeerAuth } from './RCS714-sentinel-peer-auth';
import { HASH } from './testKit';

const sentinel = { kind: 'sentinel' as const };

test('RCS714 catches password-protected Sentinels without sentinel-pass (6.2+)', () => {
  spec('RCS714', {
    catches: ['requirepass s3cret\nsentinel monitor m 10.0.0.1 6379 2', `user default on #${HASH} ~* &* +@all`, 'aclfile /etc/redis/sentinel.acl', 'requirepass s3cret\nsentinel sentinel-user peer'],
    ignores: ['', 'protected-mode no', 'requirepass s3cret\nsentinel sentinel-pass p3er', 'requirepass ""', 'user default on nopass ~* &* +@all'],
  }, sentinel);
  spec('RCS714', { catches: ['requirepass s3cret'], ignores: [] }, { ...sentinel, target: 'valkey-8.0' });
  // Redis 6.0 has no sentinel-pass: peers can only share requirepass there.
  spec('RCS714', { catches: [], ignores: ['requirepass s3cret'] }, { ...sentinel, target: 'redis-6.0' });
});

test('RCS714 words the two cases differently and points at the password line', () => {
  const [rp] = lintWith(sentinelPeerAuth, 'port 26379\nrequirepass s3cret\n', sentinel);
  assert.equal(rp.diagnostic.severity, 2);
  assert.equal(rp.diagnostic.range.start.line, 1);
  assert.match(rp.finding.message, /its own requirepass/);
  const [acl] = lintWith(sentinelPeerAuth, `port 26379\nuser default on #${HASH} ~* &* +@all\n`, sentinel);
  assert.equal(acl.diagnostic.range.start.line, 1);
  assert.match(acl.finding.message, /without logging in/);
});
