import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy, fixesOf } from '../auth/fixTesting';
import { dangerousCommandsUnprotected } from './RCS309-dangerous-commands-unprotected';

const HASH = 'a'.repeat(64);
const ACL_FIX = 'Deny dangerous commands to the default user';
const RENAME_FIX = 'Disable dangerous commands with rename-command';

test('RCS309 catches a default user that may run the dangerous commands', () => {
  spec('RCS309', {
    catches: ['port 6379', `requirepass ${HASH}`, `user default on #${HASH} ~* &* +@all`, `user default on #${HASH} ~* +@read +@write`, `user default on #${HASH} ~* +@all -@dangerous +config`],
    ignores: [
      `user default on #${HASH} ~* &* +@all -@dangerous`,
      'user default off',
      'user default on ~* +@all', // nobody can log in as it
      `user default on #${HASH} ~app:* +get +set`,
      'aclfile /etc/redis/users.acl',
      'rename-command FLUSHALL ""\nrename-command FLUSHDB ""\nrename-command KEYS ""\nrename-command CONFIG ""\nrename-command SLAVEOF ""\nrename-command REPLICAOF ""\nrename-command MIGRATE ""',
    ],
  });
  spec('RCS309', { catches: [`user default on #${HASH} ~* &* +@all`], ignores: [`user default on #${HASH} ~* &* +@all -@dangerous`, `user app on #${HASH} ~* +@all`] }, { kind: 'acl' });
});

test('RCS309 counts DEBUG and MODULE only where no 7.0 switch blocks them', () => {
  const msg = (text: string, target: 'redis-6.2' | 'redis-7.4') => lintWith(dangerousCommandsUnprotected, text, { target })[0].finding.message;
  assert.doesNotMatch(msg('port 6379', 'redis-7.4'), /DEBUG|MODULE/);
  assert.match(msg('enable-debug-command yes\nenable-module-command local', 'redis-7.4'), /CONFIG, DEBUG, SLAVEOF/);
  assert.match(msg('port 6379', 'redis-6.2'), /CONFIG, DEBUG, MODULE/);
});

test('RCS309 raises to an error when the open default user listens beyond loopback', () => {
  assert.equal(lintWith(dangerousCommandsUnprotected, 'bind 0.0.0.0')[0].diagnostic.severity, 1);
  assert.equal(lintWith(dangerousCommandsUnprotected, `bind 0.0.0.0\nprotected-mode no\nrequirepass ${HASH}`)[0].diagnostic.severity, 1);
  assert.equal(lintWith(dangerousCommandsUnprotected, 'bind 127.0.0.1')[0].diagnostic.severity, 2);
  assert.equal(lintWith(dangerousCommandsUnprotected, `bind 10.0.0.5\nrequirepass ${HASH}`)[0].diagnostic.severity, 2);
});

test('RCS309 ACL fix appends -@dangerous to the default user line', () => {
  const text = `user default on #${HASH} ~* &* +@all\nport 6379\n`;
  assert.equal(fixedBy(dangerousCommandsUnprotected, text, ACL_FIX), `user default on #${HASH} ~* &* +@all -@dangerous\nport 6379\n`);
  assert.equal(fixedBy(dangerousCommandsUnprotected, `user default on #${HASH} ~* +@all`, ACL_FIX, { kind: 'acl' }), `user default on #${HASH} ~* +@all -@dangerous`);
  assert.equal(fixesOf(dangerousCommandsUnprotected, text)[0].preferred, true);
});

test('RCS309 ACL fix writes out an open implicit default user, and is absent when requirepass guards it', () => {
  assert.equal(fixedBy(dangerousCommandsUnprotected, 'port 6379\n', ACL_FIX), 'port 6379\nuser default on nopass ~* &* +@all -@dangerous\n');
  assert.equal(fixedBy(dangerousCommandsUnprotected, 'port 6379\n', ACL_FIX, { target: 'redis-6.0' }), 'port 6379\nuser default on nopass ~* +@all -@dangerous\n');
  // A user default line would reset the default user and drop the requirepass password.
  const titles = fixesOf(dangerousCommandsUnprotected, `requirepass ${HASH}\n`).map((f) => f.title);
  assert.equal(titles.length, 1);
  assert.match(titles[0], /^Disable dangerous commands with rename-command \(breaks AOF replay\/replicas unless every node renames alike\)/);
  // A selector that grants them keeps the fix from being enough.
  assert.ok(!fixesOf(dangerousCommandsUnprotected, `user default on #${HASH} ~* +@all (~x +flushall)`).some((f) => f.title.startsWith(ACL_FIX)));
});

test('RCS309 rename fix disables only the open commands, after the last rename', () => {
  const text = `requirepass ${HASH}\nrename-command KEYS ""\nmaxmemory 1gb\n`;
  assert.equal(
    fixedBy(dangerousCommandsUnprotected, text, RENAME_FIX),
    `requirepass ${HASH}\nrename-command KEYS ""\nrename-command FLUSHALL ""\nrename-command FLUSHDB ""\nrename-command CONFIG ""\nrename-command SLAVEOF ""\nrename-command REPLICAOF ""\nrename-command MIGRATE ""\nmaxmemory 1gb\n`,
  );
  const old = fixedBy(dangerousCommandsUnprotected, `requirepass ${HASH}\n`, RENAME_FIX, { target: 'redis-6.0' });
  assert.match(old, /rename-command DEBUG ""\nrename-command MODULE ""/);
  assert.doesNotMatch(old, /SHUTDOWN|EVAL/);
  // Not in cluster mode (resharding needs MIGRATE, and every node must agree), nor in ACL files.
  assert.ok(!fixesOf(dangerousCommandsUnprotected, 'cluster-enabled yes').some((f) => f.title.startsWith(RENAME_FIX)));
  assert.ok(!fixesOf(dangerousCommandsUnprotected, `user default on #${HASH} ~* +@all`, { kind: 'acl' }).some((f) => f.title.startsWith(RENAME_FIX)));
});
