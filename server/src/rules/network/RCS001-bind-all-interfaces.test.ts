import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintWith, spec } from '../testing';
import { bindAllInterfaces } from './RCS001-bind-all-interfaces';

test('RCS001 catches missing, wildcard and public binds; ignores loopback and private ones', () => {
  spec('RCS001', {
    catches: ['port 6379', 'bind 0.0.0.0', 'bind * -::*', 'bind 127.0.0.1 ::', 'bind 203.0.113.7'],
    ignores: ['bind 127.0.0.1 -::1', 'bind 10.0.0.5 127.0.0.1', 'bind 192.168.1.10', 'port 0\nunixsocket /run/redis.sock', 'bind ""\nport 6379'],
  });
});

test('RCS001 points at the bind line and its fix rewrites only the values', () => {
  const text = '# net\r\nbind 0.0.0.0 # x\r\nport 6379\r\n';
  const [r] = lintWith(bindAllInterfaces, 'bind 0.0.0.0\nport 6379');
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } });
  const [r2] = lintWith(bindAllInterfaces, text);
  assert.equal(applyFix(text, r2.finding.fixes![0]), '# net\r\nbind 127.0.0.1 -::1\r\nport 6379\r\n');
});

test('RCS001 inserts a bind line when there is none', () => {
  const text = 'port 6379\nprotected-mode yes\n';
  const [r] = lintWith(bindAllInterfaces, text);
  assert.equal(applyFix(text, r.finding.fixes![0]), 'port 6379\nprotected-mode yes\nbind 127.0.0.1 -::1\n');
});
