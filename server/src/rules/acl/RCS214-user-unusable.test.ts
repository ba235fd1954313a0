import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { userUnusable } from './RCS214-user-unusable';

test('RCS214 catches users that are on without any password or nopass', () => {
  spec('RCS214', {
    catches: ['user app on ~* +get', 'user app on >x resetpass', 'user default on ~* +@all', 'user app on >x <x'],
    ignores: ['user app on >x', 'user app on nopass', 'user app off', 'port 6379', 'user app on #e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'requirepass s3cret-s3cret-s3cret'],
  });
  spec('RCS214', { catches: ['user app on +get'], ignores: ['user app on >x +get'] }, { kind: 'acl' });
});

test('RCS214 is Information on the on rule, without a fix', () => {
  const [r] = lintWith(userUnusable, 'user app on ~* +get');
  assert.equal(r.diagnostic.severity, 3);
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 11 } });
  assert.equal(r.finding.fixes, undefined);
});
