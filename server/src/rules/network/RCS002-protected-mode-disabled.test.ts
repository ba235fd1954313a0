import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, fixOf, severitiesOf } from '../tls/testKit';
import { protectedModeDisabled } from './RCS002-protected-mode-disabled';

const PASS = 'requirepass a-long-random-secret-for-tests';

test('RCS002 catches protected-mode no; ignores it on, unset, or not set to no', () => {
  spec('RCS002', {
    catches: ['protected-mode no', 'bind 0.0.0.0\nprotected-mode no', `${PASS}\nprotected-mode no`, 'Protected-Mode NO', 'protected-mode yes\nprotected-mode no'],
    ignores: ['protected-mode yes', 'port 6379', 'bind 10.0.0.5', 'protected-mode no\nprotected-mode yes', 'protected-mode', 'bind 127.0.0.1 -::1\nprotected-mode yes\nport 6379'],
  });
  // Sentinel configs are RCS710's: a Sentinel must stay reachable by its peers.
  spec('RCS002', { catches: [], ignores: ['protected-mode no\nsentinel monitor m 10.0.0.1 6379 2', 'sentinel monitor m 10.0.0.1 6379 2'] }, { kind: 'sentinel' });
});

test('RCS002 is an error only when the default user needs no password and a TCP port is open', () => {
  assert.deepEqual(severitiesOf(protectedModeDisabled, 'protected-mode no'), [1]);
  assert.deepEqual(severitiesOf(protectedModeDisabled, `${PASS}\nprotected-mode no`), [2]);
  assert.deepEqual(severitiesOf(protectedModeDisabled, 'user default on >secret-pass ~* +@all\nprotected-mode no'), [2]);
  assert.deepEqual(severitiesOf(protectedModeDisabled, 'port 0\nunixsocket /run/redis/redis.sock\nprotected-mode no'), [2]);
  assert.match(lintWith(protectedModeDisabled, 'bind 0.0.0.0\nprotected-mode no')[0].finding.message, /anyone who can reach the port/);
});

test('RCS002 on Redis 6.x: a bind line beyond loopback switches protected mode off', () => {
  const opts = { target: 'redis-6.2' as const };
  spec('RCS002', { catches: ['bind 10.0.0.5', 'bind 127.0.0.1 10.0.0.5\nprotected-mode yes'], ignores: ['bind 127.0.0.1 ::1', `bind 10.0.0.5\n${PASS}`, 'port 6379', 'bind 10.0.0.5\nport 0'] }, opts);
  const [r] = lintWith(protectedModeDisabled, 'port 6379\nbind 10.0.0.5', opts);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.equal(r.diagnostic.severity, 2);
  assert.equal(r.finding.fixes, undefined);
  spec('RCS002', { catches: [], ignores: ['bind 10.0.0.5'] }, { target: 'valkey-7.2' });
});

test('RCS002 fix turns protected mode back on (safe) and every target accepts it', () => {
  const text = '# net\r\nprotected-mode no\r\nport 6379\r\n';
  assert.equal(fixOf(protectedModeDisabled, text).safe, true);
  const out = fixed(protectedModeDisabled, text);
  assert.equal(out, '# net\r\nprotected-mode yes\r\nport 6379\r\n');
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
