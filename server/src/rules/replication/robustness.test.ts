import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGETS } from '../../catalog';
import { buildModel } from '../build';
import { ruleContext } from '../engine';
import { RULES as replication } from '.';
import { RULES as version } from '../version';

// The engine swallows exceptions, so call check() directly: odd input must never throw.
const ODD = [
  '',
  '\r\n\r\n',
  'sentinel',
  'sentinel deny-scripts-reconfig',
  'sentinel auth-pass',
  'sentinel auth-user m',
  'sentinel sentinel-pass',
  'replica-read-only',
  'cluster-enabled',
  'cluster-enabled yes\nrequirepass',
  'min-replicas-to-write',
  'min-replicas-max-lag -1\nreplicaof x',
  'user',
  'user default',
  'requirepass "',
  'protected-mode',
  'masterauth\nprimaryauth',
];

test('replication and version rules never throw on odd input', () => {
  for (const text of ODD) {
    for (const t of TARGETS) {
      for (const kind of ['config', 'sentinel', 'acl'] as const) {
        const model = buildModel({ text, languageId: kind === 'acl' ? 'redis-acl' : 'redis-conf', sentinel: kind === 'sentinel', target: t.id });
        const ctx = ruleContext(model);
        for (const rule of [...replication, ...version]) {
          if (!rule.appliesTo.includes(model.kind)) continue;
          assert.doesNotThrow(() => rule.check(model, ctx), `${rule.id} on ${JSON.stringify(text)} (${t.id}, ${kind})`);
        }
      }
    }
  }
});

test('a hardened Sentinel config stays silent', () => {
  const text = [
    'port 26379',
    'bind 10.0.0.5 127.0.0.1',
    'protected-mode no',
    `user default on #${'b'.repeat(64)} ~* &* +@all`,
    'sentinel sentinel-user peer',
    'sentinel sentinel-pass 0123456789abcdef0123456789abcdef',
    'sentinel monitor m 10.0.0.1 6379 2',
    'sentinel auth-user m sentinel-user',
    'sentinel auth-pass m 0123456789abcdef0123456789abcdef',
    'sentinel deny-scripts-reconfig yes',
  ].join('\n');
  const model = buildModel({ text, languageId: 'redis-conf', sentinel: true, target: 'redis-7.4' });
  const ctx = ruleContext(model);
  for (const rule of replication) if (rule.appliesTo.includes('sentinel')) assert.deepEqual(rule.check(model, ctx), [], rule.id);
});
