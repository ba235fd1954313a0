import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { oversizedAclPattern, patternOf, starGroups } from './RCS217-oversized-acl-pattern';

const LONG = 'a'.repeat(300);
const STARRY = '*a'.repeat(12);

test('RCS217 catches huge or wildcard-heavy patterns on affected versions', () => {
  const cases = {
    catches: [`user app on >x ~${LONG} +get`, `user app on >x &${STARRY} +subscribe`, `user app on >x resetchannels &${LONG}`],
    ignores: ['user app on >x ~app:* +get', `user app on >x ~${'*'.repeat(50)} +get`, 'user app on >x ~a*b*c*d +get', 'port 6379'],
  };
  spec('RCS217', cases, { target: 'redis-6.2' });
  spec('RCS217', cases, { target: 'redis-7.0' });
  spec('RCS217', { catches: [`user app on >x (~${LONG} +get)`, `user app on >x %R~${STARRY} +get`], ignores: [] }, { target: 'redis-7.0' });
  spec('RCS217', { catches: [`user app on >x ~${LONG} +get`], ignores: [] }, { target: 'redis-6.0', kind: 'acl' });
  // Fixed lines stay silent.
  for (const target of ['redis-7.2', 'redis-7.4', 'redis-8.2', 'valkey-8.0'] as const) {
    spec('RCS217', { catches: [], ignores: [`user app on >x ~${LONG} +get`, `user app on >x ~${STARRY} +get`] }, { target });
  }
});

test('RCS217 helpers and message', () => {
  assert.equal(patternOf('~a*'), 'a*');
  assert.equal(patternOf('%RW~k:*'), 'k:*');
  assert.equal(patternOf('&news'), 'news');
  assert.equal(patternOf('+get'), undefined);
  assert.equal(starGroups('a**b*c***'), 3);
  const [r] = lintWith(oversizedAclPattern, `user app on >x ~${LONG} +get`, { target: 'redis-7.0' });
  assert.match(r.finding.message, /300 characters/);
  assert.match(r.finding.message, /CVE-2024-31228/);
});
