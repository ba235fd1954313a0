import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentLanguage } from './documentLanguage';

test('the language id wins when it is one of ours', () => {
  assert.equal(documentLanguage('redis-acl', 'file:///etc/redis/redis.conf'), 'redis-acl');
  assert.equal(documentLanguage('redis-conf', 'file:///etc/redis/users.acl'), 'redis-conf');
});

test('otherwise the file name decides', () => {
  assert.equal(documentLanguage('plaintext', 'file:///etc/redis/users.ACL'), 'redis-acl');
  assert.equal(documentLanguage(undefined, '/etc/redis/users.acl'), 'redis-acl');
  assert.equal(documentLanguage('conf', 'file:///etc/redis/sentinel.conf'), 'redis-conf');
  assert.equal(documentLanguage('', 'untitled:Untitled-1'), 'redis-conf');
  assert.equal(documentLanguage('', 'file:///x/users.acl?query'), 'redis-acl');
});
