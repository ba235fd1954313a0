import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from './fixTesting';
import { requirepassVsUserDefaultConflict } from './RCS104-requirepass-vs-user-default-conflict';

const HASH = 'a'.repeat(64);

test('RCS104 catches requirepass next to a user default line, in either order', () => {
  spec('RCS104', {
    catches: ['requirepass s3cret\nuser default on nopass ~* +@all', `user default on #${HASH} ~* +@all\nrequirepass s3cret`, 'requirepass s3cret\nuser default off'],
    ignores: ['requirepass s3cret', `user default on #${HASH} ~* +@all`, 'requirepass s3cret\nuser app on >x ~* +@all', 'requirepass ""\nuser default off', 'aclfile /x.acl\nrequirepass s3cret\nuser default off'],
  });
});

test('RCS104 explains what the default user ends up with', () => {
  assert.match(lintWith(requirepassVsUserDefaultConflict, 'requirepass s3cret\nuser default on nopass ~* +@all')[0].finding.message, /nopass/);
  assert.match(lintWith(requirepassVsUserDefaultConflict, 'requirepass s3cret\nuser default on ~* +@all')[0].finding.message, /nobody can log in/);
});

test('RCS104 fix removes the requirepass line (not safe)', () => {
  const text = `requirepass s3cret\nuser default on #${HASH} ~* &* +@all\n`;
  assert.equal(fixedBy(requirepassVsUserDefaultConflict, text, 'Remove requirepass'), `user default on #${HASH} ~* &* +@all\n`);
  assert.equal(lintWith(requirepassVsUserDefaultConflict, text)[0].finding.fixes![0].safe, false);
});
