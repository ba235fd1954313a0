import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { plaintextAclPassword } from './RCS207-plaintext-acl-password';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

test('RCS207 catches >password in user lines and ACL files', () => {
  spec('RCS207', {
    catches: ['user app on >s3cret ~app:* +get', 'user app on ">pass word" ~*', 'user default on >x ~* +@all', 'user a off >old'],
    ignores: ['user app on #e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 ~*', 'user app on nopass ~*', 'requirepass s3cret-s3cret-s3cret', 'port 6379', 'user app on resetpass'],
  });
  spec('RCS207', { catches: ['user app on >s3cret +get'], ignores: ['user app on #e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 +get'] }, { kind: 'acl' });
});

test('RCS207 never repeats the password and marks only the rule', () => {
  const [r] = lintWith(plaintextAclPassword, 'user app on >hunter2-very-secret ~*');
  assert.doesNotMatch(r.finding.message, /hunter2/);
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 32 } });
});

test('RCS207 fix writes the SHA-256 in place of the password (safe)', () => {
  assert.equal(fixed(plaintextAclPassword, 'user app on >s3cret ~app:* +get\r\n'), `user app on #${sha('s3cret')} ~app:* +get\r\n`);
  assert.equal(fixed(plaintextAclPassword, 'user app on ">pass word" ~*'), `user app on #${sha('pass word')} ~*`);
  assert.equal(fixed(plaintextAclPassword, 'user app on >pässwörd +get', { kind: 'acl' }), `user app on #${sha('pässwörd')} +get`);
  // A later <password must become !hash, or it would no longer match anything.
  assert.equal(fixed(plaintextAclPassword, 'user app on >old >new <old ~*'), `user app on #${sha('old')} >new !${sha('old')} ~*`);
  assert.equal(lintWith(plaintextAclPassword, 'user app on >x')[0].finding.fixes![0].safe, true);
});

test('RCS207 offers no fix when escaped bytes make the hashed bytes uncertain', () => {
  assert.deepEqual(lintWith(plaintextAclPassword, 'user app on ">p\\xe9" ~*')[0].finding.fixes, []);
});
