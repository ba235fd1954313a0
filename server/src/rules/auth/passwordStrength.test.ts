import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveLength, estimateBits, isCommonPassword, isTemplatePlaceholder, judgePassword, poolSize, repeatedUnit } from './passwordStrength';
import { COMMON_PASSWORDS } from './commonPasswords';

test('the list is small, lower case and without duplicates', () => {
  assert.ok(COMMON_PASSWORDS.length >= 150 && COMMON_PASSWORDS.length <= 250);
  assert.equal(new Set(COMMON_PASSWORDS).size, COMMON_PASSWORDS.length);
  for (const p of COMMON_PASSWORDS) assert.equal(p, p.toLowerCase());
  assert.ok(COMMON_PASSWORDS.includes('foobared'));
});

test('pool sizes follow the character classes', () => {
  assert.equal(poolSize([...'123456']), 10);
  assert.equal(poolSize([...'0af3']), 16);
  assert.equal(poolSize([...'abc']), 26);
  assert.equal(poolSize([...'aB3']), 62);
  assert.equal(poolSize([...'aB3!']), 95);
});

test('runs and sequences of four or more count as two characters; short ones in full', () => {
  assert.equal(effectiveLength([...'aaaaaaaa']), 2);
  assert.equal(effectiveLength([...'abcdefgh']), 2);
  assert.equal(effectiveLength([...'98765']), 2);
  assert.equal(effectiveLength([...'aab']), 3);
  assert.equal(effectiveLength([...'x9k2']), 4);
  assert.deepEqual(repeatedUnit([...'abcabcabc']).join(''), 'abc');
  assert.deepEqual(repeatedUnit([...'abcab']).join(''), 'abcab');
});

test('well-known passwords are found with decorations and repetitions', () => {
  for (const p of ['foobared', 'Password123!', '!!redis2024', 'passwordpasswordpassword', 's3cr3t-s3cr3t-s3cr3t']) assert.ok(isCommonPassword(p), p);
  for (const p of ['c9f1e0b27a4d83f5', 'Xk9mP2vL7qR4tY8wZ3nB6h']) assert.ok(!isCommonPassword(p), p);
});

test('verdicts: short or known -> error, < 128 bits -> warning, random 32+ hex -> fine', () => {
  assert.equal(judgePassword('foobared').level, 'error');
  assert.match(judgePassword('Xk9#mP2$vL7@qR').reason, /shorter than 16/);
  assert.equal(judgePassword('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa').level, 'error');
  assert.equal(judgePassword('3f2a9c1e7b4d8a6f0e5c2b9a7d1f4e8').level, 'warning'); // 31 hex
  assert.equal(judgePassword('Xk9#mP2$vL7@qR4!').level, 'warning');
  assert.equal(judgePassword('3f2a9c1e7b4d8a6f0e5c2b9a7d1f4e8c').level, undefined); // 32 hex
  assert.equal(judgePassword('Xk9mP2vL7qR4tY8wZ3nB6h').level, undefined); // 22 alphanumerics
  assert.equal(judgePassword('e5d1c07a4b2f9e8d3c6b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d').level, undefined);
  assert.ok(estimateBits('redis-prod-2024-cluster') < 128);
});

test('template placeholders are recognised', () => {
  assert.ok(isTemplatePlaceholder('${REDIS_PASSWORD}'));
  assert.ok(isTemplatePlaceholder('{{ .Values.password }}'));
  assert.ok(isTemplatePlaceholder('$REDIS_PASSWORD'));
  assert.ok(!isTemplatePlaceholder('$ecret'));
});
