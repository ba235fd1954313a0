import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDocumentLinks } from './links';

const DOC = 'file:///etc/redis/redis.conf';

test('include, aclfile and loadmodule paths are links resolved against the file\'s folder', () => {
  const text = [
    'include common.conf',
    'aclfile "../acl/users.acl"',
    'loadmodule /usr/lib/redis/modules/redisbloom.so ERROR_RATE 0.01',
    'dir /var/lib/redis',
  ].join('\n');
  assert.deepEqual(computeDocumentLinks(text, DOC, 'redis-conf'), [
    {
      range: { start: { line: 0, character: 8 }, end: { line: 0, character: 19 } },
      target: 'file:///etc/redis/common.conf',
      tooltip: 'Relative to the folder of this file (the server uses its working directory)',
    },
    {
      range: { start: { line: 1, character: 9 }, end: { line: 1, character: 25 } },
      target: 'file:///etc/acl/users.acl',
      tooltip: 'Relative to the folder of this file (the server uses its working directory)',
    },
    {
      range: { start: { line: 2, character: 11 }, end: { line: 2, character: 47 } },
      target: 'file:///usr/lib/redis/modules/redisbloom.so',
    },
  ]);
});

test('glob patterns and empty paths get no link', () => {
  const text = 'include /etc/redis/conf.d/*.conf\ninclude a?.conf\ninclude [ab].conf\naclfile ""';
  assert.deepEqual(computeDocumentLinks(text, DOC, 'redis-conf'), []);
});

test('absolute paths keep the scheme of a remote document; relative ones need a folder', () => {
  const remote = computeDocumentLinks('include /etc/x.conf', 'vscode-remote://ssh-remote%2Bhost/etc/redis/redis.conf', 'redis-conf');
  assert.equal(remote[0].target, 'vscode-remote://ssh-remote%2Bhost/etc/x.conf');
  const untitled = computeDocumentLinks('include x.conf\ninclude /etc/y.conf', 'untitled:Untitled-1', 'redis-conf');
  assert.deepEqual(untitled.map(l => l.target), ['file:///etc/y.conf']);
});

test('a quoted path with spaces links only the text inside the quotes', () => {
  const [link] = computeDocumentLinks('include "my dir/a.conf"', DOC, 'redis-conf');
  assert.deepEqual(link.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 22 } });
  assert.equal(link.target, 'file:///etc/redis/my%20dir/a.conf');
});

test('ACL files have no links', () => {
  assert.deepEqual(computeDocumentLinks('user include on', DOC, 'redis-acl'), []);
});
