import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globBase, globToRegExp, hasGlob } from './glob';

test('hasGlob', () => {
  assert.equal(hasGlob('conf/*.conf'), true);
  assert.equal(hasGlob('a?.acl'), true);
  assert.equal(hasGlob('[ab].conf'), true);
  assert.equal(hasGlob('/etc/redis/redis.conf'), false);
});

test('globBase is the folder before the first glob segment', () => {
  assert.equal(globBase('*.conf'), '.');
  assert.equal(globBase('conf/**/*.conf'), 'conf');
  assert.equal(globBase('/etc/redis/*.conf'), '/etc/redis');
  assert.equal(globBase('/*.conf'), '/');
  assert.equal(globBase('a/b'), 'a/b');
});

test('* and ? stay within one segment', () => {
  const re = globToRegExp('conf/*.conf');
  assert.ok(re.test('conf/redis.conf'));
  assert.ok(!re.test('conf/sub/redis.conf'));
  assert.ok(!re.test('conf/redis.acl'));
  assert.ok(globToRegExp('a?.conf').test('ab.conf'));
  assert.ok(!globToRegExp('a?.conf').test('a/.conf'));
});

test('** spans zero or more folders', () => {
  const re = globToRegExp('conf/**/*.conf');
  assert.ok(re.test('conf/a.conf'));
  assert.ok(re.test('conf/x/y/a.conf'));
  assert.ok(!re.test('other/a.conf'));
  assert.ok(globToRegExp('conf/**').test('conf/x/y.acl'));
});

test('character classes, negated classes, and literal regex characters', () => {
  assert.ok(globToRegExp('[ab].conf').test('a.conf'));
  assert.ok(!globToRegExp('[ab].conf').test('c.conf'));
  assert.ok(globToRegExp('[!ab].conf').test('c.conf'));
  assert.ok(!globToRegExp('[!ab].conf').test('a.conf'));
  assert.ok(globToRegExp('redis(1)+.conf').test('redis(1)+.conf'));
  assert.ok(!globToRegExp('a.conf').test('abconf'));
  assert.ok(globToRegExp('x[.conf').test('x[.conf'), 'an unclosed [ is literal');
});
