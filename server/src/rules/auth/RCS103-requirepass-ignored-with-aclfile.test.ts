import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from './fixTesting';
import { requirepassIgnoredWithAclfile } from './RCS103-requirepass-ignored-with-aclfile';

test('RCS103 catches requirepass next to an aclfile; ignores either one alone', () => {
  spec('RCS103', {
    catches: ['aclfile /etc/redis/users.acl\nrequirepass s3cret', 'requirepass s3cret\naclfile /etc/redis/users.acl', 'requirepass a\naclfile "/etc/redis/my users.acl"'],
    ignores: ['requirepass s3cret', 'aclfile /etc/redis/users.acl', 'aclfile ""\nrequirepass s3cret', 'aclfile /etc/redis/users.acl\nrequirepass ""'],
  });
});

test('RCS103 points at requirepass, names the aclfile line, and its fix deletes requirepass', () => {
  const text = 'aclfile /etc/redis/users.acl\r\nrequirepass s3cret\r\nport 6379\r\n';
  const [r] = lintWith(requirepassIgnoredWithAclfile, text);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.match(r.finding.message, /line 1/);
  assert.doesNotMatch(r.finding.message, /s3cret/);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.equal(fixedBy(requirepassIgnoredWithAclfile, text, 'Remove'), 'aclfile /etc/redis/users.acl\r\nport 6379\r\n');
});
