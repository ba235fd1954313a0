import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateText } from '../service';
import type { TargetId } from '../catalog/types';

function codes(text: string, target: TargetId = 'redis-7.0') {
  return validateText(text, { uri: 'users.acl', languageId: 'redis-acl' }, { target })
    .filter((d) => d.severity === 1)
    .map((d) => `${d.range.start.line + 1}:${d.code}`);
}

test('a valid ACL file', () => {
  assert.deepEqual(codes('user default on #' + 'a'.repeat(64) + ' ~* &* +@all\nuser app on >pw ~app:* +@read -@dangerous\n\n'), []);
});

test('comments are not allowed and the keyword is lower case', () => {
  assert.deepEqual(codes('# users\nuser a on'), ['1:RCV024']);
  assert.deepEqual(codes('USER a on'), ['1:RCV024']);
  assert.deepEqual(codes('user'), ['1:RCV024']);
});

test('bad hashes, unknown commands and duplicate users', () => {
  assert.deepEqual(codes('user a on #ABC'), ['1:RCV018']);
  assert.deepEqual(codes('user a on +nosuch'), ['1:RCV018']);
  assert.deepEqual(codes('user a on\nuser a off'), ['2:RCV023']);
  assert.deepEqual(codes('user a on\nuser a off', 'redis-6.2'), []);
});

test('double spaces make empty rules, which are fine; selectors need 7.0', () => {
  assert.deepEqual(codes('user a  on  ~x'), []);
  assert.deepEqual(codes('user a on (~x +get)'), []);
  assert.deepEqual(codes('user a on (~x +get)', 'redis-6.2'), ['1:RCV018']);
  assert.deepEqual(codes('user a on (~x +get'), ['1:RCV018']);
});

test('ranges point at the offending rule', () => {
  const [d] = validateText('user a on ~* ~x', { uri: 'u.acl', languageId: 'redis-acl' }, { target: 'redis-7.0' });
  assert.deepEqual(d.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 15 } });
});
