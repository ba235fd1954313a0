import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from '../auth/fixTesting';
import { renameCommandDeprecated } from './RCS305-rename-command-deprecated';

const HASH = 'a'.repeat(64);

test('RCS305 catches every rename-command line; ignores configs without one', () => {
  spec('RCS305', {
    catches: ['rename-command CONFIG ""', 'rename-command FLUSHALL b840fc02d524045429941cc15f59e41cb7be6c52', 'port 6379\nrename-command keys ""'],
    ignores: ['port 6379', `user default on #${HASH} ~* &* +@all -@dangerous`, '# rename-command CONFIG ""'],
  });
  spec('RCS305', { catches: [], ignores: ['sentinel rename-command mymaster CONFIG GUESSME'] }, { kind: 'sentinel' });
});

test('RCS305 is information and points at the line', () => {
  const [r] = lintWith(renameCommandDeprecated, 'port 6379\nrename-command CONFIG ""');
  assert.equal(r.diagnostic.severity, 3);
  assert.deepEqual(r.diagnostic.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 24 } });
});

test('RCS305 fix turns a disabled command into -cmd on every user that could run it', () => {
  const text = `rename-command CONFIG ""\nuser default on #${HASH} ~* &* +@all\nuser app on #${HASH} ~app:* +@read\nuser ops on #${HASH} ~* +@all\n`;
  assert.equal(fixedBy(renameCommandDeprecated, text, 'Replace'), `user default on #${HASH} ~* &* +@all -config\nuser app on #${HASH} ~app:* +@read\nuser ops on #${HASH} ~* +@all -config\n`);
});

test('RCS305 fix writes out an open implicit default user in place of the rename', () => {
  assert.equal(fixedBy(renameCommandDeprecated, 'port 6379\nrename-command FLUSHALL ""\nmaxmemory 1gb\n', 'Replace'), 'port 6379\nuser default on nopass ~* &* +@all -flushall\nmaxmemory 1gb\n');
  assert.equal(fixedBy(renameCommandDeprecated, 'rename-command FLUSHALL ""', 'Replace', { target: 'redis-6.0' }), 'user default on nopass ~* +@all -flushall');
});

test('RCS305 offers no ACL fix when it cannot be equivalent', () => {
  const none = (text: string) => assert.deepEqual(lintWith(renameCommandDeprecated, text)[0].finding.fixes, [], text);
  none('rename-command CONFIG b840fc02d524045429941cc15f59e41cb7be6c52'); // renamed, not disabled
  none(`requirepass ${HASH}\nrename-command CONFIG ""`); // implicit default user guarded by requirepass
  none('aclfile /etc/redis/users.acl\nrename-command CONFIG ""'); // users we cannot see
  none(`rename-command CONFIG ""\nuser default on #${HASH} ~* +@all (~x +config)`); // a selector grants it
});
