import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from '../auth/fixTesting';
import { pre7NoBuiltinProtection } from './RCS304-pre7-no-builtin-protection';

const HASH = 'a'.repeat(64);
const O60 = { target: 'redis-6.0' as const };
const O62 = { target: 'redis-6.2' as const };

test('RCS304 catches 6.x configs where a non-admin user reaches CONFIG/MODULE/DEBUG/SLAVEOF', () => {
  spec(
    'RCS304',
    {
      catches: ['port 6379', `requirepass ${HASH}`, `user default off\nuser app on #${HASH} ~* &* +@all`, 'user default on nopass ~* +@all -config'],
      ignores: [
        `user default on #${HASH} ~* &* +@all -@dangerous`,
        `user default off\nuser app on #${HASH} ~app:* +@read +@write`,
        `user default off\nuser admin on #${HASH} ~* &* +@all`,
        'rename-command CONFIG ""\nrename-command MODULE ""\nrename-command DEBUG ""\nrename-command SLAVEOF ""\nrename-command REPLICAOF ""',
        'aclfile /etc/redis/users.acl',
      ],
    },
    O62,
  );
  spec('RCS304', { catches: [], ignores: ['port 6379', `user app on #${HASH} ~* +@all`] }, { target: 'redis-7.0' });
  spec('RCS304', { catches: [], ignores: ['port 6379'] }, { target: 'valkey-7.2' });
  spec('RCS304', { catches: [`user app on #${HASH} ~* &* +@all`], ignores: [`user app on #${HASH} ~* &* +@all -@dangerous`] }, { ...O62, kind: 'acl' });
});

test('RCS304 names the users and the commands they reach', () => {
  const [r] = lintWith(pre7NoBuiltinProtection, `user default on nopass ~* +@all -@dangerous\nuser app on #${HASH} ~* +@all -debug -module`, O60);
  assert.match(r.finding.message, /"app" \(CONFIG, SLAVEOF, REPLICAOF\)/);
  assert.doesNotMatch(r.finding.message, /default user/);
});

test('RCS304 fix appends -@dangerous to each user line, and writes out an open implicit default user', () => {
  const text = `user default on nopass ~* +@all\nuser app on #${HASH} ~* +@all\n`;
  assert.equal(fixedBy(pre7NoBuiltinProtection, text, 'Deny', O60), `user default on nopass ~* +@all -@dangerous\nuser app on #${HASH} ~* +@all -@dangerous\n`);
  assert.equal(fixedBy(pre7NoBuiltinProtection, 'port 6379\n', 'Deny', O62), 'port 6379\nuser default on nopass ~* &* +@all -@dangerous\n');
  // With requirepass the default user cannot be written out without the secret: no fix for it.
  assert.deepEqual(lintWith(pre7NoBuiltinProtection, `requirepass ${HASH}`, O62)[0].finding.fixes, []);
});
