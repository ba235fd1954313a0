import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { skipSanitizePayload } from './RCS212-skip-sanitize-payload';

test('RCS212 catches unchecked RESTORE payloads', () => {
  spec('RCS212', {
    catches: [
      'sanitize-dump-payload clients\nuser m on >x skip-sanitize-payload ~* +restore',
      'sanitize-dump-payload no',
      'sanitize-dump-payload no\nuser default off\nuser m on >x ~* +@write',
    ],
    ignores: [
      'sanitize-dump-payload yes\nuser m on >x skip-sanitize-payload ~* +restore',
      'port 6379',
      'sanitize-dump-payload no\nuser default off\nuser m on >x ~* +get',
      'sanitize-dump-payload clients\nuser m on >x skip-sanitize-payload sanitize-payload ~* +restore',
      'sanitize-dump-payload clients\nuser m on >x ~* +restore',
    ],
  });
  spec('RCS212', { catches: ['user m on >x skip-sanitize-payload ~* +restore'], ignores: ['user m on >x sanitize-payload ~* +restore'] }, { kind: 'acl' });
  // Redis 6.0 knows neither the flag nor the setting.
  spec('RCS212', { catches: [], ignores: ['port 6379', 'user m on >x ~* +@all'] }, { target: 'redis-6.0' });
});

test('RCS212 names who can RESTORE', () => {
  const [r] = lintWith(skipSanitizePayload, 'sanitize-dump-payload no\nuser default off\nuser m on >x ~* +restore');
  assert.match(r.finding.message, /"m" can run RESTORE/);
  assert.equal(r.diagnostic.range.start.line, 0);
});

test('RCS212 fixes: drop the flag (safe), or check payloads (not safe)', () => {
  const text = 'sanitize-dump-payload clients\nuser m on >x skip-sanitize-payload ~* +restore\n';
  assert.equal(fixed(skipSanitizePayload, text), 'sanitize-dump-payload clients\nuser m on >x ~* +restore\n');
  assert.equal(lintWith(skipSanitizePayload, text)[0].finding.fixes![0].safe, true);
  assert.equal(fixed(skipSanitizePayload, 'user m on >x skip-sanitize-payload ~* +restore', { kind: 'acl' }), 'user m on >x ~* +restore');
  assert.equal(fixed(skipSanitizePayload, 'sanitize-dump-payload no\n'), 'sanitize-dump-payload yes\n');
  assert.equal(fixed(skipSanitizePayload, 'sanitize-dump-payload no\n', {}, 1), 'sanitize-dump-payload clients\n');
});
