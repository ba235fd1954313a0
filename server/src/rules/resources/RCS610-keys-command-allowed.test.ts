import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { keysCommandAllowed } from './RCS610-keys-command-allowed';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS610 catches application users that may run KEYS', () => {
  spec('RCS610', {
    catches: ['user app on >pw ~* +@all', 'user app on >pw ~app:* +@read', 'user app on >pw ~* +keys', 'user app on >pw ~* +@read (~x:* +keys)'],
    ignores: [
      hardenedConfig(),
      'port 6379',
      'user default on nopass ~* +@all',
      'user admin on >pw ~* +@all',
      'user app on >pw ~* +@read -@dangerous',
      'user app on >pw ~* +@all -keys',
      'user app off >pw ~* +@all',
      'user app on >pw ~* +get +set',
    ],
  });
  spec('RCS610', { catches: ['user app on >pw ~* +@read'], ignores: ['user default on nopass ~* +@all', 'user app on >pw ~* +@read -keys'] }, { kind: 'acl' });
  spec('RCS610', { catches: ['user app on >pw ~* +@all'], ignores: ['user app on >pw ~* +@all -keys'] }, { target: 'redis-6.0' });
});

test('RCS610 honours the adminUsers setting', () => {
  spec('RCS610', { catches: [], ignores: ['user ops on >pw ~* +@all'] }, { settings: { adminUsers: ['ops'] } });
});

test('RCS610 fix appends -keys, and is withheld when a selector keeps KEYS', () => {
  const text = 'user app on >pw ~app:* +@read +@write\n';
  const [r] = lintWith(keysCommandAllowed, text);
  assert.equal(r.diagnostic.severity, 2);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(keysCommandAllowed, text);
  assert.equal(out, 'user app on >pw ~app:* +@read +@write -keys\n');
  assert.deepEqual(lintWith(keysCommandAllowed, out), []);
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(out, t);
  const acl = 'user app on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@read\n';
  const aclOut = fixed(keysCommandAllowed, acl, { kind: 'acl' });
  assert.equal(aclOut, 'user app on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@read -keys\n');
  assertLoads(aclOut, 'redis-7.4', 'redis-acl');
  const [sel] = lintWith(keysCommandAllowed, 'user app on >pw ~* +get (~x:* +keys)');
  assert.deepEqual(sel.finding.fixes, []);
});
