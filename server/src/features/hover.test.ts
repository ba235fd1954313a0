import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeHover, permissionsText } from './hover';
import type { MarkupContent } from 'vscode-languageserver-types';

const text = (h: ReturnType<typeof computeHover>) => (h?.contents as MarkupContent | undefined)?.value ?? '';

test('directive hover: facts of the target and our text', () => {
  const h = computeHover('maxmemory 1gb', { line: 0, character: 2 }, 'redis-conf', 'redis-7.0');
  assert.deepEqual(h?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
  const md = text(h);
  assert.match(md, /^\*\*maxmemory\*\*/);
  assert.match(md, /\| Default \| `0` \|/);
  assert.match(md, /ULLONG_MAX/);
  assert.match(md, /CONFIG SET` can change it/);
  assert.match(md, /\*\*Security:\*\*/);
});

test('immutable and version facts', () => {
  const md = text(computeHover('daemonize no', { line: 0, character: 1 }, 'redis-conf', 'redis-7.4'));
  assert.match(md, /CONFIG SET` refuses it/);
  const since = text(computeHover('enable-debug-command no', { line: 0, character: 1 }, 'redis-conf', 'redis-7.4'));
  assert.match(since, /Since \| Redis 7\.0 · Valkey 7\.2/);
});

test('alias hover names the new directive', () => {
  assert.match(text(computeHover('slaveof no one', { line: 0, character: 1 }, 'redis-conf', 'redis-7.0')), /old name of \*\*replicaof\*\*/);
});

test('memory values in bytes, with the 1000 vs 1024 note', () => {
  assert.match(text(computeHover('maxmemory 1gb', { line: 0, character: 11 }, 'redis-conf', 'redis-7.0')), /1073741824 bytes/);
  const g = text(computeHover('maxmemory 1g', { line: 0, character: 11 }, 'redis-conf', 'redis-7.0'));
  assert.match(g, /1000000000 bytes/);
  assert.match(g, /decimal unit/);
});

test('ACL rule hovers in user lines and ACL files', () => {
  const md = text(computeHover('user app on nopass +@dangerous', { line: 0, character: 22 }, 'redis-conf', 'redis-7.0'));
  assert.match(md, /flushall/);
  assert.match(text(computeHover('user app on nopass', { line: 0, character: 14 }, 'redis-conf', 'redis-7.0')), /\*\*nopass\*\*/);
  assert.match(text(computeHover('user app on ~cache:*', { line: 0, character: 14 }, 'redis-acl', 'redis-7.0')), /\*\*~cache:\*\*\*/);
});

test('enum values and octal permissions', () => {
  assert.match(text(computeHover('appendfsync always', { line: 0, character: 14 }, 'redis-conf', 'redis-7.0')), /\*\*always\*\*/);
  assert.equal(permissionsText(0o700), '`rwx------` (owner only)');
  assert.match(permissionsText(0o777), /everyone/);
});

test('nothing to say on blank lines and comments', () => {
  assert.equal(computeHover('# maxmemory 1gb', { line: 0, character: 4 }, 'redis-conf', 'redis-7.0'), null);
  assert.equal(computeHover('\n', { line: 0, character: 0 }, 'redis-conf', 'redis-7.0'), null);
});
