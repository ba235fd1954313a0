import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCompletion } from './completion';

const labels = (items: ReturnType<typeof computeCompletion>) => items.map((i) => i.label);

test('directive names at the start of a line, only those of the target', () => {
  const r7 = computeCompletion('maxmem', { line: 0, character: 6 }, 'redis-conf', 'redis-7.0');
  assert.ok(labels(r7).includes('maxmemory-clients'));
  const r6 = computeCompletion('', { line: 0, character: 0 }, 'redis-conf', 'redis-6.2');
  assert.ok(!labels(r6).includes('maxmemory-clients'));
  assert.ok(labels(r6).includes('maxmemory'));
});

test('snippets carry enum choices and defaults', () => {
  const item = computeCompletion('', { line: 0, character: 0 }, 'redis-conf', 'redis-7.0').find((i) => i.label === 'appendfsync');
  assert.equal(item?.insertText, 'appendfsync ${1|everysec,always,no|}');
  const port = computeCompletion('', { line: 0, character: 0 }, 'redis-conf', 'redis-7.0').find((i) => i.label === 'port');
  assert.equal(port?.insertText, 'port ${1:6379}');
});

test('values after the name', () => {
  assert.deepEqual(labels(computeCompletion('appendonly ', { line: 0, character: 11 }, 'redis-conf', 'redis-7.0')), ['yes', 'no']);
  assert.ok(labels(computeCompletion('maxmemory-policy a', { line: 0, character: 18 }, 'redis-conf', 'redis-7.0')).includes('allkeys-lru'));
});

test('ACL rules in user lines and ACL files', () => {
  const conf = labels(computeCompletion('user app on ', { line: 0, character: 12 }, 'redis-conf', 'redis-7.0'));
  assert.ok(conf.includes('-@dangerous'));
  assert.ok(conf.includes('+get'));
  assert.ok(conf.includes('%R~'));
  const old = labels(computeCompletion('user app on ', { line: 0, character: 12 }, 'redis-conf', 'redis-6.0'));
  assert.ok(!old.includes('%R~') && !old.includes('resetchannels'));
  assert.deepEqual(labels(computeCompletion('', { line: 0, character: 0 }, 'redis-acl', 'redis-7.0')), ['user']);
  assert.ok(labels(computeCompletion('user a on ', { line: 0, character: 10 }, 'redis-acl', 'redis-7.0')).includes('nopass'));
});

test('no completion inside comments', () => {
  assert.deepEqual(computeCompletion('# ma', { line: 0, character: 4 }, 'redis-conf', 'redis-7.0'), []);
});
