import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { clusterNoMasterauth } from './RCS703-cluster-no-masterauth';
import { assertLoads, fixed, HASH } from './testKit';

test('RCS703 catches cluster nodes with authentication but no replication password', () => {
  spec('RCS703', {
    catches: [
      'cluster-enabled yes\nrequirepass s3cret',
      'cluster-enabled yes\naclfile /etc/redis/users.acl',
      `cluster-enabled yes\nuser default on #${HASH} ~* &* +@all`,
      'cluster-enabled yes\nuser default off',
      'cluster-enabled yes\nrequirepass s3cret\nmasterauth ""',
    ],
    ignores: [
      '',
      'cluster-enabled yes',
      'cluster-enabled yes\nrequirepass s3cret\nmasterauth s3cret',
      'cluster-enabled no\nrequirepass s3cret',
      'requirepass s3cret',
      'cluster-enabled yes\nuser default on nopass ~* &* +@all\nuser admin on >x +@all',
      // A replication user without a password is RCS105's error.
      'cluster-enabled yes\nrequirepass s3cret\nmasteruser repl',
    ],
  });
  // Valkey 8+ calls it primaryauth and still accepts masterauth.
  const valkey = { target: 'valkey-8.0' as const };
  spec('RCS703', {
    catches: ['cluster-enabled yes\nrequirepass s3cret'],
    ignores: ['cluster-enabled yes\nrequirepass s3cret\nmasterauth s3cret', 'cluster-enabled yes\nrequirepass s3cret\nprimaryauth s3cret'],
  }, valkey);
  assert.match(lintWith(clusterNoMasterauth, 'cluster-enabled yes\nrequirepass s3cret', valkey)[0].finding.message, /primaryauth \(masterauth\) is not set/);
});

test('RCS703 fix copies requirepass into the target\'s replication password setting', () => {
  const text = 'cluster-enabled yes\nrequirepass "s3 cret"\n';
  const out = fixed(clusterNoMasterauth, text);
  assert.equal(out, 'cluster-enabled yes\nrequirepass "s3 cret"\nmasterauth "s3 cret"\n');
  assert.equal(lintWith(clusterNoMasterauth, text)[0].finding.fixes![0].safe, false);
  const vk = fixed(clusterNoMasterauth, text, { target: 'valkey-8.0' });
  assert.equal(vk, 'cluster-enabled yes\nrequirepass "s3 cret"\nprimaryauth "s3 cret"\n');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-7.2'] as const) assertLoads(out, t);
  assertLoads(vk, 'valkey-8.0');
  assertLoads(vk, 'valkey-9.0');
});

test('RCS703 offers no fix when the password comes from ACL users', () => {
  for (const text of ['cluster-enabled yes\naclfile /etc/redis/users.acl', `cluster-enabled yes\nuser default on #${HASH} ~* &* +@all`, `cluster-enabled yes\nrequirepass s3cret\nuser default on #${HASH} ~* &* +@all`]) {
    const [r] = lintWith(clusterNoMasterauth, text);
    assert.deepEqual(r.finding.fixes, []);
  }
});
